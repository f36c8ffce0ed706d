// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "models/displayformat.h"
#include "relaystatus.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QPalette>

namespace Relay::Ui {

namespace {
//! How long the "activity" icon stays after a push or pull.
constexpr int kPulseMs = 700;
} // namespace

TrayIcon::TrayIcon(RelayStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_menu(std::make_unique<QMenu>())
{
    m_pulse.setSingleShot(true);
    m_pulse.setInterval(kPulseMs);
    connect(&m_pulse, &QTimer::timeout, this, &TrayIcon::updateIcon);

    buildMenu();
    m_tray.setContextMenu(m_menu.get());
    // The menu is a widget: it hears of palette changes (light ↔ dark), the tray icon does not.
    m_menu->installEventFilter(this);

    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT inspectorRequested();
    });
    if (m_status) {
        connect(m_status, &RelayStatus::changed, this, &TrayIcon::updateFromStatus);
        connect(m_status, &RelayStatus::activity, this, [this] {
            m_pulse.start(); // restarts: a stream of pushes keeps the icon lit
            updateIcon();
        });
        connect(m_status, &RelayStatus::problem, this, [this](const QString &message) {
            notify(tr("ContextRelay relay"), message, QSystemTrayIcon::Warning);
        });
    }
    updateFromStatus();
}

TrayIcon::~TrayIcon()
{
    m_tray.setContextMenu(nullptr);
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::buildMenu()
{
    QMenu *menu = m_menu.get();
    m_statusAction = menu->addAction(QString());
    m_statusAction->setEnabled(false);
    menu->addSeparator();

    m_pushAction = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Push Clipboard"));
    m_pushAction->setToolTip(tr("Push the copied text or files; the URL replaces the clipboard"));
    connect(m_pushAction, &QAction::triggered, this, [this] { Q_EMIT pushClipboardRequested(false); });
    m_pushEncryptedAction =
        menu->addAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("Push Clipboard &Encrypted"));
    m_pushEncryptedAction->setToolTip(tr("Encrypt here first; the key travels only in the URL (#key=…)"));
    connect(m_pushEncryptedAction, &QAction::triggered, this,
            [this] { Q_EMIT pushClipboardRequested(true); });
    m_pushToMenu = new QMenu(tr("Push Clipboard &To"), menu);
    m_pushToMenu->setObjectName(QStringLiteral("pushToMenu"));
    m_pushToMenu->setIcon(QIcon::fromTheme(QStringLiteral("network-server")));
    m_pushToMenu->menuAction()->setToolTip(tr("Push the copied text or files to a remote relay"));
    m_pushToMenu->menuAction()->setVisible(false); // until there are remote profiles
    menu->addMenu(m_pushToMenu);
    m_pullAction = menu->addAction(
        QIcon::fromTheme(QStringLiteral("edit-download"), QIcon::fromTheme(QStringLiteral("document-save"))),
        tr("P&ull URL from Clipboard"));
    m_pullAction->setToolTip(tr("Replace the copied pointer URL with its payload"));
    connect(m_pullAction, &QAction::triggered, this, &TrayIcon::pullClipboardRequested);
    menu->addSeparator();

    m_inspectorAction =
        menu->addAction(QIcon::fromTheme(QStringLiteral("window-new")), tr("Open &Inspector"));
    connect(m_inspectorAction, &QAction::triggered, this, &TrayIcon::inspectorRequested);
    m_copyUrlAction = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Relay URL"));
    connect(m_copyUrlAction, &QAction::triggered, this, &TrayIcon::copyUrlRequested);
    m_copyMcpAction = menu->addAction(tr("Copy &MCP Config"));
    m_copyMcpAction->setToolTip(tr("An mcpServers entry for Claude Desktop, Cursor and other MCP clients"));
    connect(m_copyMcpAction, &QAction::triggered, this, &TrayIcon::copyMcpConfigRequested);
    menu->addSeparator();

    m_pauseAction = menu->addAction(QString());
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        Q_EMIT pauseRequested(!(m_status && m_status->state() == RelayStatus::State::Paused));
    });
    m_settingsAction =
        menu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &TrayIcon::settingsRequested);
    QAction *about = menu->addAction(tr("&About ContextRelay Desktop"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &TrayIcon::aboutRequested);
    menu->addSeparator();
    m_quitAction = menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::show()
{
    m_tray.show();
}

void TrayIcon::hide()
{
    m_tray.hide();
}

bool TrayIcon::isVisible() const
{
    return m_tray.isVisible();
}

void TrayIcon::setMonochrome(bool monochrome)
{
    if (m_monochrome == monochrome)
        return;
    m_monochrome = monochrome;
    updateIcon();
}

void TrayIcon::setNotificationsEnabled(bool enabled)
{
    m_notifications = enabled;
}

void TrayIcon::setClipboardBusy(bool busy)
{
    m_clipboardBusy = busy;
    updateFromStatus();
}

void TrayIcon::setRemoteProfiles(const QStringList &profiles)
{
    if (profiles == m_remoteProfiles)
        return;
    m_remoteProfiles = profiles;
    m_pushToMenu->clear();
    for (const QString &profile : profiles) {
        QString text = profile;
        QAction *action = m_pushToMenu->addAction(text.replace(QLatin1Char('&'), QLatin1String("&&")));
        connect(action, &QAction::triggered, this,
                [this, profile] { Q_EMIT pushClipboardToRequested(profile); });
    }
    m_pushToMenu->menuAction()->setVisible(!profiles.isEmpty());
}

void TrayIcon::notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    if (!m_notifications || !m_tray.isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray.showMessage(title, message, icon, 6000);
}

QMenu *TrayIcon::menu() const
{
    return m_menu.get();
}

QString TrayIcon::toolTip() const
{
    return m_tray.toolTip();
}

QRect TrayIcon::geometry() const
{
    return m_tray.geometry();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::PaletteChange && m_monochrome)
        updateIcon();
    return QObject::eventFilter(watched, event);
}

