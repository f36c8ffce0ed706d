// SPDX-License-Identifier: MIT
#include "core/clock.h"

#include <QDateTime>

namespace Relay {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Relay
