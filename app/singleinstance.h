// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Relay::App {

/*! One GUI per user. The first instance takes a lock file and listens on a local socket (only the
 *  user may connect); a later one finds the lock taken, sends its message ("show") to the first
 *  one and reports delivered(), so it can exit without starting a second relay.
 *
 *  The lock, not a failed connect, decides who is first: two instances started at once cannot
 *  both win, and a stale socket left by a crash is removed only by the lock's new owner. Everything
 *  is asynchronous (no waitFor*): connect the signals, then call start(). */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    //! \a name is the socket's path, or a plain name (then in the temp folder); the lock sits beside it.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! This user's socket, in $XDG_RUNTIME_DIR (private to the user).
    static QString defaultName();

    //! Becomes the first instance or delivers \a message to it; one of the signals below follows.
    void start(const QByteArray &message);
    bool isPrimary() const { return m_primary; }

Q_SIGNALS:
    //! This is the first instance; messages from later ones arrive as messageReceived().
    void primary();
    //! Another instance runs and has received the message.
    void delivered();
    //! Neither: the lock cannot be taken or the running instance does not answer.
    void failed(const QString &message);
    //! (Primary) a later instance sent \a message.
    void messageReceived(const QByteArray &message);

private:
    void becomePrimary();
    void connectToPrimary();
    void acceptConnections();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_message;
    QTimer m_retry;
    int m_attempts = 0;
    bool m_primary = false;
};

} // namespace Relay::App
