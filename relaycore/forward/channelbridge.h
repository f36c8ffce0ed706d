// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"
#include "forward/bridgespec.h"

#include <QObject>
#include <QTimer>
#include <expected>
#include <functional>

namespace Relay {

class Clock;
class Outbox;
class RelayClient;
class RelaySubscription;
struct ClientError;
struct OutItem;

/*! One bridge at work, in the relay thread. The outgoing leg re-pushes the queued items to the
 *  remote channel one at a time, in order, retrying with backoff (1 s doubling to 60 s) while the
 *  remote is unreachable. The incoming leg subscribes to the remote channel, pulls each pointer
 *  and hands it to \a inject, resuming after a restart where it stopped (on relays with ?replay).
 *
 *  No loops: remote ids this bridge pushed are never pulled back, and what it injects carries its
 *  id so that the push tap does not queue it again. While an outgoing push is in flight, incoming
 *  pointers wait: the remote may announce that very push before its answer names its id. */
class ChannelBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelBridge)

public:
    //! Once stored and durable locally: the local id, or why not.
    using Injected = std::function<void(std::expected<QString, QString>)>;
    //! Stores a payload that arrived from the remote locally, then calls back.
    using Injector = std::function<void(NewPayload payload, const QString &bridgeId, Injected done)>;

    ChannelBridge(const ResolvedBridge &bridge, Outbox *outbox, Clock *clock, Injector inject,
                  QObject *parent = nullptr);
    ~ChannelBridge() override;

    const ResolvedBridge &bridge() const { return m_bridge; }
    void start();
    //! Something new was queued for this bridge.
    void kick();
    BridgeStatus status() const;
    //! Shorter waits, for tests.
    void setBackoff(int initialMs, int maxMs);

Q_SIGNALS:
    void statusChanged();

private:
    enum class Leg : quint8
    {
        Starting,
        Ok,
        Unreachable,
        Refused,
    };

    void deliverNext();
    void delivered(const OutItem &item, const QString &remoteId);
    void outFailed(const OutItem &item, const ClientError &error);
    void retryOut();
    //! With nothing to send, checks that the remote answers and takes the key (a peek of no payload).
    void probe();
    void undeliverable(const OutItem &item, const QString &why);

    void pointerArrived(const QString &url, qint64 ts);
    void processInbound();
    void inboundDone(const QString &url, qint64 ts);
    void retryIn(const QString &reason, bool refused);

    void setError(const QString &message);
    void changed();
    static bool isRefusal(const ClientError &error);
    static QString describe(const ClientError &error);

    ResolvedBridge m_bridge;
    Outbox *m_outbox;
    Clock *m_clock;
    Injector m_inject;
    RelayClient *m_client = nullptr;
    RelaySubscription *m_subscription = nullptr;
    bool m_started = false;

    Leg m_out = Leg::Starting;
    Leg m_in = Leg::Starting;
    bool m_outInFlight = false;
    bool m_kickPending = false;
    QTimer m_outRetry;
    int m_outBackoffMs = 1000;

    struct Pointer
    {
        QString url;
        qint64 ts = 0;
    };
    QList<Pointer> m_inbound;
    bool m_inBusy = false;
    QTimer m_inRetry;
    int m_inBackoffMs = 1000;
    qint64 m_resumeTs = 0;
    QStringList m_resumeUrls;

    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    qint64 m_delivered = 0;
    qint64 m_received = 0;
    int m_undeliverable = 0;
    QString m_lastError;
    qint64 m_lastErrorMs = 0;
    QString m_lastUndeliverable;
};

} // namespace Relay
