// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Relay {
class RelayHost;
}

namespace Relay::Ui {

/*! What the tray shows about a relay, in a few values: its state, its URL and how much it holds.
 *  Follows a RelayHost's signals; the counts come from snapshots taken at most once a second
 *  while events arrive, so a burst of pushes costs one snapshot, not one per push. */
class RelayStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayStatus)

public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Paused,
        Error,
    };
    Q_ENUM(State)

    explicit RelayStatus(QObject *parent = nullptr);
    ~RelayStatus() override;

    //! Follows \a host from now on (nullptr: none); the host must outlive the call or be set again.
    void setHost(RelayHost *host);

    State state() const { return m_state; }
    QString baseUrl() const { return m_baseUrl; }
    //! Why the state is Error: the relay did not start, or it refuses pushes (storage full).
    QString errorMessage() const { return m_error; }
    int payloads() const { return m_payloads; }
    int channels() const { return m_channels; }
    int subscribers() const { return m_subscribers; }
    qint64 totalBytes() const { return m_totalBytes; }

Q_SIGNALS:
    //! Anything above changed.
    void changed();
    //! A payload was pushed or pulled (the tray pulses).
    void activity();
    //! Something the person should hear about at once (start failure, storage full): once per episode.
    void problem(const QString &message);

private:
    void setState(State state, const QString &error = QString());
    void handleEvents(const QList<Relay::RelayEvent> &events);
    void refresh();

    QPointer<RelayHost> m_host;
    State m_state = State::Stopped;
    QString m_baseUrl;
    QString m_error;
    //! The store refused a push (507/500); cleared by the next successful push.
    bool m_storageProblem = false;
    int m_payloads = 0;
    int m_channels = 0;
    int m_subscribers = 0;
    qint64 m_totalBytes = 0;
    QTimer m_refresh;
};

} // namespace Relay::Ui
