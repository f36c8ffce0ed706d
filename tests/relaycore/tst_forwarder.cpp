// SPDX-License-Identifier: MIT
// Channel bridges between two relays in one test: A is "this" relay, B plays the remote (with API
// keys on, as the managed cloud has them).
#include "client/relayclient.h"
#include "client/relaysubscription.h"
#include "forward/bridgesettings.h"
#include "forward/forwarder.h"
#include "relay/relayserver.h"
#include "remote/remoteprofiles.h"
#include "security/fernet.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sodium.h>

using namespace Relay;

namespace {
const QString kKey = QStringLiteral("cr_test_cloud_key_0123456789");

RelayConfig relayConfig(quint16 port = 0, const QString &dataDir = QString(), bool withKey = false)
{
    RelayConfig c;
    c.port = port;
    c.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    c.ephemeral = dataDir.isEmpty();
    c.dataDir = dataDir;
    if (withKey)
        c.apiTokens = {kKey};
    c.shutdownGraceMs = 200;
    return c;
}

//! Waits for an asynchronous client call and returns its result.
template<typename T, typename Call>
ClientResult<T> await(Call call)
{
    std::optional<ClientResult<T>> result;
    QObject context;
    call(&context, [&result](ClientResult<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::unexpected(ClientError{ClientError::Kind::Timeout, 0, QStringLiteral("test timeout")});
    return *result;
}

ClientResult<PushResult> push(RelayClient &client, const QByteArray &data, const QString &channel,
                              const QJsonObject &metadata = {})
{
    PushOptions o;
    o.channel = channel;
    o.metadata = metadata;
    return await<PushResult>([&](QObject *ctx, auto done) { client.push(data, o, ctx, std::move(done)); });
}

ClientResult<PullResult> pull(RelayClient &client, const QString &url)
{
    return await<PullResult>([&](QObject *ctx, auto done) { client.pull(url, ctx, std::move(done)); });
}

int payloadCount(RelayServer &server)
{
    return server.snapshot().payloads.size();
}

void stop(std::unique_ptr<RelayServer> &server)
{
    QSignalSpy stopped(server.get(), &RelayServer::stopped);
    server->shutdown();
    QVERIFY(stopped.count() > 0 || stopped.wait(5000));
    server.reset();
}
} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT

    static ResolvedBridge bridge(quint16 bPort, BridgeDirection direction, const QString &key = kKey,
                                 const QString &local = QStringLiteral("team"),
                                 const QString &remote = QStringLiteral("team-remote"))
    {
        ResolvedBridge r;
        r.spec.id = QStringLiteral("b1");
        r.spec.localChannel = local;
        r.spec.profile = QStringLiteral("cloud");
        r.spec.remoteChannel = remote;
        r.spec.direction = direction;
        r.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bPort));
        r.apiKey = key;
        r.keyResolved = true;
        return r;
    }

    static std::unique_ptr<RelayServer> startServer(const RelayConfig &config)
    {
        auto server = std::make_unique<RelayServer>(config);
        if (!server->start()) {
            qWarning() << server->errorString();
            return nullptr;
        }
        return server;
    }

    static std::unique_ptr<Forwarder> startForwarder(RelayServer *server)
    {
        auto f = std::make_unique<Forwarder>(server);
        f->setBackoff(50, 400);
        QString error;
        if (!f->open(&error)) {
            qWarning() << error;
            return nullptr;
        }
        return f;
    }

    //! B (the remote, keys on unless \a remote says otherwise), A, and a bridge from A to B.
    struct Pair
    {
        std::unique_ptr<RelayServer> a;
        std::unique_ptr<RelayServer> b;
        std::unique_ptr<Forwarder> forwarder; // declared last: goes first, before the server it taps
        bool ok() const { return a && b && forwarder; }
    };

    static Pair startPair(BridgeDirection direction, const QString &key = kKey,
                          const RelayConfig &remote = relayConfig(0, QString(), true))
    {
        Pair p;
        p.b = startServer(remote);
        p.a = startServer(relayConfig());
        if (p.a && p.b) {
            p.forwarder = startForwarder(p.a.get());
            if (p.forwarder)
                p.forwarder->setBridges({bridge(p.b->serverPort(), direction, key)});
        }
        return p;
    }

    static BridgeStatus statusOf(const Forwarder &f)
    {
        const auto all = f.statuses();
        return all.isEmpty() ? BridgeStatus() : all.first();
    }

    //! A subscriber on B that records the pointers it receives, in order.
    struct Listener
    {
        std::unique_ptr<RelayClient> client;
        std::unique_ptr<RelaySubscription> subscription;
        QStringList urls;
    };

    static std::unique_ptr<Listener> listen(quint16 port, const QString &channel,
                                            const QString &key = QString(), int replay = 0)
    {
        auto l = std::make_unique<Listener>();
        l->client = std::make_unique<RelayClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), key);
        l->subscription = std::make_unique<RelaySubscription>(l->client.get(), channel, replay);
        l->subscription->setBackoff(50, 400);
        Listener *raw = l.get();
        QObject::connect(l->subscription.get(), &RelaySubscription::pointerReceived, l->subscription.get(),
                         [raw](const QString &url, qint64) { raw->urls.append(url); });
        QSignalSpy connected(l->subscription.get(), &RelaySubscription::connected);
        l->subscription->start();
        if (!connected.wait(5000))
            return nullptr;
        return l;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void outgoingInOrderWithMetadataAndCiphertext()
    {
        Pair pair = startPair(BridgeDirection::Out);
        QVERIFY(pair.ok());
        auto &a = pair.a;
        auto &b = pair.b;
        auto &f = pair.forwarder;
        auto agent = listen(b->serverPort(), QStringLiteral("team-remote"), kKey);
        QVERIFY(agent);

        RelayClient local(QUrl(a->baseUrl()));
        QStringList sent;
        for (int i = 0; i < 5; ++i) {
            const auto r = push(local, "section " + QByteArray::number(i), QStringLiteral("team"),
                                {{QStringLiteral("n"), i}});
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        }
        // Ciphertext stays ciphertext: the bridge forwards the token, never a key.
        const QByteArray key = Fernet::generateKey();
        const QByteArray token = *Fernet::encrypt(key, "secret");
        QVERIFY(push(local, token, QStringLiteral("team")));
        // A push on another channel is not bridged.
        QVERIFY(push(local, "elsewhere", QStringLiteral("other")));

        QTRY_COMPARE_WITH_TIMEOUT(agent->urls.size(), 6, 10000);
        RelayClient remote(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(b->serverPort())), kKey);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(agent->urls.at(i).startsWith(
                QStringLiteral("http://127.0.0.1:%1/pull/").arg(b->serverPort())));
            const auto p = pull(remote, agent->urls.at(i));
            QVERIFY(p);
            QCOMPARE(p->data, "section " + QByteArray::number(i));
            QCOMPARE(p->metadata.value(QStringLiteral("n")).toInt(), i);
        }
        const auto cipher = pull(remote, agent->urls.at(5));
        QVERIFY(cipher);
        QCOMPARE(cipher->data, token);
        QCOMPARE(*Fernet::decrypt(key, cipher->data), QByteArray("secret"));
        QCOMPARE(payloadCount(*b), 6);
        const BridgeStatus s = statusOf(*f);
        QCOMPARE(s.state, BridgeStatus::State::Connected);
        QCOMPARE(s.queued, 0);
        QCOMPARE(s.delivered, 6);
    }

    void incoming()
    {
        Pair pair = startPair(BridgeDirection::In);
        QVERIFY(pair.ok());
        auto &a = pair.a;
        auto &b = pair.b;
        auto &f = pair.forwarder;
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).state, BridgeStatus::State::Connected, 5000);
        auto agent = listen(a->serverPort(), QStringLiteral("team"));
        QVERIFY(agent);

        RelayClient remote(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(b->serverPort())), kKey);
        for (int i = 0; i < 3; ++i)
            QVERIFY(push(remote, "from afar " + QByteArray::number(i), QStringLiteral("team-remote"),
                         {{QStringLiteral("i"), i}}));
        QTRY_COMPARE_WITH_TIMEOUT(agent->urls.size(), 3, 10000);
        RelayClient local(QUrl(a->baseUrl()));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(agent->urls.at(i).startsWith(a->baseUrl() + QStringLiteral("/pull/")));
            const auto p = pull(local, agent->urls.at(i));
            QVERIFY(p);
            QCOMPARE(p->data, "from afar " + QByteArray::number(i));
            QCOMPARE(p->metadata.value(QStringLiteral("i")).toInt(), i);
        }
        QCOMPARE(statusOf(*f).received, 3);
    }

    void bothWaysWithoutLoops()
    {
        Pair pair = startPair(BridgeDirection::Both);
        QVERIFY(pair.ok());
        auto &a = pair.a;
        auto &b = pair.b;
        auto &f = pair.forwarder;
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).state, BridgeStatus::State::Connected, 5000);
        auto onA = listen(a->serverPort(), QStringLiteral("team"));
        auto onB = listen(b->serverPort(), QStringLiteral("team-remote"), kKey);
        QVERIFY(onA && onB);

        RelayClient local(QUrl(a->baseUrl()));
        RelayClient remote(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(b->serverPort())), kKey);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(push(local, "A" + QByteArray::number(i), QStringLiteral("team")));
            QVERIFY(push(remote, "B" + QByteArray::number(i), QStringLiteral("team-remote")));
        }
        // Every payload exists once on each side: 4 own + 4 bridged.
        QTRY_COMPARE_WITH_TIMEOUT(onA->urls.size(), 8, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(onB->urls.size(), 8, 10000);
        // A last round in each direction: had anything looped, it would have arrived before these.
        QVERIFY(push(local, "A-last", QStringLiteral("team")));
        QVERIFY(push(remote, "B-last", QStringLiteral("team-remote")));
        QTRY_COMPARE_WITH_TIMEOUT(onA->urls.size(), 10, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(onB->urls.size(), 10, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).queued, 0, 5000);
        QCOMPARE(payloadCount(*a), 10);
        QCOMPARE(payloadCount(*b), 10);
        QCOMPARE(statusOf(*f).delivered, 5);
        QCOMPARE(statusOf(*f).received, 5);
    }

    void remoteDownThenUpNothingLostInOrder()
    {
        auto b = startServer(relayConfig(0, QString(), true));
        QVERIFY(b);
        const quint16 bPort = b->serverPort();
        auto a = startServer(relayConfig());
        QVERIFY(a);
        auto f = startForwarder(a.get());
        QVERIFY(f);
        f->setBridges({bridge(bPort, BridgeDirection::Out)});
        stop(b);

        RelayClient local(QUrl(a->baseUrl()));
        for (int i = 0; i < 5; ++i)
            QVERIFY(push(local, "queued " + QByteArray::number(i), QStringLiteral("team")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).state, BridgeStatus::State::Retrying, 5000);
        QCOMPARE(statusOf(*f).queued, 5);
        QVERIFY(!statusOf(*f).lastError.isEmpty());

        b = startServer(relayConfig(bPort, QString(), true));
        QVERIFY(b);
        // The agent may subscribe after some went out: those it gets by replay, the rest live.
        auto agent = listen(bPort, QStringLiteral("team-remote"), kKey, 100);
        QVERIFY(agent);
        QTRY_COMPARE_WITH_TIMEOUT(agent->urls.size(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).queued, 0, 5000);
        QCOMPARE(statusOf(*f).state, BridgeStatus::State::Connected);
        QCOMPARE(payloadCount(*b), 5);
        RelayClient remote(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bPort)), kKey);
        for (int i = 0; i < 5; ++i) {
            const auto p = pull(remote, agent->urls.at(i));
            QVERIFY(p);
            QCOMPARE(p->data, "queued " + QByteArray::number(i));
        }
    }

    void restartKeepsTheQueue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A port for B that is free now, and B is not running yet.
        quint16 bPort = 0;
        {
            auto probe = startServer(relayConfig(0, QString(), true));
            QVERIFY(probe);
            bPort = probe->serverPort();
            stop(probe);
        }
        {
            auto a = startServer(relayConfig(0, dir.path()));
            QVERIFY(a);
            auto f = startForwarder(a.get());
            QVERIFY(f);
            f->setBridges({bridge(bPort, BridgeDirection::Out)});
            RelayClient local(QUrl(a->baseUrl()));
            for (int i = 0; i < 3; ++i)
                QVERIFY(push(local, "kept " + QByteArray::number(i), QStringLiteral("team")));
            QCOMPARE(statusOf(*f).queued, 3);
            f.reset();
            stop(a);
        }
        auto a = startServer(relayConfig(0, dir.path()));
        QVERIFY(a);
        auto f = startForwarder(a.get());
        QVERIFY(f);
        f->setBridges({bridge(bPort, BridgeDirection::Out)});
        QCOMPARE(statusOf(*f).queued, 3);

        auto b = startServer(relayConfig(bPort, QString(), true));
        QVERIFY(b);
        auto agent = listen(bPort, QStringLiteral("team-remote"), kKey, 100);
        QVERIFY(agent);
        QTRY_COMPARE_WITH_TIMEOUT(agent->urls.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).queued, 0, 5000);
        QCOMPARE(payloadCount(*b), 3);
        RelayClient remote(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bPort)), kKey);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pull(remote, agent->urls.at(i))->data, "kept " + QByteArray::number(i));
    }

    void wrongKeyIsAClearErrorAndKeepsTheQueue()
    {
        Pair pair = startPair(BridgeDirection::Out, QStringLiteral("cr_wrong"));
        QVERIFY(pair.ok());
        auto &a = pair.a;
        auto &b = pair.b;
        auto &f = pair.forwarder;
        RelayClient local(QUrl(a->baseUrl()));
        QVERIFY(push(local, "held", QStringLiteral("team")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).state, BridgeStatus::State::Refused, 5000);
        QVERIFY2(statusOf(*f).lastError.contains(QLatin1String("401")), qPrintable(statusOf(*f).lastError));
        QCOMPARE(statusOf(*f).queued, 1);
        QCOMPARE(payloadCount(*b), 0);

        // The right key (a new configuration) delivers what waited.
        f->setBridges({bridge(b->serverPort(), BridgeDirection::Out)});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).queued, 0, 5000);
        QCOMPARE(payloadCount(*b), 1);
    }

    void tooLargeForTheRemoteIsSkippedNotBlocking()
    {
        RelayConfig small = relayConfig(0, QString(), true);
        small.maxPayloadBytes = 1000;
        Pair pair = startPair(BridgeDirection::Out, kKey, small);
        QVERIFY(pair.ok());
        auto &a = pair.a;
        auto &b = pair.b;
        auto &f = pair.forwarder;
        RelayClient local(QUrl(a->baseUrl()));
        QVERIFY(push(local, QByteArray(5000, 'x'), QStringLiteral("team")));
        QVERIFY(push(local, "small", QStringLiteral("team")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*f).queued, 0, 5000);
        const BridgeStatus s = statusOf(*f);
        QCOMPARE(s.undeliverable, 1);
        QVERIFY2(s.lastUndeliverable.contains(QLatin1String("413")), qPrintable(s.lastUndeliverable));
        QVERIFY(describeBridgeStatus(s).contains(QLatin1String("413")));
        QCOMPARE(payloadCount(*b), 1);
    }

    void fullQueueRefusesThePushAndKeepsWhatItHas()
    {
        quint16 bPort = 0;
        {
            auto probe = startServer(relayConfig());
            QVERIFY(probe);
            bPort = probe->serverPort();
            stop(probe);
        }
        auto a = startServer(relayConfig());
        QVERIFY(a);
        auto f = std::make_unique<Forwarder>(a.get());
        f->setBackoff(50, 400);
        f->setQueueLimits(2, 1 << 20);
        QString error;
        QVERIFY(f->open(&error));
        f->setBridges({bridge(bPort, BridgeDirection::Out)});
        RelayClient local(QUrl(a->baseUrl()));
        QVERIFY(push(local, "one", QStringLiteral("team")));
        QVERIFY(push(local, "two", QStringLiteral("team")));
        const auto third = push(local, "three", QStringLiteral("team"));
        QVERIFY(!third);
        QCOMPARE(third.error().httpStatus, 507);
        QVERIFY(third.error().message.contains(QLatin1String("queue")));
        QCOMPARE(statusOf(*f).queued, 2);
        QCOMPARE(payloadCount(*a), 2);
        // Other channels are not affected.
        QVERIFY(push(local, "unbridged", QStringLiteral("other")));
    }

    void bridgeSettingsValidateAndPersist()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        RemoteProfiles profiles(ini);
        QString error;
        QVERIFY(
            profiles.add({QStringLiteral("cloud"), QUrl(QStringLiteral("https://relay.example"))}, &error));
        BridgeSettings settings(ini);
        QVERIFY(!settings.add(QStringLiteral("team"), QStringLiteral("nobody"), QStringLiteral("team"),
                              BridgeDirection::Out));
        QVERIFY(
            !settings.add(QString(), QStringLiteral("cloud"), QStringLiteral("team"), BridgeDirection::Out));
        QVERIFY(!settings.add(QStringLiteral("a\nb"), QStringLiteral("cloud"), QStringLiteral("team"),
                              BridgeDirection::Out));
        const auto added = settings.add(QStringLiteral("team"), QStringLiteral("cloud"),
                                        QStringLiteral("t:x"), BridgeDirection::Both);
        QVERIFY(added);
        QCOMPARE(added->id.size(), 8);
        const auto again = settings.add(QStringLiteral("team"), QStringLiteral("cloud"),
                                        QStringLiteral("t:x"), BridgeDirection::In);
        QVERIFY(!again);
        QVERIFY(again.error().contains(added->id));

        const QList<BridgeSpec> listed = BridgeSettings(ini).list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first(), *added);
        QCOMPARE(listed.first().label(), QStringLiteral("team \u2194 cloud:t:x"));

        const auto parsed = BridgeSettings::parseRemote(QStringLiteral("cloud:t:x"));
        QVERIFY(parsed);
        QCOMPARE(parsed->first, QStringLiteral("cloud"));
        QCOMPARE(parsed->second, QStringLiteral("t:x"));
        QVERIFY(!BridgeSettings::parseRemote(QStringLiteral("cloud:")));
        QVERIFY(!BridgeSettings::parseRemote(QStringLiteral(":team")));

        QVERIFY(!settings.remove(QStringLiteral("zzzz")));
        const auto removed = settings.remove(added->id.left(4));
        QVERIFY(removed);
        QCOMPARE(removed->id, added->id);
        QVERIFY(BridgeSettings(ini).list().isEmpty());
    }

    void removedBridgeDropsItsQueue()
    {
        auto a = startServer(relayConfig());
        QVERIFY(a);
        auto f = startForwarder(a.get());
        QVERIFY(f);
        f->setBridges({bridge(1, BridgeDirection::Out)});
        RelayClient local(QUrl(a->baseUrl()));
        QVERIFY(push(local, "one", QStringLiteral("team")));
        QCOMPARE(statusOf(*f).queued, 1);
        f->setBridges({});
        QVERIFY(f->statuses().isEmpty());
        QVERIFY(!f->tapsChannel(QStringLiteral("team")));
        f->setBridges({bridge(1, BridgeDirection::Out)});
        QCOMPARE(statusOf(*f).queued, 0);
    }
};

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
