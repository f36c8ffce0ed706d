// SPDX-License-Identifier: MIT
#include "remote/remoteprofiles.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace Relay {

namespace {
const QString kGroup = QStringLiteral("remotes");

QString tr(const char *text)
{
    return translateIn({"Relay::RemoteProfiles", "Relay"}, text);
}

//! The form kept in settings: no trailing slash, so "https://relay.example/" and
//! "https://relay.example" are one profile URL.
QUrl normalised(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps a path that is only "/".
    if (result.path() == QLatin1String("/"))
        result.setPath(QString());
    return result;
}
} // namespace

RemoteProfiles::RemoteProfiles()
    : m_settings(std::make_unique<QSettings>())
{}

RemoteProfiles::RemoteProfiles(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

RemoteProfiles::~RemoteProfiles() = default;

bool RemoteProfiles::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

bool RemoteProfiles::isValidUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid URL.").arg(url.toString()));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail(tr("A relay URL starts with http:// or https://, not \"%1\".").arg(url.toString()));
    if (url.host().isEmpty())
        return fail(tr("The relay URL \"%1\" names no host.").arg(url.toString()));
    // A password in the URL would end up in the settings file in plain text.
    if (!url.userInfo().isEmpty())
        return fail(tr("The relay URL must not carry a user name or password; the API key is kept in the "
                       "keychain instead."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The relay URL \"%1\" must be a base URL, without \"?…\" or \"#…\".")
                        .arg(url.toString(QUrl::RemoveUserInfo)));
    return true;
}

QList<RemoteProfile> RemoteProfiles::list() const
{
    QList<RemoteProfile> profiles;
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childKeys();
    for (const QString &name : names) {
        const QUrl url(m_settings->value(name).toString(), QUrl::StrictMode);
        if (isValidName(name) && isValidUrl(url, nullptr))
            profiles.append({name, url});
    }
    m_settings->endGroup();
    std::sort(profiles.begin(), profiles.end(),
              [](const RemoteProfile &a, const RemoteProfile &b) { return a.name < b.name; });
    return profiles;
}

std::optional<RemoteProfile> RemoteProfiles::find(const QString &name) const
{
    if (!isValidName(name))
        return std::nullopt;
    const QString text = m_settings->value(kGroup + QLatin1Char('/') + name).toString();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !isValidUrl(url, nullptr))
        return std::nullopt;
    return RemoteProfile{name, url};
}

bool RemoteProfiles::add(const RemoteProfile &profile, QString *error)
{
    if (!isValidName(profile.name)) {
        if (error)
            *error = tr("\"%1\" is not a usable remote name: use 1 to 64 letters, digits, '.', '_' or '-'.")
                         .arg(profile.name);
        return false;
    }
    if (!isValidUrl(profile.url, error))
        return false;
    m_settings->setValue(kGroup + QLatin1Char('/') + profile.name, normalised(profile.url).toString());
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot save the remote profile to %1.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool RemoteProfiles::remove(const QString &name)
{
    const QString key = kGroup + QLatin1Char('/') + name;
    if (!isValidName(name) || !m_settings->contains(key))
        return false;
    m_settings->remove(key);
    m_settings->sync();
    return true;
}

} // namespace Relay
