// SPDX-License-Identifier: MIT
// The whole relay over real loopback sockets: every row of PROTOCOL.md, byte for byte where it matters.
// HTTP goes through a raw QTcpSocket so that the test controls every byte sent and sees every byte
// received; subscriptions use QWebSocket. Waiting is event-driven (QTest::qWaitFor / QTRY_*), never a sleep.
#include "fakeclock.h"

#include "core/clock.h"
#include "core/relayconfig.h"
#include "pubsub/channelhub.h"
#include "relay/relayserver.h"
#include "store/payloadstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

using namespace Relay;

namespace {

constexpr int kTimeoutMs = 5000;
const QByteArray kHealthBody = QByteArrayLiteral("ContextRelay API is running.");
const QByteArray kContextNotFound = QByteArrayLiteral("Context not found or expired");
const QByteArray kNotFound = QByteArrayLiteral("Not found");
const QByteArray kMissingBody = QByteArrayLiteral("Missing body");
const QByteArray kInvalidJson = QByteArrayLiteral("Invalid JSON body");
const QByteArray kMustIncludeData = QByteArrayLiteral("JSON body must include \"data\" as a string");
const QByteArray kJsonType = QByteArrayLiteral("Content-Type: application/json\r\n");

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

//! One HTTP response as received.
struct Reply
{
    int status = 0;
    QByteArray head;
    //! Names lower-cased, values trimmed, in the order received.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return QByteArray();
    }
    int headerCount(const QByteArray &lowerName) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first == lowerName ? 1 : 0;
        return n;
    }
    //! The media type of Content-Type without its parameters, lower-cased.
    QByteArray mediaType() const { return header("content-type").split(';').first().trimmed().toLower(); }
    bool isJsonObject() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError && doc.isObject();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    //! A JSON error body: {"error": "<non-empty text>"}.
    bool isJsonError() const
    {
        return mediaType() == "application/json" && isJsonObject() &&
               !json().value(QLatin1String("error")).toString().isEmpty();
    }
};

/*! Takes one complete response off the front of \a buffer, or nothing while it is incomplete.
 *  A response without Content-Length is complete when the peer closed (or has no body by status). */
std::optional<Reply> takeReply(QByteArray &buffer, bool closed)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    Reply r;
    r.head = buffer.left(headEnd);
    const QList<QByteArray> lines = r.head.split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.first().startsWith("HTTP/1.") ? statusLine.value(1).toInt() : -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headEnd + 4;
    qint64 length = 0;
    if (r.headerCount("content-length") == 1)
        length = r.header("content-length").toLongLong();
    else if (r.status / 100 == 1 || r.status == 204 || r.status == 304)
        length = 0;
    else if (closed)
        length = buffer.size() - bodyStart;
    else
        return std::nullopt;
    if (buffer.size() - bodyStart < length)
        return std::nullopt;
    r.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    return r;
}

//! A raw HTTP client: the test writes exact bytes and reads responses one by one.
class RawClient
{
public:
    RawClient()
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { buffer += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] {
            if (socket.isOpen())
                buffer += socket.readAll();
            closed = true;
        });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                         [this](QAbstractSocket::SocketError) { failed = true; });
    }

    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        // A refused connection ends the wait at once (errorOccurred), a granted one on ConnectedState.
        (void)QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState || failed; },
                              kTimeoutMs);
        return socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QByteArray &bytes)
    {
        sent += bytes.size();
        socket.write(bytes);
    }
    //! The next complete response, or nothing after \a timeoutMs.
    std::optional<Reply> next(int timeoutMs = kTimeoutMs)
    {
        std::optional<Reply> reply;
        (void)QTest::qWaitFor(
            [&] {
                reply = takeReply(buffer, closed);
                return reply.has_value();
            },
            timeoutMs);
        return reply;
    }
    bool waitClosed(int timeoutMs = kTimeoutMs)
    {
        return QTest::qWaitFor(
            [this] { return closed || socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QByteArray buffer;
    qint64 sent = 0;
    bool closed = false;
    bool failed = false;
    // Declared last, so it is destroyed first while the fields its slots write to still exist.
    QTcpSocket socket;
};

//! A WebSocket subscriber that records what it receives.
class Subscriber
{
public:
    explicit Subscriber(const QString &origin = QString())
        : socket(origin)
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QWebSocket::connected, &socket, [this] { connected = true; });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { disconnected = true; });
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) { messages.append(message); });
    }

    QStringList messages;
    bool connected = false;
    bool disconnected = false;
    QWebSocket socket; // last: destroyed first
};

QJsonObject messageObject(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray upgradeHeaders()
{
    return QByteArrayLiteral("Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n");
}

QString randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestRelayServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // Routes
    void healthCheck();
    void defaultsAreLoopbackOnly();
    void pushJsonResponse();
    void pushJsonContentTypes_data();
    void pushJsonContentTypes();
    void pushRejects_data();
    void pushRejects();
    void pushChannel_data();
    void pushChannel();
    void pushMetadata_data();
    void pushMetadata();
    void pushTtl_data();
    void pushTtl();
    void pushMaxReadsRejects_data();
    void pushMaxReadsRejects();
    void maxReadsBurnAfterReading();
    void pullEnvelopeExactBytes();
    void pullNotFound_data();
    void pullNotFound();
    void peekReturnsMetadataWithoutCountingRead();
    void rawPushWithQueryParameters();
    void rawPushWithoutContentType();
    void binaryPushPullsAsBase64();
    void notFoundRoutes_data();
    void notFoundRoutes();
    void nonStandardMethodIs501();
    void headResponseHasNoBody();
    void deleteRemovesPayloadAndReplay();
    void statsKeys();

    // WebSocket and publish
    void webSocketRefusals_data();
    void webSocketRefusals();
    void subscribeReceivesPointer();
    void subscribeReplay();
    void webSocketIgnoresClientFramesAndAnswersPing();
    void publishDeliversMessage();

    // Security
    void hostPolicy_data();
    void hostPolicy();
    void originPolicy_data();
    void originPolicy();
    void webSocketOriginPolicy();
    void apiKeys_data();
    void apiKeys();
    void apiKeysWebSocket();

    // Limits and robustness
    void limits_data();
    void limits();
    void bodyOverCapRefusedFromContentLength();
    void payloadAtCapRoundTrips();
    void chunkedPush();
    void keepAlive();
    void pipelining();
    void slowClientGets408WhileOthersAreServed();
    void subscriberDisconnectDuringBroadcast();
    void hundredSubscribers();
    void badRequestLeavesOthersIntact();
    void storeFullIs507();
    void listenTwiceFails();
    void shutdownClosesSubscribers();

private:
    static RelayConfig baseConfig();
    bool startRelay(const RelayConfig &config = baseConfig(), Clock *clock = nullptr);
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(m_port); }
    QString pointerUrl(const QString &id) const
    {
        return QStringLiteral("http://127.0.0.1:%1/pull/%2").arg(m_port).arg(id);
    }
    QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                       const QByteArray &headers = {}) const;
    std::optional<Reply> exchange(const QByteArray &bytes) const;
    std::optional<Reply> get(const QByteArray &target) const { return exchange(request("GET", target)); }
    std::optional<Reply> pushJson(const QByteArray &json, const QByteArray &headers = {}) const
    {
        return exchange(request("POST", "/push", json, kJsonType + headers));
    }
    //! Pushes and returns the id, or an empty string (with a warning) when the push failed.
    QString pushId(const QByteArray &json) const;
    //! Opens a subscription to ws://127.0.0.1:<port>/ws/<pathAndQuery> and waits for the handshake to end.
    std::unique_ptr<Subscriber> subscribe(const QString &pathAndQuery, const QString &origin = QString(),
                                          const QByteArray &authorization = QByteArray()) const;

    std::unique_ptr<RelayServer> m_relay;
    quint16 m_port = 0;
};

RelayConfig TestRelayServer::baseConfig()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return config;
}

bool TestRelayServer::startRelay(const RelayConfig &config, Clock *clock)
{
    m_relay.reset();
    m_port = 0;
    auto relay = std::make_unique<RelayServer>(config, clock);
    if (!relay->start()) {
        qWarning() << "relay did not start:" << relay->errorString();
        return false;
    }
    m_port = relay->serverPort();
    m_relay = std::move(relay);
    return m_port != 0;
}

QByteArray TestRelayServer::request(const QByteArray &method, const QByteArray &target,
                                    const QByteArray &body, const QByteArray &headers) const
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n" + headers;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

std::optional<Reply> TestRelayServer::exchange(const QByteArray &bytes) const
{
    RawClient client;
    if (!client.open(m_port))
        return std::nullopt;
    client.send(bytes);
    return client.next();
}

QString TestRelayServer::pushId(const QByteArray &json) const
{
    const auto r = pushJson(json);
    if (!r || r->status != 200) {
        qWarning() << "push failed:" << (r ? r->status : 0) << (r ? r->body : QByteArray());
        return QString();
    }
    return r->json().value(QLatin1String("id")).toString();
}

std::unique_ptr<Subscriber> TestRelayServer::subscribe(const QString &pathAndQuery, const QString &origin,
                                                       const QByteArray &authorization) const
{
    auto sub = std::make_unique<Subscriber>(origin);
    QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/%2").arg(m_port).arg(pathAndQuery)));
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    sub->socket.open(req);
    (void)QTest::qWaitFor([&] { return sub->connected || sub->disconnected; }, kTimeoutMs);
    return sub;
}

void TestRelayServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRelayServer::cleanup()
{
    m_relay.reset();
    m_port = 0;
}

// ---------------------------------------------------------------------------------------------
// Routes

