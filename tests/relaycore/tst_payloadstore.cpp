// SPDX-License-Identifier: MIT
#include "fakeclock.h"

#include "core/ids.h"
#include "store/memorybackend.h"
#include "store/payloadstore.h"
#include "store/sqlitebackend.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace Relay;

class TestPayloadStore : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_payloadstore-XXXXXX")};

    std::unique_ptr<PayloadStore> memoryStore(qint64 maxBytes = qint64(1) << 30)
    {
        PayloadStore::Budget budget;
        budget.maxBytes = maxBytes;
        auto store = std::make_unique<PayloadStore>(std::make_unique<MemoryBackend>(), &m_clock, budget);
        QString error;
        [&] { QVERIFY2(store->open(&error), qPrintable(error)); }();
        return store;
    }

    std::unique_ptr<PayloadStore> sqliteStore(const QString &path)
    {
        auto store = std::make_unique<PayloadStore>(std::make_unique<SqliteBackend>(path), &m_clock,
                                                    PayloadStore::Budget());
        QString error;
        [&] { QVERIFY2(store->open(&error), qPrintable(error)); }();
        return store;
    }

    static NewPayload payload(const QByteArray &data, qint64 ttl = 60, int maxReads = 0)
    {
        NewPayload p;
        p.data = data;
        p.ttlSeconds = ttl;
        p.maxReads = maxReads;
        p.channel = QStringLiteral("ch");
        p.metadataJson = "{\"k\":1}";
        return p;
    }

    static int rowCount(const QString &path)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM payloads")) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(m_dir.isValid());
    }

    void addAndRead()
    {
        auto store = memoryStore();
        const auto added = store->add(payload("hello"));
        QVERIFY(added);
        QCOMPARE(added->id.size(), 36);
        QCOMPARE(added->expiresMs, m_clock.nowMs() + 60'000);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->totalBytes(), 5);
        const auto read = store->read(added->id);
        QVERIFY(read);
        QCOMPARE(read->bytes, QByteArray("hello"));
        QCOMPARE(read->info.reads, 1);
        QCOMPARE(read->info.metadataJson, QByteArray("{\"k\":1}"));
        QCOMPARE(store->read(QStringLiteral("nope")).error(), StoreError::NotFound);
    }

    void idsAreUniqueUuidV4()
    {
        auto store = memoryStore();
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i) {
            const auto added = store->add(payload("x"));
            QVERIFY(added);
            QCOMPARE(added->id.at(14), QLatin1Char('4'));
            QVERIFY(QStringLiteral("89ab").contains(added->id.at(19)));
            QCOMPARE(added->id, added->id.toLower());
            QVERIFY(looksLikePayloadId(added->id));
            ids.insert(added->id);
        }
        QCOMPARE(ids.size(), 1000);
    }

    void looksLikePayloadIdTakesOnlyWhatTheStoreMakes()
    {
        const QString id = QStringLiteral("0b4c5a7e-3f0d-4b8e-9a55-1c2d3e4f5a6b");
        QVERIFY(looksLikePayloadId(id));
        // Found by fuzz_websocket (tests/fuzz/regressions/websocket): QUuid alone takes upper case,
        // which the store's case-sensitive index never holds.
        QVERIFY(!looksLikePayloadId(QStringLiteral("0b4c5a7e-3f0d-4b8e-9A55-1c2d3e4f5a6b")));
        QVERIFY(!looksLikePayloadId(QStringLiteral("{0b4c5a7e-3f0d-4b8e-9a55-1c2d3e4f5a6}")));
        QVERIFY(!looksLikePayloadId(QStringLiteral("0b4c5a7e+3f0d-4b8e-9a55-1c2d3e4f5a6b")));
        QVERIFY(!looksLikePayloadId(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!looksLikePayloadId(id.left(35)));
        QVERIFY(!looksLikePayloadId(QString()));
    }

    void expiryIsExact()
    {
        auto store = memoryStore();
        QSignalSpy expired(store.get(), &PayloadStore::expired);
        const auto a = store->add(payload("a", 60));
        const auto b = store->add(payload("b", 120));
        QCOMPARE(store->nextExpiryMs(), a->expiresMs);

        m_clock.advance(59'999);
        store->expireDue();
        QCOMPARE(store->count(), 2);
        QCOMPARE(expired.count(), 0);

        m_clock.advance(1);
        // Even before the timer fires, an expired payload is never served.
        QCOMPARE(store->info(a->id).error(), StoreError::NotFound);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->nextExpiryMs(), b->expiresMs);
        QCOMPARE(store->totalBytes(), 1);

        m_clock.advance(60'000);
        store->expireDue();
        QCOMPARE(store->count(), 0);
        QCOMPARE(store->nextExpiryMs(), 0);
    }

    void samExpiryTimeRemovesOnlyTheOne()
    {
        auto store = memoryStore();
        const auto a = store->add(payload("a"));
        const auto b = store->add(payload("b"));
        QCOMPARE(a->expiresMs, b->expiresMs);
        QVERIFY(store->remove(a->id));
        QVERIFY(store->info(b->id));
        QCOMPARE(store->nextExpiryMs(), b->expiresMs);
    }

    void maxReadsBurnsAfterReading()
    {
        auto store = memoryStore();
        QSignalSpy removed(store.get(), &PayloadStore::removed);
        const auto a = store->add(payload("secret", 60, 2));
        QVERIFY(store->info(a->id)); // peek does not count
        QVERIFY(store->read(a->id));
        QVERIFY(store->read(a->id)); // the read that reaches the limit succeeds
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store->read(a->id).error(), StoreError::NotFound);
    }

    void budgetRefusesInsteadOfEvicting()
    {
        auto store = memoryStore(10);
        const auto a = store->add(payload("12345678"));
        QVERIFY(a);
        QCOMPARE(store->add(payload("abc")).error(), StoreError::Full);
        QVERIFY(store->read(a->id)); // nothing was evicted
        QVERIFY(store->remove(a->id));
        QVERIFY(store->add(payload("abc")));
    }

    void envelopeIsCachedAndDropped()
    {
        auto store = memoryStore();
        int encoded = 0;
        auto encode = [&encoded](const PayloadInfo &, const QByteArray &data) -> QByteArray {
            ++encoded;
            return "<" + data + ">";
        };
        const auto a = store->add(payload("x"));
        QCOMPARE(store->read(a->id, encode, true)->bytes, QByteArray("<x>"));
        QCOMPARE(store->read(a->id, encode, true)->bytes, QByteArray("<x>"));
        QCOMPARE(encoded, 1);
        QCOMPARE(store->read(a->id)->bytes, QByteArray("x"));
        QVERIFY(store->remove(a->id));
        QCOMPARE(store->read(a->id, encode, true).error(), StoreError::NotFound);
    }

    void sqliteSurvivesRestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        QString id;
        QString burnId;
        qint64 expires = 0;
        const QByteArray binary("\xff\xfe\x00\x01", 4);
        {
            auto store = sqliteStore(path);
            NewPayload p = payload(binary, 600);
            p.binary = true;
            p.filename = QStringLiteral("a.bin");
            p.contentType = "application/octet-stream";
            const auto a = store->add(p);
            QVERIFY(a);
            id = a->id;
            expires = a->expiresMs;
            const auto b = store->add(payload("burn", 600, 3));
            burnId = b->id;
            QVERIFY(store->read(burnId));
            QVERIFY(store->read(burnId));
            // What was acknowledged is what was committed: a push is answered only after this.
            QVERIFY(store->commit());
            // No close(): the next store must cope with what a crash leaves behind.
            store.release(); // deliberately leaked, as a killed process would
        }
        auto store = sqliteStore(path);
        const auto info = store->info(id);
        QVERIFY(info);
        QCOMPARE(info->expiresMs, expires);
        QCOMPARE(info->filename, QStringLiteral("a.bin"));
        QCOMPARE(info->contentType, QByteArray("application/octet-stream"));
        QVERIFY(info->binary);
        QCOMPARE(info->metadataJson, QByteArray("{\"k\":1}"));
        QCOMPARE(store->read(id)->bytes, binary);
        // Two of three reads were used before the "crash": one is left.
        QVERIFY(store->read(burnId));
        QCOMPARE(store->read(burnId).error(), StoreError::NotFound);
    }

    void sqliteReclaimsExpiredRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("expiry.sqlite"));
        {
            auto store = sqliteStore(path);
            for (int i = 0; i < 20; ++i)
                QVERIFY(store->add(payload(QByteArray(100 * 1024, 'x'), 60)));
            QCOMPARE(rowCount(path), 0); // not committed yet: writes are grouped
            QVERIFY(store->hasPendingWrites());
            QVERIFY(store->commit());
            QCOMPARE(rowCount(path), 20);
            m_clock.advance(60'000);
            store->expireDue();
            QCOMPARE(store->count(), 0);
            QCOMPARE(rowCount(path), 0);
            store->close();
        }
        // Pages were given back: the file is much smaller than the 2 MB it held.
        QVERIFY2(QFileInfo(path).size() < 512 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
    }

    void sqliteDropsWhatExpiredWhileClosed()
    {
        const QString path = m_dir.filePath(QStringLiteral("closed.sqlite"));
        QString id;
        {
            auto store = sqliteStore(path);
            id = store->add(payload("old", 60))->id;
            store->close();
        }
        m_clock.advance(61'000);
        auto store = sqliteStore(path);
        QCOMPARE(store->count(), 0);
        QCOMPARE(store->info(id).error(), StoreError::NotFound);
        QCOMPARE(rowCount(path), 0);
    }

    void groupCommitCallsBackOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("group.sqlite"));
        auto store = sqliteStore(path);
        QObject context;
        int calls = 0;
        bool allOk = true;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(store->add(payload("x")));
            store->whenDurable(&context, [&](bool ok) {
                ++calls;
                allOk = allOk && ok;
            });
        }
        QCOMPARE(calls, 0);
        // The commit is queued on the event loop: nothing else triggers it.
        QTRY_COMPARE(calls, 5);
        QVERIFY(allOk);
        QVERIFY(!store->hasPendingWrites());
        QCOMPARE(rowCount(path), 5);
        // Nothing pending: called at once.
        store->whenDurable(&context, [&](bool) { ++calls; });
        QCOMPARE(calls, 6);
    }

    void expiryTimerFiresByItself()
    {
        // With the real event loop: the timer is armed for the next expiry, not polled.
        auto store = memoryStore();
        QSignalSpy expired(store.get(), &PayloadStore::expired);
        NewPayload p = payload("soon", 0);
        QVERIFY(store->add(p));
        QVERIFY(expired.wait(2000));
        QCOMPARE(store->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPayloadStore)
#include "tst_payloadstore.moc"
