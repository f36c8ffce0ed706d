// SPDX-License-Identifier: MIT
#include "store/payloadstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "store/storagebackend.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Relay {

namespace {
// A timer further out than this is re-armed when it fires, so that a changed wall clock
// (suspend, NTP) cannot leave a payload alive for long past its time.
constexpr qint64 kMaxTimerMs = 60 * 60 * 1000;
} // namespace

PayloadStore::PayloadStore(std::unique_ptr<StorageBackend> backend, Clock *clock, const Budget &budget,
                           QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_clock(clock)
    , m_budget(budget)
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &PayloadStore::expireDue);
}

PayloadStore::~PayloadStore()
{
    close();
}

bool PayloadStore::open(QString *error)
{
    if (!m_backend->open(error))
        return false;
    const QList<PayloadInfo> kept = m_backend->loadAll();
    for (const PayloadInfo &info : kept) {
        m_index.insert(info.id, info);
        m_byExpiry.insert(info.expiresMs, info.id);
        m_bytes += info.size;
    }
    expireDue();
    return true;
}

void PayloadStore::close()
{
    m_expiryTimer.stop();
    commit();
    if (m_backend)
        m_backend->close();
    m_index.clear();
    m_byExpiry.clear();
    m_cache.clear();
    m_lru.clear();
    m_cacheBytes = 0;
    m_bytes = 0;
}

bool PayloadStore::isDurable() const
{
    return m_backend->isDurable();
}

std::expected<PayloadInfo, StoreError> PayloadStore::add(NewPayload payload)
{
    const qint64 size = payload.data.size();
    if (m_bytes + size > m_budget.maxBytes)
        return std::unexpected(StoreError::Full);

    PayloadInfo info;
    info.id = newPayloadId();
    info.channel = payload.channel;
    info.metadataJson = payload.metadataJson;
    info.contentType = payload.contentType;
    info.filename = payload.filename;
    info.createdMs = m_clock->nowMs();
    info.expiresMs = info.createdMs + payload.ttlSeconds * 1000;
    info.size = size;
    info.maxReads = payload.maxReads;
    info.binary = payload.binary;
    info.kind = payload.kind;

    beginWrite();
    QString error;
    if (!m_backend->insert(info, payload.data, &error)) {
        qCWarning(lcStore) << "cannot store payload:" << error;
        return std::unexpected(StoreError::Io);
    }
    m_index.insert(info.id, info);
    if (m_inTransaction)
        m_addedInTransaction.append(info.id);
    const bool newFirst = m_byExpiry.isEmpty() || info.expiresMs < m_byExpiry.firstKey();
    m_byExpiry.insert(info.expiresMs, info.id);
    m_bytes += size;
    if (newFirst)
        armExpiryTimer();
    return info;
}

bool PayloadStore::isExpired(const PayloadInfo &info) const
{
    return info.expiresMs <= m_clock->nowMs();
}

std::expected<PayloadInfo, StoreError> PayloadStore::info(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::unexpected(StoreError::NotFound);
    if (isExpired(*it)) {
        // The timer may fire a little late; the answer must not.
        expireDue();
        return std::unexpected(StoreError::NotFound);
    }
    return *it;
}

bool PayloadStore::isAlive(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.cend() && !isExpired(*it);
}

bool PayloadStore::contains(const QString &id)
{
    return info(id).has_value();
}

std::expected<PayloadStore::Pulled, StoreError>
PayloadStore::read(const QString &id,
                   const std::function<QByteArray(const PayloadInfo &, const QByteArray &)> &encode,
                   bool cacheable)
{
    const auto found = info(id);
    if (!found)
        return std::unexpected(found.error());

    Pulled out;
    bool fromCache = false;
    if (cacheable) {
        const auto c = m_cache.find(id);
        if (c != m_cache.end()) {
            m_lru.splice(m_lru.begin(), m_lru, c->position);
            out.bytes = c->bytes;
            fromCache = true;
        }
    }
    if (!fromCache) {
        auto data = m_backend->load(*found);
        if (!data) {
            qCWarning(lcStore) << "payload" << id << "is indexed but its bytes are missing";
            forget(id);
            return std::unexpected(StoreError::NotFound);
        }
        out.bytes = encode ? encode(*found, *data) : *data;
        if (cacheable)
            cacheEnvelope(id, out.bytes);
    }

    PayloadInfo &live = m_index[id];
    ++live.reads;
    out.info = live;
    if (live.maxReads > 0) {
        if (live.reads >= live.maxReads) {
            const PayloadInfo gone = live;
            forget(id);
            Q_EMIT removed(gone);
        } else {
            // Burn-after-reading must hold across a restart, so these counts are written through.
            beginWrite();
            m_backend->updateReads(live);
        }
    }
    return out;
}

