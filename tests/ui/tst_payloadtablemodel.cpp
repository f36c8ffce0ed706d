// SPDX-License-Identifier: MIT
#include "models/displayformat.h"
#include "models/payloadfiltermodel.h"
#include "models/payloadtablemodel.h"
#include "modeltestutil.h"

#include <QtTest>

using namespace Relay;
using Relay::Ui::PayloadFilterModel;
using Relay::Ui::PayloadTableModel;
using RelayTest::ModelWatch;
using RelayTest::payloadEvent;
using Type = RelayEvent::Type;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

PayloadInfo payload(const QString &id, qint64 createdMs, qint64 size = 100,
                    const QString &channel = QString(), const QByteArray &metadata = QByteArrayLiteral("{}"),
                    const QString &filename = QString())
{
    PayloadInfo p;
    p.id = id;
    p.channel = channel;
    p.metadataJson = metadata;
    p.filename = filename;
    p.createdMs = createdMs;
    p.expiresMs = createdMs + 86'400'000;
    p.size = size;
    return p;
}

//! A v4-looking id whose first 8 characters are \a n, zero-padded.
QString idFor(int n)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 10, QLatin1Char('0'));
}

QString idAt(const QAbstractItemModel &m, int row)
{
    return m.index(row, 0).data(PayloadTableModel::IdRole).toString();
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestPayloadTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotResets();
    void filenameShowsWhereMetadataGoes();
    void pushInsertsExactlyOneRow();
    void pulledUpdatesReadsInPlace();
    void staleOrUnknownEventsChangeNothing();
    void expiredAndDeletedRemoveTheRightRow();
    void pushedAndDeletedInOneBatchNeverShows();
    void thousandPushesInOneBatch();
    void countdownTickChangesTtlColumnOnly();
    void countdownFormats();
    void capEvictsOldestBeforeInsert();
    void capAppliesToSnapshotAndSetMaxRows();
    void displayedValues();
    void humanSizes_data();
    void humanSizes();
    void filterByChannelMetadataFilename_data();
    void filterByChannelMetadataFilename();
    void filterFollowsUpdates();
    void sortBySize();
};

