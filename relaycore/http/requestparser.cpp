// SPDX-License-Identifier: MIT
#include "http/requestparser.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>
#include <cstring>

namespace Relay {

namespace {
RequestParser *self(http_parser *p)
{
    return static_cast<RequestParser *>(p->data);
}

// [rfc9110] 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|"
// / "~" / DIGIT / ALPHA
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
        if (!ok || c == '\0')
            return false;
    }
    return true;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/*! Why the routes and QWebSocketServer could read \a target differently, or nothing. Each came up
 *  fuzzing the upgrade path: the channel checkUpgrade() allowed was not the one subscribed to. */
QString targetProblem(const QByteArray &target)
{
    // [rfc9112] 3.2: a request target carries no fragment, yet http_parser lets "#..." through. The
    // routes kept it in the path while QWebSocketServer drops it: "/ws/#x" was checked as channel
    // "#x" and subscribed to the empty channel.
    if (target.contains('#')) {
        return QCoreApplication::translate("RequestParser", "The request target contains a fragment (#); "
                                                            "send # percent-encoded as %23.");
    }
    // [rfc3986] 2.1: "%" begins exactly two hex digits. QUrl::fromPercentEncoding turns "%2(" into
    // "(" where QUrl keeps "%2(".
    for (qsizetype i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 1)) {
        if (i + 2 >= target.size() || !isHexDigit(target.at(i + 1)) || !isHexDigit(target.at(i + 2))) {
            return QCoreApplication::translate("RequestParser",
                                               "The request target has a \"%\" without two hex digits "
                                               "after it; send % percent-encoded as %25.");
        }
    }
    // Channel names, ids and filenames are text: QString::fromUtf8 and QUrl replace bytes that are
    // not UTF-8 each in their own way (QUrl before percent-decoding, the routes after), so such a
    // path named two different channels.
    if (!target.isValidUtf8() || !QByteArray::fromPercentEncoding(target).isValidUtf8()) {
        return QCoreApplication::translate("RequestParser", "The request target is not UTF-8 text once "
                                                            "percent-decoded.");
    }
    return QString();
}

void splitTarget(HttpRequest &request)
{
    QByteArray pathPart = request.target;
    QByteArray queryPart;
    // [rfc9112] 3.2: origin-form is absolute-path [ "?" query ]; absolute-form carries a scheme.
    if (!pathPart.startsWith('/')) {
        const QUrl url = QUrl::fromEncoded(pathPart, QUrl::StrictMode);
        pathPart = url.isValid() ? url.path(QUrl::FullyEncoded).toUtf8() : QByteArray();
        queryPart = url.isValid() ? url.query(QUrl::FullyEncoded).toUtf8() : QByteArray();
    } else {
        const qsizetype q = pathPart.indexOf('?');
        if (q >= 0) {
            queryPart = pathPart.mid(q + 1);
            pathPart.truncate(q);
        }
    }
    request.path = QUrl::fromPercentEncoding(pathPart);
    request.query = QUrlQuery(QString::fromUtf8(queryPart));
}
} // namespace

RequestParser::RequestParser(const Limits &limits)
    : m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    http_parser_settings_init(&m_settings);
    m_settings.on_message_begin = &RequestParser::onMessageBegin;
    m_settings.on_url = &RequestParser::onUrl;
    m_settings.on_header_field = &RequestParser::onHeaderField;
    m_settings.on_header_value = &RequestParser::onHeaderValue;
    m_settings.on_headers_complete = &RequestParser::onHeadersComplete;
    m_settings.on_body = &RequestParser::onBody;
    m_settings.on_message_complete = &RequestParser::onMessageComplete;
}

