// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QWidget>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Relay {
class ConnectionTest;
class SecretStore;
struct ConnectionStep;
} // namespace Relay

namespace Relay::Ui {

/*! Adds or edits one remote relay profile: name, base URL and API key. The key goes to the
 *  keychain, or (when asked, or when no keychain service runs) into this process's memory only;
 *  never into the settings file. Saving is asynchronous: saved() follows once the keychain
 *  answered and the profile is stored. Non-modal: open it with open(). */
class RemoteEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEditDialog)

public:
    //! Adds a profile when \a name is empty, else edits that one (its name then stays).
    RemoteEditDialog(SecretStore *secrets, const QString &iniFile, const QString &name,
                     QWidget *parent = nullptr);
    ~RemoteEditDialog() override;

    //! Has the keychain answered whether it can store keys? (It is asked when the dialog opens.)
    bool keychainChecked() const { return m_keychainChecked; }
    //! No keychain service runs: only a session-only key is possible.
    bool keychainMissing() const { return m_keychainMissing; }

    void accept() override;

Q_SIGNALS:
    //! The profile (and its key, if one was given) is stored.
    void saved(const QString &name);
    //! The keychain answered whether it can store keys (keychainChecked()).
    void keychainAnswered(bool missing);

private:
    void probeKeychain();
    //! No keychain service (\a why says so): the key can only be kept for this session.
    void forceSessionOnly(const QString &why);
    void updateNote();
    void showError(const QString &message);
    void fitHeight();
    void setWorking(bool working);
    void storeProfile(const QString &name, const QUrl &url);

    SecretStore *m_secrets;
    QString m_iniFile;
    QString m_editing;
    bool m_keychainChecked = false;
    bool m_keychainMissing = false;
    QString m_keychainProblem;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/*! Settings, "Remote relays": the profiles (name, URL, where the key is), Add and Edit (a
 *  RemoteEditDialog), Remove (with the key in the keychain) and Test Connection (each step of a
 *  ConnectionTest, in words). Like a list editor, every change is saved at once: it does not wait
 *  for the dialog's Apply or OK. */
class RemotesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemotesPage)

public:
    //! \a secrets must outlive the page; \a iniFile (tests) replaces the app's settings.
    explicit RemotesPage(SecretStore *secrets, const QString &iniFile = QString(), QWidget *parent = nullptr);
    ~RemotesPage() override;

    //! Lists the profiles again and asks the keychain which of them have a key.
    void refresh();
    //! The profile selected in the list, or empty.
    QString currentProfile() const;
    void selectProfile(const QString &name);

    //! Opens the dialog that adds a profile (returned for tests; it deletes itself when closed).
    RemoteEditDialog *addRemote();
    RemoteEditDialog *editRemote(const QString &name);
    //! Asks, then removes the profile and its key.
    void removeRemote(const QString &name);
    void testConnection(const QString &name);
    bool isTesting() const { return m_test != nullptr || m_readingKey; }

Q_SIGNALS:
    //! A profile or its key was added, changed or removed (and is saved).
    void changed();
    //! The list shows the keychain's answers for every profile.
    void refreshed();
    void testFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();
    void remove(const QString &name);
    void showStep(const ConnectionStep &step);
    void addResult(const QString &text, int severity, const QString &toolTip = QString());
    void finishTest(bool ok);

    SecretStore *m_secrets;
    QString m_iniFile;
    int m_generation = 0;
    int m_pendingReads = 0;
    //! Shown again after being hidden: the profiles may have changed meanwhile.
    bool m_stale = false;
    bool m_readingKey = false;
    ConnectionTest *m_test = nullptr; // while a test runs
    QString m_testedProfile;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testTitle = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace Relay::Ui
