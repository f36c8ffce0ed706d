// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"
#include "core/relayevent.h"
#include "http/requesthandler.h"
#include "relay/pushtap.h"
#include "store/payloadstore.h"

#include <QObject>
#include <expected>
#include <functional>

namespace Relay {

class ChannelHub;
class Clock;
class SecurityGate;

/*! Turns requests into answers: the routes of PROTOCOL.md over the store and the channel hub. */
class RelayRouter final : public QObject, public RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayRouter)

public:
    RelayRouter(const RelayConfig &config, PayloadStore *store, ChannelHub *hub, const SecurityGate *gate,
                Clock *clock, QObject *parent = nullptr);

    qint64 bodyLimit(const HttpRequest &head) const override;
    HttpResponse handle(const HttpRequest &request) override;
    bool isWebSocketRequest(const HttpRequest &request) const override;
    std::optional<HttpResponse> checkUpgrade(const HttpRequest &request) override;
    void webSocketConnected(QWebSocket *socket) override;
    void frontRejected(int status, const QString &reason) override;
    bool hasPendingWrites() const override;
    void whenDurable(QObject *context, std::function<void(bool)> done) override;

    //! Sees pushes to channels before they are acknowledged (the channel bridges); may be null.
    void setPushTap(PushTap *tap) { m_tap = tap; }
    /*! Stores a payload that arrived through the bridge \a viaBridge, as a push from a client
     *  would be (subscribers hear of it, other bridges forward it; \a baseUrl makes its pointer).
     *  \a done gets the id once it is durable, or why it was refused. */
    void inject(NewPayload payload, const QString &viaBridge, const QString &detail, const QString &baseUrl,
                QObject *context, std::function<void(std::expected<QString, QString>)> done);

Q_SIGNALS:
    void event(const Relay::RelayEvent &event);

private:
    HttpResponse route(const HttpRequest &request);
    HttpResponse push(const HttpRequest &request);
    HttpResponse pushJson(const HttpRequest &request);
    HttpResponse pushRaw(const HttpRequest &request);
    HttpResponse store(NewPayload payload, const HttpRequest &request);
    HttpResponse pull(const QString &id);
    HttpResponse peek(const QString &id);
    HttpResponse raw(const QString &id);
    HttpResponse remove(const QString &id);
    HttpResponse publish(const HttpRequest &request, const QString &channel);
    HttpResponse stats() const;
    HttpResponse storeError(StoreError error, const QString &id);
    HttpResponse rejected(HttpResponse response, const QString &channel = QString());
    void emitPayloadEvent(RelayEvent::Type type, const PayloadInfo &info, int count = 0,
                          const QString &detail = QString());
    void emitEvent(RelayEvent::Type type, const QString &id, const QString &channel, qint64 size,
                   int count = 0);

    RelayConfig m_config;
    PayloadStore *m_store;
    ChannelHub *m_hub;
    const SecurityGate *m_gate;
    Clock *m_clock;
    PushTap *m_tap = nullptr;
    qint64 m_startedMs;
};

} // namespace Relay
