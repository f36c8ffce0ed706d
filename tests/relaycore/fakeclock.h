// SPDX-License-Identifier: MIT
#pragma once

#include "core/clock.h"

//! A clock the test moves by hand.
class FakeClock final : public Relay::Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
