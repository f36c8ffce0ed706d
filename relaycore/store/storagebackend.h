// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace Relay {

/*! Where payload bytes and their records are kept: memory or SQLite. All calls are synchronous
 *  and made from the relay thread only. */
class StorageBackend
{
public:
    virtual ~StorageBackend() = default;

    virtual bool open(QString *error) = 0;
    virtual void close() = 0;
    //! Every record kept from an earlier run (durable backends), bytes not loaded.
    virtual QList<PayloadInfo> loadAll() = 0;
    //! Stores the record and its bytes and sets info.storageKey; durable after commit().
    virtual bool insert(PayloadInfo &info, const QByteArray &data, QString *error) = 0;
    virtual std::optional<QByteArray> load(const PayloadInfo &info) = 0;
    //! The first \a maxBytes only (a preview of a 25 MB payload must not read it all).
    virtual std::optional<QByteArray> loadPrefix(const PayloadInfo &info, qint64 maxBytes)
    {
        auto all = load(info);
        if (all && all->size() > maxBytes)
            all->truncate(maxBytes);
        return all;
    }
    virtual void remove(const QList<PayloadInfo> &payloads) = 0;
    virtual void updateReads(const PayloadInfo &info) = 0;
    //! Bytes the backend occupies (memory or disk), for the budget.
    virtual qint64 footprint() const = 0;
    //! Gives space freed by removals back (e.g. to the file system).
    virtual void reclaim() {}
    //! Writes between begin() and commit() become durable together (group commit).
    virtual bool begin() { return true; }
    virtual bool commit() { return true; }
    virtual void rollback() {}
    virtual bool isDurable() const = 0;
};

} // namespace Relay
