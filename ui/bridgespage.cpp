// SPDX-License-Identifier: MIT
#include "bridgespage.h"

#include "forward/bridgesettings.h"
#include "pagehelpers.h"
#include "remote/remoteprofiles.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace Relay::Ui {

namespace {
enum BridgeColumn
{
    LocalColumn,
    DirectionColumn,
    RemoteColumn,
    IdColumn,
};

QString directionText(BridgeDirection direction)
{
    switch (direction) {
    case BridgeDirection::Out:
        return BridgesPage::tr("\u2192 out");
    case BridgeDirection::In:
        return BridgesPage::tr("\u2190 in");
    case BridgeDirection::Both:
        return BridgesPage::tr("\u2194 both");
    }
    return QString();
}

QString directionToolTip(BridgeDirection direction)
{
    switch (direction) {
    case BridgeDirection::Out:
        return BridgesPage::tr("What is pushed to the local channel is pushed to the remote channel too.");
    case BridgeDirection::In:
        return BridgesPage::tr("What is pushed to the remote channel is pulled and pushed here too.");
    case BridgeDirection::Both:
        return BridgesPage::tr("Both ways; a payload never goes back over the bridge it came through.");
    }
    return QString();
}
} // namespace

BridgesPage::BridgesPage(const QString &iniFile, QWidget *parent)
    : QWidget(parent)
    , m_iniFile(iniFile)
{
    setObjectName(QStringLiteral("bridgesPage"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bridgeList"));
    m_list->setHeaderLabels({tr("Local channel"), tr("Direction"), tr("Remote channel"), tr("ID")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LocalColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RemoteColumn, QHeaderView::Stretch);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);

    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeBridge"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);

    auto *group = new QGroupBox(tr("New bridge"), this);
    m_local = new QLineEdit(group);
    m_local->setObjectName(QStringLiteral("bridgeLocal"));
    m_local->setPlaceholderText(tr("e.g. team"));
    m_profile = new QComboBox(group);
    m_profile->setObjectName(QStringLiteral("bridgeProfile"));
    m_remoteChannel = new QLineEdit(group);
    m_remoteChannel->setObjectName(QStringLiteral("bridgeRemoteChannel"));
    m_remoteChannel->setPlaceholderText(tr("the same as the local channel"));
    m_direction = new QComboBox(group);
    m_direction->setObjectName(QStringLiteral("bridgeDirection"));
    m_direction->addItem(tr("\u2192 out: pushes here go there too"), int(BridgeDirection::Out));
    m_direction->addItem(tr("\u2190 in: pushes there come here too"), int(BridgeDirection::In));
    m_direction->addItem(tr("\u2194 both ways"), int(BridgeDirection::Both));
    for (int i = 0; i < m_direction->count(); ++i)
        m_direction->setItemData(i, directionToolTip(BridgeDirection(m_direction->itemData(i).toInt())),
                                 Qt::ToolTipRole);
    m_add = new QPushButton(tr("&Add Bridge"), group);
    m_add->setObjectName(QStringLiteral("addBridge"));
    m_noProfiles = hintLabel(tr("Add a remote relay on the Remote Relays tab first."), group);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Local channel:"), m_local);
    form->addRow(tr("Remote rela&y:"), m_profile);
    form->addRow(tr("Remote &channel:"), m_remoteChannel);
    form->addRow(tr("D&irection:"), m_direction);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_noProfiles, 1);
    addRow->addWidget(m_add, 0, Qt::AlignRight);
    form->addRow(addRow);

    m_error = errorLabel(QStringLiteral("bridgeError"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        hintLabel(tr("A bridge links a local channel with a channel of a remote relay. Outgoing "
                     "payloads wait in a durable queue while the remote is unreachable. Changes "
                     "here are saved at once.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(group);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &BridgesPage::addBridge);
    connect(m_local, &QLineEdit::returnPressed, this, &BridgesPage::addBridge);
    connect(m_remoteChannel, &QLineEdit::returnPressed, this, &BridgesPage::addBridge);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentBridge().isEmpty())
            removeBridge(currentBridge());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BridgesPage::updateButtons);
    refresh();
}

BridgesPage::~BridgesPage() = default;

void BridgesPage::showEvent(QShowEvent *event)
{
    // Profiles added on the other tab, or bridges added on the command line, show up.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

void BridgesPage::refresh()
{
    const QList<RemoteProfile> profiles = remoteProfilesOf(m_iniFile)->list();
    QSet<QString> names;
    const QString profile = m_profile->currentData().toString();
    m_profile->clear();
    for (const RemoteProfile &p : profiles) {
        names.insert(p.name);
        m_profile->addItem(p.name, p.name);
        m_profile->setItemData(m_profile->count() - 1, p.url.toString(), Qt::ToolTipRole);
    }
    if (const int index = m_profile->findData(profile); index >= 0)
        m_profile->setCurrentIndex(index);
    m_noProfiles->setVisible(profiles.isEmpty());

    const QString current = currentBridge();
    m_list->clear();
    for (const BridgeSpec &b : bridgeSettingsOf(m_iniFile)->list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(LocalColumn, Qt::UserRole, b.id);
        item->setText(LocalColumn, b.localChannel);
        item->setText(DirectionColumn, directionText(b.direction));
        item->setToolTip(DirectionColumn, directionToolTip(b.direction));
        item->setText(RemoteColumn, b.profile + QLatin1Char(':') + b.remoteChannel);
        if (!names.contains(b.profile)) {
            item->setForeground(RemoteColumn, UiStyle::errorColor(palette()));
            item->setToolTip(RemoteColumn, tr("There is no remote relay named \"%1\": what this bridge "
                                              "sends waits in its queue until there is one.")
                                               .arg(b.profile));
        }
        item->setText(IdColumn, b.id);
        item->setFont(IdColumn, UiStyle::fixedFont());
        item->setToolTip(IdColumn, tr("The id the bridge-channel command uses."));
        if (b.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(DirectionColumn);
    m_list->resizeColumnToContents(IdColumn);
    updateButtons();
}

QString BridgesPage::currentBridge() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(LocalColumn, Qt::UserRole).toString();
}

void BridgesPage::updateButtons()
{
    const bool haveProfiles = m_profile->count() > 0;
    m_remove->setEnabled(!currentBridge().isEmpty());
    m_profile->setEnabled(haveProfiles);
    m_add->setEnabled(haveProfiles);
}

void BridgesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool BridgesPage::addBridge()
{
    const QString local = m_local->text().trimmed();
    QString remote = m_remoteChannel->text().trimmed();
    if (remote.isEmpty())
        remote = local;
    const QString profile = m_profile->currentData().toString();
    if (profile.isEmpty()) {
        showError(tr("Add a remote relay on the Remote Relays tab first."));
        return false;
    }
    if (local.isEmpty()) {
        showError(tr("Enter the local channel to bridge."));
        m_local->setFocus();
        return false;
    }
    const auto direction = BridgeDirection(m_direction->currentData().toInt());
    const auto added = bridgeSettingsOf(m_iniFile)->add(local, profile, remote, direction);
    if (!added) {
        showError(added.error());
        return false;
    }
    showError(QString());
    m_local->clear();
    m_remoteChannel->clear();
    refresh();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(LocalColumn, Qt::UserRole).toString() == added->id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    Q_EMIT changed();
    return true;
}

void BridgesPage::removeBridge(const QString &id)
{
    QString label;
    for (const BridgeSpec &b : bridgeSettingsOf(m_iniFile)->list()) {
        if (b.id == id)
            label = b.label();
    }
    if (label.isEmpty())
        return;
    askToConfirm(this, QStringLiteral("confirmRemoveBridge"), tr("Remove Bridge"),
                 tr("Remove the bridge %1? Payloads still waiting in its queue are dropped.").arg(label),
                 tr("Remove"), [this, id] { remove(id); });
}

void BridgesPage::remove(const QString &id)
{
    const auto removed = bridgeSettingsOf(m_iniFile)->remove(id);
    if (!removed) {
        showError(removed.error());
        return;
    }
    showError(QString());
    refresh();
    Q_EMIT changed();
}

} // namespace Relay::Ui
