// SPDX-License-Identifier: MIT
/* libFuzzer target for the HTTP front, without sockets: the bytes of one connection go through
 * RequestParser in pieces, as HttpConnection feeds it, and every complete request goes to the
 * RelayRouter a relay uses (SecurityGate, PayloadStore, ChannelHub), in order, until the connection
 * would be closed.
 *
 * Input: the bytes the client sends, optionally followed by "\n#~fuzz:" and a control block:
 *   byte 0     flags (see Flag)
 *   bytes 1..  the sizes of the pieces the bytes arrive in (0: all the rest); after the last, the rest
 * "$ID" in bytes not yet parsed is replaced by the id of the latest push, so pull, peek, raw and
 * delete reach a payload that exists. */
#include "fuzzsupport.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/relayevent.h"
#include "http/requestparser.h"
#include "pubsub/channelhub.h"
#include "relay/relayrouter.h"
#include "security/securitygate.h"
#include "store/memorybackend.h"
#include "store/payloadstore.h"
#include "store/storagebackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

using namespace Relay;

namespace {

constexpr quint16 kPort = 8787;
constexpr char kMarker[] = "\n#~fuzz:";
constexpr qsizetype kReadChunk = 1024 * 1024; // as HttpConnection reads a body

enum Flag : quint8
{
    AuthOn = 1,       //!< the relay has an API key ("fuzz-token")
    SmallLimits = 2,  //!< tiny payload, head, field and store limits: every cap is reachable
    MoveClock = 4,    //!< two minutes pass between requests: short TTLs expire
    Transactions = 8, //!< the store groups writes and commits them from the event loop (as with SQLite)
    FailCommits = 16, //!< ... and every commit fails
};

class FuzzClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1'700'000'000'000;
};

/*! MemoryBackend behind the transactional interface a durable backend has, so writes are grouped,
 *  responses wait for the commit and a failed commit is undone: the SQLite relay's paths, in memory. */
class TransactionalBackend final : public StorageBackend
{
public:
    explicit TransactionalBackend(bool failCommits)
        : m_failCommits(failCommits)
    {}
    bool open(QString *error) override { return m_memory.open(error); }
    void close() override { m_memory.close(); }
    QList<PayloadInfo> loadAll() override { return m_memory.loadAll(); }
    bool insert(PayloadInfo &info, const QByteArray &data, QString *error) override
    {
        return m_memory.insert(info, data, error);
    }
    std::optional<QByteArray> load(const PayloadInfo &info) override { return m_memory.load(info); }
    void remove(const QList<PayloadInfo> &payloads) override { m_memory.remove(payloads); }
    void updateReads(const PayloadInfo &info) override { m_memory.updateReads(info); }
    qint64 footprint() const override { return m_memory.footprint(); }
    bool commit() override { return !m_failCommits; }
    bool isDurable() const override { return true; }

private:
    MemoryBackend m_memory;
    bool m_failCommits;
};

struct Input
{
    QByteArray stream;
    quint8 flags = 0;
    QByteArray pieces;
};

Input split(const uint8_t *data, size_t size)
{
    Input in;
    const auto *begin = reinterpret_cast<const char *>(data);
    // memmem: libFuzzer watches its arguments and learns the marker from them.
    const void *found = size ? memmem(begin, size, kMarker, sizeof kMarker - 1) : nullptr;
    if (!found) {
        in.stream = QByteArray(begin, qsizetype(size));
        return in;
    }
    const auto at = qsizetype(static_cast<const char *>(found) - begin);
    in.stream = QByteArray(begin, at);
    const QByteArray control(begin + at + qsizetype(sizeof kMarker - 1),
                             qsizetype(size) - at - qsizetype(sizeof kMarker - 1));
    if (!control.isEmpty()) {
        in.flags = quint8(control.at(0));
        in.pieces = control.mid(1);
    }
    return in;
}

//! The path segment after a route prefix, up to the next slash, as the router takes it.
QString segmentAfter(const QString &path, qsizetype prefix)
{
    const QString rest = path.mid(prefix);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? rest : rest.left(slash);
}

