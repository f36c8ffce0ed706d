// SPDX-License-Identifier: MIT
#include "bridge/agentbridge.h"

#include "bridge/panedriver.h"
#include "client/relayclient.h"
#include "client/relaysubscription.h"

#include <QJsonObject>

namespace Relay::App {

namespace {
//! Upstream's AgentBridge puts the first 120 characters of a result in "summary".
constexpr qsizetype kSummaryLength = 120;
//! A result that cannot be pushed is tried again (1 s, 2 s, 4 s, …): the orchestrator waits for it.
constexpr int kPushAttempts = 5;
} // namespace

AgentBridge::AgentBridge(RelayClient *client, PaneDriver *pane, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pane(pane)
    , m_options(options)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &AgentBridge::poll);
}

AgentBridge::~AgentBridge() = default;

void AgentBridge::start()
{
    if (m_subscription)
        return;
    m_subscription = new RelaySubscription(m_client, m_options.taskChannel, 0, this);
    connect(m_subscription, &RelaySubscription::connected, this, [this] {
        log(tr("Listening for tasks on \"%1\"; results go to \"%2\"; agent pane: %3.")
                .arg(m_options.taskChannel, m_options.doneChannel, m_pane->name()));
        Q_EMIT listening();
    });
    connect(m_subscription, &RelaySubscription::disconnected, this,
            [this](const QString &reason, int retryInMs) {
                log(tr("Subscription to \"%1\" lost (%2); retrying in %3 s.")
                        .arg(m_options.taskChannel, reason)
                        .arg(retryInMs / 1000.0));
            });
    connect(m_subscription, &RelaySubscription::pointerReceived, this,
            [this](const QString &url, qint64) { enqueue(url); });
    m_subscription->start();
}

void AgentBridge::log(const QString &line)
{
    Q_EMIT step(line);
}

void AgentBridge::enqueue(const QString &url)
{
    m_queue.enqueue(url);
    if (m_task)
        log(tr("Task received: %1 (%n waiting).", nullptr, int(m_queue.size())).arg(url));
    else
        log(tr("Task received: %1").arg(url));
    scheduleNext();
}

void AgentBridge::scheduleNext()
{
    if (m_task || m_queue.isEmpty() || m_nextScheduled)
        return;
    // Queued, not called: a client call may answer before it returns (a malformed URL), and the
    // end of one task must not run the next one inside its own call stack.
    m_nextScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_nextScheduled = false;
            next();
        },
        Qt::QueuedConnection);
}

void AgentBridge::next()
{
    if (m_task || m_queue.isEmpty())
        return;
    m_task.emplace();
    m_task->url = m_queue.dequeue();
    const auto pointer = m_client->parsePointer(m_task->url);
    if (!pointer) {
        m_task->id = m_task->url;
        finish(QStringLiteral("error"), pointer.error().message);
        return;
    }
    m_task->id = pointer->id;
    log(tr("Task %1: pulling it.").arg(m_task->id));
    m_client->pull(m_task->url, this, [this](ClientResult<PullResult> pulled) {
        if (!pulled) {
            log(tr("Task %1: cannot pull it: %2").arg(m_task->id, pulled.error().message));
            finish(QStringLiteral("error"), pulled.error().message);
            return;
        }
        if (pulled->binary || pulled->data.trimmed().isEmpty()) {
            const QString why = tr("The task is not text; an agent in a terminal cannot take it.");
            log(tr("Task %1: %2").arg(m_task->id, why));
            finish(QStringLiteral("error"), why);
            return;
        }
        onPulled(QString::fromUtf8(pulled->data));
    });
}

void AgentBridge::onPulled(const QString &text)
{
    const QString pasted = text + Outcome::instruction(m_task->id);
    m_task->expectation = Outcome::expect(m_task->id, pasted);
    // What is in the pane before the paste: only needed if the agent never echoes the task.
    m_pane->capture(this, [this, pasted](std::expected<QString, QString> before) {
        if (!before) {
            log(tr("Task %1: cannot read the pane: %2").arg(m_task->id, before.error()));
            finish(QStringLiteral("error"), before.error());
            return;
        }
        m_task->expectation.blocksBefore = Outcome::scan(*before, m_task->expectation).blocks;
        paste(pasted);
    });
}

