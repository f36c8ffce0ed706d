// SPDX-License-Identifier: MIT
#include "core/ids.h"

#include <QUuid>
#include <sodium.h>

namespace Relay {

QString newPayloadId()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    // RFC 4122 §4.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes, sizeof bytes));
    return uuid.toString(QUuid::WithoutBraces);
}

bool looksLikePayloadId(QStringView id)
{
    if (id.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull();
}

} // namespace Relay