//! One connection's worth of relay: built fresh for every input, so every input replays alike.
class RelayUnderTest
{
public:
    explicit RelayUnderTest(quint8 flags)
        : m_flags(flags)
    {
        if (flags & SmallLimits) {
            m_config.maxPayloadBytes = 64;
            m_config.maxHeadBytes = 512;
            m_config.maxHeaderFields = 8;
            m_config.memoryBudgetBytes = 200;
        }
        PayloadStore::Budget budget;
        budget.maxBytes = m_config.memoryBudgetBytes;
        budget.envelopeCacheBytes = (flags & SmallLimits) ? 256 : budget.envelopeCacheBytes;
        std::unique_ptr<StorageBackend> backend;
        if (flags & Transactions)
            backend = std::make_unique<TransactionalBackend>((flags & FailCommits) != 0);
        else
            backend = std::make_unique<MemoryBackend>();
        m_store = std::make_unique<PayloadStore>(std::move(backend), &m_clock, budget);
        FUZZ_CHECK(m_store->open(nullptr));
        m_hub = std::make_unique<ChannelHub>(m_config.replayDepth,
                                             [this](const QString &id) { return m_store->isAlive(id); });
        // As RelayServer wires them: a payload that goes away is no longer replayed.
        QObject::connect(m_store.get(), &PayloadStore::expired, m_hub.get(),
                         [this](const QList<PayloadInfo> &gone) {
                             for (const PayloadInfo &p : gone)
                                 m_hub->forget(p.channel, p.id);
                         });
        QObject::connect(m_store.get(), &PayloadStore::removed, m_hub.get(),
                         [this](const PayloadInfo &p) { m_hub->forget(p.channel, p.id); });
        m_router = std::make_unique<RelayRouter>(m_config, m_store.get(), m_hub.get(), gate(flags & AuthOn),
                                                 &m_clock);
        QObject::connect(m_router.get(), &RelayRouter::event, m_router.get(), [](const RelayEvent &e) {
            FUZZ_CHECK((e.type == RelayEvent::Type::Rejected) == (e.status != 0));
            FUZZ_CHECK(e.type != RelayEvent::Type::Rejected || e.status >= 400);
        });
    }

    ~RelayUnderTest()
    {
        m_router.reset();
        m_hub.reset();
        m_store.reset();
        RelayFuzz::drainEvents();
    }

    RequestParser::Limits parserLimits() const
    {
        RequestParser::Limits limits;
        limits.maxHeadBytes = m_config.maxHeadBytes;
        limits.maxHeaderFields = m_config.maxHeaderFields;
        limits.maxBodyBytes = m_config.maxPayloadBytes;
        return limits;
    }

    RelayRouter &router() { return *m_router; }

    //! Answers one complete request as HttpConnection::process() does; false when the connection closes.
    bool serve(const HttpRequest &request, QString *pushedId)
    {
        if (request.upgrade && m_router->isWebSocketRequest(request)) {
            if (auto refusal = m_router->checkUpgrade(request)) {
                FUZZ_CHECK(refusal->status >= 400);
                refusal->closeConnection = true;
                send(*refusal, false);
            }
            // Accepted: the socket now belongs to the WebSocket server (fuzz_websocket goes on from here).
            return false;
        }

        // What a read route should hand out, looked at before the read counts.
        std::optional<QByteArray> stored;
        const bool isPull = request.method == "GET" && request.path.startsWith(QLatin1String("/pull/"));
        const bool isRaw = request.method == "GET" && request.path.startsWith(QLatin1String("/raw/"));
        if (isPull || isRaw)
            stored = m_store->peekBytes(segmentAfter(request.path, isPull ? 6 : 5),
                                        std::numeric_limits<qint64>::max());

        HttpResponse response = m_router->handle(request);
        response.headOnly = request.method == "HEAD";
        if (response.awaitDurable && m_router->hasPendingWrites()) {
            // HttpConnection::holdUntilDurable: the commit runs from the event loop.
            std::optional<bool> durable;
            QObject context;
            m_router->whenDurable(&context, [&durable](bool ok) { durable = ok; });
            for (int i = 0; i < 8 && !durable; ++i)
                QCoreApplication::processEvents();
            FUZZ_CHECK(durable.has_value());
            if (!*durable)
                response = HttpResponse::error(500, QStringLiteral("not durable"));
        }
        check(request, response, stored, pushedId);
        const bool keep = send(response, request.keepAlive);

        m_clock.advance((m_flags & MoveClock) ? 120'000 : 1'000);
        if (m_flags & MoveClock)
            m_store->expireDue(); // the expiry timer runs on real time; the clock here is fake
        return keep;
    }

private:
    static const SecurityGate *gate(bool auth)
    {
        static const SecurityGate *open = [] {
            auto *g = new SecurityGate({}, {}, {});
            g->setPort(kPort);
            return g;
        }();
        static const SecurityGate *locked = [] {
            auto *g = new SecurityGate({}, {}, {QStringLiteral("fuzz-token")});
            g->setPort(kPort);
            return g;
        }();
        return auth ? locked : open;
    }

    bool send(const HttpResponse &response, bool keepAlive)
    {
        const bool keep = keepAlive && !response.closeConnection;
        FUZZ_CHECK(reasonPhrase(response.status) != "Unknown");
        const QByteArray head = response.serializeHead(keep);
        if (!RelayFuzz::isWellFormedHead(head))
            std::fprintf(stderr, "response head: %s\n", head.toPercentEncoding(" :/;=,").constData());
        FUZZ_CHECK(RelayFuzz::isWellFormedHead(head));
        return keep;
    }

