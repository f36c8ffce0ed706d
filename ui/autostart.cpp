// SPDX-License-Identifier: MIT
#include "autostart.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Relay::Ui::Autostart {

namespace {
QString tr(const char *text)
{
    return translateIn({"Relay::Ui::Autostart", "Relay::Ui"}, text);
}

//! Quotes an argument of Exec= (Desktop Entry Specification, "The Exec key").
QString quoteExecArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped;
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // A literal % must be doubled, quoted or not (field codes).
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return needsQuotes ? QLatin1Char('"') + escaped + QLatin1Char('"') : escaped;
}
} // namespace

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/dev.contextrelay.Desktop.desktop");
}

bool isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // The file is a few hundred bytes; a line scan is enough to honour Hidden=true.
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

bool setEnabled(bool enabled, const QString &executable, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot remove the autostart entry %1.").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
        return false;
    }
    // An AppImage runs from a temporary mount; its own path is what survives a reboot.
    QString program = qEnvironmentVariable("APPIMAGE");
    if (program.isEmpty())
        program = executable;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write the autostart entry %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=ContextRelay Desktop\n"
                                         "Comment=") +
                          tr("Hand large payloads between AI agents by URL, on this computer") +
                          QStringLiteral("\nExec=") + quoteExecArgument(program) +
                          QStringLiteral(" --autostart\n"
                                         "Icon=dev.contextrelay.Desktop\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n");
    file.write(entry.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write the autostart entry %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Relay::Ui::Autostart
