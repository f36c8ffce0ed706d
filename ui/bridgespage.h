// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Relay::Ui {

/*! Settings, "Bridges": the channel bridges (local channel, direction, remote profile and
 *  channel), a form to add one and Remove. Uses BridgeSettings, so the `bridge-channel` command
 *  sees the same list. Like a list editor, every change is saved at once: it does not wait for
 *  the dialog's Apply or OK. */
class BridgesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BridgesPage)

public:
    //! \a iniFile (tests) replaces the app's settings.
    explicit BridgesPage(const QString &iniFile = QString(), QWidget *parent = nullptr);
    ~BridgesPage() override;

    //! Reads the bridges and the remote profiles again.
    void refresh();
    //! Adds the bridge the form describes; false (with the reason shown) when it is refused.
    bool addBridge();
    //! Asks, then removes the bridge with this id (its queue goes with it).
    void removeBridge(const QString &id);
    //! The id of the bridge selected in the list, or empty.
    QString currentBridge() const;

Q_SIGNALS:
    //! A bridge was added or removed (and is saved).
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void remove(const QString &id);
    void updateButtons();
    void showError(const QString &message);

    QString m_iniFile;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_local = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_remoteChannel = nullptr;
    QComboBox *m_direction = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_noProfiles = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Relay::Ui
