// SPDX-License-Identifier: MIT
#pragma once

#include "forward/bridgespec.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Relay {

class RelayHost;
class SecretStore;

/*! Feeds a RelayHost the configured channel bridges: reads them and their remote profiles from
 *  the settings, fetches the profiles' API keys from the keychain (asynchronously; the bridges
 *  queue meanwhile), and does it again on reload(). Lives in the host's thread. */
class ForwardingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardingController)

public:
    //! \a secrets is shared with whoever sets session-only keys (the GUI); both must outlive this.
    ForwardingController(RelayHost *host, SecretStore *secrets, QObject *parent = nullptr);
    ~ForwardingController() override;

    //! Settings from an INI file instead of the application's (tests).
    void setSettingsFile(const QString &iniFile) { m_iniFile = iniFile; }
    //! Reads the configuration again and hands it to the host (call once before host->start()).
    void reload();
    //! What the host runs now, keys blanked.
    QList<BridgeSpec> bridges() const { return m_specs; }

Q_SIGNALS:
    //! Every key was asked for and the bridges have what they can get.
    void resolved();

private:
    void publish();

    QPointer<RelayHost> m_host;
    SecretStore *m_secrets;
    QString m_iniFile;
    QList<BridgeSpec> m_specs;
    QList<ResolvedBridge> m_resolved;
    //! The last answer of the keychain per profile: a reload starts from it, so bridges whose key
    //! did not change keep running instead of restarting while the keychain is asked again.
    struct Key
    {
        QString secret;
        QString problem;
    };
    QHash<QString, Key> m_keys;
    int m_generation = 0;
    int m_pendingKeys = 0;
};

} // namespace Relay
