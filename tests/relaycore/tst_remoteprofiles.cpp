// SPDX-License-Identifier: MIT
#include "remote/remoteprofiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Relay::RemoteProfile;
using Relay::RemoteProfiles;

class TestRemoteProfiles : public QObject
{
    Q_OBJECT

private:
    //! A fresh file per test function (and data row): QSettings caches files by path.
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)); }
    QTemporaryDir m_dir;
    int m_run = 0;

private Q_SLOTS:
    void init() { ++m_run; }

    void addFindListRemove()
    {
        RemoteProfiles profiles(iniPath());
        QVERIFY(profiles.list().isEmpty());
        QString error;
        QVERIFY2(profiles.add({QStringLiteral("zeta"), QUrl(QStringLiteral("https://relay.example/base/"))},
                              &error),
                 qPrintable(error));
        QVERIFY2(
            profiles.add({QStringLiteral("alpha"), QUrl(QStringLiteral("http://127.0.0.1:8787/"))}, &error),
            qPrintable(error));
        QVERIFY(
            profiles.add({QStringLiteral("Mid.dle_1-x"), QUrl(QStringLiteral("https://m.example"))}, &error));

        // Sorted by name, and the trailing slash is not part of the stored base URL.
        const QList<RemoteProfile> all = profiles.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("Mid.dle_1-x"));
        QCOMPARE(all.at(1).name, QStringLiteral("alpha"));
        QCOMPARE(all.at(2).name, QStringLiteral("zeta"));
        QCOMPARE(all.at(2).url, QUrl(QStringLiteral("https://relay.example/base")));

        const auto alpha = profiles.find(QStringLiteral("alpha"));
        QVERIFY(alpha);
        QCOMPARE(alpha->url, QUrl(QStringLiteral("http://127.0.0.1:8787")));
        QVERIFY(!profiles.find(QStringLiteral("ALPHA")));
        QVERIFY(!profiles.find(QStringLiteral("nope")));
        QVERIFY(!profiles.find(QString()));

        // Same name: replaced, not duplicated.
        QVERIFY(
            profiles.add({QStringLiteral("alpha"), QUrl(QStringLiteral("https://other.example"))}, &error));
        QCOMPARE(profiles.list().size(), 3);
        QCOMPARE(profiles.find(QStringLiteral("alpha"))->url, QUrl(QStringLiteral("https://other.example")));

        // What one instance wrote, another reads.
        RemoteProfiles again(iniPath());
        QCOMPARE(again.list().size(), 3);
        QCOMPARE(again.find(QStringLiteral("zeta"))->url, QUrl(QStringLiteral("https://relay.example/base")));

        QVERIFY(profiles.remove(QStringLiteral("alpha")));
        QVERIFY(!profiles.remove(QStringLiteral("alpha")));
        QVERIFY(!profiles.remove(QStringLiteral("never")));
        QVERIFY(!profiles.find(QStringLiteral("alpha")));
        QCOMPARE(RemoteProfiles(iniPath()).list().size(), 2);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("cloud") << true;
        QTest::newRow("all classes") << QStringLiteral("A-z_0.9") << true;
        QTest::newRow("one char") << QStringLiteral("x") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("my cloud") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("equals") << QStringLiteral("a=b") << false;
        QTest::newRow("non-ascii") << QStringLiteral("wölkchen") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(RemoteProfiles::isValidName(name), valid);
        RemoteProfiles profiles(iniPath());
        QString error;
        QCOMPARE(profiles.add({name, QUrl(QStringLiteral("https://relay.example"))}, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(profiles.list().size(), valid ? 1 : 0);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://relay.example") << true;
        QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:8787") << true;
        QTest::newRow("path prefix") << QStringLiteral("https://example.com/relay/") << true;
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8787") << true;
        QTest::newRow("ws scheme") << QStringLiteral("ws://relay.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://relay.example") << false;
        QTest::newRow("no scheme") << QStringLiteral("relay.example") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("file") << QStringLiteral("file:///tmp/x") << false;
        QTest::newRow("query") << QStringLiteral("https://relay.example/?key=abc") << false;
        QTest::newRow("fragment") << QStringLiteral("https://relay.example/#key=abc") << false;
        QTest::newRow("password") << QStringLiteral("https://user:secret@relay.example") << false;
        QTest::newRow("user") << QStringLiteral("https://user@relay.example") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(RemoteProfiles::isValidUrl(QUrl(url, QUrl::StrictMode), &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        RemoteProfiles profiles(iniPath());
        QCOMPARE(profiles.add({QStringLiteral("r"), QUrl(url, QUrl::StrictMode)}, &error), valid);
        QCOMPARE(profiles.find(QStringLiteral("r")).has_value(), valid);
    }

    void handEditedEntriesAreIgnored()
    {
        {
            QFile file(iniPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[remotes]\ngood=https://relay.example\nbad=not a url\nfrag=https://x.example/#k\n"
                       "withpass=https://u:p@x.example\n");
        }
        RemoteProfiles profiles(iniPath());
        const QList<RemoteProfile> all = profiles.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().name, QStringLiteral("good"));
        QVERIFY(!profiles.find(QStringLiteral("bad")));
        QVERIFY(!profiles.find(QStringLiteral("withpass")));
    }

    void iniFileHoldsNamesAndUrlsOnly()
    {
        {
            RemoteProfiles profiles(iniPath());
            QString error;
            QVERIFY(profiles.add({QStringLiteral("cloud"), QUrl(QStringLiteral("https://relay.example"))},
                                 &error));
            QVERIFY(
                profiles.add({QStringLiteral("home"), QUrl(QStringLiteral("http://10.0.0.2:8787"))}, &error));
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[remotes]"));
        // Exactly one line per profile, "name=url", and nothing that could be a key.
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), QByteArray("cloud=https://relay.example"));
        QCOMPARE(lines.at(2), QByteArray("home=http://10.0.0.2:8787"));
        const QByteArray lower = text.toLower();
        for (const char *word : {"key", "token", "secret", "password", "bearer", "auth"})
            QVERIFY2(!lower.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestRemoteProfiles)
#include "tst_remoteprofiles.moc"
