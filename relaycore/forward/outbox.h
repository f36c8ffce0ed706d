// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <expected>
#include <optional>

namespace Relay {

/*! A payload waiting to be re-pushed to a remote relay, with everything the push needs. */
struct OutItem
{
    qint64 seq = 0;
    QString bridgeId;
    //! The local payload it copies (for the log; the local one may be gone by delivery time).
    QString localId;
    QByteArray data;
    QByteArray metadataJson = QByteArrayLiteral("{}");
    QByteArray contentType;
    QString filename;
    bool binary = false;
    //! Absolute expiry of the local payload (Unix ms): the remote copy gets what is left of it.
    qint64 expiresMs = 0;
    int maxReads = 0;
};

/*! The bridges' durable state in one SQLite file beside the payloads: the outgoing queue (in
 *  order, bounded), the remote ids a bridge pushed itself (so they are not pulled back in), and
 *  each incoming leg's resume point. Relay thread only. An ephemeral relay keeps it in memory.
 *
 *  Writes are committed at once: an item is durable before the push that caused it is
 *  acknowledged. */
class Outbox final
{
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    struct Limits
    {
        int maxItems = 10000;
        qint64 maxBytes = qint64(512) << 20;
    };

    //! \a filePath empty: in memory.
    explicit Outbox(const QString &filePath);
    Outbox(const QString &filePath, const Limits &limits);
    ~Outbox();

    bool open(QString *error);
    void close();

    //! Would \a bytes more fit? Checked before the local push is accepted.
    bool hasRoomFor(qint64 bytes, int items = 1) const;
    std::expected<qint64, QString> enqueue(OutItem item);
    //! The oldest waiting item of a bridge.
    std::optional<OutItem> head(const QString &bridgeId);
    //! Delivered: the item leaves the queue and the remote id is remembered.
    bool markDelivered(const OutItem &item, const QString &remoteId);
    //! The remote refused it for good; it leaves the queue (counted as undeliverable).
    bool markUndeliverable(const OutItem &item);
    //! Removes one item again (the local push it belongs to failed after all).
    void discard(qint64 seq);

    int queued(const QString &bridgeId) const;
    qint64 queuedBytes(const QString &bridgeId) const;
    //! Items the remote refused for good, over the bridge's lifetime.
    int undeliverable(const QString &bridgeId);
    int totalQueued() const { return m_totalItems; }
    qint64 totalQueuedBytes() const { return m_totalBytes; }

    //! Did this bridge push \a remoteId itself?
    bool sentByBridge(const QString &bridgeId, const QString &remoteId);

    //! The newest remote pointer an incoming leg has handled: its time and the URLs at that time.
    struct ResumePoint
    {
        qint64 ts = 0;
        QStringList urls;
    };
    ResumePoint resumePoint(const QString &bridgeId);
    void setResumePoint(const QString &bridgeId, const ResumePoint &point);

    //! Everything a bridge left behind; returns how many queued items went with it.
    int dropBridge(const QString &bridgeId);
    //! Bridge ids with state in the file.
    QStringList bridgeIds();

private:
    bool exec(const QString &sql, QString *error = nullptr);
    void loadCounts();
    //! An item left the queue.
    void uncount(const OutItem &item);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    Limits m_limits;
    struct Count
    {
        int items = 0;
        qint64 bytes = 0;
    };
    QHash<QString, Count> m_counts;
    int m_totalItems = 0;
    qint64 m_totalBytes = 0;
};

} // namespace Relay
