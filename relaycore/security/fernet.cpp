// SPDX-License-Identifier: MIT
#include "security/fernet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtEndian>
#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

namespace Relay::Fernet {

namespace {

constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kHalfKeyBytes = 16; // signing key, then encryption key (AES-128)
constexpr qsizetype kTimestampBytes = 8;
constexpr qsizetype kIvBytes = 16;
constexpr qsizetype kBlockBytes = 16;
constexpr qsizetype kHmacBytes = crypto_auth_hmacsha256_BYTES;
constexpr qsizetype kHeaderBytes = 1 + kTimestampBytes + kIvBytes;
constexpr qsizetype kMinTokenBytes = kHeaderBytes + kBlockBytes + kHmacBytes;
constexpr qsizetype kMinShapeBytes = kHeaderBytes + kHmacBytes; // looksLikeToken's cheaper bound
constexpr char kVersion = char(0x80);
constexpr qint64 kMaxClockSkewSeconds = 60;            // as Python's cryptography
constexpr qsizetype kCipherChunk = qsizetype(1) << 24; // EVP lengths are int
constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;

static_assert(kHmacBytes == 32, "Fernet's HMAC field is HMAC-SHA256");
static_assert(kCipherChunk % kBlockBytes == 0);

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(),
                       size_t(bytes.size())); // data() detaches: a caller's buffer is never touched
}

//! The decoded 32-byte key, wiped when it goes out of scope.
class KeyMaterial
{
public:
    KeyMaterial() = default;
    ~KeyMaterial() { wipe(m_raw); }
    Q_DISABLE_COPY_MOVE(KeyMaterial)

    bool load(const QByteArray &key)
    {
        const QByteArrayView trimmed = QByteArrayView(key).trimmed();
        // A deep copy, normalised in place and wiped: the key text is as secret as the key.
        QByteArray text(trimmed.data(), trimmed.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            // Python's urlsafe_b64decode also takes the standard alphabet.
            if (text[i] == '+')
                text[i] = '-';
            else if (text[i] == '/')
                text[i] = '_';
        }
        QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(text, kBase64Options);
        wipe(text);
        if (!result || result.decoded.size() != kKeyBytes) {
            wipe(result.decoded);
            return false;
        }
        m_raw = std::move(result.decoded);
        return true;
    }

    const unsigned char *signingKey() const
    {
        return reinterpret_cast<const unsigned char *>(m_raw.constData());
    }
    const unsigned char *encryptionKey() const { return signingKey() + kHalfKeyBytes; }

private:
    QByteArray m_raw;
};

//! Url-safe base64, padding optional, surrounding whitespace ignored; nullopt when malformed.
std::optional<QByteArray> decodeToken(const QByteArray &token)
{
    const QByteArrayView text = QByteArrayView(token).trimmed();
    qsizetype dataChars = text.size();
    while (dataChars > 0 && text[dataChars - 1] == '=')
        --dataChars;
    if (dataChars % 4 == 1)
        return std::nullopt; // a lone trailing character holds no whole byte; Qt would drop it silently
    QByteArray copy = text.size() == token.size() ? token : text.toByteArray();
    QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(std::move(copy), kBase64Options);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

bool hmacSha256(const unsigned char *key, const char *data, qsizetype size, unsigned char *out)
{
    crypto_auth_hmacsha256_state state;
    const bool ok = crypto_auth_hmacsha256_init(&state, key, size_t(kHalfKeyBytes)) == 0 &&
                    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(data),
                                                  static_cast<unsigned long long>(size)) == 0 &&
                    crypto_auth_hmacsha256_final(&state, out) == 0;
    sodium_memzero(&state, sizeof state);
    return ok;
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); } // also cleanses the key schedule
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

/*! AES-128-CBC with PKCS7 padding over \a in into \a out, which has room for inSize + one block.
 *  False on any libcrypto failure, which for decryption includes bad padding. */
bool aes128Cbc(bool encrypt, const unsigned char *key, const unsigned char *iv, const char *in,
               qsizetype inSize, char *out, qsizetype *outSize)
{
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return false;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, key, iv, encrypt ? 1 : 0) != 1)
        return false;
    if (EVP_CIPHER_CTX_set_padding(ctx.get(), 1) != 1)
        return false;
    const auto *src = reinterpret_cast<const unsigned char *>(in);
    auto *dst = reinterpret_cast<unsigned char *>(out);
    qsizetype written = 0;
    for (qsizetype offset = 0; offset < inSize;) {
        const int chunk = int(std::min(inSize - offset, kCipherChunk));
        int n = 0;
        if (EVP_CipherUpdate(ctx.get(), dst + written, &n, src + offset, chunk) != 1 || n < 0)
            return false;
        written += n;
        offset += chunk;
    }
    int n = 0;
    if (EVP_CipherFinal_ex(ctx.get(), dst + written, &n) != 1 || n < 0)
        return false;
    *outSize = written + n;
    return true;
}

//! Python's rule: too old when timestamp + ttl < now, too new when now + 60 < timestamp.
bool withinLifetime(quint64 timestamp, qint64 ttlSeconds, qint64 nowSeconds)
{
    if (ttlSeconds == 0)
        return true;
    if (ttlSeconds < 0)
        return false;
    const qint64 now = nowSeconds != 0 ? nowSeconds : QDateTime::currentSecsSinceEpoch();
    if (timestamp > quint64(std::numeric_limits<qint64>::max()))
        return false;
    const qint64 stamp = qint64(timestamp);
    // Differences in unsigned arithmetic: both are in qint64 range, so they cannot overflow.
    if (now > stamp && quint64(now) - quint64(stamp) > quint64(ttlSeconds))
        return false;
    if (stamp > now && quint64(stamp) - quint64(now) > quint64(kMaxClockSkewSeconds))
        return false;
    return true;
}

} // namespace

