// SPDX-License-Identifier: MIT
#include "models/eventlogmodel.h"
#include "modeltestutil.h"

#include <QColor>
#include <QSet>
#include <QtTest>

using namespace Relay;
using Relay::Ui::EventLogModel;
using RelayTest::ModelWatch;
using Type = RelayEvent::Type;

namespace {

RelayEvent numbered(int n)
{
    return RelayTest::relayEvent(Type::Published, QStringLiteral("ch-%1").arg(n), 0, QString(),
                                 1'700'000'000'000 + n);
}

QStringList channels(const EventLogModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, EventLogModel::ChannelColumn).data().toString());
    return out;
}

const QList<Type> kAllTypes = {Type::Pushed,       Type::Pulled,    Type::Peeked,
                               Type::Expired,      Type::Deleted,   Type::Subscribed,
                               Type::Unsubscribed, Type::Published, Type::Rejected};

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsNewestLast();
    void ringCapEvictsBeforeInsert();
    void batchLargerThanRing();
    void pauseAndResume();
    void clearRemovesRows();
    void coloursDifferPerType();
    void displayedValues();
};

void TestEventLogModel::appendsNewestLast()
{
    EventLogModel model(10);
    ModelWatch watch(&model);
    model.apply({numbered(1), numbered(2), numbered(3)});
    QCOMPARE(watch.log, QStringList{QStringLiteral("insert 0 2")});
    model.apply({numbered(4)});
    QCOMPARE(watch.inserted.size(), 2);
    QCOMPARE(watch.inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(channels(model), QStringList({QStringLiteral("ch-1"), QStringLiteral("ch-2"),
                                           QStringLiteral("ch-3"), QStringLiteral("ch-4")}));
    model.apply({});
    QCOMPARE(watch.inserted.size(), 2);
    QCOMPARE(watch.reset.size(), 0);
}

void TestEventLogModel::ringCapEvictsBeforeInsert()
{
    EventLogModel model(5);
    ModelWatch watch(&model);
    model.apply({numbered(1), numbered(2), numbered(3)});
    watch.clear();
    model.apply({numbered(4), numbered(5), numbered(6), numbered(7)});
    // 3 + 4 > 5: the two oldest go first, then the four new rows come in.
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 1"), QStringLiteral("insert 1 4")}));
    QVERIFY(watch.maxRowsSeen <= 5);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(channels(model).first(), QStringLiteral("ch-3"));
    QCOMPARE(channels(model).last(), QStringLiteral("ch-7"));

    watch.clear();
    for (int i = 8; i < 20; ++i)
        model.apply({numbered(i)});
    QCOMPARE(watch.inserted.size(), 12);
    QCOMPARE(watch.removed.size(), 12);
    QVERIFY(watch.maxRowsSeen <= 5);
    QCOMPARE(channels(model).first(), QStringLiteral("ch-15"));
    QCOMPARE(watch.reset.size(), 0);
}

void TestEventLogModel::batchLargerThanRing()
{
    EventLogModel model(4);
    model.apply({numbered(1), numbered(2)});
    ModelWatch watch(&model);
    QList<RelayEvent> batch;
    for (int i = 3; i <= 12; ++i)
        batch.append(numbered(i));
    model.apply(batch);
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 1"), QStringLiteral("insert 0 3")}));
    QCOMPARE(channels(model), QStringList({QStringLiteral("ch-9"), QStringLiteral("ch-10"),
                                           QStringLiteral("ch-11"), QStringLiteral("ch-12")}));
}

void TestEventLogModel::pauseAndResume()
{
    EventLogModel model(100);
    ModelWatch watch(&model);
    QVERIFY(!model.isPaused());
    model.apply({numbered(1)});

    model.setPaused(true);
    QVERIFY(model.isPaused());
    model.apply({numbered(2), numbered(3)});
    model.apply({numbered(4)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.missedWhilePaused(), 3);
    QCOMPARE(watch.inserted.size(), 1);

    model.setPaused(false);
    QVERIFY(!model.isPaused());
    QCOMPARE(model.missedWhilePaused(), 3); // still readable after resuming
    model.apply({numbered(5)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(channels(model).last(), QStringLiteral("ch-5"));
    QCOMPARE(watch.inserted.size(), 2);

    model.setPaused(true); // a new pause counts afresh
    QCOMPARE(model.missedWhilePaused(), 0);
    model.setPaused(true);
    model.apply({numbered(6)});
    QCOMPARE(model.missedWhilePaused(), 1);
    QCOMPARE(watch.reset.size(), 0);
}

void TestEventLogModel::clearRemovesRows()
{
    EventLogModel model(10);
    model.apply({numbered(1), numbered(2)});
    ModelWatch watch(&model);
    model.clear();
    QCOMPARE(watch.log, QStringList{QStringLiteral("remove 0 1")});
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(watch.removed.size(), 1);
}

void TestEventLogModel::coloursDifferPerType()
{
    EventLogModel model(100);
    QList<RelayEvent> batch;
    for (Type t : kAllTypes)
        batch.append(RelayTest::relayEvent(t, QStringLiteral("c")));
    model.apply(batch);

    QSet<QRgb> colours;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex type = model.index(r, EventLogModel::TypeColumn);
        QCOMPARE(type.data(EventLogModel::TypeRole).toInt(), int(kAllTypes.at(r)));
        const QVariant v = type.data(Qt::ForegroundRole);
        QVERIFY(v.canConvert<QColor>());
        const QColor c = v.value<QColor>();
        QVERIFY(c.isValid());
        // Mid lightness: neither near-white (lost on a light base) nor near-black (lost on a dark one).
        QVERIFY2(c.lightness() > 60 && c.lightness() < 200, qPrintable(c.name()));
        colours.insert(c.rgb());
        QVERIFY(!model.index(r, EventLogModel::DetailColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!type.data().toString().isEmpty());
    }
    QCOMPARE(colours.size(), kAllTypes.size());
}

void TestEventLogModel::displayedValues()
{
    EventLogModel model(100);
    PayloadInfo p;
    p.id = QStringLiteral("0123456789-abcdef");
    p.channel = QStringLiteral("reviews");
    p.size = 125'000;
    p.reads = 2;
    RelayEvent pushed = RelayTest::payloadEvent(Type::Pushed, p, 2);
    RelayEvent pulled = RelayTest::payloadEvent(Type::Pulled, p, 2);
    RelayEvent subscribed = RelayTest::relayEvent(Type::Subscribed, QStringLiteral("reviews"), 3,
                                                  QStringLiteral("127.0.0.1:50000"));
    RelayEvent rejected =
        RelayTest::relayEvent(Type::Rejected, QString(), 0, QStringLiteral("Payload too\nlarge"));
    rejected.status = 413;
    model.apply({pushed, pulled, subscribed, rejected});

    auto detail = [&model](int row) {
        return model.index(row, EventLogModel::DetailColumn).data().toString();
    };
    QCOMPARE(model.index(0, EventLogModel::PayloadColumn).data().toString(), QStringLiteral("01234567"));
    QCOMPARE(model.index(0, EventLogModel::PayloadColumn).data(Qt::ToolTipRole).toString(), p.id);
    QVERIFY2(detail(0).startsWith(QStringLiteral("125 KB")), qPrintable(detail(0)));
    QVERIFY2(detail(0).contains(QStringLiteral("2 subscriber")), qPrintable(detail(0)));
    QVERIFY2(detail(1).contains(QStringLiteral("2 time")), qPrintable(detail(1)));
    QVERIFY2(detail(2).contains(QStringLiteral("127.0.0.1:50000")), qPrintable(detail(2)));
    QVERIFY2(detail(2).contains(QStringLiteral("3 subscriber")), qPrintable(detail(2)));
    QVERIFY2(detail(3).contains(QStringLiteral("413")), qPrintable(detail(3)));
    QVERIFY2(detail(3).contains(QStringLiteral("Payload too large")), qPrintable(detail(3)));
    QCOMPARE(model.index(3, 0).data(EventLogModel::EventRole).value<RelayEvent>().status, 413);
    QCOMPARE(
        model.index(0, EventLogModel::TimeColumn).data().toString(),
        QDateTime::fromMSecsSinceEpoch(pushed.timestampMs).time().toString(QStringLiteral("HH:mm:ss.zzz")));
    for (int c = 0; c < EventLogModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
