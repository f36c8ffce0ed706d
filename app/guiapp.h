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
class RelayHost;
}

namespace Relay::Ui {
class ClipboardActions;
class InspectorWindow;
class RelayStatus;
class SettingsDialog;
class TrayIcon;
} // namespace Relay::Ui

namespace Relay::App {

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
    //! Stops the relay, then quits the application.
    void quit();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    RelayConfig effectiveConfig(const Ui::SettingsValues &values) const;
    QStringList overriddenOptions() const;
    //! Does the relay check API keys with \a config and \a values? Then the app needs its own token.
    bool relayAuthOn(const RelayConfig &config, const Ui::SettingsValues &values) const;
    void startRelay();
    void restartRelay();
    void applySettings();
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
    //! Lets the tray push and pull when API keys are required; new for every relay start, never saved.
    QByteArray m_sessionToken;

    RelayHost *m_host = nullptr;
    Ui::RelayStatus *m_status = nullptr;
    Ui::TrayIcon *m_tray = nullptr;
    Ui::ClipboardActions *m_clipboard = nullptr;
    QPointer<Ui::InspectorWindow> m_inspector;
    //! Inspectors given to deleteLater(); deleted by the destructor if the loop ended first.
    QList<QPointer<QWidget>> m_dying;
    QPointer<Ui::SettingsDialog> m_settingsDialog;
    QByteArray m_inspectorGeometry;

    bool m_noTray = false;
    bool m_restarting = false;
    bool m_reopenInspector = false;
    bool m_quitting = false;
    QString m_pendingSelection;
    QTimer m_selectRetry;
    int m_selectAttempts = 0;
    QTimer m_trayWait;
    int m_trayWaitTicks = 0;
};

} // namespace Relay::App
