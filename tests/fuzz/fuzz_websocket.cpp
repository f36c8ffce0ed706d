// SPDX-License-Identifier: MIT
/* libFuzzer target for the WebSocket upgrade path and the validation of channels and ids.
 *
 * Input: the bytes of one connection (requests may be pipelined). Every complete request that names
 * /ws/ goes through RelayRouter::isWebSocketRequest and checkUpgrade, as HttpConnection hands it over.
 * When the upgrade is accepted, the channel and replay count that webSocketConnected() will take from
 * the URL the WebSocket server rebuilds must be the ones checkUpgrade allowed. Path segments are run
 * through looksLikePayloadId, and channel names through ChannelHub. */
#include "fuzzsupport.h"

#include "core/clock.h"
#include "core/ids.h"
#include "http/requestparser.h"
#include "pubsub/channelhub.h"
#include "relay/relayrouter.h"
#include "security/securitygate.h"
#include "store/memorybackend.h"
#include "store/payloadstore.h"

#include <QUrl>
#include <QUrlQuery>
#include <cstdio>
#include <memory>

using namespace Relay;

namespace {

constexpr quint16 kPort = 8787;
constexpr int kMaxReplay = 100; // RelayRouter's bound on ?replay=

class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return 1'700'000'000'000; }
};

const SecurityGate &gate(bool auth)
{
    // Extra names as a user would configure them, so the allow-lists have more than the defaults.
    static const SecurityGate *open = [] {
        auto *g = new SecurityGate({QStringLiteral("relay.example")},
                                   {QStringLiteral("http://allowed.example")}, {});
        g->setPort(kPort);
        return g;
    }();
    static const SecurityGate *locked = [] {
        auto *g = new SecurityGate({}, {}, {QStringLiteral("fuzz-token")});
        g->setPort(kPort);
        return g;
    }();
    return auth ? *locked : *open;
}

//! What newPayloadId() makes: 8-4-4-4-12 lower-case hex digits.
bool isCanonicalId(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

/*! The URL QWebSocketServer gives the socket (QWebSocketHandshakeRequest::readHandshake): the request
 *  target parsed by QUrl::fromEncoded, the Host as authority when the target is relative. */
QUrl handshakeUrl(const HttpRequest &request)
{
    QUrl url = QUrl::fromEncoded(request.target);
    if (url.isRelative())
        url.setAuthority(QString::fromLatin1(request.header("host")));
    if (url.scheme().isEmpty())
        url.setScheme(QStringLiteral("ws"));
    return url;
}

int replayOf(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0 && v <= kMaxReplay ? int(v) : 0;
}

class Fixture
{
public:
    Fixture()
        : m_store(std::make_unique<MemoryBackend>(), &m_clock, PayloadStore::Budget())
        , m_hub(RelayConfig().replayDepth, [this](const QString &id) { return m_store.isAlive(id); })
    {
        FUZZ_CHECK(m_store.open(nullptr));
    }

    void run(const HttpRequest &request)
    {
        checkIds(request.path);
        const bool auth = !request.header("authorization").isNull();
        RelayRouter router(RelayConfig(), &m_store, &m_hub, &gate(auth), &m_clock);

        const bool isWebSocket = router.isWebSocketRequest(request);
        FUZZ_CHECK(isWebSocket ==
                   (request.method == "GET" && request.path.startsWith(QLatin1String("/ws/"))));
        if (!isWebSocket)
            return;

        if (auto refusal = router.checkUpgrade(request)) {
            const int s = refusal->status;
            FUZZ_CHECK(s == 400 || s == 401 || s == 403 || s == 426 || s == 503); // 503: hub at capacity
            FUZZ_CHECK(RelayFuzz::isWellFormedHead(refusal->serializeHead(false)));
        } else {
            accepted(request);
        }
        // The same request without the upgrade (or refused by the front) is answered by handle().
        const HttpResponse plain = router.handle(request);
        const int s = plain.status;
        FUZZ_CHECK(s == 400 || s == 401 || s == 403 || s == 426);
        FUZZ_CHECK(RelayFuzz::isWellFormedHead(plain.serializeHead(true)));
    }

private:
    void accepted(const HttpRequest &request)
    {
        FUZZ_CHECK(request.header("upgrade").toLower() == "websocket");
        const QString checkedChannel = request.path.mid(4);
        const QString checkedReplay = request.query.queryItemValue(QStringLiteral("replay"));

        // What RelayRouter::webSocketConnected() will subscribe the socket to.
        const QUrl url = handshakeUrl(request);
        const QString channel = url.path(QUrl::FullyDecoded).mid(4);
        const int replay = replayOf(QUrlQuery(url).queryItemValue(QStringLiteral("replay")));

        FUZZ_CHECK(!checkedChannel.isEmpty());
        FUZZ_CHECK(!channel.isEmpty());
        if (channel != checkedChannel) {
            std::fprintf(stderr, "checked channel \"%s\", subscribed to \"%s\"\n",
                         checkedChannel.toUtf8().toPercentEncoding().constData(),
                         channel.toUtf8().toPercentEncoding().constData());
        }
        FUZZ_CHECK(channel == checkedChannel);
        FUZZ_CHECK(replay == (checkedReplay.isNull() ? 0 : replayOf(checkedReplay)));

        // The channel as the hub holds it: pushes and publishes to it, then nothing left behind.
        const QString id = newPayloadId();
        FUZZ_CHECK(m_hub.publish(channel, QStringLiteral("{\"message\":1,\"ts\":0}")) == 0);
        FUZZ_CHECK(m_hub.broadcastPointer(channel, QStringLiteral("http://127.0.0.1/pull/") + id, id, 1) ==
                   0);
        FUZZ_CHECK(m_hub.subscriberCount(channel) == 0);
        m_hub.forget(channel, id);
    }

    void checkIds(const QString &path)
    {
        for (const QStringView segment : QStringView(path).split(QLatin1Char('/'))) {
            if (looksLikePayloadId(segment))
                FUZZ_CHECK(isCanonicalId(segment));
        }
    }

    FixedClock m_clock;
    PayloadStore m_store;
    ChannelHub m_hub;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    RelayFuzz::initialize();
    // Every id the relay makes passes its own check.
    for (int i = 0; i < 64; ++i)
        FUZZ_CHECK(isCanonicalId(newPayloadId()) && looksLikePayloadId(newPayloadId()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RelayFuzz::resetRandom();
    const auto *bytes = reinterpret_cast<const char *>(data);
    RequestParser parser(RequestParser::Limits{});
    {
        Fixture fixture;
        qsizetype offset = 0;
        const auto total = qsizetype(size);
        while (offset < total) {
            const auto step = parser.feed(bytes + offset, total - offset);
            offset += step.consumed;
            if (step.status == RequestParser::Status::Complete) {
                fixture.run(parser.takeRequest());
                continue;
            }
            if (step.status != RequestParser::Status::Incomplete || step.consumed == 0)
                break;
        }
    }
    RelayFuzz::drainEvents();
    return 0;
}
