// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include "backgroundtask.h"
#include "imagepreview.h"
#include "models/displayformat.h"
#include "previewformat.h"
#include "security/fernet.h"
#include "uistyle.h"

#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Relay::Ui {

namespace {
// Below this, formatting is quicker than a round trip through the thread pool.
constexpr qsizetype kSyncFormatBytes = 64 * 1024;
// Decrypting is fast (AES and HMAC); only large tokens go to a worker.
constexpr qsizetype kSyncDecryptBytes = 1024 * 1024;

QString plainText(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QPlainTextEdit *makeTextView(bool wrap, bool monospace, const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    edit->setFrameShape(QFrame::NoFrame);
    edit->setAcceptDrops(false); // files dropped on the preview go to the window, which pushes them
    edit->document()->setDocumentMargin(8);
    if (monospace)
        edit->setFont(UiStyle::fixedFont());
    return edit;
}

//! The key in what the user pasted: a bare key, "key=…", or a whole pointer URL with "#key=…".
QByteArray keyFromInput(const QString &input)
{
    QString text = input.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1String("key="));
    if (at >= 0)
        text = text.mid(at + 4);
    if (text.contains(QLatin1Char('%')))
        text = QUrl::fromPercentEncoding(text.toLatin1());
    return text.trimmed().toLatin1();
}
} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    clear();
}

PreviewPane::~PreviewPane()
{
    wipePlaintext();
}

qint64 PreviewPane::fetchLimitFor(const PayloadInfo &info)
{
    if (info.kind == PayloadKind::Encrypted)
        return info.size; // a token decrypts only whole
    if (PreviewFormat::looksLikeImage(info, QByteArrayView()) && info.size <= kMaxImageBytes)
        return info.size;
    return qMin(info.size, kPreviewBytes);
}

void PreviewPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("previewHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 6);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("previewSubtitle"));
    m_subtitle->setFont(UiStyle::smallerFont(m_subtitle->font()));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);

    m_viewAsLabel = new QLabel(tr("View as:"), header);
    m_viewAs = new QComboBox(header);
    m_viewAs->setObjectName(QStringLiteral("viewAs"));
    m_viewAs->addItem(tr("Automatic"), int(Mode::Auto));
    m_viewAs->addItem(tr("Text"), int(Mode::Text));
    m_viewAs->addItem(tr("Markdown"), int(Mode::Markdown));
    m_viewAs->addItem(tr("JSON"), int(Mode::Json));
    m_viewAs->addItem(tr("Hex"), int(Mode::Hex));
    m_viewAs->setToolTip(tr("Show the payload as something else than what it looks like"));
    m_viewAsLabel->setBuddy(m_viewAs);
    for (QWidget *w : {static_cast<QWidget *>(m_viewAsLabel), static_cast<QWidget *>(m_viewAs)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // the header keeps its height with or without them
        w->setSizePolicy(policy);
    }
    headerLayout->addWidget(m_viewAsLabel);
    headerLayout->addWidget(m_viewAs);
    connect(m_viewAs, &QComboBox::activated, this, [this](int index) {
        m_mode = Mode(m_viewAs->itemData(index).toInt());
        render();
    });
    layout->addWidget(header);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(8, 0, 8, 6);
    m_notice->setFont(UiStyle::smallerFont(m_notice->font()));
    layout->addWidget(m_notice);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    // Plain, in the palette's Mid: a sunken line uses Light, which glares in a dark theme.
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("previewEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(16);
    m_json = makeTextView(false, true, QStringLiteral("jsonView"), m_stack);
    m_markdown = new QTextBrowser(m_stack);
    m_markdown->setObjectName(QStringLiteral("markdownView"));
    m_markdown->setFrameShape(QFrame::NoFrame);
    m_markdown->setAcceptDrops(false);
    m_markdown->document()->setDocumentMargin(8);
    // Links open in the browser on a click, never inside the pane (no navigation away from the payload).
    m_markdown->setOpenLinks(false);
    connect(m_markdown, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    m_text = makeTextView(true, false, QStringLiteral("textView"), m_stack);
    m_hex = makeTextView(false, true, QStringLiteral("hexView"), m_stack);
    m_image = new ImagePreview(m_stack);
    m_image->setObjectName(QStringLiteral("imageView"));

    // The order matches enum Page.
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_json);
    m_stack->addWidget(m_markdown);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);
    m_stack->addWidget(m_image);
    m_stack->addWidget(buildEncryptedPage());
    layout->addWidget(m_stack, 1);
}

