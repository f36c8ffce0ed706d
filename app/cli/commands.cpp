// SPDX-License-Identifier: MIT
// push, pull, peek, publish, status: one request each, then exit.
#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace Relay::Cli {

namespace {
//! Runs the event loop until the started request calls back with an exit code.
int runUntilDone(QCoreApplication &app, const std::function<void(std::function<void(int)>)> &start)
{
    int code = Ok;
    bool finished = false;
    start([&code, &finished](int result) {
        code = result;
        finished = true;
        QCoreApplication::exit(result);
    });
    if (!finished)
        app.exec();
    return code;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool readInput(const QString &path, QByteArray *out, QString *error)
{
    QFile file;
    const bool stdinInput = path.isEmpty() || path == QLatin1String("-");
    if (stdinInput ? !file.open(stdin, QIODevice::ReadOnly)
                   : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
        *error = tr("Cannot read %1: %2").arg(stdinInput ? tr("standard input") : path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

//! Text goes as the JSON form every relay understands; anything else as raw bytes with its name.
bool looksLikeText(const QByteArray &data)
{
    return data.isValidUtf8() && !data.contains('\0');
}
} // namespace

int push(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Push a file (or standard input) and print its pointer URL."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The file to push; '-' or nothing for standard input."),
                                 QStringLiteral("[FILE|-]"));
    parser.addOption({QStringLiteral("channel"), tr("Announce the pointer on this channel."), tr("name")});
    parser.addOption(
        {QStringLiteral("meta"),
         tr("Metadata entry; may be repeated. JSON values keep their type; quote one to make it text."),
         tr("key=value")});
    parser.addOption({QStringLiteral("ttl"), tr("Lifetime in seconds (60 … 604800)."), tr("seconds")});
    parser.addOption({QStringLiteral("max-reads"), tr("Delete after this many pulls."), tr("n")});
    parser.addOption({QStringLiteral("encrypt"), tr("Encrypt locally; the key is only in the printed URL.")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("push"), 0, 1))
        return Usage;

    PushOptions options;
    options.channel = parser.value(QStringLiteral("channel"));
    options.encrypt = parser.isSet(QStringLiteral("encrypt"));
    for (const QString &m : parser.values(QStringLiteral("meta"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(tr("--meta needs KEY=VALUE, not \"%1\".").arg(m));
            return Usage;
        }
        // A value that parses as JSON (a number, true, an object, a "quoted string") keeps its type;
        // anything else is text. A number only if it reads back the same: 1.10, 1e3 or a long id of
        // digits would otherwise come out as 1.1, 1000 or a rounded double.
        const QString value = m.mid(eq + 1);
        const QJsonDocument asJson = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
        QJsonValue typed(value);
        if (asJson.isArray() && asJson.array().size() == 1) {
            const QJsonValue parsed = asJson.array().first();
            const bool exactNumber =
                !parsed.isDouble() ||
                QString::fromUtf8(QJsonDocument(QJsonArray{parsed}).toJson(QJsonDocument::Compact)) ==
                    QLatin1Char('[') + value.trimmed() + QLatin1Char(']');
            if (exactNumber)
                typed = parsed;
        }
        options.metadata.insert(m.left(eq), typed);
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("ttl"))) {
        options.ttlSeconds = parser.value(QStringLiteral("ttl")).toLongLong(&ok);
        if (!ok || options.ttlSeconds < 60 || options.ttlSeconds > 604800) {
            printError(tr("--ttl must be a number of seconds from 60 to 604800."));
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("max-reads"))) {
        options.maxReads = parser.value(QStringLiteral("max-reads")).toInt(&ok);
        if (!ok || options.maxReads < 1) {
            printError(tr("--max-reads must be a whole number of at least 1."));
            return Usage;
        }
    }

    const QString path = parser.positionalArguments().value(0);
    QByteArray data;
    QString error;
    if (!readInput(path, &data, &error)) {
        printError(error);
        return Usage;
    }
    if (data.isEmpty()) {
        printError(tr("Nothing to push: the input is empty."));
        return Usage;
    }
    if (!looksLikeText(data) && !options.encrypt) {
        options.raw = true;
        if (!path.isEmpty() && path != QLatin1String("-")) {
            options.filename = QFileInfo(path).fileName();
            options.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name().toUtf8();
        }
    }
    if (data.size() > 1024 * 1024 && ::isatty(STDERR_FILENO)) {
        options.progress = [](qint64 sent, qint64 total) {
            if (total > 0)
                std::fprintf(stderr, "\r%s",
                             tr("Uploading… %1%").arg(sent * 100 / total).toUtf8().constData());
            if (sent == total)
                std::fprintf(stderr, "\n");
        };
    }

    auto client = makeClient(parser);
    return runUntilDone(app, [&](std::function<void(int)> done) {
        client->push(data, options, &app, [done](ClientResult<PushResult> r) {
            if (!r)
                return done(fail(r.error()));
            writeOut(r->url.toUtf8() + '\n');
            done(Ok);
        });
    });
}

int pull(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for "
        "byte."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The pointer URL."), QStringLiteral("URL"));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to this file."), tr("file")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("pull"), 1, 1))
        return Usage;
    auto client = makeClient(parser);
    const QString output = parser.value(QStringLiteral("output"));
    return runUntilDone(app, [&](std::function<void(int)> done) {
        client->pull(parser.positionalArguments().constFirst(), &app,
                     [done, output](ClientResult<PullResult> r) {
                         if (!r)
                             return done(fail(r.error()));
                         if (output.isEmpty()) {
                             writeOut(r->data);
                             return done(Ok);
                         }
                         QFile file(output);
                         if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                             file.write(r->data) != r->data.size()) {
                             printError(tr("Cannot write %1: %2").arg(output, file.errorString()));
                             return done(Usage);
                         }
                         done(Ok);
                     });
    });
}

