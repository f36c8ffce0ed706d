// SPDX-License-Identifier: MIT
// remote add/list/remove/test, and --remote NAME for the commands that talk to a relay.
#include "cli.h"

#include "remote/connectiontest.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Relay::Cli {

namespace {
/*! Waits for one SecretStore answer. Only the CLI does this: it has nothing else to do meanwhile,
 *  while the GUI must never spin a nested loop (it takes the callback instead). */
SecretResult
waitFor(const std::function<void(SecretStore &, QObject *, std::function<void(SecretResult)>)> &call)
{
    SecretStore store;
    QObject context;
    QEventLoop loop;
    SecretResult result;
    call(store, &context, [&result, &loop](SecretResult r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretResult readKey(const QString &profile)
{
    return waitFor([&profile](SecretStore &store, QObject *context, std::function<void(SecretResult)> done) {
        store.read(profile, context, std::move(done));
    });
}

//! One line from standard input, trimmed; without echo when it is a terminal.
bool readKeyFromStdin(const QString &profile, QString *key)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", tr("API key for \"%1\": ").arg(profile).toUtf8().constData());
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fprintf(stderr, "\n");
    }
    *key = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return !key->isEmpty();
}

//! --api-key > the profile's key in the keychain > $CONTEXTRELAY_API_KEY.
QString keyFor(const QString &profile, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const SecretResult stored = readKey(profile);
    if (stored.status == SecretStatus::Ok)
        return stored.secret;
    if (stored.status != SecretStatus::NotFound)
        printError(tr("Cannot read the API key of remote \"%1\" from the keychain: %2 Going on without it; "
                      "pass --api-key or set CONTEXTRELAY_API_KEY.")
                       .arg(profile, stored.message));
    return qEnvironmentVariable("CONTEXTRELAY_API_KEY");
}

QString unknownRemote(const QString &name)
{
    return tr("There is no remote named \"%1\"; 'contextrelay-desktop remote list' shows them.").arg(name);
}

int remoteAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a "
           "file."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."), QStringLiteral("NAME"));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The relay's base URL."), QStringLiteral("URL"));
    parser.addOption({QStringLiteral("api-key-stdin"),
                      tr("Read the API key from standard input (one line) and keep it in the keychain.")});
    if (!parseOrExplain(parser, arguments, QStringLiteral("remote add"), 2, 2))
        return Usage;
    const QString name = parser.positionalArguments().at(0);
    const RemoteProfile profile{name, QUrl(parser.positionalArguments().at(1), QUrl::StrictMode)};
    QString error;
    if (!RemoteProfiles::isValidName(name)) {
        printError(tr("\"%1\" is not a usable remote name: use 1 to 64 letters, digits, '.', '_' or '-'.")
                       .arg(name));
        return Usage;
    }
    if (!RemoteProfiles::isValidUrl(profile.url, &error)) {
        printError(error);
        return Usage;
    }

    const bool withKey = parser.isSet(QStringLiteral("api-key-stdin"));
    if (withKey) {
        QString key;
        if (!readKeyFromStdin(name, &key)) {
            printError(tr("No API key on standard input."));
            return Usage;
        }
        const SecretResult written =
            waitFor([&](SecretStore &store, QObject *context, std::function<void(SecretResult)> done) {
                store.write(name, key, context, std::move(done));
            });
        key.fill(QChar(0));
        if (written.status == SecretStatus::NoKeychain) {
            printError(tr("%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key "
                          "with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep "
                          "a session-only key instead.")
                           .arg(written.message));
            return Refused;
        }
        if (written.status != SecretStatus::Ok) {
            printError(tr("%1 Nothing was stored.").arg(written.message));
            return Refused;
        }
    } else {
        // A key kept for this name would otherwise be sent to the new URL.
        const SecretResult removed =
            waitFor([&](SecretStore &store, QObject *context, std::function<void(SecretResult)> done) {
                store.remove(name, context, std::move(done));
            });
        if (removed.status == SecretStatus::Failed)
            printError(tr("Could not remove an older API key of \"%1\" from the keychain: %2")
                           .arg(name, removed.message));
    }

    RemoteProfiles profiles;
    if (!profiles.add(profile, &error)) {
        printError(error);
        if (withKey)
            waitFor([&](SecretStore &store, QObject *context, std::function<void(SecretResult)> done) {
                store.remove(name, context, std::move(done));
            });
        return Refused;
    }
    const RemoteProfile stored = profiles.find(name).value_or(profile);
    printLine(
        withKey ? tr("Remote \"%1\" is %2; its API key is in the keychain.").arg(name, stored.url.toString())
                : tr("Remote \"%1\" is %2 (no API key).").arg(name, stored.url.toString()));
    return Ok;
}

