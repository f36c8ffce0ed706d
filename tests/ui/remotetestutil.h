// SPDX-License-Identifier: MIT
// Shared by the remote-relay suites: per-test settings files and a SecretStore that finds no
// keychain service, so session-only keys are the only ones and nothing reaches a real keychain.
#pragma once

#include "remote/secretstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace RelayTest {

/*! Inherit it next to QObject: initTestCase() calls isolateFromKeychain(), init() nextRun(); the
 *  test functions use ini() and m_secrets. */
class NoKeychainFixture
{
protected:
    /*! Hides every way to a keychain service: no session bus, not even at $XDG_RUNTIME_DIR/bus (a
     *  fresh, empty one), nor by autolaunching one through X11. False when the folders cannot be made. */
    bool isolateFromKeychain()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        if (!m_dir.isValid())
            return false;
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        if (!QDir().mkpath(runtime))
            return false;
        QFile::setPermissions(runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        return true;
    }

    //! A fresh settings file and SecretStore (no session-only keys left from the previous test).
    void nextRun()
    {
        ++m_run;
        m_secrets = std::make_unique<Relay::SecretStore>();
        m_secrets->setTimeout(20000);
    }

    //! A fresh file per test: QSettings caches files by path.
    QString ini() const { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)); }

    /*! Reads the key of \a name through m_secrets into \a secret; false when no answer came within
     *  five seconds. */
    bool readSecret(const QString &name, QObject *context, QString *secret)
    {
        bool done = false;
        m_secrets->read(name, context, [&](const Relay::SecretResult &r) {
            *secret = r.secret;
            done = true;
        });
        return QTest::qWaitFor([&done] { return done; }, 5000);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Relay::SecretStore> m_secrets;
};

} // namespace RelayTest