void TestRelayServer::healthCheck()
{
    QVERIFY(startRelay());
    const auto r = get("/");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->mediaType(), QByteArray("text/plain"));
    QCOMPARE(r->body, kHealthBody);
}

void TestRelayServer::defaultsAreLoopbackOnly()
{
    const RelayConfig defaults;
    QCOMPARE(defaults.port, quint16(8787));
    QVERIFY(defaults.listenAddresses.isEmpty());
    QCOMPARE(defaults.maxPayloadBytes, qint64(26214400));
    QCOMPARE(defaults.defaultTtlSeconds, qint64(86400));
    QCOMPARE(defaults.minTtlSeconds, qint64(60));
    QCOMPARE(defaults.maxTtlSeconds, qint64(604800));
    QVERIFY(defaults.apiTokens.isEmpty());

    // No listen address configured: loopback.
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    RelayServer relay(config);
    QVERIFY2(relay.start(), qPrintable(relay.errorString()));
    QVERIFY2(relay.baseUrl().startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(relay.baseUrl()));
    QCOMPARE(relay.baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(relay.serverPort()));

    // Another interface without API keys is refused before anything listens.
    RelayConfig exposed = config;
    exposed.listenAddresses = {QHostAddress(QHostAddress::AnyIPv4)};
    RelayServer refused(exposed);
    QVERIFY(!refused.start());
    QVERIFY(!refused.errorString().isEmpty());
    QCOMPARE(refused.serverPort(), quint16(0));
}

void TestRelayServer::pushJsonResponse()
{
    QVERIFY(startRelay());
    const qint64 before = wallMs();
    const auto r = pushJson(R"({"data":"hello"})");
    const qint64 after = wallMs();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->mediaType(), QByteArray("application/json"));
    QVERIFY2(r->isJsonObject(), r->body.constData());

    // url, id, channel first and in that order; only expires_at and size may follow.
    static const QRegularExpression order(QStringLiteral(
        R"(^\{\s*"url"\s*:\s*"[^"]*"\s*,\s*"id"\s*:\s*"[^"]*"\s*,\s*"channel"\s*:\s*null\s*[,}])"));
    QVERIFY2(order.match(QString::fromUtf8(r->body)).hasMatch(), r->body.constData());
    const QJsonObject o = r->json();
    QStringList keys = o.keys();
    for (const QString &allowed : {QStringLiteral("url"), QStringLiteral("id"), QStringLiteral("channel"),
                                   QStringLiteral("expires_at"), QStringLiteral("size")})
        keys.removeAll(allowed);
    QVERIFY2(keys.isEmpty(), qPrintable(keys.join(QLatin1Char(','))));

    const QString id = o.value(QLatin1String("id")).toString();
    static const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuidV4.match(id).hasMatch(), qPrintable(id));
    QCOMPARE(o.value(QLatin1String("url")).toString(), pointerUrl(id));
    QVERIFY(o.value(QLatin1String("channel")).isNull());

    // Extensions: default ttl of one day, size in bytes.
    const QJsonValue expiresAt = o.value(QLatin1String("expires_at"));
    QVERIFY(isWholeNumber(expiresAt));
    QVERIFY(expiresAt.toInteger() >= before + 86400 * 1000);
    QVERIFY(expiresAt.toInteger() <= after + 86400 * 1000);
    QCOMPARE(o.value(QLatin1String("size")).toInteger(), 5);

    // Every push gets its own id.
    const QString second = pushId(R"({"data":"hello"})");
    QVERIFY(uuidV4.match(second).hasMatch());
    QVERIFY(second != id);
}

void TestRelayServer::pushJsonContentTypes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("application/json") << QByteArray("application/json");
    QTest::newRow("charset=utf-8") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("charset=UTF-8, no space") << QByteArray("application/json;charset=UTF-8");
}

void TestRelayServer::pushJsonContentTypes()
{
    QFETCH(QByteArray, contentType);
    QVERIFY(startRelay());
    const auto r = exchange(request("POST", "/push", R"({"data":"typed","metadata":{"m":1}})",
                                    "Content-Type: " + contentType + "\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QString id = r->json().value(QLatin1String("id")).toString();
    // Parsed as JSON, not stored as raw text.
    const auto pulled = get("/pull/" + id.toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->body, QByteArray(R"({"data":"typed","metadata":{"m":1}})"));
}

void TestRelayServer::pushRejects_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray json("application/json");
    QTest::newRow("empty json body") << json << QByteArray() << kMissingBody;
    QTest::newRow("empty text body") << QByteArray("text/plain") << QByteArray() << kMissingBody;
    QTest::newRow("empty body, no content type") << QByteArray() << QByteArray() << kMissingBody;
    QTest::newRow("truncated json") << json << QByteArray(R"({"data":)") << kInvalidJson;
    QTest::newRow("not json") << json << QByteArray("hello") << kInvalidJson;
    QTest::newRow("whitespace only") << json << QByteArray("  \n ") << kInvalidJson;
    QTest::newRow("trailing garbage") << json << QByteArray(R"({"data":"x"} x)") << kInvalidJson;
    QTest::newRow("no data") << json << QByteArray(R"({"channel":"c"})") << kMustIncludeData;
    QTest::newRow("data number") << json << QByteArray(R"({"data":42})") << kMustIncludeData;
    QTest::newRow("data null") << json << QByteArray(R"({"data":null})") << kMustIncludeData;
    QTest::newRow("data bool") << json << QByteArray(R"({"data":true})") << kMustIncludeData;
    QTest::newRow("data object") << json << QByteArray(R"({"data":{"a":"b"}})") << kMustIncludeData;
    QTest::newRow("data array") << json << QByteArray(R"({"data":["a"]})") << kMustIncludeData;
    QTest::newRow("top-level array") << json << QByteArray(R"(["data"])") << kMustIncludeData;
    // Valid JSON texts that are not objects: the Worker parses them, then finds no "data".
    QTest::newRow("top-level string") << json << QByteArray(R"("data")") << kMustIncludeData;
    QTest::newRow("top-level number") << json << QByteArray("42") << kMustIncludeData;
    QTest::newRow("data empty string") << json << QByteArray(R"({"data":""})") << kMissingBody;
    QTest::newRow("charset variant, data number")
        << QByteArray("application/json; charset=utf-8") << QByteArray(R"({"data":1})") << kMustIncludeData;
}

void TestRelayServer::pushRejects()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QVERIFY(startRelay());
    const QByteArray headers = contentType.isEmpty() ? QByteArray() : "Content-Type: " + contentType + "\r\n";
    const auto r = exchange(request("POST", "/push", body, headers));
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QCOMPARE(r->body, expected);
    QCOMPARE(r->mediaType(), QByteArray("text/plain"));
    QCOMPARE(m_relay->store()->count(), 0);
}

void TestRelayServer::pushChannel_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QString>("expected"); // null: the response says "channel": null

    QTest::newRow("absent") << QByteArray() << QString();
    QTest::newRow("empty string") << QByteArray(R"(,"channel":"")") << QString();
    QTest::newRow("number") << QByteArray(R"(,"channel":5)") << QString();
    QTest::newRow("null") << QByteArray(R"(,"channel":null)") << QString();
    QTest::newRow("array") << QByteArray(R"(,"channel":["news"])") << QString();
    QTest::newRow("object") << QByteArray(R"(,"channel":{"name":"news"})") << QString();
    QTest::newRow("bool") << QByteArray(R"(,"channel":true)") << QString();
    QTest::newRow("string") << QByteArray(R"(,"channel":"news")") << QStringLiteral("news");
    QTest::newRow("non-ascii string")
        << QByteArray(R"(,"channel":"nachrichten-ü")") << QStringLiteral("nachrichten-\u00fc");
}

void TestRelayServer::pushChannel()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, expected);
    QVERIFY(startRelay());
    const auto r = pushJson(R"({"data":"x")" + member + "}");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QJsonObject o = r->json();
    QVERIFY(o.contains(QLatin1String("channel")));
    if (expected.isNull())
        QVERIFY2(o.value(QLatin1String("channel")).isNull(), r->body.constData());
    else
        QCOMPARE(o.value(QLatin1String("channel")).toString(), expected);
}

void TestRelayServer::pushMetadata_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QByteArray>("expected"); // compact JSON

    QTest::newRow("absent") << QByteArray() << QByteArray("{}");
    QTest::newRow("object") << QByteArray(R"(,"metadata":{"a":1,"nested":{"b":[1,2]},"s":"t"})")
                            << QByteArray(R"({"a":1,"nested":{"b":[1,2]},"s":"t"})");
    QTest::newRow("empty object") << QByteArray(R"(,"metadata":{})") << QByteArray("{}");
    QTest::newRow("array") << QByteArray(R"(,"metadata":[1,2])") << QByteArray("{}");
    QTest::newRow("array of objects") << QByteArray(R"(,"metadata":[{"a":1}])") << QByteArray("{}");
    QTest::newRow("string") << QByteArray(R"(,"metadata":"text")") << QByteArray("{}");
    QTest::newRow("number") << QByteArray(R"(,"metadata":5)") << QByteArray("{}");
    QTest::newRow("null") << QByteArray(R"(,"metadata":null)") << QByteArray("{}");
}

void TestRelayServer::pushMetadata()
{
    QFETCH(QByteArray, member);
    QFETCH(QByteArray, expected);
    QVERIFY(startRelay());
    const QString id = pushId(R"({"data":"x")" + member + "}");
    QVERIFY(!id.isEmpty());

    const auto peeked = get("/peek/" + id.toUtf8());
    QVERIFY(peeked);
    QCOMPARE(peeked->status, 200);
    QCOMPARE(QJsonDocument::fromJson(peeked->body).object(), QJsonDocument::fromJson(expected).object());
    QVERIFY(peeked->isJsonObject());

    const auto pulled = get("/pull/" + id.toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->body, QByteArray(R"({"data":"x","metadata":)" + expected + "}"));
}

