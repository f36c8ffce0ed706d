// SPDX-License-Identifier: MIT
#include "client/relayclient.h"

#include "security/fernet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <sodium.h>

namespace Relay {

namespace {
ClientError error(ClientError::Kind kind, const QString &message, int status = 0)
{
    return ClientError{kind, status, message};
}

//! The relay's own sentence from an error body: {"error": "..."} or plain text.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() && doc.object().value(QLatin1String("error")).isString())
        return doc.object().value(QLatin1String("error")).toString();
    return QString::fromUtf8(body.left(300)).trimmed();
}

//! Every answer comes from the event loop, errors found before sending included, so a caller never
//! sees its callback run inside the call it made.
template<typename T>
void answerLater(QObject *context, std::function<void(ClientResult<T>)> done, const ClientError &e)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), e] { done(std::unexpected(e)); }, Qt::QueuedConnection);
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("::1") || host == QLatin1String("[::1]");
}
} // namespace

RelayClient::RelayClient(const QUrl &server, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
{
    if (!apiKey.isEmpty())
        m_authorization = "Bearer " + apiKey.toUtf8();
    // A system proxy must never see traffic to this machine's own relay.
    if (isLoopbackHost(server.host()))
        m_network->setProxy(QNetworkProxy::NoProxy);
}

RelayClient::~RelayClient()
{
    sodium_memzero(m_authorization.data(), size_t(m_authorization.size()));
}

QByteArray RelayClient::authorization() const
{
    return m_authorization;
}

QUrl RelayClient::endpoint(const QString &path) const
{
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl RelayClient::channelUrl(const QString &channel, int replay) const
{
    QUrl url = endpoint(QStringLiteral("/ws/") + channel);
    url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    if (replay > 0)
        url.setQuery(QStringLiteral("replay=") + QString::number(replay));
    return url;
}

ClientResult<RelayClient::Pointer> RelayClient::parsePointer(const QString &text) const
{
    Pointer p;
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char('/'))) {
        // A bare id (what the push printed as "id"), perhaps with its fragment.
        const qsizetype hash = trimmed.indexOf(QLatin1Char('#'));
        p.id = hash < 0 ? trimmed : trimmed.left(hash);
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
        if (!idPattern.match(p.id).hasMatch())
            return std::unexpected(
                error(ClientError::Kind::BadInput,
                      tr("\"%1\" is neither a pointer URL (…/pull/<id>) nor a payload id.").arg(trimmed)));
        p.pullUrl = endpoint(QStringLiteral("/pull/") + p.id);
        if (hash >= 0 && trimmed.mid(hash + 1).startsWith(QLatin1String("key=")))
            p.key = trimmed.mid(hash + 5).toUtf8();
    } else {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString path = url.path();
        const qsizetype at = path.lastIndexOf(QLatin1String("/pull/"));
        if (!url.isValid() || at < 0 ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return std::unexpected(
                error(ClientError::Kind::BadInput,
                      tr("\"%1\" is not a ContextRelay pointer URL (…/pull/<id>).").arg(trimmed)));
        p.id = path.mid(at + 6);
        if (p.id.endsWith(QLatin1Char('/')))
            p.id.chop(1);
        p.pullUrl = url.adjusted(QUrl::RemoveFragment);
        const QString fragment = url.fragment(QUrl::FullyDecoded);
        if (fragment.startsWith(QLatin1String("key=")))
            p.key = fragment.mid(4).toUtf8();
    }
    if (p.id.isEmpty())
        return std::unexpected(error(ClientError::Kind::BadInput, tr("The pointer URL has no payload id.")));
    return p;
}

QNetworkReply *RelayClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("contextrelay-desktop/" RELAY_VERSION));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return m_network->sendCustomRequest(request, verb, body);
}

void RelayClient::finish(QNetworkReply *reply, QObject *context,
                         std::function<void(ClientResult<QByteArray>, QNetworkReply *)> handle)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, handle = std::move(handle), this] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            const auto e = reply->error();
            const bool timeout =
                e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError;
            handle(
                std::unexpected(error(timeout ? ClientError::Kind::Timeout : ClientError::Kind::Unreachable,
                                      timeout ? tr("The relay at %1 did not answer within %2 seconds.")
                                                    .arg(m_server.toString())
                                                    .arg(m_timeoutMs / 1000)
                                              : tr("Cannot reach the relay at %1 (%2).")
                                                    .arg(m_server.toString(), reply->errorString()))),
                reply);
            return;
        }
        if (status == 404) {
            handle(
                std::unexpected(error(ClientError::Kind::NotFound,
                                      tr("Not found: the payload does not exist or has expired."), status)),
                reply);
            return;
        }
        if (status >= 400) {
            // 401 and 402 get their own sentence: the relay's body ("Missing or invalid API key", or a
            // billing page's text) says less than what the user has to do about it.
            const QString message =
                status == 401 ? tr("401: the API key is invalid or missing (the relay at %1 refused it).")
                                    .arg(m_server.toString())
                : status == 402
                    ? tr("402: quota exceeded on the remote relay at %1.").arg(m_server.toString())
                    : tr("The relay refused the request (HTTP %1): %2").arg(status).arg(serverMessage(body));
            handle(std::unexpected(error(ClientError::Kind::Refused, message, status)), reply);
            return;
        }
        handle(body, reply);
    });
}

