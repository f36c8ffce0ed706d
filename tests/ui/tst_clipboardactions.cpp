// SPDX-License-Identifier: MIT
// ClipboardActions against a real relay in this process (its own thread, 127.0.0.1:0, ephemeral):
// text, encrypted text and copied files go up and come back through the clipboard.
#include "clipboardactions.h"

#include "client/relayclient.h"
#include "relay/relayhost.h"
#include "security/apitokens.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

class tst_ClipboardActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void textRoundTrip();
    void encryptedRoundTrip();
    void copiedFileIsPushed();
    void severalFiles();
    void binaryPullBecomesAFile();
    void notAPointer();
    void expiredPointer();
    void emptyClipboard();
    void notRunning();
    void apiKeyGoesToThisRelayOnly();
    void apiKeyIsNotSentElsewhere();

private:
    RelayHost *startRelay(const RelayConfig &config, QString *base);
    QString push(bool encrypt = false);
    void pull();

    QClipboard *m_clipboard = nullptr;
    RelayHost *m_host = nullptr;
    QString m_base;
    QTemporaryDir m_dir;
    ClipboardActions *m_actions = nullptr;
};

RelayHost *tst_ClipboardActions::startRelay(const RelayConfig &config, QString *base)
{
    auto *host = new RelayHost(config, this);
    QSignalSpy started(host, &RelayHost::started);
    host->start();
    if (!started.wait(10000))
        return nullptr;
    *base = started.first().at(0).toString();
    return host;
}

void tst_ClipboardActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
    m_clipboard = QGuiApplication::clipboard();
    QVERIFY(m_clipboard);
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    m_host = startRelay(config, &m_base);
    QVERIFY(m_host);
    QVERIFY(m_base.startsWith(QLatin1String("http://127.0.0.1:")));
}

void tst_ClipboardActions::cleanupTestCase()
{
    QSignalSpy stopped(m_host, &RelayHost::stopped);
    m_host->stop();
    QVERIFY(stopped.wait(10000));
}

void tst_ClipboardActions::init()
{
    delete m_actions;
    m_actions = new ClipboardActions(m_clipboard, this);
    m_actions->setRelay(QUrl(m_base));
    m_actions->setDownloadDirectory(m_dir.filePath(QStringLiteral("pulled")));
    m_clipboard->clear();
}

QString tst_ClipboardActions::push(bool encrypt)
{
    QSignalSpy pushed(m_actions, &ClipboardActions::pushed);
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pushClipboard(encrypt);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(pushed.size() + failed.size() > 0, 10000); }();
    if (pushed.isEmpty() && failed.isEmpty())
        return QString();
    if (!failed.isEmpty()) {
        qWarning("push failed: %s", qPrintable(failed.first().at(0).toString()));
        return QString();
    }
    return pushed.first().at(0).toStringList().join(QLatin1Char('\n'));
}

void tst_ClipboardActions::pull()
{
    QSignalSpy pulled(m_actions, &ClipboardActions::pulled);
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pullFromClipboard();
    QTRY_VERIFY_WITH_TIMEOUT(pulled.size() + failed.size() > 0, 10000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().at(0).toString()));
}

void tst_ClipboardActions::textRoundTrip()
{
    const QString text = QStringLiteral("A 50 KB review, abridged: ✓ looks good\n{\"rows\": 3}");
    m_clipboard->setText(text);
    QSignalSpy busy(m_actions, &ClipboardActions::busyChanged);
    const QString url = push();
    QVERIFY(url.startsWith(m_base + QStringLiteral("/pull/")));
    QCOMPARE(m_clipboard->text(), url);
    QCOMPARE(busy.size(), 2); // busy, then idle
    QVERIFY(!m_actions->isBusy());

    pull();
    QCOMPARE(m_clipboard->text(), text);
}

