// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace Relay {

enum class SecretStatus
{
    Ok,
    NotFound,   //!< the keychain works but holds no key for this profile
    NoKeychain, //!< no keychain service (or a locked one): nothing can be stored safely
    Failed,     //!< anything else; message says what
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret;
    //! One sentence a person can act on (empty when Ok).
    QString message;
};

/*! API keys of remote profiles in the OS keychain (QtKeychain), service "ContextRelay Desktop",
 *  account "remote/<profile>". Never a plaintext fallback. Session-only secrets (memory of this
 *  process) are consulted first by read(). Callbacks run later from the event loop, only while
 *  context is alive. */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &profile, QObject *context, std::function<void(SecretResult)> done);
    void write(const QString &profile, const QString &secret, QObject *context,
               std::function<void(SecretResult)> done);
    //! Removes the keychain entry and any session secret. Ok also when there was no entry: not every
    //! backend tells the difference.
    void remove(const QString &profile, QObject *context, std::function<void(SecretResult)> done);

    //! A "session-only key": kept in this process's memory and gone when it exits.
    void setSessionSecret(const QString &profile, const QString &secret);
    void clearSessionSecret(const QString &profile);
    bool hasSessionSecret(const QString &profile) const;

    /*! How long a keychain operation may take before it is reported as Failed (default 60 s: long
     *  enough for the user to answer an unlock prompt). */
    void setTimeout(int ms) { m_timeoutMs = ms; }

    static QString serviceName();
    static QString accountName(const QString &profile);
    //! The sentence for SecretStatus::NoKeychain.
    static QString noKeychainMessage();

private:
    QHash<QString, QString> m_sessionSecrets;
    int m_timeoutMs = 60000;
};

} // namespace Relay
