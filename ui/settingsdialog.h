// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace Relay {
class SecretStore;
}

namespace Relay::Ui {

class BridgesPage;
class RemotesPage;

/*! Settings: the relay (port, listen addresses, storage, lifetime, size), its security (Origins,
 *  Host names, API keys) and the desktop (start at login, notifications, tray icon). Edits a copy
 *  of the values; Apply and OK emit applied() and the app saves and applies them (restarting the
 *  relay only when a relay setting changed). Non-modal: open it with show(). */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const SettingsValues &values, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    //! What the dialog shows now (valid or not).
    SettingsValues values() const;
    void setStartAtLogin(bool enabled);
    bool startAtLogin() const;
    //! Command-line options that override Settings for this run, e.g. {"--port"}; mentioned in a note.
    void setOverriddenOptions(const QStringList &options);
    //! Whether the relay running now is ephemeral (a restart then loses its payloads); the saved
    //! setting may differ when the command line said --ephemeral.
    void setRunningEphemeral(bool ephemeral);
    //! Are the values consistent enough to apply? If not, \a why says what to fix.
    bool isValid(QString *why = nullptr) const;
    /*! The keys as saved now, changed by someone else (`keys create` / `keys revoke` on the
     *  command line). Keys created or revoked in the dialog and not yet applied stay so. */
    void setStoredKeys(const QList<ApiKeyEntry> &keys);

    //! The Security tab (for the screenshot script).
    void showSecurityTab();
    /*! Adds the "Remote Relays" and "Bridges" tabs (once). Unlike the other tabs they save every
     *  change at once, keys through \a secrets (which must outlive the dialog); \a iniFile (tests)
     *  replaces the app's settings. */
    void addRemoteTabs(Relay::SecretStore *secrets, const QString &iniFile = QString());

Q_SIGNALS:
    //! Apply or OK with valid values: save them and act on them.
    void applied();
    //! A remote profile, its key or a bridge changed (and is saved already): reload the bridges.
    void remotesChanged();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildRelayTab();
    QWidget *buildSecurityTab();
    QWidget *buildDesktopTab();
    void load(const SettingsValues &values);
    void apply();
    void updateState();
    void refreshKeys();
    void createKey();
    void revokeKey();
    void clearNewKey();
    void browseDataDir();

    SettingsValues m_original;
    QList<ApiKeyEntry> m_keys;
    QStringList m_overridden;
    bool m_runningEphemeral = false;

    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_listen = nullptr;
    QRadioButton *m_durable = nullptr;
    QRadioButton *m_ephemeral = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_ttlMinutes = nullptr;
    QSpinBox *m_maxPayloadMiB = nullptr;

    QPlainTextEdit *m_origins = nullptr;
    QPlainTextEdit *m_hosts = nullptr;
    QTreeWidget *m_keyList = nullptr;
    QLineEdit *m_keyName = nullptr;
    QPushButton *m_createKey = nullptr;
    QPushButton *m_revokeKey = nullptr;
    QWidget *m_newKeyBox = nullptr;
    QLabel *m_newKeyLabel = nullptr;
    QLineEdit *m_newKey = nullptr;

    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_monochrome = nullptr;
    QComboBox *m_language = nullptr;

    RemotesPage *m_remotes = nullptr;
    BridgesPage *m_bridges = nullptr;

    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Relay::Ui
