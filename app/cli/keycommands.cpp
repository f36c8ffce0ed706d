// SPDX-License-Identifier: MIT
// keys: the local relay's API keys, kept (as hashes only) in the app's settings. A running relay,
// headless or in the tray, watches the settings file and applies a change at once.
#include "cli.h"

#include "appsettings.h"
#include "security/apitokens.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sodium.h>

namespace Relay::Cli {

namespace {
QString overview()
{
    return tr("Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID\n"
              "\n"
              "The API keys of the local relay (this app's, kept in its settings). While at least one "
              "key exists, every request but GET / must carry one (Authorization: Bearer <token>); a "
              "running relay applies a change at once.\n"
              "\n"
              "  create [--name NAME]  create a key and print its token (shown only this once)\n"
              "  list                  list the keys: ID, NAME, CREATED\n"
              "  revoke ID|NAME        revoke a key: requests with it are refused from then on\n"
              "\n"
              "Each takes --help.\n");
}

int cannotSave(const Ui::AppSettings &settings)
{
    printError(tr("Cannot write the settings file %1; check that it and its folder are writable.")
                   .arg(settings.fileName()));
    return Usage;
}

int create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create an API key for the local relay and print its token on standard output. The token is "
           "shown only this once: only its hash is kept."));
    parser.addOption({QStringLiteral("name"),
                      tr("What the key is for, e.g. the agent that uses it (default: \"key N\")."),
                      tr("name")});
    if (!parseOrExplain(parser, arguments, QStringLiteral("keys create"), 0, 0))
        return Usage;

    Ui::AppSettings settings;
    Ui::SettingsValues values = settings.load();
    Ui::ApiKeyEntry key;
    key.name = parser.value(QStringLiteral("name")).simplified();
    if (key.name.isEmpty())
        key.name = Ui::defaultKeyName(values.apiKeys);
    QByteArray token = ApiTokens::generate();
    key.hash = ApiTokens::hash(token);
    key.created = QDateTime::currentDateTimeUtc();
    values.apiKeys.append(key);
    if (!settings.save(values)) {
        sodium_memzero(token.data(), size_t(token.size()));
        return cannotSave(settings);
    }

    token += '\n';
    std::fwrite(token.constData(), 1, size_t(token.size()), stdout);
    std::fflush(stdout);
    sodium_memzero(token.data(), size_t(token.size()));
    printNote(tr("Created API key \"%1\" (ID %2). Its token above is shown only this once: only its hash is "
                 "kept, so store it now.")
                  .arg(key.name, key.id()));
    if (values.apiKeys.size() == 1)
        printNote(tr("The relay now requires a key on every route but GET /."));
    return Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the local relay's API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are "
           "never shown again, and hashes are never shown in full."));
    if (!parseOrExplain(parser, arguments, QStringLiteral("keys list"), 0, 0))
        return Usage;

    const QList<Ui::ApiKeyEntry> keys = Ui::AppSettings().load().apiKeys;
    if (keys.isEmpty()) {
        printNote(tr("No API keys: the relay accepts requests without one."));
        return Ok;
    }
    const QString idHeader = tr("ID");
    const QString nameHeader = tr("NAME");
    const auto nameOf = [](const Ui::ApiKeyEntry &k) { return k.name.isEmpty() ? tr("(unnamed)") : k.name; };
    qsizetype idWidth = idHeader.size();
    qsizetype nameWidth = nameHeader.size();
    for (const Ui::ApiKeyEntry &k : keys) {
        idWidth = std::max(idWidth, k.id().size());
        nameWidth = std::max(nameWidth, nameOf(k).size());
    }
    QString out;
    QTextStream s(&out);
    const auto row = [&](const QString &id, const QString &name, const QString &created) {
        s << id.leftJustified(idWidth) << "  " << name.leftJustified(nameWidth) << "  " << created << '\n';
    };
    row(idHeader, nameHeader, tr("CREATED"));
    for (const Ui::ApiKeyEntry &k : keys) {
        row(k.id(), nameOf(k),
            k.created.isValid() ? k.created.toUTC().toString(Qt::ISODate) : QStringLiteral("-"));
    }
    s.flush();
    const QByteArray bytes = out.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

int revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Revoke an API key of the local relay, by its ID (from \"keys list\") or by its name when no "
           "other key has it. Requests with it are refused from then on."));
    parser.addPositionalArgument(QStringLiteral("key"), tr("The key's ID or name."), tr("ID|NAME"));
    if (!parseOrExplain(parser, arguments, QStringLiteral("keys revoke"), 1, 1))
        return Usage;
    const QString wanted = parser.positionalArguments().constFirst().trimmed();

    Ui::AppSettings settings;
    Ui::SettingsValues values = settings.load();
    QList<qsizetype> matches;
    for (qsizetype i = 0; i < values.apiKeys.size(); ++i) {
        if (values.apiKeys.at(i).id().compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(i);
    }
    if (matches.isEmpty()) {
        for (qsizetype i = 0; i < values.apiKeys.size(); ++i) {
            if (values.apiKeys.at(i).name == wanted)
                matches.append(i);
        }
    }
    if (matches.isEmpty()) {
        printError(tr("No API key has the ID or name \"%1\"; \"contextrelay-desktop keys list\" shows them.")
                       .arg(wanted));
        return NotFound;
    }
    if (matches.size() > 1) {
        printError(tr("More than one API key is called \"%1\"; revoke one by its ID (\"contextrelay-desktop "
                      "keys list\" shows them).")
                       .arg(wanted));
        return Usage;
    }

    const Ui::ApiKeyEntry key = values.apiKeys.takeAt(matches.constFirst());
    if (!settings.save(values))
        return cannotSave(settings);
    printNote(tr("Revoked API key \"%1\" (ID %2): requests with it are refused from now on.")
                  .arg(key.name.isEmpty() ? tr("(unnamed)") : key.name, key.id()));
    if (values.apiKeys.isEmpty())
        printNote(
            tr("No key is left, so the relay no longer asks for one (unless it listens beyond loopback: "
               "then it refuses every request but GET / until a key is created)."));
    return Ok;
}
} // namespace

int keys(QCoreApplication & /*app*/, const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("-?") || command == QLatin1String("--help-all")) {
        const QByteArray text = overview().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return Ok;
    }
    // Each subcommand sees "contextrelay-desktop keys <command>" as its argv[0].
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("create"))
        return create(rest);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("revoke"))
        return revoke(rest);
    printError(
        command.isEmpty()
            ? tr("Say what to do with the API keys: create, list or revoke.")
            : tr("\"%1\" is not something to do with API keys; use create, list or revoke.").arg(command));
    printError(tr("Try 'contextrelay-desktop keys --help'."));
    return Usage;
}

} // namespace Relay::Cli
