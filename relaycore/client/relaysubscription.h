// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace Relay {

class RelayClient;

/*! A channel subscription that stays up: it reconnects with exponential backoff (1 s doubling
 *  to 60 s) and, on relays that support ?replay, catches up on what it missed meanwhile without
 *  repeating what it already delivered. */
class RelaySubscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelaySubscription)

public:
    //! \a replay: how many recent pointers to ask for on the first connection (0 … 100).
    RelaySubscription(const RelayClient *client, const QString &channel, int replay = 0,
                      QObject *parent = nullptr);
    ~RelaySubscription() override;

    void start();
    void stop();
    void setBackoff(int initialMs, int maxMs);
    /*! Continue where an earlier subscription stopped (e.g. before a restart): the first
     *  connection already catches up (?replay=100), delivering only pointers newer than \a ts and
     *  none of \a urls. Call before start(). */
    void resumeAfter(qint64 ts, const QStringList &urls);
    QString channel() const { return m_channel; }
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connected();
    //! A pointer was pushed to the channel (each at most once per subscription).
    void pointerReceived(const QString &url, qint64 ts);
    //! A publish() signal: {"message": …}.
    void messageReceived(const QJsonValue &message, qint64 ts);
    //! The connection dropped or could not be made; the next attempt is in \a retryInMs.
    void disconnected(const QString &reason, int retryInMs);

private:
    void connectNow();
    void onText(const QString &text);
    void onClosed();

    QUrl m_base;
    QByteArray m_authorization;
    QString m_channel;
    int m_firstReplay;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_catchingUp = false;
    //! resumeAfter() was called: even the first connection catches up.
    bool m_resuming = false;
    //! Recently delivered URLs, so a catch-up replay after a reconnect delivers nothing twice.
    QSet<QString> m_seen;
    QStringList m_seenOrder;
    //! Catch-up replays deliver nothing older than this (Unix ms): the time of the first connection,
    //! then the newest pointer delivered. Older ones were pushed before this subscription existed.
    qint64 m_watermarkTs = 0;
    QString m_lastError;
};

} // namespace Relay
