// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"
#include "pubsub/channelhub.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Relay {

/*! Everything an observer needs to start from: what the relay holds right now. Later changes
 *  arrive as events. Plain values, copied out of the relay thread. */
struct RelaySnapshot
{
    QString baseUrl;
    bool paused = false;
    bool durable = false;
    qint64 totalBytes = 0;
    QList<PayloadInfo> payloads;
    QList<ChannelHub::ChannelInfo> channels;
    QList<ChannelHub::SubscriberInfo> subscribers;
};

} // namespace Relay

Q_DECLARE_METATYPE(Relay::RelaySnapshot)
