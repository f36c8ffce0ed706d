// SPDX-License-Identifier: MIT
#include "relay/relayrouter.h"

#include "core/clock.h"
#include "pubsub/channelhub.h"
#include "relay/wireformat.h"
#include "security/securitygate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>
#include <cmath>

namespace Relay {

namespace {
const QString kNotFound = QStringLiteral("Not found");
const QString kContextNotFound = QStringLiteral("Context not found or expired");
const QString kMissingBody = QStringLiteral("Missing body");
constexpr int kMaxReplay = 100;
constexpr qint64 kMaxSmallBody = 1024 * 1024;
//! How long an upgrade holds its place under the subscriber caps: HttpServer's handshake timeout.
constexpr int kHandshakeTimeoutMs = 10000;

bool isJsonContentType(const QByteArray &contentType)
{
    // As the Worker decides it: any Content-Type that mentions application/json.
    return contentType.toLower().contains("application/json");
}

//! Parses any JSON value (QJsonDocument alone accepts only objects and arrays).
std::optional<QJsonValue> parseJsonValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().first();
}

bool isJsonValue(const QByteArray &text)
{
    return parseJsonValue(text).has_value();
}

//! The path segment after a prefix such as "/pull/", up to the next slash (the Worker's split('/')[2]).
QString segmentAfter(const QString &path, QLatin1String prefix)
{
    const QString rest = path.mid(prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? rest : rest.left(slash);
}

//! A whole number in [lo, hi] from JSON, or nothing.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 lo, qint64 hi)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(lo) || d > double(hi))
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> wholeNumber(const QString &text, qint64 lo, qint64 hi)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return std::nullopt;
    return v;
}

QString channelOf(const QString &path)
{
    return path.mid(4); // after "/ws/": the rest of the path, slashes included, as the Worker does
}

//! A filename safe to put in a quoted header value.
QByteArray contentDisposition(const QString &filename)
{
    QString ascii;
    for (const QChar c : filename) {
        const ushort u = c.unicode();
        ascii +=
            (u < 0x20 || u >= 0x7f || c == QLatin1Char('"') || c == QLatin1Char('\\')) ? QLatin1Char('_') : c;
    }
    // [rfc6266] 4.3: filename* carries the exact UTF-8 name for clients that understand it.
    return "attachment; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(filename);
}
} // namespace

