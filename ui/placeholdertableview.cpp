// SPDX-License-Identifier: MIT
#include "placeholdertableview.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyle>

namespace Relay::Ui {

PlaceholderTableView::PlaceholderTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Rows as tall as the text needs, not the style's roomy default; fixed so layout stays cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSortIndicatorShown(true);
}

PlaceholderTableView::~PlaceholderTableView() = default;

void PlaceholderTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void PlaceholderTableView::fitHeaderLabels()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics(header->font());
    // Room for the section's margins and the sort indicator, which styles draw beside the label.
    const int extra = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                      style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    for (int section = 0; section < model()->columnCount(); ++section) {
        if (header->sectionResizeMode(section) == QHeaderView::Stretch)
            continue;
        const QString label = model()->headerData(section, Qt::Horizontal).toString();
        const int needed = metrics.horizontalAdvance(label) + extra;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void PlaceholderTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace Relay::Ui
