// SPDX-License-Identifier: MIT
#pragma once

#include "http/httpresponse.h"
#include "http/requestparser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Relay {

class RequestHandler;

/*! One client connection: parses requests as they arrive, answers them in order, enforces the
 *  time limits, and hands the socket over when a request upgrades to WebSocket. */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    struct Limits
    {
        RequestParser::Limits parser;
        int requestTimeoutMs = 30000;
        int idleTimeoutMs = 60000;
    };

    //! Takes ownership of \a socket.
    HttpConnection(QTcpSocket *socket, RequestHandler *handler, const Limits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    //! Answer what is in flight, then close; used on shutdown.
    void closeWhenIdle();
    bool isIdle() const;

Q_SIGNALS:
    //! The connection is over (closed, or handed to the WebSocket server); the owner deletes it.
    void finished();
    //! The socket completed the HTTP part of an upgrade: the WebSocket server must take it.
    void upgradeRequested(QTcpSocket *socket);

private:
    void process();
    void respond(const HttpResponse &response, bool keepAlive);
    void holdUntilDurable(HttpResponse response, bool keepAlive);
    void failAndClose(int status, const QString &message);
    void onRequestTimeout();
    void closeNow();
    void armTimer();

    QTcpSocket *m_socket;
    RequestHandler *m_handler;
    Limits m_limits;
    RequestParser m_parser;
    QTimer m_timer;
    //! Bytes at the front of the socket buffer already fed to the parser but left unread, so an
    //! upgrade request can be handed to QWebSocketServer with its head still in the buffer.
    qsizetype m_peekedFed = 0;
    bool m_closing = false;
    bool m_draining = false;
    bool m_finished = false;
    bool m_closeWhenIdle = false;
    qint64 m_drained = 0;
    //! A response is held until the store has committed; later pipelined requests wait behind it.
    bool m_awaitingDurable = false;
    //! The timer measures a request in progress (not an idle keep-alive connection).
    bool m_timingRequest = false;
};

} // namespace Relay
