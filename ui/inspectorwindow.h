// SPDX-License-Identifier: MIT
#pragma once

#include "core/relayevent.h"
#include "relay/relaysnapshot.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace Relay {
class RelayHost;
class SecretStore;
} // namespace Relay

namespace Relay::Ui {

class ChannelTableModel;
class EventLogModel;
class EventLogPanel;
class PayloadFilterModel;
class PayloadPusher;
class PayloadTableModel;
class PayloadsPanel;
class PlaceholderTableView;
class SubscriberTableModel;
struct PushRequest;

/*! The inspector: what flows through the local relay, live. Payloads (with a preview), channels,
 *  subscribers and the event log, fed by one snapshot and then the host's event batches; actions
 *  on payloads; New push and Pull URL; files or text dropped on the window are pushed and their
 *  URLs copied. Talks to the relay only through RelayHost and a RelayClient: nothing here blocks. */
class InspectorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWindow)

public:
    explicit InspectorWindow(Relay::RelayHost *host, QWidget *parent = nullptr);
    ~InspectorWindow() override;

    //! The key this window's pushes and pulls send to the local relay, when it requires one.
    void setApiKey(const QString &key);
    //! Does the local relay require a key (some exist)? Copied curl commands then send one.
    void setAuthRequired(bool required) { m_authRequired = required; }
    /*! Where the API keys of remote relay profiles come from: New Push then offers those relays
     *  as targets. \a secrets must outlive the window; \a iniFile (tests) replaces the app's settings. */
    void setSecretStore(Relay::SecretStore *secrets, const QString &iniFile = QString());

    PayloadTableModel *payloadModel() const { return m_payloads; }
    PayloadsPanel *payloadsPanel() const { return m_payloadsPanel; }

public Q_SLOTS:
    void showAndRaise();

Q_SIGNALS:
    void settingsRequested();
    void aboutRequested();
    void quitRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildTabs();
    void buildActions();
    void buildStatusBar();
    void connectHost();

    void requestSnapshot();
    void applySnapshot(const RelaySnapshot &snapshot);
    void applyEvents(const QList<RelayEvent> &events);
    void updateCounters();
    void updateState();
    void updateActions();

    QString pointerUrl(const QString &id) const;
    void copyUrls();
    void copyCurl();
    void saveCurrent();
    void deleteSelected();
    void pushAgain();
    void newPush();
    void pullUrl();
    void push(const PushRequest &request);
    void pushToRemote(const PushRequest &request);
    void pushFinished(const QStringList &urls, const QStringList &errors);
    void remotePushFinished(const QString &profile, const QStringList &urls, const QStringList &errors);
    //! The Bridge column shows while some channel is bridged.
    void updateBridgeColumn();
    void showError(const QString &title, const QString &message);
    QStringList channelNames() const;

    RelayHost *m_host;
    QString m_apiKey;
    bool m_authRequired = false;
    SecretStore *m_secrets = nullptr;
    QString m_settingsFile;

    PayloadTableModel *m_payloads = nullptr;
    PayloadFilterModel *m_payloadFilter = nullptr;
    ChannelTableModel *m_channels = nullptr;
    SubscriberTableModel *m_subscribers = nullptr;
    EventLogModel *m_events = nullptr;
    PayloadPusher *m_pusher = nullptr;

    QTabWidget *m_tabs = nullptr;
    PayloadsPanel *m_payloadsPanel = nullptr;
    PlaceholderTableView *m_channelView = nullptr;
    PlaceholderTableView *m_subscriberView = nullptr;
    EventLogPanel *m_eventPanel = nullptr;

    QAction *m_copyUrl = nullptr;
    QAction *m_copyCurl = nullptr;
    QAction *m_save = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_pushAgain = nullptr;
    QList<QAction *> m_tabActions;

    QToolButton *m_urlButton = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;

    bool m_snapshotPending = false;
    QString m_error;
    //! Size of each live payload, for the counters; kept from events like the models.
    QHash<QString, qint64> m_sizes;
    qint64 m_totalBytes = 0;
    //! A payload pushed from this window, selected as soon as its row shows up.
    QString m_selectWhenShown;
};

} // namespace Relay::Ui