RelayRouter::RelayRouter(const RelayConfig &config, PayloadStore *store, ChannelHub *hub,
                         const SecurityGate *gate, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_hub(hub)
    , m_gate(gate)
    , m_clock(clock)
    , m_startedMs(clock->nowMs())
{
    // The hub is built before the config reaches anyone; its caps are the router's to apply.
    m_hub->setLimits(ChannelHub::Limits{m_config.maxSubscribers, m_config.maxSubscribersPerChannel,
                                        m_config.maxChannels, m_config.maxPendingWsBytes});
}

qint64 RelayRouter::bodyLimit(const HttpRequest &head) const
{
    if (head.method == "POST" && head.path == QLatin1String("/push")) {
        // A JSON body wraps the payload: allow room for quoting, metadata and the other keys;
        // the decoded payload itself is held to the cap after parsing.
        if (isJsonContentType(head.header("content-type")))
            return m_config.maxPayloadBytes + qMax<qint64>(64 * 1024, m_config.maxPayloadBytes / 64);
        return m_config.maxPayloadBytes;
    }
    if (head.method == "POST" && head.path.startsWith(QLatin1String("/publish/")))
        return m_config.maxPayloadBytes;
    return kMaxSmallBody;
}

void RelayRouter::emitEvent(RelayEvent::Type type, const QString &id, const QString &channel, qint64 size,
                            int count)
{
    Q_EMIT event(RelayEvent::make(type, m_clock->nowMs(), id, channel, size, count));
}

void RelayRouter::emitPayloadEvent(RelayEvent::Type type, const PayloadInfo &info, int count,
                                   const QString &detail)
{
    RelayEvent e = RelayEvent::make(type, m_clock->nowMs(), info.id, info.channel, info.size, count, detail);
    e.payload = info;
    Q_EMIT event(e);
}

HttpResponse RelayRouter::rejected(HttpResponse response, const QString &channel)
{
    RelayEvent e = RelayEvent::make(RelayEvent::Type::Rejected, m_clock->nowMs(), QString(), channel, 0, 0,
                                    QString::fromUtf8(response.body.left(300)));
    e.status = response.status;
    Q_EMIT event(e);
    return response;
}

void RelayRouter::frontRejected(int status, const QString &reason)
{
    RelayEvent e =
        RelayEvent::make(RelayEvent::Type::Rejected, m_clock->nowMs(), QString(), QString(), 0, 0, reason);
    e.status = status;
    Q_EMIT event(e);
}

HttpResponse RelayRouter::handle(const HttpRequest &request)
{
    const bool health = (request.path == QLatin1String("/") || request.path.isEmpty()) &&
                        (request.method == "GET" || request.method == "HEAD");
    if (auto refusal = m_gate->check(request, !health))
        return rejected(*refusal);
    if (health)
        return HttpResponse::text(200, QStringLiteral("ContextRelay API is running."));
    return route(request);
}

HttpResponse RelayRouter::route(const HttpRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (path == QLatin1String("/push")) {
        if (method == "POST")
            return push(request);
    } else if (path.startsWith(QLatin1String("/pull/"))) {
        const QString id = segmentAfter(path, QLatin1String("/pull/"));
        if (method == "GET")
            return pull(id);
        if (method == "DELETE")
            return remove(id);
    } else if (path.startsWith(QLatin1String("/peek/"))) {
        if (method == "GET")
            return peek(segmentAfter(path, QLatin1String("/peek/")));
    } else if (path.startsWith(QLatin1String("/raw/"))) {
        if (method == "GET")
            return raw(segmentAfter(path, QLatin1String("/raw/")));
    } else if (path.startsWith(QLatin1String("/ws/"))) {
        if (method == "GET") {
            // Reached only when the request did not upgrade (or could not): the Worker's order of checks.
            if (request.header("upgrade").toLower() != "websocket")
                return HttpResponse::text(426, QStringLiteral("Expected WebSocket upgrade"));
            if (channelOf(path).isEmpty())
                return HttpResponse::text(400, QStringLiteral("Missing channel"));
            return HttpResponse::text(426, QStringLiteral("Expected WebSocket upgrade"));
        }
    } else if (path.startsWith(QLatin1String("/publish/"))) {
        if (method == "POST")
            return publish(request, path.mid(9));
    } else if (path == QLatin1String("/stats")) {
        if (method == "GET")
            return stats();
    }
    return HttpResponse::text(404, kNotFound);
}

HttpResponse RelayRouter::push(const HttpRequest &request)
{
    if (request.body.isEmpty())
        return rejected(HttpResponse::text(400, kMissingBody));
    return isJsonContentType(request.header("content-type")) ? pushJson(request) : pushRaw(request);
}

HttpResponse RelayRouter::pushJson(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument takes only objects and arrays; a bare string or number is still valid
        // JSON, just not the right shape, and the Worker says so differently.
        if (!isJsonValue(request.body))
            return rejected(HttpResponse::text(400, QStringLiteral("Invalid JSON body")));
        return rejected(
            HttpResponse::text(400, QStringLiteral("JSON body must include \"data\" as a string")));
    }
    const QJsonObject body = doc.object();
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!doc.isObject() || !data.isString())
        return rejected(
            HttpResponse::text(400, QStringLiteral("JSON body must include \"data\" as a string")));

    NewPayload payload;
    payload.data = data.toString().toUtf8();
    // toUtf8() reserves for the worst case (three bytes per character); a stored payload
    // should hold only its own bytes.
    if (payload.data.capacity() > payload.data.size() + payload.data.size() / 8)
        payload.data.squeeze();
    if (payload.data.isEmpty())
        return rejected(HttpResponse::text(400, kMissingBody));

    const QJsonValue channel = body.value(QLatin1String("channel"));
    if (channel.isString())
        payload.channel = channel.toString();
    const QJsonValue metadata = body.value(QLatin1String("metadata"));
    if (metadata.isObject())
        payload.metadataJson = QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact);

    payload.ttlSeconds = m_config.defaultTtlSeconds;
    const QJsonValue ttl = body.value(QLatin1String("ttl"));
    if (!ttl.isUndefined() && !ttl.isNull()) {
        const auto v = wholeNumber(ttl, m_config.minTtlSeconds, m_config.maxTtlSeconds);
        if (!v) {
            return rejected(
                HttpResponse::error(400, tr("\"ttl\" must be a whole number of seconds from %1 to %2.")
                                             .arg(m_config.minTtlSeconds)
                                             .arg(m_config.maxTtlSeconds)));
        }
        payload.ttlSeconds = *v;
    }
    const QJsonValue maxReads = body.value(QLatin1String("max_reads"));
    if (!maxReads.isUndefined() && !maxReads.isNull()) {
        const auto v = wholeNumber(maxReads, 1, 1000000000);
        if (!v)
            return rejected(
                HttpResponse::error(400, tr("\"max_reads\" must be a whole number of at least 1.")));
        payload.maxReads = int(*v);
    }
    return store(std::move(payload), request);
}

