// SPDX-License-Identifier: MIT
#include "clipboardactions.h"

#include "backgroundtask.h"
#include "client/relayclient.h"
#include "core/translate.h"
#include "models/displayformat.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>

namespace Relay::Ui {

namespace {

struct ReadResult
{
    QList<ClipboardActions::Item> items;
    QString error;
};

QString tr(const char *text)
{
    return translateIn({"Relay::Ui::ClipboardActions", "Relay::Ui"}, text);
}

//! Reads copied files (pool thread).
ReadResult readFiles(const QStringList &paths, qint64 maxBytes)
{
    ReadResult r;
    const QMimeDatabase mimes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            r.error = tr("%1 is a folder; copy files instead.").arg(info.fileName());
            return r;
        }
        if (info.size() > maxBytes) {
            r.error = tr("%1 is %2, more than the relay accepts (%3).")
                          .arg(info.fileName(), formatSize(info.size()), formatSize(maxBytes));
            return r;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = tr("Cannot read %1: %2").arg(info.fileName(), file.errorString());
            return r;
        }
        ClipboardActions::Item item;
        item.data = file.readAll();
        item.filename = info.fileName();
        // As the CLI does: text goes as the JSON form every relay (and SDK) reads back as text; other
        // bytes go raw with their name and type.
        item.raw = !item.data.isValidUtf8() || item.data.contains('\0');
        if (item.raw) {
            item.contentType = mimes.mimeTypeForFileNameAndData(path, item.data.left(4096)).name().toUtf8();
            // A raw body must not look like the JSON form to the relay.
            if (item.contentType.contains("json"))
                item.contentType = QByteArrayLiteral("application/octet-stream");
        }
        r.items.append(item);
    }
    return r;
}

//! Encodes a copied image as PNG (pool thread).
ReadResult encodeImage(const QImage &image, qint64 maxBytes)
{
    ReadResult r;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        r.error = tr("The copied image cannot be encoded as PNG.");
        return r;
    }
    if (png.size() > maxBytes) {
        r.error = tr("The copied image is %1 as PNG, more than the relay accepts (%2).")
                      .arg(formatSize(png.size()), formatSize(maxBytes));
        return r;
    }
    r.items.append({png, QStringLiteral("clipboard.png"), QByteArrayLiteral("image/png"), true});
    return r;
}

struct SaveResult
{
    QString path;
    QImage image;
    QString error;
};

//! Saves a pulled binary payload (pool thread); an image is decoded too, for the clipboard.
SaveResult savePayload(const QByteArray &data, const QString &directory, const QString &id)
{
    SaveResult r;
    if (!QDir().mkpath(directory)) {
        r.error = tr("Cannot create the folder %1.").arg(directory);
        return r;
    }
    const QMimeType type = QMimeDatabase().mimeTypeForData(data);
    QString name = id;
    name.remove(QLatin1Char('/')).remove(QLatin1Char('.'));
    if (name.isEmpty())
        name = QStringLiteral("payload");
    if (!type.preferredSuffix().isEmpty())
        name += QLatin1Char('.') + type.preferredSuffix();
    r.path = QDir(directory).filePath(name);
    QSaveFile file(r.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        r.error = tr("Cannot save the payload to %1: %2").arg(r.path, file.errorString());
        return r;
    }
    if (type.name().startsWith(QLatin1String("image/")))
        r.image = QImage::fromData(data);
    return r;
}

} // namespace

ClipboardActions::ClipboardActions(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_downloadDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                    QStringLiteral("/pulled"))
{}

ClipboardActions::~ClipboardActions() = default;

void ClipboardActions::setRelay(const QUrl &baseUrl, const QByteArray &apiKey)
{
    if (baseUrl == m_baseUrl && apiKey == m_apiKey && (m_client || baseUrl.isEmpty()))
        return;
    // A call in flight on the old relay would never answer once its client is gone: give it up.
    if (m_busy)
        fail(tr("The relay restarted before the clipboard action finished; try again."));
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    m_baseUrl = baseUrl;
    m_apiKey = apiKey;
    if (!baseUrl.isEmpty())
        m_client = new RelayClient(baseUrl, QString::fromUtf8(apiKey), this);
}

void ClipboardActions::setMaxPayloadBytes(qint64 bytes)
{
    m_maxPayloadBytes = bytes;
}

void ClipboardActions::setDownloadDirectory(const QString &directory)
{
    m_downloadDir = directory;
}

void ClipboardActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ClipboardActions::fail(const QString &message)
{
    ++m_operation; // answers still on their way belong to an operation that is over
    m_queue.clear();
    setBusy(false);
    Q_EMIT failed(message);
}

void ClipboardActions::pushClipboard(bool encrypt)
{
    if (m_busy) {
        Q_EMIT failed(tr("The previous clipboard action has not finished yet."));
        return;
    }
    if (!m_client || !m_clipboard) {
        Q_EMIT failed(tr("The relay is not running."));
        return;
    }
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime) {
        Q_EMIT failed(tr("The clipboard is empty."));
        return;
    }
    setBusy(true);
    const quint64 operation = ++m_operation;

    // Copied files come first: a file manager also offers their paths as text.
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    // Files and images are read off the GUI thread; their answer comes back here.
    auto whenRead = [this, encrypt, operation](const ReadResult &r) {
        if (operation != m_operation)
            return;
        if (!r.error.isEmpty())
            fail(r.error);
        else
            pushItems(r.items, encrypt);
    };
    if (!files.isEmpty()) {
        if (files.size() > maxFiles) {
            fail(tr("%n files are copied; push at most %1 at once.", nullptr, int(files.size()))
                     .arg(maxFiles));
            return;
        }
        const qint64 max = m_maxPayloadBytes;
        runInBackground<ReadResult>(
            this, [files, max] { return readFiles(files, max); }, whenRead);
        return;
    }
    // Read once: on X11 each read asks the clipboard's owner again, and it may be gone by then.
    const QByteArray text = mime->hasText() ? mime->text().toUtf8() : QByteArray();
    if (!text.isEmpty()) {
        if (text.size() > m_maxPayloadBytes) {
            fail(tr("The copied text is %1, more than the relay accepts (%2).")
                     .arg(formatSize(text.size()), formatSize(m_maxPayloadBytes)));
            return;
        }
        pushItems({Item{text, QString(), QByteArray(), false}}, encrypt);
        return;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            const qint64 max = m_maxPayloadBytes;
            runInBackground<ReadResult>(
                this, [image, max] { return encodeImage(image, max); }, whenRead);
            return;
        }
    }
    fail(tr("The clipboard holds no text, files or image to push."));
}

