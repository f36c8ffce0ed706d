// SPDX-License-Identifier: MIT
// Pushing to a remote relay profile from the GUI: the push dialog's Target, the tray's "Push
// Clipboard To" submenu, the key read through SecretStore (a session-only key here: the test has
// no keychain service) and a real second relay as the remote. Also the inspector's Channels view
// fed with the host's bridges.
#include "inspectorwindow.h"
#include "models/channeltablemodel.h"
#include "models/payloadtablemodel.h"
#include "pushdialog.h"
#include "remotepush.h"
#include "remotetestutil.h"
#include "trayicon.h"

#include "client/relayclient.h"
#include "relay/relayhost.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHostAddress>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>

using namespace Relay;
using namespace Relay::Ui;

namespace {
const QString kKey = QStringLiteral("cr_test_remote_push_key");

RelayConfig relayConfig(const QStringList &tokens = {})
{
    RelayConfig c;
    c.port = 0;
    c.ephemeral = true;
    c.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    c.apiTokens = tokens;
    return c;
}

//! A started relay, stopped (and waited for) at the end of the test.
struct TestRelay
{
    explicit TestRelay(const RelayConfig &config)
        : host(std::make_unique<RelayHost>(config))
    {}
    bool start()
    {
        QSignalSpy started(host.get(), &RelayHost::started);
        host->start();
        return started.wait(10000);
    }
    ~TestRelay()
    {
        if (host->isRunning()) {
            QSignalSpy stopped(host.get(), &RelayHost::stopped);
            host->stop();
            stopped.wait(10000);
        }
    }
    std::unique_ptr<RelayHost> host;
};

//! What the pointer \a url holds, pulled from \a base with \a key; nothing when the pull fails.
std::optional<QByteArray> pullFrom(const QString &base, const QString &key, const QString &url)
{
    RelayClient client{QUrl(base), key};
    std::optional<ClientResult<PullResult>> result;
    client.pull(url, &client, [&result](ClientResult<PullResult> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000) || !*result)
        return std::nullopt;
    return (*result)->data;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}
} // namespace

class tst_RemotePush final : public QObject, private RelayTest::NoKeychainFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pushDialogOffersRemoteTargets();
    void traySubmenuListsProfiles();
    void resolveTarget();
    void trayPushGoesToTheRemote();
    void newPushToARemote();
    void channelsViewShowsBridges();
};

void tst_RemotePush::initTestCase()
{
    // No keychain service: keys come from session-only secrets (or not at all).
    QVERIFY(isolateFromKeychain());
}

void tst_RemotePush::init()
{
    nextRun();
}

void tst_RemotePush::pushDialogOffersRemoteTargets()
{
    PushDialog dialog;
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("pushTarget"));
    QVERIFY(target);
    dialog.show();
    // No profiles: the local relay only, and no row to choose.
    QVERIFY(!target->isVisible());
    dialog.setText(QStringLiteral("x"));
    QCOMPARE(dialog.request().target, QString());

    dialog.setTargets({QStringLiteral("backup"), QStringLiteral("cloud")});
    QVERIFY(target->isVisible());
    QCOMPARE(target->count(), 3);
    QCOMPARE(target->currentIndex(), 0); // the local relay stays the default
    QCOMPARE(dialog.request().target, QString());
    dialog.setTarget(QStringLiteral("cloud"));
    QCOMPARE(dialog.request().target, QStringLiteral("cloud"));
    QVERIFY(target->currentText().contains(QStringLiteral("cloud")));

    QSignalSpy requested(&dialog, &PushDialog::pushRequested);
    dialog.accept();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<PushRequest>().target, QStringLiteral("cloud"));

    // The chosen profile went away: back to the local relay.
    dialog.setTargets({QStringLiteral("backup")});
    QCOMPARE(dialog.request().target, QString());
    dialog.setTargets({});
    QCOMPARE(target->count(), 1);
}

