// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Relay {

/*! A random UUID v4 in lower case (36 chars), drawn from libsodium's CSPRNG.
 *  sodium_init() must have been called (RelayServer::start does). */
QString newPayloadId();

//! True for a lower-case, hyphenated UUID (what newPayloadId makes); used to reject junk ids early.
bool looksLikePayloadId(QStringView id);

} // namespace Relay
