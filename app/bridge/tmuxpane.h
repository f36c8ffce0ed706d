// SPDX-License-Identifier: MIT
#pragma once

#include "bridge/panedriver.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

namespace Relay::App {

/*! A tmux pane, driven through the tmux command line (asynchronous QProcess, never waited for). */
class TmuxPane final : public QObject, public PaneDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TmuxPane)

public:
    /*! \a target is a tmux target pane ("agent", "agent:0.1", "%3"); \a socketName, if not empty,
     *  selects a tmux server by socket name (tmux -L). */
    explicit TmuxPane(const QString &target, const QString &socketName = QString(),
                      QObject *parent = nullptr);
    ~TmuxPane() override;

    //! How many lines of history above the screen capture() includes (default 2000).
    void setHistoryLines(int lines) { m_historyLines = lines; }
    //! Pause between the paste and the Enter that submits it (default 300 ms); see paste().
    void setSubmitDelay(int ms) { m_submitDelayMs = ms; }

    void paste(const QString &text, QObject *context,
               std::function<void(std::expected<void, QString>)> done) override;
    void capture(QObject *context, std::function<void(std::expected<QString, QString>)> done) override;
    QString name() const override;

private:
    //! Runs tmux with \a arguments, writing \a input to its standard input; \a done gets its
    //! standard output, or a sentence saying why it failed.
    void run(const QStringList &arguments, const QByteArray &input, QObject *context,
             std::function<void(std::expected<QByteArray, QString>)> done);

    QString m_target;
    QString m_socketName;
    QString m_bufferName;
    int m_historyLines = 2000;
    int m_submitDelayMs = 300;
};

} // namespace Relay::App
