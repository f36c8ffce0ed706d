// SPDX-License-Identifier: MIT
#pragma once

#include "store/storagebackend.h"

#include <QHash>

namespace Relay {

/*! Keeps payload bytes in memory only (--ephemeral): nothing survives a restart. */
class MemoryBackend final : public StorageBackend
{
public:
    bool open(QString *error) override;
    void close() override;
    QList<PayloadInfo> loadAll() override;
    bool insert(PayloadInfo &info, const QByteArray &data, QString *error) override;
    std::optional<QByteArray> load(const PayloadInfo &info) override;
    void remove(const QList<PayloadInfo> &payloads) override;
    void updateReads(const PayloadInfo &info) override;
    qint64 footprint() const override { return m_bytes; }
    bool isDurable() const override { return false; }

private:
    QHash<QString, QByteArray> m_data;
    qint64 m_bytes = 0;
};

} // namespace Relay
