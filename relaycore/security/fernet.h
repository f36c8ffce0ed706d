// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <expected>

/*! Fernet (https://github.com/fernet/spec), the end-to-end encryption of PROTOCOL.md, compatible with
 *  Python's cryptography.fernet. A key is the url-safe base64 of 32 bytes (16 signing, then 16 encryption);
 *  a token is the url-safe base64 of
 *  0x80 | timestamp (8, big-endian) | IV (16) | AES-128-CBC PKCS7 ciphertext | HMAC-SHA256 (32).
 *
 *  Keys and tokens are read with or without padding and with surrounding ASCII whitespace; keys may also
 *  use the standard '+' '/' alphabet, as Python accepts them. Output always carries padding.
 *  libsodium must be initialised (sodium_init()) before any of these is called. */
namespace Relay::Fernet {

enum class FernetError
{
    BadKey,   //!< not the base64 of exactly 32 bytes (or, for the deterministic encrypt, an IV != 16)
    BadToken, //!< not base64, wrong length or an unknown version
    WrongKeyOrTampered, //!< the HMAC does not match, or the authenticated ciphertext does not decrypt
    Expired,            //!< older than the TTL, or too far in the future (more than 60 s of clock skew)
};

//! One sentence for the user, translated in the "Fernet" context.
QString errorMessage(FernetError e);

//! A new key: url-safe base64 with padding (44 characters) of 32 random bytes.
QByteArray generateKey();

//! A token for \a plaintext, stamped with the current time and a random IV.
std::expected<QByteArray, FernetError> encrypt(const QByteArray &key, const QByteArray &plaintext);

//! Deterministic form for the spec vectors: the caller chooses the timestamp and the 16-byte IV.
//! Never reuse an IV with the same key.
std::expected<QByteArray, FernetError> encrypt(const QByteArray &key, const QByteArray &plaintext,
                                               quint64 timestamp, const QByteArray &iv16);

/*! The plaintext of \a token. The HMAC is checked (in constant time) before anything else in the token is
 *  trusted. \a ttlSeconds 0 skips the age check; a negative TTL rejects every token. \a nowSeconds 0 means
 *  the current time. */
std::expected<QByteArray, FernetError> decrypt(const QByteArray &key, const QByteArray &token,
                                               qint64 ttlSeconds = 0, qint64 nowSeconds = 0);

//! Cheap shape check, no key needed: url-safe base64 decoding to at least 57 bytes, the first being 0x80.
bool looksLikeToken(QByteArrayView text);

} // namespace Relay::Fernet
