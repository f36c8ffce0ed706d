// SPDX-License-Identifier: MIT
// A durable relay (SQLite under a temporary directory): what was pushed survives the relay object
// going away without a shutdown, and expiry removes payloads from the file too, driven by a fake clock.
#include "fakeclock.h"

#include "core/clock.h"
#include "core/relayconfig.h"
#include "relay/relayserver.h"
#include "store/payloadstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace Relay;

namespace {

constexpr int kTimeoutMs = 5000;
const QByteArray kContextNotFound = QByteArrayLiteral("Context not found or expired");

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return QByteArray();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/*! Sends \a bytes on a fresh loopback connection and reads one response (Content-Length framed),
 *  waiting on the event loop only. */
std::optional<Reply> exchange(quint16 port, const QByteArray &bytes)
{
    QByteArray buffer;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { buffer += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(bytes);

    std::optional<Reply> reply;
    auto complete = [&] {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        Reply r;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        r.status = lines.first().trimmed().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        const qint64 length = r.header("content-length").toLongLong();
        if (buffer.size() - headEnd - 4 < length)
            return false;
        r.body = buffer.mid(headEnd + 4, length);
        reply = r;
        return true;
    };
    (void)QTest::qWaitFor(complete, kTimeoutMs);
    return reply;
}

QByteArray request(quint16 port, const QByteArray &method, const QByteArray &target,
                   const QByteArray &body = {}, const QByteArray &headers = {})
{
    QByteArray out =
        method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + headers;
    if (method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

//! Rows in the payloads table, read through a connection of our own; -1 when it cannot be read.
int rowCount(const QString &path)
{
    const QString name = QStringLiteral("tst_durability_inspect");
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM payloads")) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void payloadSurvivesRestart();
    void expiryRemovesFromFile();
    void expiredWhileDownIsDroppedOnStart();

private:
    RelayConfig durableConfig() const;
    std::unique_ptr<RelayServer> start(Clock *clock = nullptr) const;
    //! The one SQLite file the relay keeps in its data directory.
    QString databasePath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDurability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDurability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDurability::cleanup()
{
    m_dir.reset();
}

RelayConfig TestDurability::durableConfig() const
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = false;
    config.dataDir = m_dir->path();
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return config;
}

std::unique_ptr<RelayServer> TestDurability::start(Clock *clock) const
{
    auto relay = std::make_unique<RelayServer>(durableConfig(), clock);
    if (!relay->start()) {
        qWarning() << "relay did not start:" << relay->errorString();
        return nullptr;
    }
    return relay;
}

QString TestDurability::databasePath() const
{
    const QStringList files =
        QDir(m_dir->path()).entryList({QStringLiteral("*.sqlite"), QStringLiteral("*.db")}, QDir::Files);
    return files.size() == 1 ? QDir(m_dir->path()).filePath(files.first()) : QString();
}

void TestDurability::payloadSurvivesRestart()
{
    auto relay = start();
    QVERIFY(relay);
    quint16 port = relay->serverPort();

    auto r = exchange(port, request(port, "POST", "/push",
                                    R"({"data":"durable ✓","channel":"dur","metadata":{"k":"v","n":2},)"
                                    R"("ttl":3600,"max_reads":3})",
                                    "Content-Type: application/json\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QString id = r->json().value(QLatin1String("id")).toString();
    const qint64 expiresAt = r->json().value(QLatin1String("expires_at")).toInteger();
    QVERIFY(expiresAt > 0);

    r = exchange(
        port, request(port, "POST", "/push?filename=data.csv", "a,b\n1,2\n", "Content-Type: text/csv\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QString rawId = r->json().value(QLatin1String("id")).toString();

    // One of the three reads is used before the "crash".
    const auto first = exchange(port, request(port, "GET", "/pull/" + id.toUtf8()));
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->body, QByteArray(R"({"data":"durable ✓","metadata":{"k":"v","n":2}})"));
    QCOMPARE(rowCount(databasePath()), 2);

    // Gone without shutdown(): no stop, no drain; only the object's destructor runs.
    relay.reset();

    relay = start();
    QVERIFY(relay);
    port = relay->serverPort();
    const auto info = relay->store()->info(id);
    QVERIFY(info.has_value());
    QCOMPARE(info->expiresMs, expiresAt);
    QCOMPARE(info->reads, 1);
    QCOMPARE(info->maxReads, 3);
    QCOMPARE(info->channel, QStringLiteral("dur"));

    const auto peeked = exchange(port, request(port, "GET", "/peek/" + id.toUtf8()));
    QVERIFY(peeked);
    QCOMPARE(peeked->status, 200);
    QCOMPARE(peeked->json(), QJsonDocument::fromJson(R"({"k":"v","n":2})").object());

    // Reads two and three succeed with the same envelope; the fourth is refused.
    for (int i = 0; i < 2; ++i) {
        const auto again = exchange(port, request(port, "GET", "/pull/" + id.toUtf8()));
        QVERIFY(again);
        QCOMPARE(again->status, 200);
        QCOMPARE(again->body, first->body);
    }
    const auto burnt = exchange(port, request(port, "GET", "/pull/" + id.toUtf8()));
    QVERIFY(burnt);
    QCOMPARE(burnt->status, 404);
    QCOMPARE(burnt->body, kContextNotFound);

    // A raw payload keeps its type and file name.
    const auto raw = exchange(port, request(port, "GET", "/raw/" + rawId.toUtf8()));
    QVERIFY(raw);
    QCOMPARE(raw->status, 200);
    QCOMPARE(raw->header("content-type"), QByteArray("text/csv"));
    QVERIFY(raw->header("content-disposition").startsWith(R"(attachment; filename="data.csv")"));
    QCOMPARE(raw->body, QByteArray("a,b\n1,2\n"));
    QCOMPARE(rowCount(databasePath()), 1);
}

void TestDurability::expiryRemovesFromFile()
{
    FakeClock clock;
    auto relay = start(&clock);
    QVERIFY(relay);
    const quint16 port = relay->serverPort();

    const qint64 pushedAt = clock.nowMs();
    auto r = exchange(port, request(port, "POST", "/push", R"({"data":"short-lived","ttl":60})",
                                    "Content-Type: application/json\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->json().value(QLatin1String("expires_at")).toInteger(), pushedAt + 60 * 1000);
    const QByteArray id = r->json().value(QLatin1String("id")).toString().toUtf8();
    const QString path = databasePath();
    QVERIFY(!path.isEmpty());
    QCOMPARE(rowCount(path), 1);

    clock.advance(59 * 1000);
    r = exchange(port, request(port, "GET", "/pull/" + id));
    QVERIFY(r);
    QCOMPARE(r->status, 200);

    clock.advance(2 * 1000);
    QSignalSpy expired(relay->store(), &PayloadStore::expired);
    relay->store()->expireDue();
    QCOMPARE(expired.count(), 1);

    r = exchange(port, request(port, "GET", "/pull/" + id));
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kContextNotFound);
    r = exchange(port, request(port, "GET", "/peek/" + id));
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(rowCount(path), 0);
    QCOMPARE(relay->store()->count(), 0);
}

void TestDurability::expiredWhileDownIsDroppedOnStart()
{
    FakeClock clock;
    auto relay = start(&clock);
    QVERIFY(relay);
    quint16 port = relay->serverPort();
    auto r = exchange(port, request(port, "POST", "/push", R"({"data":"short-lived","ttl":60})",
                                    "Content-Type: application/json\r\n"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QByteArray id = r->json().value(QLatin1String("id")).toString().toUtf8();
    relay.reset();

    clock.advance(61 * 1000);
    relay = start(&clock);
    QVERIFY(relay);
    port = relay->serverPort();
    r = exchange(port, request(port, "GET", "/pull/" + id));
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QCOMPARE(r->body, kContextNotFound);
    QCOMPARE(relay->store()->count(), 0);
    QCOMPARE(rowCount(databasePath()), 0);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
