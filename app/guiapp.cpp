// SPDX-License-Identifier: MIT
#include "guiapp.h"

#include "aboutdialog.h"
#include "autostart.h"
#include "clipboardactions.h"
#include "inspectorwindow.h"
#include "models/displayformat.h"
#include "payloadspanel.h"
#include "relaystatus.h"
#include "remotepush.h"
#include "settingsdialog.h"
#include "settingswatcher.h"
#include "trayicon.h"

#include "forward/forwardingcontroller.h"
#include "relay/relayhost.h"
#include "remote/secretstore.h"
#include "security/apitokens.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QUrl>
#include <utility>

namespace Relay::App {

namespace {
//! With --autostart the panel may come up after us: look for a tray this long before giving up.
constexpr int kTrayWaitMs = 500;
constexpr int kTrayWaitTicks = 20;
//! --select waits for the inspector's first snapshot this long at most.
constexpr int kSelectRetryMs = 200;
constexpr int kSelectAttempts = 25;
//! The relay lets requests finish for RelayConfig::shutdownGraceMs; quit anyway a little later.
constexpr int kQuitDeadlineMs = 10000;

//! The relay settings that need a restart: not the app's session token, nor the stored keys'
//! hashes, which the running relay takes as they are.
bool sameRelay(RelayConfig a, RelayConfig b)
{
    return a.port == b.port && a.listenAddresses == b.listenAddresses && a.dataDir == b.dataDir &&
           a.ephemeral == b.ephemeral && a.maxPayloadBytes == b.maxPayloadBytes &&
           a.defaultTtlSeconds == b.defaultTtlSeconds && a.allowedHosts == b.allowedHosts &&
           a.allowedOrigins == b.allowedOrigins && a.apiTokens == b.apiTokens;
}
} // namespace

GuiApp::GuiApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_values(m_settings.load())
{
    m_status = new Ui::RelayStatus(this);
    m_clipboard = new Ui::ClipboardActions(QGuiApplication::clipboard(), this);
    m_tray = new Ui::TrayIcon(m_status, this);
    m_tray->setMonochrome(m_values.monochromeTrayIcon);
    m_tray->setNotificationsEnabled(m_values.showNotifications);

    connect(m_tray, &Ui::TrayIcon::pushClipboardRequested, m_clipboard, &Ui::ClipboardActions::pushClipboard);
    connect(m_tray, &Ui::TrayIcon::pullClipboardRequested, m_clipboard,
            &Ui::ClipboardActions::pullFromClipboard);
    connect(m_tray, &Ui::TrayIcon::inspectorRequested, this, &GuiApp::showInspector);
    connect(m_tray, &Ui::TrayIcon::copyUrlRequested, this, &GuiApp::copyRelayUrl);
    connect(m_tray, &Ui::TrayIcon::copyMcpConfigRequested, this, &GuiApp::copyMcpConfig);
    connect(m_tray, &Ui::TrayIcon::pauseRequested, this, [this](bool paused) {
        if (m_host)
            m_host->setPaused(paused);
    });
    connect(m_tray, &Ui::TrayIcon::settingsRequested, this, &GuiApp::showSettings);
    connect(m_tray, &Ui::TrayIcon::aboutRequested, this, &GuiApp::showAbout);
    connect(m_tray, &Ui::TrayIcon::quitRequested, this, &GuiApp::quit);

    connect(m_clipboard, &Ui::ClipboardActions::busyChanged, m_tray, &Ui::TrayIcon::setClipboardBusy);
    connect(m_clipboard, &Ui::ClipboardActions::pushed, this,
            [this](const QStringList &urls, qint64 bytes, bool encrypted) {
                QString message =
                    urls.size() == 1
                        ? tr("Pushed %1; the URL is on the clipboard.").arg(Ui::formatSize(bytes))
                        : tr("Pushed %n files (%1); their URLs are on the clipboard.", nullptr,
                             int(urls.size()))
                              .arg(Ui::formatSize(bytes));
                if (encrypted)
                    message += QLatin1Char(' ') + tr("Encrypted here: the key is only in the URL.");
                notify(tr("Clipboard pushed"), message);
            });
    connect(m_clipboard, &Ui::ClipboardActions::pulled, this, [this](qint64 bytes, const QString &file) {
        notify(tr("Clipboard pulled"),
               file.isEmpty() ? tr("Pulled %1; the payload is on the clipboard.").arg(Ui::formatSize(bytes))
                              : tr("Pulled %1 and saved it as %2; the file is on the clipboard.")
                                    .arg(Ui::formatSize(bytes), file));
    });
    connect(m_clipboard, &Ui::ClipboardActions::failed, this,
            [this](const QString &message) { notify(tr("Clipboard"), message, true); });

    m_secrets = new SecretStore(this);
    m_remotePush = new Ui::RemoteClipboardPush(QGuiApplication::clipboard(), m_secrets, this);
    m_tray->setRemoteProfiles(Ui::remoteProfileNames());
    connect(m_tray, &Ui::TrayIcon::pushClipboardToRequested, m_remotePush,
            &Ui::RemoteClipboardPush::pushClipboard);
    connect(m_remotePush, &Ui::RemoteClipboardPush::busyChanged, m_tray, &Ui::TrayIcon::setClipboardBusy);
    connect(m_remotePush, &Ui::RemoteClipboardPush::pushed, this,
            [this](const QString &profile, const QStringList &urls, qint64 bytes) {
                const QString size = Ui::formatSize(bytes);
                const QString message =
                    urls.size() == 1 ? tr("Pushed %1 to %2; the URL is on the clipboard.").arg(size, profile)
                                     : tr("Pushed %n files (%1) to %2; their URLs are on the clipboard.",
                                          nullptr, int(urls.size()))
                                           .arg(size, profile);
                notify(tr("Clipboard pushed"), message);
            });
    connect(m_remotePush, &Ui::RemoteClipboardPush::failed, this,
            [this](const QString &message) { notify(tr("Clipboard"), message, true); });

    m_watcher = new SettingsWatcher(this);
    connect(m_watcher, &SettingsWatcher::changed, this, &GuiApp::reloadSettings);

    m_selectRetry.setInterval(kSelectRetryMs);
    connect(&m_selectRetry, &QTimer::timeout, this, &GuiApp::trySelection);
    m_trayWait.setInterval(kTrayWaitMs);
    connect(&m_trayWait, &QTimer::timeout, this, [this] {
        if (Ui::TrayIcon::isAvailable()) {
            m_trayWait.stop();
            m_tray->show();
        } else if (++m_trayWaitTicks >= kTrayWaitTicks) {
            m_trayWait.stop();
            useWindowWithoutTray();
        }
    });
}

GuiApp::~GuiApp()
{
    // The inspector observes the host: it goes first, and so does one still waiting for deleteLater.
    destroyInspector();
    for (const QPointer<QWidget> &widget : std::as_const(m_dying))
        delete widget;
    delete m_settingsDialog;
    delete m_about;
}

void GuiApp::start()
{
    m_pendingSelection = m_options.selectPayload;
    startRelay();
    showTrayOrWindow();
    if (m_options.showInspector)
        showInspector();
    if (m_options.pushClipboard)
        m_pushClipboardPending = true;
}

void GuiApp::showTrayOrWindow()
{
    if (Ui::TrayIcon::isAvailable()) {
        m_tray->show();
        return;
    }
    if (m_options.autostart) {
        m_trayWait.start();
        return;
    }
    useWindowWithoutTray();
}

void GuiApp::useWindowWithoutTray()
{
    m_noTray = true;
    showInspector();
    if (m_settings.noTrayExplained() || !m_inspector)
        return;
    m_settings.setNoTrayExplained();
    auto *box = new QMessageBox(QMessageBox::Information, tr("No system tray"),
                                tr("This desktop shows no system tray, so the inspector is ContextRelay "
                                   "Desktop's main window: closing it stops the relay and quits."),
                                QMessageBox::Ok, m_inspector);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): no nested event loop
}

