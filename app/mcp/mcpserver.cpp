// SPDX-License-Identifier: MIT
#include "mcp/mcpserver.h"

#include "mcp/mcptools.h"

#include "client/relayclient.h"
#include "client/relaysubscription.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <memory>

namespace Relay::App {

namespace {
Q_LOGGING_CATEGORY(lcMcp, "relay.mcp", QtWarningMsg)

// JSON-RPC 2.0 error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;

//! One message may carry a whole payload (25 MiB by default, more once JSON-escaped); beyond this
//! a line is refused rather than buffered without bound.
constexpr qsizetype kMaxLineBytes = 256 * 1024 * 1024;
//! How many recent pointers a wait asks the relay to replay, to catch pushes made between the
//! call and the subscription being up (see waitForContext).
constexpr int kWaitReplay = 20;

// ---- tool arguments: each reader returns an error sentence, or an empty string when fine ----

QString stringArgument(const QJsonObject &arguments, QLatin1String name, bool required, QString *out)
{
    const QJsonValue v = arguments.value(name);
    if (v.isUndefined() || v.isNull())
        return required ? McpServer::tr("The argument \"%1\" is required.").arg(name) : QString();
    if (!v.isString())
        return McpServer::tr("The argument \"%1\" must be a string.").arg(name);
    *out = v.toString();
    if (required && out->trimmed().isEmpty())
        return McpServer::tr("The argument \"%1\" must not be empty.").arg(name);
    return {};
}

QString boolArgument(const QJsonObject &arguments, QLatin1String name, bool *out)
{
    const QJsonValue v = arguments.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    // Models now and then quote booleans; "true"/"false" mean what they say.
    if (v.isString() && (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false"))) {
        *out = v.toString() == QLatin1String("true");
        return {};
    }
    if (!v.isBool())
        return McpServer::tr("The argument \"%1\" must be true or false.").arg(name);
    *out = v.toBool();
    return {};
}

QString numberArgument(const QJsonObject &arguments, QLatin1String name, double *out)
{
    const QJsonValue v = arguments.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    bool ok = v.isDouble();
    const double value = ok ? v.toDouble() : v.toString().toDouble(&ok);
    if (!ok)
        return McpServer::tr("The argument \"%1\" must be a number.").arg(name);
    *out = value;
    return {};
}

} // namespace

McpServer::McpServer(RelayClient *client, QIODevice *input, QIODevice *output, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_input(input)
    , m_output(output)
{}

McpServer::~McpServer() = default;

QStringList McpServer::supportedProtocolVersions()
{
    return {QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
}

void McpServer::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_input, &QIODevice::readyRead, this, &McpServer::readInput);
    connect(m_input, &QIODevice::readChannelFinished, this, [this] {
        readInput();
        endOfInput();
    });
    connect(m_input, &QIODevice::aboutToClose, this, [this] {
        readInput();
        endOfInput();
    });
    readInput();
}

// ---------------------------------------------------------------------------------------------
// Framing

void McpServer::readInput()
{
    if (m_inputEnded)
        return;
    // readAll() returns what is there and never waits: the event loop stays free.
    const QByteArray chunk = m_input->readAll();
    if (!chunk.isEmpty()) {
        m_buffer.append(chunk);
        processLines();
    }
    if (!m_input->isSequential() && m_input->atEnd())
        endOfInput();
}

void McpServer::processLines()
{
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', std::max(start, m_scanned));
        if (newline < 0)
            break;
        if (m_discarding)
            m_discarding = false; // the over-long line ends here; it was answered already
        else
            handleLine(m_buffer.sliced(start, newline - start));
        start = newline + 1;
        m_scanned = start;
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > kMaxLineBytes) {
        if (!m_discarding)
            send(QJsonDocument(
                errorResponse(QJsonValue::Null, kParseError,
                              tr("Parse error: a message is longer than %1 MiB; it was skipped.")
                                  .arg(kMaxLineBytes >> 20))));
        m_discarding = true;
        m_buffer.clear();
        m_scanned = 0;
    }
}

void McpServer::endOfInput()
{
    if (m_inputEnded)
        return;
    m_inputEnded = true;
    // A last line without its newline still counts.
    if (!m_discarding && !m_buffer.trimmed().isEmpty())
        handleLine(m_buffer);
    m_buffer.clear();
    m_scanned = 0;

    // Nobody will send another request: a wait has nothing left to wait for. Other calls are
    // quick and bounded by the client's timeout, so they finish and are answered.
    const QList<quint64> calls = m_calls.keys();
    for (quint64 call : calls) {
        if (m_calls.value(call).isWait)
            finishCall(call, tr("The wait was cancelled: the client closed the connection."), true);
    }
    maybeFinish();
}

void McpServer::send(const QJsonDocument &message)
{
    if (m_outputBroken)
        return;
    // Compact JSON escapes control characters inside strings, so the line holds no raw newline.
    QByteArray line = message.toJson(QJsonDocument::Compact);
    line.append('\n');
    const qint64 written = m_output->write(line);
    if (auto *file = qobject_cast<QFileDevice *>(m_output))
        file->flush();
    if (written == line.size())
        return;
    qCWarning(lcMcp) << "cannot write to the client:" << m_output->errorString();
    m_outputBroken = true;
    // Nobody can receive an answer any more: release every call and stop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QList<quint64> calls = m_calls.keys();
            for (quint64 call : calls)
                dropCall(call);
            endOfInput();
        },
        Qt::QueuedConnection);
}

