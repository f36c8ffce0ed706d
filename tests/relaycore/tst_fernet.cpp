// SPDX-License-Identifier: MIT
#include "security/fernet.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QtEndian>
#include <sodium.h>

#include <cctype>
#include <limits>

using namespace Relay;
using Fernet::FernetError;

Q_DECLARE_METATYPE(Relay::Fernet::FernetError)

namespace Relay::Fernet {
// Found by QCOMPARE through ADL.
char *toString(FernetError e)
{
    return qstrdup(qPrintable(errorMessage(e)));
}
} // namespace Relay::Fernet

namespace {

const QByteArray kSpecSecret = QByteArrayLiteral("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");

QJsonArray loadVectors(const char *name)
{
    const QString path = QString::fromUtf8(RELAY_TEST_DATA_DIR "/fernet/") + QLatin1String(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

qint64 secondsOf(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toSecsSinceEpoch();
}

QByteArray decodeUrl(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QByteArray encodeUrl(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

//! A token signed with the signing half of \a key, whatever its fields say.
QByteArray signRaw(const QByteArray &key, QByteArray body)
{
    const QByteArray rawKey = decodeUrl(key);
    QByteArray tag(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(rawKey.constData()), 16);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(body.constData()),
                                  static_cast<unsigned long long>(body.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(tag.data()));
    body += tag;
    return encodeUrl(body);
}

} // namespace

class TestFernet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(!loadVectors("generate.json").isEmpty());
        QVERIFY(!loadVectors("verify.json").isEmpty());
        QVERIFY(!loadVectors("invalid.json").isEmpty());
    }

    void specGenerate_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("src");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("token");
        int i = 0;
        for (const QJsonValue &v : loadVectors("generate.json")) {
            const QJsonObject o = v.toObject();
            QByteArray iv;
            for (const QJsonValue &b : o.value(QLatin1String("iv")).toArray())
                iv.append(char(b.toInt()));
            QTest::addRow("generate %d", i++) << o.value(QLatin1String("secret")).toString().toLatin1()
                                              << o.value(QLatin1String("src")).toString().toUtf8()
                                              << secondsOf(o.value(QLatin1String("now"))) << iv
                                              << o.value(QLatin1String("token")).toString().toLatin1();
        }
    }

    void specGenerate()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, src);
        QFETCH(qint64, now);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, token);
        QVERIFY(now > 0);
        QCOMPARE(iv.size(), 16);
        const auto result = Fernet::encrypt(secret, src, quint64(now), iv);
        QVERIFY(result.has_value());
        QCOMPARE(*result, token);
        QVERIFY(Fernet::looksLikeToken(*result));
    }

    void specVerify_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<QByteArray>("src");
        int i = 0;
        for (const QJsonValue &v : loadVectors("verify.json")) {
            const QJsonObject o = v.toObject();
            const QByteArray secret = o.value(QLatin1String("secret")).toString().toLatin1();
            const QByteArray token = o.value(QLatin1String("token")).toString().toLatin1();
            const qint64 now = secondsOf(o.value(QLatin1String("now")));
            const qint64 ttl = o.value(QLatin1String("ttl_sec")).toInteger();
            const QByteArray src = o.value(QLatin1String("src")).toString().toUtf8();
            QTest::addRow("verify %d", i) << secret << token << now << ttl << src;
            QTest::addRow("verify %d, no ttl", i) << secret << token << now << qint64(0) << src;
            QTest::addRow("verify %d, unpadded", i)
                << secret << QByteArray(token).replace('=', "") << now << ttl << src;
            QTest::addRow("verify %d, whitespace", i)
                << secret << QByteArray(" " + token + "\r\n") << now << ttl << src;
            ++i;
        }
    }

    void specVerify()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, token);
        QFETCH(qint64, now);
        QFETCH(qint64, ttl);
        QFETCH(QByteArray, src);
        QVERIFY(now > 0);
        const auto result = Fernet::decrypt(secret, token, ttl, now);
        QVERIFY2(result.has_value(), qPrintable(Fernet::errorMessage(result.error())));
        QCOMPARE(*result, src);
    }

    void specInvalid_data()
    {
        // The error each vector should give; the vectors themselves only say "invalid".
        const QHash<QString, FernetError> expected = {
            {QStringLiteral("incorrect mac"), FernetError::WrongKeyOrTampered},
            {QStringLiteral("too short"), FernetError::BadToken},
            {QStringLiteral("invalid base64"), FernetError::BadToken},
            {QStringLiteral("payload size not multiple of block size"), FernetError::BadToken},
            {QStringLiteral("payload padding error"), FernetError::WrongKeyOrTampered},
            {QStringLiteral("far-future TS (unacceptable clock skew)"), FernetError::Expired},
            {QStringLiteral("expired TTL"), FernetError::Expired},
            {QStringLiteral("incorrect IV (causes padding error)"), FernetError::WrongKeyOrTampered},
            {QStringLiteral("trailing characters after b64 padding"), FernetError::BadToken},
            {QStringLiteral("invalid characters in b64"), FernetError::BadToken},
            {QStringLiteral("invalid non-urlsafe characters in b64"), FernetError::BadToken},
        };
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<FernetError>("error");
        const QJsonArray vectors = loadVectors("invalid.json");
        QCOMPARE(vectors.size(), expected.size());
        for (const QJsonValue &v : vectors) {
            const QJsonObject o = v.toObject();
            const QString desc = o.value(QLatin1String("desc")).toString();
            QVERIFY2(expected.contains(desc), qPrintable(desc));
            QTest::newRow(qPrintable(desc))
                << o.value(QLatin1String("secret")).toString().toLatin1()
                << o.value(QLatin1String("token")).toString().toLatin1()
                << secondsOf(o.value(QLatin1String("now"))) << o.value(QLatin1String("ttl_sec")).toInteger()
                << expected.value(desc);
        }
    }

    void specInvalid()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, token);
        QFETCH(qint64, now);
        QFETCH(qint64, ttl);
        QFETCH(FernetError, error);
        QVERIFY(now > 0);
        QVERIFY(ttl > 0);
        const auto result = Fernet::decrypt(secret, token, ttl, now);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), error);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("1 byte") << QByteArray("x");
        QTest::newRow("NUL") << QByteArray(1, '\0');
        QTest::newRow("15 bytes") << QByteArray(15, 'a');
        QTest::newRow("16 bytes") << QByteArray(16, 'b');
        QTest::newRow("17 bytes") << QByteArray(17, 'c');
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::newRow("every byte value") << all;
        QTest::newRow("binary random") << randomBytes(4099);
        QTest::newRow("utf-8") << QStringLiteral("Grüße, 世界 🌍").toUtf8();
        QTest::newRow("json") << QByteArray(R"({"content":"hello","metadata":{"k":"v"}})");
        QTest::newRow("1 MiB") << randomBytes(1 << 20);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, plaintext);
        QVERIFY(token.has_value());
        QVERIFY(Fernet::looksLikeToken(*token));
        QCOMPARE(token->size() % 4, 0); // always padded

        const QByteArray raw = decodeUrl(*token);
        QCOMPARE(raw.size(), 1 + 8 + 16 + (plaintext.size() / 16 + 1) * 16 + 32);
        QCOMPARE(quint8(raw.at(0)), quint8(0x80));
        const qint64 stamp = qint64(qFromBigEndian<quint64>(raw.constData() + 1));
        QVERIFY(qAbs(stamp - QDateTime::currentSecsSinceEpoch()) <= 5);

        const auto decrypted = Fernet::decrypt(key, *token);
        QVERIFY(decrypted.has_value());
        QCOMPARE(*decrypted, plaintext);
        const auto fresh = Fernet::decrypt(key, *token, 60); // now = the current time
        QVERIFY(fresh.has_value());
        QCOMPARE(*fresh, plaintext);

        // A random IV each time: the same plaintext never gives the same token.
        const auto again = Fernet::encrypt(key, plaintext);
        QVERIFY(again.has_value());
        QVERIFY(*again != *token);
    }

    void generateKey()
    {
        const QByteArray key = Fernet::generateKey();
        QCOMPARE(key.size(), 44);
        QVERIFY(key.endsWith('='));
        for (char c : key.first(43))
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
        const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        QVERIFY(Fernet::generateKey() != key);
    }

    void keyForms_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("valid");
        const QByteArray raw = randomBytes(32);
        const QByteArray good = encodeUrl(raw);
        QTest::newRow("generated") << Fernet::generateKey() << true;
        QTest::newRow("spec") << kSpecSecret << true;
        QTest::newRow("unpadded") << QByteArray(good).chopped(1) << true;
        QTest::newRow("whitespace") << QByteArray("  " + good + '\n') << true;
        QTest::newRow("standard alphabet") << raw.toBase64() << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("blank") << QByteArray("   ") << false;
        QTest::newRow("31 bytes") << encodeUrl(randomBytes(31)) << false;
        QTest::newRow("33 bytes") << encodeUrl(randomBytes(33)) << false;
        QTest::newRow("64 bytes") << encodeUrl(randomBytes(64)) << false;
        QTest::newRow("16 bytes") << encodeUrl(randomBytes(16)) << false;
        QTest::newRow("not base64") << QByteArray("%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%=") << false;
        QTest::newRow("inner space") << QByteArray(good).insert(10, ' ') << false;
        QTest::newRow("NUL inside") << QByteArray(good).insert(10, '\0') << false;
        QTest::newRow("trailing data") << QByteArray(good + "AAAA") << false;
        QTest::newRow("hex") << raw.toHex() << false;
        QTest::newRow("raw bytes") << raw << false;
    }

    void keyForms()
    {
        QFETCH(QByteArray, key);
        QFETCH(bool, valid);
        const auto token = Fernet::encrypt(key, "payload");
        QCOMPARE(token.has_value(), valid);
        if (!valid) {
            QCOMPARE(token.error(), FernetError::BadKey);
            const auto other = Fernet::encrypt(Fernet::generateKey(), "payload");
            QVERIFY(other.has_value());
            const auto result = Fernet::decrypt(key, *other);
            QVERIFY(!result.has_value());
            QCOMPARE(result.error(), FernetError::BadKey);
            return;
        }
        const auto result = Fernet::decrypt(key, *token);
        QVERIFY(result.has_value());
        QCOMPARE(*result, QByteArray("payload"));
    }

    void badIv_data()
    {
        QTest::addColumn<QByteArray>("iv");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("15") << QByteArray(15, '\1');
        QTest::newRow("17") << QByteArray(17, '\1');
        QTest::newRow("32") << QByteArray(32, '\1');
    }

    void badIv()
    {
        QFETCH(QByteArray, iv);
        const auto result = Fernet::encrypt(Fernet::generateKey(), "x", 1000, iv);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), FernetError::BadKey);
    }

    void wrongKey()
    {
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, "secret message");
        QVERIFY(token.has_value());
        for (int i = 0; i < 20; ++i) {
            const auto result = Fernet::decrypt(Fernet::generateKey(), *token);
            QVERIFY(!result.has_value());
            QCOMPARE(result.error(), FernetError::WrongKeyOrTampered);
        }
        // Right encryption half, wrong signing half: still refused before decrypting.
        QByteArray raw = decodeUrl(key);
        raw[0] = char(raw[0] ^ 1);
        const auto result = Fernet::decrypt(encodeUrl(raw), *token);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), FernetError::WrongKeyOrTampered);
    }

    void bitFlips_data()
    {
        QTest::addColumn<int>("plaintextSize");
        QTest::newRow("empty") << 0;
        QTest::newRow("40 bytes") << 40;
        QTest::newRow("1000 bytes") << 1000;
    }

    void bitFlips()
    {
        QFETCH(int, plaintextSize);
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, randomBytes(plaintextSize));
        QVERIFY(token.has_value());
        const QByteArray raw = decodeUrl(*token);
        // Every bit of short tokens; for long ones the header, the tag, both ends and a random sample.
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.size() <= 200 || i < 64 || i >= raw.size() - 64 ||
                QRandomGenerator::global()->bounded(8) == 0)
                positions.append(i);
        }
        for (qsizetype i : std::as_const(positions)) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = raw;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                const auto result = Fernet::decrypt(key, encodeUrl(flipped));
                QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
                QVERIFY2(result.error() == FernetError::WrongKeyOrTampered,
                         qPrintable(QStringLiteral("byte %1 bit %2: %3")
                                        .arg(i)
                                        .arg(bit)
                                        .arg(Fernet::errorMessage(result.error()))));
            }
        }
    }

    void truncated()
    {
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, "a message long enough for two blocks");
        QVERIFY(token.has_value());
        // Every prefix of the text, from 0 characters to the whole token minus one.
        for (qsizetype n = 0; n < token->size(); ++n) {
            const QByteArray prefix = token->first(n);
            const QByteArray dropped = token->sliced(n);
            if (dropped.count('=') == dropped.size())
                continue; // dropping only padding is not a truncation
            const auto result = Fernet::decrypt(key, prefix);
            QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("prefix of %1").arg(n)));
            QVERIFY(result.error() == FernetError::BadToken ||
                    result.error() == FernetError::WrongKeyOrTampered);
        }
        // Every prefix of the decoded bytes, properly re-encoded.
        const QByteArray raw = decodeUrl(*token);
        for (qsizetype n = 0; n < raw.size(); ++n) {
            const auto result = Fernet::decrypt(key, encodeUrl(raw.first(n)));
            QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("%1 bytes").arg(n)));
            QVERIFY(result.error() == FernetError::BadToken ||
                    result.error() == FernetError::WrongKeyOrTampered);
        }
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<FernetError>("error");
        QTest::newRow("empty") << QByteArray() << FernetError::BadToken;
        QTest::newRow("null") << QByteArray(nullptr) << FernetError::BadToken;
        QTest::newRow("blank") << QByteArray(" \t\r\n") << FernetError::BadToken;
        QTest::newRow("padding only") << QByteArray("====") << FernetError::BadToken;
        QTest::newRow("plain text") << QByteArray("hello world") << FernetError::BadToken;
        QTest::newRow("json") << QByteArray(R"({"data":"gAAAAA"})") << FernetError::BadToken;
        QTest::newRow("NUL bytes") << QByteArray(200, '\0') << FernetError::BadToken;
        QTest::newRow("high bytes") << QByteArray(200, '\xff') << FernetError::BadToken;
        QTest::newRow("1 MiB of A") << QByteArray(1 << 20, 'A')
                                    << FernetError::BadToken; // 786432 bytes: bad size
        QTest::newRow("huge random base64")
            << encodeUrl(randomBytes(1 + 8 + 16 + (1 << 20) + 32)) << FernetError::WrongKeyOrTampered;
        QTest::newRow("random, minimum size")
            << encodeUrl(randomBytes(73)) << FernetError::WrongKeyOrTampered;
        QTest::newRow("random, 72 bytes") << encodeUrl(randomBytes(72)) << FernetError::BadToken;
        QTest::newRow("random, 74 bytes") << encodeUrl(randomBytes(74)) << FernetError::BadToken;
        QTest::newRow("lone trailing char")
            << QByteArray(encodeUrl(randomBytes(75)) + 'A') << FernetError::BadToken;
        QByteArray standard = encodeUrl(randomBytes(73));
        standard[5] = '+';
        QTest::newRow("standard alphabet") << standard << FernetError::BadToken;
        QTest::newRow("too much padding")
            << QByteArray(encodeUrl(randomBytes(73)) + "==") << FernetError::BadToken;
    }

    void garbage()
    {
        QFETCH(QByteArray, token);
        QFETCH(FernetError, error);
        const auto result = Fernet::decrypt(Fernet::generateKey(), token, 60, 1000);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), error);
    }

    void randomInputs()
    {
        // Random text of random length, mostly from the base64 alphabet, for decrypt and looksLikeToken:
        // every one must be refused (a forged HMAC is out of reach) and none may crash.
        static const QByteArray alphabet = QByteArrayLiteral(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ \n%\0\x80\xff");
        const QByteArray key = Fernet::generateKey();
        QRandomGenerator *rng = QRandomGenerator::global();
        for (int i = 0; i < 3000; ++i) {
            QByteArray text(rng->bounded(400), Qt::Uninitialized);
            for (char &c : text)
                c = alphabet.at(rng->bounded(rng->bounded(8) == 0 ? alphabet.size() : 64));
            if (i % 2 == 0 && text.size() > 2)
                text.replace(0, 2, "gA");
            const auto result = Fernet::decrypt(key, text, i % 3 == 0 ? 60 : 0, 1000);
            QVERIFY(!result.has_value());
            Q_UNUSED(Fernet::looksLikeToken(text));
        }
    }

    void lifetime_data()
    {
        QTest::addColumn<quint64>("stamp");
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("valid");
        const quint64 t = 500000000;
        const qint64 n = qint64(t);
        QTest::newRow("no ttl, old") << t << qint64(0) << n + 100000000 << true;
        QTest::newRow("no ttl, future") << t << qint64(0) << qint64(1) << true;
        QTest::newRow("same second") << t << qint64(60) << n << true;
        QTest::newRow("at ttl") << t << qint64(60) << n + 60 << true;
        QTest::newRow("past ttl") << t << qint64(60) << n + 61 << false;
        QTest::newRow("60 s skew") << t << qint64(60) << n - 60 << true;
        QTest::newRow("61 s skew") << t << qint64(60) << n - 61 << false;
        QTest::newRow("negative ttl") << t << qint64(-1) << n << false;
        QTest::newRow("huge ttl") << t << std::numeric_limits<qint64>::max() << n + 1000000 << true;
        QTest::newRow("max stamp, ttl") << std::numeric_limits<quint64>::max() << qint64(60) << n << false;
        QTest::newRow("max stamp, no ttl") << std::numeric_limits<quint64>::max() << qint64(0) << n << true;
        QTest::newRow("stamp 0, ttl") << quint64(0) << qint64(60) << n << false;
        QTest::newRow("stamp 0, huge ttl") << quint64(0) << std::numeric_limits<qint64>::max() << n << true;
        QTest::newRow("negative now") << t << qint64(60) << std::numeric_limits<qint64>::min() << false;
        QTest::newRow("int64 max stamp") << quint64(std::numeric_limits<qint64>::max()) << qint64(60)
                                         << std::numeric_limits<qint64>::max() << true;
    }

    void lifetime()
    {
        QFETCH(quint64, stamp);
        QFETCH(qint64, ttl);
        QFETCH(qint64, now);
        QFETCH(bool, valid);
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, "timed", stamp, randomBytes(16));
        QVERIFY(token.has_value());
        const auto result = Fernet::decrypt(key, *token, ttl, now);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, QByteArray("timed"));
        else
            QCOMPARE(result.error(), FernetError::Expired);
    }

    void tamperedBeatsExpired()
    {
        // The HMAC is checked before the (unauthenticated) timestamp is believed.
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, "x", 1000, randomBytes(16));
        QVERIFY(token.has_value());
        QByteArray raw = decodeUrl(*token);
        raw[40] = char(raw[40] ^ 0x10);
        const auto result = Fernet::decrypt(key, encodeUrl(raw), 60, 999999);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), FernetError::WrongKeyOrTampered);
    }

    void unknownVersion()
    {
        const QByteArray key = Fernet::generateKey();
        const auto token = Fernet::encrypt(key, "versioned");
        QVERIFY(token.has_value());
        QByteArray body = decodeUrl(*token).chopped(32);
        body[0] = char(0x81);
        const auto result = Fernet::decrypt(key, signRaw(key, body));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), FernetError::BadToken);
        body[0] = char(0x80);
        const auto ok = Fernet::decrypt(key, signRaw(key, body));
        QVERIFY(ok.has_value());
        QCOMPARE(*ok, QByteArray("versioned"));
    }

    void authenticWrongEncryptionKey()
    {
        // Signed with this key, but the ciphertext was never encrypted under it: the padding check refuses
        // almost all such tokens; the rare one with valid padding yields at most one block, never a crash.
        const QByteArray key = Fernet::generateKey();
        QByteArray body;
        body.append(char(0x80));
        body.append(QByteArray(8, '\0'));
        body.append(randomBytes(16 + 16));
        for (int i = 0; i < 50; ++i) {
            body.replace(25, 16, randomBytes(16));
            const auto result = Fernet::decrypt(key, signRaw(key, body));
            if (!result.has_value())
                QCOMPARE(result.error(), FernetError::WrongKeyOrTampered);
            else
                QVERIFY(result->size() < 16); // rare valid padding: still only what the key decrypts to
        }
    }

    void looksLikeToken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("expected");
        const auto token = Fernet::encrypt(Fernet::generateKey(), "hello");
        QVERIFY(token.has_value());
        const auto big = Fernet::encrypt(Fernet::generateKey(), randomBytes(5000));
        QVERIFY(big.has_value());
        QTest::newRow("token") << *token << true;
        QTest::newRow("big token") << *big << true;
        QTest::newRow("spec token")
            << loadVectors("generate.json").at(0)[QLatin1String("token")].toString().toLatin1() << true;
        QTest::newRow("unpadded") << QByteArray(*token).replace('=', "") << true;
        QTest::newRow("whitespace") << QByteArray(*token + '\n') << true;
        QByteArray min(57, '\0');
        min[0] = char(0x80);
        QTest::newRow("57 bytes") << encodeUrl(min) << true;
        QTest::newRow("56 bytes") << encodeUrl(min.chopped(1)) << false;
        QByteArray zero = decodeUrl(*token);
        zero[0] = '\0';
        QTest::newRow("version 0") << encodeUrl(zero) << false;
        zero[0] = char(0x81);
        QTest::newRow("version 0x81") << encodeUrl(zero) << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("plain text") << QByteArray(
                                           "Hello, this is a perfectly ordinary sentence of plain text, "
                                           "long enough to pass a size check.")
                                    << false;
        QTest::newRow("json") << QByteArray(
                                     R"({"content":"gAAAAABhello","metadata":{"encrypted":true},"x":1})")
                              << false;
        QTest::newRow("short g") << QByteArray("gAAAAAB") << false;
        QTest::newRow("inner space") << QByteArray(*token).insert(30, ' ') << false;
        QTest::newRow("standard alphabet") << QByteArray(*token).insert(30, '+') << false;
        QTest::newRow("padding inside") << QByteArray(*token).insert(30, '=') << false;
        QByteArray lone = QByteArray(*token).replace('=', "");
        while (lone.size() % 4 != 1)
            lone.append('A');
        QTest::newRow("lone trailing char") << lone << false;
        QTest::newRow("bad padding") << QByteArray(*token + "=") << false;
        QTest::newRow("NULs") << QByteArray(100, '\0') << false;
    }

    void looksLikeToken()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, expected);
        QCOMPARE(Fernet::looksLikeToken(text), expected);
    }

    void errorMessages()
    {
        const QList<FernetError> all = {FernetError::BadKey, FernetError::BadToken,
                                        FernetError::WrongKeyOrTampered, FernetError::Expired};
        QSet<QString> seen;
        for (FernetError e : all) {
            const QString message = Fernet::errorMessage(e);
            QVERIFY(!message.isEmpty());
            QVERIFY(message.endsWith(QLatin1Char('.')));
            seen.insert(message);
        }
        QCOMPARE(seen.size(), all.size());
    }
};

QTEST_GUILESS_MAIN(TestFernet)
#include "tst_fernet.moc"