RelayConfig GuiApp::effectiveConfig(const Ui::SettingsValues &values) const
{
    RelayConfig c = values.relayConfig();
    const RelayConfig &cli = m_options.relay;
    const Options::Given &given = m_options.given;
    if (given.port)
        c.port = cli.port;
    if (given.listen)
        c.listenAddresses = cli.listenAddresses;
    if (given.dataDir)
        c.dataDir = cli.dataDir;
    if (given.ephemeral)
        c.ephemeral = cli.ephemeral;
    if (given.maxPayload)
        c.maxPayloadBytes = cli.maxPayloadBytes;
    if (given.defaultTtl)
        c.defaultTtlSeconds = cli.defaultTtlSeconds;
    if (given.allowHost)
        c.allowedHosts = cli.allowedHosts;
    if (given.allowOrigin)
        c.allowedOrigins = cli.allowedOrigins;
    if (given.apiKeyFile) {
        c.apiTokens = cli.apiTokens;
        c.apiTokenHashes.clear();
    }
    // Settings have no caps: the command line's values (its defaults unless given) always apply.
    c.maxConnections = cli.maxConnections;
    c.maxConnectionsPerPeer = cli.maxConnectionsPerPeer;
    c.maxSubscribers = cli.maxSubscribers;
    c.maxSubscribersPerChannel = cli.maxSubscribersPerChannel;
    c.maxChannels = cli.maxChannels;
    c.maxPendingWsBytes = cli.maxPendingWsBytes;
    c.memoryBudgetBytes = cli.memoryBudgetBytes;
    c.diskBudgetBytes = cli.diskBudgetBytes;
    return c;
}