void tst_ClipboardActions::encryptedRoundTrip()
{
    const QString secret = QStringLiteral("the relay must never see this");
    m_clipboard->setText(secret);
    const QString url = push(true);
    QVERIFY(url.contains(QLatin1String("#key=")));
    QCOMPARE(m_clipboard->text(), url);

    // What the relay holds is a Fernet token, not the text.
    RelayClient raw{QUrl(m_base)};
    QByteArray stored;
    bool done = false;
    raw.pull(url.section(QLatin1Char('#'), 0, 0), this, [&](ClientResult<PullResult> r) {
        QVERIFY(r.has_value());
        stored = r->data;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!stored.contains(secret.toUtf8()));

    pull();
    QCOMPARE(m_clipboard->text(), secret);
}

void tst_ClipboardActions::copiedFileIsPushed()
{
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = m_dir.filePath(QStringLiteral("model.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    mime->setText(path); // file managers offer the path as text too; the file wins
    m_clipboard->setMimeData(mime);
    const QString url = push();
    QVERIFY(url.startsWith(m_base + QStringLiteral("/pull/")));

    // The relay holds the file's bytes, with its name.
    QByteArray got;
    bool done = false;
    m_host->fetchPayload(url.section(QLatin1Char('/'), -1), qint64(1) << 30, this,
                         [&](std::optional<QByteArray> data, const PayloadInfo &info) {
                             QVERIFY(data.has_value());
                             got = *data;
                             QCOMPARE(info.filename, QStringLiteral("model.bin"));
                             done = true;
                         });
    QTRY_VERIFY(done);
    QCOMPARE(got, bytes);

    // Pulled back, it is a file again, on the clipboard as a copied file.
    pull();
    const QMimeData *back = m_clipboard->mimeData();
    QVERIFY(back->hasUrls());
    QFile saved(back->urls().constFirst().toLocalFile());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);
}

void tst_ClipboardActions::severalFiles()
{
    QList<QUrl> urls;
    for (const QString &name : {QStringLiteral("a.md"), QStringLiteral("b.json")}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(name.toUtf8());
        urls.append(QUrl::fromLocalFile(file.fileName()));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    m_clipboard->setMimeData(mime);
    const QString pushed = push();
    const QStringList lines = pushed.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(m_clipboard->text(), pushed);
    for (const QString &line : lines)
        QVERIFY(line.startsWith(m_base + QStringLiteral("/pull/")));
}

void tst_ClipboardActions::binaryPullBecomesAFile()
{
    // A PNG pushed by someone else; pulled, it is a file and an image on the clipboard.
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    m_clipboard->setMimeData(mime);
    const QString url = push();
    QVERIFY(!url.isEmpty());
    pull();
    const QMimeData *back = m_clipboard->mimeData();
    QVERIFY(back->hasUrls());
    QVERIFY(back->urls().constFirst().toLocalFile().endsWith(QLatin1String(".png")));
    QVERIFY(back->hasImage());
}

void tst_ClipboardActions::notAPointer()
{
    m_clipboard->setText(QStringLiteral("just some words"));
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pullFromClipboard();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_actions->isBusy());
    QCOMPARE(m_clipboard->text(), QStringLiteral("just some words"));
}

void tst_ClipboardActions::expiredPointer()
{
    m_clipboard->setText(m_base + QStringLiteral("/pull/doesnotexist"));
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pullFromClipboard();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("Not found")));
    QVERIFY(!m_actions->isBusy());
}

void tst_ClipboardActions::emptyClipboard()
{
    m_clipboard->clear();
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pushClipboard();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_actions->isBusy());
}

void tst_ClipboardActions::notRunning()
{
    m_actions->setRelay(QUrl());
    m_clipboard->setText(QStringLiteral("text"));
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pushClipboard();
    QCOMPARE(failed.size(), 1);
}

void tst_ClipboardActions::apiKeyGoesToThisRelayOnly()
{
    // A relay that requires a key: the action pushes with it.
    const QByteArray token = ApiTokens::generate();
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.apiTokens = {QString::fromLatin1(token)};
    QString base;
    RelayHost *locked = startRelay(config, &base);
    QVERIFY(locked);

    m_actions->setRelay(QUrl(base), token);
    m_clipboard->setText(QStringLiteral("for key holders"));
    const QString url = push();
    QVERIFY(url.startsWith(base));
    pull();
    QCOMPARE(m_clipboard->text(), QStringLiteral("for key holders"));

    // Without the key that relay says no.
    m_actions->setRelay(QUrl(base));
    m_clipboard->setText(QStringLiteral("no key"));
    QVERIFY(push().isEmpty());

    // A pointer of another relay is pulled without this relay's key (here: the open relay, which
    // would accept a wrong key anyway, so check that pulling works across relays).
    m_clipboard->setText(QStringLiteral("open relay text"));
    m_actions->setRelay(QUrl(m_base));
    const QString openUrl = push();
    m_actions->setRelay(QUrl(base), token);
    m_clipboard->setText(openUrl);
    pull();
    QCOMPARE(m_clipboard->text(), QStringLiteral("open relay text"));

    QSignalSpy stopped(locked, &RelayHost::stopped);
    locked->stop();
    QVERIFY(stopped.wait(10000));
}

void tst_ClipboardActions::apiKeyIsNotSentElsewhere()
{
    // Another "relay" that records what it is sent and answers 404.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QByteArray request;
    connect(&other, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = other.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&request, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n"))
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
    });
    m_actions->setRelay(QUrl(m_base), ApiTokens::generate());
    m_clipboard->setText(QStringLiteral("http://127.0.0.1:%1/pull/abc").arg(other.serverPort()));
    QSignalSpy failed(m_actions, &ClipboardActions::failed);
    m_actions->pullFromClipboard();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(request.startsWith("GET /pull/abc "));
    QVERIFY(!request.toLower().contains("authorization"));
}

QTEST_MAIN(tst_ClipboardActions)
#include "tst_clipboardactions.moc"
