// SPDX-License-Identifier: MIT
#include "mcp/mcptools.h"

#include <QJsonObject>

/* The descriptions, schemas and instructions here stay in English on purpose: they are read by
 * the model, not shown as UI text, and prompts written against the upstream server expect them.
 * (Tool results and errors, which people do read in client logs, are translated.) */

namespace Relay::App::McpTools {

namespace {
//! One tool's entry in tools/list.
QJsonObject tool(QLatin1String name, const QString &title, const QString &description,
                 const QJsonObject &properties, const QStringList &required, bool readOnly)
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("inputSchema"), schema},
        {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("title"), title},
                                                    {QStringLiteral("readOnlyHint"), readOnly},
                                                    {QStringLiteral("destructiveHint"), false},
                                                    {QStringLiteral("openWorldHint"), false}}},
    };
}

QJsonObject schemaProperty(const QString &type, const QString &description)
{
    QJsonObject p{{QStringLiteral("description"), description}};
    if (!type.isEmpty())
        p.insert(QStringLiteral("type"), type);
    return p;
}
} // namespace

QStringList names()
{
    return {PushContext, PeekContext, PullContext, WaitForContext, PublishSignal};
}

QString instructions()
{
    return QStringLiteral(
        "ContextRelay moves large context between agents by URL. Instead of pasting large "
        "content, store it with push_context (add a one-line summary) and pass on the returned "
        "URL. When you are given a ContextRelay URL (.../pull/<id>), call peek_context first and "
        "pull_context only if you need the content; always keep a #key= fragment intact. Use "
        "wait_for_context to block until another agent pushes to a channel, and publish_signal "
        "to send a short, unstored message to a channel's subscribers.");
}

QJsonArray list()
{
    const QJsonObject url =
        schemaProperty(QStringLiteral("string"),
                       QStringLiteral("The full ContextRelay pointer URL (.../pull/<id>), including its "
                                      "#key= fragment if it has one."));
    const QJsonObject channel = schemaProperty(QStringLiteral("string"), QStringLiteral("The channel name."));
    QJsonObject timeout = schemaProperty(QStringLiteral("number"),
                                         QStringLiteral("Seconds to wait before giving up (default 300)."));
    timeout.insert(QStringLiteral("minimum"), 1);
    timeout.insert(QStringLiteral("maximum"), MaxWaitSeconds);
    timeout.insert(QStringLiteral("default"), 300);
    QJsonObject encrypted = schemaProperty(
        QStringLiteral("boolean"),
        QStringLiteral(
            "Set to true if the payload contains API keys, credentials, personal data, proprietary code "
            "or anything else sensitive: it is encrypted locally before upload and the key travels only "
            "in the returned URL's #key= fragment, which the receiver must keep intact."));
    encrypted.insert(QStringLiteral("default"), false);

    return QJsonArray{
        tool(
            PushContext, QStringLiteral("Push context"),
            QStringLiteral(
                "Uploads a large text or JSON payload to the ContextRelay relay and returns a short URL "
                "pointer. "
                "Use this whenever you need to pass a large block of text, code, logs or JSON to another "
                "agent "
                "without filling up the conversation window, to save context for later in this or a future "
                "session, or to hand data from one model or pipeline to another: share the URL instead of "
                "pasting the content. Add a one-line summary so the receiver can peek_context before "
                "deciding "
                "to pull. The URL is valid for 24 hours by default; treat it as a bearer token, since anyone "
                "with the URL can read the payload."),
            QJsonObject{
                {QStringLiteral("data"),
                 schemaProperty(
                     QStringLiteral("string"),
                     QStringLiteral("The text or JSON to upload (up to 25 MB). Plain text, JSON, Markdown "
                                    "and code all work."))},
                {QStringLiteral("channel"),
                 schemaProperty(
                     QStringLiteral("string"),
                     QStringLiteral("Optional channel name. Agents waiting on it (wait_for_context) or "
                                    "subscribed to it receive the URL at once."))},
                {QStringLiteral("encrypted"), encrypted},
                {QStringLiteral("summary"),
                 schemaProperty(
                     QStringLiteral("string"),
                     QStringLiteral("Optional one-line description of the payload (e.g. \"Database schema "
                                    "for the orders service\"), stored as metadata that peek_context "
                                    "returns without downloading the payload. Strongly recommended "
                                    "whenever another agent will decide whether to pull."))},
            },
            {QStringLiteral("data")}, false),
        tool(PeekContext, QStringLiteral("Peek at context"),
             QStringLiteral(
                 "Use this FIRST when you receive a ContextRelay URL. It returns the metadata the producer "
                 "attached (such as a summary) without downloading the payload, saving tokens and context "
                 "window space, and it does not count as a read. Use it to decide whether you actually need "
                 "pull_context. Returns \"(no metadata available)\" when the producer attached none."),
             QJsonObject{{QStringLiteral("url"), url}}, {QStringLiteral("url")}, true),
        tool(
            PullContext, QStringLiteral("Pull context"),
            QStringLiteral(
                "Downloads the payload behind a ContextRelay URL pointer and returns its full text or JSON. "
                "Use it when a user or another agent gives you a .../pull/<id> URL whose content you need "
                "(call peek_context first if unsure), or to load context you offloaded earlier back into the "
                "conversation. A URL with a #key= fragment is decrypted locally; pass it complete. Fails if "
                "the payload has expired, was deleted or reached its read limit."),
            QJsonObject{{QStringLiteral("url"), url}}, {QStringLiteral("url")}, true),
        tool(
            WaitForContext, QStringLiteral("Wait for context"),
            QStringLiteral(
                "Blocks until another agent pushes context to the channel (push_context with that channel) "
                "and "
                "returns the new URL pointer; follow up with peek_context or pull_context. Use it to wait "
                "for a "
                "result or a hand-off from another agent instead of polling. Only pushes made after the call "
                "starts count. Gives up with an error after the timeout."),
            QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("timeout"), timeout}},
            {QStringLiteral("channel")}, true),
        tool(
            PublishSignal, QStringLiteral("Publish a signal"),
            QStringLiteral(
                "Sends a short signal (a status update, a \"done\" flag, a brief instruction) to every agent "
                "currently subscribed to the channel, without storing anything, and returns how many "
                "subscribers received it. A signal nobody is listening for is lost. For content that is "
                "large "
                "or must persist, use push_context with a channel instead; wait_for_context waits for "
                "pushes, "
                "not for signals."),
            QJsonObject{
                {QStringLiteral("channel"), channel},
                {QStringLiteral("message"),
                 schemaProperty(QString(),
                                QStringLiteral("The signal: any JSON value, usually a short string or "
                                               "a small object."))}},
            {QStringLiteral("channel"), QStringLiteral("message")}, false),
    };
}

} // namespace Relay::App::McpTools