int remoteList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the remote relay profiles (never their keys)."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parseOrExplain(parser, arguments, QStringLiteral("remote list"), 0, 0))
        return Usage;
    const QList<RemoteProfile> profiles = RemoteProfiles().list();
    struct Row
    {
        QString name, url, key;
        //! For --json: the same in words that do not change with the language.
        QLatin1StringView keyState;
        QString keyProblem;
    };
    QList<Row> rows;
    bool keychainMissing = false;
    for (const RemoteProfile &p : profiles) {
        Row row{p.name, p.url.toString(), QString(), QLatin1StringView("unavailable"), QString()};
        if (keychainMissing) {
            row.key = tr("unavailable (no keychain)");
            row.keyProblem = QStringLiteral("no keychain");
        } else {
            SecretResult r = readKey(p.name);
            r.secret.fill(QChar(0));
            switch (r.status) {
            case SecretStatus::Ok:
                row.key = tr("keychain");
                row.keyState = QLatin1StringView("keychain");
                break;
            case SecretStatus::NotFound:
                row.key = tr("none");
                row.keyState = QLatin1StringView("none");
                break;
            case SecretStatus::NoKeychain:
                keychainMissing = true;
                row.key = tr("unavailable (no keychain)");
                row.keyProblem = QStringLiteral("no keychain");
                break;
            case SecretStatus::Failed:
                row.key = tr("unavailable (%1)").arg(r.message);
                row.keyProblem = r.message;
                break;
            }
        }
        rows.append(row);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Row &r : std::as_const(rows)) {
            QJsonObject o{{QStringLiteral("name"), r.name},
                          {QStringLiteral("url"), r.url},
                          {QStringLiteral("key"), QString(r.keyState)}};
            if (!r.keyProblem.isEmpty())
                o.insert(QStringLiteral("key_problem"), r.keyProblem);
            array.append(o);
        }
        const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    if (rows.isEmpty()) {
        printError(
            tr("No remotes yet; add one with 'contextrelay-desktop remote add NAME URL --api-key-stdin'."));
        return Ok;
    }
    qsizetype nameWidth = 4, urlWidth = 3;
    for (const Row &r : std::as_const(rows)) {
        nameWidth = qMax(nameWidth, r.name.size());
        urlWidth = qMax(urlWidth, r.url.size());
    }
    auto line = [nameWidth, urlWidth](const QString &a, const QString &b, const QString &c) -> QString {
        return a.leftJustified(nameWidth + 2) + b.leftJustified(urlWidth + 2) + c;
    };
    printLine(line(tr("NAME"), tr("URL"), tr("KEY")));
    for (const Row &r : std::as_const(rows))
        printLine(line(r.name, r.url, r.key));
    return Ok;
}

int remoteRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a remote relay profile and its API key in the keychain."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."), QStringLiteral("NAME"));
    if (!parseOrExplain(parser, arguments, QStringLiteral("remote remove"), 1, 1))
        return Usage;
    const QString name = parser.positionalArguments().constFirst();
    RemoteProfiles profiles;
    if (!profiles.find(name)) {
        printError(unknownRemote(name));
        return NotFound;
    }
    const SecretResult removed =
        waitFor([&](SecretStore &store, QObject *context, std::function<void(SecretResult)> done) {
            store.remove(name, context, std::move(done));
        });
    profiles.remove(name);
    if (removed.status != SecretStatus::Ok && removed.status != SecretStatus::NotFound)
        printError(
            tr("The profile \"%1\" is removed, but its API key could not be removed from the keychain: %2")
                .arg(name, removed.message));
    else
        printLine(tr("Remote \"%1\" removed.").arg(name));
    return Ok;
}

