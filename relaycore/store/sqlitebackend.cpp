// SPDX-License-Identifier: MIT
#include "store/sqlitebackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "relay.store", QtWarningMsg)

namespace Relay {

SqliteBackend::SqliteBackend(const QString &filePath)
    : m_path(filePath)
    , m_connectionName(QStringLiteral("relay-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteBackend::~SqliteBackend()
{
    close();
}

bool SqliteBackend::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcStore) << "SQL failed:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

bool SqliteBackend::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        if (error)
            *error = QCoreApplication::translate("SqliteBackend", "Cannot open the payload database %1: %2")
                         .arg(m_path, m_db.lastError().text());
        return false;
    }
    QString sqlError;
    // auto_vacuum must be chosen before the first table exists; on an existing file it is a no-op.
    // FULL rather than INCREMENTAL: the space of expired payloads goes back to the file system at
    // the commit that deletes them, with no extra step (and QSQLITE cannot step
    // incremental_vacuum to its end: it frees one page per exec).
    const bool ok = exec(QStringLiteral("PRAGMA auto_vacuum=FULL"), &sqlError) &&
                    exec(QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError) &&
                    exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError) &&
                    exec(QStringLiteral("PRAGMA journal_size_limit=8388608"), &sqlError) &&
                    exec(QStringLiteral("PRAGMA cache_size=-2048"), &sqlError) &&
                    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS payloads ("
                                        // Rows are found by rowid from the relay's in-memory
                                        // index: with no index on the random id, inserts append
                                        // to the end of the table and a commit writes few pages.
                                        " rowid INTEGER PRIMARY KEY,"
                                        " id TEXT NOT NULL,"
                                        " channel TEXT NOT NULL,"
                                        " metadata BLOB NOT NULL,"
                                        " content_type BLOB NOT NULL,"
                                        " filename TEXT NOT NULL,"
                                        " created_ms INTEGER NOT NULL,"
                                        " expires_ms INTEGER NOT NULL,"
                                        " size INTEGER NOT NULL,"
                                        " reads INTEGER NOT NULL,"
                                        " max_reads INTEGER NOT NULL,"
                                        " is_binary INTEGER NOT NULL,"
                                        " kind INTEGER NOT NULL DEFAULT 0,"
                                        " data BLOB NOT NULL)"),
                         &sqlError);
    if (!ok) {
        if (error)
            *error =
                QCoreApplication::translate("SqliteBackend", "Cannot prepare the payload database %1: %2")
                    .arg(m_path, sqlError);
        return false;
    }
    auto prepare = [this](std::optional<QSqlQuery> &query, const QString &sql) {
        query.emplace(m_db);
        return query->prepare(sql);
    };
    if (!prepare(m_insert,
                 QStringLiteral("INSERT INTO payloads (rowid, id, channel, metadata, content_type, filename,"
                                " created_ms, expires_ms, size, reads, max_reads, is_binary, kind, data)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(m_load, QStringLiteral("SELECT data FROM payloads WHERE rowid = ?")) ||
        !prepare(m_delete, QStringLiteral("DELETE FROM payloads WHERE rowid = ?")) ||
        !prepare(m_updateReads, QStringLiteral("UPDATE payloads SET reads = ? WHERE rowid = ?"))) {
        if (error)
            *error =
                QCoreApplication::translate("SqliteBackend", "Cannot prepare the payload database %1: %2")
                    .arg(m_path, m_db.lastError().text());
        return false;
    }
    m_load->setForwardOnly(true);
    return true;
}

void SqliteBackend::close()
{
    if (!m_db.isValid())
        return;
    m_insert.reset();
    m_load.reset();
    m_delete.reset();
    m_updateReads.reset();
    if (m_db.isOpen()) {
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QList<PayloadInfo> SqliteBackend::loadAll()
{
    QList<PayloadInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, channel, metadata, content_type, filename, created_ms, expires_ms, size,"
            " reads, max_reads, is_binary, rowid, kind FROM payloads"))) {
        qCWarning(lcStore) << "cannot load payload index:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        PayloadInfo info;
        info.id = q.value(0).toString();
        info.channel = q.value(1).toString();
        info.metadataJson = q.value(2).toByteArray();
        info.contentType = q.value(3).toByteArray();
        info.filename = q.value(4).toString();
        info.createdMs = q.value(5).toLongLong();
        info.expiresMs = q.value(6).toLongLong();
        info.size = q.value(7).toLongLong();
        info.reads = q.value(8).toInt();
        info.maxReads = q.value(9).toInt();
        info.binary = q.value(10).toBool();
        info.storageKey = q.value(11).toLongLong();
        info.kind = PayloadKind(qBound(0, q.value(12).toInt(), int(PayloadKind::Encrypted)));
        m_nextKey = qMax(m_nextKey, info.storageKey + 1);
        out.append(info);
    }
    return out;
}

