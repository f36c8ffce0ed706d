// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"
#include "relay/relaysnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace Relay::Ui {

/*! Channels with their subscribers, pushes, publishes and last activity. */
class ChannelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelTableModel)

public:
    enum Column
    {
        NameColumn,
        SubscribersColumn,
        PushesColumn,
        PublishesColumn,
        LastActivityColumn, //!< relative ("12 s ago"); SortRole = ms
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit ChannelTableModel(QObject *parent = nullptr);
    ~ChannelTableModel() override;

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