void ClipboardActions::pushItems(const QList<Item> &items, bool encrypt)
{
    m_queue = items;
    m_urls.clear();
    m_pushedBytes = 0;
    m_encrypt = encrypt;
    pushNext();
}

void ClipboardActions::pushNext()
{
    if (m_queue.isEmpty()) {
        if (m_clipboard)
            m_clipboard->setText(m_urls.join(QLatin1Char('\n')), QClipboard::Clipboard);
        setBusy(false);
        Q_EMIT pushed(m_urls, m_pushedBytes, m_encrypt);
        return;
    }
    if (!m_client) {
        fail(tr("The relay stopped before the push finished."));
        return;
    }
    const Item item = m_queue.takeFirst();
    PushOptions options;
    options.encrypt = m_encrypt;
    options.raw = item.raw;
    options.filename = item.filename;
    options.contentType = item.contentType;
    if (!item.raw) {
        options.metadata = QJsonObject{{QStringLiteral("source"), QStringLiteral("clipboard")}};
        // The JSON form has no filename field; the metadata carries it (unless it is to stay private).
        if (!item.filename.isEmpty() && !m_encrypt)
            options.metadata.insert(QStringLiteral("filename"), item.filename);
    }
    const quint64 operation = m_operation;
    m_client->push(item.data, options, this,
                   [this, operation, size = item.data.size()](ClientResult<PushResult> r) {
                       if (operation != m_operation)
                           return;
                       if (!r) {
                           fail(r.error().message);
                           return;
                       }
                       m_urls.append(r->url);
                       m_pushedBytes += size;
                       pushNext();
                   });
}

bool ClipboardActions::isThisRelay(const QUrl &url) const
{
    if (m_baseUrl.isEmpty() || url.scheme() != m_baseUrl.scheme() || url.port(80) != m_baseUrl.port(80))
        return false;
    const auto loopback = [](const QString &host) {
        return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
               host == QLatin1String("::1");
    };
    return url.host() == m_baseUrl.host() || (loopback(url.host()) && loopback(m_baseUrl.host()));
}

void ClipboardActions::pullFromClipboard()
{
    if (m_busy) {
        Q_EMIT failed(tr("The previous clipboard action has not finished yet."));
        return;
    }
    if (!m_clipboard) {
        Q_EMIT failed(tr("There is no clipboard."));
        return;
    }
    const QString text = m_clipboard->text(QClipboard::Clipboard).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        !url.path().contains(QLatin1String("/pull/"))) {
        Q_EMIT failed(tr("The clipboard holds no pointer URL (http://…/pull/…)."));
        return;
    }

    RelayClient *client = nullptr;
    if (isThisRelay(url)) {
        if (!m_client) {
            Q_EMIT failed(tr("The relay is not running."));
            return;
        }
        client = m_client;
    } else {
        // Another relay: pull without our API key, which is for this relay only.
        QUrl server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        client = new RelayClient(server, QString(), this);
    }
    const QString path = url.path();
    const QString id = path.mid(path.lastIndexOf(QLatin1String("/pull/")) + 6);
    setBusy(true);
    const quint64 operation = ++m_operation;
    client->pull(text, this, [this, client, id, operation](ClientResult<PullResult> r) {
        if (client != m_client)
            client->deleteLater();
        if (operation != m_operation)
            return;
        if (!r) {
            fail(r.error().message);
            return;
        }
        deliverPulled(r->data, r->binary, id);
    });
}

void ClipboardActions::deliverPulled(const QByteArray &data, bool binary, const QString &id)
{
    if (!binary) {
        if (m_clipboard)
            m_clipboard->setText(QString::fromUtf8(data), QClipboard::Clipboard);
        setBusy(false);
        Q_EMIT pulled(data.size(), QString());
        return;
    }
    const QString directory = m_downloadDir;
    const qint64 size = data.size();
    const quint64 operation = m_operation;
    runInBackground<SaveResult>(
        this, [data, directory, id] { return savePayload(data, directory, id); },
        [this, size, operation](const SaveResult &r) {
            if (operation != m_operation)
                return;
            if (!r.error.isEmpty()) {
                fail(r.error);
                return;
            }
            if (m_clipboard) {
                auto *mime = new QMimeData;
                const QUrl file = QUrl::fromLocalFile(r.path);
                mime->setUrls({file});
                mime->setText(r.path);
                // GNOME's file managers paste a file only from their own format.
                mime->setData(QStringLiteral("x-special/gnome-copied-files"),
                              QByteArrayLiteral("copy\n") + file.toEncoded());
                if (!r.image.isNull())
                    mime->setImageData(r.image);
                m_clipboard->setMimeData(mime, QClipboard::Clipboard);
            }
            setBusy(false);
            Q_EMIT pulled(size, r.path);
        });
}

} // namespace Relay::Ui
