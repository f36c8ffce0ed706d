// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

/*! Small palette-aware choices shared by the inspector's widgets, so light and dark themes both
 *  read well without hard-coded colours scattered around. */
namespace Relay::Ui::UiStyle {

//! The window background is dark.
bool isDark(const QPalette &palette);
//! A red, green or amber that keeps its contrast on the palette's window colour.
QColor errorColor(const QPalette &palette);
QColor okColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
//! The system's fixed-width font (ids, JSON, hex).
QFont fixedFont();
//! \a font made smaller by \a steps points (captions, notices).
QFont smallerFont(const QFont &font, int steps = 1);

} // namespace Relay::Ui::UiStyle
