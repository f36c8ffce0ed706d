// SPDX-License-Identifier: MIT
#include "security/securitygate.h"

#include "security/apitokens.h"

#include <QTest>
#include <sodium.h>

using namespace Relay;

class TestSecurityGate : public QObject
{
    Q_OBJECT

    static HttpRequest request(const QByteArray &host, const QByteArray &origin = {},
                               const QByteArray &auth = {})
    {
        HttpRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/pull/x");
        if (!host.isNull())
            r.headers.append({"host", host});
        if (!origin.isNull())
            r.headers.append({"origin", origin});
        if (!auth.isNull())
            r.headers.append({"authorization", auth});
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void host_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:8787") << 0;
        QTest::newRow("localhost") << QByteArray("localhost:8787") << 0;
        QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:8787") << 0;
        QTest::newRow("[::1]") << QByteArray("[::1]:8787") << 0;
        QTest::newRow("configured") << QByteArray("relay.test:8787") << 0;
        QTest::newRow("wrong port") << QByteArray("127.0.0.1:8788") << 403;
        QTest::newRow("no port") << QByteArray("127.0.0.1") << 403;
        QTest::newRow("rebinding") << QByteArray("evil.example:8787") << 403;
        QTest::newRow("suffix trick") << QByteArray("localhost.evil.example:8787") << 403;
        QTest::newRow("empty") << QByteArray("") << 403;
    }

