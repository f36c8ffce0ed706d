// SPDX-License-Identifier: MIT
#include "remote/connectiontest.h"

#include "client/relaysubscription.h"
#include "core/translate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace Relay {

namespace {
constexpr int kPointerWaitMs = 5000;
const char kHealthText[] = "ContextRelay API is running.";

QString tr(const char *text)
{
    return translateIn({"Relay::ConnectionTest", "Relay"}, text);
}

QString okMessage(qint64 ms)
{
    return tr("ok (%1 ms)").arg(ms);
}

//! The remote's refusal in words; \a detail is the relay's own sentence, for the statuses without one.
QString statusMessage(int status, const QString &detail)
{
    switch (status) {
    case 401:
        return tr("401: the API key is invalid or missing");
    case 402:
        return tr("402: quota exceeded on the remote relay");
    case 429:
        return tr("429: too many requests; try again later");
    default:
        break;
    }
    return detail.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1: %2").arg(status).arg(detail);
}

QString freshName()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("::1");
}
} // namespace

ConnectionTest::ConnectionTest(const QUrl &server, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_client(new RelayClient(server, apiKey, this))
    , m_network(new QNetworkAccessManager(this))
{
    m_client->setTimeout(m_timeoutMs);
    if (isLoopbackHost(server.host()))
        m_network->setProxy(QNetworkProxy::NoProxy);
    m_deadline.setSingleShot(true);
}

ConnectionTest::~ConnectionTest() = default;

QStringList ConnectionTest::stepNames()
{
    return {QStringLiteral("health"), QStringLiteral("auth"), QStringLiteral("round trip"),
            QStringLiteral("websocket")};
}

void ConnectionTest::setTimeout(int ms)
{
    m_timeoutMs = ms;
    m_client->setTimeout(ms);
}

void ConnectionTest::start()
{
    if (m_started)
        return;
    m_started = true;
    next();
}

QString ConnectionTest::currentName() const
{
    return stepNames().value(m_steps.size());
}

void ConnectionTest::next()
{
    m_stepDone = false;
    m_clock.start();
    switch (m_steps.size()) {
    case 0:
        runHealth();
        break;
    case 1:
        runAuth();
        break;
    case 2:
        runRoundTrip();
        break;
    case 3:
        runWebSocket();
        break;
    default:
        finish();
        break;
    }
}

void ConnectionTest::pass(qint64 latencyMs)
{
    if (m_stepDone)
        return;
    m_stepDone = true;
    m_deadline.stop();
    ConnectionStep step{currentName(), true, okMessage(latencyMs), latencyMs};
    m_steps.append(step);
    Q_EMIT stepFinished(step);
    next();
}

void ConnectionTest::fail(const QString &message, ClientError::Kind kind, int httpStatus)
{
    if (m_stepDone)
        return;
    m_stepDone = true;
    m_deadline.stop();
    if (m_subscription) {
        m_subscription->stop();
        m_subscription->deleteLater();
        m_subscription = nullptr;
    }
    ConnectionStep step{currentName(), false, message, -1, true, kind, httpStatus};
    m_steps.append(step);
    Q_EMIT stepFinished(step);
    finish();
}

void ConnectionTest::failWith(const ClientError &error)
{
    switch (error.kind) {
    case ClientError::Kind::Unreachable:
        fail(tr("unreachable: %1").arg(error.message), error.kind);
        return;
    case ClientError::Kind::Timeout:
        fail(tr("timed out: %1").arg(error.message), error.kind);
        return;
    case ClientError::Kind::Refused:
        fail(error.httpStatus == 401 || error.httpStatus == 402 || error.httpStatus == 429
                 ? statusMessage(error.httpStatus, QString())
                 : error.message,
             error.kind, error.httpStatus);
        return;
    default:
        fail(error.message, error.kind, error.httpStatus);
        return;
    }
}

void ConnectionTest::finish()
{
    bool ok = m_steps.size() == stepNames().size();
    for (const ConnectionStep &step : std::as_const(m_steps))
        ok = ok && step.ok;
    // The steps after a failure did not run; they are listed so every report has the same shape.
    while (m_steps.size() < stepNames().size()) {
        ConnectionStep skipped{currentName(), false, tr("not run"), -1, false};
        m_steps.append(skipped);
    }
    Q_EMIT finished(ok, m_steps);
}

void ConnectionTest::runHealth()
{
    QUrl url = m_server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/'));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // No Authorization header: the health check is open, and the key goes only where it is needed.
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            const auto e = reply->error();
            if (e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError)
                fail(tr("unreachable: no answer within %1 s").arg(m_timeoutMs / 1000),
                     ClientError::Kind::Timeout);
            else
                fail(tr("unreachable: %1").arg(reply->errorString()), ClientError::Kind::Unreachable);
            return;
        }
        if (status != 200) {
            fail(status == 401 || status == 402 || status == 429
                     ? statusMessage(status, QString())
                     : tr("HTTP %1: this is not a ContextRelay relay (GET / should answer 200)").arg(status),
                 status >= 400 ? ClientError::Kind::Refused : ClientError::Kind::BadResponse, status);
            return;
        }
        if (body.trimmed() != QByteArray(kHealthText)) {
            fail(tr("the server answers, but not as a ContextRelay relay (GET / said \"%1\")")
                     .arg(QString::fromUtf8(body.left(60)).simplified()),
                 ClientError::Kind::BadResponse);
            return;
        }
        pass(m_clock.elapsed());
    });
}

