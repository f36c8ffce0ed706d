// SPDX-License-Identifier: MIT
#include "settingswatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace Relay::App {

namespace {
//! Long enough to fold a save (temporary file, rename, lock file) into one change.
constexpr int kDebounceMs = 200;
} // namespace

SettingsWatcher::SettingsWatcher(QObject *parent)
    : SettingsWatcher(QSettings().fileName(), parent)
{}

SettingsWatcher::SettingsWatcher(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_file(QFileInfo(fileName).absoluteFilePath())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SettingsWatcher::settle);
    const auto touched = [this] {
        // Watch the new file (or folder) at once: a change while the timer runs must not be missed.
        watch();
        m_debounce.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, touched);
    m_existed = QFileInfo::exists(m_file);
    m_content = content();
    watch();
}

SettingsWatcher::~SettingsWatcher() = default;

void SettingsWatcher::watch()
{
    // Anew each time: after a rename over it, a watch may still be listed but follow the old file.
    if (m_watcher.files().contains(m_file))
        m_watcher.removePath(m_file);
    if (QFileInfo::exists(m_file))
        m_watcher.addPath(m_file);

    // The folder the file is in, or the nearest one up that exists: it may be created later.
    QString folder = QFileInfo(m_file).absolutePath();
    while (!QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            return; // not even the root: nothing to watch
        folder = parent;
    }
    const QStringList watched = m_watcher.directories();
    for (const QString &d : watched) {
        if (d != folder)
            m_watcher.removePath(d);
    }
    if (!watched.contains(folder))
        m_watcher.addPath(folder);
}

void SettingsWatcher::settle()
{
    watch();
    const bool exists = QFileInfo::exists(m_file);
    QByteArray now = content();
    if (exists == m_existed && now == m_content)
        return; // another file in the folder, or a save that changed nothing
    m_existed = exists;
    m_content = std::move(now);
    Q_EMIT changed();
}

QByteArray SettingsWatcher::content() const
{
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Relay::App
