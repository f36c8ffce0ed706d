// SPDX-License-Identifier: MIT
#include "http/httpserver.h"

#include "http/requesthandler.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Relay {

HttpServer::HttpServer(RequestHandler *handler, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_webSockets(
          new QWebSocketServer(QStringLiteral("ContextRelay Desktop"), QWebSocketServer::NonSecureMode, this))
{
    m_webSockets->setMaxPendingConnections(1024);
#if QT_VERSION >= QT_VERSION_CHECK(5, 14, 0)
    m_webSockets->setHandshakeTimeout(m_limits.webSocketHandshakeTimeoutMs);
#endif
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (m_webSockets->hasPendingConnections()) {
            QWebSocket *socket = m_webSockets->nextPendingConnection();
            socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxWebSocketMessageBytes));
            socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxWebSocketMessageBytes));
            socket->setParent(nullptr);
            m_handler->webSocketConnected(socket);
        }
    });
}

HttpServer::~HttpServer()
{
    // Connections are children; make sure none calls back into a half-destroyed server.
    for (HttpConnection *c : std::as_const(m_connections))
        c->disconnect(this);
}

bool HttpServer::listen(const QList<QHostAddress> &addresses, const QList<QHostAddress> &optional,
                        quint16 port, QString *error)
{
    QList<QHostAddress> all = addresses;
    all += optional;
    quint16 chosen = port;
    for (const QHostAddress &address : std::as_const(all)) {
        auto *server = new QTcpServer(this);
        // Never route loopback traffic through a system proxy.
        server->setProxy(QNetworkProxy::NoProxy);
        server->setMaxPendingConnections(1024);
        if (!server->listen(address, chosen)) {
            const bool isOptional = optional.contains(address);
            const QString reason =
                server->serverError() == QAbstractSocket::AddressInUseError
                    ? QCoreApplication::translate("HttpServer", "Port %1 on %2 is already in use by "
                                                                "another program.")
                          .arg(chosen)
                          .arg(address.toString())
                    : QCoreApplication::translate("HttpServer", "Cannot listen on %1 port %2: %3")
                          .arg(address.toString())
                          .arg(chosen)
                          .arg(server->errorString());
            delete server;
            if (isOptional)
                continue;
            for (QTcpServer *s : std::as_const(m_servers))
                delete s;
            m_servers.clear();
            if (error)
                *error = reason;
            return false;
        }
        chosen = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        m_servers.append(server);
    }
    m_port = chosen;
    return true;
}

QList<QHostAddress> HttpServer::listeningAddresses() const
{
    QList<QHostAddress> out;
    for (const QTcpServer *s : m_servers)
        out.append(s->serverAddress());
    return out;
}

void HttpServer::onNewConnection(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        const QString peer = socket->peerAddress().toString();
        const bool full = m_connections.size() >= m_limits.maxConnections;
        const bool peerFull = m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer;
        if (m_stopping || m_paused || full || peerFull) {
            // Name the cap and its option: whoever runs the relay can raise it if the load is theirs.
            QString reason;
            if (m_stopping)
                reason = QCoreApplication::translate("HttpServer", "The relay is shutting down.");
            else if (m_paused)
                reason = QCoreApplication::translate("HttpServer",
                                                     "The relay is paused; try again once it is resumed.");
            else if (full)
                reason =
                    QCoreApplication::translate("HttpServer", "The relay has %1 open connections, its limit "
                                                              "(--max-connections); try again later.")
                        .arg(m_limits.maxConnections);
            else
                reason = QCoreApplication::translate("HttpServer",
                                                     "This address has %1 open connections, the limit per "
                                                     "address (--max-connections-per-peer); try again later.")
                             .arg(m_limits.maxConnectionsPerPeer);
            m_handler->frontRejected(503, reason);
            HttpResponse response = HttpResponse::error(503, reason);
            response.closeConnection = true;
            socket->write(response.serializeHead(false) + response.body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, m_limits.connection, this);
        m_connections.insert(connection);
        ++m_perPeer[peer];
        connect(connection, &HttpConnection::finished, this,
                [this, connection, peer] { onConnectionFinished(connection, peer); });
        connect(connection, &HttpConnection::upgradeRequested, this, [this](QTcpSocket *s) {
            // QWebSocketServer deletes a handed-over socket only when it emits disconnected(); the
            // QWebSocket wrapping it never does. One still open when the relay goes (a subscriber
            // at shutdown) would leak, so it dies with the server at the latest.
            s->setParent(m_webSockets);
            m_webSockets->handleConnection(s);
        });
    }
}

void HttpServer::onConnectionFinished(HttpConnection *connection, const QString &peer)
{
    if (!m_connections.remove(connection))
        return;
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
    connection->deleteLater();
    if (m_stopping && m_connections.isEmpty())
        Q_EMIT drained();
}

void HttpServer::stop()
{
    m_stopping = true;
    for (QTcpServer *s : std::as_const(m_servers))
        s->close();
    if (m_connections.isEmpty()) {
        Q_EMIT drained();
        return;
    }
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->closeWhenIdle();
}

} // namespace Relay
