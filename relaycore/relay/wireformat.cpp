// SPDX-License-Identifier: MIT
#include "relay/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Relay::WireFormat {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray pullEnvelope(const PayloadInfo &info, const QByteArray &data)
{
    if (info.binary) {
        return "{\"data\":\"" + data.toBase64() + "\",\"metadata\":" + info.metadataJson +
               ",\"encoding\":\"base64\"}";
    }
    return "{\"data\":" + jsonString(QString::fromUtf8(data)) + ",\"metadata\":" + info.metadataJson + '}';
}

QByteArray pushResponse(const QString &url, const PayloadInfo &info)
{
    return "{\"url\":" + jsonString(url) + ",\"id\":" + jsonString(info.id) +
           ",\"channel\":" + (info.channel.isEmpty() ? QByteArray("null") : jsonString(info.channel)) +
           ",\"expires_at\":" + QByteArray::number(info.expiresMs) +
           ",\"size\":" + QByteArray::number(info.size) + '}';
}

QString publishMessage(const QByteArray &valueJson, qint64 ts)
{
    return QString::fromUtf8("{\"message\":" + valueJson + ",\"ts\":" + QByteArray::number(ts) + '}');
}

} // namespace Relay::WireFormat
