// SPDX-License-Identifier: MIT
#include "pagehelpers.h"

#include "forward/bridgesettings.h"
#include "remote/remoteprofiles.h"
#include "uistyle.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>

namespace Relay::Ui {

std::unique_ptr<RemoteProfiles> remoteProfilesOf(const QString &iniFile)
{
    return iniFile.isEmpty() ? std::make_unique<RemoteProfiles>() : std::make_unique<RemoteProfiles>(iniFile);
}

std::unique_ptr<BridgeSettings> bridgeSettingsOf(const QString &iniFile)
{
    return iniFile.isEmpty() ? std::make_unique<BridgeSettings>() : std::make_unique<BridgeSettings>(iniFile);
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setFont(UiStyle::smallerFont(label->font()));
    label->setForegroundRole(QPalette::PlaceholderText);
    if (parent)
        label->setParent(parent);
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, UiStyle::errorColor(parent->palette()));
    label->setPalette(errorPalette);
    label->hide();
    return label;
}

QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
                          const QString &text, const QString &yesText, std::function<void()> onYes)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, parent, std::move(onYes));
    box->open();
    return box;
}

} // namespace Relay::Ui
