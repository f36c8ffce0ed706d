// SPDX-License-Identifier: MIT
#include "inspectorwindow.h"

#include "eventlogpanel.h"
#include "fileio.h"
#include "models/channeltablemodel.h"
#include "models/displayformat.h"
#include "models/eventlogmodel.h"
#include "models/payloadfiltermodel.h"
#include "models/payloadtablemodel.h"
#include "models/subscribertablemodel.h"
#include "payloadpusher.h"
#include "payloadspanel.h"
#include "placeholdertableview.h"
#include "previewpane.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "relay/relayhost.h"
#include "remotepush.h"
#include "uistyle.h"

#include <QActionGroup>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace Relay::Ui {

namespace {
constexpr int kStatusMessageMs = 5000;
//! Uploads smaller than this finish before a progress bar would be worth showing.
constexpr qint64 kProgressThreshold = 512 * 1024;

//! A string for a POSIX shell: single-quoted, with embedded quotes closed and escaped.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString fileNameFor(const PayloadInfo &p)
{
    if (!p.filename.isEmpty())
        return p.filename;
    QString suffix;
    switch (p.kind) {
    case PayloadKind::Json:
        suffix = QStringLiteral(".json");
        break;
    case PayloadKind::Text:
        suffix = QStringLiteral(".txt");
        break;
    case PayloadKind::Binary:
        suffix = QStringLiteral(".bin");
        break;
    case PayloadKind::Encrypted:
        suffix = QStringLiteral(".fernet");
        break;
    }
    return shortId(p.id) + suffix;
}

//! The local files among dropped URLs; everything else (web links) is pushed as text.
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void setupTable(PlaceholderTableView *view, QAbstractItemModel *model, const QString &placeholder)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setPlaceholderText(placeholder);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setDefaultSectionSize(130);
}
} // namespace

InspectorWindow::InspectorWindow(RelayHost *host, QWidget *parent)
    : QMainWindow(parent)
    , m_host(host)
{
    setObjectName(QStringLiteral("inspectorWindow"));
    setWindowTitle(tr("ContextRelay Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/contextrelay.svg")));
    setAcceptDrops(true);

    m_payloads = new PayloadTableModel(this);
    m_payloads->setObjectName(QStringLiteral("payloadModel"));
    m_payloadFilter = new PayloadFilterModel(this);
    m_payloadFilter->setSourceModel(m_payloads);
    m_channels = new ChannelTableModel(this);
    m_channels->setObjectName(QStringLiteral("channelModel"));
    m_subscribers = new SubscriberTableModel(this);
    m_subscribers->setObjectName(QStringLiteral("subscriberModel"));
    m_events = new EventLogModel(5000, this);
    m_events->setObjectName(QStringLiteral("eventModel"));
    m_pusher = new PayloadPusher(this);

    buildTabs();
    buildActions();
    buildStatusBar();
    connectHost();
    resize(1100, 700);
}

InspectorWindow::~InspectorWindow() = default;

void InspectorWindow::setApiKey(const QString &key)
{
    m_apiKey = key;
    if (m_host->isRunning())
        m_pusher->setServer(QUrl(m_host->baseUrl()), m_apiKey);
}

void InspectorWindow::setSecretStore(SecretStore *secrets, const QString &iniFile)
{
    m_secrets = secrets;
    m_settingsFile = iniFile;
}

void InspectorWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void InspectorWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);

    m_payloadsPanel = new PayloadsPanel(m_host, m_payloads, m_payloadFilter, m_tabs);
    connect(m_payloadsPanel, &PayloadsPanel::selectionChanged, this, &InspectorWindow::updateActions);
    m_tabs->addTab(m_payloadsPanel, tr("Payloads"));

    auto *channelProxy = new QSortFilterProxyModel(this);
    channelProxy->setSourceModel(m_channels);
    channelProxy->setSortRole(ChannelTableModel::SortRole);
    m_channelView = new PlaceholderTableView(m_tabs);
    m_channelView->setObjectName(QStringLiteral("channelView"));
    setupTable(m_channelView, channelProxy,
               tr("No channels yet. A channel appears when a payload is pushed to it or an agent "
                  "subscribes to it."));
    m_channelView->sortByColumn(ChannelTableModel::LastActivityColumn, Qt::DescendingOrder);
    m_channelView->horizontalHeader()->setSectionResizeMode(ChannelTableModel::NameColumn,
                                                            QHeaderView::Stretch);
    // "→ cloud:team · remote unreachable · 12 queued" fits without eliding.
    m_channelView->horizontalHeader()->resizeSection(ChannelTableModel::BridgeColumn, 340);
    m_channelView->fitHeaderLabels();
    m_channelView->setColumnHidden(ChannelTableModel::BridgeColumn, true);
    m_channelView->setToolTip(tr("Double-click a channel to see its payloads"));
    connect(m_channelView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_payloadsPanel->setSearchText(
            index.siblingAtColumn(ChannelTableModel::NameColumn).data().toString());
        m_tabs->setCurrentWidget(m_payloadsPanel);
    });
    m_tabs->addTab(m_channelView, tr("Channels"));

    auto *subscriberProxy = new QSortFilterProxyModel(this);
    subscriberProxy->setSourceModel(m_subscribers);
    subscriberProxy->setSortRole(SubscriberTableModel::SortRole);
    m_subscriberView = new PlaceholderTableView(m_tabs);
    m_subscriberView->setObjectName(QStringLiteral("subscriberView"));
    setupTable(m_subscriberView, subscriberProxy,
               tr("No subscribers. Agents subscribe with a WebSocket to /ws/<channel>."));
    m_subscriberView->sortByColumn(SubscriberTableModel::ConnectedSinceColumn, Qt::DescendingOrder);
    m_subscriberView->horizontalHeader()->resizeSection(SubscriberTableModel::PeerColumn, 240);
    m_subscriberView->horizontalHeader()->setSectionResizeMode(SubscriberTableModel::ChannelColumn,
                                                               QHeaderView::Stretch);
    m_subscriberView->fitHeaderLabels();
    m_tabs->addTab(m_subscriberView, tr("Subscribers"));

    m_eventPanel = new EventLogPanel(m_events, m_tabs);
    m_eventPanel->setObjectName(QStringLiteral("eventLogPanel"));
    m_tabs->addTab(m_eventPanel, tr("Event Log"));

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_tabActions.size())
            m_tabActions.at(index)->setChecked(true);
        updateActions();
    });
    connect(m_payloadsPanel, &PayloadsPanel::contextMenuRequested, this, [this](const QPoint &pos) {
        // popup(), not exec(): no nested event loop; the menu deletes itself once closed.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions({m_copyUrl, m_copyCurl, m_save, m_pushAgain});
        menu->addSeparator();
        if (const auto current = m_payloadsPanel->currentPayload(); current && !current->channel.isEmpty()) {
            const QString channel = current->channel;
            menu->addAction(tr("Show Only Channel “%1”").arg(channel), this,
                            [this, channel] { m_payloadsPanel->setSearchText(channel); });
            menu->addSeparator();
        }
        menu->addAction(m_delete);
        menu->popup(pos);
    });
    setCentralWidget(m_tabs);
}

