// SPDX-License-Identifier: MIT
// The router on its own: requests in, responses out, no sockets.
#include "fakeclock.h"

#include "pubsub/channelhub.h"
#include "relay/relayrouter.h"
#include "security/securitygate.h"
#include "store/memorybackend.h"
#include "store/payloadstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <sodium.h>

using namespace Relay;

class TestRelayRouter : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    RelayConfig m_config;
    std::unique_ptr<PayloadStore> m_store;
    std::unique_ptr<ChannelHub> m_hub;
    std::unique_ptr<SecurityGate> m_gate;
    std::unique_ptr<RelayRouter> m_router;

    static HttpRequest request(const QByteArray &method, const QByteArray &target,
                               const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        HttpRequest r;
        r.method = method;
        r.target = target;
        const qsizetype q = target.indexOf('?');
        r.path = QString::fromUtf8(q < 0 ? target : target.left(q));
        r.query = QUrlQuery(q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1)));
        r.headers.append({QByteArray("host"), QByteArray("127.0.0.1:8787")});
        if (!contentType.isNull())
            r.headers.append({QByteArray("content-type"), contentType});
        r.body = body;
        return r;
    }

    QJsonObject pushJson(const QByteArray &body)
    {
        const HttpResponse r = m_router->handle(request("POST", "/push", body, "application/json"));
        [&] { QCOMPARE(r.status, 200); }();
        return QJsonDocument::fromJson(r.body).object();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void init()
    {
        m_config = RelayConfig();
        m_store = std::make_unique<PayloadStore>(std::make_unique<MemoryBackend>(), &m_clock,
                                                 PayloadStore::Budget());
        QString error;
        QVERIFY(m_store->open(&error));
        m_hub = std::make_unique<ChannelHub>(10, [this](const QString &id) { return m_store->isAlive(id); });
        m_gate = std::make_unique<SecurityGate>(QStringList(), QStringList(), QStringList());
        m_gate->setPort(8787);
        m_router =
            std::make_unique<RelayRouter>(m_config, m_store.get(), m_hub.get(), m_gate.get(), &m_clock);
    }

    void cleanup()
    {
        m_router.reset();
        m_hub.reset();
        m_store.reset();
    }

    void pushPullPeek()
    {
        QSignalSpy events(m_router.get(), &RelayRouter::event);
        const QJsonObject pushed = pushJson(R"({"data":"héllo","metadata":{"step":"review"},"channel":"c"})");
        const QString id = pushed.value(QLatin1String("id")).toString();
        QCOMPARE(pushed.value(QLatin1String("url")).toString(),
                 QStringLiteral("http://127.0.0.1:8787/pull/") + id);
        QCOMPARE(pushed.value(QLatin1String("channel")).toString(), QStringLiteral("c"));
        QCOMPARE(pushed.value(QLatin1String("expires_at")).toDouble(), double(m_clock.nowMs() + 86'400'000));
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().first().value<RelayEvent>().type, RelayEvent::Type::Pushed);

        const HttpResponse pulled = m_router->handle(request("GET", "/pull/" + id.toLatin1()));
        QCOMPARE(pulled.status, 200);
        QCOMPARE(pulled.contentType, QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(pulled.body, QByteArray("{\"data\":\"héllo\",\"metadata\":{\"step\":\"review\"}}"));

        const HttpResponse peeked = m_router->handle(request("GET", "/peek/" + id.toLatin1()));
        QCOMPARE(peeked.body, QByteArray("{\"step\":\"review\"}"));
        QCOMPARE(events.count(), 3);
    }

    void defaultTtlComesFromConfig()
    {
        m_config.defaultTtlSeconds = 120;
        m_router =
            std::make_unique<RelayRouter>(m_config, m_store.get(), m_hub.get(), m_gate.get(), &m_clock);
        const QJsonObject pushed = pushJson(R"({"data":"x"})");
        QCOMPARE(pushed.value(QLatin1String("expires_at")).toDouble(), double(m_clock.nowMs() + 120'000));
    }

    void capAppliesToTheDecodedPayload()
    {
        m_config.maxPayloadBytes = 10;
        m_router =
            std::make_unique<RelayRouter>(m_config, m_store.get(), m_hub.get(), m_gate.get(), &m_clock);
        // The JSON body may be larger than the cap (quoting, keys); the payload may not.
        const HttpRequest head = request("POST", "/push", {}, "application/json");
        QVERIFY(m_router->bodyLimit(head) > 10);
        QCOMPARE(m_router->bodyLimit(request("POST", "/push", {}, "text/plain")), 10);
        QCOMPARE(
            m_router->handle(request("POST", "/push", R"({"data":"0123456789"})", "application/json")).status,
            200);
        const HttpResponse tooBig =
            m_router->handle(request("POST", "/push", R"({"data":"0123456789a"})", "application/json"));
        QCOMPARE(tooBig.status, 413);
        QVERIFY(tooBig.body.contains("\"error\""));
    }

    void rawPushRemembersTypeAndName()
    {
        const HttpResponse r = m_router->handle(request(
            "POST", "/push?filename=r%C3%A9sum%C3%A9%22.pdf&max_reads=1", "%PDF-1", "application/pdf"));
        QCOMPARE(r.status, 200);
        const QByteArray id =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("id")).toString().toLatin1();
        const HttpResponse raw = m_router->handle(request("GET", "/raw/" + id));
        QCOMPARE(raw.body, QByteArray("%PDF-1"));
        QCOMPARE(raw.contentType, QByteArray("application/pdf"));
        const QByteArray disposition = raw.headers.value(0).second;
        QVERIFY2(disposition.startsWith("attachment; filename=\"r_sum__.pdf\""), disposition.constData());
        QVERIFY(disposition.contains("filename*=UTF-8''r%C3%A9sum%C3%A9%22.pdf"));
        QVERIFY(raw.awaitDurable);
        QCOMPARE(m_router->handle(request("GET", "/raw/" + id)).status, 404); // max_reads=1
    }

    void publishDeliversAnyJsonValue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("object") << QByteArray(R"({"done":true})") << 200;
        QTest::newRow("number") << QByteArray("42") << 200;
        QTest::newRow("text") << QByteArray("pipeline complete") << 200;
        QTest::newRow("empty") << QByteArray() << 400;
    }

    void publishDeliversAnyJsonValue()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResponse r = m_router->handle(request("POST", "/publish/done", body, "application/json"));
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.body, QByteArray("{\"delivered\":0}"));
    }

    void routesAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("health") << QByteArray("GET") << QByteArray("/") << 200
                                << QByteArray("ContextRelay API is running.");
        QTest::newRow("POST /") << QByteArray("POST") << QByteArray("/") << 404 << QByteArray("Not found");
        QTest::newRow("GET /push") << QByteArray("GET") << QByteArray("/push") << 404
                                   << QByteArray("Not found");
        QTest::newRow("PUT /push") << QByteArray("PUT") << QByteArray("/push") << 404
                                   << QByteArray("Not found");
        QTest::newRow("unknown") << QByteArray("GET") << QByteArray("/nope") << 404
                                 << QByteArray("Not found");
        QTest::newRow("pull unknown") << QByteArray("GET") << QByteArray("/pull/nope") << 404
                                      << QByteArray("Context not found or expired");
        QTest::newRow("delete unknown") << QByteArray("DELETE") << QByteArray("/pull/nope") << 404
                                        << QByteArray("Context not found or expired");
        QTest::newRow("ws without upgrade")
            << QByteArray("GET") << QByteArray("/ws/c") << 426 << QByteArray("Expected WebSocket upgrade");
        QTest::newRow("publish no channel")
            << QByteArray("POST") << QByteArray("/publish/") << 400 << QByteArray("Missing channel");
    }

    void routesAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const HttpResponse r =
            m_router->handle(request(method, target, method == "POST" ? "x" : QByteArray()));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
    }

    void expiryIsSeenByTheRouter()
    {
        const QString id = pushJson(R"({"data":"short","ttl":60})").value(QLatin1String("id")).toString();
        m_clock.advance(60'000);
        QCOMPARE(m_router->handle(request("GET", "/pull/" + id.toLatin1())).status, 404);
    }

    void statsCountWhatIsStored()
    {
        pushJson(R"({"data":"abc"})");
        pushJson(R"({"data":"de","channel":"c"})");
        const QJsonObject stats =
            QJsonDocument::fromJson(m_router->handle(request("GET", "/stats")).body).object();
        QCOMPARE(stats.value(QLatin1String("payloads")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("bytes")).toInt(), 5);
        QCOMPARE(stats.value(QLatin1String("channels")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("subscribers")).toInt(), 0);
        QVERIFY(stats.contains(QLatin1String("version")));
    }
};

QTEST_GUILESS_MAIN(TestRelayRouter)
#include "tst_relayrouter.moc"
