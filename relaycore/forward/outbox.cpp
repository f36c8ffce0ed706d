// SPDX-License-Identifier: MIT
#include "forward/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcOutbox, "relay.outbox", QtWarningMsg)

namespace Relay {

namespace {
// Remote ids a bridge pushed are needed only while the remote may still replay them.
constexpr int kSentKept = 2000;
} // namespace

Outbox::Outbox(const QString &filePath)
    : Outbox(filePath, Limits())
{}

Outbox::Outbox(const QString &filePath, const Limits &limits)
    : m_path(filePath)
    , m_connectionName(QStringLiteral("relay-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_limits(limits)
{}

Outbox::~Outbox()
{
    close();
}

bool Outbox::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcOutbox) << "SQL failed:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

bool Outbox::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path.isEmpty() ? QStringLiteral(":memory:") : m_path);
    if (!m_db.open()) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "Cannot open the bridge queue %1: %2")
                         .arg(m_path, m_db.lastError().text());
        return false;
    }
    QString sqlError;
    const bool ok =
        exec(QStringLiteral("PRAGMA auto_vacuum=FULL"), &sqlError) &&
        exec(QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError) &&
        // NORMAL in WAL mode: a commit survives the app being killed, which is what an
        // acknowledged push promises; only a power cut may lose the last commits.
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError) &&
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "bridge TEXT NOT NULL, local_id TEXT, data BLOB NOT NULL, metadata TEXT NOT NULL, "
                           "content_type BLOB, filename TEXT, is_binary INTEGER NOT NULL, "
                           "expires_ms INTEGER NOT NULL, max_reads INTEGER NOT NULL)"),
            &sqlError) &&
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_bridge ON outbox (bridge, seq)"), &sqlError) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sent (bridge TEXT NOT NULL, remote_id TEXT NOT NULL, "
                            "PRIMARY KEY (bridge, remote_id))"),
             &sqlError) &&
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS resume (bridge TEXT PRIMARY KEY, ts INTEGER NOT NULL, "
                           "urls TEXT NOT NULL)"),
            &sqlError) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS stats (bridge TEXT PRIMARY KEY, "
                            "undeliverable INTEGER NOT NULL)"),
             &sqlError);
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "Cannot prepare the bridge queue %1: %2")
                         .arg(m_path, sqlError);
        return false;
    }
    loadCounts();
    return true;
}

void Outbox::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Outbox::loadCounts()
{
    m_counts.clear();
    m_totalItems = 0;
    m_totalBytes = 0;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT bridge, COUNT(*), SUM(LENGTH(data)) FROM outbox GROUP BY bridge"));
    while (q.next()) {
        Count c{q.value(1).toInt(), q.value(2).toLongLong()};
        m_counts.insert(q.value(0).toString(), c);
        m_totalItems += c.items;
        m_totalBytes += c.bytes;
    }
}

bool Outbox::hasRoomFor(qint64 bytes, int items) const
{
    return m_totalItems + items <= m_limits.maxItems && m_totalBytes + bytes <= m_limits.maxBytes;
}