void InspectorWindow::buildActions()
{
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &shortcut,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(tr("&New Push…"), QStringLiteral("actionNewPush"),
                           QKeySequence(Qt::CTRL | Qt::Key_N), &InspectorWindow::newPush));
    file->addAction(action(tr("&Pull URL…"), QStringLiteral("actionPullUrl"),
                           QKeySequence(Qt::CTRL | Qt::Key_U), &InspectorWindow::pullUrl));
    file->addSeparator();
    QAction *settings = action(tr("&Settings…"), QStringLiteral("actionSettings"), QKeySequence(),
                               &InspectorWindow::settingsRequested);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(settings);
    file->addSeparator();
    file->addAction(action(tr("&Close"), QStringLiteral("actionClose"), QKeySequence(Qt::CTRL | Qt::Key_W),
                           &InspectorWindow::close));
    QAction *quit = action(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                           &InspectorWindow::quitRequested);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *payload = menuBar()->addMenu(tr("&Payload"));
    m_copyUrl = action(tr("Copy &URL"), QStringLiteral("actionCopyUrl"), QKeySequence(Qt::CTRL | Qt::Key_C),
                       &InspectorWindow::copyUrls);
    m_copyCurl = action(tr("Copy &curl Command"), QStringLiteral("actionCopyCurl"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &InspectorWindow::copyCurl);
    m_save = action(tr("&Save…"), QStringLiteral("actionSave"), QKeySequence(Qt::CTRL | Qt::Key_S),
                    &InspectorWindow::saveCurrent);
    m_delete = action(tr("&Delete"), QStringLiteral("actionDelete"), QKeySequence(Qt::Key_Delete),
                      &InspectorWindow::deleteSelected);
    m_pushAgain = action(tr("Push &Again to Channel…"), QStringLiteral("actionPushAgain"),
                         QKeySequence(Qt::CTRL | Qt::Key_R), &InspectorWindow::pushAgain);
    payload->addActions({m_copyUrl, m_copyCurl, m_save, m_pushAgain});
    payload->addSeparator();
    payload->addAction(m_delete);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *a = new QAction(m_tabs->tabText(i), group);
        a->setObjectName(QStringLiteral("actionTab%1").arg(i));
        a->setCheckable(true);
        a->setChecked(i == m_tabs->currentIndex());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        view->addAction(a);
        m_tabActions.append(a);
    }
    view->addSeparator();
    QAction *find = action(tr("&Find Payloads"), QStringLiteral("actionFind"), QKeySequence::Find, [this] {
        m_tabs->setCurrentWidget(m_payloadsPanel);
        m_payloadsPanel->focusSearch();
    });
    view->addAction(find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = action(tr("&About ContextRelay Desktop"), QStringLiteral("actionAbout"), QKeySequence(),
                            &InspectorWindow::aboutRequested);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);
    updateActions();
}

void InspectorWindow::buildStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setToolTip(tr("Pushing…"));
    m_progress->hide();

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("relayState"));
    m_state->setTextFormat(Qt::RichText);
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("relayCounters"));

    m_urlButton = new QToolButton(this);
    m_urlButton->setObjectName(QStringLiteral("relayUrl"));
    m_urlButton->setAutoRaise(true);
    m_urlButton->setFont(UiStyle::fixedFont());
    m_urlButton->setToolTip(tr("The relay's address for agents. Click to copy it."));
    m_urlButton->setCursor(Qt::PointingHandCursor);
    connect(m_urlButton, &QToolButton::clicked, this, [this] {
        if (m_host->baseUrl().isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_host->baseUrl());
        statusBar()->showMessage(tr("Copied %1 to the clipboard.").arg(m_host->baseUrl()), kStatusMessageMs);
    });

    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counters);
    statusBar()->addPermanentWidget(m_state);
    statusBar()->addPermanentWidget(m_urlButton);

    connect(m_pusher, &PayloadPusher::progress, this, [this](qint64 sent, qint64 total) {
        if (total < kProgressThreshold || !m_pusher->isBusy()) {
            m_progress->hide();
            return;
        }
        m_progress->setValue(int(qMin<qint64>(1000, sent * 1000 / total)));
        m_progress->setToolTip(tr("Pushing: %1 of %2").arg(formatSize(sent), formatSize(total)));
        m_progress->show();
    });
    connect(m_pusher, &PayloadPusher::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_progress->hide();
    });
    connect(m_pusher, &PayloadPusher::finished, this, &InspectorWindow::pushFinished);
    updateCounters();
    updateState();
}