void McpServer::maybeFinish()
{
    if (!m_inputEnded || !m_calls.isEmpty() || m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    // Queued: whoever started us may not be in its event loop yet, and we may be deep in a callback.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC

void McpServer::handleLine(const QByteArray &raw)
{
    QByteArray line = raw;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument holds only objects and arrays; a lone scalar is valid JSON but no request.
        if (line.size() < 4096) {
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + line + ']');
            if (wrapped.isArray() && wrapped.array().size() == 1) {
                send(QJsonDocument(errorResponse(QJsonValue::Null, kInvalidRequest,
                                                 tr("Invalid request: a message must be a JSON object."))));
                return;
            }
        }
        send(QJsonDocument(
            errorResponse(QJsonValue::Null, kParseError,
                          tr("Parse error: %1 at offset %2.").arg(error.errorString()).arg(error.offset))));
        return;
    }
    if (doc.isArray()) {
        handleBatch(doc.array());
        return;
    }
    handleMessage(doc.object(), [this](const QJsonObject &reply) {
        if (!reply.isEmpty())
            send(QJsonDocument(reply));
    });
}

void McpServer::handleBatch(const QJsonArray &batch)
{
    if (batch.isEmpty()) {
        send(QJsonDocument(
            errorResponse(QJsonValue::Null, kInvalidRequest, tr("Invalid request: the batch is empty."))));
        return;
    }
    // The batch's answer is one array, written when its last request is answered. "remaining"
    // starts at one for the dispatch loop itself, so answers given synchronously cannot complete
    // the batch before every message in it has been seen.
    struct Pending
    {
        QJsonArray replies;
        int remaining = 1;
    };
    auto pending = std::make_shared<Pending>();
    const Sink sink = [this, pending](const QJsonObject &reply) {
        if (!reply.isEmpty())
            pending->replies.append(reply);
        if (--pending->remaining == 0 && !pending->replies.isEmpty())
            send(QJsonDocument(pending->replies));
    };
    for (const QJsonValue &message : batch) {
        ++pending->remaining;
        if (!handleMessage(message, sink))
            --pending->remaining;
    }
    sink(QJsonObject());
}