int peek(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a payload's metadata as JSON, without fetching the payload."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The pointer URL."), QStringLiteral("URL"));
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("peek"), 1, 1))
        return Usage;
    auto client = makeClient(parser);
    return runUntilDone(app, [&](std::function<void(int)> done) {
        client->peek(parser.positionalArguments().constFirst(), &app, [done](ClientResult<QJsonObject> r) {
            if (!r)
                return done(fail(r.error()));
            writeOut(QJsonDocument(*r).toJson(QJsonDocument::Indented));
            done(Ok);
        });
    });
}

int publish(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a signal to a channel's subscribers without storing anything; prints how many got it."));
    parser.addPositionalArgument(QStringLiteral("channel"), tr("The channel."), QStringLiteral("CHANNEL"));
    parser.addPositionalArgument(QStringLiteral("message"),
                                 tr("A JSON value, or text; '-' or nothing reads standard input."),
                                 QStringLiteral("[JSON|-]"));
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("publish"), 1, 2))
        return Usage;
    QByteArray text;
    const QString source = parser.positionalArguments().value(1);
    if (source.isEmpty() || source == QLatin1String("-")) {
        QString error;
        if (!readInput(QString(), &text, &error)) {
            printError(error);
            return Usage;
        }
        text = text.trimmed();
    } else {
        text = source.toUtf8();
    }
    const QJsonDocument asJson = QJsonDocument::fromJson("[" + text + "]");
    const QJsonValue message = asJson.isArray() && asJson.array().size() == 1
                                   ? asJson.array().first()
                                   : QJsonValue(QString::fromUtf8(text));
    auto client = makeClient(parser);
    return runUntilDone(app, [&](std::function<void(int)> done) {
        client->publish(parser.positionalArguments().constFirst(), message, &app,
                        [done](ClientResult<int> r) {
                            if (!r)
                                return done(fail(r.error()));
                            writeOut(QByteArray::number(*r) + '\n');
                            done(Ok);
                        });
    });
}

int status(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the relay's version, uptime and what it holds."));
    parser.addOption({QStringLiteral("json"), tr("Print the raw JSON.")});
    addServerOptions(parser);
    if (!parseOrExplain(parser, arguments, QStringLiteral("status"), 0, 0))
        return Usage;
    auto client = makeClient(parser);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString server = client->server().toString();
    return runUntilDone(app, [&](std::function<void(int)> done) {
        client->stats(&app, [done, json, server](ClientResult<QJsonObject> r) {
            if (!r)
                return done(fail(r.error()));
            if (json) {
                writeOut(QJsonDocument(*r).toJson(QJsonDocument::Indented));
                return done(Ok);
            }
            auto number = [&r](const char *key) { return qint64(r->value(QLatin1String(key)).toDouble()); };
            QString out;
            QTextStream s(&out);
            s << tr("relay:       %1").arg(server) << '\n'
              << tr("version:     %1").arg(r->value(QLatin1String("version")).toString()) << '\n'
              << tr("uptime:      %1 s").arg(number("uptime_s")) << '\n'
              << tr("payloads:    %1").arg(number("payloads")) << '\n'
              << tr("bytes:       %1").arg(number("bytes")) << '\n'
              << tr("channels:    %1").arg(number("channels")) << '\n'
              << tr("subscribers: %1").arg(number("subscribers")) << '\n';
            s.flush();
            writeOut(out.toUtf8());
            done(Ok);
        });
    });
}

} // namespace Relay::Cli
