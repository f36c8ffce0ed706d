// SPDX-License-Identifier: MIT
// mcp: the MCP stdio server (the protocol itself is in mcp/mcpserver.cpp).
#include "cli.h"

#include "mcp/mcpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace Relay::Cli {

namespace {
/*! Standard input as a sequential QIODevice that emits readyRead and readChannelFinished, which a
 *  QFile on fd 0 never does. Each notification makes exactly one read(), which poll() has just
 *  said will not block, so the event loop is never held up waiting for the client. */
class StdinDevice final : public QIODevice
{
public:
    explicit StdinDevice(QObject *parent = nullptr)
        : QIODevice(parent)
        , m_notifier(STDIN_FILENO, QSocketNotifier::Read, this)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &StdinDevice::readMore);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_pending.size() + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void readMore()
    {
        char chunk[65536];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n > 0) {
            m_pending.append(chunk, qsizetype(n));
            Q_EMIT readyRead();
            return;
        }
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n < 0)
            printError(
                tr("Cannot read standard input: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        m_notifier.setEnabled(false);
        Q_EMIT readChannelFinished();
    }

    QSocketNotifier m_notifier;
    QByteArray m_pending;
};
} // namespace

int mcp(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, "
           "Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, "
           "publish_signal."));
    parser.addOption({QStringLiteral("wait-timeout"),
                      tr("Default timeout of wait_for_context when a call gives none (default: 300)."),
                      tr("seconds")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("mcp"), 0, 0))
        return Usage;
    int waitTimeout = 300;
    if (parser.isSet(QStringLiteral("wait-timeout"))) {
        bool ok = false;
        waitTimeout = parser.value(QStringLiteral("wait-timeout")).toInt(&ok);
        if (!ok || waitTimeout < 1 || waitTimeout > 86400) {
            printError(tr("--wait-timeout must be a whole number of seconds from 1 to 86400."));
            return Usage;
        }
    }

    // A client that goes away must not kill us with SIGPIPE mid-write; the write fails instead and
    // the server winds down.
    std::signal(SIGPIPE, SIG_IGN);

    // stdout carries protocol messages only: written straight to fd 1, unbuffered, one line each.
    QFile output;
    if (!output.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                     QFileDevice::DontCloseHandle)) {
        printError(tr("Cannot write to standard output: %1").arg(output.errorString()));
        return Usage;
    }
    StdinDevice input;
    auto client = makeClient(parser);
    App::McpServer server(client.get(), &input, &output);
    server.setDefaultWaitTimeout(waitTimeout);
    QObject::connect(&server, &App::McpServer::finished, &app, [] { QCoreApplication::exit(Ok); });
    server.start();
    return app.exec();
}

} // namespace Relay::Cli
