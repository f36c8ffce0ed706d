// SPDX-License-Identifier: MIT
#pragma once

#include "core/payloadinfo.h"

#include <QList>
#include <QWidget>
#include <optional>

class QLineEdit;
class QSplitter;
class QTimer;

namespace Relay {
class RelayHost;
}

namespace Relay::Ui {

class PayloadFilterModel;
class PayloadTableModel;
class PlaceholderTableView;
class PreviewPane;

/*! The Payloads tab: a search box, the sortable and filterable table, and below it the preview of
 *  the current payload, fetched from the relay (a prefix only; fetching never counts as a read). */
class PayloadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadsPanel)

public:
    PayloadsPanel(RelayHost *host, PayloadTableModel *model, PayloadFilterModel *filter,
                  QWidget *parent = nullptr);
    ~PayloadsPanel() override;

    //! The selected payloads, in the order the table shows them.
    QList<PayloadInfo> selectedPayloads() const;
    //! The payload with the keyboard focus (the one previewed).
    std::optional<PayloadInfo> currentPayload() const;
    //! Makes \a id the current and only selected payload; false when the table does not show it.
    bool selectPayload(const QString &id);

    void setSearchText(const QString &text);
    void focusSearch();

    PlaceholderTableView *view() const { return m_view; }
    PreviewPane *preview() const { return m_preview; }
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

private:
    void loadPreview();
    void fetchPreview(const QString &id, qint64 maxBytes);
    void updatePlaceholder();

    RelayHost *m_host;
    PayloadTableModel *m_model;
    PayloadFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    PlaceholderTableView *m_view = nullptr;
    PreviewPane *m_preview = nullptr;
    QTimer *m_previewDelay = nullptr;
    QString m_previewId;
};

} // namespace Relay::Ui
