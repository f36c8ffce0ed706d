// SPDX-License-Identifier: MIT
// BridgesPage: adds bridges from its form (validated by BridgeSettings, saved at once), lists them
// with their direction, marks those whose remote profile is gone, and removes one after asking.
#include "bridgespage.h"
#include "remotespage.h"
#include "settingsdialog.h"

#include "forward/bridgesettings.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Relay;
using namespace Relay::Ui;

class tst_BridgesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { ++m_run; }
    void needsARemoteProfileFirst();
    void addListAndRemove();
    void refusalsAreShown();
    void bridgeOfAMissingProfileIsMarked();
    void settingsDialogTabs();

private:
    QString ini() const { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)); }
    void addProfile(const QString &name)
    {
        QVERIFY(
            RemoteProfiles(ini()).add({name, QUrl(QStringLiteral("https://%1.example").arg(name))}, nullptr));
    }
    static QStringList row(BridgesPage &page, int index)
    {
        QTreeWidgetItem *item =
            page.findChild<QTreeWidget *>(QStringLiteral("bridgeList"))->topLevelItem(index);
        if (!item)
            return {};
        return {item->text(0), item->text(1), item->text(2), item->text(3)};
    }
    static void fill(BridgesPage &page, const QString &local, const QString &profile, const QString &remote,
                     BridgeDirection direction)
    {
        page.findChild<QLineEdit *>(QStringLiteral("bridgeLocal"))->setText(local);
        auto *profiles = page.findChild<QComboBox *>(QStringLiteral("bridgeProfile"));
        profiles->setCurrentIndex(profiles->findData(profile));
        page.findChild<QLineEdit *>(QStringLiteral("bridgeRemoteChannel"))->setText(remote);
        auto *directions = page.findChild<QComboBox *>(QStringLiteral("bridgeDirection"));
        directions->setCurrentIndex(directions->findData(int(direction)));
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

void tst_BridgesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_BridgesPage::needsARemoteProfileFirst()
{
    BridgesPage page(ini());
    page.show();
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addBridge"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("bridgeProfile"))->isEnabled());
    page.findChild<QLineEdit *>(QStringLiteral("bridgeLocal"))->setText(QStringLiteral("team"));
    QVERIFY(!page.addBridge());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("bridgeError"))
                ->text()
                .contains(QStringLiteral("remote relay")));
    QVERIFY(BridgeSettings(ini()).list().isEmpty());

    // A profile added elsewhere (the Remote Relays tab, the command line) shows up on refresh.
    addProfile(QStringLiteral("cloud"));
    page.refresh();
    QVERIFY(add->isEnabled());
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("bridgeProfile"))->currentText(),
             QStringLiteral("cloud"));
}

