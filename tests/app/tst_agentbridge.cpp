// SPDX-License-Identifier: MIT
// AgentBridge against a real relay (in this process, on 127.0.0.1:0) and a fake pane whose
// "agent" the test scripts capture by capture.
#include "bridge/agentbridge.h"
#include "bridge/outcome.h"
#include "bridge/panedriver.h"
#include "client/relayclient.h"
#include "client/relaysubscription.h"
#include "relay/relayhost.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Relay;
using namespace Relay::App;

namespace {

QString block(const QString &body)
{
    return Outcome::startMarker() + QLatin1Char('\n') + body + QLatin1Char('\n') + Outcome::endMarker() +
           QLatin1Char('\n');
}

/*! A pane in memory. It answers asynchronously, like tmux; what the "agent" does is up to the
 *  test: onCapture runs before each capture is taken and may change the screen. */
class FakePane final : public QObject, public PaneDriver
{
public:
    QString screen;
    QStringList pasted;
    int captures = 0;
    //! Echo the paste like a terminal does; false: show it collapsed, as some agents do.
    bool echo = true;
    bool failPaste = false;
    std::function<void(FakePane &)> onCapture;

    void paste(const QString &text, QObject *context,
               std::function<void(std::expected<void, QString>)> done) override
    {
        QMetaObject::invokeMethod(
            context,
            [this, text, done] {
                if (failPaste)
                    return done(std::unexpected(QStringLiteral("no such pane")));
                pasted.append(text);
                screen += echo ? text + QLatin1Char('\n') : QStringLiteral("> [Pasted text]\n");
                done({});
            },
            Qt::QueuedConnection);
    }
    void capture(QObject *context, std::function<void(std::expected<QString, QString>)> done) override
    {
        QMetaObject::invokeMethod(
            context,
            [this, done] {
                ++captures;
                if (onCapture)
                    onCapture(*this);
                done(screen);
            },
            Qt::QueuedConnection);
    }
    QString name() const override { return QStringLiteral("fake"); }
};

//! Answers the latest paste once \a after captures have passed since it.
std::function<void(FakePane &)> answerAfter(int after)
{
    auto seen = std::make_shared<qsizetype>(0);
    auto since = std::make_shared<int>(0);
    return [seen, since, after](FakePane &pane) {
        if (pane.pasted.size() == *seen)
            return;
        if (++*since < after)
            return;
        *since = 0;
        *seen = pane.pasted.size();
        const QString task = pane.pasted.constLast().section(QLatin1Char('\n'), 0, 0);
        pane.screen += block(QStringLiteral("result for: ") + task);
    };
}

} // namespace

class tst_AgentBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void outcomePushedWithMetadata();
    void tasksRunOneAtATimeInOrder();
    void oldOutcomeOnScreenIsNotTaken();
    void collapsedPaste();
    void timeout();
    void pasteFails();
    void binaryTask();

private:
    //! Pushes \a text as a task; returns its id.
    QString pushTask(const QString &text);
    //! The next result on the done channel: its metadata and its text.
    std::pair<QJsonObject, QString> nextResult();

    RelayHost *m_host = nullptr;
    QString m_base;
    RelayClient *m_client = nullptr;
    FakePane *m_pane = nullptr;
    AgentBridge *m_bridge = nullptr;
    RelaySubscription *m_done = nullptr;
    QStringList m_doneUrls;
    AgentBridge::Options m_options;
};

void tst_AgentBridge::initTestCase()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    m_host = new RelayHost(config, this);
    QSignalSpy started(m_host, &RelayHost::started);
    m_host->start();
    QVERIFY(started.wait(5000));
    m_base = started.first().at(0).toString();
}

void tst_AgentBridge::cleanupTestCase()
{
    QSignalSpy stopped(m_host, &RelayHost::stopped);
    m_host->stop();
    QVERIFY(stopped.wait(5000));
}