bool McpServer::handleMessage(const QJsonValue &message, const Sink &sink)
{
    if (!message.isObject()) {
        sink(errorResponse(QJsonValue::Null, kInvalidRequest,
                           tr("Invalid request: a message must be a JSON object.")));
        return true;
    }
    const QJsonObject o = message.toObject();
    const bool hasId = o.contains(QLatin1String("id"));
    const QJsonValue id = o.value(QLatin1String("id"));
    const QJsonValue method = o.value(QLatin1String("method"));

    if (!method.isString()) {
        if (hasId && (o.contains(QLatin1String("result")) || o.contains(QLatin1String("error")))) {
            // A response, but this server never sends requests: nothing to match it with.
            qCInfo(lcMcp) << "ignoring a response to a request this server never sent";
            return false;
        }
        if (!hasId) {
            qCWarning(lcMcp) << "ignoring a notification without a method";
            return false;
        }
        sink(errorResponse(id.isString() || id.isDouble() ? id : QJsonValue(QJsonValue::Null),
                           kInvalidRequest, tr("Invalid request: \"method\" must be a string.")));
        return true;
    }
    const QString name = method.toString();
    if (!hasId) {
        // A notification is never answered, not even when it is malformed.
        if (o.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0"))
            qCWarning(lcMcp) << "ignoring a notification that is not JSON-RPC 2.0:" << name;
        else
            handleNotification(name, o.value(QLatin1String("params")));
        return false;
    }
    if (!id.isString() && !id.isDouble()) {
        sink(errorResponse(QJsonValue::Null, kInvalidRequest,
                           tr("Invalid request: \"id\" must be a string or a number.")));
        return true;
    }
    if (o.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
        sink(errorResponse(id, kInvalidRequest, tr("Invalid request: \"jsonrpc\" must be \"2.0\".")));
        return true;
    }
    handleRequest(name, id, o.value(QLatin1String("params")), sink);
    return true;
}

void McpServer::handleRequest(const QString &method, const QJsonValue &id, const QJsonValue &params,
                              const Sink &sink)
{
    if (!params.isUndefined() && !params.isNull() && !params.isObject()) {
        sink(errorResponse(id, kInvalidParams, tr("Invalid params: \"params\" must be an object.")));
        return;
    }
    const QJsonObject p = params.toObject();

    if (method == QLatin1String("initialize")) {
        const QJsonValue version = p.value(QLatin1String("protocolVersion"));
        if (!version.isUndefined() && !version.isString()) {
            sink(errorResponse(id, kInvalidParams,
                               tr("Invalid params: \"protocolVersion\" must be a string.")));
            return;
        }
        sink(response(id, initializeResult(p)));
    } else if (method == QLatin1String("ping")) {
        sink(response(id, QJsonObject()));
    } else if (method == QLatin1String("tools/list")) {
        sink(response(id, QJsonObject{{QStringLiteral("tools"), McpTools::list()}}));
    } else if (method == QLatin1String("tools/call")) {
        const QJsonValue name = p.value(QLatin1String("name"));
        const QJsonValue arguments = p.value(QLatin1String("arguments"));
        if (!name.isString()) {
            sink(errorResponse(id, kInvalidParams,
                               tr("Invalid params: tools/call needs the tool's \"name\".")));
            return;
        }
        if (!McpTools::names().contains(name.toString())) {
            sink(errorResponse(id, kInvalidParams, tr("Unknown tool: %1.").arg(name.toString())));
            return;
        }
        if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject()) {
            sink(errorResponse(id, kInvalidParams, tr("Invalid params: \"arguments\" must be an object.")));
            return;
        }
        if (m_callsById.contains(idKey(id))) {
            sink(errorResponse(id, kInvalidRequest,
                               tr("Invalid request: the id is already used by a request in progress.")));
            return;
        }
        const QJsonValue progressToken =
            p.value(QLatin1String("_meta")).toObject().value(QLatin1String("progressToken"));
        callTool(id, name.toString(), arguments.toObject(), progressToken, sink);
    } else {
        sink(errorResponse(id, kMethodNotFound, tr("Method not found: %1.").arg(method)));
    }
}

void McpServer::handleNotification(const QString &method, const QJsonValue &params)
{
    if (method == QLatin1String("notifications/cancelled")) {
        const QJsonValue requestId = params.toObject().value(QLatin1String("requestId"));
        const QString key = idKey(requestId);
        if (m_callsById.contains(key)) {
            qCInfo(lcMcp) << "request cancelled by the client:" << key;
            dropCall(m_callsById.value(key));
            maybeFinish();
        }
    }
    // notifications/initialized and everything else need nothing from us.
}

