// SPDX-License-Identifier: MIT
#include "store/memorybackend.h"

namespace Relay {

bool MemoryBackend::open(QString *)
{
    return true;
}

void MemoryBackend::close()
{
    m_data.clear();
    m_bytes = 0;
}

QList<PayloadInfo> MemoryBackend::loadAll()
{
    return {};
}

bool MemoryBackend::insert(PayloadInfo &info, const QByteArray &data, QString *)
{
    // The request body is shared, not copied; squeeze() would copy, so keep it as it is.
    m_data.insert(info.id, data);
    m_bytes += data.size();
    return true;
}

std::optional<QByteArray> MemoryBackend::load(const PayloadInfo &info)
{
    const auto it = m_data.constFind(info.id);
    if (it == m_data.cend())
        return std::nullopt;
    return *it;
}

void MemoryBackend::remove(const QList<PayloadInfo> &payloads)
{
    for (const PayloadInfo &p : payloads) {
        const auto it = m_data.find(p.id);
        if (it != m_data.end()) {
            m_bytes -= it->size();
            m_data.erase(it);
        }
    }
}

void MemoryBackend::updateReads(const PayloadInfo &) {}

} // namespace Relay
