// SPDX-License-Identifier: MIT
#include "models/subscribertablemodel.h"

#include "core/clock.h"
#include "models/displayformat.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <utility>

namespace Relay::Ui {

namespace {

using Key = std::pair<QString, QString>; // (peer, channel): one WebSocket subscription

struct Row
{
    QString peer;
    QString channel;
    qint64 connectedSinceMs = 0;
    qint64 delivered = 0;
};

} // namespace

/*! Subscribers are bounded by the relay's connection caps (a few hundred at most), so rows are
 *  kept in a plain list with a key index rebuilt below a removed row. */
struct SubscriberTableModel::Private
{
    explicit Private(SubscriberTableModel *model)
        : q(model)
    {}

    SubscriberTableModel *q;
    QList<Row> rows; // in order of subscription
    QHash<Key, int> rowOf;
    QHash<QString, int> perChannel; // subscriber rows per channel, to skip pushes nobody hears

    void reindex(int from)
    {
        for (int r = from; r < rows.size(); ++r)
            rowOf.insert(Key(rows.at(r).peer, rows.at(r).channel), r);
    }

    void insert(const Row &row)
    {
        const int at = int(rows.size());
        q->beginInsertRows(QModelIndex(), at, at);
        rows.append(row);
        rowOf.insert(Key(row.peer, row.channel), at);
        ++perChannel[row.channel];
        q->endInsertRows();
    }

    void remove(int row)
    {
        q->beginRemoveRows(QModelIndex(), row, row);
        const Row gone = rows.takeAt(row);
        rowOf.remove(Key(gone.peer, gone.channel));
        if (--perChannel[gone.channel] <= 0)
            perChannel.remove(gone.channel);
        reindex(row);
        q->endRemoveRows();
    }
};

SubscriberTableModel::SubscriberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this))
{}

SubscriberTableModel::~SubscriberTableModel() = default;

void SubscriberTableModel::reset(const RelaySnapshot &snapshot)
{
    QList<ChannelHub::SubscriberInfo> subscribers = snapshot.subscribers;
    std::stable_sort(subscribers.begin(), subscribers.end(),
                     [](const ChannelHub::SubscriberInfo &a, const ChannelHub::SubscriberInfo &b) {
                         return a.connectedSinceMs < b.connectedSinceMs;
                     });
    beginResetModel();
    d->rows.clear();
    d->rowOf.clear();
    d->perChannel.clear();
    for (const ChannelHub::SubscriberInfo &s : std::as_const(subscribers)) {
        const Key key(s.peer, s.channel);
        if (d->rowOf.contains(key))
            continue;
        d->rowOf.insert(key, int(d->rows.size()));
        d->rows.append(Row{s.peer, s.channel, s.connectedSinceMs, s.delivered});
        ++d->perChannel[s.channel];
    }
    endResetModel();
}

/*! Subscribed inserts a row, Unsubscribed removes it; every Pushed or Published that reached
 *  someone (count > 0) counts one message for each subscriber of its channel at that moment. The
 *  delivered counts are announced once per batch. */
void SubscriberTableModel::apply(const QList<RelayEvent> &events)
{
    QSet<Key> delivered;
    for (const RelayEvent &e : events) {
        switch (e.type) {
        case RelayEvent::Type::Subscribed: {
            const Key key(e.detail, e.channel);
            if (e.channel.isEmpty() || d->rowOf.contains(key)) // already in the snapshot
                break;
            d->insert(Row{e.detail, e.channel, e.timestampMs, 0});
            break;
        }
        case RelayEvent::Type::Unsubscribed: {
            const Key key(e.detail, e.channel);
            const int row = d->rowOf.value(key, -1);
            if (row >= 0) {
                d->remove(row);
                delivered.remove(key);
            }
            break;
        }
        case RelayEvent::Type::Pushed:
        case RelayEvent::Type::Published:
            if (e.count <= 0 || !d->perChannel.contains(e.channel))
                break;
            for (Row &r : d->rows) {
                if (r.channel == e.channel) {
                    ++r.delivered;
                    delivered.insert(Key(r.peer, r.channel));
                }
            }
            break;
        case RelayEvent::Type::Pulled:
        case RelayEvent::Type::Peeked:
        case RelayEvent::Type::Expired:
        case RelayEvent::Type::Deleted:
        case RelayEvent::Type::Rejected:
            break;
        }
    }
    if (delivered.isEmpty())
        return;
    int first = int(d->rows.size());
    int last = -1;
    for (const Key &key : std::as_const(delivered)) {
        const int row = d->rowOf.value(key, -1);
        first = qMin(first, row);
        last = qMax(last, row);
    }
    // One range: the rows of a channel are few and usually together.
    if (last >= first)
        Q_EMIT dataChanged(index(first, DeliveredColumn), index(last, DeliveredColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

int SubscriberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int SubscriberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeerColumn:
            return r.peer;
        case ChannelColumn:
            return r.channel;
        case ConnectedSinceColumn:
            return formatTime(r.connectedSinceMs, SystemClock().nowMs());
        case DeliveredColumn:
            return QLocale().toString(r.delivered);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case PeerColumn:
            return r.peer;
        case ChannelColumn:
            return r.channel;
        case ConnectedSinceColumn:
            return r.connectedSinceMs;
        case DeliveredColumn:
            return r.delivered;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ConnectedSinceColumn:
            return formatLongTime(r.connectedSinceMs);
        case DeliveredColumn:
            return tr("%n message(s) delivered", nullptr, int(qMin<qint64>(r.delivered, INT_MAX)));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DeliveredColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant SubscriberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeerColumn:
        return tr("Peer");
    case ChannelColumn:
        return tr("Channel");
    case ConnectedSinceColumn:
        return tr("Connected since");
    case DeliveredColumn:
        return tr("Delivered");
    }
    return QVariant();
}

} // namespace Relay::Ui
