// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"

#include <QObject>
#include <QTimer>

namespace Relay {

/*! Collects relay events and hands them on in batches, at most a few times a second, so that a
 *  burst of thousands of pushes becomes a handful of queued signals to the GUI thread. */
class EventBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBatcher)

public:
    explicit EventBatcher(int intervalMs = 100, qsizetype maxBatch = 10000, QObject *parent = nullptr);

    void add(const Relay::RelayEvent &event);
    void flush();
    //! Events dropped because a batch was full (the oldest go first).
    qint64 dropped() const { return m_dropped; }

Q_SIGNALS:
    void batch(const QList<Relay::RelayEvent> &events);

private:
    QList<RelayEvent> m_pending;
    QTimer m_timer;
    qsizetype m_maxBatch;
    qint64 m_dropped = 0;
};

} // namespace Relay
