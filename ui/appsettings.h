// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>

class QSettings;

namespace Relay::Ui {

/*! An API key as Settings keeps it: a name and the hash of the token. The token itself is shown
 *  once, when it is created, and never stored. */
struct ApiKeyEntry
{
    QString name;
    //! ApiTokens::hash() of the token (hex).
    QByteArray hash;
    QDateTime created;

    //! How the key is named in lists and on the command line: a prefix of the hash, which tells
    //! keys apart and reveals nothing about the token.
    QString id() const { return QString::fromLatin1(hash.left(12)); }

    friend bool operator==(const ApiKeyEntry &, const ApiKeyEntry &) = default;
};

//! A name for a new key that was given none: "key N", not yet used by one of \a keys.
QString defaultKeyName(const QList<ApiKeyEntry> &keys);

/*! Every persisted setting, as plain values: the dialog edits a copy, the app compares old and new
 *  to decide what needs a relay restart. */
struct SettingsValues
{
    // Relay (a change restarts the relay).
    quint16 port = 8787;
    //! Empty: loopback only (127.0.0.1 and ::1).
    QStringList listenAddresses;
    //! Empty: the default (the app's data location).
    QString dataDir;
    bool ephemeral = false;
    qint64 defaultTtlSeconds = 86400;
    qint64 maxPayloadBytes = 26214400;
    QStringList allowedOrigins;
    QStringList allowedHosts;
    //! While one exists, every route but GET / needs a key. A change applies without a restart.
    QList<ApiKeyEntry> apiKeys;

    // Desktop (applied at once).
    bool showNotifications = true;
    bool monochromeTrayIcon = false;
    //! The GUI's language ("de", "ja" …); empty: the system's. Read at start only.
    QString language;

    friend bool operator==(const SettingsValues &, const SettingsValues &) = default;

    //! The relay part of these settings (no tokens: the hashes only).
    RelayConfig relayConfig() const;
    //! Do \a other's relay settings differ from these, so that the relay must restart? API keys
    //! do not count: they apply to the running relay.
    bool relayDiffers(const SettingsValues &other) const;
    //! Are some listen addresses beyond loopback? Then API keys are required.
    bool listensBeyondLoopback() const;
};

/*! Reads and writes SettingsValues through QSettings. */
//! The languages the GUI is translated to: code ("de") and the language's name in itself.
QList<std::pair<QString, QString>> guiLanguages();

class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    //! The user's settings (organisation and application name of the QCoreApplication).
    AppSettings();
    //! Settings in an INI file of their own (tests).
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    //! Reads the file afresh: another process (`keys create`) may have changed it.
    SettingsValues load() const;
    //! False when the file could not be written.
    bool save(const SettingsValues &values);
    //! Was the "no system tray" explanation shown already? Shown once per user, not per run.
    bool noTrayExplained() const;
    void setNoTrayExplained();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Relay::Ui