RequestParser::Step RequestParser::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return {Status::Incomplete, 0};
    const size_t n = http_parser_execute(&m_parser, &m_settings, data, size_t(size));
    const auto consumed = qsizetype(n);
    m_messageBytes += consumed;

    const auto err = HTTP_PARSER_ERRNO(&m_parser);
    if (err == HPE_PAUSED || (err == HPE_OK && m_messageComplete)) {
        http_parser_pause(&m_parser, 0);
        return {Status::Complete, consumed};
    }
    if (err != HPE_OK) {
        if (m_callbackFailure != Status::Incomplete)
            return fail(m_callbackFailure, m_error, consumed);
        switch (err) {
        case HPE_INVALID_METHOD:
            return fail(Status::BadMethod,
                        QCoreApplication::translate("RequestParser", "The request method is not a standard "
                                                                     "HTTP method."),
                        consumed);
        case HPE_HEADER_OVERFLOW:
            return fail(Status::HeadTooLarge,
                        QCoreApplication::translate("RequestParser", "The request head is too large."),
                        consumed);
        case HPE_UNEXPECTED_CONTENT_LENGTH:
            // [rfc9112] 6.3: Content-Length together with Transfer-Encoding, or twice, is a smuggling shape.
            return fail(Status::BadRequest,
                        QCoreApplication::translate("RequestParser",
                                                    "The request has a duplicate Content-Length, or "
                                                    "both Content-Length and Transfer-Encoding."),
                        consumed);
        case HPE_INVALID_CONTENT_LENGTH:
            return fail(Status::BadRequest,
                        QCoreApplication::translate("RequestParser", "The Content-Length is not a number."),
                        consumed);
        default:
            return fail(
                Status::BadRequest,
                QCoreApplication::translate("RequestParser", "The request is not valid HTTP/1.1 (%1).")
                    .arg(QString::fromLatin1(http_errno_description(err))),
                consumed);
        }
    }
    return {Status::Incomplete, consumed};
}

HttpRequest RequestParser::takeRequest()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    m_headComplete = false;
    m_messageComplete = false;
    m_messageStarted = false;
    m_messageBytes = 0;
    m_headBytes = 0;
    m_fieldCount = 0;
    return out;
}

quint64 RequestParser::announcedContentLength() const
{
    return (m_parser.flags & F_CONTENTLENGTH) ? m_parser.content_length : 0;
}

bool RequestParser::isChunked() const
{
    return (m_parser.flags & F_CHUNKED) != 0;
}

RequestParser::Step RequestParser::fail(Status status, const QString &error, qsizetype consumed)
{
    m_error = error;
    return {status, consumed};
}

int RequestParser::onMessageBegin(http_parser *p)
{
    auto *s = self(p);
    s->m_messageStarted = true;
    return 0;
}

int RequestParser::onUrl(http_parser *p, const char *at, size_t len)
{
    auto *s = self(p);
    s->m_request.target.append(at, qsizetype(len));
    return s->countHeadBytes(len);
}

int RequestParser::countHeadBytes(size_t len)
{
    m_headBytes += qsizetype(len);
    if (m_headBytes > m_limits.maxHeadBytes) {
        m_callbackFailure = Status::HeadTooLarge;
        m_error = QCoreApplication::translate("RequestParser", "The request head is larger than %1 bytes.")
                      .arg(m_limits.maxHeadBytes);
        return -1;
    }
    return 0;
}

