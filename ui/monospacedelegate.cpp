// SPDX-License-Identifier: MIT
#include "monospacedelegate.h"

#include "uistyle.h"

namespace Relay::Ui {

MonospaceDelegate::MonospaceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

MonospaceDelegate::~MonospaceDelegate() = default;

void MonospaceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QFont mono = UiStyle::fixedFont();
    if (option->font.pointSizeF() > 0)
        mono.setPointSizeF(option->font.pointSizeF());
    option->font = mono;
}

} // namespace Relay::Ui