void RelayClient::push(const QByteArray &data, const PushOptions &options, QObject *context,
                       std::function<void(ClientResult<PushResult>)> done)
{
    QByteArray payload = data;
    QByteArray key;
    if (options.encrypt) {
        key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, data);
        if (!token) {
            answerLater(context, std::move(done),
                        error(ClientError::Kind::BadInput, Fernet::errorMessage(token.error())));
            return;
        }
        payload = *token;
    }

    QNetworkReply *reply = nullptr;
    if (options.raw && !options.encrypt) {
        QUrl url = endpoint(QStringLiteral("/push"));
        QUrlQuery query;
        if (!options.channel.isEmpty())
            query.addQueryItem(QStringLiteral("channel"),
                               QString::fromUtf8(QUrl::toPercentEncoding(options.channel)));
        if (options.ttlSeconds > 0)
            query.addQueryItem(QStringLiteral("ttl"), QString::number(options.ttlSeconds));
        if (options.maxReads > 0)
            query.addQueryItem(QStringLiteral("max_reads"), QString::number(options.maxReads));
        if (!options.filename.isEmpty())
            query.addQueryItem(QStringLiteral("filename"),
                               QString::fromUtf8(QUrl::toPercentEncoding(options.filename)));
        url.setQuery(query);
        reply = send("POST", url, payload,
                     options.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                   : options.contentType);
    } else {
        if (!payload.isValidUtf8()) {
            answerLater(context, std::move(done),
                        error(ClientError::Kind::BadInput,
                              tr("The payload is not UTF-8 text; send it raw (as a file) instead.")));
            return;
        }
        QJsonObject body{{QStringLiteral("data"), QString::fromUtf8(payload)}};
        if (!options.channel.isEmpty())
            body.insert(QStringLiteral("channel"), options.channel);
        if (!options.metadata.isEmpty())
            body.insert(QStringLiteral("metadata"), options.metadata);
        if (options.ttlSeconds > 0)
            body.insert(QStringLiteral("ttl"), double(options.ttlSeconds));
        if (options.maxReads > 0)
            body.insert(QStringLiteral("max_reads"), options.maxReads);
        reply =
            send("POST", endpoint(QStringLiteral("/push")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    }
    if (options.progress)
        connect(reply, &QNetworkReply::uploadProgress, context, options.progress);
    finish(reply, context,
           [done = std::move(done), key](ClientResult<QByteArray> body, QNetworkReply *) mutable {
               if (!body) {
                   sodium_memzero(key.data(), size_t(key.size()));
                   done(std::unexpected(body.error()));
                   return;
               }
               const QJsonObject o = QJsonDocument::fromJson(*body).object();
               PushResult r;
               r.url = o.value(QLatin1String("url")).toString();
               r.id = o.value(QLatin1String("id")).toString();
               r.channel = o.value(QLatin1String("channel")).toString();
               r.expiresAtMs = qint64(o.value(QLatin1String("expires_at")).toDouble());
               r.size = qint64(o.value(QLatin1String("size")).toDouble());
               if (r.url.isEmpty()) {
                   done(std::unexpected(
                       error(ClientError::Kind::BadResponse,
                             tr("The relay's answer to the push has no \"url\"; is this a ContextRelay "
                                "relay?"))));
                   return;
               }
               if (!key.isEmpty()) {
                   r.url += QStringLiteral("#key=") + QString::fromLatin1(key);
                   sodium_memzero(key.data(), size_t(key.size()));
               }
               done(r);
           });
}

void RelayClient::pull(const QString &url, QObject *context,
                       std::function<void(ClientResult<PullResult>)> done)
{
    auto pointer = parsePointer(url);
    if (!pointer) {
        answerLater(context, std::move(done), pointer.error());
        return;
    }
    QByteArray key = pointer->key;
    finish(send("GET", pointer->pullUrl, {}, {}), context,
           [done = std::move(done), key](ClientResult<QByteArray> body, QNetworkReply *) mutable {
               auto wipe = qScopeGuard([&key] { sodium_memzero(key.data(), size_t(key.size())); });
               if (!body) {
                   done(std::unexpected(body.error()));
                   return;
               }
               PullResult r;
               // The envelope {"data","metadata"[,"encoding"]}; anything else is a legacy raw entry (as
               // the SDK treats it).
               const QJsonDocument doc = QJsonDocument::fromJson(*body);
               const QJsonObject o = doc.object();
               if (doc.isObject() && o.value(QLatin1String("data")).isString()) {
                   r.metadata = o.value(QLatin1String("metadata")).toObject();
                   const QString data = o.value(QLatin1String("data")).toString();
                   if (o.value(QLatin1String("encoding")).toString() == QLatin1String("base64")) {
                       r.binary = true;
                       r.data = QByteArray::fromBase64(data.toLatin1());
                   } else {
                       r.data = data.toUtf8();
                   }
               } else {
                   r.data = *body;
               }
               if (!key.isEmpty()) {
                   auto plain = Fernet::decrypt(key, r.data.trimmed());
                   if (!plain) {
                       done(std::unexpected(error(
                           ClientError::Kind::Decryption,
                           tr("Cannot decrypt the payload: %1").arg(Fernet::errorMessage(plain.error())))));
                       return;
                   }
                   r.data = *plain;
                   r.binary = !r.data.isValidUtf8();
               }
               done(r);
           });
}

void RelayClient::peek(const QString &url, QObject *context,
                       std::function<void(ClientResult<QJsonObject>)> done)
{
    auto pointer = parsePointer(url);
    if (!pointer) {
        answerLater(context, std::move(done), pointer.error());
        return;
    }
    QUrl peekUrl = pointer->pullUrl;
    QString path = peekUrl.path();
    path.replace(path.lastIndexOf(QLatin1String("/pull/")), 6, QStringLiteral("/peek/"));
    peekUrl.setPath(path);
    finish(send("GET", peekUrl, {}, {}), context,
           [done = std::move(done)](ClientResult<QByteArray> body, QNetworkReply *) {
               if (!body) {
                   done(std::unexpected(body.error()));
                   return;
               }
               const QJsonDocument doc = QJsonDocument::fromJson(*body);
               done(doc.isObject() ? doc.object() : QJsonObject());
           });
}

void RelayClient::remove(const QString &url, QObject *context, std::function<void(ClientResult<bool>)> done)
{
    auto pointer = parsePointer(url);
    if (!pointer) {
        answerLater(context, std::move(done), pointer.error());
        return;
    }
    finish(send("DELETE", pointer->pullUrl, {}, {}), context,
           [done = std::move(done)](ClientResult<QByteArray> body, QNetworkReply *) {
               if (!body)
                   done(std::unexpected(body.error()));
               else
                   done(true);
           });
}

void RelayClient::publish(const QString &channel, const QJsonValue &message, QObject *context,
                          std::function<void(ClientResult<int>)> done)
{
    if (channel.isEmpty()) {
        answerLater(context, std::move(done),
                    error(ClientError::Kind::BadInput, tr("A channel name is needed.")));
        return;
    }
    // Any JSON value: wrap in an array to serialise, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact);
    const QByteArray body = wrapped.mid(1, wrapped.size() - 2);
    finish(send("POST", endpoint(QStringLiteral("/publish/") + channel), body,
                QByteArrayLiteral("application/json")),
           context, [done = std::move(done)](ClientResult<QByteArray> reply, QNetworkReply *) {
               if (!reply) {
                   done(std::unexpected(reply.error()));
                   return;
               }
               const QJsonValue delivered =
                   QJsonDocument::fromJson(*reply).object().value(QLatin1String("delivered"));
               if (!delivered.isDouble()) {
                   done(
                       std::unexpected(error(ClientError::Kind::BadResponse,
                                             tr("The relay does not support publish (no \"delivered\" in its "
                                                "answer)."))));
                   return;
               }
               done(delivered.toInt());
           });
}

void RelayClient::stats(QObject *context, std::function<void(ClientResult<QJsonObject>)> done)
{
    finish(send("GET", endpoint(QStringLiteral("/stats")), {}, {}), context,
           [done = std::move(done)](ClientResult<QByteArray> body, QNetworkReply *) {
               if (!body) {
                   done(std::unexpected(body.error()));
                   return;
               }
               const QJsonDocument doc = QJsonDocument::fromJson(*body);
               if (!doc.isObject()) {
                   done(std::unexpected(error(ClientError::Kind::BadResponse,
                                              tr("The relay's /stats answer is not a JSON object."))));
                   return;
               }
               done(doc.object());
           });
}

} // namespace Relay
