// SPDX-License-Identifier: MIT
// GUI responsiveness under load: the inspector open on a relay that takes a steady stream of
// pushes (default 2,000/s from a separate thread over loopback HTTP), while a 5 ms timer in the
// GUI thread measures how late it fires. Prints p50/p99/max lateness and the pushes done.
//
//   relay-bench-gui-latency [--rate 2000] [--seconds 10]   (QT_QPA_PLATFORM=offscreen works)
#include "inspectorwindow.h"
#include "relay/relayhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sodium.h>

namespace {

//! Paces POST /push requests on one keep-alive connection from its own thread.
class Pusher final : public QObject
{
public:
    Pusher(quint16 port, int rate, std::atomic<qint64> *done)
        : m_port(port)
        , m_rate(rate)
        , m_done(done)
    {}

    void start()
    {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket->readAll();
            // Count complete responses (each ends its small JSON body with "}").
            qsizetype at = 0;
            while ((at = m_buffer.indexOf("HTTP/1.1 200", at)) >= 0) {
                ++*m_done;
                at += 12;
            }
            m_buffer = m_buffer.right(16);
        });
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        const QByteArray body =
            R"({"data":")" + QByteArray(1000, 'x') + R"(","channel":"load","metadata":{"n":1}})";
        m_request =
            "POST /push HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n\r\n" + body;
        m_clock.start();
        auto *tick = new QTimer(this);
        tick->setTimerType(Qt::PreciseTimer);
        connect(tick, &QTimer::timeout, this, [this] {
            // Catch up to the target count for the time elapsed: a steady rate, not bursts per tick.
            const qint64 due = m_clock.elapsed() * m_rate / 1000;
            while (m_sent < due && m_socket->bytesToWrite() < 4 * 1024 * 1024) {
                m_socket->write(m_request);
                ++m_sent;
            }
        });
        tick->start(1);
    }

private:
    quint16 m_port;
    int m_rate;
    std::atomic<qint64> *m_done;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
};

//! Resident memory of this process (relay and GUI together), in MiB.
double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rate"), QStringLiteral("pushes per second"), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("s"), QStringLiteral("10")});
    parser.process(app);
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    Relay::RelayConfig config;
    config.port = 0;
    config.ephemeral = true;
    config.listenAddresses = {QHostAddress(QHostAddress::LocalHost)};
    Relay::RelayHost host(config);
    Relay::Ui::InspectorWindow window(&host);
    window.show();

    std::atomic<qint64> done{0};
    QThread loadThread;
    std::vector<double> lateness;
    QElapsedTimer wall;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    constexpr int kProbeMs = 5;
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = wall.nsecsElapsed();
        if (last > 0)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - kProbeMs));
        last = now;
        if (now > qint64(seconds) * 1000000000LL) {
            probe.stop();
            loadThread.quit();
            loadThread.wait(); // the bench's own end; the GUI is no longer measured
            std::printf("GUI_LATENCY rate=%d seconds=%d pushes=%lld p50_ms=%.3f p99_ms=%.3f max_ms=%.3f "
                        "rss_mib=%.1f\n",
                        rate, seconds, static_cast<long long>(done.load()), percentile(lateness, 0.5),
                        percentile(lateness, 0.99),
                        lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
                        rssMiB());
            std::fflush(stdout);
            host.stop();
        }
    });
    QObject::connect(&host, &Relay::RelayHost::stopped, &app, [] { QCoreApplication::quit(); });
    QObject::connect(&host, &Relay::RelayHost::started, &app, [&](const QString &, quint16 port) {
        auto *pusher = new Pusher(port, rate, &done);
        pusher->moveToThread(&loadThread);
        QObject::connect(&loadThread, &QThread::finished, pusher, &QObject::deleteLater);
        loadThread.start();
        QMetaObject::invokeMethod(pusher, [pusher] { pusher->start(); });
        wall.start();
        probe.start(kProbeMs);
    });
    host.start();
    return app.exec();
}
