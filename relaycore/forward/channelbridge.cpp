// SPDX-License-Identifier: MIT
#include "forward/channelbridge.h"

#include "client/relayclient.h"
#include "client/relaysubscription.h"
#include "core/clock.h"
#include "core/ids.h"
#include "forward/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace Relay {

namespace {
constexpr qint64 kMinTtlSeconds = 60;
constexpr qint64 kMaxTtlSeconds = 604800;
// Resume points remember the URLs of the newest time stamp: several pushes share a millisecond.
constexpr qsizetype kResumeUrlsKept = 50;
} // namespace

ChannelBridge::ChannelBridge(const ResolvedBridge &bridge, Outbox *outbox, Clock *clock, Injector inject,
                             QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_inject(std::move(inject))
{
    m_outRetry.setSingleShot(true);
    m_inRetry.setSingleShot(true);
    connect(&m_outRetry, &QTimer::timeout, this, &ChannelBridge::retryOut);
    connect(&m_inRetry, &QTimer::timeout, this, [this] {
        m_inBusy = false;
        processInbound();
    });
    m_undeliverable = m_outbox->undeliverable(m_bridge.spec.id);
    if (!m_bridge.keyProblem.isEmpty())
        m_lastError = m_bridge.keyProblem;
    else if (!m_bridge.keyResolved)
        m_lastError = tr("waiting for the keychain");
}

ChannelBridge::~ChannelBridge() = default;

void ChannelBridge::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    m_outBackoffMs = initialMs;
    m_inBackoffMs = initialMs;
    if (m_subscription)
        m_subscription->setBackoff(initialMs, maxMs);
}

void ChannelBridge::start()
{
    // Until the key is known nothing is sent: a keyless attempt would only earn a 401.
    if (m_started || !m_bridge.keyResolved)
        return;
    m_started = true;
    m_lastError.clear();
    m_client = new RelayClient(m_bridge.remoteUrl, m_bridge.apiKey, this);
    if (m_bridge.spec.receivesIn()) {
        m_subscription = new RelaySubscription(m_client, m_bridge.spec.remoteChannel, 0, this);
        m_subscription->setBackoff(m_initialBackoffMs, m_maxBackoffMs);
        const Outbox::ResumePoint resume = m_outbox->resumePoint(m_bridge.spec.id);
        m_resumeTs = resume.ts;
        m_resumeUrls = resume.urls;
        m_subscription->resumeAfter(resume.ts, resume.urls);
        connect(m_subscription, &RelaySubscription::connected, this, [this] {
            m_in = Leg::Ok;
            changed();
        });
        connect(m_subscription, &RelaySubscription::disconnected, this, [this](const QString &reason, int) {
            // A refused upgrade shows as an HTTP status in the socket's error text.
            const bool refused = reason.contains(QLatin1String("401")) ||
                                 reason.contains(QLatin1String("403")) ||
                                 reason.contains(QLatin1String("402"));
            m_in = refused ? Leg::Refused : Leg::Unreachable;
            setError(refused && reason.contains(QLatin1String("401"))
                         ? tr("401: the remote relay refused the API key (subscribing to %1)")
                               .arg(m_bridge.spec.remoteChannel)
                         : tr("cannot subscribe to %1: %2").arg(m_bridge.spec.remoteChannel, reason));
        });
        connect(m_subscription, &RelaySubscription::pointerReceived, this, &ChannelBridge::pointerArrived);
        m_subscription->start();
    }
    if (m_bridge.spec.sendsOut())
        deliverNext();
    changed();
}

void ChannelBridge::kick()
{
    changed();
    // Later, from the event loop: the push that queued the item is answered first, and a burst
    // of pushes costs one look at the queue, not one each.
    if (m_kickPending)
        return;
    m_kickPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_kickPending = false;
            if (m_started && !m_outInFlight && !m_outRetry.isActive())
                deliverNext();
        },
        Qt::QueuedConnection);
}