std::optional<QByteArray> PayloadStore::peekBytes(const QString &id, qint64 maxBytes, PayloadInfo *out)
{
    const auto found = info(id);
    if (!found)
        return std::nullopt;
    if (out)
        *out = *found;
    return m_backend->loadPrefix(*found, maxBytes);
}

bool PayloadStore::remove(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    const PayloadInfo gone = *it;
    forget(id);
    Q_EMIT removed(gone);
    return true;
}

void PayloadStore::forget(const QString &id)
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return;
    const PayloadInfo gone = *it;
    m_bytes -= it->size;
    // Several payloads may share an expiry time: remove exactly this one.
    for (auto e = m_byExpiry.find(it->expiresMs); e != m_byExpiry.end() && e.key() == it->expiresMs; ++e) {
        if (e.value() == id) {
            m_byExpiry.erase(e);
            break;
        }
    }
    m_index.erase(it);
    dropCachedEnvelope(id);
    beginWrite();
    m_backend->remove({gone});
}

QList<PayloadInfo> PayloadStore::payloads() const
{
    return m_index.values();
}

void PayloadStore::expireDue()
{
    const qint64 now = m_clock->nowMs();
    QList<PayloadInfo> gone;
    while (!m_byExpiry.isEmpty() && m_byExpiry.firstKey() <= now) {
        const QString id = m_byExpiry.first();
        m_byExpiry.erase(m_byExpiry.begin());
        const auto it = m_index.find(id);
        if (it == m_index.end())
            continue;
        gone.append(*it);
        m_bytes -= it->size;
        m_index.erase(it);
        dropCachedEnvelope(id);
    }
    if (!gone.isEmpty()) {
        beginWrite();
        m_backend->remove(gone);
        commit();
        m_backend->reclaim();
        Q_EMIT expired(gone);
    }
    armExpiryTimer();
}

void PayloadStore::beginWrite()
{
    if (m_inTransaction || !m_backend->isDurable())
        return;
    if (!m_backend->begin()) {
        qCWarning(lcStore) << "cannot begin a transaction; writing through";
        return;
    }
    m_inTransaction = true;
    // Queued: every request already readable in this pass of the event loop joins the same commit.
    QMetaObject::invokeMethod(this, &PayloadStore::commit, Qt::QueuedConnection);
}

bool PayloadStore::commit()
{
    if (!m_inTransaction) {
        return true;
    }
    m_inTransaction = false;
    const bool ok = m_backend->commit();
    if (!ok) {
        m_backend->rollback();
        // What this batch added was never stored: forget it so it is not served from the index.
        for (const QString &id : std::as_const(m_addedInTransaction)) {
            const auto it = m_index.constFind(id);
            if (it == m_index.cend())
                continue;
            m_bytes -= it->size;
            m_byExpiry.remove(it->expiresMs, id);
            dropCachedEnvelope(id);
            m_index.remove(id);
        }
    }
    m_addedInTransaction.clear();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(ok);
    }
    return ok;
}

void PayloadStore::whenDurable(QObject *context, std::function<void(bool)> done)
{
    if (!m_inTransaction) {
        done(true);
        return;
    }
    m_waiters.append(Waiter{context, std::move(done)});
}

qint64 PayloadStore::nextExpiryMs() const
{
    return m_byExpiry.isEmpty() ? 0 : m_byExpiry.firstKey();
}

void PayloadStore::armExpiryTimer()
{
    if (m_byExpiry.isEmpty()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, m_byExpiry.firstKey() - m_clock->nowMs(), kMaxTimerMs);
    m_expiryTimer.start(int(wait));
}

void PayloadStore::cacheEnvelope(const QString &id, const QByteArray &bytes)
{
    if (bytes.size() > m_budget.envelopeCacheBytes / 4)
        return; // one huge payload must not flush everything else
    m_lru.push_front(id);
    m_cache.insert(id, CacheEntry{bytes, m_lru.begin()});
    m_cacheBytes += bytes.size();
    while (m_cacheBytes > m_budget.envelopeCacheBytes && !m_lru.empty())
        dropCachedEnvelope(m_lru.back());
}

void PayloadStore::dropCachedEnvelope(const QString &id)
{
    const auto it = m_cache.find(id);
    if (it == m_cache.end())
        return;
    m_cacheBytes -= it->bytes.size();
    m_lru.erase(it->position);
    m_cache.erase(it);
}

} // namespace Relay
