// SPDX-License-Identifier: MIT
#include "imagepreview.h"

#include <QPainter>
#include <QPixmap>

namespace Relay::Ui {

ImagePreview::ImagePreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

ImagePreview::~ImagePreview() = default;

void ImagePreview::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void ImagePreview::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    update();
}

QSize ImagePreview::sizeHint() const
{
    return QSize(320, 240);
}

void ImagePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(8, 8, -8, -8);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // The image's own size in device-independent pixels; scale down only.
    QSizeF size = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    if (size.width() > area.width() || size.height() > area.height())
        size.scale(area.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(0, 0), size);
    target.moveCenter(QRectF(area).center());

    // A checkerboard behind, in palette tones, so transparent pixels read as such in light and dark.
    const QColor base = palette().color(QPalette::Base);
    const QColor alt = palette().color(QPalette::AlternateBase);
    QPixmap checker(16, 16);
    checker.fill(base);
    {
        QPainter cp(&checker);
        cp.fillRect(0, 0, 8, 8, alt);
        cp.fillRect(8, 8, 8, 8, alt);
    }
    painter.fillRect(target, QBrush(checker));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}

} // namespace Relay::Ui
