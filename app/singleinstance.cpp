// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace Relay::App {

namespace {
//! A message is one line; anything longer is not from us.
constexpr qsizetype kMaxMessage = 4096;
//! The first instance may still be starting (lock taken, not yet listening): retry for ~5 s.
constexpr int kRetryMs = 100;
constexpr int kMaxAttempts = 50;

QString socketPath(const QString &name)
{
    return QDir::isAbsolutePath(name) ? name : QDir(QDir::tempPath()).filePath(name);
}
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SingleInstance::connectToPrimary);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file before the lock is released
}

QString SingleInstance::defaultName()
{
    // The runtime folder is the user's own (0700), so the name needs no user id in it; where there is
    // none, the temp folder is shared and the user name keeps users apart.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("dev.contextrelay.Desktop.socket"));
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("user");
    return QStringLiteral("dev.contextrelay.Desktop-") + user + QStringLiteral(".socket");
}

void SingleInstance::start(const QByteArray &message)
{
    m_message = message;
    m_lock = std::make_unique<QLockFile>(socketPath(m_name) + QStringLiteral(".lock"));
    // Stale when its process is gone (a crash), never because of its age.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        // Queued, like every other outcome: callers see no signal inside start().
        QMetaObject::invokeMethod(this, &SingleInstance::becomePrimary, Qt::QueuedConnection);
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        const QString error =
            tr("Cannot create the lock file %1.").arg(socketPath(m_name) + QStringLiteral(".lock"));
        m_lock.reset();
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_lock.reset();
    QMetaObject::invokeMethod(this, &SingleInstance::connectToPrimary, Qt::QueuedConnection);
}

void SingleInstance::becomePrimary()
{
    // Holding the lock, any socket file left is a crashed instance's: nobody else may remove it.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    m_primary = true;
    if (!m_server->listen(m_name)) {
        // Still the only instance (we hold the lock); later ones just cannot reach us.
        qWarning("contextrelay-desktop: cannot listen on %s: %s", qPrintable(m_name),
                 qPrintable(m_server->errorString()));
    }
    Q_EMIT primary();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Frames are lines; a message may arrive in pieces or several in one read.
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype newline = 0;
            while ((newline = buffer->indexOf('\n')) >= 0) {
                const QByteArray line = buffer->left(newline).trimmed();
                buffer->remove(0, newline + 1);
                if (!line.isEmpty())
                    Q_EMIT messageReceived(line);
            }
            if (buffer->size() > kMaxMessage)
                socket->abort();
        });
    }
}

void SingleInstance::connectToPrimary()
{
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QLocalSocket(this);
    QLocalSocket *socket = m_socket;
    connect(socket, &QLocalSocket::connected, this, [this, socket] { socket->write(m_message + '\n'); });
    connect(socket, &QLocalSocket::bytesWritten, this, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromServer();
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        if (socket == m_socket && m_attempts >= 0) {
            m_attempts = -1; // done; no retry after this
            Q_EMIT delivered();
        }
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError error) {
        if (socket != m_socket || m_attempts < 0)
            return;
        if (error == QLocalSocket::PeerClosedError)
            return; // disconnected() follows
        if (socket->state() == QLocalSocket::ConnectedState)
            return;
        if (++m_attempts < kMaxAttempts) {
            m_retry.start();
            return;
        }
        m_attempts = -1;
        Q_EMIT failed(tr("ContextRelay Desktop is already running but does not answer (%1).")
                          .arg(socket->errorString()));
    });
    socket->connectToServer(m_name);
}

} // namespace Relay::App