void TestRelayServer::pushTtl_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QByteArray>("ttl");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("json 59") << false << QByteArray("59") << 400 << qint64(0);
    QTest::newRow("json 604801") << false << QByteArray("604801") << 400 << qint64(0);
    QTest::newRow("json 1.5") << false << QByteArray("1.5") << 400 << qint64(0);
    QTest::newRow("json 60.5") << false << QByteArray("60.5") << 400 << qint64(0);
    QTest::newRow("json \"x\"") << false << QByteArray(R"("x")") << 400 << qint64(0);
    QTest::newRow("json \"120\"") << false << QByteArray(R"("120")") << 400 << qint64(0);
    QTest::newRow("json -60") << false << QByteArray("-60") << 400 << qint64(0);
    QTest::newRow("json 60") << false << QByteArray("60") << 200 << qint64(60);
    QTest::newRow("json 3600") << false << QByteArray("3600") << 200 << qint64(3600);
    QTest::newRow("json 604800") << false << QByteArray("604800") << 200 << qint64(604800);
    QTest::newRow("raw 59") << true << QByteArray("59") << 400 << qint64(0);
    QTest::newRow("raw 604801") << true << QByteArray("604801") << 400 << qint64(0);
    QTest::newRow("raw 1.5") << true << QByteArray("1.5") << 400 << qint64(0);
    QTest::newRow("raw x") << true << QByteArray("x") << 400 << qint64(0);
    QTest::newRow("raw 60") << true << QByteArray("60") << 200 << qint64(60);
    QTest::newRow("raw 604800") << true << QByteArray("604800") << 200 << qint64(604800);
}

void TestRelayServer::pushTtl()
{
    QFETCH(bool, raw);
    QFETCH(QByteArray, ttl);
    QFETCH(int, status);
    QFETCH(qint64, seconds);
    QVERIFY(startRelay());

    const qint64 before = wallMs();
    const auto r =
        raw ? exchange(request("POST", "/push?ttl=" + ttl, "raw payload", "Content-Type: text/plain\r\n"))
            : pushJson(R"({"data":"x","ttl":)" + ttl + "}");
    const qint64 after = wallMs();
    QVERIFY(r);
    QCOMPARE(r->status, status);
    if (status != 200) {
        QVERIFY2(r->body.contains("ttl"), r->body.constData());
        QCOMPARE(m_relay->store()->count(), 0);
        return;
    }
    const qint64 expiresAt = r->json().value(QLatin1String("expires_at")).toInteger();
    QVERIFY2(expiresAt >= before + seconds * 1000, r->body.constData());
    QVERIFY2(expiresAt <= after + seconds * 1000, r->body.constData());
}

void TestRelayServer::pushMaxReadsRejects_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QByteArray>("maxReads");

    QTest::newRow("json 0") << false << QByteArray("0");
    QTest::newRow("json -1") << false << QByteArray("-1");
    QTest::newRow("json 1.5") << false << QByteArray("1.5");
    QTest::newRow("json \"x\"") << false << QByteArray(R"("x")");
    QTest::newRow("json array") << false << QByteArray("[1]");
    QTest::newRow("raw 0") << true << QByteArray("0");
    QTest::newRow("raw x") << true << QByteArray("x");
}

void TestRelayServer::pushMaxReadsRejects()
{
    QFETCH(bool, raw);
    QFETCH(QByteArray, maxReads);
    QVERIFY(startRelay());
    const auto r = raw ? exchange(request("POST", "/push?max_reads=" + maxReads, "raw payload",
                                          "Content-Type: text/plain\r\n"))
                       : pushJson(R"({"data":"x","max_reads":)" + maxReads + "}");
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QVERIFY2(r->body.contains("max_reads"), r->body.constData());
    QCOMPARE(m_relay->store()->count(), 0);
}

void TestRelayServer::maxReadsBurnAfterReading()
{
    QVERIFY(startRelay());

    const QString twice = pushId(R"({"data":"secret","max_reads":2})");
    QVERIFY(!twice.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const auto r = get("/pull/" + twice.toUtf8());
        QVERIFY(r);
        QCOMPARE(r->status, 200); // the pull that reaches max_reads still succeeds
        QCOMPARE(r->body, QByteArray(R"({"data":"secret","metadata":{}})"));
    }
    for (const QByteArray &route : {QByteArray("/pull/"), QByteArray("/peek/"), QByteArray("/raw/")}) {
        const auto r = get(route + twice.toUtf8());
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        QCOMPARE(r->body, kContextNotFound);
    }

    const QString once = pushId(R"({"data":"once","max_reads":1})");
    QVERIFY(!once.isEmpty());
    auto r = get("/pull/" + once.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    r = get("/pull/" + once.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kContextNotFound);

    // Without max_reads: unlimited.
    const QString unlimited = pushId(R"({"data":"many"})");
    for (int i = 0; i < 5; ++i) {
        r = get("/pull/" + unlimited.toUtf8());
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    QCOMPARE(m_relay->store()->count(), 1);
}

void TestRelayServer::pullEnvelopeExactBytes()
{
    QVERIFY(startRelay());
    // Escapes as JSON.stringify writes them: quote, backslash, \t, \n, \u001f; '/' and non-ASCII as they are.
    const QByteArray body = "{\"data\":\"Grüße \\\"q\\\" \\\\ / tab\\tline\\nnext\\u001f ✓\","
                            "\"metadata\":{\"a\":1,\"b\":\"x\",\"c\":[true,null,1.5]}}";
    const auto pushed = pushJson(body);
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    const QJsonObject o = pushed->json();
    // size counts the bytes of the decoded string, in UTF-8.
    QCOMPARE(
        o.value(QLatin1String("size")).toInteger(),
        qint64(
            QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toString().toUtf8().size()));
    const QByteArray id = o.value(QLatin1String("id")).toString().toUtf8();

    const auto r = get("/pull/" + id);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("content-type"), QByteArray("text/plain; charset=utf-8"));
    // The envelope is {"data":…,"metadata":…} in that order, compact: here exactly the pushed body.
    QCOMPARE(r->body, body);

    const QString plain = pushId(R"({"data":"plain"})");
    const auto p = get("/pull/" + plain.toUtf8());
    QVERIFY(p);
    QCOMPARE(p->body, QByteArray(R"({"data":"plain","metadata":{}})"));
    QCOMPARE(p->header("content-type"), QByteArray("text/plain; charset=utf-8"));
}

void TestRelayServer::pullNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");

    const QByteArray unknown = randomId().toUtf8();
    QTest::newRow("pull unknown id") << QByteArray("GET") << QByteArray("/pull/" + unknown);
    QTest::newRow("pull junk id") << QByteArray("GET") << QByteArray("/pull/not-an-id");
    QTest::newRow("peek unknown id") << QByteArray("GET") << QByteArray("/peek/" + unknown);
    QTest::newRow("raw unknown id") << QByteArray("GET") << QByteArray("/raw/" + unknown);
    QTest::newRow("delete unknown id") << QByteArray("DELETE") << QByteArray("/pull/" + unknown);
}

void TestRelayServer::pullNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QVERIFY(startRelay());
    QVERIFY(!pushId(R"({"data":"other"})").isEmpty());
    const auto r = exchange(request(method, target));
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kContextNotFound);
}

void TestRelayServer::peekReturnsMetadataWithoutCountingRead()
{
    QVERIFY(startRelay());
    const QString id = pushId(R"({"data":"payload text","metadata":{"kind":"notes","n":3},"max_reads":1})");
    QVERIFY(!id.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const auto r = get("/peek/" + id.toUtf8());
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->mediaType(), QByteArray("application/json"));
        QCOMPARE(r->json(), QJsonDocument::fromJson(R"({"kind":"notes","n":3})").object());
        QVERIFY(!r->body.contains("payload text"));
    }
    auto r = get("/pull/" + id.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 200); // the peeks did not use up the single read
    r = get("/pull/" + id.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 404);
}

void TestRelayServer::rawPushWithQueryParameters()
{
    QVERIFY(startRelay());
    auto sub = subscribe(QStringLiteral("files"));
    QVERIFY(sub->connected);

    const QByteArray csv("a,b\n1,2\n");
    const qint64 before = wallMs();
    const auto pushed =
        exchange(request("POST", "/push?channel=files&ttl=120&max_reads=2&filename=report%202024.csv", csv,
                         "Content-Type: text/csv\r\n"));
    const qint64 after = wallMs();
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    const QJsonObject o = pushed->json();
    const QString id = o.value(QLatin1String("id")).toString();
    QCOMPARE(o.value(QLatin1String("channel")).toString(), QStringLiteral("files"));
    QCOMPARE(o.value(QLatin1String("url")).toString(), pointerUrl(id));
    QCOMPARE(o.value(QLatin1String("size")).toInteger(), csv.size());
    QVERIFY(o.value(QLatin1String("expires_at")).toInteger() >= before + 120000);
    QVERIFY(o.value(QLatin1String("expires_at")).toInteger() <= after + 120000);

    // The channel parameter applies: the subscriber hears of it.
    QTRY_COMPARE(sub->messages.size(), 1);
    QCOMPARE(messageObject(sub->messages.first()).value(QLatin1String("url")).toString(), pointerUrl(id));

    // GET /raw: the exact bytes, the remembered type, the file name. Counts as a read (1 of 2).
    const auto raw = get("/raw/" + id.toUtf8());
    QVERIFY(raw);
    QCOMPARE(raw->status, 200);
    QCOMPARE(raw->header("content-type"), QByteArray("text/csv"));
    const QByteArray disposition = raw->header("content-disposition");
    QVERIFY2(disposition == R"(attachment; filename="report 2024.csv")" ||
                 disposition.startsWith(R"(attachment; filename="report 2024.csv";)"),
             disposition.constData());
    QCOMPARE(raw->body, csv);

    // The pull envelope of a text payload, and the second (last) read.
    const auto pulled = get("/pull/" + id.toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->body, QByteArray("{\"data\":\"a,b\\n1,2\\n\",\"metadata\":{}}"));
    const auto gone = get("/raw/" + id.toUtf8());
    QVERIFY(gone);
    QCOMPARE(gone->status, 404);
    QCOMPARE(gone->body, kContextNotFound);
}

