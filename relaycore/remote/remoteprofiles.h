// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

namespace Relay {

//! A named remote relay: where it is. Its API key lives in the keychain (SecretStore), never here.
struct RemoteProfile
{
    QString name;
    QUrl url;
};

/*! Remote relay profiles kept in QSettings group "remotes" (name -> base URL). Keys are NOT here. */
class RemoteProfiles final
{
    Q_DISABLE_COPY_MOVE(RemoteProfiles)

public:
    //! The user's settings (organisation and application name of the QCoreApplication).
    RemoteProfiles();
    //! Settings in an INI file of their own (tests).
    explicit RemoteProfiles(const QString &iniFile);
    ~RemoteProfiles();

    //! Every valid profile, sorted by name; hand-edited entries that do not validate are left out.
    QList<RemoteProfile> list() const;
    std::optional<RemoteProfile> find(const QString &name) const;
    //! Validates name and URL, then stores the profile (replacing one of the same name).
    bool add(const RemoteProfile &profile, QString *error);
    //! False when there was no such profile.
    bool remove(const QString &name);

    //! [A-Za-z0-9._-]{1,64}: safe as a settings key and as part of a keychain account name.
    static bool isValidName(const QString &name);
    //! http or https, a host, no user info, no query, no fragment; a path prefix is fine.
    static bool isValidUrl(const QUrl &url, QString *error);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Relay