std::expected<qint64, QString> Outbox::enqueue(OutItem item)
{
    if (!hasRoomFor(item.data.size())) {
        return std::unexpected(QCoreApplication::translate(
                                   "Outbox", "The bridge queue is full (%1 payloads, %2 MB) while the "
                                             "remote relay is unreachable; nothing was dropped to make room.")
                                   .arg(m_totalItems)
                                   .arg(double(m_totalBytes) / 1e6, 0, 'f', 1));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (bridge, local_id, data, metadata, content_type, filename, "
                             "is_binary, expires_ms, max_reads) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.bridgeId);
    q.addBindValue(item.localId);
    q.addBindValue(item.data);
    q.addBindValue(QString::fromUtf8(item.metadataJson));
    q.addBindValue(item.contentType);
    q.addBindValue(item.filename);
    q.addBindValue(item.binary ? 1 : 0);
    q.addBindValue(item.expiresMs);
    q.addBindValue(item.maxReads);
    if (!q.exec()) {
        qCWarning(lcOutbox) << "enqueue failed:" << q.lastError().text();
        return std::unexpected(
            QCoreApplication::translate("Outbox", "The bridge queue could not be written: %1")
                .arg(q.lastError().text()));
    }
    Count &c = m_counts[item.bridgeId];
    ++c.items;
    c.bytes += item.data.size();
    ++m_totalItems;
    m_totalBytes += item.data.size();
    return q.lastInsertId().toLongLong();
}

std::optional<OutItem> Outbox::head(const QString &bridgeId)
{
    if (m_counts.value(bridgeId).items == 0)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT seq, local_id, data, metadata, content_type, filename, is_binary, expires_ms, "
                       "max_reads FROM outbox WHERE bridge = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(bridgeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutItem item;
    item.seq = q.value(0).toLongLong();
    item.bridgeId = bridgeId;
    item.localId = q.value(1).toString();
    item.data = q.value(2).toByteArray();
    item.metadataJson = q.value(3).toString().toUtf8();
    item.contentType = q.value(4).toByteArray();
    item.filename = q.value(5).toString();
    item.binary = q.value(6).toInt() != 0;
    item.expiresMs = q.value(7).toLongLong();
    item.maxReads = q.value(8).toInt();
    return item;
}

void Outbox::discard(qint64 seq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    q.exec();
    loadCounts();
}

bool Outbox::markDelivered(const OutItem &item, const QString &remoteId)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    del.addBindValue(item.seq);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO sent (bridge, remote_id) VALUES (?, ?)"));
    ins.addBindValue(item.bridgeId);
    ins.addBindValue(remoteId);
    QSqlQuery trim(m_db);
    trim.prepare(QStringLiteral("DELETE FROM sent WHERE bridge = ? AND rowid <= "
                                "(SELECT MAX(rowid) FROM sent WHERE bridge = ?) - ?"));
    trim.addBindValue(item.bridgeId);
    trim.addBindValue(item.bridgeId);
    trim.addBindValue(kSentKept);
    if (!del.exec() || !ins.exec() || !trim.exec() || !m_db.commit()) {
        qCWarning(lcOutbox) << "markDelivered failed:" << m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    uncount(item);
    return true;
}

bool Outbox::markUndeliverable(const OutItem &item)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    del.addBindValue(item.seq);
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("INSERT INTO stats (bridge, undeliverable) VALUES (?, 1) "
                                 "ON CONFLICT (bridge) DO UPDATE SET undeliverable = undeliverable + 1"));
    count.addBindValue(item.bridgeId);
    if (!del.exec() || !count.exec() || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    uncount(item);
    return true;
}

void Outbox::uncount(const OutItem &item)
{
    Count &c = m_counts[item.bridgeId];
    c.items = qMax(0, c.items - 1);
    c.bytes = qMax<qint64>(0, c.bytes - item.data.size());
    m_totalItems = qMax(0, m_totalItems - 1);
    m_totalBytes = qMax<qint64>(0, m_totalBytes - item.data.size());
}

int Outbox::queued(const QString &bridgeId) const
{
    return m_counts.value(bridgeId).items;
}

qint64 Outbox::queuedBytes(const QString &bridgeId) const
{
    return m_counts.value(bridgeId).bytes;
}

int Outbox::undeliverable(const QString &bridgeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT undeliverable FROM stats WHERE bridge = ?"));
    q.addBindValue(bridgeId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::sentByBridge(const QString &bridgeId, const QString &remoteId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sent WHERE bridge = ? AND remote_id = ?"));
    q.addBindValue(bridgeId);
    q.addBindValue(remoteId);
    return q.exec() && q.next();
}

Outbox::ResumePoint Outbox::resumePoint(const QString &bridgeId)
{
    ResumePoint point;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ts, urls FROM resume WHERE bridge = ?"));
    q.addBindValue(bridgeId);
    if (q.exec() && q.next()) {
        point.ts = q.value(0).toLongLong();
        const QJsonArray urls = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        for (const QJsonValue &u : urls)
            point.urls.append(u.toString());
    }
    return point;
}

void Outbox::setResumePoint(const QString &bridgeId, const ResumePoint &point)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO resume (bridge, ts, urls) VALUES (?, ?, ?) "
                             "ON CONFLICT (bridge) DO UPDATE SET ts = excluded.ts, urls = excluded.urls"));
    q.addBindValue(bridgeId);
    q.addBindValue(point.ts);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(point.urls)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        qCWarning(lcOutbox) << "resume point not saved:" << q.lastError().text();
}

int Outbox::dropBridge(const QString &bridgeId)
{
    const int n = queued(bridgeId);
    for (const QString &table : {QStringLiteral("outbox"), QStringLiteral("sent"), QStringLiteral("resume"),
                                 QStringLiteral("stats")}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE bridge = ?"));
        q.addBindValue(bridgeId);
        q.exec();
    }
    loadCounts();
    return n;
}

QStringList Outbox::bridgeIds()
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT bridge FROM outbox UNION SELECT bridge FROM sent UNION SELECT bridge FROM "
                          "resume UNION SELECT bridge FROM stats"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace Relay
