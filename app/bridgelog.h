// SPDX-License-Identifier: MIT
#pragma once

#include "forward/bridgespec.h"

#include <QHash>
#include <QObject>

namespace Relay::App {

/*! The headless relay's account of its channel bridges: one line on stderr whenever a bridge's
 *  state, queue or error changes (not for every tick of a retry countdown). */
class BridgeLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BridgeLog)

public:
    explicit BridgeLog(QObject *parent = nullptr);
    ~BridgeLog() override;

    void report(const QList<Relay::BridgeStatus> &statuses);

private:
    QHash<QString, QString> m_last;
};

} // namespace Relay::App