QWidget *PreviewPane::buildEncryptedPage()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("encryptedView"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);

    auto *heading = new QLabel(tr("This payload is encrypted"), page);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *explanation =
        new QLabel(tr("The relay keeps it as a Fernet token and cannot read it. Paste the key, or the "
                      "whole URL with #key=…, to decrypt it here. The key is not sent anywhere and "
                      "not stored."),
                   page);
    explanation->setWordWrap(true);

    auto *row = new QHBoxLayout;
    m_keyEdit = new QLineEdit(page);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setPlaceholderText(tr("Key, or URL with #key=…"));
    m_keyEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setFont(UiStyle::fixedFont());
    m_decryptButton = new QPushButton(tr("&Decrypt"), page);
    m_decryptButton->setObjectName(QStringLiteral("decryptButton"));
    row->addWidget(m_keyEdit, 1);
    row->addWidget(m_decryptButton);
    connect(m_decryptButton, &QPushButton::clicked, this, &PreviewPane::decrypt);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &PreviewPane::decrypt);

    m_decryptError = new QLabel(page);
    m_decryptError->setObjectName(QStringLiteral("decryptError"));
    m_decryptError->setWordWrap(true);
    QPalette errorPalette = m_decryptError->palette();
    errorPalette.setColor(QPalette::WindowText, UiStyle::errorColor(palette()));
    m_decryptError->setPalette(errorPalette);
    m_decryptError->hide();
    connect(m_keyEdit, &QLineEdit::textEdited, m_decryptError, &QLabel::hide);

    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_decryptError);
    layout->addStretch(1);
    return page;
}

void PreviewPane::showPayload(const PayloadInfo &info, const QByteArray &firstBytes)
{
    const bool samePayload = info.id == m_info.id && !info.id.isEmpty();
    const bool moreBytes = samePayload && firstBytes.size() > m_bytes.size();
    if (!samePayload) {
        wipePlaintext();
        clearViews();
        m_mode = Mode::Auto;
        m_viewAs->setCurrentIndex(0);
        m_keyEdit->clear();
        m_decryptError->hide();
        m_askedForMore = false;
    }
    if (!samePayload || moreBytes)
        m_imageFailed = false;
    m_info = info;
    m_bytes = firstBytes;
    m_viewAs->show();
    m_viewAsLabel->show();
    render();
}

void PreviewPane::showMessage(const QString &message)
{
    ++m_generation;
    wipePlaintext();
    clearViews();
    m_info = PayloadInfo();
    m_bytes.clear();
    m_keyEdit->clear();
    m_title->setText(tr("Preview"));
    m_subtitle->clear();
    m_subtitle->setToolTip(QString());
    m_viewAs->setCurrentIndex(0);
    // Nothing to view differently: the control would only be noise.
    m_viewAs->hide();
    m_viewAsLabel->hide();
    m_mode = Mode::Auto;
    setNotice(QString());
    m_empty->setText(message);
    m_stack->setCurrentIndex(EmptyPage);
}

void PreviewPane::clear()
{
    showMessage(tr("Select a payload to preview it."));
}

QString PreviewPane::currentViewName() const
{
    switch (Page(m_stack->currentIndex())) {
    case EmptyPage:
        break;
    case JsonPage:
        return QStringLiteral("json");
    case MarkdownPage:
        return QStringLiteral("markdown");
    case TextPage:
        return QStringLiteral("text");
    case HexPage:
        return QStringLiteral("hex");
    case ImagePage:
        return QStringLiteral("image");
    case EncryptedPage:
        return QStringLiteral("encrypted");
    }
    return QStringLiteral("empty");
}

QString PreviewPane::displayedText() const
{
    switch (Page(m_stack->currentIndex())) {
    case JsonPage:
        return m_json->toPlainText();
    case MarkdownPage:
        return m_markdown->toPlainText();
    case TextPage:
        return m_text->toPlainText();
    case HexPage:
        return m_hex->toPlainText();
    case EmptyPage:
        return m_empty->text();
    case ImagePage:
    case EncryptedPage:
        break;
    }
    return QString();
}

QString PreviewPane::noticeText() const
{
    return m_notice->text();
}

QByteArray PreviewPane::shownBytes() const
{
    return m_plain.isEmpty() ? m_bytes : m_plain;
}

