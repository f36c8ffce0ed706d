// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>
#include <algorithm>

namespace Relay::Ui {

namespace {
// Keys; grouped so the file reads well and old keys can be migrated one group at a time.
constexpr QLatin1StringView kPort("relay/port");
constexpr QLatin1StringView kListen("relay/listen");
constexpr QLatin1StringView kDataDir("relay/dataDir");
constexpr QLatin1StringView kEphemeral("relay/ephemeral");
constexpr QLatin1StringView kDefaultTtl("relay/defaultTtlSeconds");
constexpr QLatin1StringView kMaxPayload("relay/maxPayloadBytes");
constexpr QLatin1StringView kOrigins("security/allowedOrigins");
constexpr QLatin1StringView kHosts("security/allowedHosts");
//! No longer read: keys that exist are required. Removed on the next save.
constexpr QLatin1StringView kObsoleteRequireKeys("security/requireApiKeys");
constexpr QLatin1StringView kKeys("apiKeys");
constexpr QLatin1StringView kKeyName("name");
constexpr QLatin1StringView kKeyHash("hash");
constexpr QLatin1StringView kKeyCreated("created");
constexpr QLatin1StringView kNotifications("desktop/showNotifications");
constexpr QLatin1StringView kMonochrome("desktop/monochromeTrayIcon");
constexpr QLatin1StringView kLanguage("desktop/language");
constexpr QLatin1StringView kNoTrayExplained("desktop/noTrayExplained");

QStringList cleaned(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

bool isHexHash(const QByteArray &hash)
{
    if (hash.isEmpty())
        return false;
    for (const char c : hash) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}
} // namespace

QString defaultKeyName(const QList<ApiKeyEntry> &keys)
{
    for (qsizetype n = keys.size() + 1;; ++n) {
        const QString name = QCoreApplication::translate("AppSettings", "key %1").arg(n);
        if (std::none_of(keys.cbegin(), keys.cend(),
                         [&name](const ApiKeyEntry &k) { return k.name == name; }))
            return name;
    }
}

RelayConfig SettingsValues::relayConfig() const
{
    RelayConfig c;
    c.port = port;
    for (const QString &a : listenAddresses) {
        QHostAddress address;
        if (address.setAddress(a))
            c.listenAddresses.append(address);
    }
    c.dataDir = dataDir;
    c.ephemeral = ephemeral;
    c.defaultTtlSeconds = qBound(c.minTtlSeconds, defaultTtlSeconds, c.maxTtlSeconds);
    c.maxPayloadBytes = maxPayloadBytes;
    c.allowedOrigins = allowedOrigins;
    c.allowedHosts = allowedHosts;
    for (const ApiKeyEntry &key : apiKeys)
        c.apiTokenHashes.append(key.hash);
    return c;
}

QList<std::pair<QString, QString>> guiLanguages()
{
    // Not tr(): a language is listed in its own name whatever the current one is.
    return {
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")}, {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

bool SettingsValues::relayDiffers(const SettingsValues &other) const
{
    // Everything but the desktop group reaches the relay; RelayConfig has no operator==.
    SettingsValues a = *this;
    SettingsValues b = other;
    a.showNotifications = b.showNotifications;
    a.monochromeTrayIcon = b.monochromeTrayIcon;
    a.language = b.language;
    a.apiKeys = b.apiKeys;
    return a != b;
}

bool SettingsValues::listensBeyondLoopback() const
{
    for (const QString &a : listenAddresses) {
        QHostAddress address;
        if (address.setAddress(a) && !address.isLoopback())
            return true;
    }
    return false;
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

SettingsValues AppSettings::load() const
{
    const SettingsValues d;
    SettingsValues v;
    QSettings &s = *m_settings;
    s.sync(); // picks up what another process wrote since
    bool ok = false;
    const uint port = s.value(kPort, d.port).toUInt(&ok);
    v.port = ok && port <= 65535 ? quint16(port) : d.port;
    v.listenAddresses = cleaned(s.value(kListen).toStringList());
    v.dataDir = s.value(kDataDir).toString();
    v.ephemeral = s.value(kEphemeral, d.ephemeral).toBool();
    const RelayConfig limits;
    const qint64 ttl = s.value(kDefaultTtl, d.defaultTtlSeconds).toLongLong(&ok);
    v.defaultTtlSeconds = ok ? qBound(limits.minTtlSeconds, ttl, limits.maxTtlSeconds) : d.defaultTtlSeconds;
    const qint64 maxPayload = s.value(kMaxPayload, d.maxPayloadBytes).toLongLong(&ok);
    v.maxPayloadBytes = ok && maxPayload > 0 ? qMin(maxPayload, qint64(1) << 31) : d.maxPayloadBytes;
    v.allowedOrigins = cleaned(s.value(kOrigins).toStringList());
    v.allowedHosts = cleaned(s.value(kHosts).toStringList());

    const int keys = s.beginReadArray(kKeys);
    for (int i = 0; i < keys; ++i) {
        s.setArrayIndex(i);
        ApiKeyEntry key;
        key.name = s.value(kKeyName).toString();
        key.hash = s.value(kKeyHash).toByteArray();
        key.created = s.value(kKeyCreated).toDateTime();
        // Anything but a hash (a hand-edited token, say) is dropped rather than trusted.
        if (isHexHash(key.hash))
            v.apiKeys.append(key);
    }
    s.endArray();

    v.showNotifications = s.value(kNotifications, d.showNotifications).toBool();
    v.monochromeTrayIcon = s.value(kMonochrome, d.monochromeTrayIcon).toBool();
    v.language = s.value(kLanguage).toString();
    return v;
}

bool AppSettings::save(const SettingsValues &v)
{
    QSettings &s = *m_settings;
    s.setValue(kPort, v.port);
    s.setValue(kListen, cleaned(v.listenAddresses));
    s.setValue(kDataDir, v.dataDir);
    s.setValue(kEphemeral, v.ephemeral);
    s.setValue(kDefaultTtl, v.defaultTtlSeconds);
    s.setValue(kMaxPayload, v.maxPayloadBytes);
    s.setValue(kOrigins, cleaned(v.allowedOrigins));
    s.setValue(kHosts, cleaned(v.allowedHosts));
    s.remove(kObsoleteRequireKeys);
    s.remove(kKeys);
    s.beginWriteArray(kKeys, int(v.apiKeys.size()));
    for (int i = 0; i < v.apiKeys.size(); ++i) {
        const ApiKeyEntry &key = v.apiKeys.at(i);
        s.setArrayIndex(i);
        s.setValue(kKeyName, key.name);
        s.setValue(kKeyHash, key.hash);
        s.setValue(kKeyCreated, key.created);
    }
    s.endArray();
    s.setValue(kNotifications, v.showNotifications);
    s.setValue(kMonochrome, v.monochromeTrayIcon);
    if (v.language.isEmpty())
        s.remove(kLanguage);
    else
        s.setValue(kLanguage, v.language);
    s.sync();
    return s.status() == QSettings::NoError;
}

bool AppSettings::noTrayExplained() const
{
    return m_settings->value(kNoTrayExplained, false).toBool();
}

void AppSettings::setNoTrayExplained()
{
    m_settings->setValue(kNoTrayExplained, true);
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Relay::Ui
