// SPDX-License-Identifier: MIT
// The relay in its own thread, seen from the owning thread only through signals.
#include "relay/relayhost.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Relay;

class TestRelayHost : public QObject
{
    Q_OBJECT

    static RelayConfig config()
    {
        RelayConfig c;
        c.port = 0;
        c.ephemeral = true;
        c.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
        return c;
    }

private Q_SLOTS:
    void startPushStop()
    {
        RelayHost host(config());
        QSignalSpy started(&host, &RelayHost::started);
        QSignalSpy events(&host, &RelayHost::events);
        QSignalSpy stopped(&host, &RelayHost::stopped);
        host.start();
        QVERIFY(started.wait(5000));
        const QString base = started.first().at(0).toString();
        QVERIFY(base.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(host.isRunning());

        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(base + QStringLiteral("/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies.append(nam.post(request, QByteArray("{\"data\":\"payload\",\"channel\":\"c\"}")));
        for (QNetworkReply *r : std::as_const(replies)) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(5000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }

        // Twenty pushes arrive batched, not as twenty separate signals.
        int pushed = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                pushed = 0;
                for (const auto &args : std::as_const(events))
                    for (const RelayEvent &e : args.at(0).value<QList<RelayEvent>>())
                        pushed += e.type == RelayEvent::Type::Pushed ? 1 : 0;
                return pushed == 20;
            }(),
            5000);
        QVERIFY(events.count() < 20);

        host.stop();
        QVERIFY(stopped.wait(5000));
        QVERIFY(!host.isRunning());
    }

    void portInUseFails()
    {
        RelayHost first(config());
        QSignalSpy started(&first, &RelayHost::started);
        first.start();
        QVERIFY(started.wait(5000));
        RelayConfig c = config();
        c.port = started.first().at(1).value<quint16>();
        RelayHost second(c);
        QSignalSpy failed(&second, &RelayHost::failed);
        second.start();
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(0).toString().contains(QString::number(c.port)),
                 qPrintable(failed.first().at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestRelayHost)
#include "tst_relayhost.moc"
