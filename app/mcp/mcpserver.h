// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace Relay {
class RelayClient;
struct ClientError;
} // namespace Relay

namespace Relay::App {

/*! An MCP (Model Context Protocol) server speaking newline-delimited JSON-RPC 2.0: one message
 *  per line on the input, one per line on the output, and nothing else ever on the output.
 *
 *  It offers the upstream ContextRelay MCP tools (push_context, peek_context, pull_context, with
 *  the same argument names so prompts carry over) plus wait_for_context and publish_signal, all
 *  backed by the asynchronous RelayClient. Each request is answered when its own result is ready,
 *  so a long wait_for_context never holds up a ping or another call.
 *
 *  Error policy: a message that is not valid JSON-RPC (unparsable line, unknown method, a
 *  tools/call without a tool name, an unknown tool, params that are not an object) gets a JSON-RPC
 *  error. Anything wrong with a tool's *arguments* or its execution (a missing argument, the relay
 *  down, a 404, a wrong key) is a tool result with "isError": true and a sentence, because that is
 *  what the model sees and can act on.
 *
 *  The input is read on readyRead. It ends with readChannelFinished() (pipes, sockets, stdin),
 *  aboutToClose(), or, for a random-access device (a QBuffer, a file), at its end. The server then
 *  cancels pending waits, lets the other calls finish, and emits finished(). */
class McpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServer)

public:
    //! Neither \a client nor the devices are owned; they must outlive the server. Both devices
    //! must be open.
    McpServer(RelayClient *client, QIODevice *input, QIODevice *output, QObject *parent = nullptr);
    ~McpServer() override;

    //! Starts reading the input (what is already buffered is handled at once).
    void start();
    //! The wait_for_context timeout when a call gives none (default 300 s).
    void setDefaultWaitTimeout(int seconds) { m_defaultWaitSeconds = seconds; }
    //! How often a pending wait reports progress to a client that asked for it (default 15 s).
    void setProgressInterval(int ms) { m_progressIntervalMs = ms; }

    //! The protocol versions this server speaks, newest first.
    static QStringList supportedProtocolVersions();

Q_SIGNALS:
    //! The input ended and every request has been answered or cancelled. Always emitted queued.
    void finished();

private:
    //! Where a response goes: written as a line, or collected into a batch. An empty object
    //! means "no response" (a cancelled request), so a batch still completes.
    using Sink = std::function<void(const QJsonObject &)>;

    //! A tools/call in progress. Its context object owns whatever the call created and scopes
    //! every callback made for it: deleting the context drops the callbacks.
    struct Call
    {
        QJsonValue id;
        Sink sink;
        QObject *context = nullptr;
        bool isWait = false;
    };

    void readInput();
    void processLines();
    void endOfInput();
    void handleLine(const QByteArray &line);
    void handleBatch(const QJsonArray &batch);
    //! Dispatches one message; returns whether \a sink will be called (exactly once).
    bool handleMessage(const QJsonValue &message, const Sink &sink);
    void handleRequest(const QString &method, const QJsonValue &id, const QJsonValue &params,
                       const Sink &sink);
    void handleNotification(const QString &method, const QJsonValue &params);

    QJsonObject initializeResult(const QJsonObject &params) const;
    void callTool(const QJsonValue &id, const QString &name, const QJsonObject &arguments,
                  const QJsonValue &progressToken, const Sink &sink);

    void pushContext(quint64 call, QObject *context, const QJsonObject &arguments);
    void peekContext(quint64 call, QObject *context, const QJsonObject &arguments);
    void pullContext(quint64 call, QObject *context, const QJsonObject &arguments);
    void waitForContext(quint64 call, QObject *context, const QJsonObject &arguments,
                        const QJsonValue &progressToken);
    void publishSignal(quint64 call, QObject *context, const QJsonObject &arguments);

    //! Answers the call (at most once) with a tool result and releases it.
    void finishCall(quint64 call, const QString &text, bool isError);
    //! \a sentence has a %1 for the client's error message.
    void toolFailed(quint64 call, const QString &sentence, const ClientError &error);
    //! Releases a call without answering it (cancelled, or nobody left to answer).
    void dropCall(quint64 call);
    void sendProgress(const QJsonValue &token, double progress, double total, const QString &message);

    void send(const QJsonDocument &message);
    void maybeFinish();

    static QJsonObject response(const QJsonValue &id, const QJsonValue &result);
    static QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message);
    static QJsonObject toolResult(const QString &text, bool isError);
    //! The hash key of a request id, so that 1 and "1" stay distinct.
    static QString idKey(const QJsonValue &id);

    RelayClient *m_client;
    QIODevice *m_input;
    QIODevice *m_output;
    //! Input not yet split into lines; m_scanned bytes of it are known to hold no newline.
    QByteArray m_buffer;
    qsizetype m_scanned = 0;
    //! Skipping the rest of an over-long line, up to its newline.
    bool m_discarding = false;
    //! tools/call requests in flight, by call number; every other method is answered at once.
    QHash<quint64, Call> m_calls;
    //! The call number of each request id in flight (idKey()), for cancellation.
    QHash<QString, quint64> m_callsById;
    quint64 m_lastCall = 0;
    int m_defaultWaitSeconds = 300;
    int m_progressIntervalMs = 15000;
    bool m_started = false;
    bool m_inputEnded = false;
    bool m_outputBroken = false;
    bool m_finishedEmitted = false;
};

} // namespace Relay::App
