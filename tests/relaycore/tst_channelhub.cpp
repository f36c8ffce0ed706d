// SPDX-License-Identifier: MIT
#include "pubsub/channelhub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace Relay;

class TestChannelHub : public QObject
{
    Q_OBJECT

    QWebSocketServer *m_server = nullptr;
    ChannelHub *m_hub = nullptr;
    QSet<QString> m_alive;
    QList<QWebSocket *> m_accepted;
    std::vector<std::unique_ptr<QWebSocket>> m_clients;

    //! A client connected to the test server; its server side is left in m_accepted.
    QWebSocket *connectClient(QStringList *received)
    {
        auto client = std::make_unique<QWebSocket>();
        QWebSocket *c = client.get();
        connect(c, &QWebSocket::textMessageReceived, this,
                [received](const QString &m) { received->append(m); });
        QSignalSpy connected(c, &QWebSocket::connected);
        const qsizetype before = m_accepted.size();
        c->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/x").arg(m_server->serverPort())));
        [&] { QVERIFY(connected.wait(5000)); }();
        [&] { QTRY_COMPARE(m_accepted.size(), before + 1); }();
        m_clients.push_back(std::move(client));
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new QWebSocketServer(QStringLiteral("test"), QWebSocketServer::NonSecureMode, this);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            while (m_server->hasPendingConnections())
                m_accepted.append(m_server->nextPendingConnection());
        });
        m_hub = new ChannelHub(
            3, [this](const QString &id) { return m_alive.contains(id); }, this);
        m_alive.clear();
        m_accepted.clear();
    }

    void cleanup()
    {
        m_clients.clear();
        delete m_hub;
        delete m_server;
    }

    void broadcastReachesOnlyItsChannel()
    {
        QStringList a, b;
        connectClient(&a);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("alpha"), 0);
        connectClient(&b);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("beta"), 0);
        QCOMPARE(m_hub->subscriberCount(), 2);
        QCOMPARE(m_hub->channelCount(), 2);

        QCOMPARE(m_hub->broadcastPointer(QStringLiteral("alpha"), QStringLiteral("http://h/pull/1"),
                                         QStringLiteral("1"), 5),
                 1);
        QTRY_COMPARE(a.size(), 1);
        QCOMPARE(a.first(), QStringLiteral("{\"url\":\"http://h/pull/1\",\"ts\":5}"));
        QCOMPARE(m_hub->publish(QStringLiteral("beta"), QStringLiteral("{\"message\":1,\"ts\":6}")), 1);
        QTRY_COMPARE(b.size(), 1);
        QCOMPARE(a.size(), 1);
        QCOMPARE(m_hub->publish(QStringLiteral("nobody"), QStringLiteral("{}")), 0);
    }

    void replaySendsAliveOnesOldestFirst()
    {
        for (int i = 1; i <= 5; ++i) {
            m_alive.insert(QString::number(i));
            m_hub->broadcastPointer(QStringLiteral("c"), QStringLiteral("u%1").arg(i), QString::number(i), i);
        }
        m_alive.remove(QStringLiteral("4")); // deleted meanwhile
        QStringList got;
        connectClient(&got);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("c"), 10);
        // The ring holds the last 3 (depth 3): 3, 4, 5; 4 is gone.
        QTRY_COMPARE(got.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(got.at(0).toUtf8()).object().value(QLatin1String("url")).toString(),
                 QStringLiteral("u3"));
        QCOMPARE(QJsonDocument::fromJson(got.at(1).toUtf8()).object().value(QLatin1String("ts")).toInt(), 5);
    }

    void forgottenPayloadsAndEmptyChannelsGo()
    {
        m_alive.insert(QStringLiteral("1"));
        m_hub->broadcastPointer(QStringLiteral("c"), QStringLiteral("u1"), QStringLiteral("1"), 1);
        QCOMPARE(m_hub->channelCount(), 1);
        m_hub->forget(QStringLiteral("c"), QStringLiteral("1"));
        QCOMPARE(m_hub->channelCount(), 0);
    }

    void subscriberThatLeavesIsDropped()
    {
        QSignalSpy left(m_hub, &ChannelHub::unsubscribed);
        QStringList got, other;
        QWebSocket *leaving = connectClient(&got);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("c"), 0);
        connectClient(&other);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("c"), 0);
        leaving->close();
        QVERIFY(left.wait(5000));
        QCOMPARE(left.first().at(2).toInt(), 1);
        QCOMPARE(m_hub->subscriberCount(QStringLiteral("c")), 1);
        QCOMPARE(m_hub->broadcastPointer(QStringLiteral("c"), QStringLiteral("u"), QStringLiteral("x"), 1),
                 1);
        QTRY_COMPARE(other.size(), 1);
    }

    void closeAllSaysGoingAway()
    {
        QStringList got;
        QWebSocket *client = connectClient(&got);
        m_hub->subscribe(m_accepted.last(), QStringLiteral("c"), 0);
        QSignalSpy closed(client, &QWebSocket::disconnected);
        QSignalSpy allClosed(m_hub, &ChannelHub::allClosed);
        m_hub->closeAll();
        QVERIFY(closed.wait(5000));
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(allClosed.count(), 1);
        QCOMPARE(m_hub->subscriberCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChannelHub)
#include "tst_channelhub.moc"
