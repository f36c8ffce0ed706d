// SPDX-License-Identifier: MIT
#include "client/relaysubscription.h"

#include "client/relayclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>

namespace Relay {

namespace {
constexpr int kCatchUpReplay = 100;
constexpr qsizetype kSeenCapacity = 1000;
constexpr qint64 kClockAllowanceMs = 2000;
} // namespace

RelaySubscription::RelaySubscription(const RelayClient *client, const QString &channel, int replay,
                                     QObject *parent)
    : QObject(parent)
    , m_base(client->channelUrl(channel))
    , m_authorization(client->authorization())
    , m_channel(channel)
    , m_firstReplay(qBound(0, replay, 100))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RelaySubscription::connectNow);
}

RelaySubscription::~RelaySubscription()
{
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RelaySubscription::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = initialMs;
}

void RelaySubscription::resumeAfter(qint64 ts, const QStringList &urls)
{
    if (ts <= 0)
        return;
    m_resuming = true;
    m_watermarkTs = ts;
    for (const QString &url : urls) {
        m_seen.insert(url);
        m_seenOrder.append(url);
    }
}

void RelaySubscription::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void RelaySubscription::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void RelaySubscription::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    const QString host = m_base.host();
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
        host == QLatin1String("::1"))
        m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        // Until a pointer arrives (and brings the relay's own clock), the local clock stands in,
        // with an allowance for a remote relay's clock being a little off.
        if (!m_everConnected && !m_resuming)
            m_watermarkTs = QDateTime::currentMSecsSinceEpoch() - kClockAllowanceMs;
        m_everConnected = true;
        m_backoffMs = m_initialBackoffMs;
        Q_EMIT connected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RelaySubscription::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &RelaySubscription::onClosed);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { m_lastError = m_socket->errorString(); });
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { m_lastError = m_socket->errorString(); });
#endif

    QUrl url = m_base;
    // After a drop, ask for the recent ones again: what arrived meanwhile is delivered, what was
    // already delivered is skipped (relays without replay simply ignore the parameter).
    const bool catchUp = m_everConnected || m_resuming;
    const int replay = catchUp ? kCatchUpReplay : m_firstReplay;
    m_catchingUp = catchUp;
    if (replay > 0)
        url.setQuery(QStringLiteral("replay=") + QString::number(replay));
    QNetworkRequest request(url);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    m_lastError.clear();
    m_socket->open(request);
}

void RelaySubscription::onText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const qint64 ts = qint64(o.value(QLatin1String("ts")).toDouble());
    if (o.value(QLatin1String("url")).isString()) {
        const QString url = o.value(QLatin1String("url")).toString();
        if (m_seen.contains(url))
            return;
        // After a reconnect the relay replays its recent pointers: only those from our own
        // lifetime are news. (A first connection's replay was asked for and is delivered whole.)
        if (m_catchingUp && ts < m_watermarkTs)
            return;
        m_watermarkTs = qMax(m_watermarkTs, ts);
        m_seen.insert(url);
        m_seenOrder.append(url);
        if (m_seenOrder.size() > kSeenCapacity)
            m_seen.remove(m_seenOrder.takeFirst());
        Q_EMIT pointerReceived(url, ts);
    } else if (o.contains(QLatin1String("message"))) {
        Q_EMIT messageReceived(o.value(QLatin1String("message")), ts);
    }
}

void RelaySubscription::onClosed()
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (!m_running)
        return;
    QString reason = m_lastError;
    if (reason.isEmpty())
        reason = wasConnected
                     ? QCoreApplication::translate("RelaySubscription", "the relay closed the connection")
                     : QCoreApplication::translate("RelaySubscription", "cannot connect");
    const int wait = m_backoffMs;
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
    m_retry.start(wait);
    Q_EMIT disconnected(reason, wait);
}

} // namespace Relay
