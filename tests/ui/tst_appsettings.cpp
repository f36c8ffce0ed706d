// SPDX-License-Identifier: MIT
// AppSettings: every value survives a round trip through QSettings, tokens are never written, and
// the relay config built from the values is what the relay expects.
#include "appsettings.h"
#include "autostart.h"

#include "security/apitokens.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

class tst_AppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void roundTrip();
    void tokensAreNeverStored();
    void invalidValuesFallBack();
    void relayConfig();
    void relayDiffers();
    void keysExistMeansRequired();
    void loadSeesOtherWriters();
    void defaultKeyNames();
    void autostartEntry();

private:
    QTemporaryDir m_dir;
};

void tst_AppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
}

void tst_AppSettings::defaults()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    const SettingsValues v = settings.load();
    QCOMPARE(v, SettingsValues());
    QCOMPARE(v.port, quint16(8787));
    QVERIFY(v.listenAddresses.isEmpty());
    QVERIFY(!v.ephemeral);
    QVERIFY(v.showNotifications);
    QVERIFY(!settings.noTrayExplained());
}

void tst_AppSettings::roundTrip()
{
    SettingsValues v;
    v.port = 9911;
    v.listenAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("192.168.1.20")};
    v.dataDir = m_dir.filePath(QStringLiteral("data"));
    v.ephemeral = true;
    v.defaultTtlSeconds = 3600;
    v.maxPayloadBytes = 5 * 1024 * 1024;
    v.allowedOrigins = {QStringLiteral("https://app.example.com")};
    v.allowedHosts = {QStringLiteral("relay.local"), QStringLiteral("box.lan")};
    v.apiKeys = {{QStringLiteral("reviewer"), ApiTokens::hash(ApiTokens::generate()),
                  QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)},
                 {QStringLiteral("ci"), ApiTokens::hash(ApiTokens::generate()),
                  QDateTime(QDate(2025, 4, 2), QTime(8, 30), Qt::UTC)}};
    v.showNotifications = false;
    v.monochromeTrayIcon = true;

    const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    {
        AppSettings settings(file);
        settings.save(v);
        settings.setNoTrayExplained();
    }
    AppSettings again(file);
    const SettingsValues loaded = again.load();
    QCOMPARE(loaded.port, v.port);
    QCOMPARE(loaded.listenAddresses, v.listenAddresses);
    QCOMPARE(loaded.dataDir, v.dataDir);
    QCOMPARE(loaded.apiKeys, v.apiKeys);
    QCOMPARE(loaded, v);
    QVERIFY(again.noTrayExplained());

    // Saving fewer keys leaves no stale array entries behind.
    SettingsValues fewer = v;
    fewer.apiKeys.removeLast();
    again.save(fewer);
    QCOMPARE(AppSettings(file).load().apiKeys, fewer.apiKeys);
}

void tst_AppSettings::tokensAreNeverStored()
{
    const QByteArray token = ApiTokens::generate();
    QVERIFY(token.startsWith("cr_local_"));
    SettingsValues v;
    v.apiKeys = {{QStringLiteral("agent"), ApiTokens::hash(token), QDateTime::currentDateTimeUtc()}};
    const QString file = m_dir.filePath(QStringLiteral("tokens.ini"));
    AppSettings(file).save(v);

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains(token));
    QVERIFY(!content.contains("cr_local_"));
    QVERIFY(content.contains(ApiTokens::hash(token)));

    // A token written into the file by hand is not taken for a hash.
    QSettings raw(file, QSettings::IniFormat);
    raw.beginWriteArray(QStringLiteral("apiKeys"));
    raw.setArrayIndex(0);
    raw.setValue(QStringLiteral("hash"), token);
    raw.endArray();
    raw.sync();
    QVERIFY(AppSettings(file).load().apiKeys.isEmpty());
}

