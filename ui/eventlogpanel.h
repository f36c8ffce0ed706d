// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QPushButton;

namespace Relay::Ui {

class EventLogModel;
class PlaceholderTableView;

/*! The event log tab: the live, coloured, capped log with a filter by event type, pause/resume
 *  (showing how many events were missed) and clear. Follows new events while scrolled to the end. */
class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(EventLogModel *model, QWidget *parent = nullptr);
    ~EventLogPanel() override;

    //! Call after a batch was applied to the model: updates the count line (and the missed count).
    void refresh();
    //! Shows only these types (int(RelayEvent::Type)); empty shows all.
    void setShownTypes(const QSet<int> &types);
    PlaceholderTableView *view() const { return m_view; }

private:
    void applyFilter();

    EventLogModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    PlaceholderTableView *m_view = nullptr;
    QPushButton *m_types = nullptr;
    QPushButton *m_pause = nullptr;
    QLabel *m_count = nullptr;
    QSet<int> m_shownTypes;
    bool m_follow = true;
};

} // namespace Relay::Ui
