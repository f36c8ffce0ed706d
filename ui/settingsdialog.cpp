// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "bridgespage.h"
#include "pagehelpers.h"
#include "remotespage.h"
#include "security/apitokens.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Relay::Ui {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QPlainTextEdit *listEdit(const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // About four lines: enough for a short allowlist without dominating the tab.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
    return edit;
}
} // namespace

SettingsDialog::SettingsDialog(const SettingsValues &values, QWidget *parent)
    : QDialog(parent)
    , m_original(values)
    , m_runningEphemeral(values.ephemeral)
{
    setWindowTitle(tr("ContextRelay Settings"));
    m_tabs = new QTabWidget;
    // Every tab in sight: the dialog grows to fit the labels of longer languages instead.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(buildRelayTab(), tr("&Relay"));
    m_tabs->addTab(buildSecurityTab(), tr("S&ecurity"));
    m_tabs->addTab(buildDesktopTab(), tr("&Desktop"));

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isValid())
            return;
        apply();
        accept();
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (isValid())
            apply();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    load(values);
}

SettingsDialog::~SettingsDialog()
{
    clearNewKey();
}

QWidget *SettingsDialog::buildRelayTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("Agents connect to http://127.0.0.1:<port>; 8787 is what the SDK expects."));
    form->addRow(tr("&Port:"), m_port);

    m_listen = new QLineEdit;
    m_listen->setPlaceholderText(tr("loopback only (127.0.0.1 and ::1)"));
    m_listen->setToolTip(tr("IP addresses to listen on, separated by commas. Anything beyond loopback "
                            "exposes the relay to the network and needs API keys."));
    form->addRow(tr("&Listen on:"), m_listen);

    m_durable = new QRadioButton(tr("D&urable: payloads survive a restart (SQLite)"));
    m_ephemeral = new QRadioButton(tr("E&phemeral: in memory only, gone when the relay stops"));
    auto *storage = new QVBoxLayout;
    storage->addWidget(m_durable);
    storage->addWidget(m_ephemeral);
    form->addRow(tr("Storage:"), storage);

    m_dataDir = new QLineEdit;
    m_dataDir->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_dataDir->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"));
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseDataDir);
    auto *dir = new QHBoxLayout;
    dir->addWidget(m_dataDir, 1);
    dir->addWidget(m_browse);
    // A row with a layout gets no buddy by itself; without one the & would show.
    auto *dirLabel = new QLabel(tr("Data &folder:"));
    dirLabel->setBuddy(m_dataDir);
    form->addRow(dirLabel, dir);

    const RelayConfig limits;
    m_ttlMinutes = new QSpinBox;
    m_ttlMinutes->setRange(int(limits.minTtlSeconds / 60), int(limits.maxTtlSeconds / 60));
    m_ttlMinutes->setSuffix(tr(" min"));
    m_ttlMinutes->setToolTip(tr("How long a payload lives when its push does not say (1 min … 7 days)."));
    form->addRow(tr("Default &lifetime:"), m_ttlMinutes);

    m_maxPayloadMiB = new QSpinBox;
    m_maxPayloadMiB->setRange(1, 2048);
    m_maxPayloadMiB->setSuffix(tr(" MiB"));
    m_maxPayloadMiB->setToolTip(tr("Larger pushes are refused with HTTP 413."));
    form->addRow(tr("Largest &payload:"), m_maxPayloadMiB);

    for (QLineEdit *edit : {m_listen, m_dataDir})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    for (QSpinBox *spin : {m_port, m_ttlMinutes, m_maxPayloadMiB})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_ephemeral, &QRadioButton::toggled, this, &SettingsDialog::updateState);
    return page;
}

