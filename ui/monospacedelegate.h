// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Relay::Ui {

/*! Draws a column in the fixed-width font (payload ids), at the view's own point size so rows keep
 *  their height. */
class MonospaceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonospaceDelegate)

public:
    explicit MonospaceDelegate(QObject *parent = nullptr);
    ~MonospaceDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Relay::Ui