QJsonObject McpServer::initializeResult(const QJsonObject &params) const
{
    const QStringList versions = supportedProtocolVersions();
    const QString requested = params.value(QLatin1String("protocolVersion")).toString();
    // Echo the client's version when we speak it; otherwise offer our newest and let it decide.
    const QString version = versions.contains(requested) ? requested : versions.constFirst();
    return QJsonObject{
        {QStringLiteral("protocolVersion"), version},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject()}}},
        {QStringLiteral("serverInfo"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("contextrelay-desktop")},
                     {QStringLiteral("title"), QStringLiteral("ContextRelay Desktop")},
                     {QStringLiteral("version"), QStringLiteral(RELAY_VERSION)}}},
        {QStringLiteral("instructions"), McpTools::instructions()},
    };
}

// ---------------------------------------------------------------------------------------------
// Tools

void McpServer::callTool(const QJsonValue &id, const QString &name, const QJsonObject &arguments,
                         const QJsonValue &progressToken, const Sink &sink)
{
    const quint64 call = ++m_lastCall;
    auto *context = new QObject(this);
    m_calls.insert(call, Call{id, sink, context, name == McpTools::WaitForContext});
    m_callsById.insert(idKey(id), call);
    if (name == McpTools::PushContext)
        pushContext(call, context, arguments);
    else if (name == McpTools::PeekContext)
        peekContext(call, context, arguments);
    else if (name == McpTools::PullContext)
        pullContext(call, context, arguments);
    else if (name == McpTools::WaitForContext)
        waitForContext(call, context, arguments, progressToken);
    else
        publishSignal(call, context, arguments);
}

void McpServer::pushContext(quint64 call, QObject *context, const QJsonObject &arguments)
{
    QString data;
    QString channel;
    QString summary;
    bool encrypted = false;
    QString problem = stringArgument(arguments, QLatin1String("data"), true, &data);
    if (problem.isEmpty())
        problem = stringArgument(arguments, QLatin1String("channel"), false, &channel);
    if (problem.isEmpty())
        problem = stringArgument(arguments, QLatin1String("summary"), false, &summary);
    if (problem.isEmpty())
        problem = boolArgument(arguments, QLatin1String("encrypted"), &encrypted);
    if (!problem.isEmpty())
        return finishCall(call, problem, true);

    PushOptions options;
    options.channel = channel.trimmed();
    options.encrypt = encrypted;
    // As upstream: the summary is the payload's metadata, which peek_context returns.
    if (!summary.isEmpty())
        options.metadata.insert(QStringLiteral("summary"), summary);
    m_client->push(data.toUtf8(), options, context, [this, call](ClientResult<PushResult> result) {
        if (!result)
            return toolFailed(call, tr("Could not push the context: %1"), result.error());
        finishCall(call, result->url, false);
    });
}

void McpServer::peekContext(quint64 call, QObject *context, const QJsonObject &arguments)
{
    QString url;
    if (const QString problem = stringArgument(arguments, QLatin1String("url"), true, &url);
        !problem.isEmpty())
        return finishCall(call, problem, true);
    m_client->peek(url, context, [this, call](ClientResult<QJsonObject> result) {
        if (!result)
            return toolFailed(call, tr("Could not peek at the context: %1"), result.error());
        // Upstream's exact words, untranslated: prompts and agents written for it look for them.
        if (result->isEmpty())
            return finishCall(call, QStringLiteral("(no metadata available)"), false);
        finishCall(call, QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Indented)).trimmed(),
                   false);
    });
}

