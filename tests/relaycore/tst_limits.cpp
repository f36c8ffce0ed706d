// SPDX-License-Identifier: MIT
// Resource caps under load, against a whole RelayServer with small caps over loopback: each cap, once
// reached, is answered with its status and a JSON sentence naming it, shows up as a Rejected event, and
// leaves every other client alone. Waiting is event-driven (QTest::qWaitFor / QTRY_*), never a sleep.
#include "core/relayconfig.h"
#include "core/relayevent.h"
#include "pubsub/channelhub.h"
#include "relay/relayserver.h"
#include "store/payloadstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Relay;

namespace {

constexpr int kTimeoutMs = 10000;

struct Reply
{
    int status = 0;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    //! The sentence of a JSON error body {"error": "..."}, or an empty string.
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};

//! One response off the front of \a buffer (Content-Length bodies only, as the relay sends).
std::optional<Reply> takeReply(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Reply r;
    r.status = lines.first().split(' ').value(1).toInt();
    qint64 length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() - headEnd - 4 < length)
        return std::nullopt;
    r.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return r;
}

//! A raw HTTP client over one connection, optionally from a given loopback source address.
class RawClient
{
public:
    RawClient()
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { buffer += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                         [this](QAbstractSocket::SocketError) { failed = true; });
    }

    bool open(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull() && !socket.bind(from, 0))
            return false;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        (void)QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState || failed; },
                              kTimeoutMs);
        return socket.state() == QAbstractSocket::ConnectedState;
    }
    std::optional<Reply> next()
    {
        std::optional<Reply> reply;
        (void)QTest::qWaitFor(
            [&] {
                reply = takeReply(buffer);
                return reply.has_value();
            },
            kTimeoutMs);
        return reply;
    }
    std::optional<Reply> exchange(const QByteArray &bytes)
    {
        socket.write(bytes);
        return next();
    }
    bool waitClosed()
    {
        return QTest::qWaitFor(
            [this] { return closed || socket.state() == QAbstractSocket::UnconnectedState; }, kTimeoutMs);
    }

    QByteArray buffer;
    bool closed = false;
    bool failed = false;
    QTcpSocket socket; // last: destroyed first
};

//! A WebSocket subscriber that records what it receives.
class Subscriber
{
public:
    Subscriber()
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QWebSocket::connected, &socket, [this] { connected = true; });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { disconnected = true; });
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) { messages.append(message); });
    }
    bool live() const { return connected && !disconnected; }

    QStringList messages;
    bool connected = false;
    bool disconnected = false;
    QWebSocket socket; // last: destroyed first
};

QByteArray upgradeHeaders()
{
    return QByteArrayLiteral("Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n");
}

QList<RelayEvent> eventsOf(const QSignalSpy &spy, RelayEvent::Type type)
{
    QList<RelayEvent> out;
    for (const QList<QVariant> &args : spy) {
        const auto e = args.first().value<RelayEvent>();
        if (e.type == type)
            out.append(e);
    }
    return out;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void connectionCaps();
    void subscriberCaps();
    void channelCap();
    void upgradesTogetherStayWithinCap();
    void hubRefusesAfterTheHandshakeOverCap();
    void stalledSubscriberIsDropped();
    void storeFull_data();
    void storeFull();

private:
    static RelayConfig baseConfig();
    bool startRelay(const RelayConfig &config);
    QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                       const QByteArray &headers = {}) const;
    std::optional<Reply> exchange(const QByteArray &bytes, const QHostAddress &from = QHostAddress()) const;
    std::optional<Reply> push(const QByteArray &json) const
    {
        return exchange(request("POST", "/push", json, "Content-Type: application/json\r\n"));
    }
    std::optional<Reply> upgrade(const QByteArray &channel) const
    {
        return exchange(request("GET", "/ws/" + channel, {}, upgradeHeaders()));
    }
    std::unique_ptr<Subscriber> subscribe(const QString &channel, bool wait = true) const;

    std::unique_ptr<RelayServer> m_relay;
    std::unique_ptr<QSignalSpy> m_events;
    std::unique_ptr<QTemporaryDir> m_dir; // outlives the relay that locks it
    quint16 m_port = 0;
};

