// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QClipboard;

namespace Relay {
class SecretStore;
}

namespace Relay::Ui {

class ClipboardActions;

//! A remote relay profile, ready to push to.
struct RemoteTarget
{
    QString profile;
    QUrl url;
    //! Empty when the profile has no key (the remote may need none).
    QString apiKey;
    //! Why the profile cannot be used now, in one sentence; empty when it can.
    QString error;
};

//! The names of the remote relay profiles, sorted (from \a iniFile, or the app's settings).
QStringList remoteProfileNames(const QString &iniFile = QString());

/*! Looks \a profile up (in \a iniFile, or the app's settings) and reads its API key through
 *  \a secrets, never blocking: \a done runs later from the event loop, only while \a context is
 *  alive. A key the keychain does not have is fine; a keychain that cannot be asked (and no
 *  session-only key) is an error, so nothing goes out without the key the user gave. */
void resolveRemoteTarget(SecretStore *secrets, const QString &iniFile, const QString &profile,
                         QObject *context, std::function<void(const RemoteTarget &)> done);

/*! The tray's "Push Clipboard To": the clipboard pushed (as ClipboardActions does) to a remote
 *  profile instead of the local relay, its URL then on the clipboard. The key is read for each
 *  push and dropped when it is done. */
class RemoteClipboardPush final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteClipboardPush)

public:
    RemoteClipboardPush(QClipboard *clipboard, SecretStore *secrets, QObject *parent = nullptr);
    ~RemoteClipboardPush() override;

    //! Profiles from an INI file instead of the app's settings (tests).
    void setSettingsFile(const QString &iniFile) { m_iniFile = iniFile; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void pushClipboard(const QString &profile);

Q_SIGNALS:
    //! The URLs are on the clipboard now.
    void pushed(const QString &profile, const QStringList &urls, qint64 bytes);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void finish();

    ClipboardActions *m_actions;
    SecretStore *m_secrets;
    QString m_iniFile;
    QString m_profile;
    bool m_busy = false;
};

} // namespace Relay::Ui
