// SPDX-License-Identifier: MIT
#include "bridge/outcome.h"

#include <QTest>

using namespace Relay::App;

namespace {
const QString kId = QStringLiteral("0b6f1c9e-3d2a-4c1e-9f00-5a7d2e4b8c11");

QString start()
{
    return Outcome::startMarker();
}
QString end()
{
    return Outcome::endMarker();
}
//! What the bridge pastes for \a task.
QString pasted(const QString &task)
{
    return task + Outcome::instruction(kId);
}
//! A terminal's echo of the paste after a shell prompt, as a pane shows it.
QString echo(const QString &task)
{
    return QStringLiteral("$ agent\n") + pasted(task) + QLatin1Char('\n');
}
QString block(const QString &body)
{
    return start() + QLatin1Char('\n') + body + QLatin1Char('\n') + end() + QLatin1Char('\n');
}
} // namespace

class tst_Outcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instruction();
    void scan_data();
    void scan();
    void tail();
};

void tst_Outcome::instruction()
{
    const QString text = Outcome::instruction(kId);
    QCOMPARE(text.count(start()), 1);
    QCOMPARE(text.count(end()), 1);
    QVERIFY(text.indexOf(start()) < text.indexOf(end()));
    // The task's name is the very last line, after the template: its echo ends the echo of the paste.
    QVERIFY(text.endsWith(kId + QLatin1Char(')')));
    QVERIFY(text.lastIndexOf(end()) < text.lastIndexOf(kId));
    // The template itself is never an outcome.
    QCOMPARE(Outcome::expect(kId, pasted(QStringLiteral("x"))).pastedBodies.size(), 1);
}