QWidget *SettingsDialog::buildSecurityTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *web = new QFormLayout;
    m_origins = listEdit(tr("one per line, e.g. https://app.example.com"));
    web->addRow(tr("Allowed &Origins:"), m_origins);
    web->addRow(QString(),
                hintLabel(tr("Web pages are refused unless their Origin is listed here; agents and "
                             "scripts send none and are not affected.")));
    m_hosts = listEdit(tr("one per line, e.g. relay.local"));
    web->addRow(tr("Extra &Host names:"), m_hosts);
    web->addRow(QString(), hintLabel(tr("Besides localhost, 127.0.0.1 and [::1]. Other names are refused, "
                                        "which stops DNS-rebinding attacks.")));
    layout->addLayout(web);

    auto *keys = new QGroupBox(tr("API keys"));
    auto *keyLayout = new QVBoxLayout(keys);
    keyLayout->addWidget(hintLabel(tr("While at least one key exists, every request but GET / must carry one "
                                      "(Authorization: Bearer …). Keys made with \"contextrelay-desktop keys "
                                      "create\" show up here too.")));
    m_keyList = new QTreeWidget;
    // The same columns, with the same ID, as "contextrelay-desktop keys list".
    m_keyList->setHeaderLabels({tr("ID"), tr("Name"), tr("Created")});
    m_keyList->setRootIsDecorated(false);
    m_keyList->setUniformRowHeights(true);
    m_keyList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_keyList->header()->setStretchLastSection(false);
    m_keyList->setMinimumHeight(m_keyList->fontMetrics().lineSpacing() * 5);
    keyLayout->addWidget(m_keyList);

    auto *row = new QHBoxLayout;
    m_keyName = new QLineEdit;
    m_keyName->setPlaceholderText(tr("name, e.g. the agent that uses it"));
    m_createKey = new QPushButton(tr("&Create Key"));
    m_revokeKey = new QPushButton(tr("Re&voke"));
    row->addWidget(m_keyName, 1);
    row->addWidget(m_createKey);
    row->addWidget(m_revokeKey);
    keyLayout->addLayout(row);

    m_newKeyBox = new QWidget;
    auto *newKey = new QVBoxLayout(m_newKeyBox);
    newKey->setContentsMargins(0, 0, 0, 0);
    m_newKeyLabel = new QLabel;
    m_newKeyLabel->setWordWrap(true);
    m_newKey = new QLineEdit;
    m_newKey->setReadOnly(true);
    m_newKey->setFont(UiStyle::fixedFont());
    auto *copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Cop&y"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_newKey, 1);
    keyRow->addWidget(copy);
    newKey->addWidget(m_newKeyLabel);
    newKey->addLayout(keyRow);
    m_newKeyBox->hide();
    keyLayout->addWidget(m_newKeyBox);
    layout->addWidget(keys, 1);

    connect(m_createKey, &QPushButton::clicked, this, &SettingsDialog::createKey);
    connect(m_keyName, &QLineEdit::returnPressed, this, &SettingsDialog::createKey);
    connect(m_revokeKey, &QPushButton::clicked, this, &SettingsDialog::revokeKey);
    connect(m_keyList, &QTreeWidget::itemSelectionChanged, this, &SettingsDialog::updateState);
    connect(m_origins, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_hosts, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateState);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_newKey->text());
    });
    return page;
}

QWidget *SettingsDialog::buildDesktopTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_startAtLogin = new QCheckBox(tr("&Start at login"));
    m_startAtLogin->setToolTip(tr("Adds ContextRelay Desktop to your desktop's autostart entries."));
    m_notifications = new QCheckBox(tr("Show &notifications"));
    m_notifications->setToolTip(
        tr("After pushing or pulling the clipboard, and when the relay has a problem."));
    m_monochrome = new QCheckBox(tr("&Monochrome tray icon"));
    m_monochrome->setToolTip(tr("A one-colour icon that follows the panel's text colour."));
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_notifications);
    layout->addWidget(m_monochrome);
    for (QCheckBox *box : {m_startAtLogin, m_notifications, m_monochrome})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateState);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name: someone who cannot read the current one still finds theirs.
    for (const auto &[code, name] : Ui::guiLanguages())
        m_language->addItem(name, code);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("&Language:"), m_language);
    layout->addSpacing(layout->spacing());
    layout->addLayout(languageRow);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::load(const SettingsValues &v)
{
    m_port->setValue(v.port);
    m_listen->setText(v.listenAddresses.join(QStringLiteral(", ")));
    (v.ephemeral ? m_ephemeral : m_durable)->setChecked(true);
    m_dataDir->setText(v.dataDir);
    m_ttlMinutes->setValue(int(v.defaultTtlSeconds / 60));
    m_maxPayloadMiB->setValue(int(qMax<qint64>(1, v.maxPayloadBytes / kMiB)));
    m_origins->setPlainText(v.allowedOrigins.join(QLatin1Char('\n')));
    m_hosts->setPlainText(v.allowedHosts.join(QLatin1Char('\n')));
    m_keys = v.apiKeys;
    m_notifications->setChecked(v.showNotifications);
    m_monochrome->setChecked(v.monochromeTrayIcon);
    m_language->setCurrentIndex(qMax(0, m_language->findData(v.language)));
    refreshKeys();
    updateState();
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues v = m_original;
    v.port = quint16(m_port->value());
    v.listenAddresses = splitList(m_listen->text());
    v.ephemeral = m_ephemeral->isChecked();
    v.dataDir = m_dataDir->text().trimmed();
    // Keep a setting that is not a whole number of minutes (from the command line or the file).
    if (m_ttlMinutes->value() != int(m_original.defaultTtlSeconds / 60))
        v.defaultTtlSeconds = qint64(m_ttlMinutes->value()) * 60;
    if (m_maxPayloadMiB->value() != int(qMax<qint64>(1, m_original.maxPayloadBytes / kMiB)))
        v.maxPayloadBytes = qint64(m_maxPayloadMiB->value()) * kMiB;
    v.allowedOrigins = splitList(m_origins->toPlainText());
    v.allowedHosts = splitList(m_hosts->toPlainText());
    v.apiKeys = m_keys;
    v.showNotifications = m_notifications->isChecked();
    v.monochromeTrayIcon = m_monochrome->isChecked();
    v.language = m_language->currentData().toString();
    return v;
}

