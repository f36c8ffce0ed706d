// SPDX-License-Identifier: MIT
#include "models/channeltablemodel.h"
#include "modeltestutil.h"

#include <QDateTime>
#include <QtTest>

using namespace Relay;
using Relay::Ui::ChannelTableModel;
using RelayTest::ModelWatch;
using RelayTest::relayEvent;
using Type = RelayEvent::Type;

namespace {

ChannelHub::ChannelInfo channel(const QString &name, int subscribers, qint64 pushes, qint64 publishes,
                                qint64 lastActivityMs)
{
    ChannelHub::ChannelInfo c;
    c.name = name;
    c.subscribers = subscribers;
    c.pushes = pushes;
    c.publishes = publishes;
    c.lastActivityMs = lastActivityMs;
    return c;
}

int rowOf(const ChannelTableModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ChannelTableModel::NameRole).toString() == name)
            return r;
    }
    return -1;
}

qint64 sortValue(const ChannelTableModel &model, const QString &name, int column)
{
    return model.index(rowOf(model, name), column).data(ChannelTableModel::SortRole).toLongLong();
}

} // namespace

class TestChannelTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotResets();
    void eventsUpdateCountersInPlace();
    void newChannelInsertsOneRowWithItsValues();
    void rejectionsAndEmptyChannelsAddNothing();
    void lastActivityIsRelativeAndTicks();
};

