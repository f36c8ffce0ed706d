// SPDX-License-Identifier: MIT
#pragma once

#include "store/storagebackend.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Relay {

/*! Keeps payloads in one SQLite file (WAL) so that an acknowledged push survives a crash.
 *
 * synchronous=NORMAL: with WAL, a committed transaction survives the process being killed; only
 * a power loss can take the last commits back, which is the trade every desktop app makes.
 */
class SqliteBackend final : public StorageBackend
{
public:
    explicit SqliteBackend(const QString &filePath);
    ~SqliteBackend() override;

    bool open(QString *error) override;
    void close() override;
    QList<PayloadInfo> loadAll() override;
    bool insert(PayloadInfo &info, const QByteArray &data, QString *error) override;
    std::optional<QByteArray> load(const PayloadInfo &info) override;
    std::optional<QByteArray> loadPrefix(const PayloadInfo &info, qint64 maxBytes) override;
    void remove(const QList<PayloadInfo> &payloads) override;
    void updateReads(const PayloadInfo &info) override;
    qint64 footprint() const override;
    void reclaim() override;
    bool begin() override;
    bool commit() override;
    void rollback() override;
    bool isDurable() const override { return true; }

private:
    bool exec(const QString &sql, QString *error = nullptr);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    //! Rowids are handed out here, increasing, so new rows always go to the end of the table.
    qint64 m_nextKey = 1;
    // Prepared once in open(): preparing per call would cost more than the small inserts themselves.
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_load;
    std::optional<QSqlQuery> m_delete;
    std::optional<QSqlQuery> m_updateReads;
};

} // namespace Relay
