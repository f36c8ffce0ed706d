// SPDX-License-Identifier: MIT
#pragma once

#include "bridge/outcome.h"
#include "client/relayclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>
#include <optional>

namespace Relay {
class RelaySubscription;
} // namespace Relay

namespace Relay::App {

class PaneDriver;

/*! Delegation to an agent in a terminal (scenario 3), the bridge side: takes each task pointer
 *  that arrives on the task channel, pastes the task into the agent's pane with a request to end
 *  the answer with an outcome block, watches the pane until that block appears (or the time is
 *  up), and pushes the outcome to the done channel with metadata naming the task:
 *  {"summary", "task_id", "task_url", "status": "done" | "timeout" | "error", "elapsed_s"}.
 *
 *  One task at a time, in the order they arrived: an agent in one pane works on one thing. */
class AgentBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentBridge)

public:
    struct Options
    {
        QString taskChannel = QStringLiteral("agent-tasks");
        QString doneChannel = QStringLiteral("agent-done");
        //! How long the agent has for one task, from the paste to the outcome block.
        int timeoutMs = 1800 * 1000;
        //! How often the pane is read while a task runs.
        int pollMs = 500;
    };

    //! \a client and \a pane must outlive the bridge.
    AgentBridge(RelayClient *client, PaneDriver *pane, const Options &options, QObject *parent = nullptr);
    ~AgentBridge() override;

    //! Subscribes to the task channel.
    void start();
    //! Tasks received and not finished, the running one included.
    qsizetype pendingTasks() const { return m_queue.size() + (m_task ? 1 : 0); }

Q_SIGNALS:
    //! One line per step, for a log.
    void step(const QString &line);
    //! The subscription to the task channel is up (again).
    void listening();
    //! A task is over and its result pushed (\a resultUrl empty if that push failed).
    void taskFinished(const QString &taskId, const QString &status, const QString &resultUrl);

private:
    struct Task
    {
        QString url;
        QString id;
        Outcome::Expectation expectation;
        QElapsedTimer clock; //!< started at the paste
        QString status;
        QByteArray result;
        PushOptions resultOptions;
    };

    void enqueue(const QString &url);
    void scheduleNext();
    void next();
    void onPulled(const QString &text);
    void paste(const QString &text);
    void poll();
    void finish(const QString &status, const QString &text);
    void pushResult(int attempt);
    void log(const QString &line);

    RelayClient *m_client;
    PaneDriver *m_pane;
    Options m_options;
    RelaySubscription *m_subscription = nullptr;
    QQueue<QString> m_queue;
    std::optional<Task> m_task;
    QTimer m_poll;
    bool m_nextScheduled = false;
};

} // namespace Relay::App
