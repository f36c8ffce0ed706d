// SPDX-License-Identifier: MIT
// relay-fernet-tool: drives Relay::Fernet from the interop tests.
//   genkey         a new key on stdout
//   encrypt KEY    stdin (bytes) -> token on stdout
//   decrypt KEY    stdin (token) -> plaintext on stdout; exit 5 and one sentence on stderr on failure
#include "security/fernet.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <sodium.h>

#include <cstdio>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitCrypto = 5;

void writeTo(FILE *stream, const QByteArray &bytes)
{
    QFile out;
    if (out.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered))
        out.write(bytes);
}

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

int usage()
{
    writeTo(stderr, "usage: relay-fernet-tool genkey | encrypt KEY | decrypt KEY\n");
    return kExitUsage;
}

int fail(Relay::Fernet::FernetError error)
{
    writeTo(stderr, Relay::Fernet::errorMessage(error).toUtf8() + '\n');
    return kExitCrypto;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        writeTo(stderr, "libsodium could not be initialised.\n");
        return 1;
    }
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 1 && args.at(0) == QLatin1String("genkey")) {
        writeTo(stdout, Relay::Fernet::generateKey() + '\n');
        return 0;
    }
    if (args.size() != 2)
        return usage();
    QByteArray key = args.at(1).toUtf8();
    std::expected<QByteArray, Relay::Fernet::FernetError> result;
    if (args.at(0) == QLatin1String("encrypt"))
        result = Relay::Fernet::encrypt(key, readStdin());
    else if (args.at(0) == QLatin1String("decrypt"))
        result = Relay::Fernet::decrypt(key, readStdin());
    else
        return usage();
    sodium_memzero(key.data(), size_t(key.size()));
    if (!result)
        return fail(result.error());
    writeTo(stdout, *result);
    return 0;
}
