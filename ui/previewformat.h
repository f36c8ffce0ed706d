// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/*! Pure helpers behind the preview: no widgets, no QObject, safe to call from a worker thread. */
namespace Relay::Ui::PreviewFormat {

//! At most \a maxBytes of \a data, cut before a UTF-8 sequence rather than through it.
QByteArray utf8Prefix(const QByteArray &data, qsizetype maxBytes);

/*! JSON re-indented with two spaces. Works token by token, so it copes with input cut off in the
 *  middle (a preview of a large payload) and with invalid JSON, which it indents as far as it can. */
QString prettyJson(QByteArrayView json);

//! The classic "offset  hex bytes  |ascii|" dump, 16 bytes a line.
QString hexDump(QByteArrayView data);

//! The image format of \a head by its magic bytes ("png", "jpeg", "gif", "webp", "bmp", "ico"), or empty.
QByteArray imageFormatFromMagic(QByteArrayView head);

//! An image by its content type, its filename or its magic bytes.
bool looksLikeImage(const PayloadInfo &info, QByteArrayView head);

//! Markdown by content type (text/markdown), filename (.md, .markdown) or a metadata hint.
bool looksLikeMarkdown(const PayloadInfo &info);
//! Markdown judged from the text itself (agents push reviews and reports as plain JSON strings):
//! a heading first, or several kinds of Markdown structure in the first lines.
bool looksLikeMarkdownText(const QByteArray &head);

//! JSON by kind or content type.
bool looksLikeJson(const PayloadInfo &info);

} // namespace Relay::Ui::PreviewFormat
