// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace Relay::Ui {

/*! Shows an image scaled down to fit (never up beyond its own size), centred, on a checkerboard
 *  so transparency is visible; crisp on high-DPI screens. Without an image it shows a message. */
class ImagePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePreview)

public:
    explicit ImagePreview(QWidget *parent = nullptr);
    ~ImagePreview() override;

    void setImage(const QImage &image);
    void setMessage(const QString &message);
    QImage image() const { return m_image; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_message;
};

} // namespace Relay::Ui
