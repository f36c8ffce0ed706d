// SPDX-License-Identifier: MIT
#include "signalwatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Relay::App {

namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const unsigned char s = static_cast<unsigned char>(signal);
    // write() is async-signal-safe; nothing else happens in the handler.
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &s, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char s = 0;
        while (::read(g_pipe[0], &s, 1) == 1)
            Q_EMIT terminationRequested(int(s));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

} // namespace Relay::App
