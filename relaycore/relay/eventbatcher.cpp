// SPDX-License-Identifier: MIT
#include "relay/eventbatcher.h"

namespace Relay {

EventBatcher::EventBatcher(int intervalMs, qsizetype maxBatch, QObject *parent)
    : QObject(parent)
    , m_maxBatch(maxBatch)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventBatcher::flush);
}

void EventBatcher::add(const RelayEvent &event)
{
    if (m_pending.size() >= m_maxBatch) {
        m_pending.removeFirst();
        ++m_dropped;
    }
    m_pending.append(event);
    if (!m_timer.isActive())
        m_timer.start();
}

void EventBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QList<RelayEvent> out;
    out.swap(m_pending);
    Q_EMIT batch(out);
}

} // namespace Relay
