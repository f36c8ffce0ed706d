// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"

#include <QAbstractTableModel>
#include <memory>

namespace Relay::Ui {

/*! The event log: a capped ring of the latest events, newest last. When full the oldest row is
 *  removed before a new one is inserted (no ghost rows). Pausable: while paused, events are
 *  counted but not shown. */
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        TimeColumn,
        TypeColumn, //!< coloured per type (ForegroundRole), icon-free
        ChannelColumn,
        PayloadColumn, //!< short id
        DetailColumn,  //!< size, subscribers reached, status + reason of a rejection
        ColumnCount
    };
    enum Role
    {
        TypeRole = Qt::UserRole + 1, //!< int(RelayEvent::Type), for filtering
        EventRole,                   //!< QVariant::fromValue(RelayEvent)
    };

    explicit EventLogModel(int capacity = 5000, QObject *parent = nullptr);
    ~EventLogModel() override;

    void apply(const QList<RelayEvent> &events);
    void clear();
    void setPaused(bool paused);
    bool isPaused() const;
    //! Events that arrived while paused (not shown).
    qint64 missedWhilePaused() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Relay::Ui
