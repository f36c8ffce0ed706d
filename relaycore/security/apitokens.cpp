// SPDX-License-Identifier: MIT
#include "security/apitokens.h"

#include <sodium.h>

namespace Relay::ApiTokens {

QByteArray generate()
{
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    QByteArray token = QByteArrayLiteral("cr_local_");
    token += raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw.data(), size_t(raw.size()));
    return token;
}

QByteArray hash(const QByteArray &token)
{
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(token.constData()),
                       size_t(token.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

} // namespace Relay::ApiTokens