void ConnectionTest::runAuth()
{
    // Peeking at an id that cannot exist needs the key but changes nothing: 404 means "let in".
    m_client->peek(freshName(), this, [this](ClientResult<QJsonObject> r) {
        if (r || r.error().kind == ClientError::Kind::NotFound)
            pass(m_clock.elapsed());
        else
            failWith(r.error());
    });
}

void ConnectionTest::runRoundTrip()
{
    const QString nonce = freshName();
    const QByteArray text = QByteArrayLiteral("ContextRelay Desktop connection test ") + nonce.toUtf8();
    PushOptions options;
    options.channel = QStringLiteral("contextrelay-test-") + nonce;
    options.metadata = {{QStringLiteral("contextrelay_test"), nonce}};
    // The shortest lifetime, in case the relay cannot delete it.
    options.ttlSeconds = 60;
    m_client->push(
        text, options, this, [this, text, metadata = options.metadata](ClientResult<PushResult> r) {
            if (!r)
                return failWith(r.error());
            const QString pointer = r->id.isEmpty() ? r->url : r->id;
            m_client->pull(pointer, this, [this, text, metadata, pointer](ClientResult<PullResult> pulled) {
                if (!pulled)
                    return failWith(pulled.error());
                if (pulled->data != text) {
                    return fail(tr("the payload pulled back differs from the one pushed"),
                                ClientError::Kind::BadResponse);
                }
                m_client->peek(pointer, this, [this, metadata, pointer](ClientResult<QJsonObject> peeked) {
                    if (!peeked)
                        return failWith(peeked.error());
                    if (*peeked != metadata) {
                        return fail(tr("peek shows other metadata than was pushed"),
                                    ClientError::Kind::BadResponse);
                    }
                    const qint64 latency = m_clock.elapsed();
                    // Whatever DELETE answers (the upstream Worker has none), the test is done.
                    m_client->remove(pointer, this, [this, latency](ClientResult<bool>) { pass(latency); });
                });
            });
        });
}

void ConnectionTest::runWebSocket()
{
    m_pushedUrl.clear();
    m_arrived.clear();
    const QString channel = QStringLiteral("contextrelay-test-") + freshName();
    m_subscription = new RelaySubscription(m_client, channel, 0, this);
    connect(m_subscription, &RelaySubscription::disconnected, this, [this](const QString &reason) {
        // QWebSocket reports a refused upgrade only in its error text ("… status code: 401 …").
        if (reason.contains(QLatin1String("401")))
            fail(statusMessage(401, QString()), ClientError::Kind::Refused, 401);
        else if (reason.contains(QLatin1String("402")))
            fail(statusMessage(402, QString()), ClientError::Kind::Refused, 402);
        else
            fail(tr("unreachable: the WebSocket connection failed (%1)").arg(reason),
                 ClientError::Kind::Unreachable);
    });
    connect(m_subscription, &RelaySubscription::pointerReceived, this,
            [this](const QString &url) { websocketPointer(url); });
    connect(m_subscription, &RelaySubscription::connected, this, [this, channel] {
        m_deadline.start(kPointerWaitMs);
        m_clock.start();
        PushOptions options;
        options.channel = channel;
        options.ttlSeconds = 60;
        m_client->push(QByteArrayLiteral("ContextRelay Desktop WebSocket test"), options, this,
                       [this](ClientResult<PushResult> r) {
                           if (!r)
                               return failWith(r.error());
                           websocketPushed(r->url);
                       });
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(m_subscription && m_subscription->isConnected()
                 ? tr("the pushed pointer did not arrive on the WebSocket within %1 s")
                       .arg(kPointerWaitMs / 1000)
                 : tr("unreachable: the WebSocket did not connect within %1 s").arg(m_timeoutMs / 1000),
             ClientError::Kind::Timeout);
    });
    m_deadline.start(m_timeoutMs);
    m_subscription->start();
}

void ConnectionTest::websocketPushed(const QString &url)
{
    m_pushedUrl = url;
    if (m_arrived.contains(url))
        websocketPointer(url);
}

void ConnectionTest::websocketPointer(const QString &url)
{
    if (m_pushedUrl.isEmpty() || url != m_pushedUrl) {
        m_arrived.insert(url);
        return;
    }
    if (m_stepDone || !m_subscription)
        return;
    const qint64 latency = m_clock.elapsed();
    m_deadline.stop();
    m_subscription->stop();
    m_subscription->deleteLater();
    m_subscription = nullptr;
    m_client->remove(url, this, [this, latency](ClientResult<bool>) { pass(latency); });
}

} // namespace Relay
