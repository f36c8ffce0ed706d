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

BridgeStatus bridge(const QString &local, const QString &profile, const QString &remote,
                    BridgeDirection direction, BridgeStatus::State state, int queued = 0)
{
    BridgeStatus b;
    b.spec.id = local + QLatin1Char('-') + profile;
    b.spec.localChannel = local;
    b.spec.profile = profile;
    b.spec.remoteChannel = remote;
    b.spec.direction = direction;
    b.state = state;
    b.queued = queued;
    return b;
}

QString bridgeText(const ChannelTableModel &model, const QString &name)
{
    return model.index(rowOf(model, name), ChannelTableModel::BridgeColumn).data().toString();
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
    void bridgedChannelShowsWithoutTraffic();
    void bridgeColumnShowsStateQueueAndProblems();
    void bridgeUpdatesChangeOnlyTheBridgeColumn();
    void removedBridgeTakesOnlyItsIdleRow();
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

void TestChannelTableModel::bridgedChannelShowsWithoutTraffic()
{
    ChannelTableModel model;
    ModelWatch watch(&model);
    QVERIFY(!model.hasBridges());
    model.setBridges({bridge(QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"),
                             BridgeDirection::Out, BridgeStatus::State::Starting)});
    QVERIFY(model.hasBridges());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(watch.log, QStringList{QStringLiteral("insert 0 0")});
    QCOMPARE(bridgeText(model, QStringLiteral("team")),
             QStringLiteral("\u2192 cloud:team \u00b7 starting \u00b7 0 queued"));

    // A snapshot (the inspector's first, or after a restart) keeps the bridged channel.
    RelaySnapshot s;
    s.channels = {channel(QStringLiteral("other"), 1, 2, 0, 1000)};
    model.reset(s);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(rowOf(model, QStringLiteral("team")) >= 0);
    QCOMPARE(sortValue(model, QStringLiteral("team"), ChannelTableModel::PushesColumn), 0);
    QVERIFY(!bridgeText(model, QStringLiteral("team")).isEmpty());
    QVERIFY(bridgeText(model, QStringLiteral("other")).isEmpty());
    QCOMPARE(sortValue(model, QStringLiteral("other"), ChannelTableModel::BridgeColumn), -1);
}

void TestChannelTableModel::bridgeColumnShowsStateQueueAndProblems()
{
    ChannelTableModel model;
    BridgeStatus connected = bridge(QStringLiteral("a"), QStringLiteral("cloud"), QStringLiteral("a"),
                                    BridgeDirection::Out, BridgeStatus::State::Connected, 0);
    BridgeStatus down = bridge(QStringLiteral("b"), QStringLiteral("cloud"), QStringLiteral("team"),
                               BridgeDirection::Both, BridgeStatus::State::Retrying, 3);
    down.lastError = QStringLiteral("unreachable: Connection refused");
    down.lastErrorMs = 1'700'000'000'000;
    down.retryInMs = 4000;
    BridgeStatus refused = bridge(QStringLiteral("c"), QStringLiteral("paid"), QStringLiteral("c"),
                                  BridgeDirection::In, BridgeStatus::State::Refused);
    refused.lastError = QStringLiteral("402: quota exceeded on the remote relay");
    BridgeStatus stuck = bridge(QStringLiteral("d"), QStringLiteral("cloud"), QStringLiteral("d"),
                                BridgeDirection::Out, BridgeStatus::State::Connected, 1);
    stuck.undeliverable = 2;
    stuck.lastUndeliverable =
        QStringLiteral("payload p1 (5000 bytes) refused by the remote relay: 413, too large");
    model.setBridges({connected, down, refused, stuck});
    QCOMPARE(model.rowCount(), 4);

    const auto at = [&model](const QString &name, int role) {
        return model.index(rowOf(model, name), ChannelTableModel::BridgeColumn).data(role);
    };
    QCOMPARE(bridgeText(model, QStringLiteral("a")),
             QStringLiteral("\u2192 cloud:a \u00b7 connected \u00b7 0 queued"));
    QCOMPARE(bridgeText(model, QStringLiteral("b")),
             QStringLiteral("\u2194 cloud:team \u00b7 remote unreachable \u00b7 3 queued \u00b7 "
                            "unreachable: Connection refused"));
    // Incoming only: there is no outgoing queue to show. What is wrong shows without hovering.
    QCOMPARE(bridgeText(model, QStringLiteral("c")),
             QStringLiteral(
                 "\u2190 paid:c \u00b7 refused by remote \u00b7 402: quota exceeded on the remote relay"));
    QCOMPARE(bridgeText(model, QStringLiteral("d")),
             QStringLiteral(
                 "\u2192 cloud:d \u00b7 connected \u00b7 1 queued \u00b7 2 undeliverable \u00b7 payload p1 "
                 "(5000 bytes) refused by the remote relay: 413, too large"));

    QCOMPARE(at(QStringLiteral("a"), ChannelTableModel::BridgeProblemRole).toBool(), false);
    QCOMPARE(at(QStringLiteral("b"), ChannelTableModel::BridgeProblemRole).toBool(), true);
    QCOMPARE(at(QStringLiteral("c"), ChannelTableModel::BridgeProblemRole).toBool(), true);
    QCOMPARE(at(QStringLiteral("d"), ChannelTableModel::BridgeProblemRole).toBool(), true);
    QCOMPARE(at(QStringLiteral("b"), ChannelTableModel::SortRole).toLongLong(), 3);

    // The tooltip: describeBridgeStatus() with the last error, and when it happened.
    const QString tip = at(QStringLiteral("b"), Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(describeBridgeStatus(down)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Connection refused")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Last error at")), qPrintable(tip));
    QVERIFY(at(QStringLiteral("c"), Qt::ToolTipRole).toString().contains(QStringLiteral("402")));

    // Problems are coloured from the palette (GUI application): error and warning differ, and a
    // healthy bridge keeps the view's own colour.
    const QColor warning = at(QStringLiteral("b"), Qt::ForegroundRole).value<QColor>();
    const QColor error = at(QStringLiteral("c"), Qt::ForegroundRole).value<QColor>();
    QVERIFY(warning.isValid());
    QVERIFY(error.isValid());
    QVERIFY(warning != error);
    QVERIFY(!at(QStringLiteral("a"), Qt::ForegroundRole).isValid());
    QCOMPARE(at(QStringLiteral("d"), Qt::ForegroundRole).value<QColor>(), error);

    // Two bridges on one channel: both show.
    BridgeStatus second = bridge(QStringLiteral("a"), QStringLiteral("backup"), QStringLiteral("a"),
                                 BridgeDirection::Out, BridgeStatus::State::Connected, 5);
    model.setBridges({connected, second});
    QCOMPARE(bridgeText(model, QStringLiteral("a")),
             QStringLiteral("\u2192 cloud:a \u00b7 connected \u00b7 0 queued; \u2192 backup:a \u00b7 "
                            "connected \u00b7 5 queued"));
    QCOMPARE(at(QStringLiteral("a"), ChannelTableModel::SortRole).toLongLong(), 5);
}

