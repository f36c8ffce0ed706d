// SPDX-License-Identifier: MIT
#include "models/payloadfiltermodel.h"

#include "models/payloadtablemodel.h"

#include <QStringTokenizer>

namespace Relay::Ui {

PayloadFilterModel::PayloadFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PayloadTableModel::SortRole);
    setFilterRole(PayloadTableModel::SearchTextRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

/*! Whitespace separates terms; a row must contain every term (in any of id, channel, metadata or
 *  filename). */
void PayloadFilterModel::setSearchText(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

bool PayloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(filterRole()).toString();
    // Tokenising the stored text costs no allocation, which matters with ten thousand rows.
    for (const QStringView term : qTokenize(m_search, u' ', Qt::SkipEmptyParts)) {
        if (!text.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PayloadFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), sortCaseSensitivity()) < 0;
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Unordered)
        return QSortFilterProxyModel::lessThan(left, right);
    return order == QPartialOrdering::Less;
}

} // namespace Relay::Ui
