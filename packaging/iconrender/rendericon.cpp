// SPDX-License-Identifier: MIT
// Build-time tool: renders the app's SVG icon as one PNG of the hicolor theme, so the repository
// keeps a single source image and the PNG sizes can never drift from it.
//   relay-render-icon <icon.svg> <size> <out.png>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // No QGuiApplication: it would need a platform plugin during the build, and the icon has no
    // text, the one thing (fonts) that would require it.
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s <icon.svg> <size> <out.png>\n", argv[0]);
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString target = QString::fromLocal8Bit(argv[3]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr,
                     "relay-render-icon: the size must be a number of pixels from 1 to 4096, not %s.\n",
                     argv[2]);
        return 2;
    }
    QSvgRenderer renderer(source);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "relay-render-icon: %s is not an SVG image Qt can render.\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !image.save(target, "PNG")) {
        std::fprintf(stderr, "relay-render-icon: cannot write %s.\n", argv[3]);
        return 1;
    }
    return 0;
}