void McpServer::pullContext(quint64 call, QObject *context, const QJsonObject &arguments)
{
    QString url;
    if (const QString problem = stringArgument(arguments, QLatin1String("url"), true, &url);
        !problem.isEmpty())
        return finishCall(call, problem, true);
    m_client->pull(url, context, [this, call, url](ClientResult<PullResult> result) {
        if (!result)
            return toolFailed(call, tr("Could not pull the context: %1"), result.error());
        if (result->binary || !result->data.isValidUtf8()) {
            // Bytes that are not text would arrive mangled; say what it is and how to get it.
            return finishCall(
                call,
                tr("The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: "
                   "contextrelay-desktop pull '%1' -o FILE",
                   nullptr, int(qMin<qsizetype>(result->data.size(), INT_MAX)))
                    .arg(url),
                false);
        }
        finishCall(call, QString::fromUtf8(result->data), false);
    });
}

void McpServer::waitForContext(quint64 call, QObject *context, const QJsonObject &arguments,
                               const QJsonValue &progressToken)
{
    QString channel;
    double timeout = m_defaultWaitSeconds;
    QString problem = stringArgument(arguments, QLatin1String("channel"), true, &channel);
    if (problem.isEmpty())
        problem = numberArgument(arguments, QLatin1String("timeout"), &timeout);
    if (problem.isEmpty() && (!(timeout > 0) || timeout > McpTools::MaxWaitSeconds))
        problem = tr("The argument \"timeout\" must be a positive number of seconds, at most %1.")
                      .arg(McpTools::MaxWaitSeconds);
    if (!problem.isEmpty())
        return finishCall(call, problem, true);

    /* "The next pointer" means one pushed after this call started. The subscription asks for a
     * short replay and keeps only pointers stamped at or after the start, so a push that lands
     * while the WebSocket is still connecting is not lost, and the catch-up replay after a
     * reconnect cannot hand back an older pointer. The stamps are the relay's clock: with a remote
     * relay whose clock differs from ours, this errs by at most that skew (a relay without replay
     * ignores the parameter and only live pushes arrive, as with upstream's subscribe()). */
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    auto *subscription = new RelaySubscription(m_client, channel, kWaitReplay, context);
    // A waiting agent wants a dropped connection back quickly.
    subscription->setBackoff(250, 5000);
    connect(subscription, &RelaySubscription::pointerReceived, context,
            [this, call, startMs](const QString &url, qint64 ts) {
                if (ts != 0 && ts < startMs)
                    return;
                finishCall(call, url, false);
            });
    auto everConnected = std::make_shared<bool>(false);
    connect(subscription, &RelaySubscription::connected, context, [everConnected] { *everConnected = true; });
    connect(subscription, &RelaySubscription::disconnected, context,
            [this, call, channel, everConnected](const QString &reason, int retryInMs) {
                if (!*everConnected) {
                    // Never got through (relay down, key refused): say so now rather than at the timeout.
                    return finishCall(
                        call,
                        tr("Could not wait on channel \"%1\": cannot subscribe at %2 (%3). Is the "
                           "relay running? Start it with \"contextrelay-desktop --headless\", or set "
                           "CONTEXTRELAY_URL to its address.")
                            .arg(channel, m_client->server().toString(), reason),
                        true);
                }
                qCWarning(lcMcp).noquote() << "wait_for_context: lost channel" << channel << '(' << reason
                                           << "), retrying in" << retryInMs << "ms";
            });

    auto *deadline = new QTimer(context);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, context, [this, call, channel, timeout] {
        finishCall(call,
                   tr("Nothing was pushed to channel \"%1\" within %2 seconds.").arg(channel).arg(timeout),
                   true);
    });
    deadline->start(int(timeout * 1000));

    // Progress keeps clients that reset their request timeout on progress from giving up.
    if (progressToken.isString() || progressToken.isDouble()) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        auto last = std::make_shared<double>(-1);
        auto report = [this, call, progressToken, clock, last, timeout](const QString &message) {
            if (!m_calls.contains(call)) // answered; its timers die with the context soon
                return;
            const double elapsed = double(clock->elapsed()) / 1000.0;
            if (elapsed <= *last) // progress must increase with each notification
                return;
            *last = elapsed;
            sendProgress(progressToken, elapsed, timeout, message);
        };
        connect(subscription, &RelaySubscription::connected, context, [report, channel] {
            report(tr("Subscribed to channel \"%1\"; waiting for a push.").arg(channel));
        });
        auto *ticker = new QTimer(context);
        connect(ticker, &QTimer::timeout, context,
                [report, channel] { report(tr("Still waiting on channel \"%1\".").arg(channel)); });
        ticker->start(m_progressIntervalMs);
    }
    subscription->start();
}

