// SPDX-License-Identifier: MIT
#include "previewformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Relay::Ui::PreviewFormat {

namespace {
// Deeper nesting is still shown, just no further indented: "[[[[…" must not grow quadratically.
constexpr int kMaxIndentDepth = 32;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString suffixOf(const QString &filename)
{
    const qsizetype dot = filename.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : filename.mid(dot + 1).toLower();
}

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}
} // namespace

QByteArray utf8Prefix(const QByteArray &data, qsizetype maxBytes)
{
    if (data.size() <= maxBytes)
        return data;
    qsizetype cut = qMax<qsizetype>(0, maxBytes);
    // Back off continuation bytes (10xxxxxx) so the cut lands at the start of a character.
    for (int i = 0; i < 4 && cut > 0 && (uchar(data.at(cut)) & 0xC0) == 0x80; ++i)
        --cut;
    return data.left(cut);
}

QString prettyJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += '\n';
        out.append(2 * qMin(depth, kMaxIndentDepth), ' ');
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype j = i + 1;
            while (j < n && isJsonSpace(json[j]))
                ++j;
            if (j < n && (json[j] == '}' || json[j] == ']')) { // an empty container stays on one line
                out += json[j];
                i = j;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = qMax(0, depth - 1);
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isJsonSpace(c))
                out += c;
        }
    }
    return QString::fromUtf8(out);
}

QString hexDump(QByteArrayView data)
{
    static constexpr char digits[] = "0123456789abcdef";
    constexpr qsizetype perLine = 16;
    const qsizetype lines = (data.size() + perLine - 1) / perLine;
    QByteArray out;
    out.reserve(lines * 79);
    for (qsizetype offset = 0; offset < data.size(); offset += perLine) {
        for (int shift = 28; shift >= 0; shift -= 4)
            out += digits[(quint64(offset) >> shift) & 0xF];
        out += "  ";
        const qsizetype count = qMin(perLine, data.size() - offset);
        for (qsizetype i = 0; i < perLine; ++i) {
            if (i < count) {
                const uchar b = uchar(data[offset + i]);
                out += digits[b >> 4];
                out += digits[b & 0xF];
                out += ' ';
            } else {
                out += "   ";
            }
            if (i == 7)
                out += ' ';
        }
        out += " |";
        for (qsizetype i = 0; i < count; ++i) {
            const uchar b = uchar(data[offset + i]);
            out += (b >= 0x20 && b < 0x7F) ? char(b) : '.';
        }
        out += "|\n";
    }
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromLatin1(out);
}

QByteArray imageFormatFromMagic(QByteArrayView head)
{
    if (startsWith(head, "\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("png");
    if (startsWith(head, "\xFF\xD8\xFF"))
        return QByteArrayLiteral("jpeg");
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return QByteArrayLiteral("gif");
    if (head.size() >= 12 && startsWith(head, "RIFF") && head.sliced(8, 4) == QByteArrayView("WEBP"))
        return QByteArrayLiteral("webp");
    // "BM" alone is too weak (text starts with it); the four reserved bytes after the size are zero.
    if (head.size() >= 14 && startsWith(head, "BM") && head.sliced(6, 4) == QByteArrayView("\0\0\0\0", 4))
        return QByteArrayLiteral("bmp");
    if (startsWith(head, QByteArrayView("\0\0\1\0", 4)))
        return QByteArrayLiteral("ico");
    return QByteArray();
}

bool looksLikeImage(const PayloadInfo &info, QByteArrayView head)
{
    if (info.kind == PayloadKind::Encrypted)
        return false;
    if (info.contentType.trimmed().toLower().startsWith("image/"))
        return true;
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp"),
                                      QStringLiteral("ico"), QStringLiteral("svg")};
    if (suffixes.contains(suffixOf(info.filename)))
        return true;
    return !imageFormatFromMagic(head).isEmpty();
}

bool looksLikeMarkdownText(const QByteArray &head)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6} \\S"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*([-*+]|\\d+\\.) \\S"));
    bool first = true;
    bool sawHeading = false, sawList = false, sawFence = false, sawEmphasis = false, sawLink = false;
    const QList<QByteArray> lines = head.left(4096).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty())
            continue;
        const bool isHeading = heading.match(line).hasMatch();
        if (isHeading && first)
            return true;
        first = false;
        sawHeading = sawHeading || isHeading;
        sawList = sawList || listItem.match(line).hasMatch();
        sawFence = sawFence || line.startsWith(QLatin1String("```"));
        sawEmphasis = sawEmphasis || line.contains(QLatin1String("**"));
        sawLink = sawLink || line.contains(QLatin1String("](http"));
    }
    return int(sawHeading) + int(sawList) + int(sawFence) + int(sawEmphasis) + int(sawLink) >= 2;
}

bool looksLikeMarkdown(const PayloadInfo &info)
{
    if (info.contentType.toLower().contains("markdown"))
        return true;
    static const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("mdown"), QStringLiteral("mkd")};
    if (suffixes.contains(suffixOf(info.filename)))
        return true;
    // Agents push text as JSON and often say what it is in the metadata.
    if (info.metadataJson.size() < 2 || info.metadataJson.size() > 64 * 1024)
        return false;
    const QJsonObject metadata = QJsonDocument::fromJson(info.metadataJson).object();
    for (const char *key : {"content_type", "contentType", "mime", "mime_type", "format", "type"}) {
        const QString value = metadata.value(QLatin1String(key)).toString().toLower();
        if (value.contains(QLatin1String("markdown")) || value == QLatin1String("md"))
            return true;
    }
    for (const char *key : {"filename", "file", "name"}) {
        if (suffixes.contains(suffixOf(metadata.value(QLatin1String(key)).toString())))
            return true;
    }
    return false;
}

bool looksLikeJson(const PayloadInfo &info)
{
    return info.kind == PayloadKind::Json || info.contentType.toLower().contains("json");
}

} // namespace Relay::Ui::PreviewFormat
