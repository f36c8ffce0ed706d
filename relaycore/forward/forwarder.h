// SPDX-License-Identifier: MIT
#pragma once

#include "forward/bridgespec.h"
#include "relay/pushtap.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Relay {

class ChannelBridge;
class Clock;
class Outbox;
class RelayServer;

/*! The channel bridges of one relay, in its thread: taps the relay's pushes into the durable
 *  queue, runs one ChannelBridge per configured bridge, and reports their state. */
class Forwarder final : public QObject, public PushTap
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Forwarder)

public:
    //! \a server must be started and outlive the forwarder; \a clock may be null (system clock).
    explicit Forwarder(RelayServer *server, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Forwarder() override;

    //! Opens the queue (beside the payloads, or in memory for an ephemeral relay) and starts tapping.
    bool open(QString *error);
    /*! Runs exactly these bridges from now on. Changed ones restart; removed ones are stopped and
     *  their queue is dropped (a bridge deleted in Settings takes its backlog with it). */
    void setBridges(const QList<ResolvedBridge> &bridges);
    QList<BridgeStatus> statuses() const;
    //! Shorter reconnect waits, for tests.
    void setBackoff(int initialMs, int maxMs);
    //! Bounds of the outgoing queue (all bridges together); call before open().
    void setQueueLimits(int maxItems, qint64 maxBytes);

    // PushTap
    bool tapsChannel(const QString &channel) const override;
    std::optional<QString> refusal(const QString &channel, qint64 bytes) const override;
    std::optional<QString> pushed(const PayloadInfo &info, const QByteArray &data,
                                  const QString &viaBridge) override;

Q_SIGNALS:
    //! Coalesced: at most every 100 ms.
    void statusesChanged(const QList<Relay::BridgeStatus> &statuses);

private:
    void scheduleReport();
    void rebuildChannelIndex();

    //! Guarded: RelayHost makes this a sibling of the server under one parent, created (and so
    //! deleted) after it, so the destructor must not reach through a dead server.
    QPointer<RelayServer> m_server;
    std::unique_ptr<Clock> m_ownedClock;
    Clock *m_clock;
    std::unique_ptr<Outbox> m_outbox;
    //! In configuration order.
    QList<ChannelBridge *> m_bridges;
    //! Local channel -> the bridges that send it out.
    QHash<QString, QList<ChannelBridge *>> m_outByChannel;
    QTimer m_report;
    int m_maxQueuedItems = 10000;
    qint64 m_maxQueuedBytes = qint64(512) << 20;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
};

} // namespace Relay