int RequestParser::finishHeaderField()
{
    if (m_field.isEmpty())
        return 0;
    if (++m_fieldCount > m_limits.maxHeaderFields) {
        m_callbackFailure = Status::HeadTooLarge;
        m_error = QCoreApplication::translate("RequestParser", "The request has more than %1 header fields.")
                      .arg(m_limits.maxHeaderFields);
        return -1;
    }
    // [rfc9110] 5.1: a field name is a token. The system http_parser is built non-strict and lets
    // spaces through ("Content-Length : 5"), a request-smuggling shape that [rfc9112] 5.1 says
    // to reject.
    if (!isToken(m_field)) {
        m_callbackFailure = Status::BadRequest;
        m_error = QCoreApplication::translate("RequestParser", "A header name is not a valid token.");
        return -1;
    }
    // [rfc9110] 5.5: NUL or another control character makes a field value invalid. http_parser checks
    // every byte of a value but the first, so "Content-Type: \0..." got through, and a raw push's
    // Content-Type is sent back by /raw/ (found by fuzz_http).
    const bool control = std::any_of(m_value.cbegin(), m_value.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
    if (control) {
        m_callbackFailure = Status::BadRequest;
        m_error =
            QCoreApplication::translate("RequestParser", "A header value contains a control character.");
        return -1;
    }
    // [rfc9110] 5.5: surrounding whitespace is not part of the field value.
    m_request.headers.append({m_field.toLower(), m_value.trimmed()});
    m_field.clear();
    m_value.clear();
    return 0;
}

int RequestParser::onHeaderField(http_parser *p, const char *at, size_t len)
{
    auto *s = self(p);
    if (s->m_inValue) {
        if (s->finishHeaderField() != 0)
            return -1;
        s->m_inValue = false;
    }
    s->m_field.append(at, qsizetype(len));
    return s->countHeadBytes(len);
}

int RequestParser::onHeaderValue(http_parser *p, const char *at, size_t len)
{
    auto *s = self(p);
    s->m_inValue = true;
    s->m_value.append(at, qsizetype(len));
    return s->countHeadBytes(len);
}

int RequestParser::onHeadersComplete(http_parser *p)
{
    auto *s = self(p);
    if (s->m_inValue && s->finishHeaderField() != 0)
        return -1;
    s->m_inValue = false;
    s->m_headComplete = true;

    HttpRequest &r = s->m_request;
    r.method = QByteArray(http_method_str(http_method(p->method)));
    r.httpMajor = p->http_major;
    r.httpMinor = p->http_minor;
    r.keepAlive = http_should_keep_alive(p) != 0;
    r.upgrade = p->upgrade != 0;
    if (const QString problem = targetProblem(r.target); !problem.isEmpty()) {
        s->m_callbackFailure = Status::BadRequest;
        s->m_error = problem;
        return -1;
    }
    splitTarget(r);

    // [rfc9112] 3.2: a client MUST send exactly one Host in HTTP/1.1.
    const int hosts = r.headerCount("host");
    if (hosts > 1 || (hosts == 0 && (r.httpMajor > 1 || (r.httpMajor == 1 && r.httpMinor >= 1)))) {
        s->m_callbackFailure = Status::BadRequest;
        s->m_error =
            hosts > 1
                ? QCoreApplication::translate("RequestParser", "The request has more than one Host header.")
                : QCoreApplication::translate("RequestParser", "The request has no Host header.");
        return -1;
    }

    s->m_bodyLimit = s->m_bodyPolicy ? s->m_bodyPolicy(r) : s->m_limits.maxBodyBytes;
    if ((p->flags & F_CONTENTLENGTH) && p->content_length > quint64(s->m_bodyLimit)) {
        s->m_callbackFailure = Status::BodyTooLarge;
        s->m_error = QCoreApplication::translate("RequestParser",
                                                 "The body is %1 bytes; this relay accepts at most %2.")
                         .arg(p->content_length)
                         .arg(s->m_bodyLimit);
        return -1;
    }
    if (p->flags & F_CONTENTLENGTH)
        r.body.reserve(qsizetype(p->content_length));
    return 0;
}

int RequestParser::onBody(http_parser *p, const char *at, size_t len)
{
    auto *s = self(p);
    if (s->m_request.body.size() + qint64(len) > s->m_bodyLimit) {
        s->m_callbackFailure = Status::BodyTooLarge;
        s->m_error = QCoreApplication::translate("RequestParser", "The body is larger than %1 bytes.")
                         .arg(s->m_bodyLimit);
        return -1;
    }
    s->m_request.body.append(at, qsizetype(len));
    return 0;
}

int RequestParser::onMessageComplete(http_parser *p)
{
    auto *s = self(p);
    s->m_messageComplete = true;
    // Stop here so pipelined requests are handled one at a time, in order.
    http_parser_pause(p, 1);
    return 0;
}

} // namespace Relay