void tst_AgentBridge::init()
{
    // Channels of their own for each test, so nothing one test left behind reaches the next.
    static int n = 0;
    ++n;
    m_options.taskChannel = QStringLiteral("tasks-%1").arg(n);
    m_options.doneChannel = QStringLiteral("done-%1").arg(n);
    m_options.pollMs = 20;
    m_options.timeoutMs = 10000;
    m_client = new RelayClient(QUrl(m_base), QString(), this);
    m_pane = new FakePane;
    m_pane->setParent(this);
    m_doneUrls.clear();
    m_done = new RelaySubscription(m_client, m_options.doneChannel, 0, this);
    connect(m_done, &RelaySubscription::pointerReceived, this,
            [this](const QString &url) { m_doneUrls.append(url); });
    QSignalSpy subscribed(m_done, &RelaySubscription::connected);
    m_done->start();
    QVERIFY(subscribed.wait(5000));
}

void tst_AgentBridge::cleanup()
{
    delete m_bridge;
    m_bridge = nullptr;
    delete m_done;
    delete m_pane;
    delete m_client;
}

QString tst_AgentBridge::pushTask(const QString &text)
{
    PushOptions options;
    options.channel = m_options.taskChannel;
    QString id;
    m_client->push(text.toUtf8(), options, this, [&id](ClientResult<PushResult> r) {
        id = r ? r->id : QStringLiteral("failed: ") + r.error().message;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty(), 5000); }();
    return id;
}

std::pair<QJsonObject, QString> tst_AgentBridge::nextResult()
{
    std::pair<QJsonObject, QString> result;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!m_doneUrls.isEmpty(), 10000);
        const QString url = m_doneUrls.takeFirst();
        bool pulled = false;
        m_client->pull(url, this, [&](ClientResult<PullResult> r) {
            if (r) {
                result.first = r->metadata;
                result.second = QString::fromUtf8(r->data);
            }
            pulled = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(pulled, 5000);
    }();
    return result;
}

//! Starts the bridge and waits until it listens (a macro, so that its QVERIFY ends the test).
#define START_BRIDGE()                                                                                       \
    do {                                                                                                     \
        m_bridge = new AgentBridge(m_client, m_pane, m_options);                                             \
        QSignalSpy listening(m_bridge, &AgentBridge::listening);                                             \
        m_bridge->start();                                                                                   \
        QVERIFY(listening.wait(5000));                                                                       \
    } while (false)

