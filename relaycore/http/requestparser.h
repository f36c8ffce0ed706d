// SPDX-License-Identifier: MIT
#pragma once

#include "http/httprequest.h"

#include <QString>
#include <functional>
#include <http_parser.h>

namespace Relay {

/*! Incremental HTTP/1.x request parser on top of http_parser: bytes in, a status and a request out.
 *
 * State survives between feed() calls, so a request that arrives in many pieces is scanned once.
 * feed() stops right after each complete message so that pipelined requests are answered in order;
 * the caller hands the remaining bytes in again after taking the request.
 */
class RequestParser
{
    Q_DISABLE_COPY_MOVE(RequestParser)

public:
    enum class Status
    {
        Incomplete,   //!< need more bytes
        Complete,     //!< request() holds a whole request; call takeRequest()
        BadRequest,   //!< malformed: 400, then close
        BadMethod,    //!< not a standard method: 501, then close
        HeadTooLarge, //!< request head over the limit: 431, then close
        BodyTooLarge, //!< body over the limit: 413, then close
    };

    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024;
        int maxHeaderFields = 100;
        qint64 maxBodyBytes = 26214400;
    };

    struct Step
    {
        Status status = Status::Incomplete;
        qsizetype consumed = 0;
    };

    explicit RequestParser(const Limits &limits);

    Step feed(const char *data, qsizetype size);

    //! The head has been read in full (headers are available through request()).
    bool headComplete() const { return m_headComplete; }
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    //! Body bytes announced by Content-Length (0 when absent or chunked).
    quint64 announcedContentLength() const;
    bool isChunked() const;
    //! Bytes of the current message consumed since it began.
    qsizetype messageBytes() const { return m_messageBytes; }
    //! Where nothing of a next request has been seen yet: the connection is between requests.
    bool isIdle() const { return !m_messageStarted; }
    //! A sentence saying what was wrong, for the error response.
    QString errorString() const { return m_error; }
    //! Called once the head is in, to choose the body limit for this request (e.g. by Content-Type).
    void setBodyLimitPolicy(std::function<qint64(const HttpRequest &)> policy)
    {
        m_bodyPolicy = std::move(policy);
    }

private:
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t len);
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);

    int finishHeaderField();
    int countHeadBytes(size_t len);
    Step fail(Status status, const QString &error, qsizetype consumed);

    http_parser m_parser;
    http_parser_settings m_settings;
    Limits m_limits;
    HttpRequest m_request;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    bool m_headComplete = false;
    bool m_messageComplete = false;
    bool m_messageStarted = false;
    qsizetype m_messageBytes = 0;
    std::function<qint64(const HttpRequest &)> m_bodyPolicy;
    qint64 m_bodyLimit = 0;
    qsizetype m_headBytes = 0;
    int m_fieldCount = 0;
    Status m_callbackFailure = Status::Incomplete;
    QString m_error;
};

} // namespace Relay