void TestChannelTableModel::snapshotResets()
{
    ChannelTableModel model;
    ModelWatch watch(&model);
    RelaySnapshot s;
    s.channels = {channel(QStringLiteral("tasks"), 2, 5, 1, 1000),
                  channel(QStringLiteral("reviews"), 0, 3, 0, 2000)};
    ChannelHub::SubscriberInfo sub;
    sub.peer = QStringLiteral("127.0.0.1:4000");
    sub.channel = QStringLiteral("tasks");
    s.subscribers = {sub};
    PayloadInfo p;
    p.id = QStringLiteral("x");
    p.channel = QStringLiteral("archive"); // forgotten by the hub, still holds a payload
    p.createdMs = 3000;
    s.payloads = {p};
    model.reset(s);

    QCOMPARE(watch.reset.size(), 1);
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(sortValue(model, QStringLiteral("tasks"), ChannelTableModel::SubscribersColumn), 2);
    QCOMPARE(sortValue(model, QStringLiteral("tasks"), ChannelTableModel::PushesColumn), 5);
    QCOMPARE(sortValue(model, QStringLiteral("tasks"), ChannelTableModel::PublishesColumn), 1);
    QCOMPARE(sortValue(model, QStringLiteral("reviews"), ChannelTableModel::LastActivityColumn), 2000);
    QCOMPARE(sortValue(model, QStringLiteral("archive"), ChannelTableModel::PushesColumn), 0);
    QCOMPARE(
        model.index(rowOf(model, QStringLiteral("tasks")), ChannelTableModel::PushesColumn).data().toString(),
        QStringLiteral("5"));
    for (int c = 0; c < ChannelTableModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestChannelTableModel::eventsUpdateCountersInPlace()
{
    ChannelTableModel model;
    RelaySnapshot s;
    s.channels = {channel(QStringLiteral("a"), 1, 0, 0, 1000), channel(QStringLiteral("b"), 0, 7, 0, 1000)};
    model.reset(s);
    ModelWatch watch(&model);
    const QString b = QStringLiteral("b");

    PayloadInfo p;
    p.id = QStringLiteral("p1");
    p.channel = b;
    model.apply({RelayTest::payloadEvent(Type::Pushed, p, 0, 5000),
                 relayEvent(Type::Published, b, 0, QString(), 6000),
                 relayEvent(Type::Subscribed, b, 1, QStringLiteral("127.0.0.1:1"), 7000),
                 relayEvent(Type::Subscribed, b, 2, QStringLiteral("127.0.0.1:2"), 8000),
                 relayEvent(Type::Unsubscribed, b, 1, QStringLiteral("127.0.0.1:1"), 9000),
                 RelayTest::payloadEvent(Type::Pulled, p, 1, 9500)});

    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(watch.changed.size(), 1); // one announcement per batch
    const int row = rowOf(model, b);
    QCOMPARE(watch.changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(watch.changed.at(0).at(1).value<QModelIndex>().row(), row);
    QVERIFY(!watch.changed.at(0).at(2).value<QList<int>>().isEmpty());
    QCOMPARE(sortValue(model, b, ChannelTableModel::PushesColumn), 8);
    QCOMPARE(sortValue(model, b, ChannelTableModel::PublishesColumn), 1);
    QCOMPARE(sortValue(model, b, ChannelTableModel::SubscribersColumn), 1);
    QCOMPARE(sortValue(model, b, ChannelTableModel::LastActivityColumn), 9000); // reads are not activity
    QCOMPARE(sortValue(model, QStringLiteral("a"), ChannelTableModel::SubscribersColumn), 1);
}

void TestChannelTableModel::newChannelInsertsOneRowWithItsValues()
{
    ChannelTableModel model;
    model.reset(RelaySnapshot());
    ModelWatch watch(&model);
    // What a view reads as the row comes in must already be right.
    qint64 pushesAtInsert = -1;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&model, &pushesAtInsert](const QModelIndex &, int first) {
                pushesAtInsert = model.index(first, ChannelTableModel::PushesColumn)
                                     .data(ChannelTableModel::SortRole)
                                     .toLongLong();
            });

    PayloadInfo p;
    p.id = QStringLiteral("p1");
    p.channel = QStringLiteral("fresh");
    model.apply({RelayTest::payloadEvent(Type::Pushed, p, 0, 5000)});
    QCOMPARE(watch.log, QStringList{QStringLiteral("insert 0 0")});
    QCOMPARE(pushesAtInsert, 1);
    QCOMPARE(watch.changed.size(), 0);

    model.apply({RelayTest::payloadEvent(Type::Pushed, p, 0, 6000),
                 relayEvent(Type::Published, QStringLiteral("other"), 0)});
    QCOMPARE(watch.inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(sortValue(model, QStringLiteral("fresh"), ChannelTableModel::PushesColumn), 2);
    QCOMPARE(sortValue(model, QStringLiteral("other"), ChannelTableModel::PublishesColumn), 1);
    QCOMPARE(watch.reset.size(), 0);
}

void TestChannelTableModel::rejectionsAndEmptyChannelsAddNothing()
{
    ChannelTableModel model;
    model.reset(RelaySnapshot());
    ModelWatch watch(&model);
    RelayEvent rejected = relayEvent(Type::Rejected, QStringLiteral("junk"), 0, QStringLiteral("bad"));
    rejected.status = 400;
    PayloadInfo p;
    p.id = QStringLiteral("p1");
    model.apply({rejected, RelayTest::payloadEvent(Type::Pushed, p, 0)});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.changed.size(), 0);
}

void TestChannelTableModel::lastActivityIsRelativeAndTicks()
{
    ChannelTableModel model;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RelaySnapshot s;
    s.channels = {channel(QStringLiteral("recent"), 0, 0, 0, now - 12'000),
                  channel(QStringLiteral("older"), 0, 0, 0, now - 3 * 3600'000 - 5000),
                  channel(QStringLiteral("idle"), 0, 0, 0, 0)};
    model.reset(s);
    auto display = [&model](const QString &name) {
        return model.index(rowOf(model, name), ChannelTableModel::LastActivityColumn).data().toString();
    };
    QVERIFY2(display(QStringLiteral("recent")).contains(QStringLiteral("s ago")),
             qPrintable(display(QStringLiteral("recent"))));
    QVERIFY2(display(QStringLiteral("older")).startsWith(QStringLiteral("3 h")),
             qPrintable(display(QStringLiteral("older"))));
    QVERIFY(!display(QStringLiteral("idle")).isEmpty());

    // One timer: a tick updates the relative column only, DisplayRole only, one range.
    ModelWatch watch(&model);
    QVERIFY(watch.changed.wait(2500));
    const QList<QVariant> args = watch.changed.at(0);
    QCOMPARE(args.at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(args.at(1).value<QModelIndex>().row(), 2);
    QCOMPARE(args.at(0).value<QModelIndex>().column(), int(ChannelTableModel::LastActivityColumn));
    QCOMPARE(args.at(1).value<QModelIndex>().column(), int(ChannelTableModel::LastActivityColumn));
    QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
    QCOMPARE(watch.reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestChannelTableModel)
#include "tst_channeltablemodel.moc"
