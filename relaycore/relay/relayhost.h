// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"
#include "core/relayevent.h"
#include "forward/bridgespec.h"
#include "relay/relaysnapshot.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <optional>

namespace Relay {

class RelayServer;
class Forwarder;
class EventBatcher;

/*! Runs a RelayServer in a thread of its own and reports back by queued signals only: the
 *  thread that owns the host (the GUI thread, or main() headless) never blocks on the relay. */
class RelayHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayHost)

public:
    explicit RelayHost(const RelayConfig &config, QObject *parent = nullptr);
    //! Stops the relay thread if it still runs (waits for it: only at the very end of the program).
    ~RelayHost() override;

    //! Starts the relay; started() or failed() follows.
    void start();
    //! Shuts the relay down gracefully; stopped() follows.
    void stop();
    bool isRunning() const { return m_running; }
    //! The base URL once started() was emitted, e.g. "http://127.0.0.1:8787".
    QString baseUrl() const { return m_baseUrl; }
    bool isPaused() const { return m_paused; }

    /*! The calls below run in the relay thread; their callbacks run in this object's thread and
     *  only while \a context is alive. None blocks the caller. */

    //! What the relay holds now; combine with events() that follow.
    void requestSnapshot(QObject *context, std::function<void(const RelaySnapshot &)> done);
    /*! Up to \a maxBytes of a payload's bytes, for a preview. Never counts as a read. The callback
     *  gets nothing when the payload is gone, and the payload's record. */
    void fetchPayload(const QString &id, qint64 maxBytes, QObject *context,
                      std::function<void(std::optional<QByteArray>, const PayloadInfo &)> done);
    void deletePayload(const QString &id);
    //! Paused: new connections are answered 503; subscribers already connected stay.
    void setPaused(bool paused);
    /*! The channel bridges to run (replacing the ones before). May be called before start():
     *  they are in place before the first request is served, so no push escapes them. */
    void setBridges(const QList<Relay::ResolvedBridge> &bridges);
    //! The bridges' state as last reported (bridgesChanged()).
    QList<BridgeStatus> bridgeStatuses() const { return m_bridgeStatuses; }
    //! New stored API key hashes, applied without a restart (RelayServer::setApiTokenHashes).
    void setApiTokenHashes(const QList<QByteArray> &hashes);

Q_SIGNALS:
    void started(const QString &baseUrl, quint16 port);
    void failed(const QString &message);
    void stopped();
    //! Relay events, batched (at most ten batches a second).
    void events(const QList<Relay::RelayEvent> &events);
    void pausedChanged(bool paused);
    void bridgesChanged(const QList<Relay::BridgeStatus> &statuses);
    //! RelayServer::warning(): one sentence for the operator; the relay keeps running.
    void warning(const QString &message);

private:
    void startForwarder();
    void emptyContext();

    RelayConfig m_config;
    QThread m_thread;
    //! Lives in m_thread; parent of everything there. Written in this (the owner's) thread only.
    QObject *m_context = nullptr;
    RelayServer *m_server = nullptr;
    Forwarder *m_forwarder = nullptr; // in the relay thread, like the server
    //! Read and written in the relay thread once it runs (before that, only by start's caller).
    QList<ResolvedBridge> m_pendingBridges;
    QList<BridgeStatus> m_bridgeStatuses;
    bool m_running = false;
    bool m_paused = false;
    QString m_baseUrl;
    bool m_stopping = false;
};

} // namespace Relay
