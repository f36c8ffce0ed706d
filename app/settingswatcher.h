// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Relay::App {

/*! Tells when the settings file changed on disk, whoever wrote it: `contextrelay-desktop keys
 *  create` in a terminal, the Settings dialog, an editor. A running relay picks up what changed
 *  without a restart.
 *
 *  QSettings saves by writing a new file and renaming it over the old one, which ends a watch on
 *  the file; the watcher then watches the new one. It also watches the folder (or, while that does
 *  not exist yet, the nearest one that does), so the first save is seen too. Bursts of changes come
 *  out as one changed(), about 200 ms after the last, and only when the file's content differs. */
class SettingsWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsWatcher)

public:
    //! Watches the application's own settings file (QSettings().fileName()).
    explicit SettingsWatcher(QObject *parent = nullptr);
    //! Watches \a fileName (tests).
    explicit SettingsWatcher(const QString &fileName, QObject *parent = nullptr);
    ~SettingsWatcher() override;

    QString fileName() const { return m_file; }

Q_SIGNALS:
    //! The file's content changed (or it appeared, or it went away).
    void changed();

private:
    void watch();
    void settle();
    QByteArray content() const;

    QString m_file;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QByteArray m_content;
    bool m_existed = false;
};

} // namespace Relay::App