QStringList GuiApp::overriddenOptions() const
{
    const Options::Given &g = m_options.given;
    QStringList names;
    const std::pair<bool, const char *> options[] = {
        {g.port, "--port"},
        {g.listen, "--listen"},
        {g.dataDir, "--data-dir"},
        {g.ephemeral, "--ephemeral"},
        {g.maxPayload, "--max-payload"},
        {g.defaultTtl, "--default-ttl"},
        {g.apiKeyFile, "--api-key-file"},
        {g.allowHost, "--allow-host"},
        {g.allowOrigin, "--allow-origin"},
    };
    for (const auto &[set, name] : options) {
        if (set)
            names.append(QLatin1String(name));
    }
    return names;
}

void GuiApp::startRelay()
{
    m_config = effectiveConfig(m_values);
    RelayConfig config = m_config;
    m_sessionToken.fill('\0');
    // Always, keys or not: a key created while the relay runs must not lock the tray out. It never
    // turns auth on by itself; the relay keeps just its hash.
    m_sessionToken = ApiTokens::generate();
    config.sessionTokens = {QString::fromLatin1(m_sessionToken)};
    m_host = new RelayHost(config, this);
    RelayHost *host = m_host;
    connect(host, &RelayHost::started, this, [this, host](const QString &url, quint16) {
        if (host != m_host)
            return;
        m_clipboard->setRelay(QUrl(url), m_sessionToken);
        m_clipboard->setMaxPayloadBytes(m_config.maxPayloadBytes);
        // --push-clipboard on a fresh start: the relay only now has a URL to push to.
        if (std::exchange(m_pushClipboardPending, false))
            m_clipboard->pushClipboard(false);
    });
    connect(host, &RelayHost::failed, this, [this, host](const QString &) {
        if (host == m_host)
            m_clipboard->setRelay(QUrl());
    });
    connect(host, &RelayHost::warning, this,
            [this](const QString &message) { notify(tr("API keys"), message, true); });
    m_status->setHost(host);
    // The bridges are in place before the relay serves its first request: no push escapes them.
    delete m_forwarding;
    m_forwarding = new ForwardingController(host, m_secrets, this);
    m_forwarding->reload();
    host->start();
}

void GuiApp::restartRelay()
{
    // Already restarting: the relay about to start reads the newest settings anyway.
    if (m_restarting)
        return;
    m_restarting = true;
    // The inspector is built for one host; it is rebuilt for the new one, where it was.
    m_reopenInspector = m_reopenInspector || (m_inspector && m_inspector->isVisible());
    destroyInspector();
    m_clipboard->setRelay(QUrl());
    RelayHost *old = m_host;
    m_host = nullptr;
    if (!old) {
        m_restarting = false;
        startRelay();
        return;
    }
    connect(old, &RelayHost::stopped, this, [this, old] {
        old->deleteLater();
        m_restarting = false;
        if (m_quitting) {
            QCoreApplication::quit();
            return;
        }
        startRelay();
        if (m_reopenInspector || m_noTray) {
            m_reopenInspector = false;
            showInspector();
            // The restart came from the settings dialog: keep it in front of the new inspector.
            if (m_settingsDialog && m_settingsDialog->isVisible()) {
                m_settingsDialog->raise();
                m_settingsDialog->activateWindow();
            }
        }
        if (m_settingsDialog)
            m_settingsDialog->setRunningEphemeral(m_config.ephemeral);
    });
    old->stop();
}

