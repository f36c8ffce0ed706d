// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QClipboard;

namespace Relay {
class RelayClient;
}

namespace Relay::Ui {

/*! Push the clipboard, pull from the clipboard: the two tray actions, through RelayClient.
 *
 *  Push takes copied files (each pushed raw with its name and type), else text, else an image
 *  (as PNG); the pointer URL(s) then replace the clipboard. Pull takes a pointer URL from the
 *  clipboard and replaces it with the payload: text as text, anything else saved to a file that
 *  is then on the clipboard as a copied file (and as an image when it is one). A #key= in the URL
 *  decrypts locally. Files are read and written in the thread pool; nothing blocks the caller. */
class ClipboardActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardActions)

public:
    //! One thing to push.
    struct Item
    {
        QByteArray data;
        QString filename;
        QByteArray contentType;
        bool raw = false;
    };

    explicit ClipboardActions(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardActions() override;

    /*! The relay pushes go to. \a apiKey, when not empty, is sent to that relay only: a URL of
     *  another relay is pulled without it. An empty \a baseUrl means the relay is not running. */
    void setRelay(const QUrl &baseUrl, const QByteArray &apiKey = QByteArray());
    //! Files larger than this are refused before they are read (the relay would refuse them).
    void setMaxPayloadBytes(qint64 bytes);
    //! Where pulled binary payloads are saved; default: <cache>/pulled.
    void setDownloadDirectory(const QString &directory);
    QString downloadDirectory() const { return m_downloadDir; }

    bool isBusy() const { return m_busy; }
    //! A relay to push to and pull from is set.
    bool hasRelay() const { return m_baseUrl.isValid(); }

    void pushClipboard(bool encrypt = false);
    void pullFromClipboard();

    //! The most files one push takes (each becomes a payload).
    static constexpr int maxFiles = 20;

Q_SIGNALS:
    //! The URLs (one per file, or one) are on the clipboard now.
    void pushed(const QStringList &urls, qint64 bytes, bool encrypted);
    //! The payload is on the clipboard now; \a savedFile is set when it was saved as a file.
    void pulled(qint64 bytes, const QString &savedFile);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void fail(const QString &message);
    void pushItems(const QList<Item> &items, bool encrypt);
    void pushNext();
    void deliverPulled(const QByteArray &data, bool binary, const QString &id);
    bool isThisRelay(const QUrl &url) const;

    QPointer<QClipboard> m_clipboard;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    RelayClient *m_client = nullptr;
    qint64 m_maxPayloadBytes = 26214400;
    QString m_downloadDir;
    bool m_busy = false;
    //! Counts operations, so that a late answer for one that was given up is ignored.
    quint64 m_operation = 0;

    // The push in progress: items still to send, URLs so far.
    QList<Item> m_queue;
    QStringList m_urls;
    qint64 m_pushedBytes = 0;
    bool m_encrypt = false;
};

} // namespace Relay::Ui