void InspectorWindow::connectHost()
{
    connect(m_host, &RelayHost::started, this, [this](const QString &baseUrl) {
        m_error.clear();
        m_pusher->setServer(QUrl(baseUrl), m_apiKey);
        requestSnapshot();
        updateState();
    });
    connect(m_host, &RelayHost::failed, this, [this](const QString &message) {
        m_error = message;
        updateState();
    });
    connect(m_host, &RelayHost::stopped, this, &InspectorWindow::updateState);
    connect(m_host, &RelayHost::pausedChanged, this, &InspectorWindow::updateState);
    connect(m_host, &RelayHost::events, this, &InspectorWindow::applyEvents);
    connect(m_host, &RelayHost::bridgesChanged, this, [this](const QList<BridgeStatus> &statuses) {
        m_channels->setBridges(statuses);
        updateBridgeColumn();
        updateCounters();
    });
    m_channels->setBridges(m_host->bridgeStatuses());
    updateBridgeColumn();
    if (m_host->isRunning()) {
        m_pusher->setServer(QUrl(m_host->baseUrl()), m_apiKey);
        requestSnapshot();
    }
}

void InspectorWindow::requestSnapshot()
{
    m_snapshotPending = true;
    m_host->requestSnapshot(this, [this](const RelaySnapshot &snapshot) { applySnapshot(snapshot); });
}

void InspectorWindow::applySnapshot(const RelaySnapshot &snapshot)
{
    // Batches that arrived while the snapshot was on its way are in it already (the relay thread
    // posts both in order), so they were skipped; later ones may repeat it, which the models absorb.
    m_snapshotPending = false;
    m_payloads->reset(snapshot);
    m_channels->reset(snapshot);
    m_subscribers->reset(snapshot);
    m_sizes.clear();
    m_totalBytes = 0;
    for (const PayloadInfo &p : snapshot.payloads) {
        m_sizes.insert(p.id, p.size);
        m_totalBytes += p.size;
    }
    updateCounters();
    updateState();
}

void InspectorWindow::applyEvents(const QList<RelayEvent> &events)
{
    m_events->apply(events);
    m_eventPanel->refresh();
    if (m_snapshotPending)
        return;
    m_payloads->apply(events);
    m_channels->apply(events);
    m_subscribers->apply(events);
    for (const RelayEvent &e : events) {
        const QString &id = e.payload.id.isEmpty() ? e.payloadId : e.payload.id;
        switch (e.type) {
        case RelayEvent::Type::Pushed:
            if (!m_sizes.contains(id)) {
                m_sizes.insert(id, e.payload.size);
                m_totalBytes += e.payload.size;
            }
            break;
        case RelayEvent::Type::Expired:
        case RelayEvent::Type::Deleted:
            m_totalBytes -= m_sizes.take(id);
            break;
        default:
            break;
        }
    }
    if (!m_selectWhenShown.isEmpty() && m_payloadsPanel->selectPayload(m_selectWhenShown))
        m_selectWhenShown.clear();
    updateCounters();
}