    void host()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        SecurityGate gate({QStringLiteral("relay.test")}, {}, {});
        gate.setPort(8787);
        const auto refusal = gate.check(request(host), true);
        QCOMPARE(refusal ? refusal->status : 0, status);
        if (refusal)
            QVERIFY(refusal->body.contains("\"error\""));
    }

    void origin_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::newRow("own") << QByteArray("http://127.0.0.1:8787") << 0;
        QTest::newRow("own localhost") << QByteArray("http://localhost:8787") << 0;
        QTest::newRow("configured") << QByteArray("https://tool.example") << 0;
        QTest::newRow("web page") << QByteArray("https://evil.example") << 403;
        QTest::newRow("other port") << QByteArray("http://127.0.0.1:3000") << 403;
        QTest::newRow("null") << QByteArray("null") << 403;
        QTest::newRow("https own") << QByteArray("https://127.0.0.1:8787") << 403;
    }

    void origin()
    {
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        SecurityGate gate({}, {QStringLiteral("https://tool.example")}, {});
        gate.setPort(8787);
        const auto refusal = gate.check(request("127.0.0.1:8787", origin), true);
        QCOMPARE(refusal ? refusal->status : 0, status);
    }

    void fetchMetadataWithoutOrigin_data()
    {
        QTest::addColumn<QByteArray>("site");
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QByteArray>("dest");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("no fetch metadata (agents, curl)")
            << QByteArray() << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::newRow("typed in the address bar") << QByteArray("none") << QByteArray("navigate")
                                                  << QByteArray("document") << QByteArray("?1") << true;
        QTest::newRow("same origin") << QByteArray("same-origin") << QByteArray("cors") << QByteArray("empty")
                                     << QByteArray() << true;
        QTest::newRow("img from another port") << QByteArray("same-site") << QByteArray("no-cors")
                                               << QByteArray("image") << QByteArray() << false;
        QTest::newRow("no-cors fetch from a site") << QByteArray("cross-site") << QByteArray("no-cors")
                                                   << QByteArray("empty") << QByteArray() << false;
        QTest::newRow("iframe") << QByteArray("cross-site") << QByteArray("navigate") << QByteArray("iframe")
                                << QByteArray() << false;
        QTest::newRow("scripted navigation") << QByteArray("cross-site") << QByteArray("navigate")
                                             << QByteArray("document") << QByteArray() << false;
        QTest::newRow("a link the person clicked") << QByteArray("cross-site") << QByteArray("navigate")
                                                   << QByteArray("document") << QByteArray("?1") << true;
    }

    void fetchMetadataWithoutOrigin()
    {
        QFETCH(QByteArray, site);
        QFETCH(QByteArray, mode);
        QFETCH(QByteArray, dest);
        QFETCH(QByteArray, user);
        QFETCH(bool, allowed);
        SecurityGate gate({}, {}, {});
        gate.setPort(8787);
        HttpRequest r = request("127.0.0.1:8787");
        const std::pair<QByteArray, QByteArray> headers[] = {{"sec-fetch-site", site},
                                                             {"sec-fetch-mode", mode},
                                                             {"sec-fetch-dest", dest},
                                                             {"sec-fetch-user", user}};
        for (const auto &[name, value] : headers) {
            if (!value.isNull())
                r.headers.append({name, value});
        }
        const auto refusal = gate.check(r, true);
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal) {
            QCOMPARE(refusal->status, 403);
            QVERIFY(refusal->body.contains("web pages"));
        }
    }

    void tokens()
    {
        SecurityGate gate({}, {}, {QStringLiteral("s3cret"), QStringLiteral("other")});
        gate.setPort(8787);
        QVERIFY(gate.authEnabled());
        QCOMPARE(gate.check(request("127.0.0.1:8787"), true)->status, 401);
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer nope"), true)->status, 401);
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer "), true)->status, 401);
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Basic s3cret"), true)->status, 401);
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer s3cret"), true));
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "bearer other"), true));
        QVERIFY(!gate.check(request("127.0.0.1:8787"), false)); // GET / stays open
        const auto refusal = gate.check(request("127.0.0.1:8787"), true);
        QCOMPARE(refusal->body, QByteArray("{\"error\":\"Missing or invalid API key\"}"));
        QCOMPARE(refusal->contentType, QByteArray("application/json"));
    }

    void sessionTokensDoNotEnableAuth()
    {
        // The tray app's own token alone: everybody may still come in.
        SecurityGate open({}, {}, {}, {}, {QStringLiteral("session")});
        open.setPort(8787);
        QVERIFY(!open.authEnabled());
        QVERIFY(!open.check(request("127.0.0.1:8787"), true));
        QVERIFY(!open.check(request("127.0.0.1:8787", {}, "Bearer anything"), true));

        // With a stored key, the session token is one more that passes.
        SecurityGate keyed({}, {}, {}, {ApiTokens::hash("stored")}, {QStringLiteral("session")});
        keyed.setPort(8787);
        QVERIFY(keyed.authEnabled());
        QVERIFY(!keyed.check(request("127.0.0.1:8787", {}, "Bearer stored"), true));
        QVERIFY(!keyed.check(request("127.0.0.1:8787", {}, "Bearer session"), true));
        QCOMPARE(keyed.check(request("127.0.0.1:8787"), true)->status, 401);
        QCOMPARE(keyed.check(request("127.0.0.1:8787", {}, "Bearer other"), true)->status, 401);
    }

    void malformedHashKeepsAuthOn()
    {
        // A hash that can never match must not leave the relay open either.
        SecurityGate gate({}, {}, {}, {QByteArrayLiteral("cr_local_not-a-hash")});
        gate.setPort(8787);
        QVERIFY(gate.authEnabled());
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer cr_local_not-a-hash"), true)->status, 401);
    }

    void hotKeyChange()
    {
        SecurityGate gate({}, {}, {}, {}, {QStringLiteral("session")});
        gate.setPort(8787);
        QVERIFY(!gate.check(request("127.0.0.1:8787"), true));

        // A key is created: from the next request on, one is needed.
        gate.setTokenHashes({ApiTokens::hash("first")});
        QVERIFY(gate.authEnabled());
        QCOMPARE(gate.check(request("127.0.0.1:8787"), true)->status, 401);
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer first"), true));
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer session"), true));
        QVERIFY(!gate.check(request("127.0.0.1:8787"), false)); // GET / stays open

        // Replaced: the old one is refused, the new one passes.
        gate.setTokenHashes({ApiTokens::hash("second").toUpper()});
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer first"), true)->status, 401);
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer second"), true));

        // The last one revoked: open again, unless auth is forced (a relay on the network).
        gate.setTokenHashes({});
        QVERIFY(!gate.authEnabled());
        QVERIFY(!gate.check(request("127.0.0.1:8787"), true));
        gate.setAuthForced(true);
        QVERIFY(gate.authEnabled());
        QVERIFY(!gate.hasKeys());
        QCOMPARE(gate.check(request("127.0.0.1:8787"), true)->status, 401);
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer second"), true)->status, 401);
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer session"), true));
    }

    void fileTokensSurviveHotChange()
    {
        // --api-key-file tokens are not the stored keys: replacing those leaves them alone.
        SecurityGate gate({}, {}, {QStringLiteral("from-file")}, {ApiTokens::hash("stored")});
        gate.setPort(8787);
        gate.setTokenHashes({});
        QVERIFY(gate.authEnabled());
        QVERIFY(!gate.check(request("127.0.0.1:8787", {}, "Bearer from-file"), true));
        QCOMPARE(gate.check(request("127.0.0.1:8787", {}, "Bearer stored"), true)->status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSecurityGate)
#include "tst_securitygate.moc"
