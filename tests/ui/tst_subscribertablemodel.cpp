// SPDX-License-Identifier: MIT
#include "models/subscribertablemodel.h"
#include "modeltestutil.h"

#include <QtTest>

using namespace Relay;
using Relay::Ui::SubscriberTableModel;
using RelayTest::ModelWatch;
using RelayTest::relayEvent;
using Type = RelayEvent::Type;

namespace {

ChannelHub::SubscriberInfo subscriber(const QString &peer, const QString &channel, qint64 since,
                                      qint64 delivered)
{
    ChannelHub::SubscriberInfo s;
    s.peer = peer;
    s.channel = channel;
    s.connectedSinceMs = since;
    s.delivered = delivered;
    return s;
}

QString cell(const SubscriberTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

qint64 delivered(const SubscriberTableModel &model, int row)
{
    return model.index(row, SubscriberTableModel::DeliveredColumn)
        .data(SubscriberTableModel::SortRole)
        .toLongLong();
}

const QString kPeerA = QStringLiteral("127.0.0.1:50001");
const QString kPeerB = QStringLiteral("127.0.0.1:50002");
const QString kTasks = QStringLiteral("tasks");
const QString kDone = QStringLiteral("done");

} // namespace

class TestSubscriberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotResets();
    void subscribedInsertsKeyedByPeerAndChannel();
    void unsubscribedRemovesTheRightRow();
    void deliveredCountsPushesAndPublishes();
    void subscribeDeliverLeaveInOneBatch();
};

void TestSubscriberTableModel::snapshotResets()
{
    SubscriberTableModel model;
    ModelWatch watch(&model);
    RelaySnapshot s;
    s.subscribers = {subscriber(kPeerB, kTasks, 2000, 3), subscriber(kPeerA, kTasks, 1000, 5)};
    model.reset(s);
    QCOMPARE(watch.reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, SubscriberTableModel::PeerColumn), kPeerA); // longest connected first
    QCOMPARE(cell(model, 0, SubscriberTableModel::ChannelColumn), kTasks);
    QCOMPARE(cell(model, 0, SubscriberTableModel::DeliveredColumn), QStringLiteral("5"));
    QCOMPARE(model.index(1, SubscriberTableModel::ConnectedSinceColumn)
                 .data(SubscriberTableModel::SortRole)
                 .toLongLong(),
             2000);
    QVERIFY(!cell(model, 1, SubscriberTableModel::ConnectedSinceColumn).isEmpty());
    for (int c = 0; c < SubscriberTableModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestSubscriberTableModel::subscribedInsertsKeyedByPeerAndChannel()
{
    SubscriberTableModel model;
    RelaySnapshot s;
    s.subscribers = {subscriber(kPeerA, kTasks, 1000, 5)};
    model.reset(s);
    ModelWatch watch(&model);

    // Already in the snapshot (the event was queued before it): no second row.
    model.apply({relayEvent(Type::Subscribed, kTasks, 1, kPeerA, 1000)});
    QCOMPARE(watch.inserted.size(), 0);

    model.apply({relayEvent(Type::Subscribed, kDone, 1, kPeerA, 3000)});
    QCOMPARE(watch.log, QStringList{QStringLiteral("insert 1 1")});
    model.apply({relayEvent(Type::Subscribed, kTasks, 2, kPeerB, 4000)});
    QCOMPARE(watch.log, QStringList({QStringLiteral("insert 1 1"), QStringLiteral("insert 2 2")}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 1, SubscriberTableModel::PeerColumn), kPeerA);
    QCOMPARE(cell(model, 1, SubscriberTableModel::ChannelColumn), kDone);
    QCOMPARE(delivered(model, 1), 0);
    QCOMPARE(model.index(2, SubscriberTableModel::ConnectedSinceColumn)
                 .data(SubscriberTableModel::SortRole)
                 .toLongLong(),
             4000);
    QCOMPARE(watch.reset.size(), 0);
}

void TestSubscriberTableModel::unsubscribedRemovesTheRightRow()
{
    SubscriberTableModel model;
    RelaySnapshot s;
    s.subscribers = {subscriber(kPeerA, kTasks, 1000, 0), subscriber(kPeerA, kDone, 2000, 0),
                     subscriber(kPeerB, kTasks, 3000, 0)};
    model.reset(s);
    ModelWatch watch(&model);

    model.apply({relayEvent(Type::Unsubscribed, kDone, 0, kPeerA)});
    QCOMPARE(watch.log, QStringList{QStringLiteral("remove 1 1")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, SubscriberTableModel::PeerColumn), kPeerB);

    // Unknown pairs are ignored; then the rest leave.
    model.apply({relayEvent(Type::Unsubscribed, kDone, 0, kPeerB)});
    QCOMPARE(watch.removed.size(), 1);
    model.apply({relayEvent(Type::Unsubscribed, kTasks, 0, kPeerB),
                 relayEvent(Type::Unsubscribed, kTasks, 0, kPeerA)});
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 1 1"), QStringLiteral("remove 1 1"),
                                     QStringLiteral("remove 0 0")}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(watch.reset.size(), 0);
}

