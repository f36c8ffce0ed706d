// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>
#include <expected>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Relay {

/*! Why a client call failed, in a form the CLI maps to exit codes and the MCP server to tool errors. */
struct ClientError
{
    enum class Kind
    {
        Unreachable, //!< no TCP connection / DNS / TLS: the relay is not there
        NotFound,    //!< 404: unknown or expired pointer
        Refused,     //!< 401/403/413/429/507 and other 4xx/5xx: the relay said no
        Timeout,     //!< no answer in time
        Decryption,  //!< #key= given but the payload does not decrypt with it
        BadInput,    //!< not a pointer URL, bad key format, ...
        BadResponse, //!< the relay answered something that is not the protocol
    };
    Kind kind = Kind::BadResponse;
    int httpStatus = 0;
    //! One sentence a person can act on.
    QString message;
};

template<typename T>
using ClientResult = std::expected<T, ClientError>;

struct PushOptions
{
    QString channel;
    QJsonObject metadata;
    //! 0: the relay's default.
    qint64 ttlSeconds = 0;
    //! 0: unlimited.
    int maxReads = 0;
    //! Send the bytes as a raw body (binary files) instead of the JSON form; the relay keeps
    //! contentType and filename. Text goes as JSON, which every relay (the Worker too) understands.
    bool raw = false;
    QString filename;
    QByteArray contentType;
    //! Fernet-encrypt locally first; the result URL then carries #key=<key>.
    bool encrypt = false;
    //! Called as the upload proceeds (bytes sent, bytes in all).
    std::function<void(qint64, qint64)> progress;
};

struct PushResult
{
    //! The pointer URL, with "#key=…" when encrypted.
    QString url;
    QString id;
    QString channel;
    qint64 expiresAtMs = 0;
    qint64 size = 0;
};

struct PullResult
{
    //! The payload bytes: decoded from base64 for binary payloads, decrypted when the URL had #key=.
    QByteArray data;
    QJsonObject metadata;
    bool binary = false;
};

/*! An asynchronous client for any ContextRelay relay: this one, another instance, or the
 *  upstream Worker. Every call returns at once and reports through its callback, which runs
 *  later from the event loop (never inside the call, not even for bad input), in the client's
 *  thread, and only while \a context is alive. */
class RelayClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayClient)

public:
    //! \a server is the relay's base URL, e.g. http://127.0.0.1:8787 (a path prefix is kept).
    explicit RelayClient(const QUrl &server, const QString &apiKey = QString(), QObject *parent = nullptr);
    ~RelayClient() override;

    QUrl server() const { return m_server; }
    //! Per-request timeout (default 30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void push(const QByteArray &data, const PushOptions &options, QObject *context,
              std::function<void(ClientResult<PushResult>)> done);
    //! \a url is a pointer URL (…/pull/<id>, optionally #key=…) or a bare id.
    void pull(const QString &url, QObject *context, std::function<void(ClientResult<PullResult>)> done);
    void peek(const QString &url, QObject *context, std::function<void(ClientResult<QJsonObject>)> done);
    void remove(const QString &url, QObject *context, std::function<void(ClientResult<bool>)> done);
    //! Sends \a message (any JSON value) to the channel's subscribers; the result is how many got it.
    void publish(const QString &channel, const QJsonValue &message, QObject *context,
                 std::function<void(ClientResult<int>)> done);
    void stats(QObject *context, std::function<void(ClientResult<QJsonObject>)> done);

    //! The WebSocket URL of a channel on this relay (ws:// or wss://), with ?replay=N when N > 0.
    QUrl channelUrl(const QString &channel, int replay = 0) const;
    //! The Authorization header value, or empty; for subscriptions made elsewhere.
    QByteArray authorization() const;

    /*! Splits a pointer into the pull URL (no fragment), the id, and the key of #key= (if any).
     *  A bare id is resolved against this client's server. */
    struct Pointer
    {
        QUrl pullUrl;
        QString id;
        QByteArray key;
    };
    ClientResult<Pointer> parsePointer(const QString &url) const;

private:
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType);
    void finish(QNetworkReply *reply, QObject *context,
                std::function<void(ClientResult<QByteArray>, QNetworkReply *)> handle);
    QUrl endpoint(const QString &path) const;

    QUrl m_server;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};

} // namespace Relay
