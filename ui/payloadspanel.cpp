// SPDX-License-Identifier: MIT
#include "payloadspanel.h"

#include "models/payloadfiltermodel.h"
#include "models/payloadtablemodel.h"
#include "monospacedelegate.h"
#include "placeholdertableview.h"
#include "previewpane.h"
#include "relay/relayhost.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Relay::Ui {

PayloadsPanel::PayloadsPanel(RelayHost *host, PayloadTableModel *model, PayloadFilterModel *filter,
                             QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_model(model)
    , m_filter(filter)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("payloadSearch"));
    m_search->setPlaceholderText(tr("Search id, channel, metadata, file name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updatePlaceholder();
    });
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(8, 6, 8, 6);
    searchRow->addWidget(m_search);

    m_view = new PlaceholderTableView(this);
    m_view->setObjectName(QStringLiteral("payloadView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PayloadTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(PayloadTableModel::IdColumn, new MonospaceDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PayloadTableModel::MetadataColumn, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(PayloadTableModel::IdColumn, 12 * digit);
    header->resizeSection(PayloadTableModel::ChannelColumn, 16 * digit);
    header->resizeSection(PayloadTableModel::SizeColumn, 10 * digit);
    header->resizeSection(PayloadTableModel::KindColumn, 11 * digit);
    // Wide enough for a date too: durable payloads outlive the day they were pushed.
    header->resizeSection(PayloadTableModel::CreatedColumn, 17 * digit);
    header->resizeSection(PayloadTableModel::TtlColumn, 13 * digit);
    header->resizeSection(PayloadTableModel::ReadsColumn, 9 * digit);
    header->setMinimumSectionSize(6 * digit);
    m_view->fitHeaderLabels();
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid())
            Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });

    m_preview = new PreviewPane(this);
    m_preview->setObjectName(QStringLiteral("previewPane"));
    connect(m_preview, &PreviewPane::moreBytesWanted, this, &PayloadsPanel::fetchPreview);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("payloadSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({340, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    // Arrow keys through a long table must not fire a fetch per row: wait until the cursor rests.
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(60);
    connect(m_previewDelay, &QTimer::timeout, this, &PayloadsPanel::loadPreview);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_previewDelay->start(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PayloadsPanel::selectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &PayloadsPanel::updatePlaceholder);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PayloadsPanel::updatePlaceholder);
    updatePlaceholder();
}

PayloadsPanel::~PayloadsPanel() = default;

QList<PayloadInfo> PayloadsPanel::selectedPayloads() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<PayloadInfo> out;
    out.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        out.append(index.data(PayloadTableModel::PayloadRole).value<PayloadInfo>());
    return out;
}

std::optional<PayloadInfo> PayloadsPanel::currentPayload() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.siblingAtColumn(0).data(PayloadTableModel::PayloadRole).value<PayloadInfo>();
}

bool PayloadsPanel::selectPayload(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void PayloadsPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void PayloadsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PayloadsPanel::loadPreview()
{
    const std::optional<PayloadInfo> current = currentPayload();
    if (!current) {
        m_previewId.clear();
        m_preview->clear();
        return;
    }
    if (current->id == m_previewId && m_preview->payloadId() == m_previewId)
        return;
    m_previewId = current->id;
    fetchPreview(current->id, PreviewPane::fetchLimitFor(*current));
}

void PayloadsPanel::fetchPreview(const QString &id, qint64 maxBytes)
{
    m_host->fetchPayload(id, maxBytes, this,
                         [this, id](std::optional<QByteArray> bytes, const PayloadInfo &info) {
                             if (id != m_previewId)
                                 return; // the person has moved on
                             if (!bytes) {
                                 m_preview->showMessage(tr("This payload is gone: it expired, was "
                                                           "deleted or was read its last time."));
                                 return;
                             }
                             m_preview->showPayload(info, *bytes);
                         });
}

void PayloadsPanel::updatePlaceholder()
{
    if (m_model->rowCount() == 0)
        m_view->setPlaceholderText(
            tr("No payloads yet — push one with %1 or drop a file here.")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    else
        m_view->setPlaceholderText(tr("No payload matches “%1”.").arg(m_search->text().simplified()));
}

} // namespace Relay::Ui