HttpResponse RelayRouter::pushRaw(const HttpRequest &request)
{
    NewPayload payload;
    payload.data = request.body;
    payload.contentType = request.header("content-type");
    payload.binary = !payload.data.isValidUtf8();
    payload.channel = request.query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    payload.filename = request.query.queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded);
    payload.ttlSeconds = m_config.defaultTtlSeconds;
    if (request.query.hasQueryItem(QStringLiteral("ttl"))) {
        const auto v = wholeNumber(request.query.queryItemValue(QStringLiteral("ttl")),
                                   m_config.minTtlSeconds, m_config.maxTtlSeconds);
        if (!v) {
            return rejected(
                HttpResponse::error(400, tr("ttl must be a whole number of seconds from %1 to %2.")
                                             .arg(m_config.minTtlSeconds)
                                             .arg(m_config.maxTtlSeconds)));
        }
        payload.ttlSeconds = *v;
    }
    if (request.query.hasQueryItem(QStringLiteral("max_reads"))) {
        const auto v = wholeNumber(request.query.queryItemValue(QStringLiteral("max_reads")), 1, 1000000000);
        if (!v)
            return rejected(HttpResponse::error(400, tr("max_reads must be a whole number of at least 1.")));
        payload.maxReads = int(*v);
    }
    return store(std::move(payload), request);
}

HttpResponse RelayRouter::store(NewPayload payload, const HttpRequest &request)
{
    if (payload.data.size() > m_config.maxPayloadBytes) {
        return rejected(HttpResponse::error(413, tr("The payload is %1 bytes; this relay accepts at most %2.")
                                                     .arg(payload.data.size())
                                                     .arg(m_config.maxPayloadBytes)));
    }
    payload.kind = classifyPayload(payload.data, payload.binary);
    const bool tapped = m_tap && !payload.channel.isEmpty() && m_tap->tapsChannel(payload.channel);
    if (tapped) {
        if (const auto refusal = m_tap->refusal(payload.channel, payload.data.size()))
            return rejected(HttpResponse::error(507, *refusal), payload.channel);
    }
    // Shared, not copied: the tap needs the bytes after the store has taken them.
    const QByteArray data = tapped ? payload.data : QByteArray();
    const auto added = m_store->add(std::move(payload));
    if (!added)
        return storeError(added.error(), QString());
    if (tapped) {
        if (const auto failure = m_tap->pushed(*added, data, QString())) {
            m_store->remove(added->id);
            return rejected(HttpResponse::error(500, *failure), added->channel);
        }
    }

    // The Host header has passed the gate, so it names this relay as the client reaches it.
    const QString url = QStringLiteral("http://") + QString::fromLatin1(request.header("host")) +
                        QStringLiteral("/pull/") + added->id;
    // Subscribers hear of a payload only once it is durable, like the client that pushed it.
    const PayloadInfo info = *added;
    m_store->whenDurable(this, [this, info, url](bool ok) {
        if (!ok)
            return;
        int delivered = 0;
        QString detail;
        if (!info.channel.isEmpty()) {
            // Over the channel cap the payload is still stored and acknowledged: a channel the hub does
            // not keep has no subscriber to miss it; only ?replay will not offer it.
            if (!m_hub->hasRoomFor(info.channel))
                detail = tr("not kept for replay: the relay is at its channel limit (%1, --max-channels)")
                             .arg(m_config.maxChannels);
            delivered = m_hub->broadcastPointer(info.channel, url, info.id, info.createdMs);
        }
        emitPayloadEvent(RelayEvent::Type::Pushed, info, delivered, detail);
    });
    HttpResponse response = HttpResponse::json(200, WireFormat::pushResponse(url, info));
    response.awaitDurable = true;
    return response;
}

