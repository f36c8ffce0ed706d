// SPDX-License-Identifier: MIT
#include "remote/secretstore.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace Relay {

namespace {
QString tr(const char *text)
{
    return translateIn({"Relay::SecretStore", "Relay"}, text);
}

//! Answers from the event loop even when the answer is known at once, as every callback here does.
void answerLater(QObject *context, std::function<void(SecretResult)> done, SecretResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

/*! libsecret reports a missing session bus or a missing Secret Service as a GDBus error with
 *  QKeychain::OtherError; only its text tells it apart from other failures. */
bool looksLikeMissingService(const QString &message)
{
    // "Cannot autolaunch D-Bus without X11 $DISPLAY", "Error spawning command line “dbus-launch …”",
    // "The name org.freedesktop.secrets was not provided by any .service files", a malformed
    // DBUS_SESSION_BUS_ADDRESS, …
    static const char *const hints[] = {
        "org.freedesktop.secrets",
        "d-bus",
        "dbus",
        "autolaunch",
        "could not connect",
        "serviceunknown",
        "no such interface",
        "was not provided by any",
        "no keychain service",
    };
    const QString lower = message.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

SecretResult resultOf(QKeychain::Job *job, const QString &secret = QString())
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {SecretStatus::Ok, secret, QString()};
    case QKeychain::EntryNotFound:
        return {SecretStatus::NotFound, QString(), tr("The keychain holds no API key for this remote.")};
    case QKeychain::NoBackendAvailable:
        return {SecretStatus::NoKeychain, QString(), SecretStore::noKeychainMessage()};
    case QKeychain::AccessDenied:
        // libsecret's "is locked": usable neither for reading nor for storing.
        return {SecretStatus::NoKeychain, QString(),
                tr("The keychain is locked or refused access, so the key cannot be stored or read safely.")};
    case QKeychain::AccessDeniedByUser:
        return {SecretStatus::Failed, QString(), tr("Access to the keychain was denied.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    if (looksLikeMissingService(job->errorString()))
        return {SecretStatus::NoKeychain, QString(), SecretStore::noKeychainMessage()};
    return {SecretStatus::Failed, QString(), tr("The keychain failed: %1").arg(job->errorString())};
}

/*! Runs one keychain job and answers once: with its result, or with a timeout when the keychain
 *  does not answer (a prompt nobody sees, a hung daemon). The job is never deleted while it runs
 *  (QtKeychain's backends call back into it), so it has no parent and deletes itself when done. */
template<typename Job>
void runJob(Job *job, QObject *context, int timeoutMs, std::function<void(SecretResult)> done,
            std::function<SecretResult(Job *)> result)
{
    job->setAutoDelete(true);
    // Never QSettings in plain text, whatever the backend.
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    auto shared = std::make_shared<std::function<void(SecretResult)>>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answered, shared, result = std::move(result)](QKeychain::Job *finished) {
                         if (*answered)
                             return;
                         *answered = true;
                         (*shared)(result(static_cast<Job *>(finished)));
                     });
    QTimer::singleShot(timeoutMs, context, [answered, shared, timeoutMs] {
        if (*answered)
            return;
        *answered = true;
        (*shared)({SecretStatus::Failed, QString(),
                   tr("The keychain did not answer within %1 s; is it waiting to be unlocked?")
                       .arg(timeoutMs / 1000)});
    });
    job->start();
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("ContextRelay Desktop");
}

QString SecretStore::accountName(const QString &profile)
{
    return QStringLiteral("remote/") + profile;
}

QString SecretStore::noKeychainMessage()
{
    return tr("No keychain service is running (Secret Service or KWallet), so the key cannot be stored "
              "safely.");
}

void SecretStore::read(const QString &profile, QObject *context, std::function<void(SecretResult)> done)
{
    const auto session = m_sessionSecrets.constFind(profile);
    if (session != m_sessionSecrets.cend()) {
        answerLater(context, std::move(done), {SecretStatus::Ok, *session, QString()});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(accountName(profile));
    runJob<QKeychain::ReadPasswordJob>(
        job, context, m_timeoutMs, std::move(done),
        [](QKeychain::ReadPasswordJob *j) { return resultOf(j, j->textData()); });
}

void SecretStore::write(const QString &profile, const QString &secret, QObject *context,
                        std::function<void(SecretResult)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(accountName(profile));
    job->setTextData(secret);
    runJob<QKeychain::WritePasswordJob>(job, context, m_timeoutMs, std::move(done),
                                        [](QKeychain::WritePasswordJob *j) { return resultOf(j); });
}

void SecretStore::remove(const QString &profile, QObject *context, std::function<void(SecretResult)> done)
{
    clearSessionSecret(profile);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(accountName(profile));
    runJob<QKeychain::DeletePasswordJob>(job, context, m_timeoutMs, std::move(done),
                                         [](QKeychain::DeletePasswordJob *j) { return resultOf(j); });
}

void SecretStore::setSessionSecret(const QString &profile, const QString &secret)
{
    clearSessionSecret(profile);
    m_sessionSecrets.insert(profile, secret);
}

void SecretStore::clearSessionSecret(const QString &profile)
{
    m_sessionSecrets.remove(profile);
}

bool SecretStore::hasSessionSecret(const QString &profile) const
{
    return m_sessionSecrets.contains(profile);
}

} // namespace Relay
