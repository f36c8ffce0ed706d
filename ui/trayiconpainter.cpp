// SPDX-License-Identifier: MIT
#include "trayiconpainter.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Relay::Ui {

namespace {
QString stateName(TrayIconPainter::State state)
{
    switch (state) {
    case TrayIconPainter::State::Idle:
        return QStringLiteral("idle");
    case TrayIconPainter::State::Active:
        return QStringLiteral("active");
    case TrayIconPainter::State::Paused:
        return QStringLiteral("paused");
    case TrayIconPainter::State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("idle");
}
} // namespace

TrayIconPainter::TrayIconPainter() = default;
TrayIconPainter::~TrayIconPainter() = default;

QString TrayIconPainter::resourcePath(State state, bool monochrome)
{
    return QStringLiteral(":/icons/tray-") + stateName(state) +
           (monochrome ? QStringLiteral("-mono.svg") : QStringLiteral(".svg"));
}

QString TrayIconPainter::themeName(State state, bool monochrome)
{
    return QStringLiteral("contextrelay-tray-") + stateName(state) +
           (monochrome ? QStringLiteral("-symbolic") : QString());
}

QIcon TrayIconPainter::icon(State state, bool monochrome, const QColor &tint)
{
    const QString key = resourcePath(state, monochrome) + QLatin1Char('|') +
                        (monochrome ? tint.name(QColor::HexArgb) : QString());
    auto it = m_cache.constFind(key);
    if (it != m_cache.cend())
        return *it;
    const QIcon fallback = render(resourcePath(state, monochrome), monochrome ? tint : QColor());
    const QIcon icon = QIcon::fromTheme(themeName(state, monochrome), fallback);
    m_cache.insert(key, icon);
    return icon;
}

QIcon TrayIconPainter::render(const QString &resource, const QColor &tint)
{
    QSvgRenderer renderer(resource);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    // The sizes panels use (16/22/24 on X11, 32+ for 2x screens and notification images).
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        if (tint.isValid()) {
            // Keep the glyph's alpha, take the colour from the palette.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), tint);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Relay::Ui
