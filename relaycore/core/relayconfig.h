// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace Relay {

/*! Everything the relay needs to know to start; plain data, copied into the relay thread. */
struct RelayConfig
{
    //! Empty means loopback only: 127.0.0.1 and, when the host has it, [::1].
    QList<QHostAddress> listenAddresses;
    //! 0 picks a free port (tests); the chosen one is reported by RelayServer::serverPort().
    quint16 port = 8787;
    QString dataDir;
    bool ephemeral = false;

    qint64 maxPayloadBytes = 26214400;
    qint64 defaultTtlSeconds = 86400;
    qint64 minTtlSeconds = 60;
    qint64 maxTtlSeconds = 604800;
    //! Budgets for what the store may hold; beyond them pushes get 507.
    qint64 memoryBudgetBytes = qint64(1) << 30;
    qint64 diskBudgetBytes = qint64(8) << 30;

    //! A request must arrive in full within this time once it has started (slow clients get 408).
    int requestTimeoutMs = 30000;
    //! A keep-alive connection with no request in flight is closed after this long.
    int idleTimeoutMs = 60000;
    //! On shutdown, requests still in flight after this long are cut off.
    int shutdownGraceMs = 5000;
    int maxConnections = 2048;
    int maxConnectionsPerPeer = 1024;
    qsizetype maxHeadBytes = 64 * 1024;
    int maxHeaderFields = 100;

    //! Extra names accepted in Host (besides localhost, 127.0.0.1, [::1]) and extra Origins.
    QStringList allowedHosts;
    QStringList allowedOrigins;
    /*! Bearer tokens accepted (--api-key-file). Auth is on while this or apiTokenHashes is not
     *  empty: every route but GET / needs one. Only hashes are kept after start. */
    QStringList apiTokens;
    //! Hashes of further accepted tokens (ApiTokens::hash), as Settings keeps them.
    QList<QByteArray> apiTokenHashes;
    /*! Tokens accepted while auth is on that never turn it on by themselves: the tray app's own
     *  in-memory token, so it keeps working when a key is created while it runs. */
    QStringList sessionTokens;

    //! How many recent pushes per channel are kept for ?replay=N.
    int replayDepth = 100;
    //! Keep-alive subscribers: a ping every this many ms (0 = never).
    int wsPingIntervalMs = 30000;

    //! WebSocket subscribers on one channel and in all; an upgrade beyond them is answered 503.
    int maxSubscribersPerChannel = 1000;
    int maxSubscribers = 10000;
    /*! Channels the hub keeps (those with subscribers or recent pointers for replay). A subscription
     *  to a new channel beyond it is answered 503; a push to one is stored but not kept for replay. */
    int maxChannels = 10000;
    /*! A subscriber with more output than this still unsent has stopped reading: it is disconnected
     *  rather than buffered for without bound. */
    qint64 maxPendingWsBytes = qint64(8) << 20;
};

} // namespace Relay