void AgentBridge::paste(const QString &text)
{
    m_pane->paste(text, this, [this, size = text.size()](std::expected<void, QString> pasted) {
        if (!pasted) {
            log(tr("Task %1: cannot paste it into the pane: %2").arg(m_task->id, pasted.error()));
            finish(QStringLiteral("error"), pasted.error());
            return;
        }
        m_task->clock.start();
        log(tr("Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.", nullptr,
               int(size))
                .arg(m_task->id, m_pane->name())
                .arg(m_options.timeoutMs / 1000.0));
        m_poll.start(m_options.pollMs);
    });
}

void AgentBridge::poll()
{
    // One capture at a time: the next is armed only when this one has answered.
    m_pane->capture(this, [this](std::expected<QString, QString> pane) {
        if (!pane) {
            log(tr("Task %1: cannot read the pane: %2").arg(m_task->id, pane.error()));
            finish(QStringLiteral("error"), pane.error());
            return;
        }
        const Outcome::Scan scan = Outcome::scan(*pane, m_task->expectation);
        if (scan.tagVisible && !m_task->expectation.tagSeen) {
            m_task->expectation.tagSeen = true;
            log(tr("Task %1: the pane shows the task; watching for the outcome block.").arg(m_task->id));
        }
        const qint64 elapsed = m_task->clock.elapsed();
        if (scan.outcome) {
            log(tr("Task %1: outcome found after %2 s (%n character(s)).", nullptr, int(scan.outcome->size()))
                    .arg(m_task->id)
                    .arg(elapsed / 1000.0, 0, 'f', 1));
            finish(QStringLiteral("done"), *scan.outcome);
            return;
        }
        if (elapsed >= m_options.timeoutMs) {
            log(tr("Task %1: no outcome block within %2 s.")
                    .arg(m_task->id)
                    .arg(m_options.timeoutMs / 1000.0));
            const QString note =
                tr("[ContextRelay bridge] The agent gave no outcome block within %1 s; above is "
                   "what its pane showed after the task.")
                    .arg(m_options.timeoutMs / 1000.0);
            finish(QStringLiteral("timeout"),
                   scan.tail.isEmpty() ? note : scan.tail + QStringLiteral("\n\n") + note);
            return;
        }
        m_poll.start(m_options.pollMs);
    });
}

void AgentBridge::finish(const QString &status, const QString &text)
{
    m_poll.stop();
    // The relay refuses an empty payload; an empty outcome block still has to reach the orchestrator.
    const QString payload = text.isEmpty() ? QStringLiteral("(empty)") : text;
    PushOptions options;
    options.channel = m_options.doneChannel;
    options.metadata = QJsonObject{
        {QStringLiteral("summary"), payload.left(kSummaryLength)},
        {QStringLiteral("task_id"), m_task->id},
        {QStringLiteral("task_url"), m_task->url},
        {QStringLiteral("status"), status},
        {QStringLiteral("elapsed_s"),
         m_task->clock.isValid() ? double(m_task->clock.elapsed()) / 1000.0 : 0.0},
    };

    m_task->status = status;
    m_task->result = payload.toUtf8();
    m_task->resultOptions = options;
    // The task stays current until its result is out: one task at a time, pushes included.
    pushResult(0);
}

void AgentBridge::pushResult(int attempt)
{
    m_client->push(m_task->result, m_task->resultOptions, this,
                   [this, attempt](ClientResult<PushResult> pushed) {
                       if (!pushed) {
                           const ClientError &e = pushed.error();
                           const bool transient = e.kind == ClientError::Kind::Unreachable ||
                                                  e.kind == ClientError::Kind::Timeout;
                           if (transient && attempt + 1 < kPushAttempts) {
                               const int delay = 1000 << attempt;
                               log(tr("Task %1: cannot push the result (%2); trying again in %3 s.")
                                       .arg(m_task->id, e.message)
                                       .arg(delay / 1000));
                               // Queued through a timer in any case, so this never recurses into push().
                               QTimer::singleShot(delay, this, [this, attempt] { pushResult(attempt + 1); });
                               return;
                           }
                           log(tr("Task %1: cannot push the result: %2").arg(m_task->id, e.message));
                       } else {
                           log(tr("Task %1: %2; result pushed to \"%3\": %4")
                                   .arg(m_task->id, m_task->status, m_options.doneChannel, pushed->url));
                       }
                       const QString id = m_task->id;
                       const QString status = m_task->status;
                       m_task.reset();
                       Q_EMIT taskFinished(id, status, pushed ? pushed->url : QString());
                       scheduleNext();
                   });
}

} // namespace Relay::App
