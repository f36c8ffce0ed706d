// SPDX-License-Identifier: MIT
// RemotesPage and RemoteEditDialog without a keychain service: the session-only key is offered
// (and forced), never a plaintext fallback; the settings file gets name and URL only. Remove takes
// the profile and its key; Test Connection reports each step against a real relay.
#include "remotespage.h"
#include "remotetestutil.h"

#include "forward/bridgesettings.h"
#include "relay/relayhost.h"
#include "remote/remoteprofiles.h"
#include "remote/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace Relay;
using namespace Relay::Ui;

namespace {
const QString kKey = QStringLiteral("cr_test_d0n0tl34kth1sk3y");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString keyColumn(RemotesPage &page, const QString &name)
{
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("remoteList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i)->text(2);
    }
    return QString();
}

QStringList results(RemotesPage &page)
{
    QStringList lines;
    auto *list = page.findChild<QListWidget *>(QStringLiteral("testResults"));
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}
} // namespace

class tst_RemotesPage final : public QObject, private RelayTest::NoKeychainFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noKeychainForcesSessionOnlyKey();
    void keychainRefusalIsNeverSilent();
    void invalidInputIsRefused();
    void editKeepsTheKeyUnlessANewOneIsTyped();
    void removeTakesProfileAndKey();
    void testConnectionReportsEachStep();
    void testConnectionUnreachableAndBadKey();
};

void tst_RemotesPage::initTestCase()
{
    // No keychain service can be found.
    QVERIFY(isolateFromKeychain());
}

void tst_RemotesPage::init()
{
    nextRun();
}

void tst_RemotesPage::noKeychainForcesSessionOnlyKey()
{
    RemotesPage page(m_secrets.get(), ini());
    QSignalSpy changed(&page, &RemotesPage::changed);
    RemoteEditDialog *dialog = page.addRemote();
    QSignalSpy answered(dialog, &RemoteEditDialog::keychainAnswered);
    QVERIFY(answered.wait(20000));
    QCOMPARE(answered.first().first().toBool(), true);
    QVERIFY(dialog->keychainMissing());

    // Offered and forced on, with the reason in words.
    auto *sessionOnly = dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnly"));
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(!sessionOnly->isEnabled());
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("keyNote"))->text();
    QVERIFY2(note.contains(SecretStore::noKeychainMessage()), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("session only")), qPrintable(note));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("remoteKey"))->echoMode(), QLineEdit::Password);

    dialog->findChild<QLineEdit *>(QStringLiteral("remoteName"))->setText(QStringLiteral("cloud"));
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteUrl"))
        ->setText(QStringLiteral("https://relay.example.com/"));
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteKey"))->setText(kKey);
    QSignalSpy saved(dialog, &RemoteEditDialog::saved);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(changed.size(), 1);

    QVERIFY(m_secrets->hasSessionSecret(QStringLiteral("cloud")));
    QString secret;
    QVERIFY(readSecret(QStringLiteral("cloud"), &page, &secret));
    QCOMPARE(secret, kKey);

    // The file holds the name and the URL, and nothing of the key.
    const QByteArray file = fileBytes(ini());
    QVERIFY2(file.contains("cloud=https://relay.example.com"), file.constData());
    QVERIFY(!file.contains(kKey.toUtf8()));
    QVERIFY(!file.contains("cr_test"));
    QCOMPARE(RemoteProfiles(ini()).find(QStringLiteral("cloud"))->url,
             QUrl(QStringLiteral("https://relay.example.com")));
    QCOMPARE(keyColumn(page, QStringLiteral("cloud")), QStringLiteral("session only"));
}

void tst_RemotesPage::keychainRefusalIsNeverSilent()
{
    RemotesPage page(m_secrets.get(), ini());
    RemoteEditDialog *dialog = page.addRemote();
    // Saved before the keychain was asked: the key is meant for the keychain, which is not there.
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteName"))->setText(QStringLiteral("cloud"));
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteUrl"))
        ->setText(QStringLiteral("https://relay.example.com"));
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteKey"))->setText(kKey);
    auto *sessionOnly = dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnly"));
    QVERIFY(!sessionOnly->isChecked());
    QSignalSpy saved(dialog, &RemoteEditDialog::saved);
    dialog->accept();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("remoteError"));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 20000);

    // Nothing stored anywhere; the session-only key is now the only choice, and the user decides.
    QVERIFY2(error->text().contains(QStringLiteral("not saved")), qPrintable(error->text()));
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("keyNote"))->text();
    QVERIFY2(note.contains(SecretStore::noKeychainMessage()), qPrintable(note));
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(!sessionOnly->isEnabled());
    QVERIFY(!m_secrets->hasSessionSecret(QStringLiteral("cloud")));
    QVERIFY(!RemoteProfiles(ini()).find(QStringLiteral("cloud")));
    QVERIFY(!fileBytes(ini()).contains(kKey.toUtf8()));

    dialog->accept();
    QCOMPARE(saved.size(), 1);
    QVERIFY(m_secrets->hasSessionSecret(QStringLiteral("cloud")));
    QVERIFY(RemoteProfiles(ini()).find(QStringLiteral("cloud")));
    QVERIFY(!fileBytes(ini()).contains(kKey.toUtf8()));
}

