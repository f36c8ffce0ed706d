// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QString>
#include <optional>

namespace Relay {

/*! Sees every push to a channel before it is acknowledged: the channel bridges use it to queue
 *  the payload for a remote relay durably, so an acknowledged push is never lost to the bridge. */
class PushTap
{
public:
    virtual ~PushTap() = default;

    //! Cheap test on the push path: does anything listen on this channel?
    virtual bool tapsChannel(const QString &channel) const = 0;
    //! Can \a bytes more be taken now? When not, the push is refused (507) before it is stored.
    virtual std::optional<QString> refusal(const QString &channel, qint64 bytes) const = 0;
    /*! The payload was stored. \a viaBridge names the bridge it arrived through (empty for a push
     *  from a client), which must not send it back. An error undoes the push. */
    virtual std::optional<QString> pushed(const PayloadInfo &info, const QByteArray &data,
                                          const QString &viaBridge) = 0;
};

} // namespace Relay
