// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QByteArray>
#include <QString>

namespace Relay {

/*! The exact bodies the wire contract prescribes (PROTOCOL.md), in the Worker's key order.
 *  Every string goes through QJsonDocument for escaping; only the braces are laid out here. */
namespace WireFormat {

//! A JSON string literal, quotes included.
QByteArray jsonString(const QString &text);
//! {"data":"…","metadata":{…}} — or with "encoding":"base64" for binary payloads.
QByteArray pullEnvelope(const PayloadInfo &info, const QByteArray &data);
//! {"url":…,"id":…,"channel":…|null,"expires_at":…,"size":…}
QByteArray pushResponse(const QString &url, const PayloadInfo &info);
//! {"message":<value>,"ts":…}
QString publishMessage(const QByteArray &valueJson, qint64 ts);

} // namespace WireFormat
} // namespace Relay
