// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"
#include "forward/bridgespec.h"
#include "relay/relaysnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace Relay::Ui {

/*! Channels with their subscribers, pushes, publishes and last activity, and the channel bridges
 *  that run on them. A bridged channel has a row even before any traffic. */
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
        BridgeColumn,       //!< "→ cloud:team · connected · 3 queued"; SortRole = payloads queued
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        SortRole,
        //! On BridgeColumn: true while a bridge of the channel needs attention (unreachable,
        //! refused, payloads it could not deliver, no key); the view also gets a warning colour.
        BridgeProblemRole,
    };

    explicit ChannelTableModel(QObject *parent = nullptr);
    ~ChannelTableModel() override;

    void reset(const RelaySnapshot &snapshot);
    void apply(const QList<RelayEvent> &events);
    //! Is some channel bridged? (The view shows the Bridge column only then.)
    bool hasBridges() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /*! The bridges as the relay reports them (RelayHost::bridgesChanged), replacing the ones
     *  before. A bridged channel gets a row at once; a row that only a bridge kept is removed
     *  with its bridge. */
    void setBridges(const QList<Relay::BridgeStatus> &statuses);

private:
    QVariant bridgeData(const QString &channel, int role) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Relay::Ui