void TestSubscriberTableModel::deliveredCountsPushesAndPublishes()
{
    SubscriberTableModel model;
    RelaySnapshot s;
    s.subscribers = {subscriber(kPeerA, kTasks, 1000, 5), subscriber(kPeerA, kDone, 2000, 0),
                     subscriber(kPeerB, kTasks, 3000, 1)};
    model.reset(s);
    ModelWatch watch(&model);

    PayloadInfo p;
    p.id = QStringLiteral("p1");
    p.channel = kTasks;
    model.apply({RelayTest::payloadEvent(Type::Pushed, p, 2), relayEvent(Type::Published, kTasks, 2),
                 relayEvent(Type::Published, kDone, 0),       // reached nobody
                 RelayTest::payloadEvent(Type::Pulled, p, 1), // not a delivery
                 relayEvent(Type::Published, QStringLiteral("elsewhere"), 3)});

    QCOMPARE(delivered(model, 0), 7);
    QCOMPARE(delivered(model, 1), 0);
    QCOMPARE(delivered(model, 2), 3);
    QCOMPARE(cell(model, 0, SubscriberTableModel::DeliveredColumn), QStringLiteral("7"));
    QCOMPARE(watch.changed.size(), 1);
    const QList<QVariant> args = watch.changed.at(0);
    QCOMPARE(args.at(0).value<QModelIndex>().column(), int(SubscriberTableModel::DeliveredColumn));
    QCOMPARE(args.at(1).value<QModelIndex>().column(), int(SubscriberTableModel::DeliveredColumn));
    QCOMPARE(args.at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(args.at(1).value<QModelIndex>().row(), 2);
    QVERIFY(args.at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);

    // Nothing reached anyone: nothing to announce.
    watch.clear();
    model.apply({relayEvent(Type::Published, kDone, 0)});
    QCOMPARE(watch.changed.size(), 0);
}

void TestSubscriberTableModel::subscribeDeliverLeaveInOneBatch()
{
    SubscriberTableModel model;
    model.reset(RelaySnapshot());
    ModelWatch watch(&model);
    model.apply({relayEvent(Type::Published, kTasks, 1),          // before anyone listens here
                 relayEvent(Type::Subscribed, kTasks, 1, kPeerA), //
                 relayEvent(Type::Published, kTasks, 1),          //
                 relayEvent(Type::Subscribed, kTasks, 2, kPeerB), //
                 relayEvent(Type::Published, kTasks, 2),          //
                 relayEvent(Type::Unsubscribed, kTasks, 1, kPeerA)});
    QCOMPARE(watch.log, QStringList({QStringLiteral("insert 0 0"), QStringLiteral("insert 1 1"),
                                     QStringLiteral("remove 0 0")}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, SubscriberTableModel::PeerColumn), kPeerB);
    QCOMPARE(delivered(model, 0), 1);
    QCOMPARE(watch.reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestSubscriberTableModel)
#include "tst_subscribertablemodel.moc"
