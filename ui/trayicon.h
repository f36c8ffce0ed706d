// SPDX-License-Identifier: MIT
#pragma once

#include "trayiconpainter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QSystemTrayIcon>
#include <QTimer>
#include <memory>

class QAction;
class QMenu;

namespace Relay::Ui {

class RelayStatus;

/*! The tray icon and its menu. Shows the relay's state at a glance (idle, a short pulse on push and
 *  pull, paused, error) with the URL and counts in the tooltip, and turns menu choices into
 *  signals; it does nothing itself, so the app decides what each choice means. */
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(RelayStatus *status, QObject *parent = nullptr);
    ~TrayIcon() override;

    //! Is there a system tray to show an icon in?
    static bool isAvailable();

    void show();
    void hide();
    bool isVisible() const;
    //! A tinted glyph instead of the coloured icon (some panels are monochrome).
    void setMonochrome(bool monochrome);
    void setNotificationsEnabled(bool enabled);
    //! While a clipboard action runs, the clipboard items are disabled.
    void setClipboardBusy(bool busy);
    //! The remote relay profiles "Push Clipboard To" offers; the submenu shows only when there are some.
    void setRemoteProfiles(const QStringList &profiles);
    QStringList remoteProfiles() const { return m_remoteProfiles; }
    //! A desktop notification, unless notifications are off.
    void notify(const QString &title, const QString &message,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);

    QMenu *menu() const;
    QString toolTip() const;
    TrayIconPainter::State iconState() const { return m_shownState; }
    //! Where the icon is on screen (invalid when the tray does not say).
    QRect geometry() const;

Q_SIGNALS:
    void pushClipboardRequested(bool encrypt);
    //! "Push Clipboard To" a remote relay profile.
    void pushClipboardToRequested(const QString &profile);
    void pullClipboardRequested();
    void inspectorRequested();
    void copyUrlRequested();
    void copyMcpConfigRequested();
    void pauseRequested(bool paused);
    void settingsRequested();
    void aboutRequested();
    void quitRequested();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void buildMenu();
    void updateFromStatus();
    void updateIcon();
    TrayIconPainter::State wantedState() const;

    QPointer<RelayStatus> m_status;
    QSystemTrayIcon m_tray;
    std::unique_ptr<QMenu> m_menu; // a top-level widget: not in the QObject tree
    TrayIconPainter m_painter;
    QTimer m_pulse;
    bool m_monochrome = false;
    bool m_notifications = true;
    bool m_clipboardBusy = false;
    TrayIconPainter::State m_shownState = TrayIconPainter::State::Idle;

    QAction *m_statusAction = nullptr;
    QAction *m_pushAction = nullptr;
    QAction *m_pushEncryptedAction = nullptr;
    QMenu *m_pushToMenu = nullptr; // a child of m_menu
    QStringList m_remoteProfiles;
    QAction *m_pullAction = nullptr;
    QAction *m_inspectorAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_copyMcpAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Relay::Ui
