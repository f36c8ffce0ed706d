// SPDX-License-Identifier: MIT
#include "pubsub/channelhub.h"
#include "relay/wireformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Relay;

class TestWireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEnvelope()
    {
        PayloadInfo info;
        info.metadataJson = "{\"a\":1}";
        QCOMPARE(WireFormat::pullEnvelope(info, "he said \"hi\"\n\\ — ✓"),
                 QByteArray("{\"data\":\"he said \\\"hi\\\"\\n\\\\ — ✓\",\"metadata\":{\"a\":1}}"));
    }

    void envelopeRoundTripsEveryControlCharacter()
    {
        QByteArray data;
        for (int c = 1; c < 0x80; ++c)
            data += char(c);
        data += "日本";
        PayloadInfo info;
        const QJsonDocument doc = QJsonDocument::fromJson(WireFormat::pullEnvelope(info, data));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QLatin1String("data")).toString().toUtf8(), data);
    }

    void binaryEnvelope()
    {
        PayloadInfo info;
        info.binary = true;
        QCOMPARE(WireFormat::pullEnvelope(info, QByteArray("\xff\x00\x01", 3)),
                 QByteArray("{\"data\":\"/wAB\",\"metadata\":{},\"encoding\":\"base64\"}"));
    }

    void pushResponseKeepsTheWorkersKeyOrder()
    {
        PayloadInfo info;
        info.id = QStringLiteral("0b5c2a8e-0000-4000-8000-000000000000");
        info.expiresMs = 123;
        info.size = 5;
        QCOMPARE(WireFormat::pushResponse(QStringLiteral("http://127.0.0.1:8787/pull/") + info.id, info),
                 QByteArray("{\"url\":\"http://127.0.0.1:8787/pull/0b5c2a8e-0000-4000-8000-000000000000\","
                            "\"id\":\"0b5c2a8e-0000-4000-8000-000000000000\",\"channel\":null,"
                            "\"expires_at\":123,\"size\":5}"));
        info.channel = QStringLiteral("a\"b");
        QVERIFY(WireFormat::pushResponse(QString(), info).contains("\"channel\":\"a\\\"b\""));
    }

    void pointerAndPublishMessages()
    {
        QCOMPARE(pointerMessage(QStringLiteral("http://h/pull/x"), 42),
                 QStringLiteral("{\"url\":\"http://h/pull/x\",\"ts\":42}"));
        QCOMPARE(WireFormat::publishMessage("{\"done\":true}", 7),
                 QStringLiteral("{\"message\":{\"done\":true},\"ts\":7}"));
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
