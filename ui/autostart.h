// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Relay::Ui::Autostart {

/*! Start at login through an XDG autostart entry:
 *  $XDG_CONFIG_HOME/autostart/dev.contextrelay.Desktop.desktop. */

//! Where the entry lives (whether it exists or not).
QString entryPath();
//! Is there an entry that is not disabled (Hidden=true)?
bool isEnabled();
/*! Writes the entry so that \a executable starts with --autostart, or removes it. On failure
 *  returns false with one sentence in \a error. */
bool setEnabled(bool enabled, const QString &executable, QString *error);

} // namespace Relay::Ui::Autostart