bool SqliteBackend::insert(PayloadInfo &info, const QByteArray &data, QString *error)
{
    QSqlQuery &q = *m_insert;
    const qint64 key = m_nextKey;
    q.addBindValue(key);
    q.addBindValue(info.id);
    q.addBindValue(info.channel.isNull() ? QString(QLatin1String("")) : info.channel);
    q.addBindValue(info.metadataJson);
    q.addBindValue(info.contentType.isNull() ? QByteArray("") : info.contentType);
    q.addBindValue(info.filename.isNull() ? QString(QLatin1String("")) : info.filename);
    q.addBindValue(info.createdMs);
    q.addBindValue(info.expiresMs);
    q.addBindValue(info.size);
    q.addBindValue(info.reads);
    q.addBindValue(info.maxReads);
    q.addBindValue(info.binary ? 1 : 0);
    q.addBindValue(int(info.kind));
    q.addBindValue(data);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcStore) << "insert failed:" << q.lastError().text();
        return false;
    }
    info.storageKey = key;
    ++m_nextKey;
    return true;
}

std::optional<QByteArray> SqliteBackend::load(const PayloadInfo &info)
{
    QSqlQuery &q = *m_load;
    q.addBindValue(info.storageKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QByteArray data = q.value(0).toByteArray();
    q.finish();
    return data;
}

std::optional<QByteArray> SqliteBackend::loadPrefix(const PayloadInfo &info, qint64 maxBytes)
{
    // Rare (an inspector preview), so prepared on the spot.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(data, 1, ?) FROM payloads WHERE rowid = ?"));
    q.addBindValue(maxBytes);
    q.addBindValue(info.storageKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

void SqliteBackend::remove(const QList<PayloadInfo> &payloads)
{
    QSqlQuery &q = *m_delete;
    for (const PayloadInfo &p : payloads) {
        q.addBindValue(p.storageKey);
        if (!q.exec())
            qCWarning(lcStore) << "delete failed:" << q.lastError().text();
    }
}

bool SqliteBackend::begin()
{
    return m_db.transaction();
}

bool SqliteBackend::commit()
{
    if (m_db.commit())
        return true;
    qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    return false;
}

void SqliteBackend::rollback()
{
    m_db.rollback();
}

void SqliteBackend::updateReads(const PayloadInfo &info)
{
    QSqlQuery &q = *m_updateReads;
    q.addBindValue(info.reads);
    q.addBindValue(info.storageKey);
    if (!q.exec())
        qCWarning(lcStore) << "update failed:" << q.lastError().text();
}

qint64 SqliteBackend::footprint() const
{
    const QFileInfo db(m_path);
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    return db.size() + (wal.exists() ? wal.size() : 0);
}

void SqliteBackend::reclaim()
{
    // Freed pages leave the main file when the WAL is checkpointed; do it now rather than at
    // SQLite's next automatic checkpoint, so the disk space shows up as free straight away.
    exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace Relay