void tst_Outcome::scan_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("capture");
    QTest::addColumn<bool>("tagSeen");
    QTest::addColumn<int>("blocksBefore");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("tagVisible");

    const QString task = QStringLiteral("add two numbers");
    const QString none;

    QTest::newRow("empty pane") << task << QString() << false << 0 << false << none << false;
    QTest::newRow("no markers") << task << QStringLiteral("$ ls\nREADME.md  src\n$ ") << false << 0 << false
                                << none << false;
    QTest::newRow("instruction echo only") << task << echo(task) << false << 0 << false << none << true;
    QTest::newRow("echo being drawn, tag not yet")
        << task << QString(QStringLiteral("$ agent\n") + pasted(task).left(pasted(task).indexOf(kId) - 20))
        << false << 0 << false << none << false;
    QTest::newRow("one block after the echo")
        << task
        << QString(echo(task) + block(QStringLiteral("result for: add two numbers")) + QStringLiteral("$ "))
        << false << 0 << true << QStringLiteral("result for: add two numbers") << true;
    QTest::newRow("several blocks: the last")
        << task
        << QString(echo(task) + block(QStringLiteral("first try")) + QStringLiteral("thinking again…\n") +
                   block(QStringLiteral("second try")))
        << false << 0 << true << QStringLiteral("second try") << true;
    QTest::newRow("a block being written after a complete one")
        << task
        << QString(echo(task) + block(QStringLiteral("done")) + start() + QStringLiteral("\nCOMPLETED: half"))
        << false << 0 << true << QStringLiteral("done") << true;
    QTest::newRow("start again before the end: the later start")
        << task
        << QString(echo(task) + start() + QStringLiteral("\nabandoned\n") + block(QStringLiteral("kept")))
        << false << 0 << true << QStringLiteral("kept") << true;
    QTest::newRow("block split across wrapped lines")
        << task
        << QString(echo(task) + QStringLiteral("⏺ === CC_OUT\n  COME_START ===\n  COMPLETED: added the\n"
                                               "  function\n  === CC_OUTCOME_END\n  ===\n> "))
        << false << 0 << true << QStringLiteral("COMPLETED: added the\nfunction") << true;
    QTest::newRow("CRLF") << task
                          << QString(echo(task) + block(QStringLiteral("line one\nline two")))
                                 .replace(QLatin1Char('\n'), QLatin1String("\r\n"))
                          << false << 0 << true << QStringLiteral("line one\nline two") << true;
    QTest::newRow("shared indentation removed")
        << task
        << QString(echo(task) + start() + QStringLiteral("\n    COMPLETED: x   \n      - y\n") + end())
        << false << 0 << true << QStringLiteral("COMPLETED: x\n  - y") << true;
    QTest::newRow("empty block") << task << QString(echo(task) + start() + QLatin1Char('\n') + end()) << false
                                 << 0 << true << QString() << true;

    const QString quoting = QStringLiteral("Make the agent print\n") + block(QStringLiteral("fake outcome")) +
                            QStringLiteral("verbatim.");
    QTest::newRow("markers inside the task: echo only")
        << quoting << echo(quoting) << false << 0 << false << none << true;
    QTest::newRow("markers inside the task: answered")
        << quoting << QString(echo(quoting) + block(QStringLiteral("real outcome"))) << false << 0 << true
        << QStringLiteral("real outcome") << true;
    QTest::newRow("markers inside the task: drawn, tag not yet")
        << quoting << QString(QStringLiteral("$ agent\n") + quoting) << false << 0 << false << none << false;
    QTest::newRow("template drawn again after the tag")
        << task << QString(echo(task) + Outcome::instruction(kId)) << false << 0 << false << none << true;
    QTest::newRow("agent quotes the tag in its answer")
        << task
        << QString(echo(task) +
                   block(QStringLiteral("done with (ContextRelay task ") + kId + QLatin1Char(')')))
        << false << 0 << true
        << QString(QStringLiteral("done with (ContextRelay task ") + kId + QLatin1Char(')')) << true;
    QTest::newRow("outcome of the previous task only")
        << task
        << QString(block(QStringLiteral("previous")) + QStringLiteral("$ agent\n") + pasted(task) +
                   QLatin1Char('\n'))
        << false << 1 << false << none << true;

    // The tag scrolled out of the capture after it had been seen: everything left is newer.
    QTest::newRow("tag scrolled out")
        << task << QString(QStringLiteral("…lots of work\n") + block(QStringLiteral("r"))) << true << 1
        << true << QStringLiteral("r") << false;
    // An agent that shows the paste collapsed: only a count of blocks tells old from new.
    QTest::newRow("collapsed paste, old block only")
        << task << QString(block(QStringLiteral("old")) + QStringLiteral("> [Pasted text #1 +9 lines]\n"))
        << false << 1 << false << none << false;
    QTest::newRow("collapsed paste, new block")
        << task
        << QString(block(QStringLiteral("old")) + QStringLiteral("> [Pasted text #1 +9 lines]\n") +
                   block(QStringLiteral("new")))
        << false << 1 << true << QStringLiteral("new") << false;
}

void tst_Outcome::scan()
{
    QFETCH(QString, task);
    QFETCH(QString, capture);
    QFETCH(bool, tagSeen);
    QFETCH(int, blocksBefore);
    QFETCH(bool, found);
    QFETCH(QString, outcome);
    QFETCH(bool, tagVisible);

    Outcome::Expectation expectation = Outcome::expect(kId, pasted(task));
    expectation.tagSeen = tagSeen;
    expectation.blocksBefore = blocksBefore;
    const Outcome::Scan result = Outcome::scan(capture, expectation);
    QCOMPARE(result.tagVisible, tagVisible);
    QCOMPARE(result.outcome.has_value(), found);
    if (found)
        QCOMPARE(*result.outcome, outcome);
}

void tst_Outcome::tail()
{
    const QString task = QStringLiteral("add two numbers");
    const Outcome::Expectation expectation = Outcome::expect(kId, pasted(task));
    // After the echo: only what the agent said.
    QCOMPARE(Outcome::scan(echo(task) + QStringLiteral("  working on it…  \n\n"), expectation).tail,
             QStringLiteral("working on it…"));
    // No echo: the whole pane.
    QCOMPARE(Outcome::scan(QStringLiteral("a\nb\n"), expectation).tail, QStringLiteral("a\nb"));
    // What the pane had before counts the same way the bridge counts it.
    QCOMPARE(Outcome::scan(block(QStringLiteral("x")) + block(QStringLiteral("y")), expectation).blocks, 2);
}

QTEST_GUILESS_MAIN(tst_Outcome)
#include "tst_outcome.moc"
