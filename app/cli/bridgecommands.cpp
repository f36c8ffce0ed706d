// SPDX-License-Identifier: MIT
// bridge and task: delegating to a coding agent in a tmux pane (scenario 3), both ends.
#include "cli.h"

#include "bridge/agentbridge.h"
#include "bridge/tmuxpane.h"
#include "client/relaysubscription.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTime>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace Relay::Cli {

namespace {
//! Upstream's push_and_wait() puts the first 80 characters of a task in "summary".
constexpr qsizetype kTaskSummaryLength = 80;
//! A peek that fails for want of the relay is tried again this often until the deadline.
constexpr int kPeekRetryMs = 1000;

void addBridgeOptions(QCommandLineParser &parser, const QString &timeoutHelp)
{
    parser.addOption({QStringLiteral("task-channel"), tr("The channel tasks go to (default: agent-tasks)."),
                      tr("name"), QStringLiteral("agent-tasks")});
    parser.addOption({QStringLiteral("done-channel"), tr("The channel results go to (default: agent-done)."),
                      tr("name"), QStringLiteral("agent-done")});
    parser.addOption({QStringLiteral("timeout"), timeoutHelp, tr("seconds"), QStringLiteral("1800")});
}

//! --timeout in milliseconds, or 0 after explaining what is wrong with it.
int timeoutMs(const QCommandLineParser &parser)
{
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    // A week at most: more does not fit a timer, and no agent works on one task that long.
    if (!ok || seconds <= 0 || seconds > 604800) {
        printError(tr("--timeout must be a number of seconds above 0 and at most 604800."));
        return 0;
    }
    return qMax(1, int(seconds * 1000));
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void logLine(const QString &line)
{
    std::fprintf(stderr, "%s bridge: %s\n",
                 QTime::currentTime().toString(QStringLiteral("HH:mm:ss")).toUtf8().constData(),
                 line.toUtf8().constData());
    std::fflush(stderr);
}
} // namespace

int bridge(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it "
        "with a request for an outcome block, wait for that block, and push it to the done channel with the "
        "task's id in its metadata. Runs until stopped; logs each step on standard error."));
    parser.addOption({QStringLiteral("tmux"),
                      tr("The tmux pane the agent runs in (session, session:window.pane, %id)."),
                      tr("target")});
    parser.addOption({QStringLiteral("tmux-socket"),
                      tr("The tmux server's socket name (as tmux -L takes it)."), tr("name")});
    addBridgeOptions(parser, tr("How long the agent has for one task (default: 1800)."));
    parser.addOption({QStringLiteral("poll-ms"),
                      tr("How often to read the pane while a task runs (default: 500)."), tr("ms"),
                      QStringLiteral("500")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("bridge"), 0, 0))
        return Usage;
    const QString target = parser.value(QStringLiteral("tmux"));
    if (target.isEmpty()) {
        printError(tr("--tmux is required: the tmux pane the agent runs in."));
        return Usage;
    }
    App::AgentBridge::Options options;
    options.taskChannel = parser.value(QStringLiteral("task-channel"));
    options.doneChannel = parser.value(QStringLiteral("done-channel"));
    if (options.taskChannel.isEmpty() || options.doneChannel.isEmpty() ||
        options.taskChannel == options.doneChannel) {
        printError(tr("--task-channel and --done-channel must be two different, non-empty names."));
        return Usage;
    }
    options.timeoutMs = timeoutMs(parser);
    if (options.timeoutMs == 0)
        return Usage;
    bool ok = false;
    options.pollMs = parser.value(QStringLiteral("poll-ms")).toInt(&ok);
    if (!ok || options.pollMs < 50 || options.pollMs > 60000) {
        printError(tr("--poll-ms must be a whole number from 50 to 60000."));
        return Usage;
    }

    auto client = makeClient(parser);
    App::TmuxPane pane(target, parser.value(QStringLiteral("tmux-socket")));
    App::AgentBridge agentBridge(client.get(), &pane, options);
    QObject::connect(&agentBridge, &App::AgentBridge::step, &app, &logLine);
    // A wrong --tmux should fail now, not with the first task, maybe hours later.
    pane.capture(&app, [&agentBridge, &pane](std::expected<QString, QString> screen) {
        if (!screen) {
            printError(tr("Cannot read the tmux pane %1: %2").arg(pane.name(), screen.error()));
            QCoreApplication::exit(Usage);
            return;
        }
        agentBridge.start();
    });
    return app.exec();
}