void GuiApp::destroyInspector()
{
    if (!m_inspector)
        return;
    m_inspectorGeometry = m_inspector->saveGeometry();
    m_inspector->removeEventFilter(this);
    m_inspector->hide();
    // Later, not now: this may run inside one of the inspector's own signals or events.
    m_inspector->deleteLater();
    m_dying.append(m_inspector.data());
    m_inspector = nullptr;
}

void GuiApp::showInspector()
{
    if (m_quitting)
        return;
    if (!m_host) {
        // Between two relays (a restart): it opens with the new one.
        m_reopenInspector = true;
        return;
    }
    if (!m_inspector) {
        m_inspector = new Ui::InspectorWindow(m_host);
        m_inspector->setAttribute(Qt::WA_QuitOnClose, false);
        m_inspector->setApiKey(QString::fromLatin1(m_sessionToken));
        m_inspector->setAuthRequired(!m_config.apiTokens.isEmpty() || !m_config.apiTokenHashes.isEmpty());
        m_inspector->setSecretStore(m_secrets);
        connect(m_inspector, &Ui::InspectorWindow::settingsRequested, this, &GuiApp::showSettings);
        connect(m_inspector, &Ui::InspectorWindow::aboutRequested, this, &GuiApp::showAbout);
        connect(m_inspector, &Ui::InspectorWindow::quitRequested, this, &GuiApp::quit);
        if (!m_inspectorGeometry.isEmpty())
            m_inspector->restoreGeometry(m_inspectorGeometry);
        m_inspector->installEventFilter(this);
    }
    m_inspector->showAndRaise();
    if (!m_pendingSelection.isEmpty())
        selectPayload(m_pendingSelection);
}

