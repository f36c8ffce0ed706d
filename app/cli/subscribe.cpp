// SPDX-License-Identifier: MIT
// subscribe and wait: long-lived channel listeners.
#include "cli.h"

#include "client/relaysubscription.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQueue>
#include <QTimer>

namespace Relay::Cli {

namespace {
/*! Runs --exec CMD URL for each pointer, one at a time and in order, so a slow handler never sees
 *  two pointers at once and none is dropped. */
class ExecQueue final : public QObject
{
public:
    explicit ExecQueue(const QString &command, QObject *parent)
        : QObject(parent)
        , m_command(QProcess::splitCommand(command))
    {}
    void add(const QString &url)
    {
        m_pending.enqueue(url);
        next();
    }

private:
    void next()
    {
        if (m_running || m_pending.isEmpty() || m_command.isEmpty())
            return;
        m_running = true;
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus) {
            if (code != 0)
                printError(tr("The command exited with code %1.").arg(code));
            process->deleteLater();
            m_running = false;
            next();
        });
        connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            printError(tr("Cannot run %1: %2").arg(m_command.constFirst(), process->errorString()));
            process->deleteLater();
            m_running = false;
            next();
        });
        process->start(m_command.constFirst(), m_command.mid(1) << m_pending.dequeue());
    }

    QStringList m_command;
    QQueue<QString> m_pending;
    bool m_running = false;
};

void reportDisconnects(RelaySubscription *subscription)
{
    QObject::connect(subscription, &RelaySubscription::disconnected, subscription,
                     [subscription](const QString &reason, int retryInMs) {
                         printError(tr("Subscription to \"%1\" lost (%2); retrying in %3 s.")
                                        .arg(subscription->channel(), reason)
                                        .arg(retryInMs / 1000.0));
                     });
}

//! On stderr, so stdout stays one line per pointer or signal; scripts (and tests) can wait for it.
void reportConnected(RelaySubscription *subscription, const RelayClient *client)
{
    QObject::connect(subscription, &RelaySubscription::connected, subscription, [subscription, client] {
        printError(
            tr("Subscribed to \"%1\" on %2.").arg(subscription->channel(), client->server().toString()));
    });
}

//! A published signal as one line of JSON: {"message": …, "ts": …}.
QString signalLine(const QJsonValue &message, qint64 ts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("ts"), double(ts)}})
            .toJson(QJsonDocument::Compact));
}
} // namespace

int subscribe(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print one pointer URL per line as pushes arrive on a channel (or run a command for each). "
           "Reconnects by itself."));
    parser.addPositionalArgument(QStringLiteral("channel"), tr("The channel."), QStringLiteral("CHANNEL"));
    parser.addOption({QStringLiteral("replay"), tr("First deliver the last N pointers (0 … 100)."), tr("n")});
    parser.addOption(
        {QStringLiteral("exec"), tr("Run this command with each URL as its last argument."), tr("command")});
    parser.addOption(
        {QStringLiteral("signals"), tr("Also print each signal published on the channel, as a line of JSON "
                                       "{\"message\": …, \"ts\": …} (with --exec: its last argument).")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("subscribe"), 1, 1))
        return Usage;
    bool ok = true;
    const int replay =
        parser.isSet(QStringLiteral("replay")) ? parser.value(QStringLiteral("replay")).toInt(&ok) : 0;
    if (!ok || replay < 0 || replay > 100) {
        printError(tr("--replay must be a number from 0 to 100."));
        return Usage;
    }
    auto client = makeClient(parser);
    RelaySubscription subscription(client.get(), parser.positionalArguments().constFirst(), replay);
    reportDisconnects(&subscription);
    reportConnected(&subscription, client.get());
    ExecQueue *exec = parser.isSet(QStringLiteral("exec"))
                          ? new ExecQueue(parser.value(QStringLiteral("exec")), &app)
                          : nullptr;
    QObject::connect(&subscription, &RelaySubscription::pointerReceived, &app,
                     [exec](const QString &url, qint64) {
                         if (exec)
                             exec->add(url);
                         else
                             printLine(url);
                     });
    if (parser.isSet(QStringLiteral("signals"))) {
        QObject::connect(&subscription, &RelaySubscription::messageReceived, &app,
                         [exec](const QJsonValue &message, qint64 ts) {
                             if (exec)
                                 exec->add(signalLine(message, ts));
                             else
                                 printLine(signalLine(message, ts));
                         });
    }
    subscription.start();
    return app.exec();
}

int wait(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout)."));
    parser.addOption({QStringLiteral("signal"),
                      tr("Wait for the next published signal instead, and print it as a line of JSON.")});
    parser.addPositionalArgument(QStringLiteral("channel"), tr("The channel."), QStringLiteral("CHANNEL"));
    parser.addOption(
        {QStringLiteral("timeout"), tr("Give up after this many seconds (default: never)."), tr("seconds")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("wait"), 1, 1))
        return Usage;
    bool ok = true;
    const double timeout =
        parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toDouble(&ok) : 0;
    if (!ok || timeout < 0) {
        printError(tr("--timeout must be a number of seconds."));
        return Usage;
    }
    auto client = makeClient(parser);
    const QString channel = parser.positionalArguments().constFirst();
    RelaySubscription subscription(client.get(), channel);
    reportDisconnects(&subscription);
    reportConnected(&subscription, client.get());
    const auto done = [&subscription](const QString &line) {
        subscription.stop();
        printLine(line);
        QCoreApplication::exit(Ok);
    };
    if (parser.isSet(QStringLiteral("signal")))
        QObject::connect(&subscription, &RelaySubscription::messageReceived, &app,
                         [done](const QJsonValue &message, qint64 ts) { done(signalLine(message, ts)); });
    else
        QObject::connect(&subscription, &RelaySubscription::pointerReceived, &app,
                         [done](const QString &url) { done(url); });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, [&channel, timeout] {
        printError(tr("Nothing arrived on \"%1\" within %2 s.").arg(channel).arg(timeout));
        QCoreApplication::exit(TimedOut);
    });
    if (timeout > 0)
        deadline.start(int(timeout * 1000));
    subscription.start();
    return app.exec();
}

} // namespace Relay::Cli