void tst_RemotePush::traySubmenuListsProfiles()
{
    TrayIcon tray(nullptr);
    auto *submenu = tray.menu()->findChild<QMenu *>(QStringLiteral("pushToMenu"));
    QVERIFY(submenu);
    QVERIFY(!submenu->menuAction()->isVisible());

    tray.setRemoteProfiles({QStringLiteral("backup"), QStringLiteral("cloud")});
    QVERIFY(submenu->menuAction()->isVisible());
    QCOMPARE(submenu->actions().size(), 2);
    QCOMPARE(submenu->actions().at(1)->text(), QStringLiteral("cloud"));
    QSignalSpy requested(&tray, &TrayIcon::pushClipboardToRequested);
    submenu->actions().at(1)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("cloud"));

    tray.setClipboardBusy(true);
    QVERIFY(!submenu->menuAction()->isEnabled());
    tray.setClipboardBusy(false);
    QVERIFY(submenu->menuAction()->isEnabled());

    tray.setRemoteProfiles({});
    QVERIFY(!submenu->menuAction()->isVisible());
    QVERIFY(submenu->actions().isEmpty());
}

void tst_RemotePush::resolveTarget()
{
    QVERIFY(RemoteProfiles(ini()).add(
        {QStringLiteral("cloud"), QUrl(QStringLiteral("https://relay.example"))}, nullptr));
    QCOMPARE(remoteProfileNames(ini()), QStringList{QStringLiteral("cloud")});
    const auto resolve = [this](const QString &profile) {
        std::optional<RemoteTarget> target;
        QObject context;
        resolveRemoteTarget(m_secrets.get(), ini(), profile, &context,
                            [&target](const RemoteTarget &t) { target = t; });
        // Never answered inside the call.
        if (target)
            return RemoteTarget{QString(), QUrl(), QString(), QStringLiteral("answered synchronously")};
        if (!QTest::qWaitFor([&target] { return target.has_value(); }, 20000))
            return RemoteTarget{QString(), QUrl(), QString(), QStringLiteral("no answer")};
        return *target;
    };

    const RemoteTarget missing = resolve(QStringLiteral("nope"));
    QVERIFY2(missing.error.contains(QStringLiteral("no remote relay named \"nope\"")),
             qPrintable(missing.error));

    // No keychain and no session key: an error in words, never a push without the key.
    const RemoteTarget noKey = resolve(QStringLiteral("cloud"));
    QVERIFY2(noKey.error.contains(SecretStore::noKeychainMessage()), qPrintable(noKey.error));
    QVERIFY(noKey.apiKey.isEmpty());

    m_secrets->setSessionSecret(QStringLiteral("cloud"), kKey);
    const RemoteTarget ok = resolve(QStringLiteral("cloud"));
    QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
    QCOMPARE(ok.url, QUrl(QStringLiteral("https://relay.example")));
    QCOMPARE(ok.apiKey, kKey);
}

void tst_RemotePush::trayPushGoesToTheRemote()
{
    TestRelay remote(relayConfig({kKey}));
    QVERIFY(remote.start());
    const QString base = remote.host->baseUrl();
    QVERIFY(RemoteProfiles(ini()).add({QStringLiteral("cloud"), QUrl(base)}, nullptr));
    m_secrets->setSessionSecret(QStringLiteral("cloud"), kKey);

    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("context for the remote"));
    RemoteClipboardPush push(clipboard, m_secrets.get());
    push.setSettingsFile(ini());
    QSignalSpy pushed(&push, &RemoteClipboardPush::pushed);
    QSignalSpy failed(&push, &RemoteClipboardPush::failed);
    QSignalSpy busy(&push, &RemoteClipboardPush::busyChanged);
    push.pushClipboard(QStringLiteral("cloud"));
    QVERIFY(push.isBusy());
    QVERIFY2(pushed.wait(10000), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(pushed.first().at(0).toString(), QStringLiteral("cloud"));
    QVERIFY(!push.isBusy());
    QCOMPARE(busy.size(), 2);

    // The remote's pointer URL replaced the clipboard; the remote holds the text.
    const QString url = clipboard->text();
    QVERIFY2(url.startsWith(base + QStringLiteral("/pull/")), qPrintable(url));
    QCOMPARE(pullFrom(base, kKey, url),
             std::optional<QByteArray>(QByteArrayLiteral("context for the remote")));

    // Without the key the remote refuses, and the failure names the profile.
    m_secrets->setSessionSecret(QStringLiteral("cloud"), QStringLiteral("cr_test_wrong"));
    clipboard->setText(QStringLiteral("again"));
    push.pushClipboard(QStringLiteral("cloud"));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("\"cloud\"")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(clipboard->text(), QStringLiteral("again"));
    QVERIFY(!push.isBusy());
}

