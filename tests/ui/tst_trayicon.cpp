// SPDX-License-Identifier: MIT
// TrayIcon + RelayStatus against a real relay: the icon follows idle, activity, paused and error,
// the tooltip carries the URL and counts, and the menu's items follow the relay's state.
#include "relaystatus.h"
#include "trayicon.h"
#include "trayiconpainter.h"

#include "client/relayclient.h"
#include "relay/relayhost.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

class tst_TrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void iconsRender();
    void followsTheRelay();
    void portTakenIsAnError();

private:
    static QAction *action(TrayIcon &tray, const QString &startsWith);
};

void tst_TrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sodium_init() >= 0);
}

QAction *tst_TrayIcon::action(TrayIcon &tray, const QString &startsWith)
{
    for (QAction *a : tray.menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(startsWith))
            return a;
    }
    return nullptr;
}

void tst_TrayIcon::iconsRender()
{
    TrayIconPainter painter;
    for (const auto state : {TrayIconPainter::State::Idle, TrayIconPainter::State::Active,
                             TrayIconPainter::State::Paused, TrayIconPainter::State::Error}) {
        for (const bool mono : {false, true}) {
            const QIcon icon = painter.icon(state, mono, Qt::white);
            QVERIFY2(!icon.isNull(), qPrintable(TrayIconPainter::resourcePath(state, mono)));
            // Sharp on 2x screens: a 22 px icon has a 44 px pixmap.
            const QImage image = icon.pixmap(QSize(22, 22), 2.0).toImage();
            QCOMPARE(image.width(), 44);
            // Not blank.
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y)
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY(painted);
        }
    }
}

void tst_TrayIcon::followsTheRelay()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    RelayHost host(config);
    RelayStatus status;
    TrayIcon tray(&status);
    status.setHost(&host);
    QCOMPARE(status.state(), RelayStatus::State::Starting);
    QVERIFY(!action(tray, QStringLiteral("Push Clipboard"))->isEnabled());

    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(status.state(), RelayStatus::State::Running, 10000);
    QCOMPARE(tray.iconState(), TrayIconPainter::State::Idle);
    QVERIFY(tray.toolTip().contains(host.baseUrl()));
    QVERIFY(tray.toolTip().contains(QLatin1String("Payloads: 0 ")));
    QVERIFY(action(tray, QStringLiteral("Push Clipboard"))->isEnabled());
    QVERIFY(action(tray, QStringLiteral("Relay running at"))->text().contains(host.baseUrl()));

    // A push lights the icon for a moment and the counts follow.
    QSignalSpy activity(&status, &RelayStatus::activity);
    RelayClient client{QUrl(host.baseUrl())};
    bool pushed = false;
    PushOptions options;
    options.channel = QStringLiteral("reviews");
    client.push("payload", options, this, [&pushed](ClientResult<PushResult> r) { pushed = r.has_value(); });
    QTRY_VERIFY_WITH_TIMEOUT(pushed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!activity.isEmpty(), 5000);
    QCOMPARE(tray.iconState(), TrayIconPainter::State::Active);
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), TrayIconPainter::State::Idle, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(tray.toolTip().contains(QLatin1String("Payloads: 1 ")), 5000);
    QCOMPARE(status.payloads(), 1);

    // Pause: the icon and the menu say so; the clipboard items wait.
    QAction *pause = action(tray, QStringLiteral("Pause Relay"));
    QVERIFY(pause);
    // The tray only asks; the app pauses.
    QSignalSpy requested(&tray, &TrayIcon::pauseRequested);
    pause->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toBool(), true);
    host.setPaused(true);
    QTRY_COMPARE(status.state(), RelayStatus::State::Paused);
    QCOMPARE(tray.iconState(), TrayIconPainter::State::Paused);
    QVERIFY(action(tray, QStringLiteral("Resume Relay")));
    QVERIFY(!action(tray, QStringLiteral("Push Clipboard"))->isEnabled());
    QVERIFY(tray.toolTip().contains(QLatin1String("503")));
    host.setPaused(false);
    QTRY_COMPARE(status.state(), RelayStatus::State::Running);
    QCOMPARE(tray.iconState(), TrayIconPainter::State::Idle);

    QSignalSpy stopped(&host, &RelayHost::stopped);
    host.stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(status.state(), RelayStatus::State::Stopped);
}

void tst_TrayIcon::portTakenIsAnError()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    RelayHost first(config);
    QSignalSpy started(&first, &RelayHost::started);
    first.start();
    QVERIFY(started.wait(10000));

    config.port = started.first().at(1).value<quint16>();
    RelayHost second(config);
    RelayStatus status;
    TrayIcon tray(&status);
    QSignalSpy problem(&status, &RelayStatus::problem);
    status.setHost(&second);
    second.start();
    QTRY_COMPARE_WITH_TIMEOUT(status.state(), RelayStatus::State::Error, 10000);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(tray.iconState(), TrayIconPainter::State::Error);
    QVERIFY(tray.toolTip().contains(status.errorMessage()));
    QVERIFY(!status.errorMessage().isEmpty());
    QVERIFY(!action(tray, QStringLiteral("Push Clipboard"))->isEnabled());

    QSignalSpy stopped(&first, &RelayHost::stopped);
    first.stop();
    QVERIFY(stopped.wait(10000));
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"