void SettingsDialog::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void SettingsDialog::setOverriddenOptions(const QStringList &options)
{
    m_overridden = options;
    updateState();
}

void SettingsDialog::setRunningEphemeral(bool ephemeral)
{
    m_runningEphemeral = ephemeral;
    updateState();
}

void SettingsDialog::showSecurityTab()
{
    m_tabs->setCurrentIndex(1);
}

void SettingsDialog::addRemoteTabs(SecretStore *secrets, const QString &iniFile)
{
    if (m_remotes)
        return;
    // After Security, before Desktop: both are about the relay and who talks to it.
    m_remotes = new RemotesPage(secrets, iniFile);
    m_bridges = new BridgesPage(iniFile);
    m_tabs->insertTab(2, m_remotes, tr("Remo&te Relays"));
    m_tabs->insertTab(3, m_bridges, tr("Brid&ges"));
    connect(m_remotes, &RemotesPage::changed, m_bridges, &BridgesPage::refresh);
    connect(m_remotes, &RemotesPage::changed, this, &SettingsDialog::remotesChanged);
    connect(m_bridges, &BridgesPage::changed, this, &SettingsDialog::remotesChanged);
}

bool SettingsDialog::isValid(QString *why) const
{
    const SettingsValues v = values();
    for (const QString &a : v.listenAddresses) {
        QHostAddress address;
        if (!address.setAddress(a)) {
            if (why)
                *why = tr("\"%1\" is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.")
                           .arg(a);
            return false;
        }
    }
    if (v.listensBeyondLoopback() && v.apiKeys.isEmpty()) {
        if (why)
            *why = tr("Listening beyond loopback needs API keys: without them anyone on the network could "
                      "read, change and delete every payload. Create a key on the Security tab, or listen "
                      "on loopback only.");
        return false;
    }
    for (const QString &origin : v.allowedOrigins) {
        const QUrl url(origin, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() || !url.path().isEmpty()) {
            if (why)
                *why = tr("\"%1\" is not an origin; write scheme and host, e.g. https://app.example.com.")
                           .arg(origin);
            return false;
        }
    }
    return true;
}

void SettingsDialog::updateState()
{
    const bool ephemeral = m_ephemeral->isChecked();
    m_dataDir->setEnabled(!ephemeral);
    m_browse->setEnabled(!ephemeral);
    m_keyList->setEnabled(true);
    m_revokeKey->setEnabled(!m_keyList->selectedItems().isEmpty());

    QString why;
    const bool valid = isValid(&why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);

    QStringList notes;
    QPalette palette = m_message->palette();
    if (!valid) {
        notes.append(why);
        palette.setColor(QPalette::WindowText, UiStyle::errorColor(palette));
    } else {
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
        const SettingsValues v = values();
        if (v.relayDiffers(m_original)) {
            notes.append(m_runningEphemeral
                             ? tr("Applying restarts the relay: subscribers reconnect, and the payloads of "
                                  "this ephemeral relay are lost.")
                             : tr("Applying restarts the relay: subscribers reconnect; payloads are kept."));
        }
    }
    if (valid && values().language != m_original.language)
        notes.append(tr("The new language applies the next time ContextRelay Desktop starts."));
    if (!m_overridden.isEmpty())
        notes.append(tr("Set on the command line for this run: %1. What you save here applies from the "
                        "next start without them.")
                         .arg(m_overridden.join(QStringLiteral(", "))));
    m_message->setPalette(palette);
    m_message->setText(notes.join(QLatin1Char('\n')));
    m_message->setVisible(!notes.isEmpty());
}