void TestRelayServer::rawPushWithoutContentType()
{
    QVERIFY(startRelay());
    const auto pushed = exchange(request("POST", "/push", "just text"));
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    const QJsonObject o = pushed->json();
    QVERIFY(o.value(QLatin1String("channel")).isNull());
    const QByteArray id = o.value(QLatin1String("id")).toString().toUtf8();

    const auto raw = get("/raw/" + id);
    QVERIFY(raw);
    QCOMPARE(raw->status, 200);
    QCOMPARE(raw->header("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(raw->headerCount("content-disposition"), 0);
    QCOMPARE(raw->body, QByteArray("just text"));

    // A text/plain body is stored as text (compat), e.g. a curl -d with a JSON-looking body.
    const auto asText =
        exchange(request("POST", "/push", R"({"data":"not parsed"})", "Content-Type: text/plain\r\n"));
    QVERIFY(asText);
    QCOMPARE(asText->status, 200);
    const auto pulled = get("/pull/" + asText->json().value(QLatin1String("id")).toString().toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->body, QByteArray("{\"data\":\"{\\\"data\\\":\\\"not parsed\\\"}\",\"metadata\":{}}"));
}

void TestRelayServer::binaryPushPullsAsBase64()
{
    QVERIFY(startRelay());
    const QByteArray binary = QByteArray::fromHex("fffe0001626974738081c3");
    QVERIFY(!binary.isValidUtf8());
    const auto pushed =
        exchange(request("POST", "/push", binary, "Content-Type: application/octet-stream\r\n"));
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    QCOMPARE(pushed->json().value(QLatin1String("size")).toInteger(), binary.size());
    const QByteArray id = pushed->json().value(QLatin1String("id")).toString().toUtf8();

    const auto pulled = get("/pull/" + id);
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->header("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(pulled->body,
             QByteArray(R"({"data":")" + binary.toBase64() + R"(","metadata":{},"encoding":"base64"})"));

    const auto raw = get("/raw/" + id);
    QVERIFY(raw);
    QCOMPARE(raw->status, 200);
    QCOMPARE(raw->header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(raw->body, binary);
}

void TestRelayServer::notFoundRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("GET /nope") << QByteArray("GET") << QByteArray("/nope");
    QTest::newRow("PUT /push") << QByteArray("PUT") << QByteArray("/push");
    QTest::newRow("GET /push") << QByteArray("GET") << QByteArray("/push");
    QTest::newRow("DELETE /push") << QByteArray("DELETE") << QByteArray("/push");
    QTest::newRow("GET /pull") << QByteArray("GET") << QByteArray("/pull");
    QTest::newRow("POST /pull/<id>") << QByteArray("POST") << QByteArray("/pull/" + randomId().toUtf8());
    QTest::newRow("PATCH /stats") << QByteArray("PATCH") << QByteArray("/stats");
    QTest::newRow("GET /stats/x") << QByteArray("GET") << QByteArray("/stats/x");
    QTest::newRow("GET /publish/c") << QByteArray("GET") << QByteArray("/publish/c");
    QTest::newRow("POST /ws/c") << QByteArray("POST") << QByteArray("/ws/c");
    // The health route is GET / only.
    QTest::newRow("POST /") << QByteArray("POST") << QByteArray("/");
    QTest::newRow("PUT /") << QByteArray("PUT") << QByteArray("/");
    QTest::newRow("DELETE /") << QByteArray("DELETE") << QByteArray("/");
}

void TestRelayServer::notFoundRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QVERIFY(startRelay());
    const auto r = exchange(request(method, target));
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kNotFound);
}

void TestRelayServer::nonStandardMethodIs501()
{
    QVERIFY(startRelay());
    RawClient client;
    QVERIFY(client.open(m_port));
    client.send("FROB / HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n");
    const auto r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 501);
    QVERIFY(client.waitClosed());
}

void TestRelayServer::headResponseHasNoBody()
{
    // [rfc9110] 9.3.2: a response to HEAD has no content, whatever its status. Bytes sent anyway would be
    // read as the start of the next response on this keep-alive connection.
    QVERIFY(startRelay());
    RawClient client;
    QVERIFY(client.open(m_port));
    client.send(request("HEAD", "/") + request("GET", "/stats"));
    QTRY_VERIFY(client.buffer.contains("\r\n\r\n"));
    const qsizetype firstEnd = client.buffer.indexOf("\r\n\r\n") + 4;
    QTRY_VERIFY(client.closed || client.buffer.indexOf("\r\n\r\n", firstEnd) > 0);
    const QByteArray afterHead = client.buffer.mid(firstEnd);
    QVERIFY2(afterHead.startsWith("HTTP/1.1 "), afterHead.left(80).constData());
}

void TestRelayServer::deleteRemovesPayloadAndReplay()
{
    QVERIFY(startRelay());
    const QString first = pushId(R"({"data":"first","channel":"del"})");
    const QString second = pushId(R"({"data":"second","channel":"del"})");
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    auto r = exchange(request("DELETE", "/pull/" + first.toUtf8()));
    QVERIFY(r);
    QCOMPARE(r->status, 204);
    QVERIFY(r->body.isEmpty());
    QCOMPARE(r->headerCount("content-length"), 0);

    r = get("/pull/" + first.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kContextNotFound);
    r = exchange(request("DELETE", "/pull/" + first.toUtf8()));
    QVERIFY(r);
    QCOMPARE(r->status, 404);

    // A replaying subscriber gets the survivor only; the next live push proves nothing else was queued.
    auto sub = subscribe(QStringLiteral("del?replay=10"));
    QVERIFY(sub->connected);
    const QString third = pushId(R"({"data":"third","channel":"del"})");
    QTRY_COMPARE(sub->messages.size(), 2);
    QCOMPARE(messageObject(sub->messages.at(0)).value(QLatin1String("url")).toString(), pointerUrl(second));
    QCOMPARE(messageObject(sub->messages.at(1)).value(QLatin1String("url")).toString(), pointerUrl(third));
}

void TestRelayServer::statsKeys()
{
    QVERIFY(startRelay());
    QVERIFY(!pushId(R"({"data":"12345","channel":"s"})").isEmpty());
    auto sub = subscribe(QStringLiteral("s"));
    QVERIFY(sub->connected);
    QTRY_COMPARE(m_relay->hub()->subscriberCount(), 1);

    const auto r = get("/stats");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->mediaType(), QByteArray("application/json"));
    const QJsonObject o = r->json();
    for (const char *key : {"payloads", "bytes", "channels", "subscribers", "uptime_s"})
        QVERIFY2(isWholeNumber(o.value(QLatin1String(key))), key);
    QVERIFY(o.value(QLatin1String("version")).isString());
    QVERIFY(!o.value(QLatin1String("version")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("payloads")).toInteger(), 1);
    QCOMPARE(o.value(QLatin1String("bytes")).toInteger(), 5);
    QCOMPARE(o.value(QLatin1String("channels")).toInteger(), 1);
    QCOMPARE(o.value(QLatin1String("subscribers")).toInteger(), 1);
    QVERIFY(o.value(QLatin1String("uptime_s")).toInteger() >= 0);
}

// ---------------------------------------------------------------------------------------------
// WebSocket and publish

void TestRelayServer::webSocketRefusals_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host"); // "@PORT@" is replaced with the port
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // empty: a JSON error

    const QByteArray host("127.0.0.1:@PORT@");
    QTest::newRow("no upgrade") << QByteArray("/ws/x") << host << QByteArray() << false << 426
                                << QByteArray("Expected WebSocket upgrade");
    QTest::newRow("missing channel") << QByteArray("/ws/") << host << QByteArray() << true << 400
                                     << QByteArray("Missing channel");
    QTest::newRow("replay 101") << QByteArray("/ws/c?replay=101") << host << QByteArray() << true << 400
                                << QByteArray();
    QTest::newRow("replay -1") << QByteArray("/ws/c?replay=-1") << host << QByteArray() << true << 400
                               << QByteArray();
    QTest::newRow("replay x") << QByteArray("/ws/c?replay=x") << host << QByteArray() << true << 400
                              << QByteArray();
    QTest::newRow("foreign host") << QByteArray("/ws/c") << QByteArray("evil.com:@PORT@") << QByteArray()
                                  << true << 403 << QByteArray();
    QTest::newRow("foreign origin") << QByteArray("/ws/c") << host
                                    << QByteArray("Origin: https://evil.example\r\n") << true << 403
                                    << QByteArray();
    QTest::newRow("null origin") << QByteArray("/ws/c") << host << QByteArray("Origin: null\r\n") << true
                                 << 403 << QByteArray();
}