void RelayRouter::inject(NewPayload payload, const QString &viaBridge, const QString &detail,
                         const QString &baseUrl, QObject *context,
                         std::function<void(std::expected<QString, QString>)> done)
{
    if (payload.data.isEmpty()) {
        done(std::unexpected(tr("The payload is empty.")));
        return;
    }
    if (payload.data.size() > m_config.maxPayloadBytes) {
        done(std::unexpected(tr("The payload is %1 bytes; this relay accepts at most %2.")
                                 .arg(payload.data.size())
                                 .arg(m_config.maxPayloadBytes)));
        return;
    }
    payload.kind = classifyPayload(payload.data, payload.binary);
    payload.ttlSeconds = m_config.defaultTtlSeconds;
    const bool tapped = m_tap && !payload.channel.isEmpty() && m_tap->tapsChannel(payload.channel);
    if (tapped) {
        if (const auto refusal = m_tap->refusal(payload.channel, payload.data.size())) {
            done(std::unexpected(*refusal));
            return;
        }
    }
    const QByteArray data = tapped ? payload.data : QByteArray();
    const auto added = m_store->add(std::move(payload));
    if (!added) {
        done(std::unexpected(added.error() == StoreError::Full
                                 ? tr("This relay's store is full.")
                                 : tr("The payload could not be written to disk.")));
        return;
    }
    if (tapped) {
        if (const auto failure = m_tap->pushed(*added, data, viaBridge)) {
            m_store->remove(added->id);
            done(std::unexpected(*failure));
            return;
        }
    }
    const PayloadInfo info = *added;
    const QString url = baseUrl + QStringLiteral("/pull/") + info.id;
    QPointer<QObject> guard(context);
    m_store->whenDurable(this, [this, info, url, detail, guard, done = std::move(done)](bool ok) {
        if (ok) {
            const int delivered = m_hub->broadcastPointer(info.channel, url, info.id, info.createdMs);
            emitPayloadEvent(RelayEvent::Type::Pushed, info, delivered, detail);
        }
        if (guard)
            done(ok ? std::expected<QString, QString>(info.id)
                    : std::unexpected(tr("The payload could not be written to disk.")));
    });
}

HttpResponse RelayRouter::storeError(StoreError error, const QString &)
{
    switch (error) {
    case StoreError::NotFound:
        return HttpResponse::text(404, kContextNotFound);
    case StoreError::Full:
        return rejected(
            HttpResponse::error(507, tr("The relay's store is full; nothing was evicted to make room. "
                                        "Delete payloads or wait for them to expire.")));
    case StoreError::Io:
        break;
    }
    return rejected(HttpResponse::error(500, tr("The payload could not be written to disk.")));
}

HttpResponse RelayRouter::pull(const QString &id)
{
    const auto pulled = m_store->read(id, &WireFormat::pullEnvelope, true);
    if (!pulled)
        return storeError(pulled.error(), id);
    emitPayloadEvent(RelayEvent::Type::Pulled, pulled->info, pulled->info.reads);
    HttpResponse r;
    r.awaitDurable = pulled->info.maxReads > 0; // the read count is part of the contract
    // charset=utf-8: without it Python requests decodes the body as ISO-8859-1.
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = pulled->bytes;
    return r;
}

HttpResponse RelayRouter::peek(const QString &id)
{
    const auto info = m_store->info(id);
    if (!info)
        return storeError(info.error(), id);
    emitPayloadEvent(RelayEvent::Type::Peeked, *info, info->reads);
    return HttpResponse::json(200, info->metadataJson);
}

HttpResponse RelayRouter::raw(const QString &id)
{
    const auto pulled = m_store->read(id);
    if (!pulled)
        return storeError(pulled.error(), id);
    emitPayloadEvent(RelayEvent::Type::Pulled, pulled->info, pulled->info.reads);
    HttpResponse r;
    r.awaitDurable = pulled->info.maxReads > 0;
    r.contentType = pulled->info.contentType.isEmpty() ? QByteArrayLiteral("text/plain; charset=utf-8")
                                                       : pulled->info.contentType;
    r.body = pulled->bytes;
    if (!pulled->info.filename.isEmpty())
        r.headers.append(
            {QByteArrayLiteral("Content-Disposition"), contentDisposition(pulled->info.filename)});
    return r;
}

