// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"
#include "core/relayevent.h"

#include <QObject>
#include <QThread>

namespace Relay {

class RelayServer;
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

Q_SIGNALS:
    void started(const QString &baseUrl, quint16 port);
    void failed(const QString &message);
    void stopped();
    //! Relay events, batched (at most ten batches a second).
    void events(const QList<Relay::RelayEvent> &events);

private:
    RelayConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of everything there
    RelayServer *m_server = nullptr;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace Relay
