// SPDX-License-Identifier: MIT
#include "uistyle.h"

#include <QFontDatabase>

namespace Relay::Ui::UiStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x1e, 0x1e);
}

QColor okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7c, 0xd9, 0x92) : QColor(0x1d, 0x7a, 0x36);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xc0, 0x60) : QColor(0x9a, 0x60, 0x00);
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont smallerFont(const QFont &font, int steps)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(qMax(6.0, f.pointSizeF() - steps));
    else if (f.pixelSize() > 0)
        f.setPixelSize(qMax(8, f.pixelSize() - steps));
    return f;
}

} // namespace Relay::Ui::UiStyle
