// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>

namespace RelayFuzz {

namespace {
quint64 g_state = 0;

// splitmix64: tiny and good enough; nothing here needs secrecy, only repeatability.
quint64 next()
{
    quint64 z = (g_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

const char *rngName()
{
    return "relay-fuzz";
}

uint32_t rngRandom()
{
    return uint32_t(next());
}

void rngBuf(void *const buf, const size_t size)
{
    auto *out = static_cast<unsigned char *>(buf);
    for (size_t i = 0; i < size; ++i)
        out[i] = static_cast<unsigned char>(next());
}

randombytes_implementation g_rng = {&rngName, &rngRandom, nullptr, nullptr, &rngBuf, nullptr};

// Qt's own warnings would flood the fuzzer's output and slow it down; a fatal message still aborts.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", what, file, line);
    std::fflush(stderr);
    std::abort();
}

void initialize()
{
    static int argc = 1;
    static char name[] = "relay-fuzz";
    static char *argv[] = {name, nullptr};
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(&quietMessages);
    new QCoreApplication(argc, argv); // lives as long as the process
    randombytes_set_implementation(&g_rng);
    if (sodium_init() < 0)
        fail("sodium_init", __FILE__, __LINE__);
}

void resetRandom()
{
    g_state = 0;
}

void drainEvents()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

bool isJson(const QByteArray &text, bool object)
{
    QJsonParseError error;
    // Wrapped in an array: QJsonDocument alone takes only objects and arrays.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    return !object || doc.array().first().isObject();
}

bool isWellFormedHead(const QByteArray &head)
{
    if (!head.startsWith("HTTP/1.1 ") || !head.endsWith("\r\n\r\n"))
        return false;
    // Every line ends in CRLF: a bare CR or LF (or a NUL) inside one means a value broke out of it.
    const QList<QByteArray> lines = QByteArray(head.chopped(4) + '\r').split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.endsWith('\r'))
            return false;
        const QByteArray text = line.chopped(1);
        if (text.isEmpty() || text.contains('\r') || text.contains('\0'))
            return false;
        if (i > 0 && !text.contains(": "))
            return false;
    }
    return true;
}

} // namespace RelayFuzz