void tst_RemotesPage::invalidInputIsRefused()
{
    RemoteProfiles(ini()).add({QStringLiteral("taken"), QUrl(QStringLiteral("https://a.example"))}, nullptr);
    RemotesPage page(m_secrets.get(), ini());
    RemoteEditDialog *dialog = page.addRemote();
    QSignalSpy saved(dialog, &RemoteEditDialog::saved);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("remoteName"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("remoteUrl"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("remoteError"));
    const auto attempt = [&](const QString &n, const QString &u) {
        name->setText(n);
        url->setText(u);
        dialog->accept();
        return error->text();
    };
    QVERIFY(attempt(QString(), QStringLiteral("https://b.example")).contains(QStringLiteral("name")));
    QVERIFY(attempt(QStringLiteral("has space"), QStringLiteral("https://b.example"))
                .contains(QStringLiteral("has space")));
    QVERIFY(attempt(QStringLiteral("taken"), QStringLiteral("https://b.example"))
                .contains(QStringLiteral("already")));
    QVERIFY(attempt(QStringLiteral("b"), QString()).contains(QStringLiteral("URL")));
    QVERIFY(attempt(QStringLiteral("b"), QStringLiteral("ftp://b.example")).contains(QStringLiteral("http")));
    QVERIFY(attempt(QStringLiteral("b"), QStringLiteral("https://user:pw@b.example"))
                .contains(QStringLiteral("password")));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(RemoteProfiles(ini()).list().size(), 1);
    QVERIFY(!fileBytes(ini()).contains("pw@"));
}

void tst_RemotesPage::editKeepsTheKeyUnlessANewOneIsTyped()
{
    RemoteProfiles(ini()).add({QStringLiteral("cloud"), QUrl(QStringLiteral("https://a.example"))}, nullptr);
    m_secrets->setSessionSecret(QStringLiteral("cloud"), kKey);
    RemotesPage page(m_secrets.get(), ini());
    RemoteEditDialog *dialog = page.editRemote(QStringLiteral("cloud"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("remoteName"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("remoteUrl"));
    QCOMPARE(name->text(), QStringLiteral("cloud"));
    QVERIFY(name->isReadOnly());
    QCOMPARE(url->text(), QStringLiteral("https://a.example"));
    QSignalSpy answered(dialog, &RemoteEditDialog::keychainAnswered);
    QVERIFY(answered.wait(20000));

    url->setText(QStringLiteral("https://b.example/relay"));
    QSignalSpy saved(dialog, &RemoteEditDialog::saved);
    dialog->accept();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(RemoteProfiles(ini()).find(QStringLiteral("cloud"))->url,
             QUrl(QStringLiteral("https://b.example/relay")));
    QVERIFY(m_secrets->hasSessionSecret(QStringLiteral("cloud"))); // the key stays

    dialog = page.editRemote(QStringLiteral("cloud"));
    QSignalSpy answeredAgain(dialog, &RemoteEditDialog::keychainAnswered);
    QVERIFY(answeredAgain.wait(20000));
    dialog->findChild<QLineEdit *>(QStringLiteral("remoteKey"))->setText(QStringLiteral("cr_test_newer"));
    dialog->accept();
    QString secret;
    QVERIFY(readSecret(QStringLiteral("cloud"), &page, &secret));
    QCOMPARE(secret, QStringLiteral("cr_test_newer"));
    QVERIFY(!fileBytes(ini()).contains("cr_test"));
}

void tst_RemotesPage::removeTakesProfileAndKey()
{
    RemoteProfiles(ini()).add({QStringLiteral("cloud"), QUrl(QStringLiteral("https://a.example"))}, nullptr);
    RemoteProfiles(ini()).add({QStringLiteral("other"), QUrl(QStringLiteral("https://o.example"))}, nullptr);
    QVERIFY(BridgeSettings(ini()).add(QStringLiteral("team"), QStringLiteral("cloud"), QStringLiteral("team"),
                                      BridgeDirection::Out));
    m_secrets->setSessionSecret(QStringLiteral("cloud"), kKey);
    RemotesPage page(m_secrets.get(), ini());
    QSignalSpy changed(&page, &RemotesPage::changed);

    page.removeRemote(QStringLiteral("cloud"));
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmRemoveRemote"));
    QVERIFY(box);
    // It says which bridges depend on the profile.
    QVERIFY2(box->text().contains(QStringLiteral("1 bridge")), qPrintable(box->text()));
    box->button(QMessageBox::Yes)->click();

    QCOMPARE(changed.size(), 1);
    QVERIFY(!RemoteProfiles(ini()).find(QStringLiteral("cloud")));
    QVERIFY(RemoteProfiles(ini()).find(QStringLiteral("other")));
    QVERIFY(!m_secrets->hasSessionSecret(QStringLiteral("cloud")));
    QVERIFY(keyColumn(page, QStringLiteral("cloud")).isEmpty());

    // Cancel leaves everything as it was.
    page.removeRemote(QStringLiteral("other"));
    box = page.findChild<QMessageBox *>(QStringLiteral("confirmRemoveRemote"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(RemoteProfiles(ini()).find(QStringLiteral("other")));
    QCOMPARE(changed.size(), 1);
}

void tst_RemotesPage::testConnectionReportsEachStep()
{
    RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    config.apiTokens = {kKey};
    RelayHost host(config);
    QSignalSpy started(&host, &RelayHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    RemoteProfiles(ini()).add({QStringLiteral("here"), QUrl(host.baseUrl())}, nullptr);
    m_secrets->setSessionSecret(QStringLiteral("here"), kKey);
    RemotesPage page(m_secrets.get(), ini());
    page.selectProfile(QStringLiteral("here"));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("testConnection"));
    QVERIFY(button->isEnabled());
    QSignalSpy finished(&page, &RemotesPage::testFinished);
    button->click();
    // Runs in the background; the button waits for it.
    QVERIFY(page.isTesting());
    QVERIFY(!button->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(button->isEnabled());

    const QStringList lines = results(page);
    QCOMPARE(lines.size(), 4);
    const QStringList titles{QStringLiteral("Health"), QStringLiteral("API key"),
                             QStringLiteral("Round trip"), QStringLiteral("WebSocket")};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("\u2713  ") + titles.at(i) + QStringLiteral(": ok (")),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(" ms)")), qPrintable(lines.at(i)));
    }
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("testTitle"))->text().contains(QStringLiteral("works")));

    // The wrong key: the key step says so in words, and the later steps did not run.
    m_secrets->setSessionSecret(QStringLiteral("here"), QStringLiteral("cr_test_wrong"));
    finished.clear();
    page.testConnection(QStringLiteral("here"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QStringList refused = results(page);
    QCOMPARE(refused.size(), 4);
    QVERIFY2(refused.at(0).startsWith(QStringLiteral("\u2713  Health")), qPrintable(refused.at(0)));
    QVERIFY2(refused.at(1).startsWith(QStringLiteral("\u2717  API key: 401")), qPrintable(refused.at(1)));
    QVERIFY2(refused.at(1).contains(QStringLiteral("invalid")), qPrintable(refused.at(1)));
    QVERIFY2(refused.at(2).contains(QStringLiteral("not run")), qPrintable(refused.at(2)));
    QVERIFY2(refused.at(3).contains(QStringLiteral("not run")), qPrintable(refused.at(3)));

    QSignalSpy stopped(&host, &RelayHost::stopped);
    host.stop();
    QVERIFY(stopped.wait(10000));
}

void tst_RemotesPage::testConnectionUnreachableAndBadKey()
{
    // A port nobody listens on.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    RemoteProfiles(ini()).add({QStringLiteral("gone"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))},
                              nullptr);
    RemotesPage page(m_secrets.get(), ini());
    QSignalSpy finished(&page, &RemotesPage::testFinished);
    page.testConnection(QStringLiteral("gone"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QStringList lines = results(page);
    // No keychain and no session key: said first, then the steps.
    QVERIFY2(lines.first().contains(QStringLiteral("No API key")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("\u2717  Health: unreachable")), qPrintable(lines.at(1)));
    QCOMPARE(lines.size(), 5);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("testTitle"))->text().contains(QStringLiteral("failed")));
}

QTEST_MAIN(tst_RemotesPage)
#include "tst_remotespage.moc"
