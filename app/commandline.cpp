// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "core/translate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <functional>

namespace Relay::App {

namespace {
QString tr(const char *text)
{
    return translateIn({"Relay::App"}, text);
}

bool parseNumber(const QString &text, qint64 lo, qint64 hi, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

bool readTokens(const QString &path, QStringList *tokens, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the API key file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            tokens->append(QString::fromUtf8(t));
    }
    return true;
}
} // namespace

bool parseCommandLine(const QStringList &arguments, Options *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local ContextRelay relay: agents hand each other large payloads by URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run the relay without a window or tray icon."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (0 picks a free one)."),
                                  tr("port"), QStringLiteral("8787"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Address to listen on instead of loopback; may be repeated. Anything but "
           "loopback requires an API key ('keys create' or --api-key-file)."),
        tr("address"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Where payloads are stored."), tr("dir"));
    const QCommandLineOption ephemeral(QStringLiteral("ephemeral"),
                                       tr("Keep payloads in memory only; nothing survives a restart."));
    const QCommandLineOption maxPayload(QStringLiteral("max-payload"),
                                        tr("Largest payload accepted, in bytes (default 26214400)."),
                                        tr("bytes"));
    const QCommandLineOption defaultTtl(
        QStringLiteral("default-ttl"),
        tr("Lifetime of a payload that does not ask for one, in seconds (default "
           "86400)."),
        tr("seconds"));
    const QCommandLineOption apiKeyFile(QStringLiteral("api-key-file"),
                                        tr("Require one of the bearer tokens in this file (one per line)."),
                                        tr("file"));
    const QCommandLineOption allowHost(QStringLiteral("allow-host"),
                                       tr("Accept this name in the Host header too; may be repeated."),
                                       tr("name"));
    const QCommandLineOption allowOrigin(QStringLiteral("allow-origin"),
                                         tr("Accept requests from this web origin; may be repeated."),
                                         tr("origin"));
    parser.addOptions({headless, port, listen, dataDir, ephemeral, maxPayload, defaultTtl, apiKeyFile,
                       allowHost, allowOrigin});
    // Caps under load; the defaults shown are RelayConfig's.
    const RelayConfig defaults;
    struct Cap
    {
        QCommandLineOption option;
        qint64 lo;
        qint64 hi;
        std::function<void(RelayConfig &, qint64)> apply;
    };
    const auto capOption = [](const char *name, const QString &description) {
        return QCommandLineOption(QString::fromLatin1(name), description, tr("n"));
    };
    const Cap caps[] = {
        {capOption(
             "max-connections",
             tr("Open HTTP connections at most; more get 503 (default %1).").arg(defaults.maxConnections)),
         1, 1000000, [](RelayConfig &c, qint64 v) { c.maxConnections = int(v); }},
        {capOption("max-connections-per-peer",
                   tr("Open HTTP connections from one address at most (default %1).")
                       .arg(defaults.maxConnectionsPerPeer)),
         1, 1000000, [](RelayConfig &c, qint64 v) { c.maxConnectionsPerPeer = int(v); }},
        {capOption(
             "max-subscribers",
             tr("WebSocket subscribers at most; more get 503 (default %1).").arg(defaults.maxSubscribers)),
         1, 1000000, [](RelayConfig &c, qint64 v) { c.maxSubscribers = int(v); }},
        {capOption("max-subscribers-per-channel",
                   tr("WebSocket subscribers on one channel at most (default %1).")
                       .arg(defaults.maxSubscribersPerChannel)),
         1, 1000000, [](RelayConfig &c, qint64 v) { c.maxSubscribersPerChannel = int(v); }},
        {capOption("max-channels", tr("Channels with subscribers or replay history at most (default %1).")
                                       .arg(defaults.maxChannels)),
         1, 10000000, [](RelayConfig &c, qint64 v) { c.maxChannels = int(v); }},
        {capOption("max-pending-ws-bytes",
                   tr("Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).")
                       .arg(defaults.maxPendingWsBytes)),
         1024, qint64(1) << 40, [](RelayConfig &c, qint64 v) { c.maxPendingWsBytes = v; }},
        {capOption("max-store-bytes",
                   tr("Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with "
                      "--ephemeral).")
                       .arg(defaults.diskBudgetBytes)
                       .arg(defaults.memoryBudgetBytes)),
         1, qint64(1) << 50,
         [](RelayConfig &c, qint64 v) {
             c.memoryBudgetBytes = v;
             c.diskBudgetBytes = v;
         }},
    };
    for (const Cap &cap : caps)
        parser.addOption(cap.option);
    // The desktop file's actions: a running app does it, or the app starts and does it.
    const QCommandLineOption openInspector(
        QStringLiteral("open-inspector"),
        tr("Open the inspector (of the app already running, or of the one starting)."));
    const QCommandLineOption pushClipboard(
        QStringLiteral("push-clipboard"),
        tr("Push the clipboard to the relay and copy the pointer URL (in the app already running, or "
           "once this one has started)."));
    parser.addOptions({openInspector, pushClipboard});
    // Start-up hooks of the GUI, kept out of --help: the screenshot script and the login entry use them.
    QCommandLineOption showInspector(QStringLiteral("show-inspector"), tr("Open the inspector at start."));
    QCommandLineOption selectPayload(QStringLiteral("select"), tr("Select this payload in the inspector."),
                                     tr("id"));
    QCommandLineOption autostart(QStringLiteral("autostart"), tr("Started at login."));
    for (QCommandLineOption *hidden : {&showInspector, &selectPayload, &autostart}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unknown argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }

    RelayConfig &c = options->relay;
    options->headless = parser.isSet(headless);
    qint64 n = 0;
    if (!parseNumber(parser.value(port), 0, 65535, &n)) {
        *error = tr("--port must be a number from 0 to 65535.");
        return false;
    }
    c.port = quint16(n);
    for (const QString &a : parser.values(listen)) {
        QHostAddress address;
        if (!address.setAddress(a)) {
            *error = tr("--listen needs an IP address, not \"%1\".").arg(a);
            return false;
        }
        c.listenAddresses.append(address);
    }
    c.dataDir = parser.value(dataDir);
    c.ephemeral = parser.isSet(ephemeral);
    if (parser.isSet(maxPayload)) {
        if (!parseNumber(parser.value(maxPayload), 1, qint64(1) << 31, &n)) {
            *error = tr("--max-payload must be a number of bytes from 1 to 2147483648.");
            return false;
        }
        c.maxPayloadBytes = n;
    }
    if (parser.isSet(defaultTtl)) {
        if (!parseNumber(parser.value(defaultTtl), c.minTtlSeconds, c.maxTtlSeconds, &n)) {
            *error = tr("--default-ttl must be a number of seconds from %1 to %2.")
                         .arg(c.minTtlSeconds)
                         .arg(c.maxTtlSeconds);
            return false;
        }
        c.defaultTtlSeconds = n;
    }
    if (parser.isSet(apiKeyFile) && !readTokens(parser.value(apiKeyFile), &c.apiTokens, error))
        return false;
    c.allowedHosts = parser.values(allowHost);
    c.allowedOrigins = parser.values(allowOrigin);
    for (const Cap &cap : caps) {
        if (!parser.isSet(cap.option))
            continue;
        if (!parseNumber(parser.value(cap.option), cap.lo, cap.hi, &n)) {
            *error = tr("--%1 must be a whole number from %2 to %3.")
                         .arg(cap.option.names().constFirst())
                         .arg(cap.lo)
                         .arg(cap.hi);
            return false;
        }
        cap.apply(c, n);
    }

    Options::Given &given = options->given;
    given.port = parser.isSet(port);
    given.listen = parser.isSet(listen);
    given.dataDir = parser.isSet(dataDir);
    given.ephemeral = parser.isSet(ephemeral);
    given.maxPayload = parser.isSet(maxPayload);
    given.defaultTtl = parser.isSet(defaultTtl);
    given.apiKeyFile = parser.isSet(apiKeyFile);
    given.allowHost = parser.isSet(allowHost);
    given.allowOrigin = parser.isSet(allowOrigin);
    options->showInspector =
        parser.isSet(openInspector) || parser.isSet(showInspector) || parser.isSet(selectPayload);
    options->pushClipboard = parser.isSet(pushClipboard);
    options->selectPayload = parser.value(selectPayload);
    options->autostart = parser.isSet(autostart);
    return true;
}

} // namespace Relay::App