int remoteTest(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a remote relay step by step: health, API key, a push/pull/peek round trip and the "
           "WebSocket."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."), QStringLiteral("NAME"));
    parser.addOption({QStringLiteral("json"), tr("Print the steps as JSON.")});
    parser.addOption(
        {QStringLiteral("api-key"), tr("Use this API key instead of the one in the keychain."), tr("key")});
    if (!parseOrExplain(parser, arguments, QStringLiteral("remote test"), 1, 1))
        return Usage;
    const QString name = parser.positionalArguments().constFirst();
    const auto profile = RemoteProfiles().find(name);
    if (!profile) {
        printError(unknownRemote(name));
        return NotFound;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QString key = keyFor(name, parser.value(QStringLiteral("api-key")));
    ConnectionTest test(profile->url, key);
    key.fill(QChar(0));
    if (!json) {
        QObject::connect(&test, &ConnectionTest::stepFinished, &app, [](const ConnectionStep &step) {
            printLine((step.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + step.name +
                      QStringLiteral(": ") + step.message);
        });
    }
    int code = Ok;
    QObject::connect(
        &test, &ConnectionTest::finished, &app,
        [&code, json, &profile](bool ok, const QList<ConnectionStep> &steps) {
            QJsonArray array;
            for (const ConnectionStep &step : steps) {
                if (!step.ok && step.ran && code == Ok)
                    code = exitCodeFor(ClientError{step.errorKind, step.httpStatus, step.message});
                if (!step.ran && !json)
                    printLine(QStringLiteral("- ") + step.name + QStringLiteral(": ") + step.message);
                array.append(QJsonObject{
                    {QStringLiteral("name"), step.name},
                    {QStringLiteral("ok"), step.ok},
                    {QStringLiteral("ran"), step.ran},
                    {QStringLiteral("message"), step.message},
                    {QStringLiteral("latency_ms"),
                     step.latencyMs >= 0 ? QJsonValue(double(step.latencyMs)) : QJsonValue()},
                });
            }
            if (ok)
                code = Ok;
            if (json) {
                const QByteArray out =
                    QJsonDocument(QJsonObject{{QStringLiteral("remote"), profile->name},
                                              {QStringLiteral("url"), profile->url.toString()},
                                              {QStringLiteral("ok"), ok},
                                              {QStringLiteral("steps"), array}})
                        .toJson(QJsonDocument::Indented);
                std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
                std::fflush(stdout);
            }
            QCoreApplication::exit(code);
        });
    test.start();
    app.exec();
    return code;
}

void explainRemote()
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: contextrelay-desktop remote COMMAND …") << "\n\n"
      << tr("Remote relay profiles: a name for a relay's base URL, with its API key in the system keychain.")
      << "\n\n"
      << tr("Commands:") << '\n'
      << "  add NAME URL [--api-key-stdin]  " << tr("add or replace a profile") << '\n'
      << "  list [--json]                   " << tr("list the profiles (never their keys)") << '\n'
      << "  remove NAME                     " << tr("remove a profile and its key") << '\n'
      << "  test NAME [--json]              " << tr("check health, key, round trip and WebSocket") << "\n\n"
      << tr("Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.")
      << '\n';
    s.flush();
    std::fprintf(stdout, "%s", text.toUtf8().constData());
    std::fflush(stdout);
}
} // namespace

int remote(QCoreApplication &app, const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        explainRemote();
        return command.isEmpty() ? Usage : Ok;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("add"))
        return remoteAdd(rest);
    if (command == QLatin1String("list"))
        return remoteList(rest);
    if (command == QLatin1String("remove"))
        return remoteRemove(rest);
    if (command == QLatin1String("test"))
        return remoteTest(app, rest);
    printError(tr("Unknown remote command \"%1\"; try 'contextrelay-desktop remote --help'.").arg(command));
    return Usage;
}

bool checkRemoteOption(const QCommandLineParser &parser)
{
    const QStringList given = parser.optionNames();
    if (!given.contains(QStringLiteral("remote")))
        return true;
    if (given.contains(QStringLiteral("server"))) {
        printError(tr("Use either --remote or --server, not both."));
        return false;
    }
    const QString name = parser.value(QStringLiteral("remote"));
    if (!RemoteProfiles().find(name)) {
        printError(unknownRemote(name));
        return false;
    }
    return true;
}

std::unique_ptr<RelayClient> makeRemoteClient(const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("remote"));
    const auto profile = RemoteProfiles().find(name);
    if (!profile) {
        // checkRemoteOption() said so already, unless the profile went away since.
        printError(unknownRemote(name));
        return std::make_unique<RelayClient>(QUrl());
    }
    QString key = keyFor(name, parser.value(QStringLiteral("api-key")));
    auto client = std::make_unique<RelayClient>(profile->url, key);
    key.fill(QChar(0));
    return client;
}

} // namespace Relay::Cli
