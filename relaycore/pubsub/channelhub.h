// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

class QWebSocket;

namespace Relay {

/*! Channels, their WebSocket subscribers, and a short ring of recent pointers per channel for
 *  ?replay=N. Lives in the relay thread. */
class ChannelHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelHub)

public:
    struct ChannelInfo
    {
        QString name;
        int subscribers = 0;
        int recent = 0;
        qint64 pushes = 0;
        qint64 publishes = 0;
        qint64 lastActivityMs = 0;
    };
    struct SubscriberInfo
    {
        QString peer;
        QString channel;
        qint64 connectedSinceMs = 0;
        qint64 delivered = 0;
    };

    //! What the hub may hold; beyond it subscribers are refused and stalled ones dropped.
    struct Limits
    {
        int maxSubscribers = 10000;
        int maxSubscribersPerChannel = 1000;
        //! Channels kept: those with subscribers or recent pointers for replay.
        int maxChannels = 10000;
        //! A subscriber with more output than this unsent when a message is due is disconnected.
        qint64 maxPendingBytes = qint64(8) << 20;
    };

    //! \a isAlive tells whether a payload id still exists, so replay skips expired or deleted ones.
    ChannelHub(int replayDepth, std::function<bool(const QString &)> isAlive, QObject *parent = nullptr);
    ~ChannelHub() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    //! Why one more subscriber to \a channel would go over a limit (a sentence), or nothing.
    std::optional<QString> subscribeRefusal(const QString &channel) const;
    //! Is \a channel kept, or is there room to keep it once something arrives for it?
    bool hasRoomFor(const QString &channel) const;
    /*! An upgrade to \a channel passed subscribeRefusal() and its handshake is under way: it counts
     *  against the limits until it subscribes, or for \a handshakeTimeoutMs if it never does, so a
     *  burst of upgrades is refused before the handshake too. */
    void reserve(const QString &channel, int handshakeTimeoutMs);

    /*! Takes ownership of \a socket, subscribes it to \a channel (taking up its reservation), and first
     *  sends it up to \a replay of the channel's recent pointers that are still alive, oldest first.
     *  Over a limit (an upgrade that never reserved) the socket is closed with 1008 (policy) instead,
     *  and the reason returned. */
    std::optional<QString> subscribe(QWebSocket *socket, const QString &channel, int replay);
    /*! Sends {"url","ts"} to every subscriber and remembers it for replay; returns how many got it.
     *  A channel that is not kept and has no room (hasRoomFor()) is left alone: it has no subscribers. */
    int broadcastPointer(const QString &channel, const QString &url, const QString &payloadId, qint64 ts);
    //! A payload is gone: it is no longer replayed, and a channel with nothing left is forgotten.
    void forget(const QString &channel, const QString &payloadId);
    //! Sends a prebuilt JSON text message to every subscriber of \a channel; returns how many got it.
    int publish(const QString &channel, const QString &message);
    //! Sends every subscriber a close frame (going away).
    void closeAll();
    //! Pings every subscriber every \a ms (0 = never), to notice dead peers.
    void setPingInterval(int ms);

    int channelCount() const;
    int subscriberCount() const { return m_subscriberCount; }
    int subscriberCount(const QString &channel) const;
    QList<ChannelInfo> channels() const;
    QList<SubscriberInfo> subscribers() const;

Q_SIGNALS:
    void subscribed(const QString &channel, const QString &peer, int subscribers);
    void unsubscribed(const QString &channel, const QString &peer, int subscribers);
    //! A subscriber that stopped reading was disconnected with \a unsentBytes still queued for it.
    void droppedSlow(const QString &channel, const QString &peer, qint64 unsentBytes);
    //! Every subscriber is gone (after closeAll()).
    void allClosed();

private:
    struct Recent
    {
        QString url;
        QString payloadId;
        qint64 ts = 0;
    };
    struct Channel
    {
        QList<QWebSocket *> subscribers;
        QList<Recent> recent; // oldest first, at most m_replayDepth
        qint64 pushes = 0;
        qint64 publishes = 0;
        qint64 lastActivityMs = 0;
    };

    int send(Channel &channel, const QString &message);
    void drop(QWebSocket *socket, const QString &channel);

    struct Reservation
    {
        QString channel;
        QDeadlineTimer expiry;
    };
    //! Live reservations: in all, for \a channel, and new channels among them (other than \a channel).
    struct Reserved
    {
        int total = 0;
        int onChannel = 0;
        int newChannels = 0;
    };
    Reserved reserved(const QString &channel) const;

    int m_replayDepth;
    Limits m_limits;
    QList<Reservation> m_reservations;
    std::function<bool(const QString &)> m_isAlive;
    QHash<QString, Channel> m_channels;
    QHash<const QWebSocket *, SubscriberInfo> m_subscriberInfo;
    int m_subscriberCount = 0;
    QTimer m_pingTimer;
    bool m_closing = false;
};

QString pointerMessage(const QString &url, qint64 ts);

} // namespace Relay