void TestRelayServer::webSocketRefusals()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, extra);
    QFETCH(bool, upgrade);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QVERIFY(startRelay());
    host.replace("@PORT@", QByteArray::number(m_port));

    RawClient client;
    QVERIFY(client.open(m_port));
    client.send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" +
                (upgrade ? upgradeHeaders() : QByteArray()) + extra + "\r\n");
    const auto r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, status);
    if (body.isEmpty())
        QVERIFY2(r->isJsonError(), r->body.constData());
    else
        QCOMPARE(r->body, body);
    QCOMPARE(r->headerCount("sec-websocket-accept"), 0);
    if (upgrade)
        QVERIFY(client.waitClosed());
    QCOMPARE(m_relay->hub()->subscriberCount(), 0);
}

void TestRelayServer::subscribeReceivesPointer()
{
    QVERIFY(startRelay());
    auto sub = subscribe(QStringLiteral("alpha"));
    QVERIFY(sub->connected);

    // Nothing for other channels, for pushes without a channel, or for a publish elsewhere: the
    // alpha push comes last, so if any of those had been sent it would arrive first.
    QVERIFY(!pushId(R"({"data":"b","channel":"beta"})").isEmpty());
    QVERIFY(!pushId(R"({"data":"none"})").isEmpty());
    const auto published =
        exchange(request("POST", "/publish/beta", "hello", "Content-Type: text/plain\r\n"));
    QVERIFY(published);
    QCOMPARE(published->status, 200);
    const qint64 before = wallMs();
    const QString id = pushId(R"({"data":"a","channel":"alpha"})");
    const qint64 after = wallMs();
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE(sub->messages.size(), 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sub->messages.first().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.keys(), QStringList({QStringLiteral("ts"), QStringLiteral("url")}));
    QCOMPARE(o.value(QLatin1String("url")).toString(), pointerUrl(id));
    QVERIFY(isWholeNumber(o.value(QLatin1String("ts"))));
    QVERIFY(o.value(QLatin1String("ts")).toInteger() >= before);
    QVERIFY(o.value(QLatin1String("ts")).toInteger() <= after);
}

void TestRelayServer::subscribeReplay()
{
    FakeClock clock;
    QVERIFY(startRelay(baseConfig(), &clock));

    struct Pushed
    {
        QString id;
        qint64 ts;
    };
    auto push = [&](const QByteArray &json) {
        const Pushed p{pushId(json), clock.nowMs()};
        clock.advance(1000);
        return p;
    };
    const Pushed expiring = push(R"({"data":"1","channel":"r","ttl":60})");
    const Pushed deleted = push(R"({"data":"2","channel":"r"})");
    const Pushed burnt = push(R"({"data":"3","channel":"r","max_reads":1})");
    const Pushed fourth = push(R"({"data":"4","channel":"r"})");
    QVERIFY(!push(R"({"data":"elsewhere","channel":"other"})").id.isEmpty());
    const Pushed fifth = push(R"({"data":"5","channel":"r"})");
    QVERIFY(!expiring.id.isEmpty() && !deleted.id.isEmpty() && !burnt.id.isEmpty() && !fourth.id.isEmpty() &&
            !fifth.id.isEmpty());

    auto r = exchange(request("DELETE", "/pull/" + deleted.id.toUtf8()));
    QVERIFY(r);
    QCOMPARE(r->status, 204);
    r = get("/pull/" + burnt.id.toUtf8());
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    clock.advance(60 * 1000); // the first one is past its ttl now

    auto check = [&](const Subscriber &sub, const QList<Pushed> &expected) {
        QCOMPARE(sub.messages.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject o = messageObject(sub.messages.at(i));
            QCOMPARE(o.keys(), QStringList({QStringLiteral("ts"), QStringLiteral("url")}));
            QCOMPARE(o.value(QLatin1String("url")).toString(), pointerUrl(expected.at(i).id));
            QCOMPARE(o.value(QLatin1String("ts")).toInteger(), expected.at(i).ts);
        }
    };

    // Only alive payloads, oldest first.
    auto all = subscribe(QStringLiteral("r?replay=100"));
    QVERIFY(all->connected);
    QTRY_COMPARE(all->messages.size(), 2);
    check(*all, {fourth, fifth});
    if (QTest::currentTestFailed())
        return;

    // The last N alive.
    auto lastOne = subscribe(QStringLiteral("r?replay=1"));
    QVERIFY(lastOne->connected);
    auto none = subscribe(QStringLiteral("r?replay=0"));
    QVERIFY(none->connected);
    auto plain = subscribe(QStringLiteral("r"));
    QVERIFY(plain->connected);

    // A live push follows the replay on every subscription; nothing else comes in between.
    const Pushed live = push(R"({"data":"6","channel":"r"})");
    QTRY_COMPARE(plain->messages.size(), 1);
    QTRY_COMPARE(none->messages.size(), 1);
    QTRY_COMPARE(lastOne->messages.size(), 2);
    QTRY_COMPARE(all->messages.size(), 3);
    for (const auto &[sub, expected] :
         {std::pair{plain.get(), QList<Pushed>{live}}, std::pair{none.get(), QList<Pushed>{live}},
          std::pair{lastOne.get(), QList<Pushed>{fifth, live}},
          std::pair{all.get(), QList<Pushed>{fourth, fifth, live}}}) {
        check(*sub, expected);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRelayServer::webSocketIgnoresClientFramesAndAnswersPing()
{
    QVERIFY(startRelay());
    auto sub = subscribe(QStringLiteral("p"));
    QVERIFY(sub->connected);

    QSignalSpy pong(&sub->socket, &QWebSocket::pong);
    sub->socket.sendTextMessage(QStringLiteral(R"({"data":"not a push","channel":"p"})"));
    sub->socket.sendBinaryMessage(QByteArray("\x01\x02", 2));
    sub->socket.ping("are you there");
    QVERIFY(pong.wait(kTimeoutMs));
    QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("are you there"));

    const QString id = pushId(R"({"data":"real","channel":"p"})");
    QTRY_COMPARE(sub->messages.size(), 1);
    QCOMPARE(messageObject(sub->messages.first()).value(QLatin1String("url")).toString(), pointerUrl(id));
    QVERIFY(!sub->disconnected);
    QCOMPARE(m_relay->store()->count(), 1); // the client's text frame stored nothing
}

void TestRelayServer::publishDeliversMessage()
{
    QVERIFY(startRelay());
    auto a = subscribe(QStringLiteral("pub"));
    auto b = subscribe(QStringLiteral("pub"));
    QVERIFY(a->connected && b->connected);
    QTRY_COMPARE(m_relay->hub()->subscriberCount(QStringLiteral("pub")), 2);

    const qint64 before = wallMs();
    auto r = exchange(request("POST", "/publish/pub", R"({"k":[1,2],"s":"v"})", kJsonType));
    const qint64 after = wallMs();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->mediaType(), QByteArray("application/json"));
    QCOMPARE(r->json(), QJsonObject({{QStringLiteral("delivered"), 2}}));

    for (Subscriber *s : {a.get(), b.get()}) {
        QTRY_COMPARE(s->messages.size(), 1);
        const QJsonObject o = messageObject(s->messages.first());
        QCOMPARE(o.keys(), QStringList({QStringLiteral("message"), QStringLiteral("ts")}));
        QCOMPARE(o.value(QLatin1String("message")).toObject(),
                 QJsonDocument::fromJson(R"({"k":[1,2],"s":"v"})").object());
        QVERIFY(isWholeNumber(o.value(QLatin1String("ts"))));
        QVERIFY(o.value(QLatin1String("ts")).toInteger() >= before);
        QVERIFY(o.value(QLatin1String("ts")).toInteger() <= after);
    }

    // Text that is not JSON arrives as a JSON string; a JSON scalar as itself.
    r = exchange(request("POST", "/publish/pub", "plain words", "Content-Type: text/plain\r\n"));
    QVERIFY(r);
    QCOMPARE(r->json(), QJsonObject({{QStringLiteral("delivered"), 2}}));
    r = exchange(request("POST", "/publish/pub", "42", kJsonType));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QTRY_COMPARE(a->messages.size(), 3);
    QCOMPARE(messageObject(a->messages.at(1)).value(QLatin1String("message")),
             QJsonValue(QStringLiteral("plain words")));
    QCOMPARE(messageObject(a->messages.at(2)).value(QLatin1String("message")), QJsonValue(42));

    // Nobody listening: delivered 0. Nothing is stored by publish.
    r = exchange(request("POST", "/publish/nobody", R"({"x":1})", kJsonType));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->json(), QJsonObject({{QStringLiteral("delivered"), 0}}));
    QCOMPARE(m_relay->store()->count(), 0);
}

// ---------------------------------------------------------------------------------------------
// Security

void TestRelayServer::hostPolicy_data()
{
    QTest::addColumn<QByteArray>("host"); // "@PORT@" / "@OTHER@" are replaced
    QTest::addColumn<int>("status");

    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:@PORT@") << 200;
    QTest::newRow("localhost:port") << QByteArray("localhost:@PORT@") << 200;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:@PORT@") << 200;
    QTest::newRow("LOCALHOST:port (case-insensitive)") << QByteArray("LOCALHOST:@PORT@") << 200;
    QTest::newRow("evil.com:port") << QByteArray("evil.com:@PORT@") << 403;
    QTest::newRow("evil.com") << QByteArray("evil.com") << 403;
    QTest::newRow("127.0.0.1 without port") << QByteArray("127.0.0.1") << 403;
    QTest::newRow("localhost without port") << QByteArray("localhost") << 403;
    QTest::newRow("127.0.0.1:other port") << QByteArray("127.0.0.1:@OTHER@") << 403;
    QTest::newRow("localhost.evil.com:port") << QByteArray("localhost.evil.com:@PORT@") << 403;
    QTest::newRow("127.0.0.1.nip.io:port") << QByteArray("127.0.0.1.nip.io:@PORT@") << 403;
    QTest::newRow("0.0.0.0:port") << QByteArray("0.0.0.0:@PORT@") << 403;
}

