// SPDX-License-Identifier: MIT
/* libFuzzer target for the Fernet decoder (security/fernet.*) and the payload classifier that uses it.
 *
 * Input: a mode byte, then
 *   0  a token, decrypted with the spec key (with and without a TTL) and shape-checked
 *   1  "key|token": any key text against any token; a key that encrypts must also decrypt
 *   2  timestamp (8) | IV (16) | ttl (8) | now (8) | plaintext: encrypt, then decrypt it back, with a
 *      wrong key, with one bit flipped, and against an independent model of the TTL rule
 *   3  any text: whatever decrypt() would parse as a token, looksLikeToken() must recognise */
#include "fuzzsupport.h"

#include "core/payloadinfo.h"
#include "security/fernet.h"

#include <QtEndian>
#include <limits>

using namespace Relay;
namespace F = Relay::Fernet;

namespace {

// The key of the spec's test vectors (tests/data/fernet).
const QByteArray kKey = QByteArrayLiteral("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
const QByteArray kOtherKey = QByteArrayLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
constexpr qint64 kSpecNow = 499162801; // 1985-10-26T01:20:01-07:00, the vectors' "now"
constexpr qsizetype kHeaderBytes = 1 + 8 + 16;
constexpr qsizetype kHmacBytes = 32;

__extension__ typedef __int128 Wide;

//! The Fernet spec's lifetime rule, in arithmetic too wide to overflow.
bool modelWithinLifetime(quint64 stamp, qint64 ttl, qint64 now)
{
    if (ttl == 0)
        return true;
    if (ttl < 0 || stamp > quint64(std::numeric_limits<qint64>::max()))
        return false;
    const Wide age = Wide(now) - Wide(stamp);
    return age <= Wide(ttl) && -age <= 60;
}

//! What decrypt() accepts as the text of a token before it looks at the HMAC (its decodeToken()).
std::optional<QByteArray> decodeLikeDecrypt(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    qsizetype dataChars = trimmed.size();
    while (dataChars > 0 && trimmed.at(dataChars - 1) == '=')
        --dataChars;
    if (dataChars % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(trimmed, QByteArray::Base64UrlEncoding |
                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

quint64 take64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

void decryptWithSpecKey(const QByteArray &token)
{
    const auto plain = F::decrypt(kKey, token);
    const auto timed = F::decrypt(kKey, token, 60, kSpecNow);
    // Authentic: nothing else may then make it fail but its age.
    if (plain)
        FUZZ_CHECK(F::looksLikeToken(token) && (timed || timed.error() == F::FernetError::Expired));
    if (timed)
        FUZZ_CHECK(plain && *plain == *timed);
    Q_UNUSED(classifyPayload(token, false));
    Q_UNUSED(F::looksLikeToken(token));
}

void anyKey(const QByteArray &input)
{
    const qsizetype bar = input.indexOf('|');
    const QByteArray key = bar < 0 ? input : input.left(bar);
    const QByteArray token = bar < 0 ? QByteArray() : input.mid(bar + 1);
    const auto result = F::decrypt(key, token, 0, kSpecNow);
    FUZZ_CHECK(result || !F::errorMessage(result.error()).isEmpty());
    const auto sealed = F::encrypt(key, token);
    if (!sealed) {
        // Both read the key alike: one refuses it only when the other does.
        FUZZ_CHECK(sealed.error() == F::FernetError::BadKey);
        FUZZ_CHECK(!result && result.error() == F::FernetError::BadKey);
        return;
    }
    const auto opened = F::decrypt(key, *sealed);
    FUZZ_CHECK(opened && *opened == token);
}

void roundTrip(const QByteArray &input)
{
    if (input.size() < 40)
        return;
    const quint64 stamp = take64(input.constData());
    const QByteArray iv = input.mid(8, 16);
    const auto ttl = qint64(take64(input.constData() + 24));
    const auto now = qint64(take64(input.constData() + 32));
    const QByteArray plaintext = input.mid(40);

    const auto token = F::encrypt(kKey, plaintext, stamp, iv);
    FUZZ_CHECK(token.has_value());
    FUZZ_CHECK(F::looksLikeToken(*token));
    // The classifier looks for "gAAAAA": 0x80 and the zero top bits of any date before the year 4000.
    if (stamp < (quint64(1) << 36))
        FUZZ_CHECK(classifyPayload(*token, false) == PayloadKind::Encrypted);

    const auto back = F::decrypt(kKey, *token);
    FUZZ_CHECK(back && *back == plaintext);
    // Read as Python writes and reads them: without padding, with surrounding whitespace.
    QByteArray bare = *token;
    while (bare.endsWith('='))
        bare.chop(1);
    const auto unpadded = F::decrypt(kKey, " \n" + bare + "\r\n");
    FUZZ_CHECK(unpadded && *unpadded == plaintext);

    const auto wrong = F::decrypt(kOtherKey, *token);
    FUZZ_CHECK(!wrong && wrong.error() == F::FernetError::WrongKeyOrTampered);

    QByteArray raw = QByteArray::fromBase64(*token, QByteArray::Base64UrlEncoding);
    FUZZ_CHECK(raw.size() == kHeaderBytes + (plaintext.size() / 16 + 1) * 16 + kHmacBytes);
    const qsizetype bit = qsizetype(stamp % quint64(raw.size() * 8));
    raw[bit / 8] = char(raw.at(bit / 8) ^ (1 << (bit % 8)));
    const auto tampered = F::decrypt(kKey, raw.toBase64(QByteArray::Base64UrlEncoding));
    FUZZ_CHECK(!tampered && tampered.error() == F::FernetError::WrongKeyOrTampered);

    if (now != 0) { // 0 means "the current time"
        const auto timed = F::decrypt(kKey, *token, ttl, now);
        FUZZ_CHECK(timed.has_value() == modelWithinLifetime(stamp, ttl, now));
        FUZZ_CHECK(timed || timed.error() == F::FernetError::Expired);
    }
}

void shape(const QByteArray &text)
{
    const bool looks = F::looksLikeToken(text);
    const auto raw = decodeLikeDecrypt(text);
    // A token decrypt() would go on to authenticate: right size, right version.
    const bool parseable = raw && raw->size() >= kHeaderBytes + 16 + kHmacBytes &&
                           (raw->size() - kHeaderBytes - kHmacBytes) % 16 == 0 && raw->at(0) == char(0x80);
    if (parseable)
        FUZZ_CHECK(looks);
    if (looks)
        FUZZ_CHECK(raw && raw->size() >= kHeaderBytes + kHmacBytes && raw->at(0) == char(0x80));
    Q_UNUSED(classifyPayload(text, !text.isValidUtf8()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    RelayFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    RelayFuzz::resetRandom();
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    switch (data[0] % 4) {
    case 0:
        decryptWithSpecKey(input);
        break;
    case 1:
        anyKey(input);
        break;
    case 2:
        roundTrip(input);
        break;
    default:
        shape(input);
        break;
    }
    return 0;
}