QString errorMessage(FernetError e)
{
    switch (e) {
    case FernetError::BadKey:
        return QCoreApplication::translate("Fernet", "The key is not a valid Fernet key (the url-safe base64 "
                                                     "of 32 bytes).");
    case FernetError::BadToken:
        return QCoreApplication::translate("Fernet", "The data is not a valid Fernet token.");
    case FernetError::WrongKeyOrTampered:
        return QCoreApplication::translate("Fernet",
                                           "The key is wrong or the encrypted data has been tampered with.");
    case FernetError::Expired:
        return QCoreApplication::translate("Fernet", "The encrypted data has expired or is dated too far in "
                                                     "the future.");
    }
    return QString();
}

QByteArray generateKey()
{
    QByteArray raw(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    QByteArray key = raw.toBase64(QByteArray::Base64UrlEncoding);
    wipe(raw);
    return key;
}

std::expected<QByteArray, FernetError> encrypt(const QByteArray &key, const QByteArray &plaintext)
{
    QByteArray iv(kIvBytes, Qt::Uninitialized);
    randombytes_buf(iv.data(), size_t(iv.size()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return encrypt(key, plaintext, quint64(std::max<qint64>(now, 0)), iv);
}

std::expected<QByteArray, FernetError> encrypt(const QByteArray &key, const QByteArray &plaintext,
                                               quint64 timestamp, const QByteArray &iv16)
{
    KeyMaterial keys;
    if (!keys.load(key) || iv16.size() != kIvBytes)
        return std::unexpected(FernetError::BadKey);

    const qsizetype cipherSize = (plaintext.size() / kBlockBytes + 1) * kBlockBytes; // PKCS7 always pads
    QByteArray raw(kHeaderBytes + cipherSize + kHmacBytes, Qt::Uninitialized);
    char *p = raw.data();
    p[0] = kVersion;
    qToBigEndian<quint64>(timestamp, p + 1);
    std::memcpy(p + 1 + kTimestampBytes, iv16.constData(), size_t(kIvBytes));

    qsizetype written = 0;
    if (!aes128Cbc(true, keys.encryptionKey(), reinterpret_cast<const unsigned char *>(iv16.constData()),
                   plaintext.constData(), plaintext.size(), p + kHeaderBytes, &written) ||
        written != cipherSize)
        return std::unexpected(FernetError::BadKey); // libcrypto refused the key or ran out of memory
    if (!hmacSha256(keys.signingKey(), p, kHeaderBytes + cipherSize,
                    reinterpret_cast<unsigned char *>(p + kHeaderBytes + cipherSize)))
        return std::unexpected(FernetError::BadKey);
    return raw.toBase64(QByteArray::Base64UrlEncoding);
}

std::expected<QByteArray, FernetError> decrypt(const QByteArray &key, const QByteArray &token,
                                               qint64 ttlSeconds, qint64 nowSeconds)
{
    KeyMaterial keys;
    if (!keys.load(key))
        return std::unexpected(FernetError::BadKey);
    const std::optional<QByteArray> decoded = decodeToken(token);
    if (!decoded)
        return std::unexpected(FernetError::BadToken);
    const QByteArray &raw = *decoded;
    const qsizetype cipherSize = raw.size() - kHeaderBytes - kHmacBytes;
    if (raw.size() < kMinTokenBytes || cipherSize % kBlockBytes != 0)
        return std::unexpected(FernetError::BadToken);

    // Authenticate first: nothing in the token (version, timestamp, IV, ciphertext) is trusted before.
    unsigned char tag[kHmacBytes];
    if (!hmacSha256(keys.signingKey(), raw.constData(), raw.size() - kHmacBytes, tag) ||
        sodium_memcmp(tag, raw.constData() + raw.size() - kHmacBytes, size_t(kHmacBytes)) != 0)
        return std::unexpected(FernetError::WrongKeyOrTampered);
    if (raw.at(0) != kVersion)
        return std::unexpected(FernetError::BadToken);
    if (!withinLifetime(qFromBigEndian<quint64>(raw.constData() + 1), ttlSeconds, nowSeconds))
        return std::unexpected(FernetError::Expired);

    QByteArray plaintext(cipherSize + kBlockBytes, Qt::Uninitialized);
    qsizetype written = 0;
    const auto *iv = reinterpret_cast<const unsigned char *>(raw.constData() + 1 + kTimestampBytes);
    if (!aes128Cbc(false, keys.encryptionKey(), iv, raw.constData() + kHeaderBytes, cipherSize,
                   plaintext.data(), &written) ||
        written > cipherSize) {
        // Authentic, yet not decryptable under this encryption key: never hand out a partial plaintext.
        wipe(plaintext);
        return std::unexpected(FernetError::WrongKeyOrTampered);
    }
    plaintext.truncate(written);
    return plaintext;
}

bool looksLikeToken(QByteArrayView text)
{
    text = text.trimmed();
    qsizetype dataChars = text.size();
    qsizetype padding = 0;
    while (dataChars > 0 && padding < 2 && text[dataChars - 1] == '=') {
        --dataChars;
        ++padding;
    }
    if ((padding > 0 && text.size() % 4 != 0) || dataChars % 4 == 1 || dataChars * 3 / 4 < kMinShapeBytes)
        return false;
    // 0x80 is 100000 00...: 'g', then a character whose top two bits are 0 ('A' to 'P').
    if (text[0] != 'g' || text[1] < 'A' || text[1] > 'P')
        return false;
    return std::all_of(text.begin(), text.begin() + dataChars, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_';
    });
}

} // namespace Relay::Fernet
