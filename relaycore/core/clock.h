// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Relay {

/*! Wall-clock time in Unix milliseconds, behind an interface so tests can move time. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace Relay