void tst_RemotePush::newPushToARemote()
{
    TestRelay local(relayConfig());
    TestRelay remote(relayConfig({kKey}));
    QVERIFY(local.start());
    QVERIFY(remote.start());
    const QString base = remote.host->baseUrl();
    QVERIFY(RemoteProfiles(ini()).add({QStringLiteral("cloud"), QUrl(base)}, nullptr));
    m_secrets->setSessionSecret(QStringLiteral("cloud"), kKey);

    InspectorWindow window(local.host.get());
    window.setSecretStore(m_secrets.get(), ini());
    window.show();
    QGuiApplication::clipboard()->clear();
    window.findChild<QAction *>(QStringLiteral("actionNewPush"))->trigger();
    auto *dialog = window.findChild<PushDialog *>(QStringLiteral("pushDialog"));
    QVERIFY(dialog);
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("pushTarget"));
    QCOMPARE(target->count(), 2);
    dialog->setTarget(QStringLiteral("cloud"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("pushText"))
        ->setPlainText(QStringLiteral("to the cloud"));
    dialog->accept();

    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().startsWith(base + QStringLiteral("/pull/")),
                             10000);
    QCOMPARE(pullFrom(base, kKey, QGuiApplication::clipboard()->text()),
             std::optional<QByteArray>(QByteArrayLiteral("to the cloud")));
    // Nothing went to the local relay.
    QCOMPARE(window.payloadModel()->rowCount(), 0);
}

void tst_RemotePush::channelsViewShowsBridges()
{
    TestRelay local(relayConfig());
    QVERIFY(local.start());
    InspectorWindow window(local.host.get());
    window.show();
    auto *view = window.findChild<QTableView *>(QStringLiteral("channelView"));
    auto *model = window.findChild<ChannelTableModel *>(QStringLiteral("channelModel"));
    QVERIFY(view && model);
    QVERIFY(view->isColumnHidden(ChannelTableModel::BridgeColumn));

    // A bridge to a relay that is not there: the channel shows at once, with its state and queue.
    ResolvedBridge bridge;
    bridge.spec.id = QStringLiteral("b1");
    bridge.spec.localChannel = QStringLiteral("team");
    bridge.spec.profile = QStringLiteral("cloud");
    bridge.spec.remoteChannel = QStringLiteral("team");
    bridge.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    bridge.keyResolved = true;
    local.host->setBridges({bridge});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1, 10000);
    QVERIFY(!view->isColumnHidden(ChannelTableModel::BridgeColumn));
    const QModelIndex cell = model->index(0, ChannelTableModel::BridgeColumn);
    QCOMPARE(model->index(0, ChannelTableModel::NameColumn).data().toString(), QStringLiteral("team"));
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("\u2192 cloud:team \u00b7 ")),
             qPrintable(cell.data().toString()));
    QVERIFY2(cell.data().toString().contains(QStringLiteral("queued")), qPrintable(cell.data().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(cell.data(ChannelTableModel::BridgeProblemRole).toBool(), 15000);

    local.host->setBridges({});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 0, 10000);
    QVERIFY(view->isColumnHidden(ChannelTableModel::BridgeColumn));
}

QTEST_MAIN(tst_RemotePush)
#include "tst_remotepush.moc"
