// SPDX-License-Identifier: MIT
#include "pushdialog.h"

#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Relay::Ui {

namespace {
//! A metadata value as typed: JSON when it parses as JSON (3, true, "x", [1,2]), a string otherwise.
QJsonValue metadataValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + trimmed.toUtf8() + "]"), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return text;
}
} // namespace

PushDialog::PushDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Push"));
    setObjectName(QStringLiteral("pushDialog"));

    m_source = new QTabWidget(this);
    m_source->setObjectName(QStringLiteral("pushSource"));
    m_text = new QPlainTextEdit(m_source);
    m_text->setObjectName(QStringLiteral("pushText"));
    m_text->setPlaceholderText(tr("Text, JSON or Markdown to push…"));
    m_source->addTab(m_text, tr("&Text"));

    auto *filePage = new QWidget(m_source);
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(filePage);
    m_file->setObjectName(QStringLiteral("pushFile"));
    m_file->setPlaceholderText(tr("Path of the file to push"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, &PushDialog::browse);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileHint = new QLabel(tr("The file is pushed as it is, with its name and content type. You can "
                                   "also drop files on the inspector window."),
                                filePage);
    fileHint->setWordWrap(true);
    fileHint->setForegroundRole(QPalette::PlaceholderText);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(fileHint);
    fileLayout->addStretch(1);
    m_source->addTab(filePage, tr("&File"));

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("pushTarget"));
    m_target->addItem(tr("Local relay"), QString());
    m_target->setToolTip(tr("Push to this computer's relay, or to a remote relay set up in Settings."));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("pushChannel"));
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->lineEdit()->setPlaceholderText(tr("None: no subscriber is told"));

    m_metadata = new QTableWidget(0, 2, this);
    m_metadata->setObjectName(QStringLiteral("pushMetadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->horizontalHeader()->resizeSection(0, 140);
    m_metadata->verticalHeader()->hide();
    m_metadata->setToolTip(tr("Values that parse as JSON (3, true, [1, 2]) are sent as such; anything "
                              "else as text."));
    // Three rows show without scrolling; the text to push gets the rest of the height.
    m_metadata->setMinimumHeight(m_metadata->horizontalHeader()->sizeHint().height() +
                                 3 * m_metadata->verticalHeader()->defaultSectionSize() + 4);
    m_metadata->setMaximumHeight(m_metadata->minimumHeight());
    auto *addRow = new QToolButton(this);
    addRow->setText(tr("Add"));
    addRow->setToolTip(tr("Add a metadata entry"));
    connect(addRow, &QToolButton::clicked, this, [this] {
        addMetadata(QString(), QString());
        m_metadata->setCurrentCell(m_metadata->rowCount() - 1, 0);
        m_metadata->editItem(m_metadata->item(m_metadata->rowCount() - 1, 0));
    });
    auto *removeRow = new QToolButton(this);
    removeRow->setText(tr("Remove"));
    removeRow->setToolTip(tr("Remove the selected metadata entry"));
    connect(removeRow, &QToolButton::clicked, this, [this] {
        if (m_metadata->currentRow() >= 0)
            m_metadata->removeRow(m_metadata->currentRow());
    });
    auto *metadataButtons = new QVBoxLayout;
    metadataButtons->addWidget(addRow);
    metadataButtons->addWidget(removeRow);
    metadataButtons->addStretch(1);
    auto *metadataRow = new QHBoxLayout;
    metadataRow->addWidget(m_metadata, 1);
    metadataRow->addLayout(metadataButtons);

    m_ttl = new QComboBox(this);
    m_ttl->setObjectName(QStringLiteral("pushTtl"));
    m_ttl->addItem(tr("Relay default"), 0);
    m_ttl->addItem(tr("10 minutes"), 600);
    m_ttl->addItem(tr("1 hour"), 3600);
    m_ttl->addItem(tr("6 hours"), 6 * 3600);
    m_ttl->addItem(tr("1 day"), 86400);
    m_ttl->addItem(tr("7 days"), 7 * 86400);

    m_maxReads = new QSpinBox(this);
    m_maxReads->setObjectName(QStringLiteral("pushMaxReads"));
    m_maxReads->setRange(0, 1000000);
    m_maxReads->setSpecialValueText(tr("Unlimited"));

    m_encrypt = new QCheckBox(tr("&Encrypt here; the key travels only in the URL (#key=…)"), this);
    m_encrypt->setObjectName(QStringLiteral("pushEncrypt"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Tar&get:"), m_target);
    form->setRowVisible(m_target, false); // until there are remote profiles
    form->addRow(tr("&Channel:"), m_channel);
    // A layout has no buddy of its own: the label points at the table so Alt+M reaches it.
    auto *metadataLabel = new QLabel(tr("&Metadata:"), this);
    metadataLabel->setBuddy(m_metadata);
    form->addRow(metadataLabel, metadataRow);
    form->addRow(tr("Expires &after:"), m_ttl);
    form->addRow(tr("Max &reads:"), m_maxReads);
    form->addRow(QString(), m_encrypt);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pushError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, UiStyle::errorColor(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *push = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    push->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PushDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 520);
}

PushDialog::~PushDialog() = default;

void PushDialog::setChannels(const QStringList &channels)
{
    const QString current = m_channel->currentText();
    m_channel->clear();
    m_channel->addItems(channels);
    m_channel->setEditText(current);
}

void PushDialog::setChannel(const QString &channel)
{
    m_channel->setEditText(channel);
}

void PushDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_source->setCurrentIndex(0);
}

void PushDialog::setFile(const QString &path)
{
    m_file->setText(path);
    m_source->setCurrentIndex(1);
}

void PushDialog::addMetadata(const QString &key, const QString &value)
{
    const int row = m_metadata->rowCount();
    m_metadata->insertRow(row);
    m_metadata->setItem(row, 0, new QTableWidgetItem(key));
    m_metadata->setItem(row, 1, new QTableWidgetItem(value));
}

void PushDialog::setTargets(const QStringList &profiles)
{
    const QString current = m_target->currentData().toString();
    while (m_target->count() > 1)
        m_target->removeItem(1);
    for (const QString &profile : profiles)
        m_target->addItem(tr("Remote: %1").arg(profile), profile);
    m_form->setRowVisible(m_target, !profiles.isEmpty());
    setTarget(current);
}

void PushDialog::setTarget(const QString &profile)
{
    m_target->setCurrentIndex(qMax(0, m_target->findData(profile)));
}

PushRequest PushDialog::request(QString *error) const
{
    PushRequest r;
    QString problem;
    if (m_source->currentIndex() == 0) {
        r.text = m_text->toPlainText();
        if (r.text.isEmpty())
            problem = tr("Type or paste the text to push.");
    } else {
        r.filePath = m_file->text().trimmed();
        if (r.filePath.isEmpty())
            problem = tr("Choose the file to push.");
        else if (!QFileInfo(r.filePath).isFile())
            problem = tr("There is no file at %1.").arg(r.filePath);
    }
    r.options.channel = m_channel->currentText().trimmed();
    for (int row = 0; row < m_metadata->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_metadata->item(row, 0);
        const QTableWidgetItem *valueItem = m_metadata->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (key.isEmpty()) {
            if (!value.isEmpty() && problem.isEmpty())
                problem = tr("Metadata row %1 has a value but no key.").arg(row + 1);
            continue;
        }
        if (r.options.metadata.contains(key) && problem.isEmpty())
            problem = tr("The metadata key \"%1\" appears twice.").arg(key);
        r.options.metadata.insert(key, metadataValue(value));
    }
    r.options.ttlSeconds = m_ttl->currentData().toLongLong();
    r.options.maxReads = m_maxReads->value();
    r.options.encrypt = m_encrypt->isChecked();
    r.target = m_target->currentData().toString();
    if (error)
        *error = problem;
    return r;
}

void PushDialog::accept()
{
    QString problem;
    const PushRequest r = request(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT pushRequested(r);
    QDialog::accept();
}

void PushDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Push a File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &PushDialog::setFile);
    dialog->open();
}

} // namespace Relay::Ui
