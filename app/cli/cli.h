// SPDX-License-Identifier: MIT
#pragma once

#include "client/relayclient.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

class QCoreApplication;

namespace Relay::Cli {

//! Exit codes of every subcommand; scripts rely on them.
enum ExitCode
{
    Ok = 0,
    Usage = 1,
    Unreachable = 2,
    TimedOut = 3,
    NotFound = 4,
    DecryptionFailed = 5,
    Refused = 6,
};

//! Is \a name a subcommand (push, pull, …)? main() asks before treating arguments as relay options.
bool isSubcommand(const QString &name);
//! Runs the subcommand in arguments[1]; returns the process exit code.
int run(QCoreApplication &app, const QStringList &arguments);

// ---- shared by the subcommands (cli.cpp) ----

/*! Translates \a text in the runtime context "Cli". lupdate files each call under the namespace or
 *  class it stands in (Relay::Cli, …), so the calls stay plain tr() in every subcommand. */
QString tr(const char *text);
//! Prints \a line and a newline on stdout, flushed at once: scripts read it while the command runs.
void printLine(const QString &line);
//! Prints \a message and a newline on stderr: a sentence for the person, stdout stays for scripts.
void printNote(const QString &message);

//! Adds --server, --api-key and --remote; call before parsing.
void addServerOptions(QCommandLineParser &parser);
/*! --server > CONTEXTRELAY_URL > http://127.0.0.1:8787; --api-key > CONTEXTRELAY_API_KEY.
 *  With --remote NAME: the profile's URL; --api-key > its key in the keychain > CONTEXTRELAY_API_KEY. */
std::unique_ptr<RelayClient> makeClient(const QCommandLineParser &parser);
//! --remote names a known profile and comes without --server; else says why (remotecommands.cpp).
bool checkRemoteOption(const QCommandLineParser &parser);
//! The client for --remote NAME; reads the key from the keychain, waiting for it (remotecommands.cpp).
std::unique_ptr<RelayClient> makeRemoteClient(const QCommandLineParser &parser);
//! Parses, handles --help; on a usage error prints it and returns false (exit code Usage).
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                    int minPositional, int maxPositional);
//! Prints "contextrelay-desktop: <message>" on stderr.
void printError(const QString &message);
int exitCodeFor(const ClientError &error);
int fail(const ClientError &error);

int push(QCoreApplication &app, const QStringList &arguments);
int pull(QCoreApplication &app, const QStringList &arguments);
int peek(QCoreApplication &app, const QStringList &arguments);
int publish(QCoreApplication &app, const QStringList &arguments);
int status(QCoreApplication &app, const QStringList &arguments);
int subscribe(QCoreApplication &app, const QStringList &arguments);
int wait(QCoreApplication &app, const QStringList &arguments);
int mcp(QCoreApplication &app, const QStringList &arguments);           // mcpcommand.cpp
int bridge(QCoreApplication &app, const QStringList &arguments);        // bridgecommands.cpp
int task(QCoreApplication &app, const QStringList &arguments);          // bridgecommands.cpp
int keys(QCoreApplication &app, const QStringList &arguments);          // keycommands.cpp
int remote(QCoreApplication &app, const QStringList &arguments);        // remotecommands.cpp
int bridgeChannel(QCoreApplication &app, const QStringList &arguments); // bridgechannelcommands.cpp

} // namespace Relay::Cli