    void check(const HttpRequest &request, const HttpResponse &response,
               const std::optional<QByteArray> &stored, QString *pushedId)
    {
        const int status = response.status;
        // 500 only when the store failed us; 507 only when it is full (the small budget).
        FUZZ_CHECK(status != 500 || (m_flags & FailCommits));
        FUZZ_CHECK(status != 507 || (m_flags & SmallLimits));
        if (response.contentType == "application/json")
            FUZZ_CHECK(RelayFuzz::isJson(response.body, false));
        if (status != 200 && status != 204)
            return;

        const QString &path = request.path;
        if (request.method == "POST" && path == QLatin1String("/push")) {
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            const QString id = o.value(QLatin1String("id")).toString();
            FUZZ_CHECK(looksLikePayloadId(id));
            FUZZ_CHECK(o.value(QLatin1String("url")).toString().endsWith(QLatin1String("/pull/") + id));
            FUZZ_CHECK(m_store->isAlive(id));
            const std::optional<QByteArray> bytes =
                m_store->peekBytes(id, std::numeric_limits<qint64>::max());
            FUZZ_CHECK(bytes.has_value());
            FUZZ_CHECK(o.value(QLatin1String("size")).toDouble() == double(bytes->size()));
            FUZZ_CHECK(bytes->size() <= m_config.maxPayloadBytes);
            if (!request.header("content-type").toLower().contains("application/json"))
                FUZZ_CHECK(*bytes == request.body); // a raw push stores the body as it came
            *pushedId = id;
        } else if (request.method == "GET" && path.startsWith(QLatin1String("/pull/"))) {
            // The envelope carries exactly the stored bytes: as a JSON string, or base64 when binary.
            FUZZ_CHECK(stored.has_value());
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            FUZZ_CHECK(o.value(QLatin1String("data")).isString());
            FUZZ_CHECK(o.value(QLatin1String("metadata")).isObject());
            const QByteArray data = o.value(QLatin1String("data")).toString().toUtf8();
            if (o.contains(QLatin1String("encoding"))) {
                FUZZ_CHECK(o.value(QLatin1String("encoding")).toString() == QLatin1String("base64"));
                const auto decoded =
                    QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
                FUZZ_CHECK(decoded && decoded.decoded == *stored);
            } else {
                FUZZ_CHECK(data == *stored);
            }
        } else if (request.method == "GET" && path.startsWith(QLatin1String("/raw/"))) {
            FUZZ_CHECK(stored.has_value() && response.body == *stored);
        } else if (request.method == "GET" && path.startsWith(QLatin1String("/peek/"))) {
            FUZZ_CHECK(RelayFuzz::isJson(response.body, true));
        } else if (request.method == "DELETE" && path.startsWith(QLatin1String("/pull/"))) {
            FUZZ_CHECK(status == 204 && !m_store->isAlive(segmentAfter(path, 6)));
        } else if (request.method == "GET" && path == QLatin1String("/stats")) {
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            FUZZ_CHECK(o.value(QLatin1String("payloads")).toInt(-1) == m_store->count());
        }
    }

    quint8 m_flags;
    RelayConfig m_config;
    FuzzClock m_clock;
    std::unique_ptr<PayloadStore> m_store;
    std::unique_ptr<ChannelHub> m_hub;
    std::unique_ptr<RelayRouter> m_router;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    RelayFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RelayFuzz::resetRandom();
    Input in = split(data, size);
    RelayUnderTest relay(in.flags);
    RequestParser parser(relay.parserLimits());
    RelayRouter *router = &relay.router();
    parser.setBodyLimitPolicy([router](const HttpRequest &head) { return router->bodyLimit(head); });

    QByteArray pending = std::move(in.stream); // not arrived yet
    QByteArray buffer;                         // arrived, not parsed yet
    qsizetype piece = 0;
    bool open = true;
    while (open && !pending.isEmpty()) {
        const qsizetype n = piece < in.pieces.size() && quint8(in.pieces.at(piece)) != 0
                                ? qMin<qsizetype>(quint8(in.pieces.at(piece)), pending.size())
                                : pending.size();
        ++piece;
        buffer += pending.left(n);
        pending.remove(0, n);

        // HttpConnection::process(): parse what is there, answer each complete request in order.
        while (open && !buffer.isEmpty()) {
            const qsizetype cap =
                parser.headComplete() ? kReadChunk : relay.parserLimits().maxHeadBytes + 4096;
            const auto step = parser.feed(buffer.constData(), qMin(buffer.size(), cap));
            FUZZ_CHECK(step.consumed >= 0 && step.consumed <= qMin(buffer.size(), cap));
            buffer.remove(0, step.consumed);
            if (step.status == RequestParser::Status::Incomplete) {
                if (step.consumed == 0)
                    break;
                continue;
            }
            if (step.status != RequestParser::Status::Complete) {
                FUZZ_CHECK(!parser.errorString().isEmpty());
                router->frontRejected(400, parser.errorString());
                open = false;
                break;
            }
            const HttpRequest request = parser.takeRequest();
            FUZZ_CHECK(parser.isIdle());
            QString pushedId;
            open = relay.serve(request, &pushedId);
            if (!pushedId.isEmpty()) {
                buffer.replace("$ID", pushedId.toLatin1());
                pending.replace("$ID", pushedId.toLatin1());
            }
        }
    }
    return 0;
}