void InspectorWindow::updateBridgeColumn()
{
    const bool bridges = m_channels->hasBridges();
    if (bridges == !m_channelView->isColumnHidden(ChannelTableModel::BridgeColumn))
        return;
    m_channelView->setColumnHidden(ChannelTableModel::BridgeColumn, !bridges);
    // The bridge's state and error are the long text of the row: with bridges, they get the
    // room the channel names had.
    QHeaderView *header = m_channelView->horizontalHeader();
    header->setSectionResizeMode(ChannelTableModel::NameColumn,
                                 bridges ? QHeaderView::Interactive : QHeaderView::Stretch);
    header->setSectionResizeMode(ChannelTableModel::BridgeColumn,
                                 bridges ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (bridges) {
        header->resizeSection(ChannelTableModel::NameColumn, 220);
        for (int column : {ChannelTableModel::SubscribersColumn, ChannelTableModel::PushesColumn,
                           ChannelTableModel::PublishesColumn})
            header->resizeSection(column, 0); // then as wide as its label
        m_channelView->fitHeaderLabels();
    }
}

void InspectorWindow::updateCounters()
{
    const int payloads = int(m_sizes.size());
    const int channels = m_channels->rowCount();
    const int subscribers = m_subscribers->rowCount();
    m_counters->setText(QStringList{tr("%n payload(s)", nullptr, payloads), formatSize(m_totalBytes),
                                    tr("%n channel(s)", nullptr, channels),
                                    tr("%n subscriber(s)", nullptr, subscribers)}
                            .join(QStringLiteral("  ·  ")));
    const auto tabTitle = [](const QString &name, int count) {
        return count > 0 ? tr("%1 (%2)", "tab title with a count").arg(name).arg(count) : name;
    };
    m_tabs->setTabText(0, tabTitle(tr("Payloads"), payloads));
    m_tabs->setTabText(1, tabTitle(tr("Channels"), channels));
    m_tabs->setTabText(2, tabTitle(tr("Subscribers"), subscribers));
}

void InspectorWindow::updateState()
{
    QString text;
    QColor colour;
    QString tip;
    if (m_host->isRunning()) {
        if (m_host->isPaused()) {
            text = tr("Paused");
            colour = UiStyle::warningColor(palette());
            tip = tr("New connections are refused; subscribers already connected stay.");
        } else {
            text = tr("Running");
            colour = UiStyle::okColor(palette());
            tip = tr("The relay accepts pushes and pulls.");
        }
    } else if (!m_error.isEmpty()) {
        text = tr("Error");
        colour = UiStyle::errorColor(palette());
        tip = m_error;
    } else {
        text = tr("Not running");
        colour = palette().color(QPalette::PlaceholderText);
    }
    m_state->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                         .arg(colour.name(), text.toHtmlEscaped()));
    m_state->setToolTip(tip);
    const QString url = m_host->baseUrl();
    m_urlButton->setText(url.isEmpty() ? tr("no address") : url);
    m_urlButton->setEnabled(!url.isEmpty());
    updateActions();
}

void InspectorWindow::updateActions()
{
    const bool onPayloads = m_tabs->currentWidget() == m_payloadsPanel;
    const bool running = m_host->isRunning();
    const qsizetype selected = onPayloads ? m_payloadsPanel->selectedPayloads().size() : 0;
    const bool current = onPayloads && m_payloadsPanel->currentPayload().has_value();
    m_copyUrl->setEnabled(running && selected > 0);
    m_copyCurl->setEnabled(running && selected > 0);
    m_delete->setEnabled(running && selected > 0);
    m_save->setEnabled(running && current);
    m_pushAgain->setEnabled(running && current);
}

QString InspectorWindow::pointerUrl(const QString &id) const
{
    return m_host->baseUrl() + QStringLiteral("/pull/") + id;
}

void InspectorWindow::copyUrls()
{
    QStringList urls;
    for (const PayloadInfo &p : m_payloadsPanel->selectedPayloads())
        urls.append(pointerUrl(p.id));
    if (urls.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n URL(s) to the clipboard.", nullptr, int(urls.size())),
                             kStatusMessageMs);
}

