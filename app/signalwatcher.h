// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace Relay::App {

/*! Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so shutdown runs in the
 *  event loop instead of inside a signal handler. */
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);
};

} // namespace Relay::App
