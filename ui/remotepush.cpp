// SPDX-License-Identifier: MIT
#include "remotepush.h"

#include "clipboardactions.h"
#include "core/translate.h"
#include "pagehelpers.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QCoreApplication>
#include <memory>

namespace Relay::Ui {

namespace {
QString tr(const char *text)
{
    return translateIn({"Relay::Ui::RemoteClipboardPush", "Relay::Ui"}, text);
}
} // namespace

QStringList remoteProfileNames(const QString &iniFile)
{
    QStringList names;
    for (const RemoteProfile &p : remoteProfilesOf(iniFile)->list())
        names.append(p.name);
    return names;
}

void resolveRemoteTarget(SecretStore *secrets, const QString &iniFile, const QString &profile,
                         QObject *context, std::function<void(const RemoteTarget &)> done)
{
    RemoteTarget target;
    target.profile = profile;
    const auto found = remoteProfilesOf(iniFile)->find(profile);
    if (!found || !secrets) {
        target.error = !found ? tr("There is no remote relay named \"%1\" any more; see Settings, Remote "
                                   "Relays.")
                                    .arg(profile)
                              : tr("The API keys of remote relays cannot be read here.");
        // Later, like every answer from the keychain.
        QMetaObject::invokeMethod(
            context, [done = std::move(done), target] { done(target); }, Qt::QueuedConnection);
        return;
    }
    target.url = found->url;
    secrets->read(profile, context, [done = std::move(done), target](const SecretResult &key) mutable {
        switch (key.status) {
        case SecretStatus::Ok:
            target.apiKey = key.secret;
            break;
        case SecretStatus::NotFound:
            break;
        case SecretStatus::NoKeychain:
            target.error = tr("The API key of \"%1\" cannot be read: %2 Enter it as a session-only key in "
                              "Settings, Remote Relays.")
                               .arg(target.profile, key.message);
            break;
        case SecretStatus::Failed:
            target.error = tr("The API key of \"%1\" cannot be read: %2").arg(target.profile, key.message);
            break;
        }
        done(target);
    });
}

RemoteClipboardPush::RemoteClipboardPush(QClipboard *clipboard, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_actions(new ClipboardActions(clipboard, this))
    , m_secrets(secrets)
{
    connect(m_actions, &ClipboardActions::pushed, this, [this](const QStringList &urls, qint64 bytes, bool) {
        const QString profile = m_profile;
        finish();
        Q_EMIT pushed(profile, urls, bytes);
    });
    connect(m_actions, &ClipboardActions::failed, this, [this](const QString &message) {
        const QString profile = m_profile;
        finish();
        Q_EMIT failed(tr("Pushing to \"%1\" failed: %2").arg(profile, message));
    });
}

RemoteClipboardPush::~RemoteClipboardPush() = default;

void RemoteClipboardPush::pushClipboard(const QString &profile)
{
    if (m_busy) {
        Q_EMIT failed(tr("The previous clipboard action has not finished yet."));
        return;
    }
    m_profile = profile;
    setBusy(true);
    resolveRemoteTarget(m_secrets, m_iniFile, profile, this, [this](const RemoteTarget &target) {
        if (!target.error.isEmpty()) {
            finish();
            Q_EMIT failed(target.error);
            return;
        }
        m_actions->setRelay(target.url, target.apiKey.toUtf8());
        m_actions->pushClipboard(false);
    });
}

void RemoteClipboardPush::finish()
{
    // The key is for this push only: the client that holds it goes.
    if (!m_actions->isBusy())
        m_actions->setRelay(QUrl());
    m_profile.clear();
    setBusy(false);
}

void RemoteClipboardPush::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Relay::Ui