void McpServer::publishSignal(quint64 call, QObject *context, const QJsonObject &arguments)
{
    QString channel;
    QString problem = stringArgument(arguments, QLatin1String("channel"), true, &channel);
    const QJsonValue message = arguments.value(QLatin1String("message"));
    if (problem.isEmpty() && message.isUndefined())
        problem = tr("The argument \"message\" is required.");
    if (!problem.isEmpty())
        return finishCall(call, problem, true);
    m_client->publish(channel, message, context, [this, call, channel](ClientResult<int> result) {
        if (!result)
            return toolFailed(call, tr("Could not publish the signal: %1"), result.error());
        if (*result == 0)
            return finishCall(
                call,
                tr("Delivered to 0 subscribers: nobody is listening on channel \"%1\", and signals "
                   "are not stored.")
                    .arg(channel),
                false);
        finishCall(call, tr("Delivered to %n subscriber(s).", nullptr, *result), false);
    });
}

// ---------------------------------------------------------------------------------------------
// Calls

void McpServer::finishCall(quint64 call, const QString &text, bool isError)
{
    // A call is answered once; callbacks still queued for it afterwards find nothing here. Calls
    // are numbered, never keyed by the client's id, so a reused id cannot catch a stale callback.
    const auto it = m_calls.find(call);
    if (it == m_calls.end())
        return;
    const Call c = it.value();
    m_calls.erase(it);
    m_callsById.remove(idKey(c.id));
    // Later: this may run inside a signal of an object the context owns (the subscription).
    c.context->deleteLater();
    c.sink(response(c.id, toolResult(text, isError)));
    maybeFinish();
}

void McpServer::toolFailed(quint64 call, const QString &sentence, const ClientError &error)
{
    QString message = error.message.trimmed();
    // Some messages end in a system error string ("…: Connection refused"); make each a sentence.
    if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('?')) &&
        !message.endsWith(QLatin1Char('!')))
        message.append(QLatin1Char('.'));
    QString text = sentence.arg(message);
    if (error.kind == ClientError::Kind::Unreachable || error.kind == ClientError::Kind::Timeout)
        text = tr("%1 Is the relay running? Start it with \"contextrelay-desktop --headless\", or set "
                  "CONTEXTRELAY_URL to its address.")
                   .arg(text);
    finishCall(call, text, true);
}

void McpServer::dropCall(quint64 call)
{
    const auto it = m_calls.find(call);
    if (it == m_calls.end())
        return;
    const Call c = it.value();
    m_calls.erase(it);
    m_callsById.remove(idKey(c.id));
    c.context->deleteLater();
    // An empty reply: nothing is written, but a batch waiting for this call can complete.
    c.sink(QJsonObject());
}

void McpServer::sendProgress(const QJsonValue &token, double progress, double total, const QString &message)
{
    send(QJsonDocument(QJsonObject{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("method"), QStringLiteral("notifications/progress")},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("progressToken"), token},
                                               {QStringLiteral("progress"), progress},
                                               {QStringLiteral("total"), total},
                                               {QStringLiteral("message"), message}}},
    }));
}

// ---------------------------------------------------------------------------------------------
// Messages

QJsonObject McpServer::response(const QJsonValue &id, const QJsonValue &result)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("result"), result}};
}

QJsonObject McpServer::errorResponse(const QJsonValue &id, int code, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("id"), id},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
    };
}

QJsonObject McpServer::toolResult(const QString &text, bool isError)
{
    return QJsonObject{
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                           {QStringLiteral("text"), text}}}},
        {QStringLiteral("isError"), isError},
    };
}

QString McpServer::idKey(const QJsonValue &id)
{
    if (id.isString())
        return QLatin1String("s:") + id.toString();
    return QLatin1String("n:") + QString::number(id.toDouble(), 'g', 17);
}

} // namespace Relay::App