TrayIconPainter::State TrayIcon::wantedState() const
{
    const RelayStatus::State state = m_status ? m_status->state() : RelayStatus::State::Stopped;
    switch (state) {
    case RelayStatus::State::Error:
        return TrayIconPainter::State::Error;
    case RelayStatus::State::Paused:
    case RelayStatus::State::Stopped:
        return TrayIconPainter::State::Paused;
    case RelayStatus::State::Starting:
    case RelayStatus::State::Running:
        break;
    }
    return m_pulse.isActive() ? TrayIconPainter::State::Active : TrayIconPainter::State::Idle;
}

void TrayIcon::updateIcon()
{
    m_shownState = wantedState();
    const QColor tint = m_menu->palette().color(QPalette::WindowText);
    m_tray.setIcon(m_painter.icon(m_shownState, m_monochrome, tint));
}

void TrayIcon::updateFromStatus()
{
    const RelayStatus::State state = m_status ? m_status->state() : RelayStatus::State::Stopped;
    const bool up = state == RelayStatus::State::Running || state == RelayStatus::State::Paused ||
                    (state == RelayStatus::State::Error && m_status && !m_status->baseUrl().isEmpty());
    const bool paused = state == RelayStatus::State::Paused;
    const QString url = m_status ? m_status->baseUrl() : QString();

    QString headline;
    switch (state) {
    case RelayStatus::State::Stopped:
        headline = tr("Relay stopped");
        break;
    case RelayStatus::State::Starting:
        headline = tr("Relay starting…");
        break;
    case RelayStatus::State::Running:
        headline = tr("Relay running at %1").arg(url);
        break;
    case RelayStatus::State::Paused:
        headline = tr("Relay paused at %1").arg(url);
        break;
    case RelayStatus::State::Error:
        headline = up ? tr("Relay at %1 has a problem").arg(url) : tr("Relay not running");
        break;
    }
    m_statusAction->setText(headline);

    // Pushing and pulling go through the relay's own front door, which is closed while paused.
    const bool clipboardUsable = up && !paused && !m_clipboardBusy;
    m_pushAction->setEnabled(clipboardUsable);
    m_pushEncryptedAction->setEnabled(clipboardUsable);
    m_pullAction->setEnabled(clipboardUsable);
    // A remote relay is there whatever the local one does.
    m_pushToMenu->menuAction()->setEnabled(!m_clipboardBusy);
    m_copyUrlAction->setEnabled(up);
    m_copyMcpAction->setEnabled(up);
    m_pauseAction->setEnabled(up);
    m_pauseAction->setText(paused ? tr("&Resume Relay") : tr("Pause &Relay"));
    m_pauseAction->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                                   : QStringLiteral("media-playback-pause")));

    QStringList lines{tr("ContextRelay Desktop")};
    if (m_status && up) {
        lines.append(url);
        const QString bytes = formatSize(m_status->totalBytes());
        // "Label: number" reads right for any count without plural forms in every language.
        lines.append(tr("Payloads: %1 (%2)").arg(QLocale().toString(m_status->payloads()), bytes));
        lines.append(
            tr("Channels: %1 · Subscribers: %2")
                .arg(QLocale().toString(m_status->channels()), QLocale().toString(m_status->subscribers())));
    }
    if (paused)
        lines.append(tr("Paused: new connections are refused (503); subscribers stay connected."));
    else if (state == RelayStatus::State::Starting)
        lines.append(headline);
    else if (state == RelayStatus::State::Stopped)
        lines.append(headline);
    if (state == RelayStatus::State::Error && m_status)
        lines.append(m_status->errorMessage());
    m_tray.setToolTip(lines.join(QLatin1Char('\n')));
    updateIcon();
}

} // namespace Relay::Ui
