// SPDX-License-Identifier: MIT
#include "bridgelog.h"
#include "cli/cli.h"
#include "commandline.h"
#include "guiapp.h"
#include "settingswatcher.h"
#include "signalwatcher.h"
#include "singleinstance.h"

#include "appsettings.h"
#include "forward/forwardingcontroller.h"
#include "relay/relayhost.h"
#include "remote/secretstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>
#include <sodium.h>

namespace {

//! \a language ("de"; empty: the system's) picks the translations; the locale's formats follow it.
void installTranslators(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // English is a translation too: it carries the plural forms ("1 payload", "2 payloads") that
    // the source's "%n payload(s)" leaves open. It is also the fallback for the C locale.
    if (ours->load(QLocale(), QStringLiteral("relay"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("relay_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

//! The API keys `keys create` stored (hashes only): the headless relay's keys, unless --api-key-file.
QList<QByteArray> storedKeyHashes()
{
    return Relay::Ui::AppSettings().load().relayConfig().apiTokenHashes;
}

int runHeadless(QCoreApplication &app, const Relay::App::Options &options)
{
    Relay::RelayConfig config = options.relay;
    const bool storedKeys = !options.given.apiKeyFile;
    if (storedKeys)
        config.apiTokenHashes = storedKeyHashes();
    Relay::RelayHost host(config);
    Relay::App::SignalWatcher signals_;
    // Channel bridges from the settings; their remote keys come from the keychain meanwhile.
    Relay::SecretStore secrets;
    Relay::ForwardingController forwarding(&host, &secrets);
    forwarding.reload();
    Relay::App::BridgeLog bridgeLog;
    QObject::connect(&host, &Relay::RelayHost::bridgesChanged, &bridgeLog, &Relay::App::BridgeLog::report);
    // `keys create` / `keys revoke` / `bridge-channel add` while the relay runs: applied at once,
    // no restart.
    Relay::App::SettingsWatcher settingsWatcher;
    QObject::connect(&settingsWatcher, &Relay::App::SettingsWatcher::changed, &host,
                     [&host, &forwarding, storedKeys, hashes = config.apiTokenHashes]() mutable {
                         forwarding.reload();
                         if (!storedKeys)
                             return;
                         const QList<QByteArray> now = storedKeyHashes();
                         if (now == hashes)
                             return;
                         hashes = now;
                         host.setApiTokenHashes(now);
                     });
    QObject::connect(&host, &Relay::RelayHost::warning, &app, [](const QString &message) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n", message.toUtf8().constData());
        std::fflush(stderr);
    });
    int exitCode = 0;

    QObject::connect(&host, &Relay::RelayHost::started, &app, [](const QString &url, quint16) {
        // The first line of stdout is the base URL and nothing else: scripts and tests read it.
        std::fprintf(stdout, "%s\n", url.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&host, &Relay::RelayHost::failed, &app, [&exitCode](const QString &message) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n", message.toUtf8().constData());
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&signals_, &Relay::App::SignalWatcher::terminationRequested, &app,
                     [&host](int) { host.stop(); });
    QObject::connect(&host, &Relay::RelayHost::stopped, &app,
                     [&exitCode] { QCoreApplication::exit(exitCode); });
    host.start();
    return app.exec();
}

/*! Does this command line start the GUI? Decided from argv before any application object exists,
 *  because the GUI needs a QApplication and everything else a QCoreApplication (which needs no
 *  display: the headless relay, the CLI and the MCP server run on servers and in CI). */
bool wantsGui(int argc, char *argv[])
{
    if (argc > 1 && Relay::Cli::isSubcommand(QString::fromLocal8Bit(argv[1])))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        // --help and --version print and exit; a GUI would only need a display for nothing.
        if (a == "--headless" || a == "--help" || a == "-h" || a == "-?" || a == "--help-all" ||
            a == "--version" || a == "-v")
            return false;
    }
    return true;
}

//! Is there a display to open windows on? Without one QApplication would abort.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runGui(QApplication &app, const Relay::App::Options &options)
{
    QApplication::setQuitOnLastWindowClosed(false);
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.contextrelay.Desktop"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("dev.contextrelay.Desktop"),
                                                 QIcon(QStringLiteral(":/icons/contextrelay.svg"))));

    Relay::App::SingleInstance instance(Relay::App::SingleInstance::defaultName());
    Relay::App::GuiApp gui(options);
    Relay::App::SignalWatcher signals_;
    QObject::connect(&instance, &Relay::App::SingleInstance::primary, &gui, &Relay::App::GuiApp::start);
    QObject::connect(&instance, &Relay::App::SingleInstance::messageReceived, &gui,
                     &Relay::App::GuiApp::handleMessage);
    QObject::connect(&instance, &Relay::App::SingleInstance::delivered, &app, [] {
        std::fprintf(
            stderr, "%s\n",
            QCoreApplication::translate("main", "ContextRelay Desktop is already running; it has been told.")
                .toUtf8()
                .constData());
        QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &Relay::App::SingleInstance::failed, &app, [](const QString &message) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n", message.toUtf8().constData());
        QCoreApplication::exit(1);
    });
    QObject::connect(&signals_, &Relay::App::SignalWatcher::terminationRequested, &gui,
                     [&gui](int) { gui.quit(); });
    // A later instance asks the running one to show itself (or a payload), or to push the
    // clipboard; it starts no relay.
    QByteArray message = QByteArrayLiteral("show");
    if (!options.selectPayload.isEmpty())
        message = "select " + options.selectPayload.toUtf8();
    else if (options.pushClipboard)
        message = options.showInspector ? QByteArrayLiteral("show push-clipboard")
                                        : QByteArrayLiteral("push-clipboard");
    instance.start(message);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContextRelay"));
    QCoreApplication::setApplicationName(QStringLiteral("contextrelay-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAY_VERSION));

    const bool gui = wantsGui(argc, argv);
    const bool display = hasDisplay();
    // QApplication only for the GUI: headless mode and the subcommands must run without a display.
    std::unique_ptr<QCoreApplication> application = gui && display
                                                        ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    // The language chosen in Settings is the GUI's; the CLI and headless mode follow the
    // environment (LANG), like the other tools in a terminal or a service.
    installTranslators(app, gui && display ? Relay::Ui::AppSettings().load().language : QString());
    // Once, before any thread or subcommand uses libsodium (ids, tokens, Fernet).
    if (sodium_init() < 0) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n",
                     QCoreApplication::translate("main", "The crypto library (libsodium) cannot start.")
                         .toUtf8()
                         .constData());
        return 1;
    }

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && Relay::Cli::isSubcommand(arguments.at(1)))
        return Relay::Cli::run(app, arguments);

    Relay::App::Options options;
    QString error;
    if (!Relay::App::parseCommandLine(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n", error.toUtf8().constData());
        std::fprintf(
            stderr, "%s\n",
            QCoreApplication::translate("main", "Try 'contextrelay-desktop --help'.").toUtf8().constData());
        return 1;
    }
    if (options.headless || !gui)
        return runHeadless(app, options);
    if (!display) {
        std::fprintf(stderr, "contextrelay-desktop: %s\n",
                     QCoreApplication::translate("main", "There is no display to show the tray app on; "
                                                         "run the relay alone with --headless.")
                         .toUtf8()
                         .constData());
        return 1;
    }

    return runGui(static_cast<QApplication &>(app), options);
}
