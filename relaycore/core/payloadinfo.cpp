// SPDX-License-Identifier: MIT
#include "core/payloadinfo.h"

#include "security/fernet.h"

#include <QCoreApplication>

namespace Relay {

PayloadKind classifyPayload(const QByteArray &data, bool binary)
{
    if (binary)
        return PayloadKind::Binary;
    const QByteArray head = data.left(256).trimmed();
    // Fernet tokens start with the version byte 0x80, which base64url-encodes as "gAAAAA".
    if (head.startsWith("gAAAAA") && Fernet::looksLikeToken(data.left(4096).trimmed().left(76)))
        return PayloadKind::Encrypted;
    const QByteArray tail = data.right(16).trimmed();
    if ((head.startsWith('{') && tail.endsWith('}')) || (head.startsWith('[') && tail.endsWith(']')))
        return PayloadKind::Json;
    return PayloadKind::Text;
}

QString payloadKindName(PayloadKind kind)
{
    switch (kind) {
    case PayloadKind::Text:
        return QCoreApplication::translate("PayloadKind", "text");
    case PayloadKind::Json:
        return QCoreApplication::translate("PayloadKind", "JSON");
    case PayloadKind::Binary:
        return QCoreApplication::translate("PayloadKind", "binary");
    case PayloadKind::Encrypted:
        return QCoreApplication::translate("PayloadKind", "encrypted");
    }
    return QString();
}

} // namespace Relay
