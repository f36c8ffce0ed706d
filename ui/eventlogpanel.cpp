// SPDX-License-Identifier: MIT
#include "eventlogpanel.h"

#include "core/relayevent.h"
#include "models/eventlogmodel.h"
#include "monospacedelegate.h"
#include "placeholdertableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Relay::Ui {

namespace {
constexpr RelayEvent::Type kAllTypes[] = {
    RelayEvent::Type::Pushed,       RelayEvent::Type::Pulled,    RelayEvent::Type::Peeked,
    RelayEvent::Type::Expired,      RelayEvent::Type::Deleted,   RelayEvent::Type::Subscribed,
    RelayEvent::Type::Unsubscribed, RelayEvent::Type::Published, RelayEvent::Type::Rejected,
};
} // namespace

EventLogPanel::EventLogPanel(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(EventLogModel::TypeRole);
    m_proxy->setFilterKeyColumn(EventLogModel::TypeColumn);

    m_types = new QPushButton(this);
    m_types->setObjectName(QStringLiteral("eventTypes"));
    m_types->setText(tr("All Events"));
    m_types->setToolTip(tr("Show only some kinds of events"));
    auto *menu = new QMenu(m_types);
    QAction *all = menu->addAction(tr("Show All"));
    connect(all, &QAction::triggered, this, [this] { setShownTypes({}); });
    menu->addSeparator();
    for (const RelayEvent::Type type : kAllTypes) {
        QAction *action = menu->addAction(eventTypeName(type));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(type));
        connect(action, &QAction::toggled, this, [this, menu] {
            QSet<int> shown;
            for (QAction *a : menu->actions()) {
                if (a->isCheckable() && a->isChecked())
                    shown.insert(a->data().toInt());
            }
            // Every type ticked is the same as no filter.
            m_shownTypes = shown.size() == int(std::size(kAllTypes)) ? QSet<int>() : shown;
            applyFilter();
        });
    }
    m_types->setMenu(menu);

    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("eventPause"));
    m_pause->setCheckable(true);
    m_pause->setText(tr("&Pause"));
    m_pause->setToolTip(tr("Stop adding events to the log (the relay keeps running)"));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        refresh();
    });

    auto *clear = new QPushButton(this);
    clear->setObjectName(QStringLiteral("eventClear"));
    clear->setText(tr("C&lear"));
    clear->setToolTip(tr("Empty the log"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        refresh();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("eventCount"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->setSpacing(6);
    bar->addWidget(m_types);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view = new PlaceholderTableView(this);
    m_view->setObjectName(QStringLiteral("eventView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setPlaceholderText(tr("No events yet. Pushes, pulls, subscriptions and rejections show up "
                                  "here as they happen."));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(false);
    header->setStretchLastSection(true);
    header->resizeSection(EventLogModel::TimeColumn, 90);
    header->resizeSection(EventLogModel::TypeColumn, 110);
    header->resizeSection(EventLogModel::ChannelColumn, 140);
    header->resizeSection(EventLogModel::PayloadColumn, 100);
    m_view->setItemDelegateForColumn(EventLogModel::PayloadColumn, new MonospaceDelegate(m_view));
    m_view->fitHeaderLabels();

    // Follow the end while the person has not scrolled away from it.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_follow = value >= scroll->maximum() - 2; });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    refresh();
}

EventLogPanel::~EventLogPanel() = default;

void EventLogPanel::setShownTypes(const QSet<int> &types)
{
    m_shownTypes = types;
    for (QAction *a : m_types->menu()->actions()) {
        if (!a->isCheckable())
            continue;
        const QSignalBlocker blocker(a);
        a->setChecked(types.isEmpty() || types.contains(a->data().toInt()));
    }
    applyFilter();
}

void EventLogPanel::applyFilter()
{
    if (m_shownTypes.isEmpty()) {
        m_proxy->setFilterRegularExpression(QString());
        m_types->setText(tr("All Events"));
    } else {
        QStringList alternatives;
        QStringList names;
        for (const RelayEvent::Type type : kAllTypes) {
            if (m_shownTypes.contains(int(type))) {
                alternatives << QString::number(int(type));
                names << eventTypeName(type);
            }
        }
        m_proxy->setFilterRegularExpression(
            QString(QLatin1String("^(") + alternatives.join(QLatin1Char('|')) + QLatin1String(")$")));
        m_types->setText(names.isEmpty() ? tr("No Events") : names.join(QStringLiteral(", ")));
    }
    refresh();
}

void EventLogPanel::refresh()
{
    const int shown = m_proxy->rowCount();
    if (m_model->isPaused()) {
        m_count->setText(tr("Paused: %n event(s) not shown", nullptr, int(m_model->missedWhilePaused())));
        m_view->setPlaceholderText(tr("Paused. New events are counted but not shown."));
    } else if (m_model->rowCount() > 0 && shown == 0) {
        m_count->setText(tr("%n event(s)", nullptr, m_model->rowCount()));
        m_view->setPlaceholderText(tr("No events of the chosen types."));
    } else {
        m_count->setText(shown == m_model->rowCount()
                             ? tr("%n event(s)", nullptr, shown)
                             : tr("%1 of %n event(s)", nullptr, m_model->rowCount()).arg(shown));
        m_view->setPlaceholderText(tr("No events yet. Pushes, pulls, subscriptions and rejections show up "
                                      "here as they happen."));
    }
}

} // namespace Relay::Ui
