// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"
#include "relay/relaysnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace Relay::Ui {

/*! WebSocket subscribers: peer address, channel, connected since, messages delivered. */
class SubscriberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriberTableModel)

public:
    enum Column
    {
        PeerColumn,
        ChannelColumn,
        ConnectedSinceColumn,
        DeliveredColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit SubscriberTableModel(QObject *parent = nullptr);
    ~SubscriberTableModel() override;

    void reset(const RelaySnapshot &snapshot);
    void apply(const QList<RelayEvent> &events);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Relay::Ui
