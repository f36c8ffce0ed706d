// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Relay::ApiTokens {

//! A new bearer token: "cr_local_" + url-safe base64 of 32 random bytes (libsodium).
QByteArray generate();
//! The hash kept instead of a token (BLAKE2b-256, hex); what SecurityGate compares against.
QByteArray hash(const QByteArray &token);

} // namespace Relay::ApiTokens