void SettingsDialog::apply()
{
    m_original = values();
    Q_EMIT applied();
    updateState();
}

void SettingsDialog::refreshKeys()
{
    m_keyList->clear();
    const QLocale locale;
    for (const ApiKeyEntry &key : std::as_const(m_keys)) {
        auto *item = new QTreeWidgetItem(m_keyList);
        item->setText(0, key.id());
        item->setFont(0, UiStyle::fixedFont());
        item->setText(1, key.name.isEmpty() ? tr("(unnamed)") : key.name);
        item->setText(2, locale.toString(key.created.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, key.hash);
    }
    m_keyList->resizeColumnToContents(0);
    m_keyList->resizeColumnToContents(2);
    updateState();
}

void SettingsDialog::createKey()
{
    QByteArray token = ApiTokens::generate();
    ApiKeyEntry key;
    key.name = m_keyName->text().trimmed();
    if (key.name.isEmpty())
        key.name = defaultKeyName(m_keys);
    key.hash = ApiTokens::hash(token);
    key.created = QDateTime::currentDateTimeUtc();
    m_keys.append(key);
    m_keyName->clear();
    refreshKeys();

    m_newKey->setText(QString::fromLatin1(token));
    token.fill('\0');
    m_newKeyLabel->setText(
        tr("New key for \"%1\". Copy it now: it is shown only this once, and only its hash is kept. "
           "It works once you apply the settings.")
            .arg(key.name));
    m_newKeyBox->show();
    m_newKey->selectAll();
    m_newKey->setFocus();
}

void SettingsDialog::revokeKey()
{
    const QList<QTreeWidgetItem *> selected = m_keyList->selectedItems();
    if (selected.isEmpty())
        return;
    const QByteArray hash = selected.first()->data(0, Qt::UserRole).toByteArray();
    m_keys.removeIf([&hash](const ApiKeyEntry &key) { return key.hash == hash; });
    clearNewKey();
    refreshKeys();
}

void SettingsDialog::setStoredKeys(const QList<ApiKeyEntry> &keys)
{
    // A three-way merge: what the dialog changed since it loaded the keys wins over the new list.
    const auto has = [](const QList<ApiKeyEntry> &list, const QByteArray &hash) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&hash](const ApiKeyEntry &k) { return k.hash == hash; });
    };
    QList<ApiKeyEntry> merged;
    for (const ApiKeyEntry &key : keys) {
        const bool revokedHere = has(m_original.apiKeys, key.hash) && !has(m_keys, key.hash);
        if (!revokedHere)
            merged.append(key);
    }
    for (const ApiKeyEntry &key : std::as_const(m_keys)) {
        if (!has(m_original.apiKeys, key.hash) && !has(merged, key.hash))
            merged.append(key); // created here, not applied yet
    }
    m_original.apiKeys = keys;
    if (merged == m_keys)
        return;
    m_keys = merged;
    refreshKeys();
}

void SettingsDialog::clearNewKey()
{
    if (!m_newKey)
        return;
    m_newKey->clear();
    m_newKeyBox->hide();
}

void SettingsDialog::hideEvent(QHideEvent *event)
{
    // A token stays on screen only while the dialog does.
    clearNewKey();
    QDialog::hideEvent(event);
}

void SettingsDialog::browseDataDir()
{
    // Non-modal (open(), not exec()): no nested event loop while the relay keeps running.
    auto *dialog =
        new QFileDialog(this, tr("Data Folder"),
                        m_dataDir->text().isEmpty() ? m_dataDir->placeholderText() : m_dataDir->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &dir) { m_dataDir->setText(dir); });
    dialog->open();
}

} // namespace Relay::Ui
