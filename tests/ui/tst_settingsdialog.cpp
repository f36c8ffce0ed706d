// SPDX-License-Identifier: MIT
// SettingsDialog: shows and returns the values, refuses a listen address beyond loopback without
// API keys, and shows a new key's token once while keeping only its hash.
#include "settingsdialog.h"

#include "security/apitokens.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valuesRoundTrip();
    void beyondLoopbackNeedsKeys();
    void newKeyShownOnceHashKept();
    void revoke();

private:
    template<typename T>
    static T *child(QWidget &dialog, const QString &text);
};

template<typename T>
T *tst_SettingsDialog::child(QWidget &dialog, const QString &text)
{
    for (T *w : dialog.findChildren<T *>()) {
        if (w->text().remove(QLatin1Char('&')) == text)
            return w;
    }
    return nullptr;
}

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sodium_init() >= 0);
}

void tst_SettingsDialog::valuesRoundTrip()
{
    SettingsValues v;
    v.port = 9000;
    v.listenAddresses = {QStringLiteral("127.0.0.1")};
    v.ephemeral = true;
    v.defaultTtlSeconds = 7200;
    v.maxPayloadBytes = 10 * 1024 * 1024;
    v.allowedOrigins = {QStringLiteral("https://a.example"), QStringLiteral("http://localhost:3000")};
    v.allowedHosts = {QStringLiteral("relay.local")};
    v.showNotifications = false;
    v.monochromeTrayIcon = true;
    SettingsDialog dialog(v);
    QCOMPARE(dialog.values(), v);
    QVERIFY(dialog.isValid());
}

void tst_SettingsDialog::beyondLoopbackNeedsKeys()
{
    SettingsValues v;
    v.listenAddresses = {QStringLiteral("0.0.0.0")};
    SettingsDialog dialog(v);
    QString why;
    QVERIFY(!dialog.isValid(&why));
    QVERIFY(why.contains(QLatin1String("API key")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());

    // With a key required and present it is allowed.
    child<QPushButton>(dialog, QStringLiteral("Create Key"))->click();
    QVERIFY(dialog.isValid(&why));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.values().requireApiKeys);

    // A name that is not an address is refused too.
    v.listenAddresses = {QStringLiteral("my-laptop")};
    SettingsDialog other(v);
    QVERIFY(!other.isValid());
}

void tst_SettingsDialog::newKeyShownOnceHashKept()
{
    SettingsDialog dialog{SettingsValues()};
    dialog.show();
    dialog.showSecurityTab();
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    auto *name = dialog.findChild<QLineEdit *>();
    QVERIFY(name);
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *keyName = nullptr;
    for (QLineEdit *e : edits) {
        if (e->placeholderText().startsWith(QLatin1String("name")))
            keyName = e;
    }
    QVERIFY(keyName);
    keyName->setText(QStringLiteral("reviewer"));
    child<QPushButton>(dialog, QStringLiteral("Create Key"))->click();

    QLineEdit *token = nullptr;
    for (QLineEdit *e : edits) {
        if (e->text().startsWith(QLatin1String("cr_local_")))
            token = e;
    }
    QVERIFY(token);
    QVERIFY(token->isVisible());
    const SettingsValues v = dialog.values();
    QCOMPARE(v.apiKeys.size(), 1);
    QCOMPARE(v.apiKeys.first().name, QStringLiteral("reviewer"));
    QCOMPARE(v.apiKeys.first().hash, ApiTokens::hash(token->text().toLatin1()));
    QVERIFY(v.requireApiKeys);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(applied.size(), 1);
    // Gone once the dialog is: never shown again.
    dialog.hide();
    QVERIFY(token->text().isEmpty());
}

void tst_SettingsDialog::revoke()
{
    SettingsValues v;
    v.requireApiKeys = true;
    v.apiKeys = {{QStringLiteral("a"), ApiTokens::hash("a"), QDateTime::currentDateTimeUtc()},
                 {QStringLiteral("b"), ApiTokens::hash("b"), QDateTime::currentDateTimeUtc()}};
    SettingsDialog dialog(v);
    auto *list = dialog.findChild<QTreeWidget *>();
    QCOMPARE(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(dialog, QStringLiteral("Revoke"))->click();
    QCOMPARE(dialog.values().apiKeys.size(), 1);
    QCOMPARE(dialog.values().apiKeys.first().name, QStringLiteral("b"));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