void tst_AgentBridge::outcomePushedWithMetadata()
{
    m_pane->onCapture = answerAfter(3);
    START_BRIDGE();
    const QString id = pushTask(QStringLiteral("add two numbers"));
    const auto [metadata, text] = nextResult();
    QCOMPARE(text, QStringLiteral("result for: add two numbers"));
    QCOMPARE(metadata.value(QLatin1String("task_id")).toString(), id);
    QVERIFY(metadata.value(QLatin1String("task_url")).toString().endsWith(QLatin1String("/pull/") + id));
    QCOMPARE(metadata.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(metadata.value(QLatin1String("summary")).toString(), text);
    QVERIFY(metadata.value(QLatin1String("elapsed_s")).isDouble());
    // The agent got the task with the instruction after it.
    QCOMPARE(m_pane->pasted.size(), 1);
    QCOMPARE(m_pane->pasted.constFirst(), QStringLiteral("add two numbers") + Outcome::instruction(id));
}

void tst_AgentBridge::tasksRunOneAtATimeInOrder()
{
    START_BRIDGE();
    QSignalSpy finished(m_bridge, &AgentBridge::taskFinished);
    // While a task runs, the next one waits: at each paste, every earlier task is finished.
    QList<qsizetype> finishedAtPaste;
    m_pane->onCapture = [inner = answerAfter(2), &finishedAtPaste, &finished,
                         pastes = qsizetype(0)](FakePane &pane) mutable {
        if (pane.pasted.size() != pastes) {
            pastes = pane.pasted.size();
            finishedAtPaste.append(finished.size());
        }
        inner(pane);
    };
    const QStringList texts{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
    QStringList ids;
    for (const QString &t : texts)
        ids.append(pushTask(t));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const auto [metadata, text] = nextResult();
        QCOMPARE(metadata.value(QLatin1String("task_id")).toString(), ids.at(i));
        QCOMPARE(text, QStringLiteral("result for: ") + texts.at(i));
    }
    QCOMPARE(finishedAtPaste, (QList<qsizetype>{0, 1, 2}));
    QCOMPARE(m_bridge->pendingTasks(), 0);
}

void tst_AgentBridge::oldOutcomeOnScreenIsNotTaken()
{
    // The previous task's outcome is still on the screen; the new one comes only after 5 captures.
    m_pane->screen = block(QStringLiteral("an old outcome"));
    m_pane->onCapture = answerAfter(5);
    START_BRIDGE();
    pushTask(QStringLiteral("new work"));
    const auto [metadata, text] = nextResult();
    QCOMPARE(text, QStringLiteral("result for: new work"));
    QVERIFY(m_pane->captures >= 5);
}

void tst_AgentBridge::collapsedPaste()
{
    // No echo of the task at all: only the number of blocks tells the new outcome from the old.
    m_pane->echo = false;
    m_pane->screen = block(QStringLiteral("an old outcome"));
    m_pane->onCapture = answerAfter(4);
    START_BRIDGE();
    pushTask(QStringLiteral("hidden work"));
    const auto [metadata, text] = nextResult();
    QCOMPARE(text, QStringLiteral("result for: hidden work"));
    QCOMPARE(metadata.value(QLatin1String("status")).toString(), QStringLiteral("done"));
}

void tst_AgentBridge::timeout()
{
    m_options.timeoutMs = 300;
    m_pane->onCapture = [](FakePane &pane) {
        if (!pane.pasted.isEmpty() && !pane.screen.endsWith(QStringLiteral("working…\n")))
            pane.screen += QStringLiteral("working…\n");
    };
    START_BRIDGE();
    const QString id = pushTask(QStringLiteral("never ends"));
    const auto [metadata, text] = nextResult();
    QCOMPARE(metadata.value(QLatin1String("status")).toString(), QStringLiteral("timeout"));
    QCOMPARE(metadata.value(QLatin1String("task_id")).toString(), id);
    // What the agent said after the task, not the task itself.
    QVERIFY2(text.startsWith(QStringLiteral("working…")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("never ends")));
}

void tst_AgentBridge::pasteFails()
{
    m_pane->failPaste = true;
    START_BRIDGE();
    const QString id = pushTask(QStringLiteral("anything"));
    const auto [metadata, text] = nextResult();
    QCOMPARE(metadata.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(metadata.value(QLatin1String("task_id")).toString(), id);
    QVERIFY(text.contains(QLatin1String("no such pane")));
    // The next task still runs.
    m_pane->failPaste = false;
    m_pane->onCapture = answerAfter(1);
    pushTask(QStringLiteral("next"));
    QCOMPARE(nextResult().second, QStringLiteral("result for: next"));
}

void tst_AgentBridge::binaryTask()
{
    START_BRIDGE();
    PushOptions options;
    options.channel = m_options.taskChannel;
    options.raw = true;
    QString id;
    m_client->push(QByteArray("\x00\x01\xff", 3), options, this,
                   [&id](ClientResult<PushResult> r) { id = r ? r->id : QStringLiteral("failed"); });
    QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty(), 5000);
    const auto [metadata, text] = nextResult();
    QCOMPARE(metadata.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(metadata.value(QLatin1String("task_id")).toString(), id);
    QVERIFY(!text.isEmpty());
    QVERIFY(m_pane->pasted.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AgentBridge)
#include "tst_agentbridge.moc"
