// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayconfig.h"

#include <QString>
#include <QStringList>

namespace Relay::App {

/*! What the command line asked for. */
struct Options
{
    bool headless = false;
    RelayConfig relay;

    /*! Which relay options were given: in GUI mode these override Settings for this run, the
     *  rest comes from Settings. */
    struct Given
    {
        bool port = false;
        bool listen = false;
        bool dataDir = false;
        bool ephemeral = false;
        bool maxPayload = false;
        bool defaultTtl = false;
        bool apiKeyFile = false;
        bool allowHost = false;
        bool allowOrigin = false;
    } given;

    // GUI only. The desktop file's actions use these two, in the running app or a new one.
    //! Open the inspector at start (or in the running instance).
    bool showInspector = false;
    //! Push the clipboard once the relay runs (or in the running instance).
    bool pushClipboard = false;
    // Hidden from --help (start-up hooks for the screenshot script and autostart).
    //! Select this payload in the inspector once it is open.
    QString selectPayload;
    //! Started by the login autostart entry: give the panel a moment to offer a tray.
    bool autostart = false;
};

/*! Parses the relay options (shared by headless and GUI modes). On error returns false with a
 *  sentence in \a error; --help and --version print and exit inside. */
bool parseCommandLine(const QStringList &arguments, Options *options, QString *error);

} // namespace Relay::App
