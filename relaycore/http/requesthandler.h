// SPDX-License-Identifier: MIT
#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <functional>
#include <optional>

class QObject;

class QWebSocket;

namespace Relay {

/*! What the HTTP front asks of the application; the relay's router implements it.
 *  Keeps http/ free of any knowledge of payloads or channels. */
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    //! The body limit for this request, decided from its head alone.
    virtual qint64 bodyLimit(const HttpRequest &head) const = 0;
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    //! Is this a request the WebSocket server should take over?
    virtual bool isWebSocketRequest(const HttpRequest &request) const = 0;
    //! A refusal for a WebSocket upgrade, or nothing when the socket may be handed over.
    virtual std::optional<HttpResponse> checkUpgrade(const HttpRequest &request) = 0;
    //! Takes ownership of a socket that completed the WebSocket handshake.
    virtual void webSocketConnected(QWebSocket *socket) = 0;
    //! Are there writes that are not durable yet (responses marked awaitDurable must wait)?
    virtual bool hasPendingWrites() const = 0;
    //! Calls \a done(ok) once the pending writes are durable or have failed; \a context guards the call.
    virtual void whenDurable(QObject *context, std::function<void(bool)> done) = 0;
    //! A request refused by the front itself (malformed, too large, too slow, too many connections).
    virtual void frontRejected(int status, const QString &reason) = 0;
};

} // namespace Relay
