// SPDX-License-Identifier: MIT
#include "forward/forwardingcontroller.h"

#include "forward/bridgesettings.h"
#include "relay/relayhost.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>

namespace Relay {

ForwardingController::ForwardingController(RelayHost *host, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_secrets(secrets)
{}

ForwardingController::~ForwardingController() = default;

void ForwardingController::reload()
{
    const int generation = ++m_generation;
    const auto bridgeSettings = m_iniFile.isEmpty() ? std::make_unique<BridgeSettings>()
                                                    : std::make_unique<BridgeSettings>(m_iniFile);
    const auto profiles = m_iniFile.isEmpty() ? std::make_unique<RemoteProfiles>()
                                              : std::make_unique<RemoteProfiles>(m_iniFile);
    m_specs = bridgeSettings->list();
    m_resolved.clear();
    QSet<QString> wanted;
    for (const BridgeSpec &spec : std::as_const(m_specs)) {
        ResolvedBridge r;
        r.spec = spec;
        if (const auto profile = profiles->find(spec.profile)) {
            r.remoteUrl = profile->url;
            wanted.insert(spec.profile);
            if (const auto known = m_keys.constFind(spec.profile); known != m_keys.cend()) {
                r.keyResolved = true;
                r.apiKey = known->secret;
                r.keyProblem = known->problem;
            }
        } else {
            // Kept, so that its queue stays and the inspector says what is wrong.
            r.keyProblem = tr("there is no remote profile named \"%1\"").arg(spec.profile);
        }
        m_resolved.append(r);
    }
    // Pushes are queued from now on, even before the keychain has answered.
    publish();
    m_pendingKeys = int(wanted.size());
    if (wanted.isEmpty()) {
        Q_EMIT resolved();
        return;
    }
    for (const QString &profile : std::as_const(wanted)) {
        m_secrets->read(profile, this, [this, generation, profile](const SecretResult &result) {
            if (generation != m_generation)
                return; // a newer reload() took over
            Key key;
            if (result.status == SecretStatus::Ok)
                key.secret = result.secret;
            else if (result.status != SecretStatus::NotFound)
                key.problem = result.message; // no key to be had: run without, and say why
            m_keys.insert(profile, key);
            bool changed = false;
            for (ResolvedBridge &r : m_resolved) {
                if (r.spec.profile != profile || r.remoteUrl.isEmpty())
                    continue;
                changed = changed || !r.keyResolved || r.apiKey != key.secret || r.keyProblem != key.problem;
                r.keyResolved = true;
                r.apiKey = key.secret;
                r.keyProblem = key.problem;
            }
            if (changed)
                publish();
            if (--m_pendingKeys == 0)
                Q_EMIT resolved();
        });
    }
}

void ForwardingController::publish()
{
    if (m_host)
        m_host->setBridges(m_resolved);
}

} // namespace Relay
