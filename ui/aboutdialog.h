// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace Relay::Ui {

/*! Name, version (from CMake's project(VERSION), via QCoreApplication::applicationVersion()), the
 *  libraries it runs on, and a button that copies all of it for a bug report. */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    //! What "Copy Version Info" puts on the clipboard: one line per component, untranslated.
    static QString versionReport();
};

} // namespace Relay::Ui