int task(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result "
        "arrives in time or the bridge gave up waiting for the agent (what the agent said so far is "
        "printed), "
        "6 when the bridge could not run the task."));
    parser.addPositionalArgument(QStringLiteral("text"), tr("The task; '-' reads it from standard input."),
                                 QStringLiteral("TEXT|-"));
    addBridgeOptions(parser, tr("Give up after this many seconds (default: 1800)."));
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("task"), 1, -1))
        return Usage;
    const int timeout = timeoutMs(parser);
    if (timeout == 0)
        return Usage;
    const QString taskChannel = parser.value(QStringLiteral("task-channel"));
    const QString doneChannel = parser.value(QStringLiteral("done-channel"));
    if (taskChannel.isEmpty() || doneChannel.isEmpty() || taskChannel == doneChannel) {
        printError(tr("--task-channel and --done-channel must be two different, non-empty names."));
        return Usage;
    }

    QString text;
    if (parser.positionalArguments() == QStringList{QStringLiteral("-")}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("Cannot read %1: %2").arg(tr("standard input"), in.errorString()));
            return Usage;
        }
        text = QString::fromUtf8(in.readAll());
    } else {
        // Several words without quotes are one task, as upstream's "send" takes them.
        text = parser.positionalArguments().join(QLatin1Char(' '));
    }
    if (text.trimmed().isEmpty()) {
        printError(tr("Nothing to do: the task is empty."));
        return Usage;
    }

    auto client = makeClient(parser);
    RelaySubscription subscription(client.get(), doneChannel);
    QString taskId;    // the task pointer's id, once the push has answered
    QStringList early; // done pointers that arrived before that
    bool pushStarted = false;
    bool everConnected = false;
    bool delivering = false;
    QTimer deadline;
    deadline.setSingleShot(true);

    auto exitWith = [&subscription, &deadline](int code) {
        subscription.stop();
        deadline.stop();
        QCoreApplication::exit(code);
    };
    auto deliver = [&client, &app, &exitWith](const QString &url, const QString &status) {
        client->pull(url, &app, [&exitWith, status](ClientResult<PullResult> result) {
            if (!result)
                return exitWith(fail(result.error()));
            if (status == QLatin1String("error")) {
                printError(tr("The bridge could not run the task: %1").arg(QString::fromUtf8(result->data)));
                return exitWith(Refused);
            }
            writeOut(result->data);
            if (status == QLatin1String("timeout")) {
                printError(tr("The agent gave no outcome before the bridge's timeout."));
                return exitWith(TimedOut);
            }
            exitWith(Ok);
        });
    };
    // Every pointer on the done channel is peeked at: results for other tasks (other orchestrators
    // share the channel) are left alone.
    std::function<void(const QString &)> check = [&](const QString &url) {
        client->peek(url, &app, [&, url](ClientResult<QJsonObject> metadata) {
            if (delivering)
                return;
            if (!metadata) {
                const auto kind = metadata.error().kind;
                if (kind == ClientError::Kind::Unreachable || kind == ClientError::Kind::Timeout)
                    QTimer::singleShot(kPeekRetryMs, &app, [&check, url] { check(url); });
                return; // gone (expired, read up) or not a payload: not ours either way
            }
            if (metadata->value(QLatin1String("task_id")).toString() != taskId)
                return;
            delivering = true;
            deliver(url, metadata->value(QLatin1String("status")).toString());
        });
    };

    QObject::connect(&subscription, &RelaySubscription::pointerReceived, &app, [&](const QString &url) {
        if (delivering)
            return;
        if (taskId.isEmpty())
            early.append(url);
        else
            check(url);
    });
    QObject::connect(&subscription, &RelaySubscription::disconnected, &app,
                     [&](const QString &reason, int retryInMs) {
                         if (!everConnected) {
                             printError(tr("Cannot subscribe to \"%1\": %2").arg(doneChannel, reason));
                             return exitWith(Unreachable);
                         }
                         printError(tr("Subscription to \"%1\" lost (%2); retrying in %3 s.")
                                        .arg(doneChannel, reason)
                                        .arg(retryInMs / 1000.0));
                     });
    // The subscription is up before the task goes out, so even an instant result is heard.
    QObject::connect(&subscription, &RelaySubscription::connected, &app, [&] {
        everConnected = true;
        if (pushStarted)
            return;
        pushStarted = true;
        PushOptions options;
        options.channel = taskChannel;
        options.metadata.insert(QStringLiteral("summary"), text.left(kTaskSummaryLength));
        client->push(text.toUtf8(), options, &app, [&](ClientResult<PushResult> pushed) {
            if (!pushed)
                return exitWith(fail(pushed.error()));
            taskId = pushed->id;
            if (taskId.isEmpty()) {
                const auto pointer = client->parsePointer(pushed->url);
                taskId = pointer ? pointer->id : pushed->url;
            }
            printError(
                tr("Task pushed: %1; waiting for its result on \"%2\".").arg(pushed->url, doneChannel));
            // A fast bridge may have answered before the relay's reply to the push got here.
            for (const QString &url : std::exchange(early, {}))
                check(url);
        });
    });
    QObject::connect(&deadline, &QTimer::timeout, &app, [&] {
        printError(tr("No result within %1 s.").arg(timeout / 1000.0));
        exitWith(TimedOut);
    });
    deadline.start(timeout);
    subscription.start();
    return app.exec();
}

} // namespace Relay::Cli