RelayConfig TestLimits::baseConfig()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    config.wsPingIntervalMs = 0;
    return config;
}

bool TestLimits::startRelay(const RelayConfig &config)
{
    auto relay = std::make_unique<RelayServer>(config);
    if (!relay->start()) {
        qWarning() << "relay did not start:" << relay->errorString();
        return false;
    }
    m_port = relay->serverPort();
    m_relay = std::move(relay);
    m_events = std::make_unique<QSignalSpy>(m_relay.get(), &RelayServer::event);
    return true;
}

QByteArray TestLimits::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                               const QByteArray &headers) const
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                     "\r\n" + headers;
    if (method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

std::optional<Reply> TestLimits::exchange(const QByteArray &bytes, const QHostAddress &from) const
{
    RawClient client;
    if (!client.open(m_port, from))
        return std::nullopt;
    return client.exchange(bytes);
}

std::unique_ptr<Subscriber> TestLimits::subscribe(const QString &channel, bool wait) const
{
    auto sub = std::make_unique<Subscriber>();
    sub->socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/%2").arg(m_port).arg(channel)));
    if (wait)
        (void)QTest::qWaitFor([&] { return sub->connected || sub->disconnected; }, kTimeoutMs);
    return sub;
}

void TestLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLimits::cleanup()
{
    m_events.reset();
    m_relay.reset();
    m_dir.reset();
    m_port = 0;
}

void TestLimits::connectionCaps()
{
    RelayConfig config = baseConfig();
    config.maxConnections = 3;
    config.maxConnectionsPerPeer = 2;
    QVERIFY(startRelay(config));
    const QHostAddress one(QStringLiteral("127.0.0.1"));
    const QHostAddress two(QStringLiteral("127.0.0.2"));
    const QHostAddress three(QStringLiteral("127.0.0.3"));

    // Two kept-alive connections from one address; an answer on each proves the relay holds it.
    RawClient a1, a2;
    QVERIFY(a1.open(m_port, one));
    QVERIFY(a2.open(m_port, one));
    for (RawClient *c : {&a1, &a2}) {
        const auto r = c->exchange(request("GET", "/"));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

    // A third from the same address is over the per-peer cap.
    RawClient a3;
    QVERIFY(a3.open(m_port, one));
    auto refused = a3.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY2(!refused->error().isEmpty(), refused->body.constData());
    QVERIFY(a3.waitClosed());

    // Another address still gets in, up to the total cap.
    RawClient b1;
    QVERIFY(b1.open(m_port, two));
    const auto fromTwo = b1.exchange(request("GET", "/"));
    QVERIFY(fromTwo);
    QCOMPARE(fromTwo->status, 200);
    RawClient c1;
    QVERIFY(c1.open(m_port, three));
    refused = c1.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY2(!refused->error().isEmpty(), refused->body.constData());

    // The connections already in are served as before.
    const auto again = a1.exchange(request("GET", "/stats"));
    QVERIFY(again);
    QCOMPARE(again->status, 200);
    const QList<RelayEvent> rejected = eventsOf(*m_events, RelayEvent::Type::Rejected);
    QCOMPARE(rejected.size(), 2);
    for (const RelayEvent &e : rejected)
        QCOMPARE(e.status, 503);

    // A slot freed is a slot the next client gets.
    a2.socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(exchange(request("GET", "/"), one).value_or(Reply{}).status, 200, kTimeoutMs);
}

void TestLimits::subscriberCaps()
{
    RelayConfig config = baseConfig();
    config.maxSubscribersPerChannel = 2;
    config.maxSubscribers = 3;
    QVERIFY(startRelay(config));

    const auto s1 = subscribe(QStringLiteral("a"));
    const auto s2 = subscribe(QStringLiteral("a"));
    QVERIFY(s1->live() && s2->live());

    // Refused before the handshake: an HTTP answer, not a WebSocket.
    auto refused = upgrade("a");
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY2(refused->error().contains(QLatin1String("(2, --max-subscribers-per-channel)")),
             refused->body.constData());
    const auto refusedSub = subscribe(QStringLiteral("a"));
    QVERIFY(refusedSub->disconnected && !refusedSub->connected);

    const auto s3 = subscribe(QStringLiteral("b"));
    QVERIFY(s3->live());
    refused = upgrade("c");
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY2(refused->error().contains(QLatin1String("(3, --max-subscribers)")), refused->body.constData());
    QCOMPARE(m_relay->hub()->subscriberCount(), 3);

    QList<RelayEvent> rejected = eventsOf(*m_events, RelayEvent::Type::Rejected);
    QCOMPARE(rejected.size(), 3);
    QCOMPARE(rejected.at(0).status, 503);
    QCOMPARE(rejected.at(0).channel, QStringLiteral("a"));
    QVERIFY(rejected.at(0).detail.contains(QLatin1String("--max-subscribers-per-channel")));
    QCOMPARE(rejected.at(2).channel, QStringLiteral("c"));

    // The subscribers in are unaffected.
    const auto pushed = push(R"({"data":"hello","channel":"a"})");
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(s1->messages.size(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(s2->messages.size(), 1, kTimeoutMs);
    const auto published = exchange(request("POST", "/publish/b", R"({"k":1})"));
    QVERIFY(published);
    QCOMPARE(published->json().value(QLatin1String("delivered")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(s3->messages.size(), 1, kTimeoutMs);

    // One leaves: one more gets in.
    s1->socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->hub()->subscriberCount(), 2, kTimeoutMs);
    const auto s4 = subscribe(QStringLiteral("c"));
    QVERIFY(s4->live());
}

void TestLimits::channelCap()
{
    RelayConfig config = baseConfig();
    config.maxChannels = 2;
    QVERIFY(startRelay(config));

    const auto a = subscribe(QStringLiteral("a"));
    const auto b = subscribe(QStringLiteral("b"));
    QVERIFY(a->live() && b->live());
    const auto refused = upgrade("c");
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY2(refused->error().contains(QLatin1String("(2, --max-channels)")), refused->body.constData());
    // A channel already kept takes more subscribers.
    const auto a2 = subscribe(QStringLiteral("a"));
    QVERIFY(a2->live());

    // A push to a channel the hub has no room for is stored and acknowledged all the same: nothing is
    // lost (nobody subscribes to it), it is just not kept for ?replay.
    const auto pushed = push(R"({"data":"kept anyway","channel":"c"})");
    QVERIFY(pushed);
    QCOMPARE(pushed->status, 200);
    const QString id = pushed->json().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_events, RelayEvent::Type::Pushed).isEmpty(), kTimeoutMs);
    const RelayEvent pushedEvent = eventsOf(*m_events, RelayEvent::Type::Pushed).constFirst();
    QCOMPARE(pushedEvent.channel, QStringLiteral("c"));
    QVERIFY2(pushedEvent.detail.contains(QLatin1String("--max-channels")), qPrintable(pushedEvent.detail));
    QCOMPARE(m_relay->hub()->channelCount(), 2);
    const auto pulled = exchange(request("GET", "/pull/" + id.toUtf8()));
    QVERIFY(pulled);
    QCOMPARE(pulled->status, 200);
    QCOMPARE(pulled->json().value(QLatin1String("data")).toString(), QStringLiteral("kept anyway"));

    // The channels kept work as before.
    QVERIFY(push(R"({"data":"to a","channel":"a"})"));
    QTRY_COMPARE_WITH_TIMEOUT(a->messages.size(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(a2->messages.size(), 1, kTimeoutMs);
    QCOMPARE(b->messages.size(), 0);

    // A channel with no subscriber and nothing to replay is forgotten, which makes room.
    b->socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->hub()->channelCount(), 1, kTimeoutMs);
    const auto c = subscribe(QStringLiteral("c"));
    QVERIFY(c->live());
    QVERIFY(push(R"({"data":"to c","channel":"c"})"));
    QTRY_COMPARE_WITH_TIMEOUT(c->messages.size(), 1, kTimeoutMs);
}

void TestLimits::upgradesTogetherStayWithinCap()
{
    RelayConfig config = baseConfig();
    config.maxSubscribers = 2;
    QVERIFY(startRelay(config));

    // All at once: every upgrade is checked before any handshake has ended, so an upgrade under way
    // must count against the cap, or all six would pass the check.
    std::vector<std::unique_ptr<Subscriber>> subs;
    for (int i = 0; i < 6; ++i)
        subs.push_back(subscribe(QStringLiteral("race"), false));
    const auto settled = [&] {
        int live = 0;
        int gone = 0;
        for (const auto &s : subs) {
            live += s->live() ? 1 : 0;
            gone += s->disconnected ? 1 : 0;
        }
        return live == 2 && gone == 4;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    QCOMPARE(m_relay->hub()->subscriberCount(), 2);
    for (const auto &s : subs) {
        if (s->disconnected)
            QVERIFY2(!s->connected, "refused after the handshake instead of before it");
    }
    const QList<RelayEvent> rejected = eventsOf(*m_events, RelayEvent::Type::Rejected);
    QCOMPARE(rejected.size(), 4);
    for (const RelayEvent &e : rejected) {
        QCOMPARE(e.status, 503);
        QVERIFY(e.detail.contains(QLatin1String("(2, --max-subscribers)")));
    }

    // The upgrades that went through took up their places: one leaving makes room for exactly one.
    const auto live = std::find_if(subs.begin(), subs.end(), [](const auto &s) { return s->live(); });
    (*live)->socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->hub()->subscriberCount(), 1, kTimeoutMs);
    const auto next = subscribe(QStringLiteral("race"));
    QVERIFY(next->live());
    QVERIFY(upgrade("race").value_or(Reply{}).status == 503);
}

void TestLimits::hubRefusesAfterTheHandshakeOverCap()
{
    // A socket that reaches the hub without a reservation (the check and the handshake raced past a
    // reservation's expiry) is closed with a reason instead of going over the cap.
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    server.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ChannelHub hub(0, [](const QString &) { return true; });
    hub.setLimits(ChannelHub::Limits{1, 1, 10, 1024});
    QStringList refusals;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (server.hasPendingConnections()) {
            if (const auto refusal = hub.subscribe(server.nextPendingConnection(), QStringLiteral("x"), 0))
                refusals.append(*refusal);
        }
    });
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws/x").arg(server.serverPort()));
    Subscriber first;
    first.socket.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(hub.subscriberCount(), 1, kTimeoutMs);
    Subscriber second;
    second.socket.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(second.disconnected, kTimeoutMs);
    QCOMPARE(second.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(second.socket.closeReason().contains(QLatin1String("--max-subscribers")),
             qPrintable(second.socket.closeReason()));
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(hub.subscriberCount(), 1);
    QVERIFY(first.live());
}

void TestLimits::stalledSubscriberIsDropped()
{
    constexpr qint64 kCap = 64 * 1024;
    RelayConfig config = baseConfig();
    config.maxPendingWsBytes = kCap;
    QVERIFY(startRelay(config));

    // A raw client that completes the handshake and then never reads again, with as little buffering
    // as the kernel and Qt allow, so that what the relay sends piles up on the relay's side.
    RawClient stalled;
    QVERIFY(stalled.open(m_port));
    stalled.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    stalled.socket.write(request("GET", "/ws/slow", {}, upgradeHeaders()));
    QVERIFY(QTest::qWaitFor([&] { return stalled.buffer.contains("\r\n\r\n"); }, kTimeoutMs));
    QVERIFY2(stalled.buffer.startsWith("HTTP/1.1 101"), stalled.buffer.constData());
    stalled.socket.disconnect();
    stalled.socket.setReadBufferSize(1024);

    const auto reader = subscribe(QStringLiteral("slow"));
    QVERIFY(reader->live());
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->hub()->subscriberCount(QStringLiteral("slow")), 2, kTimeoutMs);
    QSignalSpy left(m_relay->hub(), &ChannelHub::unsubscribed);
    QSignalSpy dropped(m_relay->hub(), &ChannelHub::droppedSlow);

    // Each message alone is larger than the cap: a subscriber is dropped for what is still unsent when
    // the next message is due, not for the size of one message.
    const QByteArray body = '"' + QByteArray(256 * 1024, 'p') + '"';
    int sent = 0;
    int lastDelivered = 2;
    while (lastDelivered == 2 && sent < 200) {
        const auto r = exchange(request("POST", "/publish/slow", body));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        lastDelivered = r->json().value(QLatin1String("delivered")).toInt();
        if (sent == 0)
            QCOMPARE(lastDelivered, 2);
        ++sent;
        // The reader keeps up with every message.
        QTRY_COMPARE_WITH_TIMEOUT(reader->messages.size(), sent, kTimeoutMs);
    }
    qInfo("the stalled subscriber was dropped at publish %d (%lld bytes published)", sent,
          qint64(sent) * body.size());
    QCOMPARE(lastDelivered, 1);
    QCOMPARE(m_relay->hub()->subscriberCount(QStringLiteral("slow")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, kTimeoutMs);
    // Said once, with the channel and how far it fell behind; the event log shows it with the option.
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toString(), QStringLiteral("slow"));
    QVERIFY(dropped.at(0).at(2).toLongLong() > kCap);
    const QList<RelayEvent> rejected = eventsOf(*m_events, RelayEvent::Type::Rejected);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().channel, QStringLiteral("slow"));
    QVERIFY2(rejected.constFirst().detail.contains(QLatin1String("--max-pending-ws-bytes")),
             qPrintable(rejected.constFirst().detail));

    // The one that reads goes on receiving.
    const auto more = exchange(request("POST", "/publish/slow", R"({"after":true})"));
    QVERIFY(more);
    QCOMPARE(more->json().value(QLatin1String("delivered")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(reader->messages.size(), sent + 1, kTimeoutMs);
    QVERIFY(reader->live());
}

void TestLimits::storeFull_data()
{
    QTest::addColumn<bool>("ephemeral");
    QTest::newRow("memory") << true;
    QTest::newRow("sqlite") << false;
}

void TestLimits::storeFull()
{
    QFETCH(bool, ephemeral);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    RelayConfig config = baseConfig();
    config.ephemeral = ephemeral;
    config.dataDir = m_dir->path();
    config.memoryBudgetBytes = 4000;
    config.diskBudgetBytes = 4000;
    QVERIFY(startRelay(config));

    const QByteArray data(1000, 'd');
    QStringList ids;
    std::optional<Reply> r;
    for (int i = 0; i < 10; ++i) {
        r = push(R"({"data":")" + data + R"(","channel":"full"})");
        QVERIFY(r);
        if (r->status != 200)
            break;
        ids.append(r->json().value(QLatin1String("id")).toString());
    }
    QCOMPARE(r->status, 507);
    QVERIFY2(r->error().contains(QLatin1String("full")), r->body.constData());
    QVERIFY(ids.size() >= 3);
    QCOMPARE(m_relay->store()->count(), ids.size());

    // Nothing was evicted to make room.
    for (const QString &id : std::as_const(ids)) {
        const auto peeked = exchange(request("GET", "/peek/" + id.toUtf8()));
        QVERIFY(peeked);
        QCOMPARE(peeked->status, 200);
    }
    const QList<RelayEvent> rejected = eventsOf(*m_events, RelayEvent::Type::Rejected);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().status, 507);

    // Other routes go on; deleting one makes room again.
    const auto deleted = exchange(request("DELETE", "/pull/" + ids.first().toUtf8()));
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 204);
    const auto fits = push(R"({"data":")" + data + R"("})");
    QVERIFY(fits);
    QCOMPARE(fits->status, 200);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
