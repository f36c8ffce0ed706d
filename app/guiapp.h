// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "commandline.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Relay {
class ForwardingController;
class RelayHost;
class SecretStore;
} // namespace Relay

namespace Relay::Ui {
class AboutDialog;
class ClipboardActions;
class InspectorWindow;
class RelayStatus;
class RemoteClipboardPush;
class SettingsDialog;
class TrayIcon;
} // namespace Relay::Ui

namespace Relay::App {

class SettingsWatcher;

/*! The GUI mode, wired: the relay (in its own thread, from Settings plus the command line's
 *  overrides), the tray icon, the clipboard actions, the inspector (created when first asked for)
 *  and the settings dialog. Restarts the relay when a setting that needs it changes; Quit stops the
 *  relay, then the application. Where no system tray exists, the inspector is the main window. */
class GuiApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApp)

public:
    explicit GuiApp(const Options &options, QObject *parent = nullptr);
    ~GuiApp() override;

    //! Starts the relay and shows the tray icon (or the inspector, where there is no tray).
    void start();
    //! A message from a later instance: "show", or "select <payload id>".
    void handleMessage(const QByteArray &message);
    void showInspector();
    void showSettings();
    void showAbout();
    //! Stops the relay, then quits the application.
    void quit();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    RelayConfig effectiveConfig(const Ui::SettingsValues &values) const;
    QStringList overriddenOptions() const;
    void startRelay();
    void restartRelay();
    //! The dialog's Apply / OK: save, then act on what was saved.
    void applySettings();
    //! The settings file changed on disk (`keys create` in a terminal, say): act on it.
    void reloadSettings();
    //! Takes \a values as the current settings: restarts the relay, or only hands it new API keys.
    void useValues(const Ui::SettingsValues &values);
    //! Remote profiles, their keys or bridges changed: the relay gets its bridges again, the tray
    //! its list of remotes.
    void reloadForwarding();
    void showTrayOrWindow();
    void useWindowWithoutTray();
    void destroyInspector();
    void selectPayload(const QString &id);
    void trySelection();
    void copyRelayUrl();
    void copyMcpConfig();
    void notify(const QString &title, const QString &message, bool warning = false);

    Options m_options;
    Ui::AppSettings m_settings;
    Ui::SettingsValues m_values;
    RelayConfig m_config;
    /*! The app's own key: its pushes and pulls keep working whenever keys are required, even when
     *  one is created while it runs. New for every relay start, in memory only, never saved. */
    QByteArray m_sessionToken;
    SettingsWatcher *m_watcher = nullptr;

    //! The one keychain access of the app: session-only keys set in Settings live here.
    SecretStore *m_secrets = nullptr;
    //! Feeds m_host its channel bridges; one per relay start.
    ForwardingController *m_forwarding = nullptr;
    Ui::RemoteClipboardPush *m_remotePush = nullptr;

    RelayHost *m_host = nullptr;
    Ui::RelayStatus *m_status = nullptr;
    Ui::TrayIcon *m_tray = nullptr;
    Ui::ClipboardActions *m_clipboard = nullptr;
    QPointer<Ui::InspectorWindow> m_inspector;
    //! Inspectors given to deleteLater(); deleted by the destructor if the loop ended first.
    QList<QPointer<QWidget>> m_dying;
    QPointer<Ui::SettingsDialog> m_settingsDialog;
    QPointer<Ui::AboutDialog> m_about;
    QByteArray m_inspectorGeometry;

    bool m_noTray = false;
    bool m_restarting = false;
    bool m_reopenInspector = false;
    bool m_quitting = false;
    QString m_pendingSelection;
    bool m_pushClipboardPending = false;
    QTimer m_selectRetry;
    int m_selectAttempts = 0;
    QTimer m_trayWait;
    int m_trayWaitTicks = 0;
};

} // namespace Relay::App
