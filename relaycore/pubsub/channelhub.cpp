// SPDX-License-Identifier: MIT
#include "pubsub/channelhub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>
#include <algorithm>

Q_LOGGING_CATEGORY(lcWs, "relay.ws", QtWarningMsg)

namespace Relay {

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

ChannelHub::Reserved ChannelHub::reserved(const QString &channel) const
{
    Reserved r;
    QStringList newChannels;
    for (const Reservation &res : m_reservations) {
        if (res.expiry.hasExpired())
            continue;
        ++r.total;
        if (res.channel == channel)
            ++r.onChannel;
        else if (!m_channels.contains(res.channel) && !newChannels.contains(res.channel))
            newChannels.append(res.channel);
    }
    r.newChannels = int(newChannels.size());
    return r;
}

void ChannelHub::reserve(const QString &channel, int handshakeTimeoutMs)
{
    m_reservations.removeIf([](const Reservation &r) { return r.expiry.hasExpired(); });
    m_reservations.append(Reservation{channel, QDeadlineTimer(handshakeTimeoutMs)});
}

std::optional<QString> ChannelHub::subscribeRefusal(const QString &channel) const
{
    const Reserved pending = reserved(channel);
    if (m_subscriberCount + pending.total >= m_limits.maxSubscribers)
        return tr("The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.")
            .arg(m_limits.maxSubscribers);
    if (subscriberCount(channel) + pending.onChannel >= m_limits.maxSubscribersPerChannel)
        return tr("This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again "
                  "when one leaves.")
            .arg(m_limits.maxSubscribersPerChannel);
    if (!hasRoomFor(channel))
        return tr("The relay is at its channel limit (%1, --max-channels); use an existing channel or try "
                  "later.")
            .arg(m_limits.maxChannels);
    return std::nullopt;
}

bool ChannelHub::hasRoomFor(const QString &channel) const
{
    if (m_channels.contains(channel))
        return true;
    // A new channel reserved by an upgrade under way counts as kept already (and so does this one, if
    // reserved: its own reservation is not in newChannels).
    return m_channels.size() + reserved(channel).newChannels < m_limits.maxChannels;
}

std::optional<QString> ChannelHub::subscribe(QWebSocket *socket, const QString &channel, int replay)
{
    socket->setParent(this);
    const auto reservation = std::find_if(m_reservations.begin(), m_reservations.end(),
                                          [&channel](const Reservation &r) { return r.channel == channel; });
    if (reservation != m_reservations.end())
        m_reservations.erase(reservation);
    if (m_closing) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
        return tr("The relay is shutting down.");
    }
    if (auto refusal = subscribeRefusal(channel)) {
        // Policy, not 1013 (try again later): Qt's own clients take 1012-2999 for a protocol error and
        // would lose the reason.
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, *refusal);
        socket->deleteLater();
        return refusal;
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
    return std::nullopt;
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
        if (s->bytesToWrite() > m_limits.maxPendingBytes) {
            // A burst queued in this pass of the event loop is not a stall: give the kernel what it takes.
            s->flush();
            if (s->bytesToWrite() > m_limits.maxPendingBytes) {
                qCInfo(lcWs) << "dropping a subscriber that does not read:" << s->bytesToWrite()
                             << "bytes unsent";
                const SubscriberInfo info = m_subscriberInfo.value(s);
                const qint64 unsent = s->bytesToWrite();
                s->abort();
                Q_EMIT droppedSlow(info.channel, info.peer, unsent);
                continue;
            }
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
    if (!hasRoomFor(channel))
        return 0;
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
