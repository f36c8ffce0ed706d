// SPDX-License-Identifier: MIT
#include "bridge/tmuxpane.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <memory>

namespace Relay::App {

namespace {
//! tmux answers in milliseconds; a tmux that hangs (a stuck server) must not stall the bridge.
constexpr int kTmuxTimeoutMs = 10000;
} // namespace

TmuxPane::TmuxPane(const QString &target, const QString &socketName, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_socketName(socketName)
    // A buffer of our own, so the person's paste buffers are never touched.
    , m_bufferName(QStringLiteral("contextrelay-bridge-") +
                   QString::number(QCoreApplication::applicationPid()))
{}

TmuxPane::~TmuxPane() = default;

QString TmuxPane::name() const
{
    return m_socketName.isEmpty() ? m_target : tr("%1 (tmux -L %2)").arg(m_target, m_socketName);
}

void TmuxPane::run(const QStringList &arguments, const QByteArray &input, QObject *context,
                   std::function<void(std::expected<QByteArray, QString>)> done)
{
    auto *process = new QProcess(this);
    auto *watchdog = new QTimer(process);
    watchdog->setSingleShot(true);
    // finished() follows a kill by the watchdog, and errorOccurred() a crash: report only once.
    auto reported = std::make_shared<bool>(false);
    auto report = [reported, guard = QPointer<QObject>(context),
                   done = std::move(done)](std::expected<QByteArray, QString> result) {
        if (*reported)
            return;
        *reported = true;
        if (guard)
            done(std::move(result));
    };
    const QString command = arguments.value(0);
    connect(process, &QProcess::finished, this,
            [this, process, report, command](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                if (status == QProcess::NormalExit && code == 0) {
                    report(process->readAllStandardOutput());
                    return;
                }
                QString why = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
                if (why.isEmpty())
                    why = status == QProcess::NormalExit ? tr("exit code %1").arg(code) : tr("it crashed");
                report(std::unexpected(tr("tmux %1 failed: %2").arg(command, why)));
            });
    connect(process, &QProcess::errorOccurred, this, [this, process, report](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater(); // no finished() follows a failed start
        report(std::unexpected(tr("Cannot run tmux: %1").arg(process->errorString())));
    });
    connect(watchdog, &QTimer::timeout, this, [this, process, report, command] {
        report(std::unexpected(
            tr("tmux %1 did not finish within %2 s.").arg(command).arg(kTmuxTimeoutMs / 1000)));
        process->kill(); // finished() follows and deletes it
    });

    QStringList argv;
    if (!m_socketName.isEmpty())
        argv << QStringLiteral("-L") << m_socketName;
    argv << arguments;
    process->start(QStringLiteral("tmux"), argv);
    // QProcess buffers what is written before the process runs; closing the channel sends EOF
    // once it has all gone.
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    watchdog->start(kTmuxTimeoutMs);
}

void TmuxPane::paste(const QString &text, QObject *context,
                     std::function<void(std::expected<void, QString>)> done)
{
    /* load-buffer from standard input + paste-buffer, rather than send-keys -l <text>:
     * - the text never becomes a command-line argument, so a 50 KB task is no problem (tmux
     *   limits the size of a command it receives from its client);
     * - paste-buffer -p wraps the text in bracketed-paste codes when the program in the pane
     *   asked for them, so a full-screen agent (Claude Code, aider, …) takes a multi-line task
     *   as one paste instead of submitting it at its first newline; send-keys would type it;
     * - a program without bracketed paste (a shell loop) gets the lines as a terminal paste
     *   gives them: each LF becomes CR, i.e. Enter.
     * -d deletes the buffer after pasting. */
    const QStringList arguments{
        QStringLiteral("load-buffer"),
        QStringLiteral("-b"),
        m_bufferName,
        QStringLiteral("-"),
        QStringLiteral(";"),
        QStringLiteral("paste-buffer"),
        QStringLiteral("-p"),
        QStringLiteral("-d"),
        QStringLiteral("-b"),
        m_bufferName,
        QStringLiteral("-t"),
        m_target,
    };
    run(arguments, text.toUtf8(), context,
        [this, context, done = std::move(done)](std::expected<QByteArray, QString> pasted) mutable {
            if (!pasted) {
                done(std::unexpected(pasted.error()));
                return;
            }
            // The Enter goes a moment later, on its own: an agent that reads the paste and the
            // key in one chunk may take the Enter as part of the pasted text (a newline) rather
            // than as "submit". A timer, not a sleep: the event loop keeps running.
            QTimer::singleShot(m_submitDelayMs, this, [this, context, done = std::move(done)]() mutable {
                run({QStringLiteral("send-keys"), QStringLiteral("-t"), m_target, QStringLiteral("Enter")},
                    {}, context, [done = std::move(done)](std::expected<QByteArray, QString> sent) {
                        if (!sent)
                            done(std::unexpected(sent.error()));
                        else
                            done({});
                    });
            });
        });
}

void TmuxPane::capture(QObject *context, std::function<void(std::expected<QString, QString>)> done)
{
    // -J joins lines tmux wrapped at the pane's width, so a marker is never cut in two by it.
    run({QStringLiteral("capture-pane"), QStringLiteral("-p"), QStringLiteral("-J"), QStringLiteral("-t"),
         m_target, QStringLiteral("-S"), QLatin1Char('-') + QString::number(m_historyLines)},
        {}, context, [done = std::move(done)](std::expected<QByteArray, QString> text) {
            if (!text)
                done(std::unexpected(text.error()));
            else
                done(QString::fromUtf8(*text));
        });
}

} // namespace Relay::App