void TestRelayServer::hostPolicy()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    QVERIFY(startRelay());
    host.replace("@PORT@", QByteArray::number(m_port));
    host.replace("@OTHER@", QByteArray::number(m_port == 65535 ? 1 : m_port + 1));

    auto raw = [&](const QByteArray &method, const QByteArray &target, const QByteArray &headers,
                   const QByteArray &body) {
        return exchange(method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers +
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };

    const auto stats = raw("GET", "/stats", QByteArray(), QByteArray());
    QVERIFY(stats);
    QCOMPARE(stats->status, status);
    const auto pushed = raw("POST", "/push", kJsonType, R"({"data":"x","channel":"h"})");
    QVERIFY(pushed);
    QCOMPARE(pushed->status, status);
    if (status == 403) {
        QVERIFY2(stats->isJsonError(), stats->body.constData());
        QVERIFY2(pushed->isJsonError(), pushed->body.constData());
        QCOMPARE(m_relay->store()->count(), 0);
        return;
    }
    // The pointer names the relay as the client reached it.
    const QJsonObject o = pushed->json();
    QCOMPARE(o.value(QLatin1String("url")).toString(), QStringLiteral("http://") + QString::fromLatin1(host) +
                                                           QStringLiteral("/pull/") +
                                                           o.value(QLatin1String("id")).toString());
}

void TestRelayServer::originPolicy_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target"); // "@ID@" is a stored payload's id
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("origin"); // "@PORT@" / "@OTHER@" are replaced
    QTest::addColumn<int>("status");

    const QByteArray evil("https://evil.example");
    const QByteArray json(R"({"data":"from a page"})");
    QTest::newRow("push, foreign") << QByteArray("POST") << QByteArray("/push") << kJsonType << json << evil
                                   << 403;
    QTest::newRow("simple text/plain push, foreign")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("Content-Type: text/plain\r\n")
        << QByteArray("x") << evil << 403;
    QTest::newRow("form push, foreign") << QByteArray("POST") << QByteArray("/push")
                                        << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                                        << QByteArray("a=b") << evil << 403;
    QTest::newRow("pull, foreign") << QByteArray("GET") << QByteArray("/pull/@ID@") << QByteArray()
                                   << QByteArray() << evil << 403;
    QTest::newRow("peek, foreign") << QByteArray("GET") << QByteArray("/peek/@ID@") << QByteArray()
                                   << QByteArray() << evil << 403;
    QTest::newRow("raw, foreign") << QByteArray("GET") << QByteArray("/raw/@ID@") << QByteArray()
                                  << QByteArray() << evil << 403;
    QTest::newRow("delete, foreign") << QByteArray("DELETE") << QByteArray("/pull/@ID@") << QByteArray()
                                     << QByteArray() << evil << 403;
    QTest::newRow("publish, foreign")
        << QByteArray("POST") << QByteArray("/publish/c") << kJsonType << QByteArray("1") << evil << 403;
    QTest::newRow("stats, foreign") << QByteArray("GET") << QByteArray("/stats") << QByteArray()
                                    << QByteArray() << evil << 403;
    QTest::newRow("health, foreign") << QByteArray("GET") << QByteArray("/") << QByteArray() << QByteArray()
                                     << evil << 403;
    QTest::newRow("push, null origin")
        << QByteArray("POST") << QByteArray("/push") << kJsonType << json << QByteArray("null") << 403;
    QTest::newRow("push, https own host") << QByteArray("POST") << QByteArray("/push") << kJsonType << json
                                          << QByteArray("https://127.0.0.1:@PORT@") << 403;
    QTest::newRow("push, own host other port") << QByteArray("POST") << QByteArray("/push") << kJsonType
                                               << json << QByteArray("http://127.0.0.1:@OTHER@") << 403;
    QTest::newRow("push, own host without port") << QByteArray("POST") << QByteArray("/push") << kJsonType
                                                 << json << QByteArray("http://127.0.0.1") << 403;
    QTest::newRow("push, own origin 127.0.0.1") << QByteArray("POST") << QByteArray("/push") << kJsonType
                                                << json << QByteArray("http://127.0.0.1:@PORT@") << 200;
    QTest::newRow("push, own origin localhost") << QByteArray("POST") << QByteArray("/push") << kJsonType
                                                << json << QByteArray("http://localhost:@PORT@") << 200;
    QTest::newRow("push, own origin [::1]") << QByteArray("POST") << QByteArray("/push") << kJsonType << json
                                            << QByteArray("http://[::1]:@PORT@") << 200;
    QTest::newRow("pull, own origin") << QByteArray("GET") << QByteArray("/pull/@ID@") << QByteArray()
                                      << QByteArray() << QByteArray("http://127.0.0.1:@PORT@") << 200;
}

void TestRelayServer::originPolicy()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    QVERIFY(startRelay());
    const QString id = pushId(R"({"data":"kept","channel":"c"})");
    QVERIFY(!id.isEmpty());
    target.replace("@ID@", id.toUtf8());
    origin.replace("@PORT@", QByteArray::number(m_port));
    origin.replace("@OTHER@", QByteArray::number(m_port == 65535 ? 1 : m_port + 1));

    const auto r = exchange(request(method, target, body, headers + "Origin: " + origin + "\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, status);
    if (status == 403) {
        QVERIFY2(r->isJsonError(), r->body.constData());
        // Refused means refused: nothing stored, nothing read, nothing deleted.
        QCOMPARE(m_relay->store()->count(), 1);
        QVERIFY(m_relay->store()->isAlive(id));
    }
}

void TestRelayServer::webSocketOriginPolicy()
{
    QVERIFY(startRelay());

    auto foreign = subscribe(QStringLiteral("o"), QStringLiteral("https://evil.example"));
    QTRY_VERIFY(foreign->disconnected);
    QVERIFY(!foreign->connected);

    // What the Python websocket-client sends by default: the relay's own origin.
    auto own = subscribe(QStringLiteral("o"), QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QVERIFY(own->connected);
    auto ownLocalhost = subscribe(QStringLiteral("o"), QStringLiteral("http://localhost:%1").arg(m_port));
    QVERIFY(ownLocalhost->connected);
    QTRY_COMPARE(m_relay->hub()->subscriberCount(QStringLiteral("o")), 2);

    const QString id = pushId(R"({"data":"x","channel":"o"})");
    QTRY_COMPARE(own->messages.size(), 1);
    QTRY_COMPARE(ownLocalhost->messages.size(), 1);
    QCOMPARE(messageObject(own->messages.first()).value(QLatin1String("url")).toString(), pointerUrl(id));
    QVERIFY(foreign->messages.isEmpty());
}

void TestRelayServer::apiKeys_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("authorization"); // null: no header
    QTest::addColumn<int>("status");

    const QByteArray none;
    const QByteArray right("Bearer s3cret");
    const QByteArray unknown("/pull/" + randomId().toUtf8());
    QTest::newRow("health without key") << QByteArray("GET") << QByteArray("/") << none << 200;
    QTest::newRow("health with wrong key")
        << QByteArray("GET") << QByteArray("/") << QByteArray("Bearer nope") << 200;
    QTest::newRow("push without key") << QByteArray("POST") << QByteArray("/push") << none << 401;
    QTest::newRow("push with wrong key")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("Bearer nope") << 401;
    QTest::newRow("push with key prefix")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("Bearer s3cre") << 401;
    QTest::newRow("push with key, no scheme")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("s3cret") << 401;
    QTest::newRow("push with key, basic scheme")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("Basic s3cret") << 401;
    QTest::newRow("push with empty bearer")
        << QByteArray("POST") << QByteArray("/push") << QByteArray("Bearer ") << 401;
    QTest::newRow("push with key") << QByteArray("POST") << QByteArray("/push") << right << 200;
    QTest::newRow("stats without key") << QByteArray("GET") << QByteArray("/stats") << none << 401;
    QTest::newRow("stats with key") << QByteArray("GET") << QByteArray("/stats") << right << 200;
    QTest::newRow("pull without key") << QByteArray("GET") << unknown << none << 401;
    QTest::newRow("pull with key (unknown id)") << QByteArray("GET") << unknown << right << 404;
    QTest::newRow("publish without key") << QByteArray("POST") << QByteArray("/publish/c") << none << 401;
    QTest::newRow("publish with key") << QByteArray("POST") << QByteArray("/publish/c") << right << 200;
    QTest::newRow("ws route without key, no upgrade")
        << QByteArray("GET") << QByteArray("/ws/c") << none << 401;
}

void TestRelayServer::apiKeys()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    RelayConfig config = baseConfig();
    config.apiTokens = {QStringLiteral("s3cret")};
    QVERIFY(startRelay(config));

    QByteArray headers = kJsonType;
    if (!authorization.isNull())
        headers += "Authorization: " + authorization + "\r\n";
    const QByteArray body = method == "POST" ? QByteArray(R"({"data":"keyed"})") : QByteArray();
    const auto r = exchange(request(method, target, body, headers));
    QVERIFY(r);
    QCOMPARE(r->status, status);
    if (status == 401) {
        QCOMPARE(r->mediaType(), QByteArray("application/json"));
        QCOMPARE(r->json(),
                 QJsonObject({{QStringLiteral("error"), QStringLiteral("Missing or invalid API key")}}));
        QCOMPARE(m_relay->store()->count(), 0);
    }
}

