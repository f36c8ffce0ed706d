// SPDX-License-Identifier: MIT
#include "pulldialog.h"

#include "client/relayclient.h"
#include "fileio.h"
#include "models/displayformat.h"
#include "previewpane.h"
#include "uistyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Relay::Ui {

PullDialog::PullDialog(const QUrl &localServer, const QString &apiKey, QWidget *parent)
    : QDialog(parent)
    , m_localServer(localServer)
    , m_localClient(new RelayClient(localServer, apiKey, this))
    // Another relay never sees this relay's key.
    , m_remoteClient(new RelayClient(localServer, QString(), this))
{
    setWindowTitle(tr("Pull URL"));
    setObjectName(QStringLiteral("pullDialog"));

    auto *row = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("pullUrl"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)"));
    m_url->setClearButtonEnabled(true);
    m_url->setFont(UiStyle::fixedFont());
    m_pullButton = new QPushButton(tr("&Pull"), this);
    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setDefault(true);
    row->addWidget(m_url, 1);
    row->addWidget(m_pullButton);
    connect(m_pullButton, &QPushButton::clicked, this, &PullDialog::pull);
    connect(m_url, &QLineEdit::returnPressed, this, &PullDialog::pull);

    m_status = new QLabel(tr("Pulling counts as a read: a payload with a read limit may be used up."), this);
    m_status->setObjectName(QStringLiteral("pullStatus"));
    m_status->setWordWrap(true);

    m_preview = new PreviewPane(this);
    m_preview->showMessage(tr("Paste a pointer URL and press Pull."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("&Copy Text"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &PullDialog::copy);
    connect(m_saveButton, &QPushButton::clicked, this, &PullDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PullDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    // A pointer URL on the clipboard is most likely what the person came to pull.
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (clip.contains(QLatin1String("/pull/")) && !clip.contains(QLatin1Char('\n')))
        m_url->setText(clip);
}

PullDialog::~PullDialog()
{
    m_data.fill('\0');
}

void PullDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

QString PullDialog::url() const
{
    return m_url->text().trimmed();
}

void PullDialog::pull()
{
    const QString text = url();
    if (text.isEmpty()) {
        showError(tr("Paste a pointer URL first."));
        return;
    }
    const auto pointer = m_localClient->parsePointer(text);
    if (!pointer) {
        showError(pointer.error().message);
        return;
    }
    const bool local =
        pointer->pullUrl.host() == m_localServer.host() && pointer->pullUrl.port() == m_localServer.port();
    RelayClient *client = local ? m_localClient : m_remoteClient;
    const QString id = pointer->id;
    setBusy(true);
    m_status->setText(tr("Pulling %1…").arg(shortId(id)));
    client->pull(text, this, [this, id](ClientResult<PullResult> result) {
        setBusy(false);
        if (!result) {
            showError(result.error().message);
            Q_EMIT pullFinished(result.error().message);
            return;
        }
        m_data.fill('\0');
        m_data = result->data;
        m_binary = result->binary;
        PayloadInfo info;
        info.id = id;
        info.size = m_data.size();
        info.binary = m_binary;
        info.kind = classifyPayload(m_data, m_binary);
        info.metadataJson = QJsonDocument(result->metadata).toJson(QJsonDocument::Compact);
        info.filename = result->metadata.value(QLatin1String("filename")).toString();
        m_suggestedName = info.filename.isEmpty() ? id : info.filename;
        m_preview->showPayload(info, m_data);
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setPalette(palette());
        m_status->setText(tr("Pulled %1 (%2).").arg(shortId(id), formatSize(m_data.size())));
        m_copyButton->setEnabled(!m_binary);
        m_saveButton->setEnabled(true);
        Q_EMIT pullFinished(QString());
    });
}

void PullDialog::setBusy(bool busy)
{
    m_pullButton->setEnabled(!busy);
    m_url->setReadOnly(busy);
}

void PullDialog::showError(const QString &message)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, UiStyle::errorColor(palette()));
    m_status->setPalette(p);
    m_status->setText(message);
}

void PullDialog::copy()
{
    // After a local decryption the plaintext is what the preview holds.
    const QByteArray bytes = m_preview->shownBytes();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
    m_status->setText(tr("Copied %1 to the clipboard.").arg(formatSize(bytes.size())));
}

void PullDialog::save()
{
    auto *dialog = new QFileDialog(this, tr("Save Payload"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(m_suggestedName);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QByteArray bytes = m_preview->shownBytes();
        FileIo::writeFile(path, bytes, this, [this, path, size = bytes.size()](const QString &error) {
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            m_status->setText(tr("Saved %1 to %2.").arg(formatSize(size), path));
        });
    });
    dialog->open();
}

} // namespace Relay::Ui
