// SPDX-License-Identifier: MIT
#include "forward/forwarder.h"

#include "core/clock.h"
#include "forward/channelbridge.h"
#include "forward/outbox.h"
#include "relay/relayrouter.h"
#include "relay/relayserver.h"

#include <QCoreApplication>
#include <QDir>

namespace Relay {

Forwarder::Forwarder(RelayServer *server, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    qRegisterMetaType<Relay::BridgeStatus>();
    qRegisterMetaType<QList<Relay::BridgeStatus>>();
    if (!clock) {
        m_ownedClock = std::make_unique<SystemClock>();
        clock = m_ownedClock.get();
    }
    m_clock = clock;
    m_report.setSingleShot(true);
    m_report.setInterval(100);
    connect(&m_report, &QTimer::timeout, this, [this] { Q_EMIT statusesChanged(statuses()); });
}

Forwarder::~Forwarder()
{
    if (m_server && m_server->router())
        m_server->router()->setPushTap(nullptr);
    qDeleteAll(m_bridges);
    m_bridges.clear();
}

bool Forwarder::open(QString *error)
{
    const QString dir = m_server->dataDirectory();
    Outbox::Limits limits;
    limits.maxItems = m_maxQueuedItems;
    limits.maxBytes = m_maxQueuedBytes;
    m_outbox = std::make_unique<Outbox>(
        dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("bridges.sqlite")), limits);
    if (!m_outbox->open(error))
        return false;
    m_server->router()->setPushTap(this);
    return true;
}

void Forwarder::setQueueLimits(int maxItems, qint64 maxBytes)
{
    m_maxQueuedItems = maxItems;
    m_maxQueuedBytes = maxBytes;
}

void Forwarder::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    for (ChannelBridge *b : std::as_const(m_bridges))
        b->setBackoff(initialMs, maxMs);
}

void Forwarder::setBridges(const QList<ResolvedBridge> &bridges)
{
    if (!m_outbox)
        return;
    QHash<QString, ChannelBridge *> old;
    for (ChannelBridge *b : std::as_const(m_bridges))
        old.insert(b->bridge().spec.id, b);
    QList<ChannelBridge *> next;
    QSet<QString> keep;
    for (const ResolvedBridge &r : bridges) {
        if (r.spec.id.isEmpty() || keep.contains(r.spec.id))
            continue;
        keep.insert(r.spec.id);
        ChannelBridge *existing = old.take(r.spec.id);
        if (existing && existing->bridge() == r) {
            next.append(existing);
            continue;
        }
        delete existing;
        auto *bridge = new ChannelBridge(
            r, m_outbox.get(), m_clock,
            [this](NewPayload payload, const QString &bridgeId, ChannelBridge::Injected done) {
                QString detail;
                for (ChannelBridge *b : std::as_const(m_bridges)) {
                    if (b->bridge().spec.id == bridgeId)
                        detail =
                            tr("from %1:%2").arg(b->bridge().spec.profile, b->bridge().spec.remoteChannel);
                }
                m_server->router()->inject(std::move(payload), bridgeId, detail, m_server->baseUrl(), this,
                                           std::move(done));
            },
            this);
        bridge->setBackoff(m_initialBackoffMs, m_maxBackoffMs);
        connect(bridge, &ChannelBridge::statusChanged, this, &Forwarder::scheduleReport);
        next.append(bridge);
    }
    // What is left in `old` was removed from the configuration.
    qDeleteAll(old);
    m_bridges = next;
    // State of bridges that no longer exist (also from earlier runs) goes with them.
    const QStringList known = m_outbox->bridgeIds();
    for (const QString &id : known) {
        if (!keep.contains(id))
            m_outbox->dropBridge(id);
    }
    rebuildChannelIndex();
    for (ChannelBridge *b : std::as_const(m_bridges))
        b->start();
    scheduleReport();
}

void Forwarder::rebuildChannelIndex()
{
    m_outByChannel.clear();
    for (ChannelBridge *b : std::as_const(m_bridges)) {
        if (b->bridge().spec.sendsOut())
            m_outByChannel[b->bridge().spec.localChannel].append(b);
    }
}

QList<BridgeStatus> Forwarder::statuses() const
{
    QList<BridgeStatus> list;
    list.reserve(m_bridges.size());
    for (const ChannelBridge *b : m_bridges)
        list.append(b->status());
    return list;
}

bool Forwarder::tapsChannel(const QString &channel) const
{
    return m_outByChannel.contains(channel);
}

std::optional<QString> Forwarder::refusal(const QString &channel, qint64 bytes) const
{
    const int n = int(m_outByChannel.value(channel).size());
    if (n > 0 && !m_outbox->hasRoomFor(bytes * n, n)) {
        return tr("The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote "
                  "relay is unreachable; nothing was dropped. Try again once it is back.")
            .arg(channel)
            .arg(m_outbox->totalQueued());
    }
    return std::nullopt;
}

std::optional<QString> Forwarder::pushed(const PayloadInfo &info, const QByteArray &data,
                                         const QString &viaBridge)
{
    const QList<ChannelBridge *> bridges = m_outByChannel.value(info.channel);
    QList<qint64> queued;
    for (ChannelBridge *b : bridges) {
        if (b->bridge().spec.id == viaBridge)
            continue;
        OutItem item;
        item.bridgeId = b->bridge().spec.id;
        item.localId = info.id;
        item.data = data;
        item.metadataJson = info.metadataJson;
        item.contentType = info.contentType;
        item.filename = info.filename;
        item.binary = info.binary;
        item.expiresMs = info.expiresMs;
        item.maxReads = info.maxReads;
        const auto seq = m_outbox->enqueue(std::move(item));
        if (!seq) {
            // All or nothing: a push either goes to every bridge or is refused.
            for (qint64 s : std::as_const(queued))
                m_outbox->discard(s);
            return seq.error();
        }
        queued.append(*seq);
    }
    for (ChannelBridge *b : bridges) {
        if (b->bridge().spec.id != viaBridge)
            b->kick();
    }
    return std::nullopt;
}

void Forwarder::scheduleReport()
{
    if (!m_report.isActive())
        m_report.start();
}

} // namespace Relay
