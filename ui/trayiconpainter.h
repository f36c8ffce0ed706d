// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>

namespace Relay::Ui {

/*! The tray icon's look per state, from the SVGs in resources/icons (":/icons/tray-*.svg").
 *  Colour icons carry their own background, so they read on light and dark panels alike;
 *  monochrome ones are a glyph tinted with the panel's text colour. Rendered once per state at
 *  every size a panel asks for (16 … 128 px, so 2x and 3x screens stay sharp) and cached. */
class TrayIconPainter final
{
public:
    enum class State
    {
        Idle,
        Active,
        Paused,
        Error,
    };

    TrayIconPainter();
    ~TrayIconPainter();
    Q_DISABLE_COPY_MOVE(TrayIconPainter)

    //! The icon for \a state; \a tint colours monochrome icons and is ignored otherwise.
    QIcon icon(State state, bool monochrome, const QColor &tint);
    //! The resource the icon is drawn from, e.g. ":/icons/tray-idle.svg".
    static QString resourcePath(State state, bool monochrome);
    //! The icon theme name tried first (a theme may restyle the tray), e.g. "contextrelay-tray-idle".
    static QString themeName(State state, bool monochrome);

private:
    static QIcon render(const QString &resource, const QColor &tint);

    QHash<QString, QIcon> m_cache;
};

} // namespace Relay::Ui
