// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>
#include <QHash>
#include <cstdio>
#include <functional>

namespace Relay::Cli {

namespace {
using Command = std::function<int(QCoreApplication &, const QStringList &)>;

const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table{
        {QStringLiteral("push"), &push},
        {QStringLiteral("pull"), &pull},
        {QStringLiteral("peek"), &peek},
        {QStringLiteral("publish"), &publish},
        {QStringLiteral("status"), &status},
        {QStringLiteral("subscribe"), &subscribe},
        {QStringLiteral("wait"), &wait},
        {QStringLiteral("mcp"), &mcp},
        {QStringLiteral("bridge"), &bridge},
        {QStringLiteral("task"), &task},
        {QStringLiteral("keys"), &keys},
        {QStringLiteral("remote"), &remote},
        {QStringLiteral("bridge-channel"), &bridgeChannel},
    };
    return table;
}
} // namespace

QString tr(const char *text)
{
    // The context lupdate gives tr() calls inside namespace Relay::Cli.
    return QCoreApplication::translate("Relay::Cli", text);
}

bool isSubcommand(const QString &name)
{
    return commands().contains(name);
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    const Command command = commands().value(arguments.value(1));
    // The subcommand sees itself as argv[0] so its --help reads naturally.
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + arguments.value(1);
    return command(app, rest);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "contextrelay-desktop: %s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void printNote(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("server"),
        tr("Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787)."), tr("url")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-key"), tr("API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY)."),
        tr("key")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("remote"),
        tr("Use the remote relay profile NAME (see 'contextrelay-desktop remote'), with its API key from the "
           "keychain."),
        tr("name")));
}

std::unique_ptr<RelayClient> makeClient(const QCommandLineParser &parser)
{
    if (parser.optionNames().contains(QStringLiteral("remote")))
        return makeRemoteClient(parser);
    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = qEnvironmentVariable("CONTEXTRELAY_URL");
    if (server.isEmpty())
        server = QStringLiteral("http://127.0.0.1:8787");
    QString key = parser.value(QStringLiteral("api-key"));
    if (key.isEmpty())
        key = qEnvironmentVariable("CONTEXTRELAY_API_KEY");
    return std::make_unique<RelayClient>(QUrl(server), key);
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                    int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(tr("Try 'contextrelay-desktop %1 --help'.").arg(command));
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printError(n < minPositional ? tr("Missing argument.") : tr("Too many arguments."));
        printError(tr("Try 'contextrelay-desktop %1 --help'.").arg(command));
        return false;
    }
    if (!checkRemoteOption(parser)) {
        printError(tr("Try 'contextrelay-desktop %1 --help'.").arg(command));
        return false;
    }
    return true;
}

int exitCodeFor(const ClientError &error)
{
    switch (error.kind) {
    case ClientError::Kind::Unreachable:
    case ClientError::Kind::BadResponse:
        return Unreachable;
    case ClientError::Kind::Timeout:
        return TimedOut;
    case ClientError::Kind::NotFound:
        return NotFound;
    case ClientError::Kind::Decryption:
        return DecryptionFailed;
    case ClientError::Kind::Refused:
        return Refused;
    case ClientError::Kind::BadInput:
        return Usage;
    }
    return Refused;
}

int fail(const ClientError &error)
{
    printError(error.message);
    return exitCodeFor(error);
}

} // namespace Relay::Cli
