// SPDX-License-Identifier: MIT
#include "forward/bridgesettings.h"

#include "core/translate.h"
#include "remote/remoteprofiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace Relay {

namespace {
constexpr QLatin1StringView kArray("bridges");
constexpr QLatin1StringView kId("id");
constexpr QLatin1StringView kLocal("localChannel");
constexpr QLatin1StringView kProfile("profile");
constexpr QLatin1StringView kRemote("remoteChannel");
constexpr QLatin1StringView kDirection("direction");

QString tr(const char *text)
{
    return translateIn({"Relay::BridgeSettings", "Relay"}, text);
}
} // namespace

BridgeSettings::BridgeSettings()
    : m_settings(std::make_unique<QSettings>())
{}

BridgeSettings::BridgeSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_iniFile(iniFile)
{}

BridgeSettings::~BridgeSettings() = default;

QList<BridgeSpec> BridgeSettings::list() const
{
    m_settings->sync();
    QList<BridgeSpec> out;
    const int n = m_settings->beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        BridgeSpec b;
        b.id = m_settings->value(kId).toString();
        b.localChannel = m_settings->value(kLocal).toString();
        b.profile = m_settings->value(kProfile).toString();
        b.remoteChannel = m_settings->value(kRemote).toString();
        const auto direction = parseBridgeDirection(m_settings->value(kDirection).toString());
        // A hand-edited entry that makes no sense is skipped rather than half-run.
        if (b.id.isEmpty() || !isValidChannel(b.localChannel) || !isValidChannel(b.remoteChannel) ||
            b.profile.isEmpty() || !direction)
            continue;
        b.direction = *direction;
        out.append(b);
    }
    m_settings->endArray();
    return out;
}

void BridgeSettings::save(const QList<BridgeSpec> &bridges)
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(bridges.size()));
    for (int i = 0; i < bridges.size(); ++i) {
        const BridgeSpec &b = bridges.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kId, b.id);
        m_settings->setValue(kLocal, b.localChannel);
        m_settings->setValue(kProfile, b.profile);
        m_settings->setValue(kRemote, b.remoteChannel);
        m_settings->setValue(kDirection, bridgeDirectionName(b.direction));
    }
    m_settings->endArray();
    m_settings->sync();
}

std::expected<BridgeSpec, QString> BridgeSettings::add(const QString &localChannel, const QString &profile,
                                                       const QString &remoteChannel,
                                                       BridgeDirection direction)
{
    if (!isValidChannel(localChannel))
        return std::unexpected(tr("\"%1\" is not a channel name: 1 to 256 characters, no control characters.")
                                   .arg(localChannel));
    if (!isValidChannel(remoteChannel))
        return std::unexpected(tr("\"%1\" is not a channel name: 1 to 256 characters, no control characters.")
                                   .arg(remoteChannel));
    const auto profiles = m_iniFile.isEmpty() ? std::make_unique<RemoteProfiles>()
                                              : std::make_unique<RemoteProfiles>(m_iniFile);
    if (!profiles->find(profile))
        return std::unexpected(
            tr("There is no remote profile named \"%1\"; add it first with 'remote add'.").arg(profile));
    QList<BridgeSpec> all = list();
    for (const BridgeSpec &b : std::as_const(all)) {
        if (b.localChannel == localChannel && b.profile == profile && b.remoteChannel == remoteChannel)
            return std::unexpected(tr("There is already a bridge between %1 and %2:%3 (id %4).")
                                       .arg(localChannel, profile, remoteChannel, b.id));
    }
    BridgeSpec spec;
    spec.id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    spec.localChannel = localChannel;
    spec.profile = profile;
    spec.remoteChannel = remoteChannel;
    spec.direction = direction;
    all.append(spec);
    save(all);
    return spec;
}

std::expected<BridgeSpec, QString> BridgeSettings::remove(const QString &id)
{
    QList<BridgeSpec> all = list();
    qsizetype found = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id) {
            found = i;
            break;
        }
        if (!id.isEmpty() && all.at(i).id.startsWith(id)) {
            if (found >= 0)
                return std::unexpected(
                    tr("\"%1\" matches more than one bridge; give more of its id.").arg(id));
            found = i;
        }
    }
    if (found < 0)
        return std::unexpected(tr("There is no bridge with id %1 (see 'bridge-channel list').").arg(id));
    const BridgeSpec removed = all.takeAt(found);
    save(all);
    return removed;
}

std::optional<std::pair<QString, QString>> BridgeSettings::parseRemote(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    return std::make_pair(text.left(colon), text.mid(colon + 1));
}

bool BridgeSettings::isValidChannel(const QString &channel)
{
    if (channel.isEmpty() || channel.size() > 256)
        return false;
    for (const QChar c : channel) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace Relay