void PreviewPane::setNotice(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, UiStyle::errorColor(palette()));
    m_notice->setPalette(p);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void PreviewPane::updateHeader(const PayloadInfo &info)
{
    m_title->setText(info.filename.isEmpty() ? tr("Payload %1").arg(info.id.left(8)) : info.filename);
    m_title->setToolTip(info.id);
    QStringList parts{payloadKindName(info.kind), formatSize(info.size)};
    if (!info.channel.isEmpty())
        parts << tr("channel %1").arg(info.channel);
    if (!info.contentType.isEmpty())
        parts << QString::fromLatin1(info.contentType);
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    const QByteArray metadata = QJsonDocument::fromJson(info.metadataJson).toJson(QJsonDocument::Indented);
    m_subtitle->setToolTip(info.metadataJson == "{}" || metadata.isEmpty()
                               ? QString()
                               : tr("Metadata:\n%1").arg(QString::fromUtf8(metadata).trimmed()));
}

void PreviewPane::render()
{
    ++m_generation;
    const bool decrypted = !m_plain.isEmpty();
    const PayloadInfo &info = decrypted ? m_plainInfo : m_info;
    const QByteArray &bytes = decrypted ? m_plain : m_bytes;
    const qint64 total = qMax(info.size, qint64(bytes.size()));
    updateHeader(m_info);

    QStringList notes;
    if (decrypted)
        notes << tr("Decrypted here with your key; the key stays in this program.");
    if (m_imageFailed && PreviewFormat::looksLikeImage(info, bytes.left(16)))
        notes << tr("This could not be shown as an image; showing its bytes instead.");

    Mode mode = m_mode;
    if (mode == Mode::Auto) {
        if (info.kind == PayloadKind::Encrypted && !decrypted) {
            m_stack->setCurrentIndex(EncryptedPage);
            setNotice(notes.join(QLatin1Char(' ')));
            return;
        }
        if (!m_imageFailed && PreviewFormat::looksLikeImage(info, bytes.left(16))) {
            setNotice(notes.join(QLatin1Char(' ')));
            renderImage(info, bytes);
            return;
        }
        if (PreviewFormat::looksLikeJson(info))
            mode = Mode::Json;
        else if (PreviewFormat::looksLikeMarkdown(info) ||
                 (info.kind == PayloadKind::Text && PreviewFormat::looksLikeMarkdownText(bytes)))
            mode = Mode::Markdown;
        else if (info.binary || info.kind == PayloadKind::Binary)
            mode = Mode::Hex;
        else
            mode = Mode::Text;
    }

    QByteArray shown;
    switch (mode) {
    case Mode::Auto:
    case Mode::Text:
        shown = PreviewFormat::utf8Prefix(bytes, kPreviewBytes);
        setTextPage(TextPage, m_text, shown, &plainText);
        break;
    case Mode::Json:
        shown = PreviewFormat::utf8Prefix(bytes, kPreviewBytes);
        setTextPage(JsonPage, m_json, shown, &PreviewFormat::prettyJson);
        break;
    case Mode::Hex:
        shown = bytes.left(kHexBytes);
        setTextPage(HexPage, m_hex, shown, &PreviewFormat::hexDump);
        break;
    case Mode::Markdown:
        // QTextDocument belongs to the GUI thread; md4c is quick enough for the capped prefix.
        shown = PreviewFormat::utf8Prefix(bytes, kPreviewBytes);
        m_markdown->setMarkdown(QString::fromUtf8(shown));
        m_stack->setCurrentIndex(MarkdownPage);
        break;
    }
    QString exact;
    if (shown.size() < total) {
        notes << tr("Showing the first %1 of %2.").arg(formatSize(shown.size()), formatSize(total));
        exact = tr("%1 of %2 bytes").arg(QLocale().toString(shown.size()), QLocale().toString(total));
    }
    m_notice->setToolTip(exact);
    setNotice(notes.join(QLatin1Char(' ')));
}

void PreviewPane::setTextPage(Page page, QPlainTextEdit *edit, const QByteArray &bytes,
                              QString (*format)(QByteArrayView))
{
    m_stack->setCurrentIndex(page);
    // Decoding UTF-8 is cheap even for the whole prefix; indenting and hex dumps are not.
    if (bytes.size() <= kSyncFormatBytes || format == &plainText) {
        edit->setPlaceholderText(QString());
        edit->setPlainText(format(bytes));
        return;
    }
    edit->clear();
    edit->setPlaceholderText(tr("Formatting…"));
    const quint64 generation = m_generation;
    runInBackground<QString>(
        this, [bytes, format] { return format(bytes); },
        [this, edit, generation](QString text) {
            if (generation != m_generation)
                return;
            edit->setPlaceholderText(QString());
            edit->setPlainText(text);
        });
}

