// SPDX-License-Identifier: MIT
// SettingsDialog: shows and returns the values, refuses a listen address beyond loopback without
// API keys, and shows a new key's token once while keeping only its hash.
#include "settingsdialog.h"

#include "security/apitokens.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
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
    void keysListShowTheCliId();
    void storedKeysChangeElsewhere();

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

    // With a key it is allowed: a key that exists is required.
    child<QPushButton>(dialog, QStringLiteral("Create Key"))->click();
    QVERIFY(dialog.isValid(&why));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.values().apiKeys.size(), 1);
    QCOMPARE(dialog.values().apiKeys.first().name, QStringLiteral("key 1"));

    // Revoking the last one refuses the address again.
    auto *list = dialog.findChild<QTreeWidget *>();
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(dialog, QStringLiteral("Revoke"))->click();
    QVERIFY(!dialog.isValid());

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

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(applied.size(), 1);
    // Gone once the dialog is: never shown again.
    dialog.hide();
    QVERIFY(token->text().isEmpty());
}

void tst_SettingsDialog::revoke()
{
    SettingsValues v;
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

void tst_SettingsDialog::keysListShowTheCliId()
{
    SettingsValues v;
    v.apiKeys = {{QStringLiteral("agent"), ApiTokens::hash("t"), QDateTime::currentDateTimeUtc()}};
    SettingsDialog dialog(v);
    // No switch: keys that exist are required, and the dialog says so instead.
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        QVERIFY2(!box->text().contains(QLatin1String("API key")), qPrintable(box->text()));
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained || label->text().contains(QLatin1String("every request but GET /"));
    QVERIFY(explained);

    auto *list = dialog.findChild<QTreeWidget *>();
    QCOMPARE(list->headerItem()->text(0), QStringLiteral("ID"));
    QCOMPARE(list->topLevelItem(0)->text(0), QString::fromLatin1(ApiTokens::hash("t").left(12)));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("agent"));
}

void tst_SettingsDialog::storedKeysChangeElsewhere()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ApiKeyEntry a{QStringLiteral("a"), ApiTokens::hash("a"), now};
    const ApiKeyEntry b{QStringLiteral("b"), ApiTokens::hash("b"), now};
    const ApiKeyEntry c{QStringLiteral("c"), ApiTokens::hash("c"), now};
    SettingsValues v;
    v.apiKeys = {a, b};
    SettingsDialog dialog(v);
    auto *list = dialog.findChild<QTreeWidget *>();

    // In the dialog, not applied yet: "a" revoked, one key created.
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(dialog, QStringLiteral("Revoke"))->click();
    child<QPushButton>(dialog, QStringLiteral("Create Key"))->click();
    const ApiKeyEntry created = dialog.values().apiKeys.last();

    // Meanwhile on the command line: "b" revoked, "c" created. Both edits count.
    dialog.setStoredKeys({a, c});
    QCOMPARE(dialog.values().apiKeys, (QList<ApiKeyEntry>{c, created}));
    QCOMPARE(list->topLevelItemCount(), 2);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
