// SPDX-License-Identifier: MIT
// SingleInstance: the first one listens, a second one finds it and delivers its message, and the
// place is free again once the first is gone.
#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Relay::App;

class tst_SingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondInstanceDeliversShow();
    void severalMessages();
    void freeAgainAfterTheFirstQuits();
    void staleSocketIsReplaced();
    void socketIsPrivate();
    void defaultNameIsPerUser();

private:
    QString name(const QString &base) const { return m_dir.filePath(base); }
    QTemporaryDir m_dir;
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_SingleInstance::secondInstanceDeliversShow()
{
    const QString socket = name(QStringLiteral("show.socket"));
    SingleInstance first(socket);
    QSignalSpy firstPrimary(&first, &SingleInstance::primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    first.start("show");
    QVERIFY(firstPrimary.wait(5000));
    QVERIFY(first.isPrimary());

    SingleInstance second(socket);
    QSignalSpy secondPrimary(&second, &SingleInstance::primary);
    QSignalSpy delivered(&second, &SingleInstance::delivered);
    QSignalSpy failed(&second, &SingleInstance::failed);
    second.start("show");
    QVERIFY(delivered.wait(5000));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toByteArray(), QByteArray("show"));
    QVERIFY(!second.isPrimary());
    QCOMPARE(secondPrimary.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void tst_SingleInstance::severalMessages()
{
    const QString socket = name(QStringLiteral("several.socket"));
    SingleInstance first(socket);
    QSignalSpy firstPrimary(&first, &SingleInstance::primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    first.start("show");
    QVERIFY(firstPrimary.wait(5000));
    for (const QByteArray &message : {QByteArray("show"), QByteArray("select abc123")}) {
        SingleInstance later(socket);
        QSignalSpy delivered(&later, &SingleInstance::delivered);
        later.start(message);
        QVERIFY(delivered.wait(5000));
    }
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toByteArray(), QByteArray("select abc123"));
}

void tst_SingleInstance::freeAgainAfterTheFirstQuits()
{
    const QString socket = name(QStringLiteral("again.socket"));
    {
        SingleInstance first(socket);
        QSignalSpy primary(&first, &SingleInstance::primary);
        first.start("show");
        QVERIFY(primary.wait(5000));
    }
    SingleInstance next(socket);
    QSignalSpy primary(&next, &SingleInstance::primary);
    next.start("show");
    QVERIFY(primary.wait(5000));
    QVERIFY(next.isPrimary());
}

void tst_SingleInstance::staleSocketIsReplaced()
{
    // A crashed instance leaves its socket file (and no live lock): the next one takes over.
    const QString socket = name(QStringLiteral("stale.socket"));
    QFile stale(socket);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(socket);
    QSignalSpy primary(&next, &SingleInstance::primary);
    next.start("show");
    QVERIFY(primary.wait(5000));

    SingleInstance later(socket);
    QSignalSpy delivered(&later, &SingleInstance::delivered);
    later.start("show");
    QVERIFY(delivered.wait(5000));
}

void tst_SingleInstance::socketIsPrivate()
{
    const QString socket = name(QStringLiteral("private.socket"));
    SingleInstance first(socket);
    QSignalSpy primary(&first, &SingleInstance::primary);
    first.start("show");
    QVERIFY(primary.wait(5000));
    const QFile::Permissions p = QFile::permissions(socket);
    QVERIFY(p & QFile::WriteOwner);
    QVERIFY(!(p & (QFile::WriteGroup | QFile::WriteOther | QFile::ReadGroup | QFile::ReadOther)));
}

void tst_SingleInstance::defaultNameIsPerUser()
{
    const QString n = SingleInstance::defaultName();
    QVERIFY(n.contains(QLatin1String("dev.contextrelay.Desktop")));
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
