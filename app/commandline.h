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
};

/*! Parses the relay options (shared by headless and GUI modes). On error returns false with a
 *  sentence in \a error; --help and --version print and exit inside. */
bool parseCommandLine(const QStringList &arguments, Options *options, QString *error);

} // namespace Relay::App
