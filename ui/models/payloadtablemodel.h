// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"
#include "core/relayevent.h"
#include "relay/relaysnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <functional>
#include <memory>

namespace Relay::Ui {

/*! The live payloads of the relay, one row each, fed by a snapshot and then event batches.
 *  Rows are inserted and removed with exact begin/end pairs (never a reset for a change); the
 *  TTL column is refreshed once a second by one timer, with dataChanged for that column only. */
class PayloadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadTableModel)

public:
    enum Column
    {
        IdColumn, //!< short id (first 8 chars); full id in tooltip and IdRole
        ChannelColumn,
        SizeColumn,     //!< human units ("125 KB"); SortRole = bytes
        KindColumn,     //!< text / JSON / binary / encrypted
        MetadataColumn, //!< one-line summary of the metadata ("step: review, rows: 3")
        CreatedColumn,  //!< local time; SortRole = ms
        TtlColumn,      //!< live countdown ("23:59:58", "4 d 2 h"); SortRole = expiresMs
        ReadsColumn,    //!< "2" or "1 / 3" with max_reads
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, //!< QString full id
        PayloadRole,               //!< QVariant::fromValue(PayloadInfo)
        SortRole,                  //!< a value that sorts naturally for the column
        SearchTextRole,            //!< id + channel + metadata + filename, lower-case, for filtering
    };

    explicit PayloadTableModel(QObject *parent = nullptr);
    ~PayloadTableModel() override;

    //! Replaces everything (the one place a reset is right: a new relay or a fresh start).
    void reset(const RelaySnapshot &snapshot);
    //! Applies a batch: pushed inserts, pulled/peeked update reads, expired/deleted remove.
    void apply(const QList<RelayEvent> &events);
    //! The clock for the TTL column (tests inject one); defaults to the system clock.
    void setClock(std::function<qint64()> nowMs);
    //! Ticks the TTL column now (the timer calls this every second).
    void refreshCountdown();
    //! Rows at most; beyond it the oldest are dropped from the view (the relay keeps them).
    void setMaxRows(int rows);

    int rowOf(const QString &id) const;
    PayloadInfo payloadAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // implementation-defined members (helper writes these)
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Relay::Ui
