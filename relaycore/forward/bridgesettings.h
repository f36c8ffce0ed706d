// SPDX-License-Identifier: MIT
#pragma once

#include "forward/bridgespec.h"

#include <QList>
#include <expected>
#include <memory>
#include <optional>

class QSettings;

namespace Relay {

/*! The configured channel bridges, in QSettings (array "bridges"), shared by the Settings
 *  dialog, the `bridge-channel` command and the running relay. */
class BridgeSettings final
{
    Q_DISABLE_COPY_MOVE(BridgeSettings)

public:
    BridgeSettings();
    explicit BridgeSettings(const QString &iniFile);
    ~BridgeSettings();

    QList<BridgeSpec> list() const;
    void save(const QList<BridgeSpec> &bridges);
    //! Validates and adds a bridge with a new id; a second bridge between the same channels is refused.
    std::expected<BridgeSpec, QString> add(const QString &localChannel, const QString &profile,
                                           const QString &remoteChannel, BridgeDirection direction);
    //! Removes the bridge with this id (or id prefix, when unique); the removed one, or why not.
    std::expected<BridgeSpec, QString> remove(const QString &id);

    //! Splits "PROFILE:CHANNEL" (the channel may itself contain ':').
    static std::optional<std::pair<QString, QString>> parseRemote(const QString &text);
    //! A channel name a relay accepts in /ws/<channel>: 1 to 256 characters, none of them control ones.
    static bool isValidChannel(const QString &channel);

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_iniFile;
};

} // namespace Relay
