// SPDX-License-Identifier: MIT
// The inspector against a real relay in-process: drops become pushes, outside pushes become rows,
// a countdown tick leaves the selection alone, and the payload actions act.
#include "eventlogpanel.h"
#include "inspectorwindow.h"
#include "models/eventlogmodel.h"
#include "models/payloadfiltermodel.h"
#include "models/payloadtablemodel.h"
#include "payloadspanel.h"
#include "placeholdertableview.h"
#include "previewpane.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "relay/relayhost.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

class TestInspectorWindow : public QObject
{
    Q_OBJECT

    static RelayConfig config()
    {
        RelayConfig c;
        c.port = 0;
        c.ephemeral = true;
        c.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
        return c;
    }

    //! A started relay and an inspector on it, torn down in order.
    struct Fixture
    {
        std::unique_ptr<RelayHost> host;
        std::unique_ptr<InspectorWindow> window;
        QNetworkAccessManager nam;

        bool start()
        {
            host = std::make_unique<RelayHost>(config());
            QSignalSpy started(host.get(), &RelayHost::started);
            host->start();
            if (!started.wait(5000))
                return false;
            window = std::make_unique<InspectorWindow>(host.get());
            window->show();
            nam.setProxy(QNetworkProxy::NoProxy);
            return QTest::qWaitForWindowExposed(window.get());
        }
        ~Fixture()
        {
            window.reset();
            if (host && host->isRunning()) {
                QSignalSpy stopped(host.get(), &RelayHost::stopped);
                host->stop();
                stopped.wait(5000);
            }
        }
        //! Pushes over HTTP like an agent would; returns the id.
        QString pushFromOutside(const QByteArray &body)
        {
            QNetworkRequest request(QUrl(host->baseUrl() + QStringLiteral("/push")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
            if (!reply->isFinished() && !QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000))
                return QString();
            return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("id")).toString();
        }
        QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }
    };

    /*! Drags \a mime onto the window and drops it, as a file manager would: the drop goes to the
     *  widget that accepted the drag's entry (QApplication routes it through the drag manager). */
    static bool dropOn(QWidget *window, QMimeData *mime)
    {
        const QPoint pos(window->width() / 2, window->height() / 2);
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        return drop.isAccepted();
    }

    static QString pushJson(const QString &data, const QString &channel, const QJsonObject &metadata = {})
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                                           {QStringLiteral("channel"), channel},
                                                           {QStringLiteral("metadata"), metadata}})
                                     .toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(sodium_init() >= 0);
    }

    void emptyStateSaysWhatToDo()
    {
        Fixture f;
        QVERIFY(f.start());
        PlaceholderTableView *view = f.window->payloadsPanel()->view();
        QVERIFY(view->placeholderText().startsWith(QLatin1String("No payloads yet")));
        QCOMPARE(f.window->size(), QSize(1100, 700));
        QVERIFY(!f.action("actionDelete")->isEnabled());
    }

    void dropOutsidePushTickAndDelete()
    {
        Fixture f;
        QVERIFY(f.start());
        PayloadTableModel *model = f.window->payloadModel();
        PayloadsPanel *panel = f.window->payloadsPanel();

        // A file dropped on the window is pushed; its URL lands on the clipboard.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# Notes\n\nDropped on the inspector.\n");
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QVERIFY(dropOn(f.window.get(), &mime));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        const PayloadInfo dropped = model->payloadAt(0);
        QCOMPARE(dropped.filename, QStringLiteral("notes.md"));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     f.host->baseUrl() + QStringLiteral("/pull/") + dropped.id);
        // It is selected and previewed, as Markdown by its name.
        QTRY_COMPARE(panel->preview()->payloadId(), dropped.id);
        QCOMPARE(panel->preview()->currentViewName(), QStringLiteral("markdown"));

        // A push from outside shows up as a row.
        const QString outside =
            f.pushFromOutside(pushJson(QStringLiteral("{\"verdict\":\"ship it\"}"), QStringLiteral("reviews"),
                                       {{QStringLiteral("step"), QStringLiteral("review")}})
                                  .toUtf8());
        QVERIFY(!outside.isEmpty());
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(model->rowOf(outside) >= 0);

        // Select it; a countdown tick changes only the TTL column, and the selection stays.
        QVERIFY(panel->selectPayload(outside));
        QTRY_COMPARE(panel->preview()->payloadId(), outside);
        QCOMPARE(panel->preview()->currentViewName(), QStringLiteral("json"));
        const int scroll = panel->view()->verticalScrollBar()->value();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(panel->view()->model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const auto ticked = [&changed] {
            for (const QList<QVariant> &args : std::as_const(changed)) {
                const auto from = args.at(0).value<QModelIndex>();
                const auto to = args.at(1).value<QModelIndex>();
                if (from.column() == PayloadTableModel::TtlColumn &&
                    to.column() == PayloadTableModel::TtlColumn)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ticked(), 3000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(panel->selectedPayloads().size(), 1);
        QCOMPARE(panel->selectedPayloads().first().id, outside);
        QCOMPARE(panel->currentPayload()->id, outside);
        QCOMPARE(panel->view()->verticalScrollBar()->value(), scroll);

        // Copy URL and curl.
        QVERIFY(f.action("actionCopyUrl")->isEnabled());
        f.action("actionCopyUrl")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 f.host->baseUrl() + QStringLiteral("/pull/") + outside);
        f.action("actionCopyCurl")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("curl -sS '%1/pull/%2'").arg(f.host->baseUrl(), outside));

        // Delete removes the row (and nothing else); the preview lets go of it.
        f.action("actionDelete")->trigger();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowOf(outside), -1);
        QVERIFY(model->rowOf(dropped.id) >= 0);
        QTRY_VERIFY(panel->preview()->payloadId() != outside);

        // The event log saw it all.
        auto *events = f.window->findChild<EventLogModel *>(QStringLiteral("eventModel"));
        QVERIFY(events);
        QTRY_VERIFY(events->rowCount() >= 3); // pushed, pushed, deleted
    }

    void searchFilters()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(
            !f.pushFromOutside(pushJson(QStringLiteral("a"), QStringLiteral("alpha")).toUtf8()).isEmpty());
        QVERIFY(!f.pushFromOutside(pushJson(QStringLiteral("b"), QStringLiteral("beta"),
                                            {{QStringLiteral("step"), QStringLiteral("synthesis")}})
                                       .toUtf8())
                     .isEmpty());
        QTRY_COMPARE(f.window->payloadModel()->rowCount(), 2);
        PayloadsPanel *panel = f.window->payloadsPanel();
        QAbstractItemModel *shown = panel->view()->model();
        QCOMPARE(shown->rowCount(), 2);
        panel->searchBox()->setText(QStringLiteral("synth"));
        QCOMPARE(shown->rowCount(), 1);
        panel->searchBox()->setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(panel->view()->placeholderText().contains(QLatin1String("nothing-like-this")));
        panel->searchBox()->clear();
        QCOMPARE(shown->rowCount(), 2);
    }

    void pushDialogThenPullDialogWithKey()
    {
        Fixture f;
        QVERIFY(f.start());
        f.action("actionNewPush")->trigger();
        auto *push = f.window->findChild<PushDialog *>();
        QVERIFY(push);
        push->setText(QStringLiteral("for your eyes only"));
        push->setChannel(QStringLiteral("secrets"));
        push->addMetadata(QStringLiteral("rows"), QStringLiteral("3"));
        push->findChild<QCheckBox *>(QStringLiteral("pushEncrypt"))->setChecked(true);
        const PushRequest request = push->request();
        QCOMPARE(request.options.metadata.value(QLatin1String("rows")).toInt(), 3);
        push->accept();

        PayloadTableModel *model = f.window->payloadModel();
        QTRY_COMPARE(model->rowCount(), 1);
        const PayloadInfo stored = model->payloadAt(0);
        QCOMPARE(stored.kind, PayloadKind::Encrypted);
        QCOMPARE(stored.channel, QStringLiteral("secrets"));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("#key=")));
        const QString url = QGuiApplication::clipboard()->text();
        // The inspector previews the token as encrypted: the relay never had the key.
        QTRY_COMPARE(f.window->payloadsPanel()->preview()->currentViewName(), QStringLiteral("encrypted"));

        // Pull URL picks the URL up from the clipboard and decrypts with its #key=.
        f.action("actionPullUrl")->trigger();
        auto *pull = f.window->findChild<PullDialog *>();
        QVERIFY(pull);
        QCOMPARE(pull->url(), url);
        QSignalSpy pulled(pull, &PullDialog::pullFinished);
        pull->pull();
        QVERIFY(pulled.wait(5000));
        QCOMPARE(pulled.first().at(0).toString(), QString());
        QCOMPARE(pull->preview()->currentViewName(), QStringLiteral("text"));
        QCOMPARE(pull->preview()->displayedText(), QStringLiteral("for your eyes only"));
        // A pull is a read; previewing in the inspector was not.
        QTRY_COMPARE(model->payloadAt(0).reads, 1);
        pull->close();
    }

    void saveWritesTheWholePayload()
    {
        Fixture f;
        QVERIFY(f.start());
        // Larger than the preview's prefix: saving must not stop there.
        QString big;
        while (big.size() < 600 * 1024)
            big += QStringLiteral("line of a long report\n");
        const QString id = f.pushFromOutside(pushJson(big, QStringLiteral("reports")).toUtf8());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.window->payloadModel()->rowCount(), 1);
        QVERIFY(f.window->payloadsPanel()->selectPayload(id));
        QTRY_VERIFY(f.action("actionSave")->isEnabled());
        f.action("actionSave")->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<QFileDialog *>()) != nullptr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        Q_EMIT dialog->fileSelected(path);
        dialog->close();
        QTRY_VERIFY(QFileInfo::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), big.toUtf8());
        // Saving is not a read.
        QCOMPARE(f.window->payloadModel()->payloadAt(0).reads, 0);
    }

    void keyboardShortcutsAndPushAgain()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const QString id =
            f.pushFromOutside(pushJson(QStringLiteral("{\"rows\":3}"), QStringLiteral("results"),
                                       {{QStringLiteral("step"), QStringLiteral("checkpoint")}})
                                  .toUtf8());
        QTRY_COMPARE(f.window->payloadModel()->rowCount(), 1);
        PayloadsPanel *panel = f.window->payloadsPanel();
        QVERIFY(panel->selectPayload(id));
        panel->view()->setFocus();

        // Ctrl+C on the table copies the pointer URL, not the cell text.
        QTest::keyClick(panel->view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), f.host->baseUrl() + QStringLiteral("/pull/") + id);
        QTest::keyClick(panel->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("curl ")));

        // Ctrl+R pushes a copy to another channel; its URL is copied and the copy selected.
        QTest::keyClick(panel->view(), Qt::Key_R, Qt::ControlModifier);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = f.window->findChild<QInputDialog *>()) != nullptr);
        QCOMPARE(ask->textValue(), QStringLiteral("results"));
        ask->setTextValue(QStringLiteral("archive"));
        ask->accept();
        QTRY_COMPARE(f.window->payloadModel()->rowCount(), 2);
        PayloadInfo copy;
        for (int row = 0; row < 2; ++row) {
            if (f.window->payloadModel()->payloadAt(row).id != id)
                copy = f.window->payloadModel()->payloadAt(row);
        }
        QCOMPARE(copy.channel, QStringLiteral("archive"));
        QCOMPARE(copy.metadataJson, QByteArray(R"({"step":"checkpoint"})"));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     f.host->baseUrl() + QStringLiteral("/pull/") + copy.id);
        QTRY_COMPARE(panel->currentPayload()->id, copy.id);

        // Del deletes the selected payload; the event log can be narrowed to deletions.
        f.window->activateWindow(); // the closed dialog had the activation
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        panel->view()->setFocus();
        QVERIFY(f.action("actionDelete")->isEnabled());
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QTRY_COMPARE(f.window->payloadModel()->rowCount(), 1);
        QCOMPARE(f.window->payloadModel()->payloadAt(0).id, id);
        auto *log = f.window->findChild<EventLogPanel *>();
        QVERIFY(log);
        log->setShownTypes({int(RelayEvent::Type::Deleted)});
        QTRY_COMPARE(log->view()->model()->rowCount(), 1);
        log->setShownTypes({});
        QVERIFY(log->view()->model()->rowCount() >= 3);
    }

    void dropTextPushesIt()
    {
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setText(QStringLiteral("a dropped thought"));
        QVERIFY(dropOn(f.window.get(), &mime));
        QTRY_COMPARE_WITH_TIMEOUT(f.window->payloadModel()->rowCount(), 1, 5000);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(f.host->baseUrl()));
        QTRY_COMPARE(f.window->payloadsPanel()->preview()->displayedText(),
                     QStringLiteral("a dropped thought"));
    }
};

QTEST_MAIN(TestInspectorWindow)
#include "tst_inspectorwindow.moc"
