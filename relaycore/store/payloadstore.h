// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QHash>
#include <QMultiMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <expected>
#include <functional>
#include <list>
#include <memory>
#include <optional>

namespace Relay {

class Clock;
class StorageBackend;

enum class StoreError
{
    NotFound, //!< unknown id, expired, or burnt by max_reads
    Full,     //!< the budget would be exceeded: nothing is evicted to make room
    Io,       //!< the backend failed to write
};

/*! The payloads the relay holds: an in-memory index over a storage backend, exact expiry, read
 *  counting and budgets. Lives in the relay thread. */
class PayloadStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadStore)

public:
    struct Budget
    {
        //! Total payload bytes the store may hold.
        qint64 maxBytes = qint64(1) << 30;
        //! Bytes of pull envelopes kept ready in memory, so hot payloads are not re-read and re-encoded.
        qint64 envelopeCacheBytes = 16 * 1024 * 1024;
    };

    struct Pulled
    {
        PayloadInfo info;
        QByteArray bytes;
    };

    //! Takes ownership of \a backend. \a clock must outlive the store.
    PayloadStore(std::unique_ptr<StorageBackend> backend, Clock *clock, const Budget &budget,
                 QObject *parent = nullptr);
    ~PayloadStore() override;

    //! Opens the backend, loads what an earlier run stored, drops what expired meanwhile.
    bool open(QString *error);
    void close();

    std::expected<PayloadInfo, StoreError> add(NewPayload payload);
    //! The record without counting a read (peek).
    std::expected<PayloadInfo, StoreError> info(const QString &id);
    /*! The bytes, counting one read; the read that reaches max_reads succeeds and removes the payload.
     *  \a encode turns the stored bytes into what is returned (e.g. the pull envelope); its result
     *  is cached when \a cacheable. */
    std::expected<Pulled, StoreError>
    read(const QString &id,
         const std::function<QByteArray(const PayloadInfo &, const QByteArray &)> &encode = {},
         bool cacheable = false);
    bool remove(const QString &id);
    //! Up to \a maxBytes of the bytes, for a preview: no read is counted, nothing is cached.
    std::optional<QByteArray> peekBytes(const QString &id, qint64 maxBytes, PayloadInfo *info = nullptr);
    bool contains(const QString &id);
    //! Exists and has not expired; unlike contains() it never expires anything itself (no signals).
    bool isAlive(const QString &id) const;

    int count() const { return int(m_index.size()); }
    qint64 totalBytes() const { return m_bytes; }
    QList<PayloadInfo> payloads() const;
    bool isDurable() const;

    /*! Calls \a done once every write made so far is durable (true), or failed (false) and was
     *  undone. Writes are grouped: they are committed together once the event loop is next idle,
     *  so that a burst of pushes costs one commit. Immediate when nothing is pending. */
    void whenDurable(QObject *context, std::function<void(bool)> done);
    bool hasPendingWrites() const { return m_inTransaction; }
    //! Commits what is pending now (also runs by itself from the event loop).
    bool commit();

    //! Removes every payload whose time has come; called by the expiry timer (and tests with a fake clock).
    void expireDue();
    //! When the next payload expires (Unix ms), or 0 when none.
    qint64 nextExpiryMs() const;

Q_SIGNALS:
    void expired(const QList<Relay::PayloadInfo> &payloads);
    void removed(const Relay::PayloadInfo &payload);

private:
    void armExpiryTimer();
    void beginWrite();
    void forget(const QString &id);
    bool isExpired(const PayloadInfo &info) const;
    void cacheEnvelope(const QString &id, const QByteArray &bytes);
    void dropCachedEnvelope(const QString &id);

    std::unique_ptr<StorageBackend> m_backend;
    Clock *m_clock;
    Budget m_budget;
    QHash<QString, PayloadInfo> m_index;
    QMultiMap<qint64, QString> m_byExpiry;
    qint64 m_bytes = 0;
    QTimer m_expiryTimer;

    bool m_inTransaction = false;
    QStringList m_addedInTransaction;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QList<Waiter> m_waiters;

    // LRU of encoded envelopes: most recent at the front.
    std::list<QString> m_lru;
    struct CacheEntry
    {
        QByteArray bytes;
        std::list<QString>::iterator position;
    };
    QHash<QString, CacheEntry> m_cache;
    qint64 m_cacheBytes = 0;
};

} // namespace Relay