HttpResponse RelayRouter::remove(const QString &id)
{
    if (!m_store->remove(id))
        return HttpResponse::text(404, kContextNotFound);
    HttpResponse r = HttpResponse::empty(204);
    r.awaitDurable = true;
    return r;
}

HttpResponse RelayRouter::publish(const HttpRequest &request, const QString &channel)
{
    if (channel.isEmpty())
        return rejected(HttpResponse::text(400, QStringLiteral("Missing channel")));
    if (request.body.isEmpty())
        return rejected(HttpResponse::text(400, kMissingBody), channel);
    // Any JSON value is sent as it is; anything else is sent as a JSON string.
    QByteArray value;
    if (const auto parsed = parseJsonValue(request.body)) {
        const QByteArray compact = QJsonDocument(QJsonArray{*parsed}).toJson(QJsonDocument::Compact);
        value = compact.mid(1, compact.size() - 2);
    } else {
        value = WireFormat::jsonString(QString::fromUtf8(request.body));
    }
    const int delivered = m_hub->publish(channel, WireFormat::publishMessage(value, m_clock->nowMs()));
    emitEvent(RelayEvent::Type::Published, QString(), channel, request.body.size(), delivered);
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{{QStringLiteral("delivered"), delivered}}).toJson(QJsonDocument::Compact));
}

HttpResponse RelayRouter::stats() const
{
    const QJsonObject o{
        {QStringLiteral("payloads"), m_store->count()},
        {QStringLiteral("bytes"), double(m_store->totalBytes())},
        {QStringLiteral("channels"), m_hub->channelCount()},
        {QStringLiteral("subscribers"), m_hub->subscriberCount()},
        {QStringLiteral("uptime_s"), double((m_clock->nowMs() - m_startedMs) / 1000)},
        {QStringLiteral("version"), QStringLiteral(RELAY_VERSION)},
        {QStringLiteral("durable"), m_store->isDurable()},
    };
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool RelayRouter::hasPendingWrites() const
{
    return m_store->hasPendingWrites();
}

void RelayRouter::whenDurable(QObject *context, std::function<void(bool)> done)
{
    m_store->whenDurable(context, std::move(done));
}

bool RelayRouter::isWebSocketRequest(const HttpRequest &request) const
{
    return request.method == "GET" && request.path.startsWith(QLatin1String("/ws/"));
}

std::optional<HttpResponse> RelayRouter::checkUpgrade(const HttpRequest &request)
{
    if (auto refusal = m_gate->check(request, true))
        return rejected(*refusal, channelOf(request.path));
    if (request.header("upgrade").toLower() != "websocket")
        return HttpResponse::text(426, QStringLiteral("Expected WebSocket upgrade"));
    if (channelOf(request.path).isEmpty())
        return rejected(HttpResponse::text(400, QStringLiteral("Missing channel")));
    const QString replay = request.query.queryItemValue(QStringLiteral("replay"));
    if (!replay.isNull() && !wholeNumber(replay, 0, kMaxReplay))
        return rejected(
            HttpResponse::error(400, tr("replay must be a whole number from 0 to %1.").arg(kMaxReplay)));
    // 503, not 429: the relay as a whole is at capacity, whoever asks; the same status the front gives
    // over its connection caps.
    const QString channel = channelOf(request.path);
    if (const auto refusal = m_hub->subscribeRefusal(channel))
        return rejected(HttpResponse::error(503, *refusal), channel);
    m_hub->reserve(channel, kHandshakeTimeoutMs);
    return std::nullopt;
}

void RelayRouter::webSocketConnected(QWebSocket *socket)
{
    const QUrl url = socket->requestUrl();
    const QString channel = channelOf(url.path(QUrl::FullyDecoded));
    const int replay =
        int(wholeNumber(QUrlQuery(url).queryItemValue(QStringLiteral("replay")), 0, kMaxReplay).value_or(0));
    // An upgrade whose reservation ran out (a handshake slower than its timeout) may find a cap reached.
    if (const auto refusal = m_hub->subscribe(socket, channel, replay))
        rejected(HttpResponse::error(503, *refusal), channel);
}

} // namespace Relay