bool GuiApp::eventFilter(QObject *watched, QEvent *event)
{
    // Without a tray the inspector is the main window: closing it quits (after the relay stops).
    if (watched == m_inspector && event->type() == QEvent::Close && m_noTray && !m_quitting) {
        static_cast<QCloseEvent *>(event)->ignore();
        QMetaObject::invokeMethod(this, &GuiApp::quit, Qt::QueuedConnection);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void GuiApp::selectPayload(const QString &id)
{
    // The inspector fills its table from a snapshot that is still on its way: try until it shows
    // the payload, for a few seconds at most.
    m_pendingSelection = id;
    m_selectAttempts = 0;
    m_selectRetry.start();
}

void GuiApp::trySelection()
{
    if (!m_inspector || m_pendingSelection.isEmpty() || ++m_selectAttempts > kSelectAttempts) {
        m_selectRetry.stop();
        return;
    }
    if (auto *payloads = m_inspector->findChild<QAction *>(QStringLiteral("actionTab0")))
        payloads->trigger();
    if (m_inspector->payloadsPanel()->selectPayload(m_pendingSelection)) {
        m_pendingSelection.clear();
        m_selectRetry.stop();
    }
}

void GuiApp::handleMessage(const QByteArray &message)
{
    if (message.startsWith("select ")) {
        m_pendingSelection = QString::fromUtf8(message.mid(7)).trimmed();
        showInspector();
        return;
    }
    const QList<QByteArray> words = message.split(' ');
    if (words.contains("show"))
        showInspector();
    if (words.contains("push-clipboard")) {
        // Restarting: the new relay pushes it once it has a URL.
        if (m_clipboard->hasRelay())
            m_clipboard->pushClipboard(false);
        else
            m_pushClipboardPending = true;
    }
}

void GuiApp::showAbout()
{
    if (!m_about) {
        // No parent: the tray has no window, and the dialog outlives an inspector closed meanwhile.
        m_about = new Ui::AboutDialog;
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void GuiApp::showSettings()
{
    if (m_quitting)
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new Ui::SettingsDialog(m_values);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setAttribute(Qt::WA_QuitOnClose, false);
        m_settingsDialog->setStartAtLogin(Ui::Autostart::isEnabled());
        m_settingsDialog->setOverriddenOptions(overriddenOptions());
        m_settingsDialog->setRunningEphemeral(m_config.ephemeral);
        connect(m_settingsDialog, &Ui::SettingsDialog::applied, this, &GuiApp::applySettings);
        m_settingsDialog->addRemoteTabs(m_secrets);
        connect(m_settingsDialog, &Ui::SettingsDialog::remotesChanged, this, &GuiApp::reloadForwarding);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void GuiApp::applySettings()
{
    if (!m_settingsDialog)
        return;
    const Ui::SettingsValues values = m_settingsDialog->values();
    // Act on what the file now holds (cleaned, bounded), so that the watcher, which sees the save,
    // finds nothing new.
    useValues(m_settings.save(values) ? m_settings.load() : values);

    const bool login = m_settingsDialog->startAtLogin();
    if (login != Ui::Autostart::isEnabled()) {
        QString error;
        if (!Ui::Autostart::setEnabled(login, QCoreApplication::applicationFilePath(), &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Start at login"), error, QMessageBox::Ok,
                                        m_settingsDialog);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
}

void GuiApp::reloadSettings()
{
    if (m_quitting)
        return;
    // Remote profiles and bridges are not among the values: they are read afresh in any case.
    reloadForwarding();
    const Ui::SettingsValues values = m_settings.load();
    if (values == m_values)
        return; // our own save, or nothing that counts
    if (m_settingsDialog)
        m_settingsDialog->setStoredKeys(values.apiKeys);
    useValues(values);
}

void GuiApp::useValues(const Ui::SettingsValues &values)
{
    const RelayConfig next = effectiveConfig(values);
    const bool restart = !sameRelay(next, m_config);
    m_values = values;
    m_tray->setNotificationsEnabled(values.showNotifications);
    m_tray->setMonochrome(values.monochromeTrayIcon);
    if (restart) {
        restartRelay(); // the relay that starts next reads m_values
    } else if (next.apiTokenHashes != m_config.apiTokenHashes) {
        // Keys alone: the running relay takes them, and nobody's connection drops.
        m_config.apiTokenHashes = next.apiTokenHashes;
        if (m_host)
            m_host->setApiTokenHashes(next.apiTokenHashes);
        if (m_inspector)
            m_inspector->setAuthRequired(!m_config.apiTokens.isEmpty() || !m_config.apiTokenHashes.isEmpty());
    }
}

void GuiApp::reloadForwarding()
{
    if (m_forwarding)
        m_forwarding->reload();
    m_tray->setRemoteProfiles(Ui::remoteProfileNames());
}

void GuiApp::copyRelayUrl()
{
    if (!m_host || m_host->baseUrl().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_host->baseUrl());
    notify(tr("Relay URL copied"), m_host->baseUrl());
}

void GuiApp::copyMcpConfig()
{
    if (!m_host || m_host->baseUrl().isEmpty())
        return;
    QString program = qEnvironmentVariable("APPIMAGE");
    if (program.isEmpty())
        program = QCoreApplication::applicationFilePath();
    QJsonObject env{{QStringLiteral("CONTEXTRELAY_URL"), m_host->baseUrl()}};
    if (!m_config.apiTokens.isEmpty() || !m_config.apiTokenHashes.isEmpty())
        env.insert(QStringLiteral("CONTEXTRELAY_API_KEY"), tr("<an API key from Settings>"));
    const QJsonObject server{{QStringLiteral("command"), program},
                             {QStringLiteral("args"), QJsonArray{QStringLiteral("mcp")}},
                             {QStringLiteral("env"), env}};
    const QJsonObject config{
        {QStringLiteral("mcpServers"), QJsonObject{{QStringLiteral("contextrelay"), server}}}};
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)));
    notify(tr("MCP config copied"),
           tr("Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client's settings."));
}

void GuiApp::notify(const QString &title, const QString &message, bool warning)
{
    m_tray->notify(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void GuiApp::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    destroyInspector();
    if (m_settingsDialog)
        m_settingsDialog->close(); // deletes itself (WA_DeleteOnClose)
    m_tray->hide();
    // Never hang on the way out: requests in flight get the relay's grace period, then we go.
    QTimer::singleShot(kQuitDeadlineMs, this, [] { QCoreApplication::quit(); });
    if (m_restarting)
        return; // the old relay's stopped() quits
    if (!m_host) {
        QCoreApplication::quit();
        return;
    }
    connect(m_host, &RelayHost::stopped, this, [] { QCoreApplication::quit(); });
    m_host->stop();
}

} // namespace Relay::App