void TestChannelTableModel::bridgeUpdatesChangeOnlyTheBridgeColumn()
{
    ChannelTableModel model;
    RelaySnapshot s;
    s.channels = {channel(QStringLiteral("x"), 0, 1, 0, 1000),
                  channel(QStringLiteral("team"), 1, 4, 0, 1000)};
    model.reset(s);
    const BridgeStatus first = bridge(QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"),
                                      BridgeDirection::Out, BridgeStatus::State::Connected, 0);
    model.setBridges({first});
    ModelWatch watch(&model);

    // The same statuses again (the relay reports often): nothing to announce.
    model.setBridges({first});
    QCOMPARE(watch.changed.size(), 0);

    BridgeStatus queued = first;
    queued.state = BridgeStatus::State::Retrying;
    queued.queued = 7;
    model.setBridges({queued});
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.changed.size(), 1);
    const QModelIndex from = watch.changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex to = watch.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(from.row(), rowOf(model, QStringLiteral("team")));
    QCOMPARE(to.row(), from.row());
    QCOMPARE(from.column(), int(ChannelTableModel::BridgeColumn));
    QCOMPARE(to.column(), int(ChannelTableModel::BridgeColumn));
    QVERIFY(bridgeText(model, QStringLiteral("team")).contains(QStringLiteral("7 queued")));
    // The channel's own counters are untouched.
    QCOMPARE(sortValue(model, QStringLiteral("team"), ChannelTableModel::PushesColumn), 4);
}

void TestChannelTableModel::removedBridgeTakesOnlyItsIdleRow()
{
    ChannelTableModel model;
    model.setBridges({bridge(QStringLiteral("quiet"), QStringLiteral("cloud"), QStringLiteral("q"),
                             BridgeDirection::Out, BridgeStatus::State::Connected),
                      bridge(QStringLiteral("busy"), QStringLiteral("cloud"), QStringLiteral("b"),
                             BridgeDirection::Out, BridgeStatus::State::Connected)});
    PayloadInfo p;
    p.id = QStringLiteral("p1");
    p.channel = QStringLiteral("busy");
    model.apply({RelayTest::payloadEvent(Type::Pushed, p, 0, 5000)});
    QCOMPARE(model.rowCount(), 2);
    // Rows come in the bridges' order.
    QCOMPARE(rowOf(model, QStringLiteral("quiet")), 0);
    ModelWatch watch(&model);

    model.setBridges({});
    QVERIFY(!model.hasBridges());
    // "quiet" was there only for its bridge; "busy" had traffic and stays, its bridge cell empty.
    QCOMPARE(watch.log, QStringList{QStringLiteral("remove 0 0")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(rowOf(model, QStringLiteral("quiet")), -1);
    QVERIFY(bridgeText(model, QStringLiteral("busy")).isEmpty());
    QCOMPARE(sortValue(model, QStringLiteral("busy"), ChannelTableModel::PushesColumn), 1);
}

// A GUI application (offscreen): the bridge column's colours come from its palette.
QTEST_MAIN(TestChannelTableModel)
#include "tst_channeltablemodel.moc"
