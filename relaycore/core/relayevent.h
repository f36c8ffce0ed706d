// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Relay {

/*! One thing that happened in the relay, as plain values so it can cross threads. */
struct RelayEvent
{
    enum class Type : quint8
    {
        Pushed,
        Pulled,
        Peeked,
        Expired,
        Deleted,
        Subscribed,
        Unsubscribed,
        Published,
        Rejected,
    };

    Type type = Type::Pushed;
    qint64 timestampMs = 0;
    QString payloadId;
    QString channel;
    qint64 size = 0;
    //! Subscribers reached (Pushed/Published), or subscribers left (Subscribed/Unsubscribed).
    int count = 0;
    //! HTTP status of a rejection, 0 otherwise.
    int status = 0;
    //! Short, human-readable detail: the reason of a rejection, the peer of a subscriber. Never payload
    //! bytes.
    QString detail;
    //! The payload's record as it is after the event (pushed, pulled, peeked, expired, deleted).
    PayloadInfo payload;

    //! An event about a payload or a channel; the fields not given stay empty.
    static RelayEvent make(Type type, qint64 timestampMs, const QString &payloadId, const QString &channel,
                           qint64 size = 0, int count = 0, const QString &detail = QString());
};

QString eventTypeName(RelayEvent::Type type);

} // namespace Relay

Q_DECLARE_METATYPE(Relay::RelayEvent)
