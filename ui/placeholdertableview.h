// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace Relay::Ui {

/*! A table view that, while its model has no rows, says why in the middle of the empty area
 *  ("No payloads yet — …") instead of showing a blank grid. Also sets the defaults every table of
 *  the inspector shares: whole-row selection, no grid, compact rows. */
class PlaceholderTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTableView)

public:
    explicit PlaceholderTableView(QWidget *parent = nullptr);
    ~PlaceholderTableView() override;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    //! Widens columns whose header label (plus the sort arrow) would be cut off.
    void fitHeaderLabels();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Relay::Ui
