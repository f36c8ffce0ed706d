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
    // Exactly the shape newPayloadId() makes: QUuid::fromString alone also takes upper case, which
    // the store's case-sensitive index never holds.
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return !QUuid::fromString(id).isNull();
}

} // namespace Relay
