// SPDX-License-Identifier: MIT
#pragma once

#include "http/httpconnection.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

class QTcpServer;
class QWebSocketServer;

namespace Relay {

class RequestHandler;

/*! Accepts TCP connections on one port (several addresses), runs an HttpConnection for each, and
 *  hands WebSocket upgrades to a QWebSocketServer on the same port. */
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    struct Limits
    {
        HttpConnection::Limits connection;
        int maxConnections = 2048;
        int maxConnectionsPerPeer = 1024;
        qint64 maxWebSocketMessageBytes = 64 * 1024;
        int webSocketHandshakeTimeoutMs = 10000;
    };

    HttpServer(RequestHandler *handler, const Limits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    /*! Listens on every address on one port (port 0: the first address picks a free one).
     *  Addresses in \a optional may fail silently (e.g. [::1] on a host without IPv6). */
    bool listen(const QList<QHostAddress> &addresses, const QList<QHostAddress> &optional, quint16 port,
                QString *error);
    quint16 port() const { return m_port; }
    QList<QHostAddress> listeningAddresses() const;

    //! Stops accepting; connections in flight finish their request and close. Emits drained() when none is
    //! left.
    void stop();
    int connectionCount() const { return int(m_connections.size()); }
    //! Paused: new connections are answered 503 and closed.
    void setPaused(bool paused) { m_paused = paused; }

Q_SIGNALS:
    void drained();

private:
    void onNewConnection(QTcpServer *server);
    void onConnectionFinished(HttpConnection *connection, const QString &peer);

    RequestHandler *m_handler;
    Limits m_limits;
    QList<QTcpServer *> m_servers;
    QWebSocketServer *m_webSockets;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perPeer;
    quint16 m_port = 0;
    bool m_stopping = false;
    bool m_paused = false;
};

} // namespace Relay
