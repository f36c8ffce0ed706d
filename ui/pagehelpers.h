// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <functional>
#include <memory>

class QLabel;
class QMessageBox;
class QWidget;

namespace Relay {
class BridgeSettings;
class RemoteProfiles;
} // namespace Relay

/*! What the Settings dialog's pages (and the tray's remote push) share: the settings they work on
 *  and the look of their notes and errors. */
namespace Relay::Ui {

//! The remote profiles in \a iniFile, or in the app's own settings when it is empty (tests pass one).
std::unique_ptr<RemoteProfiles> remoteProfilesOf(const QString &iniFile);
//! The channel bridges in \a iniFile, or in the app's own settings when it is empty.
std::unique_ptr<BridgeSettings> bridgeSettingsOf(const QString &iniFile);

//! A wrapping note in a smaller, muted font: what a page or a field is for.
QLabel *hintLabel(const QString &text, QWidget *parent = nullptr);
//! A hidden, wrapping plain-text label in \a parent's error colour, for a form's latest problem.
QLabel *errorLabel(const QString &objectName, QWidget *parent);

/*! Opens (never exec()s: no nested event loop) a question with \a yesText and Cancel, Cancel the
 *  default; \a onYes runs in \a parent's thread when the user agrees. The box deletes itself. */
QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
                          const QString &text, const QString &yesText, std::function<void()> onYes);

} // namespace Relay::Ui
