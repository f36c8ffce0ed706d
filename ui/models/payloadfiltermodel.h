// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace Relay::Ui {

/*! Sorting by each column's SortRole and filtering by a search text over id, channel, metadata
 *  and filename (PayloadTableModel::SearchTextRole), case-insensitive. */
class PayloadFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadFilterModel)

public:
    explicit PayloadFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
};

} // namespace Relay::Ui
