// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>
#include <openssl/opensslv.h>
#include <sodium.h>

namespace Relay::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ContextRelay Desktop"));
    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<b>ContextRelay Desktop</b>"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto *version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    version->setObjectName(QStringLiteral("version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *what = new QLabel(tr("A local ContextRelay relay: AI agents on this computer hand each other large "
                               "payloads by URL instead of pasting them through prompts."));
    what->setWordWrap(true);
    auto *libraries =
        new QLabel(tr("Qt %1, libsodium %2, %3.")
                       .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sodium_version_string()),
                            QStringLiteral(OPENSSL_VERSION_TEXT).section(QLatin1Char(' '), 0, 1)));
    libraries->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *license =
        new QLabel(tr("Free software under the MIT license. Wire-compatible with the open-source "
                      "<a href=\"https://github.com/cmhashim/ContextRelay\">ContextRelay</a> Worker."));
    license->setWordWrap(true);
    license->setOpenExternalLinks(true);
    for (QLabel *small : {libraries, license}) {
        QFont f = small->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        small->setFont(f);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(what);
    text->addSpacing(8);
    text->addWidget(libraries);
    text->addWidget(license);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersion"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    // Wide enough that the description wraps into two or three lines in every language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString AboutDialog::versionReport()
{
    return QStringLiteral("ContextRelay Desktop %1\nQt %2 (built with %3)\nlibsodium %4\n%5\n%6 %7")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(sodium_version_string()),
             QStringLiteral(OPENSSL_VERSION_TEXT), QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture());
}

} // namespace Relay::Ui