void TestRelayServer::apiKeysWebSocket()
{
    RelayConfig config = baseConfig();
    config.apiTokens = {QStringLiteral("s3cret")};
    QVERIFY(startRelay(config));

    for (const QByteArray &authorization : {QByteArray(), QByteArray("Authorization: Bearer nope\r\n")}) {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send("GET /ws/k HTTP/1.1\r\nHost: " + hostHeader() + "\r\n" + upgradeHeaders() +
                    authorization + "\r\n");
        const auto r = client.next();
        QVERIFY(r);
        QCOMPARE(r->status, 401);
        QCOMPARE(r->json(),
                 QJsonObject({{QStringLiteral("error"), QStringLiteral("Missing or invalid API key")}}));
    }

    auto refused = subscribe(QStringLiteral("k"));
    QTRY_VERIFY(refused->disconnected);
    QVERIFY(!refused->connected);

    auto sub = subscribe(QStringLiteral("k"), QString(), "Bearer s3cret");
    QVERIFY(sub->connected);
    const auto pushed = exchange(request("POST", "/push", R"({"data":"x","channel":"k"})",
                                         kJsonType + "Authorization: Bearer s3cret\r\n"));
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    QTRY_COMPARE(sub->messages.size(), 1);
    QVERIFY(refused->messages.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Limits and robustness

void TestRelayServer::limits_data()
{
    QTest::addColumn<QByteArray>("bytes"); // "@HOST@" is replaced with 127.0.0.1:<port>
    QTest::addColumn<int>("status");

    const QByteArray host("Host: @HOST@\r\n");
    auto fields = [](int n) {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        return out;
    };

    QTest::newRow("content-length 26 MiB, raw")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: 27262976\r\n\r\n")
        << 413;
    QTest::newRow("content-length 26 MiB, json")
        << QByteArray("POST /push HTTP/1.1\r\n" + host + kJsonType + "Content-Length: 27262976\r\n\r\n")
        << 413;
    QTest::newRow("content-length cap + 1, raw")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: 26214401\r\n\r\n")
        << 413;
    QTest::newRow("head over 64 KiB")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-Filler: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n")
        << 431;
    QTest::newRow("request line over 64 KiB")
        << QByteArray("GET /" + QByteArray(70 * 1024, 'a') + " HTTP/1.1\r\n" + host + "\r\n") << 431;
    QTest::newRow("head of 60 KiB is fine")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-Filler: " + QByteArray(60 * 1024, 'a') + "\r\n\r\n")
        << 200;
    QTest::newRow("101 header fields")
        << QByteArray("GET / HTTP/1.1\r\n" + host + fields(100) + "\r\n") << 431;
    QTest::newRow("100 header fields are fine")
        << QByteArray("GET / HTTP/1.1\r\n" + host + fields(99) + "\r\n") << 200;
    QTest::newRow("content-length and transfer-encoding")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("transfer-encoding and content-length")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
                      "5\r\nhello\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("duplicate content-length")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
        << 400;
    QTest::newRow("non-numeric content-length")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: abc\r\n\r\n")
        << 400;
    QTest::newRow("negative content-length")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: -1\r\n\r\n")
        << 400;
    QTest::newRow("missing host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("duplicate host") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
    QTest::newRow("duplicate host, different values")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "Host: evil.com\r\n\r\n") << 400;
    QTest::newRow("non-standard method") << QByteArray("FROB / HTTP/1.1\r\n" + host + "\r\n") << 501;
    QTest::newRow("space in header name")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "Bad Header: x\r\n\r\n") << 400;
    // [rfc9112] 5.1: whitespace between field name and colon MUST be rejected with 400: peers that read
    // "Content-Length :" differently frame the body differently (a request smuggling shape).
    QTest::newRow("whitespace before colon")
        << QByteArray("POST /push HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length : 5\r\n\r\nhello")
        << 400;
}

void TestRelayServer::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QVERIFY(startRelay());
    bytes.replace("@HOST@", hostHeader());

    RawClient client;
    QVERIFY(client.open(m_port));
    client.send(bytes);
    const auto r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, status);
    if (status == 200) {
        QCOMPARE(r->body, kHealthBody);
        return;
    }
    // Every error says what was wrong; 413 and 431 as JSON. Then the connection is closed.
    QVERIFY(!r->body.isEmpty());
    if (status == 413 || status == 431)
        QVERIFY2(r->isJsonError(), r->body.constData());
    QCOMPARE(r->header("connection").toLower(), QByteArray("close"));
    QVERIFY(client.waitClosed());
    QCOMPARE(m_relay->store()->count(), 0);
}

void TestRelayServer::bodyOverCapRefusedFromContentLength()
{
    QVERIFY(startRelay());
    RawClient client;
    QVERIFY(client.open(m_port));
    const QByteArray head = "POST /push HTTP/1.1\r\nHost: " + hostHeader() +
                            "\r\nContent-Type: application/octet-stream\r\nContent-Length: 27262976\r\n\r\n";
    client.send(head);
    // Not a single body byte is written: the answer must come from the head alone.
    const auto r = client.next();
    QVERIFY(r);
    QCOMPARE(client.sent, head.size());
    QCOMPARE(r->status, 413);
    QVERIFY2(r->isJsonError(), r->body.constData());
    QVERIFY(client.waitClosed());

    const auto health = get("/");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
}

void TestRelayServer::payloadAtCapRoundTrips()
{
    QVERIFY(startRelay());
    // Exactly the default cap (25 MiB), not valid UTF-8: accepted, and GET /raw returns every byte.
    QByteArray data(26214400, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131 + i / 4099) & 0xff);
    {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send(request("POST", "/push", data, "Content-Type: application/octet-stream\r\n"));
        const auto r = client.next(60000);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->json().value(QLatin1String("size")).toInteger(), qint64(data.size()));
        const QByteArray id = r->json().value(QLatin1String("id")).toString().toUtf8();

        client.send(request("GET", "/raw/" + id));
        const auto raw = client.next(60000);
        QVERIFY(raw);
        QCOMPARE(raw->status, 200);
        QCOMPARE(raw->body.size(), data.size());
        QVERIFY(raw->body == data);

        client.send(request("GET", "/pull/" + id));
        const auto pulled = client.next(60000);
        QVERIFY(pulled);
        QCOMPARE(pulled->status, 200);
        QVERIFY(pulled->body ==
                QByteArray(R"({"data":")" + data.toBase64() + R"(","metadata":{},"encoding":"base64"})"));
    }
}

void TestRelayServer::chunkedPush()
{
    QVERIFY(startRelay());
    {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send("POST /push HTTP/1.1\r\nHost: " + hostHeader() + "\r\n" + kJsonType +
                    "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray json(R"({"data":"chunked payload","metadata":{"via":"chunks"}})");
        client.send(chunk(json.left(10)));
        client.send(chunk(json.mid(10, 20)));
        client.send(chunk(json.mid(30)));
        client.send("0\r\n\r\n");
        const auto r = client.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        const auto pulled = get("/pull/" + r->json().value(QLatin1String("id")).toString().toUtf8());
        QVERIFY(pulled);
        QCOMPARE(pulled->body, json);
        // The connection stays usable: the chunk bytes were a body, not a next request.
        client.send(request("GET", "/"));
        const auto next = client.next();
        QVERIFY(next);
        QCOMPARE(next->body, kHealthBody);
    }

    // The cap applies to the decoded chunked body.
    RelayConfig config = baseConfig();
    config.maxPayloadBytes = 1024;
    QVERIFY(startRelay(config));
    const QByteArray chunkedHead = "POST /push HTTP/1.1\r\nHost: " + hostHeader() +
                                   "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
    {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send(chunkedHead + chunk(QByteArray(500, 'a')) + chunk(QByteArray(500, 'b')) + "0\r\n\r\n");
        const auto r = client.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->json().value(QLatin1String("size")).toInteger(), 1000);
    }
    {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send(chunkedHead + chunk(QByteArray(600, 'a')));
        client.send(chunk(QByteArray(600, 'b')) + "0\r\n\r\n");
        const auto r = client.next();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY2(r->isJsonError(), r->body.constData());
        QVERIFY(client.waitClosed());
    }
    // A JSON push whose decoded data exceeds the cap.
    const auto tooBig = pushJson(R"({"data":")" + QByteArray(2000, 'x') + R"("})");
    QVERIFY(tooBig);
    QCOMPARE(tooBig->status, 413);
    QVERIFY2(tooBig->isJsonError(), tooBig->body.constData());
    QCOMPARE(m_relay->store()->count(), 1);
}