void tst_AppSettings::invalidValuesFallBack()
{
    const QString file = m_dir.filePath(QStringLiteral("invalid.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("relay/port"), QStringLiteral("not a port"));
        raw.setValue(QStringLiteral("relay/defaultTtlSeconds"), 5);
        raw.setValue(QStringLiteral("relay/maxPayloadBytes"), -3);
        raw.setValue(QStringLiteral("relay/listen"), QStringList{QStringLiteral(" 10.0.0.2 "), QString()});
    }
    const SettingsValues v = AppSettings(file).load();
    QCOMPARE(v.port, quint16(8787));
    QCOMPARE(v.defaultTtlSeconds, RelayConfig().minTtlSeconds);
    QCOMPARE(v.maxPayloadBytes, SettingsValues().maxPayloadBytes);
    QCOMPARE(v.listenAddresses, QStringList{QStringLiteral("10.0.0.2")});
}

void tst_AppSettings::relayConfig()
{
    SettingsValues v;
    v.port = 0;
    v.listenAddresses = {QStringLiteral("::1")};
    v.ephemeral = true;
    v.allowedOrigins = {QStringLiteral("https://a.example")};
    const QByteArray hash = ApiTokens::hash(ApiTokens::generate());
    v.apiKeys = {{QStringLiteral("k"), hash, QDateTime::currentDateTimeUtc()}};

    RelayConfig c = v.relayConfig();
    QCOMPARE(c.port, quint16(0));
    QCOMPARE(c.listenAddresses, QList<QHostAddress>{QHostAddress(QHostAddress::LocalHostIPv6)});
    QVERIFY(c.ephemeral);
    QCOMPARE(c.allowedOrigins, v.allowedOrigins);
    // Keys that exist are checked; only their hashes reach the relay.
    QCOMPARE(c.apiTokenHashes, QList<QByteArray>{hash});
    QVERIFY(c.apiTokens.isEmpty());
    QVERIFY(c.sessionTokens.isEmpty());
    v.apiKeys.clear();
    QVERIFY(v.relayConfig().apiTokenHashes.isEmpty());

    QVERIFY(!v.listensBeyondLoopback());
    v.listenAddresses.append(QStringLiteral("0.0.0.0"));
    QVERIFY(v.listensBeyondLoopback());
}

void tst_AppSettings::relayDiffers()
{
    const SettingsValues a;
    SettingsValues b = a;
    b.showNotifications = !a.showNotifications;
    b.monochromeTrayIcon = !a.monochromeTrayIcon;
    QVERIFY(!a.relayDiffers(b));
    // Keys reach the running relay without a restart.
    b.apiKeys = {{QStringLiteral("k"), ApiTokens::hash("k"), QDateTime::currentDateTimeUtc()}};
    QVERIFY(!a.relayDiffers(b));
    QVERIFY(a != b);
    b.port = 1234;
    QVERIFY(a.relayDiffers(b));
}

void tst_AppSettings::keysExistMeansRequired()
{
    // A file from before: keys stored, but "require" off. Keys that exist are required now.
    const QString file = m_dir.filePath(QStringLiteral("legacy.ini"));
    const QByteArray hash = ApiTokens::hash(ApiTokens::generate());
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("security/requireApiKeys"), false);
        raw.beginWriteArray(QStringLiteral("apiKeys"));
        raw.setArrayIndex(0);
        raw.setValue(QStringLiteral("name"), QStringLiteral("old"));
        raw.setValue(QStringLiteral("hash"), hash);
        raw.endArray();
    }
    AppSettings settings(file);
    const SettingsValues v = settings.load();
    QCOMPARE(v.apiKeys.size(), 1);
    QCOMPARE(v.relayConfig().apiTokenHashes, QList<QByteArray>{hash});

    // The old flag goes with the next save.
    QVERIFY(settings.save(v));
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QStringLiteral("security/requireApiKeys")));
    QCOMPARE(AppSettings(file).load(), v);
}

void tst_AppSettings::loadSeesOtherWriters()
{
    // `keys create` in another process writes the file while the app holds its AppSettings open.
    const QString file = m_dir.filePath(QStringLiteral("shared.ini"));
    AppSettings app(file);
    QVERIFY(app.save(SettingsValues()));
    QVERIFY(app.load().apiKeys.isEmpty());

    const QByteArray hash = ApiTokens::hash(ApiTokens::generate());
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArrayLiteral("[apiKeys]\n1\\name=cli\n1\\hash=") + hash + "\nsize=1\n");
    f.close();
    const SettingsValues v = app.load();
    QCOMPARE(v.apiKeys.size(), 1);
    QCOMPARE(v.apiKeys.first().name, QStringLiteral("cli"));
    QCOMPARE(v.apiKeys.first().hash, hash);
}

void tst_AppSettings::defaultKeyNames()
{
    QList<ApiKeyEntry> keys;
    QCOMPARE(defaultKeyName(keys), QStringLiteral("key 1"));
    keys.append({QStringLiteral("key 1"), ApiTokens::hash("a"), {}});
    QCOMPARE(defaultKeyName(keys), QStringLiteral("key 2"));
    // Never one that is taken, whatever happened to the others.
    keys = {{QStringLiteral("key 2"), ApiTokens::hash("b"), {}}};
    QCOMPARE(defaultKeyName(keys), QStringLiteral("key 3"));
    const ApiKeyEntry key{QStringLiteral("x"), ApiTokens::hash("c"), {}};
    QCOMPARE(key.id(), QString::fromLatin1(ApiTokens::hash("c").left(12)));
}

void tst_AppSettings::autostartEntry()
{
    QString error;
    const QString path = Autostart::entryPath();
    QVERIFY(path.endsWith(QLatin1String("/autostart/dev.contextrelay.Desktop.desktop")));
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/opt/Context Relay/contextrelay-desktop"), &error),
             qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray entry = f.readAll();
    QVERIFY(entry.startsWith("[Desktop Entry]\n"));
    QVERIFY(entry.contains("Exec=\"/opt/Context Relay/contextrelay-desktop\" --autostart\n"));
    f.close();
    QVERIFY2(Autostart::setEnabled(false, QString(), &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