void InspectorWindow::copyCurl()
{
    QStringList commands;
    // The key itself never goes to the clipboard: the command reads it from the environment.
    const QString auth =
        !m_authRequired ? QString() : QStringLiteral(" -H \"Authorization: Bearer $CONTEXTRELAY_API_KEY\"");
    for (const PayloadInfo &p : m_payloadsPanel->selectedPayloads()) {
        if (p.binary || !p.filename.isEmpty()) {
            const QString raw = m_host->baseUrl() + QStringLiteral("/raw/") + p.id;
            commands.append(
                QStringLiteral("curl -sS%1 -o %2 %3").arg(auth, shellQuote(fileNameFor(p)), shellQuote(raw)));
        } else {
            commands.append(QStringLiteral("curl -sS%1 %2").arg(auth, shellQuote(pointerUrl(p.id))));
        }
    }
    if (commands.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(commands.join(QLatin1Char('\n')));
    statusBar()->showMessage(
        tr("Copied %n curl command(s). Running one counts as a read.", nullptr, int(commands.size())),
        kStatusMessageMs);
}

void InspectorWindow::saveCurrent()
{
    const auto current = m_payloadsPanel->currentPayload();
    if (!current)
        return;
    const PayloadInfo p = *current;
    auto *dialog = new QFileDialog(this, tr("Save Payload"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->selectFile(fileNameFor(p));
    connect(dialog, &QFileDialog::fileSelected, this, [this, p](const QString &path) {
        // The whole payload through the host: a preview fetch, which unlike a pull is not a read.
        m_host->fetchPayload(
            p.id, p.size, this, [this, path](std::optional<QByteArray> bytes, const PayloadInfo &) {
                if (!bytes) {
                    showError(tr("Save Payload"), tr("The payload is gone: it expired or was deleted."));
                    return;
                }
                const qint64 size = bytes->size();
                FileIo::writeFile(path, *bytes, this, [this, path, size](const QString &error) {
                    if (!error.isEmpty()) {
                        showError(tr("Save Payload"), error);
                        return;
                    }
                    statusBar()->showMessage(tr("Saved %1 to %2.").arg(formatSize(size), path),
                                             kStatusMessageMs);
                });
            });
    });
    dialog->open();
}

void InspectorWindow::deleteSelected()
{
    const QList<PayloadInfo> payloads = m_payloadsPanel->selectedPayloads();
    for (const PayloadInfo &p : payloads)
        m_host->deletePayload(p.id);
    if (!payloads.isEmpty())
        statusBar()->showMessage(tr("Deleted %n payload(s).", nullptr, int(payloads.size())),
                                 kStatusMessageMs);
}

QStringList InspectorWindow::channelNames() const
{
    QStringList names;
    for (int row = 0; row < m_channels->rowCount(); ++row)
        names.append(m_channels->index(row, ChannelTableModel::NameColumn)
                         .data(ChannelTableModel::NameRole)
                         .toString());
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void InspectorWindow::pushAgain()
{
    const auto current = m_payloadsPanel->currentPayload();
    if (!current)
        return;
    const PayloadInfo p = *current;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Push Again"));
    dialog->setLabelText(tr("Push a copy of %1 to the channel:").arg(shortId(p.id)));
    dialog->setComboBoxItems(channelNames());
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(p.channel);
    dialog->setOkButtonText(tr("Push"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, p](const QString &channel) {
        m_host->fetchPayload(
            p.id, p.size, this, [this, channel](std::optional<QByteArray> bytes, const PayloadInfo &info) {
                if (!bytes) {
                    showError(tr("Push Again"), tr("The payload is gone: it expired or was deleted."));
                    return;
                }
                PushOptions options;
                options.channel = channel.trimmed();
                options.maxReads = info.maxReads;
                const qint64 remainingS = (info.expiresMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
                options.ttlSeconds = qMax<qint64>(60, remainingS);
                // Files and binary data keep their name and type (raw); text keeps its metadata (JSON).
                if (info.binary || !info.filename.isEmpty()) {
                    options.raw = true;
                    options.filename = info.filename;
                    options.contentType = info.contentType;
                } else {
                    options.metadata = QJsonDocument::fromJson(info.metadataJson).object();
                }
                m_pusher->pushData(*bytes, options);
            });
    });
    dialog->open();
}

void InspectorWindow::newPush()
{
    auto *dialog = new PushDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChannels(channelNames());
    if (m_secrets)
        dialog->setTargets(remoteProfileNames(m_settingsFile));
    if (const auto current = m_payloadsPanel->currentPayload())
        dialog->setChannel(current->channel);
    connect(dialog, &PushDialog::pushRequested, this, &InspectorWindow::push);
    dialog->open();
}

void InspectorWindow::push(const PushRequest &request)
{
    if (!request.target.isEmpty()) {
        pushToRemote(request);
        return;
    }
    if (!request.filePath.isEmpty())
        m_pusher->pushFiles({request.filePath}, request.options);
    else
        m_pusher->pushText(request.text, request.options);
}

void InspectorWindow::pushToRemote(const PushRequest &request)
{
    const QString profile = request.target;
    statusBar()->showMessage(tr("Pushing to %1…").arg(profile));
    // The key comes from the keychain (asynchronously); a pusher of its own carries it for this
    // push only, so the local relay's pusher and its key stay as they are.
    resolveRemoteTarget(m_secrets, m_settingsFile, profile, this,
                        [this, request](const RemoteTarget &target) {
                            if (!target.error.isEmpty()) {
                                statusBar()->clearMessage();
                                showError(tr("Push"), target.error);
                                return;
                            }
                            auto *pusher = new PayloadPusher(this);
                            pusher->setServer(target.url, target.apiKey);
                            connect(pusher, &PayloadPusher::finished, this,
                                    [this, pusher, profile = target.profile](const QStringList &urls,
                                                                             const QStringList &errors) {
                                        pusher->deleteLater();
                                        remotePushFinished(profile, urls, errors);
                                    });
                            if (!request.filePath.isEmpty())
                                pusher->pushFiles({request.filePath}, request.options);
                            else
                                pusher->pushText(request.text, request.options);
                        });
}

void InspectorWindow::remotePushFinished(const QString &profile, const QStringList &urls,
                                         const QStringList &errors)
{
    if (!urls.isEmpty()) {
        QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
        statusBar()->showMessage(tr("Pushed to %1; the URL is on the clipboard.").arg(profile),
                                 kStatusMessageMs);
    } else {
        statusBar()->clearMessage();
    }
    if (!errors.isEmpty())
        showError(tr("Push to %1").arg(profile), errors.join(QLatin1Char('\n')));
}

void InspectorWindow::pullUrl()
{
    auto *dialog = new PullDialog(QUrl(m_host->baseUrl()), m_apiKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void InspectorWindow::pushFinished(const QStringList &urls, const QStringList &errors)
{
    if (!urls.isEmpty()) {
        QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
        statusBar()->showMessage(
            tr("Pushed %n payload(s); the URL is on the clipboard.", nullptr, int(urls.size())),
            kStatusMessageMs);
        // Pointer URLs end in /pull/<id>, with #key=… when encrypted.
        m_selectWhenShown = QUrl(urls.last()).path().section(QLatin1Char('/'), -1);
        if (m_payloadsPanel->selectPayload(m_selectWhenShown))
            m_selectWhenShown.clear();
    }
    if (!errors.isEmpty())
        showError(tr("Push"), errors.join(QLatin1Char('\n')));
}

void InspectorWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InspectorWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void InspectorWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void InspectorWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        m_pusher->pushFiles(files);
        statusBar()->showMessage(tr("Pushing %n file(s)…", nullptr, int(files.size())));
    } else if (mime->hasText() && !mime->text().isEmpty()) {
        m_pusher->pushText(mime->text());
        statusBar()->showMessage(tr("Pushing the dropped text…"));
    } else if (mime->hasUrls()) {
        QStringList links;
        for (const QUrl &url : mime->urls())
            links.append(url.toString());
        m_pusher->pushText(links.join(QLatin1Char('\n')));
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace Relay::Ui