void PreviewPane::renderImage(const PayloadInfo &info, const QByteArray &bytes)
{
    m_stack->setCurrentIndex(ImagePage);
    if (bytes.size() < info.size) {
        if (info.size <= kMaxImageBytes && !m_askedForMore && !info.id.isEmpty()) {
            m_askedForMore = true;
            m_image->setMessage(tr("Loading the image…"));
            Q_EMIT moreBytesWanted(info.id, info.size);
            return;
        }
        // Too large to decode for a preview, or the rest never came: show the first bytes instead.
        m_imageFailed = true;
        render();
        return;
    }
    const auto decode = [bytes] {
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        return reader.read();
    };
    const auto show = [this](const QImage &decoded) {
        if (decoded.isNull()) {
            m_imageFailed = true;
            render();
            return;
        }
        QImage image = decoded;
        // One image pixel per device pixel: a screenshot shows at its own size on a high-DPI screen.
        image.setDevicePixelRatio(devicePixelRatioF());
        m_image->setImage(image);
        QString note = tr("%1 × %2 pixels").arg(decoded.width()).arg(decoded.height());
        if (!m_notice->text().isEmpty())
            note = m_notice->text() + QLatin1Char(' ') + note;
        setNotice(note);
    };
    if (bytes.size() <= kSyncFormatBytes) {
        show(decode());
        return;
    }
    m_image->setMessage(tr("Decoding the image…"));
    const quint64 generation = m_generation;
    runInBackground<QImage>(this, decode, [this, generation, show](QImage image) {
        if (generation == m_generation)
            show(image);
    });
}

void PreviewPane::decrypt()
{
    const auto fail = [this](const QString &message) {
        m_decryptError->setText(message);
        m_decryptError->show();
    };
    if (m_info.kind != PayloadKind::Encrypted)
        return;
    QByteArray key = keyFromInput(m_keyEdit->text());
    if (key.isEmpty()) {
        fail(tr("Paste the key, or the URL that ends with #key=…, first."));
        return;
    }
    if (m_bytes.size() < m_info.size) {
        fail(tr("Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a "
                "moment."));
        Q_EMIT moreBytesWanted(m_info.id, m_info.size);
        return;
    }
    const QString id = m_info.id;
    const auto finish = [this, id, fail](std::expected<QByteArray, Fernet::FernetError> plain) {
        if (id != m_info.id)
            return;
        if (!plain) {
            fail(tr("Could not decrypt: %1").arg(Fernet::errorMessage(plain.error())));
            return;
        }
        m_decryptError->hide();
        m_keyEdit->clear();
        m_plain = std::move(*plain);
        m_plainInfo = m_info;
        m_plainInfo.size = m_plain.size();
        m_plainInfo.binary = !m_plain.isValidUtf8();
        m_plainInfo.kind = classifyPayload(m_plain, m_plainInfo.binary);
        m_mode = Mode::Auto;
        m_viewAs->setCurrentIndex(0);
        render();
    };
    const QByteArray token = m_bytes;
    if (token.size() <= kSyncDecryptBytes) {
        auto plain = Fernet::decrypt(key, token);
        key.fill('\0'); // the only reference: wiped in place
        finish(std::move(plain));
        return;
    }
    m_decryptError->setText(tr("Decrypting…"));
    m_decryptError->show();
    // The key moves into the task (no second copy) and is wiped there once used.
    runInBackground<std::expected<QByteArray, Fernet::FernetError>>(
        this,
        [key = std::move(key), token]() mutable {
            auto plain = Fernet::decrypt(key, token);
            key.fill('\0');
            return plain;
        },
        finish);
}

void PreviewPane::clearViews()
{
    // What another payload showed (perhaps decrypted) does not linger in a hidden page.
    m_json->clear();
    m_text->clear();
    m_hex->clear();
    m_markdown->clear();
    m_image->setMessage(QString());
}

void PreviewPane::wipePlaintext()
{
    if (!m_plain.isEmpty())
        m_plain.fill('\0');
    m_plain.clear();
    m_plainInfo = PayloadInfo();
}

} // namespace Relay::Ui
