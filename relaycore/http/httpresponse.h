// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Relay {

/*! An HTTP response before serialisation. The body is implicitly shared, never copied here. */
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    //! Send Connection: close and close after the response is written.
    bool closeConnection = false;
    //! Hold the response until the writes behind it are durable (RequestHandler::whenDurable).
    bool awaitDurable = false;
    //! The request was HEAD: send the head only.
    bool headOnly = false;

    static HttpResponse text(int status, const QString &text);
    static HttpResponse json(int status, const QByteArray &json);
    //! {"error": message} with the given status.
    static HttpResponse error(int status, const QString &message);
    static HttpResponse empty(int status);

    //! Status line and headers, ending with the blank line; the body goes separately.
    QByteArray serializeHead(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

} // namespace Relay