BridgeStatus ChannelBridge::status() const
{
    BridgeStatus s;
    s.spec = m_bridge.spec;
    Leg worst = Leg::Ok;
    auto consider = [&worst](Leg leg) {
        auto rank = [](Leg l) {
            switch (l) {
            case Leg::Ok:
                return 0;
            case Leg::Starting:
                return 1;
            case Leg::Unreachable:
                return 2;
            case Leg::Refused:
                return 3;
            }
            return 0;
        };
        if (rank(leg) > rank(worst))
            worst = leg;
    };
    if (m_bridge.spec.sendsOut())
        consider(m_out);
    if (m_bridge.spec.receivesIn())
        consider(m_in);
    if (!m_started)
        worst = Leg::Starting;
    switch (worst) {
    case Leg::Ok:
        s.state = BridgeStatus::State::Connected;
        break;
    case Leg::Starting:
        s.state = BridgeStatus::State::Starting;
        break;
    case Leg::Unreachable:
        s.state = BridgeStatus::State::Retrying;
        break;
    case Leg::Refused:
        s.state = BridgeStatus::State::Refused;
        break;
    }
    s.queued = m_outbox->queued(m_bridge.spec.id);
    s.queuedBytes = m_outbox->queuedBytes(m_bridge.spec.id);
    s.undeliverable = m_undeliverable;
    s.delivered = m_delivered;
    s.received = m_received;
    s.lastError = m_lastError;
    s.lastErrorMs = m_lastErrorMs;
    s.lastUndeliverable = m_lastUndeliverable;
    if (m_outRetry.isActive())
        s.retryInMs = m_outRetry.remainingTime();
    return s;
}

// ---- outgoing ----

void ChannelBridge::deliverNext()
{
    if (!m_started || m_outInFlight || !m_bridge.spec.sendsOut())
        return;
    std::optional<OutItem> next = m_outbox->head(m_bridge.spec.id);
    if (!next) {
        if (m_out != Leg::Ok) {
            probe();
            return;
        }
        changed();
        processInbound();
        return;
    }
    OutItem item = std::move(*next);
    const qint64 now = m_clock->nowMs();
    if (item.expiresMs > 0 && item.expiresMs <= now) {
        // Its time ran out while it waited: the remote copy would outlive the original.
        undeliverable(item, tr("payload %1 expired before the remote relay could take it").arg(item.localId));
        return;
    }
    PushOptions options;
    options.channel = m_bridge.spec.remoteChannel;
    options.metadata = QJsonDocument::fromJson(item.metadataJson).object();
    options.maxReads = item.maxReads;
    if (item.expiresMs > 0)
        options.ttlSeconds = qBound(kMinTtlSeconds, (item.expiresMs - now) / 1000, kMaxTtlSeconds);
    // Text goes in the JSON form every relay (the upstream Worker too) understands; ciphertext is
    // text and goes as it is. Only binary needs the raw form.
    if (item.binary) {
        options.raw = true;
        options.contentType = item.contentType;
        options.filename = item.filename;
    }
    m_outInFlight = true;
    m_client->push(item.data, options, this, [this, item](ClientResult<PushResult> result) {
        m_outInFlight = false;
        if (result)
            delivered(item, result->id);
        else
            outFailed(item, result.error());
    });
}

void ChannelBridge::delivered(const OutItem &item, const QString &remoteId)
{
    m_outbox->markDelivered(item, remoteId);
    ++m_delivered;
    m_out = Leg::Ok;
    m_outBackoffMs = m_initialBackoffMs;
    m_lastError.clear();
    deliverNext();
}

bool ChannelBridge::isRefusal(const ClientError &error)
{
    return error.httpStatus == 401 || error.httpStatus == 402 || error.httpStatus == 403;
}

QString ChannelBridge::describe(const ClientError &error)
{
    switch (error.httpStatus) {
    case 401:
        return tr("401: the remote relay refused the API key");
    case 402:
        return tr("402: the remote relay's quota is exceeded");
    case 403:
        return tr("403: the remote relay refused the request (%1)").arg(error.message);
    default:
        break;
    }
    return error.message;
}

void ChannelBridge::outFailed(const OutItem &item, const ClientError &error)
{
    const int status = error.httpStatus;
    // The remote will never take this one (too big, malformed for it): keep it from blocking the
    // ones behind it, and say so.
    if (status == 413 || status == 400 || status == 415 || status == 422) {
        m_out = Leg::Ok;
        undeliverable(item, tr("payload %1 (%2 bytes) refused by the remote relay: %3")
                                .arg(item.localId)
                                .arg(item.data.size())
                                .arg(status == 413 ? tr("413, too large for it") : describe(error)));
        return;
    }
    m_out = isRefusal(error) ? Leg::Refused : Leg::Unreachable;
    const int wait = m_outBackoffMs;
    m_outBackoffMs = qMin(m_outBackoffMs * 2, m_maxBackoffMs);
    m_outRetry.start(wait);
    // Without a key from the keychain, a refusal is most likely that: say so.
    setError(isRefusal(error) && !m_bridge.keyProblem.isEmpty()
                 ? describe(error) + QStringLiteral(" (") + m_bridge.keyProblem + QLatin1Char(')')
                 : describe(error));
    processInbound();
}

