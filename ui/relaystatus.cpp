// SPDX-License-Identifier: MIT
#include "relaystatus.h"

#include "relay/relayhost.h"

namespace Relay::Ui {

RelayStatus::RelayStatus(QObject *parent)
    : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &RelayStatus::refresh);
}

RelayStatus::~RelayStatus() = default;

void RelayStatus::setHost(RelayHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    m_refresh.stop();
    m_baseUrl.clear();
    m_storageProblem = false;
    m_payloads = m_channels = m_subscribers = 0;
    m_totalBytes = 0;
    if (!host) {
        setState(State::Stopped);
        return;
    }
    connect(host, &RelayHost::started, this, [this](const QString &url, quint16) {
        m_baseUrl = url;
        setState(m_host && m_host->isPaused() ? State::Paused : State::Running);
        refresh();
    });
    connect(host, &RelayHost::failed, this, [this](const QString &message) {
        setState(State::Error, message);
        Q_EMIT problem(message);
    });
    connect(host, &RelayHost::stopped, this, [this] {
        m_refresh.stop();
        if (m_state != State::Error)
            setState(State::Stopped);
    });
    connect(host, &RelayHost::pausedChanged, this, [this](bool paused) {
        if (m_state == State::Running || m_state == State::Paused)
            setState(paused ? State::Paused : State::Running);
    });
    connect(host, &RelayHost::events, this, &RelayStatus::handleEvents);
    if (host->isRunning()) {
        m_baseUrl = host->baseUrl();
        setState(host->isPaused() ? State::Paused : State::Running);
        refresh();
    } else {
        setState(State::Starting);
    }
}

void RelayStatus::setState(State state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT changed();
}

void RelayStatus::handleEvents(const QList<RelayEvent> &events)
{
    bool moved = false;
    QString storageError;
    bool stored = false;
    for (const RelayEvent &e : events) {
        switch (e.type) {
        case RelayEvent::Type::Pushed:
            stored = true;
            storageError.clear();
            moved = true;
            break;
        case RelayEvent::Type::Pulled:
            moved = true;
            break;
        case RelayEvent::Type::Rejected:
            // 507: the store is full; 500: the disk refused the write. Both mean pushes fail.
            if (e.status == 507 || e.status == 500)
                storageError = e.detail;
            break;
        default:
            break;
        }
    }
    if (moved)
        Q_EMIT activity();

    if (!storageError.isEmpty() && (m_state == State::Running || m_state == State::Paused)) {
        const bool first = !m_storageProblem;
        m_storageProblem = true;
        setState(State::Error, storageError);
        if (first)
            Q_EMIT problem(storageError);
    } else if (stored && m_storageProblem && m_state == State::Error) {
        m_storageProblem = false;
        setState(m_host && m_host->isPaused() ? State::Paused : State::Running);
    }
    if (!m_refresh.isActive())
        m_refresh.start();
}

void RelayStatus::refresh()
{
    if (!m_host || !m_host->isRunning())
        return;
    m_host->requestSnapshot(this, [this](const RelaySnapshot &snapshot) {
        const int payloads = int(snapshot.payloads.size());
        const int channels = int(snapshot.channels.size());
        const int subscribers = int(snapshot.subscribers.size());
        if (payloads == m_payloads && channels == m_channels && subscribers == m_subscribers &&
            snapshot.totalBytes == m_totalBytes)
            return;
        m_payloads = payloads;
        m_channels = channels;
        m_subscribers = subscribers;
        m_totalBytes = snapshot.totalBytes;
        Q_EMIT changed();
    });
}

} // namespace Relay::Ui