void TestRelayServer::keepAlive()
{
    QVERIFY(startRelay());
    RawClient client;
    QVERIFY(client.open(m_port));

    client.send(request("GET", "/"));
    auto r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("connection").toLower(), QByteArray("keep-alive"));

    client.send(request("POST", "/push", R"({"data":"kept alive","metadata":{"m":true}})", kJsonType));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QByteArray id = r->json().value(QLatin1String("id")).toString().toUtf8();

    client.send(request("GET", "/peek/" + id));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->body, QByteArray(R"({"m":true})"));

    client.send(request("GET", "/pull/" + id));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->body, QByteArray(R"({"data":"kept alive","metadata":{"m":true}})"));

    client.send(request("GET", "/stats"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(!client.closed);

    // A client that asks to close gets its answer, then the close.
    client.send(request("GET", "/", QByteArray(), "Connection: close\r\n"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("connection").toLower(), QByteArray("close"));
    QVERIFY(client.waitClosed());
}

void TestRelayServer::pipelining()
{
    QVERIFY(startRelay());
    RawClient client;
    QVERIFY(client.open(m_port));

    // One write, three requests: answered in order, each seeing the effects of the ones before.
    client.send(request("POST", "/push", R"({"data":"first"})", kJsonType) + request("GET", "/") +
                request("GET", "/stats"));
    const auto pushed = client.next();
    const auto health = client.next();
    const auto stats = client.next();
    QVERIFY(pushed && health && stats);
    QCOMPARE(pushed->status, 200);
    QVERIFY(pushed->json().contains(QLatin1String("id")));
    QCOMPARE(health->body, kHealthBody);
    QCOMPARE(stats->json().value(QLatin1String("payloads")).toInteger(), 1);

    const QByteArray id = pushed->json().value(QLatin1String("id")).toString().toUtf8();
    client.send(request("GET", "/pull/" + id) + request("DELETE", "/pull/" + id) +
                request("GET", "/pull/" + id));
    const auto pull = client.next();
    const auto removed = client.next();
    const auto gone = client.next();
    QVERIFY(pull && removed && gone);
    QCOMPARE(pull->status, 200);
    QCOMPARE(pull->body, QByteArray(R"({"data":"first","metadata":{}})"));
    QCOMPARE(removed->status, 204);
    QCOMPARE(gone->status, 404);
    QVERIFY(!client.closed);
}

void TestRelayServer::slowClientGets408WhileOthersAreServed()
{
    RelayConfig config = baseConfig();
    config.requestTimeoutMs = 500;
    QVERIFY(startRelay(config));

    RawClient slow;
    QVERIFY(slow.open(m_port));
    // At one byte every 20 ms this request would take about 9 s to arrive in full.
    const QByteArray bytes = request("POST", "/push", QByteArray(400, 'x'), "Content-Type: text/plain\r\n");
    qsizetype position = 0;
    QTimer trickle;
    trickle.setInterval(20);
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (position < bytes.size() && slow.socket.state() == QAbstractSocket::ConnectedState)
            slow.send(bytes.mid(position++, 1));
    });
    QElapsedTimer elapsed;
    elapsed.start();
    trickle.start();

    QTRY_VERIFY(position >= 5);
    const auto other = get("/");
    QVERIFY(other);
    QCOMPARE(other->status, 200);
    QVERIFY(slow.buffer.isEmpty());

    const auto r = slow.next();
    QVERIFY(r);
    QCOMPARE(r->status, 408);
    QVERIFY2(elapsed.elapsed() >= 450, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY(position < bytes.size());
    QVERIFY(slow.waitClosed());
    trickle.stop();
    QVERIFY(position < bytes.size());

    const auto after = get("/");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
    QCOMPARE(m_relay->store()->count(), 0);
}

void TestRelayServer::subscriberDisconnectDuringBroadcast()
{
    QVERIFY(startRelay());
    std::vector<std::unique_ptr<Subscriber>> subs;
    for (int i = 0; i < 6; ++i) {
        subs.push_back(subscribe(QStringLiteral("c")));
        QVERIFY(subs.back()->connected);
    }
    QTRY_COMPARE(m_relay->hub()->subscriberCount(QStringLiteral("c")), 6);

    RawClient pusher;
    QVERIFY(pusher.open(m_port));
    // Two subscribers go away (one torn down, one closing politely) in the same breath as the push,
    // so the relay learns of it while, or right after, it broadcasts.
    subs.at(1)->socket.abort();
    subs.at(4)->socket.close();
    pusher.send(request("POST", "/push", R"({"data":"x","channel":"c"})", kJsonType));
    const auto r = pusher.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QString url = r->json().value(QLatin1String("url")).toString();

    for (const std::size_t i : {0u, 2u, 3u, 5u}) {
        QTRY_COMPARE(subs.at(i)->messages.size(), 1);
        QCOMPARE(messageObject(subs.at(i)->messages.first()).value(QLatin1String("url")).toString(), url);
    }
    QTRY_COMPARE(m_relay->hub()->subscriberCount(QStringLiteral("c")), 4);

    const QString second = pushId(R"({"data":"y","channel":"c"})");
    for (const std::size_t i : {0u, 2u, 3u, 5u}) {
        QTRY_COMPARE(subs.at(i)->messages.size(), 2);
        QCOMPARE(messageObject(subs.at(i)->messages.at(1)).value(QLatin1String("url")).toString(),
                 pointerUrl(second));
        QVERIFY(!subs.at(i)->disconnected);
    }
}

void TestRelayServer::hundredSubscribers()
{
    QVERIFY(startRelay());
    std::vector<std::unique_ptr<Subscriber>> subs;
    for (int i = 0; i < 100; ++i) {
        subs.push_back(std::make_unique<Subscriber>());
        subs.back()->socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/many").arg(m_port)));
    }
    auto allConnected = [&] {
        return std::all_of(subs.cbegin(), subs.cend(), [](const auto &s) { return s->connected; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allConnected(), 20000);
    QTRY_COMPARE(m_relay->hub()->subscriberCount(QStringLiteral("many")), 100);

    const auto r = pushJson(R"({"data":"to everyone","channel":"many"})");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QString url = r->json().value(QLatin1String("url")).toString();
    auto allReceived = [&] {
        return std::all_of(subs.cbegin(), subs.cend(), [](const auto &s) { return s->messages.size() >= 1; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allReceived(), 20000);
    for (const auto &s : subs) {
        QCOMPARE(s->messages.size(), 1);
        QCOMPARE(messageObject(s->messages.first()).value(QLatin1String("url")).toString(), url);
    }
}

void TestRelayServer::badRequestLeavesOthersIntact()
{
    QVERIFY(startRelay());
    const QString kept = pushId(R"({"data":"kept","channel":"keep","metadata":{"k":1}})");
    QVERIFY(!kept.isEmpty());
    auto sub = subscribe(QStringLiteral("keep"));
    QVERIFY(sub->connected);

    const QList<QByteArray> bad = {
        "POST /push HTTP/1.1\r\nHost: " + hostHeader() + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "POST /push HTTP/1.1\r\nHost: " + hostHeader() +
            "\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
        "POST /push HTTP/1.1\r\nHost: " + hostHeader() + "\r\nContent-Length: 27262976\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Filler: " + QByteArray(70 * 1024, 'a') +
            "\r\n\r\n",
        QByteArray("\x00\x01\x02garbage\r\n\r\n", 14),
    };
    for (const QByteArray &bytes : bad) {
        RawClient client;
        QVERIFY(client.open(m_port));
        client.send(bytes);
        const auto r = client.next();
        QVERIFY(r);
        QVERIFY2(r->status >= 400, r->head.constData());
        QVERIFY(client.waitClosed());
    }

    QVERIFY(!sub->disconnected);
    QCOMPARE(m_relay->hub()->subscriberCount(QStringLiteral("keep")), 1);
    const auto pulled = get("/pull/" + kept.toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->body, QByteArray(R"({"data":"kept","metadata":{"k":1}})"));
    const QString next = pushId(R"({"data":"next","channel":"keep"})");
    QTRY_COMPARE(sub->messages.size(), 1);
    QCOMPARE(messageObject(sub->messages.first()).value(QLatin1String("url")).toString(), pointerUrl(next));
}

void TestRelayServer::storeFullIs507()
{
    RelayConfig config = baseConfig();
    config.memoryBudgetBytes = 64;
    QVERIFY(startRelay(config));

    const QString first = pushId(R"({"data":")" + QByteArray(40, 'a') + R"("})");
    QVERIFY(!first.isEmpty());
    const auto full = pushJson(R"({"data":")" + QByteArray(40, 'b') + R"("})");
    QVERIFY(full);
    QCOMPARE(full->status, 507);
    QVERIFY2(full->isJsonError(), full->body.constData());

    // Nothing was evicted to make room.
    const auto pulled = get("/pull/" + first.toUtf8());
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->body, QByteArray(R"({"data":")" + QByteArray(40, 'a') + R"(","metadata":{}})"));
    QCOMPARE(m_relay->store()->count(), 1);

    // What still fits is still accepted.
    QVERIFY(!pushId(R"({"data":")" + QByteArray(24, 'c') + R"("})").isEmpty());
    QCOMPARE(m_relay->store()->count(), 2);
}

void TestRelayServer::listenTwiceFails()
{
    QVERIFY(startRelay());
    RelayConfig config = baseConfig();
    config.port = m_port;
    RelayServer second(config);
    QVERIFY(!second.start());
    QVERIFY2(second.errorString().contains(QString::number(m_port)), qPrintable(second.errorString()));

    const auto r = get("/");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
}

void TestRelayServer::shutdownClosesSubscribers()
{
    RelayConfig config = baseConfig();
    config.shutdownGraceMs = 60000; // stopped() must come from a clean shutdown, not from the grace timer
    QVERIFY(startRelay(config));
    const quint16 port = m_port;

    auto a = subscribe(QStringLiteral("bye"));
    auto b = subscribe(QStringLiteral("bye?replay=5"));
    QVERIFY(a->connected && b->connected);
    QTRY_COMPARE(m_relay->hub()->subscriberCount(), 2);
    RawClient idle; // an idle keep-alive connection must not hold the shutdown up
    QVERIFY(idle.open(port));
    idle.send(request("GET", "/"));
    QVERIFY(idle.next());

    QSignalSpy stopped(m_relay.get(), &RelayServer::stopped);
    m_relay->shutdown();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QTRY_VERIFY(a->disconnected);
    QTRY_VERIFY(b->disconnected);
    QCOMPARE(a->socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QCOMPARE(b->socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QVERIFY(idle.waitClosed());

    RawClient late;
    QVERIFY(!late.open(port));
}

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"
