// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <expected>
#include <functional>

class QObject;

namespace Relay::App {

/*! A terminal pane with an agent in it: what AgentBridge needs, and all it needs, to hand the
 *  agent a task and read its answer. TmuxPane is the real one; tests use a fake. Both calls
 *  return at once and report through \a done, which runs only while \a context is alive. */
class PaneDriver
{
public:
    virtual ~PaneDriver() = default;

    //! Types \a text into the pane as one paste and submits it (Enter).
    virtual void paste(const QString &text, QObject *context,
                       std::function<void(std::expected<void, QString>)> done) = 0;
    //! The pane's recent text: the visible screen and some history above it.
    virtual void capture(QObject *context, std::function<void(std::expected<QString, QString>)> done) = 0;
    //! How to name the pane in a log line.
    virtual QString name() const = 0;
};

} // namespace Relay::App
