// SPDX-License-Identifier: MIT
#include "relay/relayserver.h"

#include "core/clock.h"
#include "http/httpserver.h"
#include "pubsub/channelhub.h"
#include "relay/relayrouter.h"
#include "security/securitygate.h"
#include "store/memorybackend.h"
#include "store/payloadstore.h"
#include "store/sqlitebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <sodium.h>

namespace Relay {

namespace {
bool isLoopback(const QHostAddress &a)
{
    return a.isLoopback();
}

QString hostForUrl(const QHostAddress &a)
{
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    if (a == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    return a.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                                                         : a.toString();
}
} // namespace

RelayServer::RelayServer(const RelayConfig &config, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<Relay::RelayEvent>();
    if (!clock) {
        m_ownedClock = std::make_unique<SystemClock>();
        clock = m_ownedClock.get();
    }
    m_clock = clock;
}

RelayServer::~RelayServer()
{
    // Children (hub, http front) go first: they hold pointers into the store and router. The hub
    // before the http front: its subscribers' sockets belong to the front's QWebSocketServer, which
    // must still be there to see them close (none calls back into a half-deleted hub either).
    delete m_hub;
    delete m_http;
    delete m_router;
    delete m_store;
    delete m_gate;
}

bool RelayServer::start()
{
    if (sodium_init() < 0) {
        m_error = tr("The crypto library (libsodium) could not be initialised.");
        return false;
    }

    QList<QHostAddress> required = m_config.listenAddresses;
    QList<QHostAddress> optional;
    if (required.isEmpty()) {
        required = {QHostAddress(QHostAddress::LocalHost)};
        optional = {QHostAddress(QHostAddress::LocalHostIPv6)};
    }
    const bool exposed = !std::all_of(required.cbegin(), required.cend(), isLoopback);
    if (exposed && m_config.apiTokens.isEmpty() && m_config.apiTokenHashes.isEmpty()) {
        m_error =
            tr("Listening beyond loopback needs API keys: without them anyone on the network could read "
               "every payload. Create one with 'contextrelay-desktop keys create'.");
        return false;
    }

    std::unique_ptr<StorageBackend> backend;
    qint64 budget = m_config.memoryBudgetBytes;
    if (m_config.ephemeral) {
        backend = std::make_unique<MemoryBackend>();
    } else {
        QString dir = m_config.dataDir;
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir)) {
            m_error = tr("Cannot create the data directory %1.").arg(dir);
            return false;
        }
        // Two relays on one database would each trust their own index of it.
        m_dataLock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("relay.lock")));
        m_dataLock->setStaleLockTime(0); // a crashed relay's lock is stale as soon as its pid is gone
        if (!m_dataLock->tryLock(0)) {
            m_error = tr("Another relay is already using the data directory %1.").arg(dir);
            return false;
        }
        backend = std::make_unique<SqliteBackend>(QDir(dir).filePath(QStringLiteral("payloads.sqlite")));
        m_dataDir = dir;
        budget = m_config.diskBudgetBytes;
    }
    PayloadStore::Budget storeBudget;
    storeBudget.maxBytes = budget;
    m_store = new PayloadStore(std::move(backend), m_clock, storeBudget);
    if (!m_store->open(&m_error))
        return false;

    m_hub = new ChannelHub(m_config.replayDepth, [this](const QString &id) { return m_store->isAlive(id); });
    m_hub->setPingInterval(m_config.wsPingIntervalMs);

    QStringList hosts = m_config.allowedHosts;
    for (const QHostAddress &a : std::as_const(required)) {
        if (!a.isLoopback() && a != QHostAddress::Any && a != QHostAddress::AnyIPv4 &&
            a != QHostAddress::AnyIPv6)
            hosts.append(hostForUrl(a));
    }
    m_gate = new SecurityGate(hosts, m_config.allowedOrigins, m_config.apiTokens, m_config.apiTokenHashes,
                              m_config.sessionTokens);
    m_exposed = exposed;
    m_gate->setAuthForced(exposed);
    m_router = new RelayRouter(m_config, m_store, m_hub, m_gate, m_clock);

    HttpServer::Limits limits;
    limits.connection.parser.maxHeadBytes = m_config.maxHeadBytes;
    limits.connection.parser.maxHeaderFields = m_config.maxHeaderFields;
    limits.connection.parser.maxBodyBytes = m_config.maxPayloadBytes;
    limits.connection.requestTimeoutMs = m_config.requestTimeoutMs;
    limits.connection.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.maxConnections = m_config.maxConnections;
    limits.maxConnectionsPerPeer = m_config.maxConnectionsPerPeer;
    m_http = new HttpServer(m_router, limits);
    if (!m_http->listen(required, optional, m_config.port, &m_error))
        return false;
    m_gate->setPort(m_http->port());

    connect(m_router, &RelayRouter::event, this, &RelayServer::event);
    connect(m_store, &PayloadStore::expired, this, [this](const QList<PayloadInfo> &gone) {
        for (const PayloadInfo &p : gone) {
            m_hub->forget(p.channel, p.id);
            RelayEvent e =
                RelayEvent::make(RelayEvent::Type::Expired, m_clock->nowMs(), p.id, p.channel, p.size);
            e.payload = p;
            Q_EMIT event(e);
        }
    });
    connect(m_store, &PayloadStore::removed, this, [this](const PayloadInfo &p) {
        m_hub->forget(p.channel, p.id);
        const bool burnt = p.maxReads > 0 && p.reads >= p.maxReads;
        RelayEvent e = RelayEvent::make(RelayEvent::Type::Deleted, m_clock->nowMs(), p.id, p.channel, p.size,
                                        0, burnt ? tr("read limit reached") : QString());
        e.payload = p;
        Q_EMIT event(e);
    });
    auto subscriberEvent = [this](RelayEvent::Type type, const QString &channel, const QString &peer, int n) {
        Q_EMIT event(RelayEvent::make(type, m_clock->nowMs(), QString(), channel, 0, n, peer));
    };
    connect(m_hub, &ChannelHub::subscribed, this,
            [subscriberEvent](const QString &c, const QString &p, int n) {
                subscriberEvent(RelayEvent::Type::Subscribed, c, p, n);
            });
    connect(m_hub, &ChannelHub::unsubscribed, this,
            [subscriberEvent](const QString &c, const QString &p, int n) {
                subscriberEvent(RelayEvent::Type::Unsubscribed, c, p, n);
            });
    // Shown in the event log: whoever runs the relay sees which agent stopped reading, and the cap.
    connect(m_hub, &ChannelHub::droppedSlow, this, [this](const QString &c, const QString &p, qint64 unsent) {
        Q_EMIT event(
            RelayEvent::make(RelayEvent::Type::Rejected, m_clock->nowMs(), QString(), c, 0, 0,
                             tr("Subscriber %1 stopped reading and was disconnected with %2 bytes unsent "
                                "(--max-pending-ws-bytes).")
                                 .arg(p)
                                 .arg(unsent)));
    });
    return true;
}

void RelayServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    // Order matters: stop taking requests, let the ones in flight finish, say goodbye to
    // subscribers, and only then close the store those requests may still be writing to.
    auto finish = [this](bool force) {
        if (m_stopped || (!force && (m_http->connectionCount() > 0 || m_hub->subscriberCount() > 0)))
            return;
        m_stopped = true;
        m_store->close();
        Q_EMIT stopped();
    };
    connect(
        m_http, &HttpServer::drained, this, [finish] { finish(false); }, Qt::QueuedConnection);
    connect(
        m_hub, &ChannelHub::allClosed, this, [finish] { finish(false); }, Qt::QueuedConnection);
    // A client that neither finishes its request nor closes must not hold the shutdown forever.
    QTimer::singleShot(m_config.shutdownGraceMs, this, [finish] { finish(true); });
    m_hub->closeAll();
    m_http->stop();
}

void RelayServer::setPaused(bool paused)
{
    m_paused = paused;
    if (m_http)
        m_http->setPaused(paused);
}

void RelayServer::setApiTokenHashes(const QList<QByteArray> &hashes)
{
    m_config.apiTokenHashes = hashes;
    if (!m_gate)
        return;
    m_gate->setTokenHashes(hashes);
    if (m_exposed && !m_gate->hasKeys()) {
        if (!m_warnedNoKeys)
            Q_EMIT warning(
                tr("No API key is left, but the relay listens beyond loopback: it keeps "
                   "requiring one, so every request but GET / is refused until a key is created."));
        m_warnedNoKeys = true;
    } else {
        m_warnedNoKeys = false;
    }
}

RelaySnapshot RelayServer::snapshot() const
{
    RelaySnapshot s;
    s.baseUrl = baseUrl();
    s.paused = m_paused;
    if (m_store) {
        s.durable = m_store->isDurable();
        s.totalBytes = m_store->totalBytes();
        s.payloads = m_store->payloads();
    }
    if (m_hub) {
        s.channels = m_hub->channels();
        s.subscribers = m_hub->subscribers();
    }
    return s;
}

quint16 RelayServer::serverPort() const
{
    return m_http ? m_http->port() : 0;
}

QString RelayServer::baseUrl() const
{
    if (!m_http)
        return QString();
    const QList<QHostAddress> addresses = m_http->listeningAddresses();
    const QString host = addresses.isEmpty() ? QStringLiteral("127.0.0.1") : hostForUrl(addresses.first());
    return QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(m_http->port());
}

QString RelayServer::errorString() const
{
    return m_error;
}

PayloadStore *RelayServer::store() const
{
    return m_store;
}

ChannelHub *RelayServer::hub() const
{
    return m_hub;
}

} // namespace Relay
