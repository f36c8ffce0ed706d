// SPDX-License-Identifier: MIT
#include "core/relayevent.h"

namespace Relay {

RelayEvent RelayEvent::make(Type type, qint64 timestampMs, const QString &payloadId, const QString &channel,
                            qint64 size, int count, const QString &detail)
{
    RelayEvent e;
    e.type = type;
    e.timestampMs = timestampMs;
    e.payloadId = payloadId;
    e.channel = channel;
    e.size = size;
    e.count = count;
    e.detail = detail;
    return e;
}

QString eventTypeName(RelayEvent::Type type)
{
    switch (type) {
    case RelayEvent::Type::Pushed:
        return QStringLiteral("pushed");
    case RelayEvent::Type::Pulled:
        return QStringLiteral("pulled");
    case RelayEvent::Type::Peeked:
        return QStringLiteral("peeked");
    case RelayEvent::Type::Expired:
        return QStringLiteral("expired");
    case RelayEvent::Type::Deleted:
        return QStringLiteral("deleted");
    case RelayEvent::Type::Subscribed:
        return QStringLiteral("subscribed");
    case RelayEvent::Type::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case RelayEvent::Type::Published:
        return QStringLiteral("published");
    case RelayEvent::Type::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

} // namespace Relay
