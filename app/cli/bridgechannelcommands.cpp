// SPDX-License-Identifier: MIT
// bridge-channel add/list/remove: the channel bridges a running app forwards (it reloads them).
#include "cli.h"

#include "forward/bridgesettings.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace Relay::Cli {

namespace {
int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.\n"
           "out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel "
           "are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the "
           "bridge it came through. While the remote is unreachable, outgoing payloads wait in a "
           "durable queue and go out in order when it returns. A running app picks the bridge up."));
    parser.addPositionalArgument(QStringLiteral("local"), tr("The local channel."));
    parser.addPositionalArgument(QStringLiteral("remote"), tr("PROFILE:CHANNEL on the remote relay."));
    parser.addOption(QCommandLineOption(QStringLiteral("direction"), tr("out (default), in or both."),
                                        tr("direction"), QStringLiteral("out")));
    if (!parseOrExplain(parser, arguments, QStringLiteral("bridge-channel add"), 2, 2))
        return Usage;
    const QStringList args = parser.positionalArguments();
    const auto direction = parseBridgeDirection(parser.value(QStringLiteral("direction")));
    if (!direction) {
        printError(tr("--direction must be out, in or both."));
        return Usage;
    }
    const auto remote = BridgeSettings::parseRemote(args.at(1));
    if (!remote) {
        printError(tr("\"%1\" is not PROFILE:CHANNEL.").arg(args.at(1)));
        return Usage;
    }
    BridgeSettings settings;
    const auto added = settings.add(args.at(0), remote->first, remote->second, *direction);
    if (!added) {
        printError(added.error());
        return Usage;
    }
    printLine(added->id);
    printNote(tr("Bridge %1 added: %2.").arg(added->id, added->label()));
    return Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the channel bridges: id, local channel, direction, remote."));
    if (!parseOrExplain(parser, arguments, QStringLiteral("bridge-channel list"), 0, 0))
        return Usage;
    const QList<BridgeSpec> bridges = BridgeSettings().list();
    if (bridges.isEmpty()) {
        printNote(tr("No channel bridges."));
        return Ok;
    }
    QString out;
    QTextStream s(&out);
    s << qSetFieldWidth(10) << Qt::left << tr("ID") << qSetFieldWidth(24) << tr("LOCAL") << qSetFieldWidth(11)
      << tr("DIRECTION") << qSetFieldWidth(0) << tr("REMOTE") << '\n';
    for (const BridgeSpec &b : bridges) {
        s << qSetFieldWidth(10) << b.id << qSetFieldWidth(24) << b.localChannel << qSetFieldWidth(11)
          << bridgeDirectionName(b.direction) << qSetFieldWidth(0) << b.profile << ':' << b.remoteChannel
          << '\n';
    }
    s.flush();
    std::fputs(out.toUtf8().constData(), stdout);
    return Ok;
}

int remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes a channel bridge. Payloads still queued for it are dropped by the running app."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The bridge's id (or its start), from 'list'."));
    if (!parseOrExplain(parser, arguments, QStringLiteral("bridge-channel remove"), 1, 1))
        return Usage;
    BridgeSettings settings;
    const auto removed = settings.remove(parser.positionalArguments().constFirst());
    if (!removed) {
        printError(removed.error());
        return NotFound;
    }
    printNote(tr("Bridge %1 removed: %2.").arg(removed->id, removed->label()));
    return Ok;
}
} // namespace

int bridgeChannel(QCoreApplication &, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + QLatin1Char(' ') + action;
    if (action == QLatin1String("add"))
        return add(rest);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("remove"))
        return remove(rest);
    const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
    const QString usage =
        tr("Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction "
           "out|in|both]\n"
           "       contextrelay-desktop bridge-channel list\n"
           "       contextrelay-desktop bridge-channel remove ID\n"
           "Each has --help.");
    if (help)
        printLine(usage);
    else
        printNote(usage);
    if (!help && !action.isEmpty())
        printError(tr("Unknown action \"%1\".").arg(action));
    return help ? Ok : Usage;
}

} // namespace Relay::Cli