void ChannelBridge::retryOut()
{
    deliverNext();
}

void ChannelBridge::undeliverable(const OutItem &item, const QString &why)
{
    m_outbox->markUndeliverable(item);
    ++m_undeliverable;
    m_lastUndeliverable = why;
    changed();
    deliverNext();
}

void ChannelBridge::probe()
{
    m_outInFlight = true;
    m_client->peek(newPayloadId(), this, [this](ClientResult<QJsonObject> result) {
        m_outInFlight = false;
        // "Not found" is the answer hoped for: the remote is there and took the key.
        if (result || result.error().kind == ClientError::Kind::NotFound) {
            m_out = Leg::Ok;
            m_outBackoffMs = m_initialBackoffMs;
            if (m_in != Leg::Unreachable && m_in != Leg::Refused)
                m_lastError.clear();
            deliverNext();
            return;
        }
        const ClientError &error = result.error();
        m_out = isRefusal(error) ? Leg::Refused : Leg::Unreachable;
        const int wait = m_outBackoffMs;
        m_outBackoffMs = qMin(m_outBackoffMs * 2, m_maxBackoffMs);
        m_outRetry.start(wait);
        setError(describe(error));
        processInbound();
    });
}

// ---- incoming ----

void ChannelBridge::pointerArrived(const QString &url, qint64 ts)
{
    m_inbound.append({url, ts});
    processInbound();
}

void ChannelBridge::processInbound()
{
    if (m_inBusy || m_outInFlight || m_inbound.isEmpty())
        return;
    const Pointer next = m_inbound.constFirst();
    const auto pointer = m_client->parsePointer(next.url);
    if (!pointer || m_outbox->sentByBridge(m_bridge.spec.id, pointer->id)) {
        // Our own push coming back (or junk): nothing to bring in.
        inboundDone(next.url, next.ts);
        return;
    }
    m_inBusy = true;
    // By id against the profile's URL, never the URL as given: a remote must not be able to send
    // this bridge, and its API key, elsewhere.
    m_client->pull(pointer->id, this, [this, next](ClientResult<PullResult> result) {
        if (!result) {
            const ClientError &error = result.error();
            if (error.kind == ClientError::Kind::NotFound) {
                setError(tr("a pointer expired on the remote relay before it could be pulled"));
                m_inBusy = false;
                inboundDone(next.url, next.ts);
                return;
            }
            retryIn(describe(error), isRefusal(error));
            return;
        }
        NewPayload payload;
        payload.data = result->data;
        payload.binary = result->binary;
        payload.metadataJson = QJsonDocument(result->metadata).toJson(QJsonDocument::Compact);
        payload.channel = m_bridge.spec.localChannel;
        // The resume point moves on only once the local copy is durable: a crash in between
        // brings the pointer again rather than losing it.
        m_inject(
            std::move(payload), m_bridge.spec.id,
            [this, next, guard = QPointer<ChannelBridge>(this)](std::expected<QString, QString> injected) {
                if (!guard)
                    return;
                if (!injected) {
                    retryIn(injected.error(), false);
                    return;
                }
                ++m_received;
                m_in = Leg::Ok;
                m_inBackoffMs = m_initialBackoffMs;
                m_inBusy = false;
                inboundDone(next.url, next.ts);
            });
    });
}

void ChannelBridge::inboundDone(const QString &url, qint64 ts)
{
    if (!m_inbound.isEmpty())
        m_inbound.removeFirst();
    if (ts > m_resumeTs) {
        m_resumeTs = ts;
        m_resumeUrls.clear();
    }
    m_resumeUrls.append(url);
    if (m_resumeUrls.size() > kResumeUrlsKept)
        m_resumeUrls.removeFirst();
    m_outbox->setResumePoint(m_bridge.spec.id, {m_resumeTs, m_resumeUrls});
    changed();
    processInbound();
}

void ChannelBridge::retryIn(const QString &reason, bool refused)
{
    m_in = refused ? Leg::Refused : Leg::Unreachable;
    const int wait = m_inBackoffMs;
    m_inBackoffMs = qMin(m_inBackoffMs * 2, m_maxBackoffMs);
    // m_inBusy stays set until the retry: nothing overtakes the pointer that failed.
    m_inRetry.start(wait);
    setError(reason);
}

void ChannelBridge::setError(const QString &message)
{
    m_lastError = message;
    m_lastErrorMs = m_clock->nowMs();
    changed();
}

void ChannelBridge::changed()
{
    Q_EMIT statusChanged();
}

} // namespace Relay
