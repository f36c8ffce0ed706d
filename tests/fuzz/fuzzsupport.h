// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

/*! What the fuzz targets share: one QCoreApplication, quiet logging, and libsodium drawing from a
 *  seeded stream so that an input replays exactly (payload ids, IVs) when it is run again. */
namespace RelayFuzz {

//! Prints what broke and aborts, so libFuzzer (or the replay test) records the input as a finding.
[[noreturn]] void fail(const char *what, const char *file, int line);

//! Once per process, from LLVMFuzzerInitialize.
void initialize();
//! Restarts the random stream: every input sees the same "random" bytes, whatever ran before it.
void resetRandom();
//! Runs what the event loop has queued (store commits, deferred deletes).
void drainEvents();

//! A JSON value must parse; with \a object, it must be an object.
bool isJson(const QByteArray &text, bool object);
//! A serialised response head: a status line, header lines without stray CR, LF or NUL, one blank line.
bool isWellFormedHead(const QByteArray &head);

} // namespace RelayFuzz

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::RelayFuzz::fail(#cond, __FILE__, __LINE__);                                                    \
    } while (false)
