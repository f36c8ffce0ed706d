// SPDX-License-Identifier: MIT
#include "relay/relayhost.h"

#include "forward/forwarder.h"
#include "relay/eventbatcher.h"
#include "relay/relayserver.h"
#include "store/payloadstore.h"

#include <QPointer>

namespace Relay {

RelayHost::RelayHost(const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<Relay::RelayEvent>();
    qRegisterMetaType<QList<Relay::RelayEvent>>();
    m_thread.setObjectName(QStringLiteral("relay"));
    // Only this thread writes m_context (its methods read it): the relay thread empties the context
    // and quits, and the context itself goes here, once that thread is done with it.
    connect(&m_thread, &QThread::finished, this, [this] {
        if (m_thread.isRunning()) // started again meanwhile; start() dropped the old context
            return;
        m_thread.wait(); // past the thread's last deferred deletions
        delete m_context;
        m_context = nullptr;
        if (m_stopping) {
            m_running = false;
            Q_EMIT stopped();
        }
    });
}

RelayHost::~RelayHost()
{
    // Deferred deletions still run in a thread after its event loop ends, so the relay's objects go
    // in their own thread. isRunning() is false already while the thread is finishing: wait() is
    // what tells that it is done. Whatever it did not delete (it was done before, or ended before
    // finished() reached this thread) is this thread's to delete.
    const QPointer<QObject> context = m_context;
    if (m_context && m_thread.isRunning())
        m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
    delete context.data();
}

void RelayHost::start()
{
    if (m_thread.isRunning())
        return;
    // After a failed start whose finished() has not reached this thread yet.
    m_thread.wait();
    delete m_context;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        // Everything below is created in the relay thread, so it belongs to that thread.
        m_server = new RelayServer(m_config, nullptr, m_context);
        m_forwarder = nullptr;
        auto *batcher = new EventBatcher(100, 10000, m_context);
        connect(m_server, &RelayServer::event, batcher, &EventBatcher::add);
        connect(batcher, &EventBatcher::batch, this, &RelayHost::events);
        if (!m_server->start()) {
            const QString error = m_server->errorString();
            emptyContext();
            m_thread.quit();
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            return;
        }
        startForwarder();
        const QString url = m_server->baseUrl();
        const quint16 port = m_server->serverPort();
        QMetaObject::invokeMethod(
            this,
            [this, url, port] {
                m_running = true;
                m_baseUrl = url;
                Q_EMIT started(url, port);
            },
            Qt::QueuedConnection);
    });
}

void RelayHost::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_context) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_context, [this] {
        if (!m_server) // start failed: the thread is on its way out already
            return;
        connect(m_server, &RelayServer::stopped, m_context, [this] {
            emptyContext();
            QThread::currentThread()->quit();
        });
        m_server->shutdown();
    });
}

void RelayHost::emptyContext()
{
    // Relay thread: the server, the batcher and the forwarder go in this thread, in the order they
    // were made (as deleting the context would); the context is the owner thread's to delete.
    const QObjectList children = m_context->children();
    for (QObject *child : children)
        child->deleteLater();
    m_server = nullptr;
    m_forwarder = nullptr;
}

void RelayHost::requestSnapshot(QObject *context, std::function<void(const RelaySnapshot &)> done)
{
    if (!m_context)
        return;
    // The guard is made and read in this thread only; the relay thread just carries it.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_context, [this, guard, done = std::move(done)] {
        if (!m_server)
            return;
        RelaySnapshot snapshot = m_server->snapshot();
        QMetaObject::invokeMethod(
            this,
            [guard, done, snapshot] {
                if (guard)
                    done(snapshot);
            },
            Qt::QueuedConnection);
    });
}

void RelayHost::fetchPayload(const QString &id, qint64 maxBytes, QObject *context,
                             std::function<void(std::optional<QByteArray>, const PayloadInfo &)> done)
{
    if (!m_context)
        return;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_context, [this, guard, id, maxBytes, done = std::move(done)] {
        if (!m_server)
            return;
        PayloadInfo info;
        std::optional<QByteArray> bytes = m_server->store()->peekBytes(id, maxBytes, &info);
        QMetaObject::invokeMethod(
            this,
            [guard, done, bytes, info] {
                if (guard)
                    done(bytes, info);
            },
            Qt::QueuedConnection);
    });
}

void RelayHost::deletePayload(const QString &id)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this, id] {
        if (m_server)
            m_server->store()->remove(id);
    });
}

void RelayHost::setPaused(bool paused)
{
    if (!m_context || paused == m_paused)
        return;
    m_paused = paused;
    QMetaObject::invokeMethod(m_context, [this, paused] {
        if (m_server)
            m_server->setPaused(paused);
    });
    Q_EMIT pausedChanged(paused);
}

void RelayHost::setApiTokenHashes(const QList<QByteArray> &hashes)
{
    if (!m_context) {
        m_config.apiTokenHashes = hashes; // not started: the relay starts with them
        return;
    }
    QMetaObject::invokeMethod(m_context, [this, hashes] {
        if (!m_server)
            return;
        // Connected here, once, so the warning about keys comes back with the call that caused it.
        connect(m_server, &RelayServer::warning, this, &RelayHost::warning, Qt::UniqueConnection);
        m_server->setApiTokenHashes(hashes);
    });
}

void RelayHost::startForwarder()
{
    // Relay thread. Bridges are an addition: if their queue cannot open, the relay still serves.
    auto *forwarder = new Forwarder(m_server, nullptr, m_context);
    QString error;
    if (!forwarder->open(&error)) {
        delete forwarder;
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT warning(tr("Channel bridges are off: %1").arg(error)); },
            Qt::QueuedConnection);
        return;
    }
    m_forwarder = forwarder;
    connect(forwarder, &Forwarder::statusesChanged, this, [this](const QList<BridgeStatus> &statuses) {
        m_bridgeStatuses = statuses;
        Q_EMIT bridgesChanged(statuses);
    });
    forwarder->setBridges(m_pendingBridges);
}

void RelayHost::setBridges(const QList<ResolvedBridge> &bridges)
{
    if (!m_context) {
        m_pendingBridges = bridges;
        return;
    }
    QMetaObject::invokeMethod(m_context, [this, bridges] {
        m_pendingBridges = bridges;
        if (m_forwarder)
            m_forwarder->setBridges(bridges);
    });
}

} // namespace Relay
