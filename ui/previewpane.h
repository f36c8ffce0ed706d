// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Relay::Ui {

class ImagePreview;

/*! Shows one payload the way it reads best: pretty-printed JSON, rendered Markdown, plain text,
 *  a hex dump for binary, the picture for images, and for a Fernet token a field to paste the key
 *  (or the whole URL with #key=) that decrypts it here; the key never leaves the process.
 *
 *  Only the first kPreviewBytes are shown, and the pane says so; formatting large input runs off
 *  the GUI thread. The view can be forced with "View as". */
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    //! What text-like views show at most.
    static constexpr qint64 kPreviewBytes = 256 * 1024;
    //! What the hex view shows at most.
    static constexpr qint64 kHexBytes = 64 * 1024;
    //! Images up to this size are fetched whole to be decoded.
    static constexpr qint64 kMaxImageBytes = 32 * 1024 * 1024;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    //! How many bytes to fetch for a preview of \a info: a prefix usually, everything when the view
    //! needs all of it (an image to decode, a token to decrypt).
    static qint64 fetchLimitFor(const PayloadInfo &info);

    /*! Shows \a info with \a firstBytes, its first bytes (or all of them). Anything beyond
     *  kPreviewBytes is not shown. */
    void showPayload(const PayloadInfo &info, const QByteArray &firstBytes);
    //! No payload: a sentence in the middle of the pane ("Select a payload…").
    void showMessage(const QString &message);
    void clear();

    //! "json", "markdown", "text", "hex", "image", "encrypted" or "empty".
    QString currentViewName() const;
    //! The text the current view shows (empty for images and the encrypted page).
    QString displayedText() const;
    //! The line above the view: "Showing the first … of …", "Decrypted locally", errors.
    QString noticeText() const;
    //! The id of the payload shown, empty when none.
    QString payloadId() const { return m_info.id; }
    //! The bytes the pane holds for the payload shown (after local decryption, the plaintext).
    QByteArray shownBytes() const;

Q_SIGNALS:
    //! The view needs more of the payload than it was given (an image cut short).
    void moreBytesWanted(const QString &id, qint64 maxBytes);

private:
    enum Page
    {
        EmptyPage,
        JsonPage,
        MarkdownPage,
        TextPage,
        HexPage,
        ImagePage,
        EncryptedPage,
    };
    enum class Mode
    {
        Auto,
        Text,
        Markdown,
        Json,
        Hex,
    };

    void buildUi();
    QWidget *buildEncryptedPage();
    void render();
    void renderImage(const PayloadInfo &info, const QByteArray &bytes);
    void setTextPage(Page page, QPlainTextEdit *edit, const QByteArray &bytes,
                     QString (*format)(QByteArrayView));
    void setNotice(const QString &text, bool error = false);
    void updateHeader(const PayloadInfo &info);
    void decrypt();
    void clearViews();
    void wipePlaintext();

    PayloadInfo m_info;
    QByteArray m_bytes;
    //! The decrypted plaintext and what it looks like; empty until decrypt() succeeds.
    QByteArray m_plain;
    PayloadInfo m_plainInfo;
    bool m_imageFailed = false;
    bool m_askedForMore = false;
    Mode m_mode = Mode::Auto;
    //! Bumped by every new render; results of older background work are dropped.
    quint64 m_generation = 0;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_viewAsLabel = nullptr;
    QComboBox *m_viewAs = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QTextBrowser *m_markdown = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    ImagePreview *m_image = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_decryptButton = nullptr;
    QLabel *m_decryptError = nullptr;
};

} // namespace Relay::Ui