void TestPayloadTableModel::snapshotResets()
{
    PayloadTableModel model;
    ModelWatch watch(&model);
    RelaySnapshot s;
    s.payloads = {payload(idFor(3), kNow + 3), payload(idFor(1), kNow + 1), payload(idFor(2), kNow + 2)};
    model.reset(s);

    QCOMPARE(watch.reset.size(), 1);
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    // Oldest first, whatever order the relay listed them in.
    QCOMPARE(idAt(model, 0), idFor(1));
    QCOMPARE(idAt(model, 2), idFor(3));
    QCOMPARE(model.rowOf(idFor(2)), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.payloadAt(2).id, idFor(3));
    QVERIFY(model.payloadAt(3).id.isEmpty());

    model.reset(RelaySnapshot());
    QCOMPARE(watch.reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestPayloadTableModel::pushInsertsExactlyOneRow()
{
    PayloadTableModel model;
    RelaySnapshot s;
    s.payloads = {payload(idFor(1), kNow), payload(idFor(2), kNow + 1)};
    model.reset(s);
    ModelWatch watch(&model);

    const PayloadInfo p = payload(idFor(3), kNow + 2, 125'000, QStringLiteral("reviews"));
    model.apply({payloadEvent(Type::Pushed, p, 2)});

    QCOMPARE(watch.inserted.size(), 1);
    QCOMPARE(watch.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(watch.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(watch.changed.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(p.id), 2);
    QCOMPARE(text(model, 2, PayloadTableModel::IdColumn), QStringLiteral("00000003"));
    QCOMPARE(text(model, 2, PayloadTableModel::ChannelColumn), QStringLiteral("reviews"));
    QCOMPARE(text(model, 2, PayloadTableModel::SizeColumn), QStringLiteral("125 KB"));
    QCOMPARE(model.index(2, PayloadTableModel::IdColumn).data(Qt::ToolTipRole).toString(), p.id);

    // Events that are not about payloads leave the table alone.
    model.apply(
        {RelayTest::relayEvent(Type::Subscribed, QStringLiteral("reviews"), 1, QStringLiteral("1.2.3.4:5")),
         RelayTest::relayEvent(Type::Published, QStringLiteral("reviews"), 1)});
    QCOMPARE(watch.inserted.size(), 1);
    QCOMPARE(watch.changed.size(), 0);
}

void TestPayloadTableModel::pulledUpdatesReadsInPlace()
{
    PayloadTableModel model;
    RelaySnapshot s;
    PayloadInfo limited = payload(idFor(2), kNow + 1);
    limited.maxReads = 3;
    s.payloads = {payload(idFor(1), kNow), limited, payload(idFor(3), kNow + 2)};
    model.reset(s);
    ModelWatch watch(&model);

    QCOMPARE(text(model, 1, PayloadTableModel::ReadsColumn), QStringLiteral("0 / 3"));
    limited.reads = 1;
    model.apply({payloadEvent(Type::Pulled, limited, 1)});

    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(watch.changed.size(), 1);
    const QModelIndex topLeft = watch.changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = watch.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QVERIFY(topLeft.column() <= PayloadTableModel::ReadsColumn);
    QVERIFY(bottomRight.column() >= PayloadTableModel::ReadsColumn);
    QCOMPARE(model.rowOf(limited.id), 1);
    QCOMPARE(text(model, 1, PayloadTableModel::ReadsColumn), QStringLiteral("1 / 3"));
    QCOMPARE(model.index(1, 0).data(PayloadTableModel::PayloadRole).value<PayloadInfo>().reads, 1);

    // A peek reports the record unchanged: nothing to announce.
    model.apply({payloadEvent(Type::Peeked, limited, 1)});
    QCOMPARE(watch.changed.size(), 1);

    // Several reads in one batch: one announcement, the latest count.
    watch.clear();
    PayloadInfo other = payload(idFor(3), kNow + 2);
    other.reads = 1;
    limited.reads = 2;
    PayloadInfo other2 = other;
    other2.reads = 2;
    model.apply({payloadEvent(Type::Pulled, other, 1), payloadEvent(Type::Pulled, limited, 2),
                 payloadEvent(Type::Pulled, other2, 2)});
    QCOMPARE(watch.changed.size(), 1);
    QCOMPARE(watch.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(watch.changed.at(0).at(1).value<QModelIndex>().row(), 2);
    QCOMPARE(text(model, 1, PayloadTableModel::ReadsColumn), QStringLiteral("2 / 3"));
    QCOMPARE(text(model, 2, PayloadTableModel::ReadsColumn), QStringLiteral("2"));
}

void TestPayloadTableModel::staleOrUnknownEventsChangeNothing()
{
    PayloadTableModel model;
    RelaySnapshot s;
    PayloadInfo p = payload(idFor(1), kNow);
    p.reads = 4;
    s.payloads = {p};
    model.reset(s);
    ModelWatch watch(&model);

    // A pull queued before the snapshot arrives after it: reads never go back.
    PayloadInfo stale = p;
    stale.reads = 3;
    model.apply({payloadEvent(Type::Pulled, stale, 3)});
    // A push the snapshot already holds is not a second row.
    model.apply({payloadEvent(Type::Pushed, p, 0)});
    // Reads and removals of payloads the view does not hold.
    const PayloadInfo unknown = payload(idFor(9), kNow);
    model.apply({payloadEvent(Type::Pulled, unknown, 1), payloadEvent(Type::Expired, unknown),
                 payloadEvent(Type::Deleted, unknown)});

    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.changed.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.payloadAt(0).reads, 4);
}

void TestPayloadTableModel::expiredAndDeletedRemoveTheRightRow()
{
    PayloadTableModel model;
    RelaySnapshot s;
    for (int i = 0; i < 5; ++i)
        s.payloads.append(payload(idFor(i), kNow + i));
    model.reset(s);
    ModelWatch watch(&model);

    model.apply({payloadEvent(Type::Expired, payload(idFor(2), kNow + 2))});
    QCOMPARE(watch.removed.size(), 1);
    QCOMPARE(watch.removed.at(0).at(1).toInt(), 2);
    QCOMPARE(watch.removed.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(idFor(2)), -1);
    QCOMPARE(model.rowOf(idFor(3)), 2);
    QCOMPARE(idAt(model, 2), idFor(3));

    PayloadInfo burnt = payload(idFor(0), kNow);
    burnt.maxReads = 1;
    burnt.reads = 1;
    RelayEvent deleted = payloadEvent(Type::Deleted, burnt);
    deleted.detail = QStringLiteral("read limit reached");
    model.apply({deleted});
    QCOMPARE(watch.removed.size(), 2);
    QCOMPARE(watch.removed.at(1).at(1).toInt(), 0);
    QCOMPARE(watch.removed.at(1).at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(idAt(model, 0), idFor(1));
    QCOMPARE(idAt(model, 2), idFor(4));

    // Removals of separate rows in one batch: one signal per run, exact rows, nothing else.
    watch.clear();
    model.apply({payloadEvent(Type::Expired, payload(idFor(1), kNow + 1)),
                 payloadEvent(Type::Deleted, payload(idFor(4), kNow + 4))});
    QCOMPARE(watch.removed.size(), 2);
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(idAt(model, 0), idFor(3));
}

void TestPayloadTableModel::pushedAndDeletedInOneBatchNeverShows()
{
    PayloadTableModel model;
    model.reset(RelaySnapshot());
    ModelWatch watch(&model);
    const PayloadInfo a = payload(idFor(1), kNow);
    const PayloadInfo b = payload(idFor(2), kNow + 1);
    model.apply(
        {payloadEvent(Type::Pushed, a), payloadEvent(Type::Pushed, b), payloadEvent(Type::Deleted, a)});
    QCOMPARE(watch.inserted.size(), 1);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(idAt(model, 0), b.id);

    // The relay announces a push once it is durable; a delete may beat it. No ghost row.
    model.apply({payloadEvent(Type::Deleted, b)});
    model.apply({payloadEvent(Type::Pushed, b)});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(watch.inserted.size(), 1);
    QCOMPARE(watch.removed.size(), 1);
}

void TestPayloadTableModel::thousandPushesInOneBatch()
{
    PayloadTableModel model;
    model.reset(RelaySnapshot());
    ModelWatch watch(&model);
    QList<RelayEvent> batch;
    for (int i = 0; i < 1000; ++i)
        batch.append(payloadEvent(Type::Pushed, payload(idFor(i), kNow + i, i, QStringLiteral("load"))));
    model.apply(batch);

    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(watch.inserted.size(), 1);
    QCOMPARE(watch.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(watch.inserted.at(0).at(2).toInt(), 999);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(watch.reset.size(), 0);
    for (int i = 0; i < 1000; i += 37)
        QCOMPARE(model.rowOf(idFor(i)), i);
    QCOMPARE(model.rowOf(idFor(999)), 999);

    // And a second burst that also expires the first half of the first one.
    watch.clear();
    batch.clear();
    for (int i = 0; i < 500; ++i)
        batch.append(payloadEvent(Type::Expired, payload(idFor(i), kNow + i)));
    for (int i = 1000; i < 2000; ++i)
        batch.append(payloadEvent(Type::Pushed, payload(idFor(i), kNow + i)));
    model.apply(batch);
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 499"), QStringLiteral("insert 500 1499")}));
    QCOMPARE(model.rowOf(idFor(500)), 0);
    QCOMPARE(model.rowOf(idFor(1999)), 1499);
}

void TestPayloadTableModel::countdownTickChangesTtlColumnOnly()
{
    PayloadTableModel model;
    qint64 now = kNow;
    model.setClock([&now] { return now; });
    RelaySnapshot s;
    for (int i = 0; i < 4; ++i) {
        PayloadInfo p = payload(idFor(i), kNow - 2000);
        p.expiresMs = kNow + 86'400'000 - 2000 - i * 1000;
        s.payloads.append(p);
    }
    model.reset(s);
    ModelWatch watch(&model);

    QCOMPARE(text(model, 0, PayloadTableModel::TtlColumn), QStringLiteral("23:59:58"));
    QCOMPARE(text(model, 3, PayloadTableModel::TtlColumn), QStringLiteral("23:59:55"));
    now += 1000;
    model.refreshCountdown();

    QCOMPARE(watch.changed.size(), 1);
    const QList<QVariant> args = watch.changed.at(0);
    const QModelIndex topLeft = args.at(0).value<QModelIndex>();
    const QModelIndex bottomRight = args.at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(topLeft.column(), int(PayloadTableModel::TtlColumn));
    QCOMPARE(bottomRight.column(), int(PayloadTableModel::TtlColumn));
    const QList<int> roles = args.at(2).value<QList<int>>();
    QVERIFY(!roles.isEmpty());
    QCOMPARE(roles, QList<int>{Qt::DisplayRole});
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(watch.inserted.size(), 0);
    QCOMPARE(watch.removed.size(), 0);
    QCOMPARE(text(model, 0, PayloadTableModel::TtlColumn), QStringLiteral("23:59:57"));
    // The sort key is the fixed expiry, not the moving text.
    QCOMPARE(model.index(0, PayloadTableModel::TtlColumn).data(PayloadTableModel::SortRole).toLongLong(),
             kNow + 86'400'000 - 2000);

    // Past its expiry (the relay decides when the row goes): it reads zero, it does not go negative.
    now += 2 * 86'400'000;
    QCOMPARE(text(model, 0, PayloadTableModel::TtlColumn), QStringLiteral("00:00:00"));

    // An empty table ticks nothing.
    model.reset(RelaySnapshot());
    watch.clear();
    model.refreshCountdown();
    QCOMPARE(watch.changed.size(), 0);
}

void TestPayloadTableModel::countdownFormats()
{
    using Relay::Ui::formatCountdown;
    QCOMPARE(formatCountdown(86'399'000), QStringLiteral("23:59:59"));
    QCOMPARE(formatCountdown(59'999), QStringLiteral("00:00:59"));
    QCOMPARE(formatCountdown(-5), QStringLiteral("00:00:00"));
    QCOMPARE(formatCountdown((4 * 86'400 + 2 * 3600 + 59) * 1000LL), QStringLiteral("4 d 2 h"));
    QCOMPARE(formatCountdown(86'400'000), QStringLiteral("1 d 0 h"));
}

void TestPayloadTableModel::capEvictsOldestBeforeInsert()
{
    PayloadTableModel model;
    model.setMaxRows(3);
    RelaySnapshot s;
    for (int i = 0; i < 3; ++i)
        s.payloads.append(payload(idFor(i), kNow + i));
    model.reset(s);
    ModelWatch watch(&model);

    model.apply({payloadEvent(Type::Pushed, payload(idFor(3), kNow + 3))});
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 0"), QStringLiteral("insert 2 2")}));
    QVERIFY(watch.maxRowsSeen <= 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(idAt(model, 0), idFor(1));
    QCOMPARE(idAt(model, 2), idFor(3));
    QCOMPARE(model.rowOf(idFor(0)), -1);

    // Two at once: two evicted in one go, then two inserted.
    watch.clear();
    model.apply({payloadEvent(Type::Pushed, payload(idFor(4), kNow + 4)),
                 payloadEvent(Type::Pushed, payload(idFor(5), kNow + 5))});
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 1"), QStringLiteral("insert 1 2")}));
    QVERIFY(watch.maxRowsSeen <= 3);
    QCOMPARE(idAt(model, 0), idFor(3));

    // More than the cap in one batch: only the newest three ever show.
    watch.clear();
    QList<RelayEvent> batch;
    for (int i = 10; i < 20; ++i)
        batch.append(payloadEvent(Type::Pushed, payload(idFor(i), kNow + i)));
    model.apply(batch);
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 0 2"), QStringLiteral("insert 0 2")}));
    QVERIFY(watch.maxRowsSeen <= 3);
    QCOMPARE(idAt(model, 0), idFor(17));
    QCOMPARE(idAt(model, 2), idFor(19));

    // A removal in the same batch frees room first: no eviction needed.
    watch.clear();
    model.apply({payloadEvent(Type::Deleted, payload(idFor(18), kNow)),
                 payloadEvent(Type::Pushed, payload(idFor(20), kNow + 20))});
    QCOMPARE(watch.log, QStringList({QStringLiteral("remove 1 1"), QStringLiteral("insert 2 2")}));
    QCOMPARE(idAt(model, 0), idFor(17));
}

void TestPayloadTableModel::capAppliesToSnapshotAndSetMaxRows()
{
    PayloadTableModel model;
    model.setMaxRows(4);
    RelaySnapshot s;
    for (int i = 0; i < 10; ++i)
        s.payloads.append(payload(idFor(i), kNow + i));
    model.reset(s);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(idAt(model, 0), idFor(6)); // the newest four

    ModelWatch watch(&model);
    model.setMaxRows(2);
    QCOMPARE(watch.log, QStringList{QStringLiteral("remove 0 1")});
    QCOMPARE(watch.reset.size(), 0);
    QCOMPARE(idAt(model, 0), idFor(8));
}

void TestPayloadTableModel::displayedValues()
{
    PayloadTableModel model;
    model.setClock([] { return kNow; });
    PayloadInfo p = payload(idFor(7), kNow, 512, QStringLiteral("reviews"),
                            QByteArrayLiteral(R"({"rows":3,"step":"review","tags":["a","b"]})"),
                            QStringLiteral("Report.md"));
    p.kind = PayloadKind::Json;
    RelaySnapshot s;
    s.payloads = {p};
    model.reset(s);

    QCOMPARE(text(model, 0, PayloadTableModel::SizeColumn), QStringLiteral("512 B"));
    QCOMPARE(text(model, 0, PayloadTableModel::KindColumn), payloadKindName(PayloadKind::Json));
    QCOMPARE(text(model, 0, PayloadTableModel::MetadataColumn),
             QStringLiteral(R"(Report.md · rows: 3, step: review, tags: ["a","b"])"));
    QCOMPARE(text(model, 0, PayloadTableModel::ReadsColumn), QStringLiteral("0"));
    QCOMPARE(text(model, 0, PayloadTableModel::CreatedColumn),
             QDateTime::fromMSecsSinceEpoch(kNow).time().toString(QStringLiteral("HH:mm:ss")));
    QVERIFY(model.index(0, PayloadTableModel::IdColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Report.md")));
    QCOMPARE(model.index(0, PayloadTableModel::SizeColumn).data(PayloadTableModel::SortRole).toLongLong(),
             512);
    const QString search = model.index(0, 0).data(PayloadTableModel::SearchTextRole).toString();
    QVERIFY(search.contains(QStringLiteral("report.md")));
    QVERIFY(search.contains(QStringLiteral("\"step\":\"review\"")));
    QCOMPARE(search, search.toLower());
    for (int c = 0; c < PayloadTableModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestPayloadTableModel::humanSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("512") << qint64(512) << QStringLiteral("512 B");
    QTest::newRow("999") << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("1.0 KB");
    QTest::newRow("1500") << qint64(1500) << QStringLiteral("1.5 KB");
    QTest::newRow("99.9k") << qint64(99'940) << QStringLiteral("99.9 KB");
    QTest::newRow("99.96k") << qint64(99'960) << QStringLiteral("100 KB");
    QTest::newRow("125k") << qint64(125'000) << QStringLiteral("125 KB");
    QTest::newRow("999,999") << qint64(999'999) << QStringLiteral("1.0 MB");
    QTest::newRow("25M") << qint64(25'000'000) << QStringLiteral("25.0 MB");
    QTest::newRow("3G") << qint64(3'000'000'000) << QStringLiteral("3.0 GB");
    // The largest unit keeps growing, grouped as the locale groups digits.
    QTest::newRow("5P") << qint64(5'000'000'000'000'000)
                        << QStringLiteral("%1 TB").arg(QLocale().toString(5000.0, 'f', 0));
}

void TestPayloadTableModel::humanSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Relay::Ui::formatSize(bytes), expected);
}

void TestPayloadTableModel::filterByChannelMetadataFilename_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    const QString a = idFor(1), b = idFor(2), c = idFor(3);
    QTest::newRow("empty") << QString() << QStringList{a, b, c};
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList{a, b, c};
    QTest::newRow("channel") << QStringLiteral("reviews") << QStringList{a, b};
    QTest::newRow("channel, other case") << QStringLiteral("REVIEWS") << QStringList{a, b};
    QTest::newRow("metadata value") << QStringLiteral("synthesis") << QStringList{c};
    QTest::newRow("metadata key") << QStringLiteral("\"rows\"") << QStringList{b};
    QTest::newRow("filename") << QStringLiteral("report.MD") << QStringList{b};
    QTest::newRow("id prefix") << QStringLiteral("00000003") << QStringList{c};
    QTest::newRow("two terms") << QStringLiteral("reviews  step") << QStringList{a, b};
    QTest::newRow("two terms, one misses") << QStringLiteral("reviews synthesis") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestPayloadTableModel::filterByChannelMetadataFilename()
{
    QFETCH(QString, search);
    QFETCH(QStringList, ids);

    PayloadTableModel model;
    RelaySnapshot s;
    s.payloads = {
        payload(idFor(1), kNow, 10, QStringLiteral("reviews"), QByteArrayLiteral(R"({"step":"draft"})")),
        payload(idFor(2), kNow + 1, 20, QStringLiteral("reviews"),
                QByteArrayLiteral(R"({"step":"final","rows":3})"), QStringLiteral("Report.md")),
        payload(idFor(3), kNow + 2, 30, QStringLiteral("sections"),
                QByteArrayLiteral(R"({"role":"synthesis"})")),
    };
    model.reset(s);
    PayloadFilterModel proxy;
    proxy.setSourceModel(&model);
    ModelWatch watch(&proxy);

    proxy.setSearchText(search);
    QCOMPARE(proxy.searchText(), search.simplified());
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(idAt(proxy, r));
    QCOMPARE(shown, ids);
    QCOMPARE(watch.reset.size(), 0);
}

void TestPayloadTableModel::filterFollowsUpdates()
{
    PayloadTableModel model;
    model.reset(RelaySnapshot());
    PayloadFilterModel proxy;
    proxy.setSourceModel(&model);
    ModelWatch watch(&proxy);
    proxy.setSearchText(QStringLiteral("alpha"));

    model.apply({payloadEvent(Type::Pushed, payload(idFor(1), kNow, 1, QStringLiteral("alpha"))),
                 payloadEvent(Type::Pushed, payload(idFor(2), kNow, 1, QStringLiteral("beta")))});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(idAt(proxy, 0), idFor(1));
    model.apply({payloadEvent(Type::Expired, payload(idFor(1), kNow))});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 1);
}

void TestPayloadTableModel::sortBySize()
{
    PayloadTableModel model;
    RelaySnapshot s;
    // As text "9 B" > "10.0 KB" > "1.0 MB"; by bytes the order is the reverse.
    s.payloads = {payload(idFor(1), kNow, 1'000'000), payload(idFor(2), kNow + 1, 9),
                  payload(idFor(3), kNow + 2, 10'000), payload(idFor(4), kNow + 3, 512)};
    model.reset(s);
    PayloadFilterModel proxy;
    proxy.setSourceModel(&model);
    ModelWatch watch(&proxy);

    proxy.sort(PayloadTableModel::SizeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(text(proxy, r, PayloadTableModel::SizeColumn));
    QCOMPARE(order, QStringList({QStringLiteral("9 B"), QStringLiteral("512 B"), QStringLiteral("10.0 KB"),
                                 QStringLiteral("1.0 MB")}));

    proxy.sort(PayloadTableModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(idAt(proxy, 0), idFor(1));
    QCOMPARE(idAt(proxy, 3), idFor(2));

    // A new row lands in its sorted place; the countdown tick does not disturb the order.
    model.apply({payloadEvent(Type::Pushed, payload(idFor(5), kNow + 4, 50'000))});
    QCOMPARE(idAt(proxy, 1), idFor(5));
    model.refreshCountdown();
    QCOMPARE(idAt(proxy, 1), idFor(5));

    // Channels sort case-insensitively.
    model.apply({payloadEvent(Type::Pushed, payload(idFor(6), kNow + 5, 1, QStringLiteral("Beta"))),
                 payloadEvent(Type::Pushed, payload(idFor(7), kNow + 6, 1, QStringLiteral("alpha")))});
    proxy.sort(PayloadTableModel::ChannelColumn, Qt::DescendingOrder);
    QCOMPARE(text(proxy, 0, PayloadTableModel::ChannelColumn), QStringLiteral("Beta"));
    QCOMPARE(text(proxy, 1, PayloadTableModel::ChannelColumn), QStringLiteral("alpha"));
    QCOMPARE(watch.reset.size(), 0);
}

void TestPayloadTableModel::filenameShowsWhereMetadataGoes()
{
    PayloadTableModel model;
    RelaySnapshot s;
    s.payloads = {
        payload(idFor(1), kNow, 10, QString(), QByteArrayLiteral("{}"), QStringLiteral("report.pdf")),
        payload(idFor(2), kNow, 10, QString(), QByteArrayLiteral("{\"step\":\"a\"}"),
                QStringLiteral("b.bin")),
        payload(idFor(3), kNow, 10, QString(), QByteArrayLiteral("{\"step\":\"c\"}"))};
    model.reset(s);
    QCOMPARE(text(model, model.rowOf(idFor(1)), PayloadTableModel::MetadataColumn),
             QStringLiteral("report.pdf"));
    QVERIFY(text(model, model.rowOf(idFor(2)), PayloadTableModel::MetadataColumn)
                .startsWith(QStringLiteral("b.bin · ")));
    QVERIFY(!text(model, model.rowOf(idFor(3)), PayloadTableModel::MetadataColumn)
                 .contains(QStringLiteral(" · ")));
}

QTEST_GUILESS_MAIN(TestPayloadTableModel)
#include "tst_payloadtablemodel.moc"
