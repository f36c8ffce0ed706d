// SPDX-License-Identifier: MIT
#include "http/httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Relay {

namespace {
// Built once: the relay serves no HTML, so the strictest policy costs nothing and keeps
// a browser from rendering or caching anything it fetches from here.
const QByteArray kSecurityHeaders = QByteArrayLiteral("X-Content-Type-Options: nosniff\r\n"
                                                      "Cache-Control: no-store\r\n"
                                                      "Referrer-Policy: no-referrer\r\n"
                                                      "Content-Security-Policy: default-src 'none'; "
                                                      "frame-ancestors 'none'\r\n");
} // namespace

HttpResponse HttpResponse::text(int status, const QString &text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = text.toUtf8();
    return r;
}

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = json;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(
        status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

QByteArray HttpResponse::serializeHead(bool keepAlive) const
{
    QByteArray head;
    head.reserve(256 + contentType.size());
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    // RFC 9110 §8.6: no Content-Length in 1xx and 204 responses.
    if (status >= 200 && status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += kSecurityHeaders;
    head += (keepAlive && !closeConnection) ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                                            : QByteArrayLiteral("Connection: close\r\n\r\n");
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 507:
        return QByteArrayLiteral("Insufficient Storage");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

} // namespace Relay