void tst_BridgesPage::addListAndRemove()
{
    addProfile(QStringLiteral("cloud"));
    addProfile(QStringLiteral("backup"));
    BridgesPage page(ini());
    QSignalSpy changed(&page, &BridgesPage::changed);

    // No remote channel given: the same name as the local one.
    fill(page, QStringLiteral("team"), QStringLiteral("cloud"), QString(), BridgeDirection::Out);
    page.findChild<QPushButton *>(QStringLiteral("addBridge"))->click();
    QCOMPARE(changed.size(), 1);
    fill(page, QStringLiteral("inbox"), QStringLiteral("backup"), QStringLiteral("shared"),
         BridgeDirection::Both);
    QVERIFY(page.addBridge());
    QCOMPARE(changed.size(), 2);
    // The form is ready for the next one.
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("bridgeLocal"))->text().isEmpty());

    const QList<BridgeSpec> saved = BridgeSettings(ini()).list();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).localChannel, QStringLiteral("team"));
    QCOMPARE(saved.at(0).profile, QStringLiteral("cloud"));
    QCOMPARE(saved.at(0).remoteChannel, QStringLiteral("team"));
    QCOMPARE(saved.at(0).direction, BridgeDirection::Out);
    QCOMPARE(saved.at(1).remoteChannel, QStringLiteral("shared"));
    QCOMPARE(saved.at(1).direction, BridgeDirection::Both);

    QCOMPARE(row(page, 0), (QStringList{QStringLiteral("team"), QStringLiteral("\u2192 out"),
                                        QStringLiteral("cloud:team"), saved.at(0).id}));
    QCOMPARE(row(page, 1), (QStringList{QStringLiteral("inbox"), QStringLiteral("\u2194 both"),
                                        QStringLiteral("backup:shared"), saved.at(1).id}));
    // The new bridge is selected.
    QCOMPARE(page.currentBridge(), saved.at(1).id);

    page.removeBridge(saved.at(0).id);
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmRemoveBridge"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(saved.at(0).label()), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("queue")));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(changed.size(), 3);
    const QList<BridgeSpec> left = BridgeSettings(ini()).list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, saved.at(1).id);
    QCOMPARE(row(page, 0).first(), QStringLiteral("inbox"));
    QVERIFY(row(page, 1).isEmpty());

    // Cancel keeps it.
    page.removeBridge(saved.at(1).id);
    box = page.findChild<QMessageBox *>(QStringLiteral("confirmRemoveBridge"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(BridgeSettings(ini()).list().size(), 1);
    QCOMPARE(changed.size(), 3);
}

void tst_BridgesPage::refusalsAreShown()
{
    addProfile(QStringLiteral("cloud"));
    BridgesPage page(ini());
    QSignalSpy changed(&page, &BridgesPage::changed);
    auto *error = page.findChild<QLabel *>(QStringLiteral("bridgeError"));

    fill(page, QString(), QStringLiteral("cloud"), QStringLiteral("x"), BridgeDirection::Out);
    QVERIFY(!page.addBridge());
    QVERIFY(error->text().contains(QStringLiteral("local channel")));

    fill(page, QStringLiteral("bad\u0001name"), QStringLiteral("cloud"), QStringLiteral("x"),
         BridgeDirection::Out);
    QVERIFY(!page.addBridge());
    QVERIFY2(error->text().contains(QStringLiteral("not a channel name")), qPrintable(error->text()));

    fill(page, QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"), BridgeDirection::Out);
    QVERIFY(page.addBridge());
    QVERIFY(error->text().isEmpty());
    fill(page, QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"), BridgeDirection::In);
    QVERIFY(!page.addBridge());
    QVERIFY2(error->text().contains(QStringLiteral("already")), qPrintable(error->text()));
    QCOMPARE(BridgeSettings(ini()).list().size(), 1);
    QCOMPARE(changed.size(), 1);
}

void tst_BridgesPage::bridgeOfAMissingProfileIsMarked()
{
    addProfile(QStringLiteral("cloud"));
    QVERIFY(BridgeSettings(ini()).add(QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"),
                                      BridgeDirection::In));
    RemoteProfiles(ini()).remove(QStringLiteral("cloud"));
    BridgesPage page(ini());
    QTreeWidgetItem *item = page.findChild<QTreeWidget *>(QStringLiteral("bridgeList"))->topLevelItem(0);
    QVERIFY(item);
    QCOMPARE(item->text(1), QStringLiteral("\u2190 in"));
    QVERIFY2(item->toolTip(2).contains(QStringLiteral("no remote relay named \"cloud\"")),
             qPrintable(item->toolTip(2)));
    QVERIFY(item->foreground(2).color() != page.palette().color(QPalette::Text));
}

void tst_BridgesPage::settingsDialogTabs()
{
    SecretStore secrets;
    SettingsDialog dialog{SettingsValues()};
    auto *tabs = dialog.findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 3);
    dialog.addRemoteTabs(&secrets, ini());
    dialog.addRemoteTabs(&secrets, ini()); // once only
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(2).remove(QLatin1Char('&')), QStringLiteral("Remote Relays"));
    QCOMPARE(tabs->tabText(3).remove(QLatin1Char('&')), QStringLiteral("Bridges"));
    QCOMPARE(tabs->tabText(4).remove(QLatin1Char('&')), QStringLiteral("Desktop"));
    auto *bridges = dialog.findChild<BridgesPage *>();
    auto *remotes = dialog.findChild<RemotesPage *>();
    QVERIFY(bridges && remotes);

    // A profile saved on the Remote Relays tab is offered on the Bridges tab at once, and every
    // change is announced for the app to reload its bridges.
    QSignalSpy changed(&dialog, &SettingsDialog::remotesChanged);
    addProfile(QStringLiteral("cloud"));
    Q_EMIT remotes->changed();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bridges->findChild<QComboBox *>(QStringLiteral("bridgeProfile"))->currentData().toString(),
             QStringLiteral("cloud"));
    fill(*bridges, QStringLiteral("team"), QStringLiteral("cloud"), QString(), BridgeDirection::Out);
    QVERIFY(bridges->addBridge());
    QCOMPARE(changed.size(), 2);
}

QTEST_MAIN(tst_BridgesPage)
#include "tst_bridgespage.moc"
