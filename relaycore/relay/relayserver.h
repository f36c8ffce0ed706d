// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"
#include "core/relayevent.h"
#include "relay/relaysnapshot.h"

#include <QObject>
#include <memory>

class QLockFile;

namespace Relay {

class Clock;
class PayloadStore;
class ChannelHub;
class SecurityGate;
class RelayRouter;
class HttpServer;

/*! The whole relay: store, channels, security gate and the HTTP/WebSocket front, wired together.
 *
 * Lives in one thread (its own, under RelayHost; the test's, in tests) and is driven by that
 * thread's event loop only.
 */
class RelayServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayServer)

public:
    //! \a clock may be null (system clock); when given it must outlive the server.
    explicit RelayServer(const RelayConfig &config, Clock *clock = nullptr, QObject *parent = nullptr);
    ~RelayServer() override;

    //! Opens the store and starts listening. On failure errorString() says why in one sentence.
    bool start();
    //! Stops accepting, lets in-flight requests finish, sends subscribers a close frame, closes the store.
    //! Emits stopped() when done.
    void shutdown();

    quint16 serverPort() const;
    //! e.g. "http://127.0.0.1:8787"
    QString baseUrl() const;
    QString errorString() const;

    //! Paused: new connections are answered 503; subscribers already connected stay.
    void setPaused(bool paused);
    /*! Replaces the stored API key hashes (RelayConfig::apiTokenHashes) without a restart: every
     *  request from now on is checked against them; open connections and subscribers stay. A relay
     *  listening beyond loopback keeps auth on even with no key left, and says so in warning(). */
    void setApiTokenHashes(const QList<QByteArray> &hashes);
    bool isPaused() const { return m_paused; }
    RelaySnapshot snapshot() const;

    PayloadStore *store() const;
    ChannelHub *hub() const;
    RelayRouter *router() const { return m_router; }
    //! Where the payload database lives; empty for an ephemeral relay.
    QString dataDirectory() const { return m_dataDir; }

Q_SIGNALS:
    void event(const Relay::RelayEvent &event);
    void stopped();
    //! Something the operator should know, in one sentence (not an error: the relay keeps running).
    void warning(const QString &message);

private:
    RelayConfig m_config;
    std::unique_ptr<Clock> m_ownedClock;
    std::unique_ptr<QLockFile> m_dataLock;
    Clock *m_clock = nullptr;
    PayloadStore *m_store = nullptr;
    ChannelHub *m_hub = nullptr;
    SecurityGate *m_gate = nullptr;
    RelayRouter *m_router = nullptr;
    HttpServer *m_http = nullptr;
    QString m_error;
    QString m_dataDir;
    bool m_shuttingDown = false;
    bool m_stopped = false;
    bool m_paused = false;
    //! Listening beyond loopback: auth stays on whatever keys come and go.
    bool m_exposed = false;
    bool m_warnedNoKeys = false;
};

} // namespace Relay
