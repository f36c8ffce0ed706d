// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Relay {

/*! What a payload looks like, decided once when it is pushed (from its first bytes). */
enum class PayloadKind : quint8
{
    Text,
    Json,
    Binary,
    Encrypted, //!< a Fernet token: the relay cannot read it
};

//! Kind of a payload from its bytes; cheap even for 25 MB (looks at both ends only).
PayloadKind classifyPayload(const QByteArray &data, bool binary);
QString payloadKindName(PayloadKind kind);

/*! What the relay knows about a stored payload, without its bytes. Kept in memory for every
 *  live payload; the bytes themselves live in the storage backend. */
struct PayloadInfo
{
    QString id;
    QString channel;
    //! The metadata object as compact JSON text, "{}" when none.
    QByteArray metadataJson = QByteArrayLiteral("{}");
    //! Content-Type of a raw push; empty for JSON pushes.
    QByteArray contentType;
    QString filename;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    qint64 size = 0;
    int reads = 0;
    //! 0 means unlimited.
    int maxReads = 0;
    //! Not valid UTF-8: the pull envelope carries it as base64.
    bool binary = false;
    PayloadKind kind = PayloadKind::Text;
    //! Where the backend keeps it (SQLite rowid); set by StorageBackend::insert.
    qint64 storageKey = 0;
};

/*! A payload on its way in. */
struct NewPayload
{
    QByteArray data;
    QByteArray metadataJson = QByteArrayLiteral("{}");
    QByteArray contentType;
    QString filename;
    QString channel;
    qint64 ttlSeconds = 86400;
    int maxReads = 0;
    bool binary = false;
    PayloadKind kind = PayloadKind::Text;
};

} // namespace Relay

Q_DECLARE_METATYPE(Relay::PayloadInfo)
