// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "commandline.h"
#include "signalwatcher.h"

#include "relay/relayhost.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <sodium.h>

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("relay"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

int runHeadless(QCoreApplication &app, const Relay::App::Options &options)
{
    Relay::RelayHost host(options.relay);
    Relay::App::SignalWatcher signals_;
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContextRelay"));
    QCoreApplication::setApplicationName(QStringLiteral("contextrelay-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAY_VERSION));

    QCoreApplication app(argc, argv);
    installTranslators(app);
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
    // Until the tray app lands (issue 4), every mode runs the relay headless.
    return runHeadless(app, options);
}
