// SPDX-License-Identifier: MIT
#include "remotespage.h"

#include "forward/bridgesettings.h"
#include "pagehelpers.h"
#include "remote/connectiontest.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace Relay::Ui {

namespace {
enum KeyColumn
{
    NameColumn,
    UrlColumn,
    KeyColumn,
};

enum class Severity
{
    Neutral,
    Ok,
    Warning,
    Error,
    Skipped,
};

QColor colourOf(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Ok:
        return UiStyle::okColor(palette);
    case Severity::Warning:
        return UiStyle::warningColor(palette);
    case Severity::Error:
        return UiStyle::errorColor(palette);
    case Severity::Skipped:
        return palette.color(QPalette::PlaceholderText);
    case Severity::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

//! ConnectionTest's step names ("health", "round trip", …) are the command line's; these are the GUI's.
QString stepTitle(const QString &name)
{
    if (name == QLatin1String("health"))
        return RemotesPage::tr("Health");
    if (name == QLatin1String("auth"))
        return RemotesPage::tr("API key");
    if (name == QLatin1String("round trip"))
        return RemotesPage::tr("Round trip");
    if (name == QLatin1String("websocket"))
        return RemotesPage::tr("WebSocket");
    return name;
}
} // namespace

// --- RemoteEditDialog ---------------------------------------------------------------------------

RemoteEditDialog::RemoteEditDialog(SecretStore *secrets, const QString &iniFile, const QString &name,
                                   QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_iniFile(iniFile)
    , m_editing(name)
{
    setObjectName(QStringLiteral("remoteEditDialog"));
    setWindowTitle(name.isEmpty() ? tr("Add Remote Relay") : tr("Edit Remote Relay"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("remoteName"));
    m_name->setPlaceholderText(tr("e.g. cloud"));
    m_name->setToolTip(tr("1 to 64 letters, digits, '.', '_' or '-'; bridges and the command line use it."));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("remoteUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("remoteKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setPlaceholderText(name.isEmpty() ? tr("none, if the remote needs no key")
                                             : tr("unchanged; type a new key to replace it"));
    m_sessionOnly = new QCheckBox(tr("Keep the key for this &session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_note = hintLabel(QString(), this);
    m_note->setObjectName(QStringLiteral("keyNote"));
    m_error = errorLabel(QStringLiteral("remoteError"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_sessionOnly);
    form->addRow(QString(), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    if (!name.isEmpty()) {
        m_name->setText(name);
        m_name->setReadOnly(true);
        if (const auto profile = remoteProfilesOf(iniFile)->find(name))
            m_url->setText(profile->url.toString());
        m_url->setFocus();
    }
    connect(m_sessionOnly, &QCheckBox::toggled, this, &RemoteEditDialog::updateNote);
    updateNote();
    probeKeychain();
}

RemoteEditDialog::~RemoteEditDialog() = default;

void RemoteEditDialog::probeKeychain()
{
    // Reading an entry no profile can have tells whether a keychain service answers at all, before
    // the user has typed a key that could not be kept.
    m_secrets->read(QString(), this, [this](const SecretResult &result) {
        m_keychainChecked = true;
        m_keychainMissing = result.status == SecretStatus::NoKeychain;
        if (m_keychainMissing)
            forceSessionOnly(result.message);
        Q_EMIT keychainAnswered(m_keychainMissing);
    });
}

void RemoteEditDialog::forceSessionOnly(const QString &why)
{
    m_keychainMissing = true;
    m_keychainProblem = why;
    m_sessionOnly->setChecked(true);
    m_sessionOnly->setEnabled(false);
    updateNote();
}

void RemoteEditDialog::updateNote()
{
    if (m_keychainMissing) {
        m_note->setText((m_keychainProblem.isEmpty() ? SecretStore::noKeychainMessage() : m_keychainProblem) +
                        QLatin1Char(' ') +
                        tr("The key is kept in memory for this session only: enter it again after "
                           "ContextRelay Desktop restarts."));
    } else if (m_sessionOnly->isChecked()) {
        m_note->setText(tr("The key stays in memory until ContextRelay Desktop quits; nothing is "
                           "written to disk."));
    } else {
        m_note->setText(tr("The key goes to the system keychain, never to the settings file."));
    }
    fitHeight();
}

void RemoteEditDialog::fitHeight()
{
    // The note and the error grow once the keychain has answered, after the dialog got its size.
    if (!isVisible())
        return;
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void RemoteEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void RemoteEditDialog::setWorking(bool working)
{
    m_buttons->setEnabled(!working);
    m_url->setEnabled(!working);
    m_key->setEnabled(!working);
    m_sessionOnly->setEnabled(!working && !m_keychainMissing);
}

void RemoteEditDialog::accept()
{
    const QString name = m_editing.isEmpty() ? m_name->text().trimmed() : m_editing;
    if (!RemoteProfiles::isValidName(name)) {
        showError(name.isEmpty() ? tr("Give the remote a name, e.g. cloud.")
                                 : tr("\"%1\" is not a usable name: use 1 to 64 letters, digits, '.', '_' "
                                      "or '-'.")
                                       .arg(name));
        return;
    }
    if (m_editing.isEmpty() && remoteProfilesOf(m_iniFile)->find(name)) {
        showError(
            tr("There is already a remote named \"%1\"; edit that one, or pick another name.").arg(name));
        return;
    }
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    QString why;
    if (m_url->text().trimmed().isEmpty()) {
        showError(tr("Enter the relay's base URL, e.g. https://relay.example.com."));
        return;
    }
    if (!RemoteProfiles::isValidUrl(url, &why)) {
        showError(why);
        return;
    }
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        storeProfile(name, url); // no key, or (editing) the one it has
        return;
    }
    if (m_sessionOnly->isChecked()) {
        m_secrets->setSessionSecret(name, key);
        storeProfile(name, url);
        return;
    }
    showError(QString());
    setWorking(true);
    m_note->setText(tr("Storing the key in the keychain…"));
    m_secrets->write(name, key, this, [this, name, url](const SecretResult &result) {
        setWorking(false);
        updateNote();
        switch (result.status) {
        case SecretStatus::Ok:
            // The keychain's key from now on, not an older session-only one.
            m_secrets->clearSessionSecret(name);
            storeProfile(name, url);
            return;
        case SecretStatus::NoKeychain:
            // Never a silent fallback: say so, offer the session-only key, let the user decide.
            forceSessionOnly(result.message);
            showError(tr("The key was not saved. Save again to keep it for this session only."));
            return;
        case SecretStatus::NotFound:
        case SecretStatus::Failed:
            break;
        }
        showError(result.message);
    });
}

void RemoteEditDialog::storeProfile(const QString &name, const QUrl &url)
{
    QString error;
    if (!remoteProfilesOf(m_iniFile)->add({name, url}, &error)) {
        showError(error);
        return;
    }
    m_key->clear();
    Q_EMIT saved(name);
    QDialog::accept();
}

// --- RemotesPage --------------------------------------------------------------------------------

RemotesPage::RemotesPage(SecretStore *secrets, const QString &iniFile, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_iniFile(iniFile)
{
    setObjectName(QStringLiteral("remotesPage"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("remoteList"));
    m_list->setHeaderLabels({tr("Name"), tr("URL"), tr("API key")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);

    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_testButton = new QPushButton(tr("Test &Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(
        tr("Checks the relay's health, the API key, a push and pull, and a WebSocket subscription."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_testButton);

    m_testTitle = new QLabel(this);
    m_testTitle->setObjectName(QStringLiteral("testTitle"));
    m_testTitle->setWordWrap(true);
    m_testTitle->setTextFormat(Qt::PlainText);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setFocusPolicy(Qt::NoFocus);
    // A test's lines (a note on the key and four steps) fit without scrolling.
    m_results->setFixedHeight(m_results->fontMetrics().lineSpacing() * 6 + 2 * m_results->frameWidth() + 8);
    m_testTitle->hide();
    m_results->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        hintLabel(tr("Relays elsewhere that you can push to (from the tray or New Push) and bridge "
                     "channels with. API keys are kept in the system keychain, never in the "
                     "settings file. Changes here are saved at once.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_testTitle);
    layout->addWidget(m_results);

    connect(m_add, &QPushButton::clicked, this, &RemotesPage::addRemote);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty())
            editRemote(currentProfile());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty())
            removeRemote(currentProfile());
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty())
            testConnection(currentProfile());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemotesPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editRemote(item->data(NameColumn, Qt::UserRole).toString()); });
    refresh();
}

RemotesPage::~RemotesPage() = default;

void RemotesPage::showEvent(QShowEvent *event)
{
    // The command line may have changed the profiles while the dialog was closed or on another tab
    // (the keychain is asked again only then, not right after the constructor asked it).
    if (!event->spontaneous() && m_stale)
        refresh();
    QWidget::showEvent(event);
}

void RemotesPage::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous())
        m_stale = true;
    QWidget::hideEvent(event);
}

void RemotesPage::refresh()
{
    const int generation = ++m_generation;
    m_stale = false;
    const QString current = currentProfile();
    m_list->clear();
    const QList<RemoteProfile> profiles = remoteProfilesOf(m_iniFile)->list();
    m_pendingReads = 0;
    for (const RemoteProfile &p : profiles) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.name);
        item->setData(NameColumn, Qt::UserRole, p.name);
        item->setText(UrlColumn, p.url.toString());
        item->setToolTip(UrlColumn, p.url.toString());
        if (m_secrets->hasSessionSecret(p.name)) {
            item->setText(KeyColumn, tr("session only"));
            item->setToolTip(KeyColumn, tr("Kept in memory until ContextRelay Desktop quits."));
            continue;
        }
        item->setText(KeyColumn, tr("checking…"));
        ++m_pendingReads;
        const QString name = p.name;
        m_secrets->read(name, this, [this, generation, name](const SecretResult &result) {
            if (generation != m_generation)
                return; // a newer refresh() took over
            for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
                QTreeWidgetItem *row = m_list->topLevelItem(i);
                if (row->data(NameColumn, Qt::UserRole).toString() != name)
                    continue;
                switch (result.status) {
                case SecretStatus::Ok:
                    row->setText(KeyColumn,
                                 m_secrets->hasSessionSecret(name) ? tr("session only") : tr("in keychain"));
                    row->setToolTip(KeyColumn, QString());
                    break;
                case SecretStatus::NotFound:
                    row->setText(KeyColumn, tr("none"));
                    row->setToolTip(KeyColumn, tr("No key: requests go to the remote without one."));
                    break;
                case SecretStatus::NoKeychain:
                    row->setText(KeyColumn, tr("no keychain"));
                    row->setToolTip(KeyColumn, result.message);
                    row->setForeground(KeyColumn, UiStyle::warningColor(palette()));
                    break;
                case SecretStatus::Failed:
                    row->setText(KeyColumn, tr("unknown"));
                    row->setToolTip(KeyColumn, result.message);
                    row->setForeground(KeyColumn, UiStyle::warningColor(palette()));
                    break;
                }
            }
            if (--m_pendingReads == 0) {
                m_list->resizeColumnToContents(KeyColumn);
                Q_EMIT refreshed();
            }
        });
    }
    m_list->resizeColumnToContents(NameColumn);
    m_list->resizeColumnToContents(KeyColumn);
    // Something is always selected, so the buttons say what they would act on.
    selectProfile(current);
    if (currentProfile().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    if (m_pendingReads == 0)
        Q_EMIT refreshed();
}

QString RemotesPage::currentProfile() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(NameColumn, Qt::UserRole).toString();
}

void RemotesPage::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void RemotesPage::updateButtons()
{
    const bool selected = !currentProfile().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && !isTesting());
    m_testButton->setEnabled(selected && !isTesting());
}

RemoteEditDialog *RemotesPage::addRemote()
{
    return editRemote(QString()); // the dialog adds when it has no name to edit
}

RemoteEditDialog *RemotesPage::editRemote(const QString &name)
{
    auto *dialog = new RemoteEditDialog(m_secrets, m_iniFile, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteEditDialog::saved, this, [this](const QString &saved) {
        refresh();
        selectProfile(saved);
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void RemotesPage::removeRemote(const QString &name)
{
    int bridges = 0;
    for (const BridgeSpec &b : bridgeSettingsOf(m_iniFile)->list())
        bridges += b.profile == name ? 1 : 0;
    QString text = tr("Remove the remote relay \"%1\" and its API key?").arg(name);
    if (bridges > 0)
        text += QLatin1Char(' ') + tr("%n bridge(s) use it: what they send waits in the queue until a remote "
                                      "of that name exists again.",
                                      nullptr, bridges);
    askToConfirm(this, QStringLiteral("confirmRemoveRemote"), tr("Remove Remote Relay"), text, tr("Remove"),
                 [this, name] { remove(name); });
}

void RemotesPage::remove(const QString &name)
{
    remoteProfilesOf(m_iniFile)->remove(name);
    m_secrets->remove(name, this, [this, name](const SecretResult &result) {
        // Without a keychain there was nothing to remove (the session-only key is gone already).
        if (result.status != SecretStatus::Failed)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Remote Relay"),
                                    tr("\"%1\" is removed, but its API key could not be removed from the "
                                       "keychain: %2")
                                        .arg(name, result.message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    refresh();
    Q_EMIT changed();
}

void RemotesPage::testConnection(const QString &name)
{
    if (isTesting())
        return;
    const auto profile = remoteProfilesOf(m_iniFile)->find(name);
    if (!profile)
        return;
    const QUrl url = profile->url;
    m_testedProfile = name;
    m_results->clear();
    m_results->show();
    m_testTitle->setText(tr("Testing \"%1\" at %2…").arg(name, url.toString()));
    m_testTitle->show();
    m_readingKey = true;
    updateButtons();
    // The key is read for the test only and leaves with it.
    m_secrets->read(name, this, [this, name, url](const SecretResult &key) {
        m_readingKey = false;
        QString apiKey;
        switch (key.status) {
        case SecretStatus::Ok:
            apiKey = key.secret;
            break;
        case SecretStatus::NotFound:
            addResult(tr("No API key is set for \"%1\": testing without one.").arg(name),
                      int(Severity::Neutral));
            break;
        case SecretStatus::NoKeychain:
        case SecretStatus::Failed:
            addResult(tr("No API key: %1").arg(key.message), int(Severity::Warning));
            break;
        }
        m_test = new ConnectionTest(url, apiKey, this);
        connect(m_test, &ConnectionTest::stepFinished, this, &RemotesPage::showStep);
        connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QList<ConnectionStep> &steps) {
            for (const ConnectionStep &step : steps) {
                if (!step.ran)
                    showStep(step);
            }
            finishTest(ok);
        });
        m_test->start();
        updateButtons();
    });
}

void RemotesPage::showStep(const ConnectionStep &step)
{
    const QString title = stepTitle(step.name);
    if (!step.ran) {
        addResult(QStringLiteral("\u2013  ") + tr("%1: %2").arg(title, step.message), int(Severity::Skipped));
        return;
    }
    const QString mark = step.ok ? QStringLiteral("\u2713  ") : QStringLiteral("\u2717  ");
    addResult(mark + tr("%1: %2").arg(title, step.message), int(step.ok ? Severity::Ok : Severity::Error),
              step.latencyMs >= 0 ? tr("%1 ms").arg(step.latencyMs) : QString());
}

void RemotesPage::addResult(const QString &text, int severity, const QString &toolTip)
{
    auto *item = new QListWidgetItem(text, m_results);
    item->setForeground(colourOf(Severity(severity), palette()));
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    m_results->scrollToItem(item);
}

void RemotesPage::finishTest(bool ok)
{
    if (m_test)
        m_test->deleteLater();
    m_test = nullptr;
    m_testTitle->setText(ok ? tr("\"%1\" works: every step passed.").arg(m_testedProfile)
                            : tr("\"%1\" failed the test; the steps after the first failure did not run.")
                                  .arg(m_testedProfile));
    updateButtons();
    Q_EMIT testFinished(ok);
}

} // namespace Relay::Ui
