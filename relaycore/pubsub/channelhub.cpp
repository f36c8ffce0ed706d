// SPDX-License-Identifier: MIT
#include "pubsub/channelhub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcWs, "relay.ws", QtWarningMsg)

namespace Relay {

namespace {
// A subscriber that does not read its socket must not make the relay buffer without bound.
constexpr qint64 kMaxPendingBytes = 8 * 1024 * 1024;
} // namespace

QString pointerMessage(const QString &url, qint64 ts)
{
    // Keys in the Worker's order: {"url": …, "ts": …}. The URL is escaped by QJsonDocument.
    const QByteArray quoted = QJsonDocument(QJsonArray{url}).toJson(QJsonDocument::Compact);
    return QStringLiteral("{\"url\":") + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) +
           QStringLiteral(",\"ts\":") + QString::number(ts) + QLatin1Char('}');
}

ChannelHub::ChannelHub(int replayDepth, std::function<bool(const QString &)> isAlive, QObject *parent)
    : QObject(parent)
    , m_replayDepth(replayDepth)
    , m_isAlive(std::move(isAlive))
{
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        for (const Channel &c : std::as_const(m_channels))
            for (QWebSocket *s : c.subscribers)
                s->ping();
    });
}

ChannelHub::~ChannelHub()
{
    for (Channel &c : m_channels) {
        for (QWebSocket *s : std::as_const(c.subscribers)) {
            s->disconnect(this);
            delete s;
        }
    }
}

void ChannelHub::setPingInterval(int ms)
{
    if (ms > 0)
        m_pingTimer.start(ms);
    else
        m_pingTimer.stop();
}

void ChannelHub::subscribe(QWebSocket *socket, const QString &channel, int replay)
{
    socket->setParent(this);
    if (m_closing) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
        return;
    }
    const QString peer =
        socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    Channel &c = m_channels[channel];
    c.subscribers.append(socket);
    c.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    m_subscriberInfo.insert(socket, SubscriberInfo{peer, channel, c.lastActivityMs, 0});
    ++m_subscriberCount;

    // Server-to-client only: what a subscriber sends is ignored (compat), pings are answered by QWebSocket.
    connect(socket, &QWebSocket::disconnected, this, [this, socket, channel] { drop(socket, channel); });

    if (replay > 0) {
        QList<Recent> alive;
        for (qsizetype i = c.recent.size() - 1; i >= 0 && alive.size() < replay; --i) {
            if (m_isAlive(c.recent.at(i).payloadId))
                alive.prepend(c.recent.at(i));
        }
        for (const Recent &r : std::as_const(alive))
            socket->sendTextMessage(pointerMessage(r.url, r.ts));
        m_subscriberInfo[socket].delivered += alive.size();
    }
    Q_EMIT subscribed(channel, peer, int(c.subscribers.size()));
}

void ChannelHub::drop(QWebSocket *socket, const QString &channel)
{
    const auto it = m_channels.find(channel);
    m_subscriberInfo.remove(socket);
    if (it != m_channels.end() && it->subscribers.removeOne(socket)) {
        --m_subscriberCount;
        const int left = int(it->subscribers.size());
        if (left == 0 && it->recent.isEmpty())
            m_channels.erase(it);
        const QString peer =
            socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
        Q_EMIT unsubscribed(channel, peer, left);
    }
    socket->deleteLater();
    if (m_closing && m_subscriberCount == 0)
        Q_EMIT allClosed();
}

int ChannelHub::send(Channel &channel, const QString &message)
{
    int delivered = 0;
    // Iterate over a copy: a send may fail and a subscriber be dropped while we loop.
    const QList<QWebSocket *> subscribers = channel.subscribers;
    for (QWebSocket *s : subscribers) {
        if (s->bytesToWrite() > kMaxPendingBytes) {
            qCInfo(lcWs) << "dropping a subscriber that does not read";
            s->abort();
            continue;
        }
        if (s->sendTextMessage(message) > 0) {
            ++delivered;
            ++m_subscriberInfo[s].delivered;
        }
    }
    return delivered;
}

int ChannelHub::broadcastPointer(const QString &channel, const QString &url, const QString &payloadId,
                                 qint64 ts)
{
    Channel &c = m_channels[channel];
    ++c.pushes;
    c.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    if (m_replayDepth > 0) {
        c.recent.append(Recent{url, payloadId, ts});
        while (c.recent.size() > m_replayDepth)
            c.recent.removeFirst();
    }
    if (c.subscribers.isEmpty())
        return 0;
    return send(c, pointerMessage(url, ts));
}

void ChannelHub::forget(const QString &channel, const QString &payloadId)
{
    const auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return;
    it->recent.removeIf([&payloadId](const Recent &r) { return r.payloadId == payloadId; });
    if (it->recent.isEmpty() && it->subscribers.isEmpty())
        m_channels.erase(it);
}

int ChannelHub::publish(const QString &channel, const QString &message)
{
    const auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return 0;
    ++it->publishes;
    it->lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    return send(*it, message);
}

void ChannelHub::closeAll()
{
    m_closing = true;
    m_pingTimer.stop();
    if (m_subscriberCount == 0) {
        Q_EMIT allClosed();
        return;
    }
    for (Channel &c : m_channels) {
        const QList<QWebSocket *> subscribers = c.subscribers;
        for (QWebSocket *s : subscribers)
            s->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The relay is shutting down."));
    }
}

int ChannelHub::channelCount() const
{
    return int(m_channels.size());
}

int ChannelHub::subscriberCount(const QString &channel) const
{
    const auto it = m_channels.constFind(channel);
    return it == m_channels.cend() ? 0 : int(it->subscribers.size());
}

QList<ChannelHub::ChannelInfo> ChannelHub::channels() const
{
    QList<ChannelInfo> out;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        out.append(ChannelInfo{it.key(), int(it->subscribers.size()), int(it->recent.size()), it->pushes,
                               it->publishes, it->lastActivityMs});
    return out;
}

QList<ChannelHub::SubscriberInfo> ChannelHub::subscribers() const
{
    return m_subscriberInfo.values();
}

} // namespace Relay
