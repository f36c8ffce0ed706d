// SPDX-License-Identifier: MIT
#include "http/httpconnection.h"

#include "http/requesthandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "relay.http", QtWarningMsg)

namespace Relay {

namespace {
// Beyond this much unsent response data, stop reading requests until the client catches up:
// a pipelining client that never reads must not make us buffer without bound.
constexpr qint64 kWriteHighWater = 8 * 1024 * 1024;
constexpr qint64 kReadChunk = 1024 * 1024;
// After an error response the client may still be sending (a refused 26 MB body). Reading and
// dropping that for a moment lets it see our answer instead of a connection reset.
constexpr int kDrainMs = 1000;
constexpr qint64 kDrainMaxBytes = 64 * 1024 * 1024;
// Responses up to this size go out in one write together with their head.
constexpr qsizetype kCoalesceBytes = 16 * 1024;

int statusFor(RequestParser::Status status)
{
    switch (status) {
    case RequestParser::Status::BadMethod:
        return 501;
    case RequestParser::Status::HeadTooLarge:
        return 431;
    case RequestParser::Status::BodyTooLarge:
        return 413;
    default:
        return 400;
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler *handler, const Limits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits.parser)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_parser.setBodyLimitPolicy([handler](const HttpRequest &head) { return handler->bodyLimit(head); });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && !m_closing && m_socket->bytesToWrite() < kWriteHighWater / 2 &&
            m_socket->bytesAvailable() > m_peekedFed)
            process();
        else if (m_closeWhenIdle && isIdle())
            closeWhenIdle();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "socket error" << error;
    });
    armTimer();
    // Bytes may have arrived before this object connected to readyRead.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isIdle() const
{
    return m_parser.isIdle() && (!m_socket || m_socket->bytesToWrite() == 0);
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (m_socket && !m_closing && isIdle() && m_socket->bytesAvailable() == 0) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::armTimer()
{
    if (m_parser.isIdle()) {
        m_timer.start(m_limits.idleTimeoutMs);
        m_timingRequest = false;
    } else if (!m_timingRequest) {
        // Counted from the first byte of the request, not from the last one: a client that
        // trickles a byte at a time must not keep the connection forever.
        m_timer.start(m_limits.requestTimeoutMs);
        m_timingRequest = true;
    }
}

void HttpConnection::process()
{
    if (!m_socket || m_finished)
        return;
    if (m_draining) {
        const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
        m_drained += dropped;
        if (m_drained > kDrainMaxBytes)
            m_socket->abort();
        return;
    }
    if (m_closing || m_awaitingDurable)
        return;

    for (;;) {
        if (m_socket->bytesToWrite() > kWriteHighWater)
            break; // resumed from bytesWritten
        const qint64 available = m_socket->bytesAvailable();
        if (available <= m_peekedFed)
            break;

        // Until a head is complete its bytes stay in the socket: if it turns out to be a
        // WebSocket upgrade, QWebSocketServer must read it again from the start.
        const bool inHead = !m_parser.headComplete();
        const qint64 want = inHead ? qMin(available, m_peekedFed + m_limits.parser.maxHeadBytes + 4096)
                                   : qMin(available, kReadChunk);
        const QByteArray chunk = m_socket->peek(want);
        const auto step = m_parser.feed(chunk.constData() + m_peekedFed, chunk.size() - m_peekedFed);
        m_peekedFed += step.consumed;
        armTimer();

        switch (step.status) {
        case RequestParser::Status::Incomplete:
            if (m_parser.headComplete()) {
                m_socket->skip(m_peekedFed);
                m_peekedFed = 0;
            }
            if (step.consumed == 0)
                return; // nothing usable; wait for more
            continue;
        case RequestParser::Status::Complete: {
            HttpRequest request = m_parser.takeRequest();
            if (request.upgrade && m_handler->isWebSocketRequest(request)) {
                if (auto refusal = m_handler->checkUpgrade(request)) {
                    m_socket->skip(m_peekedFed);
                    m_peekedFed = 0;
                    refusal->closeConnection = true;
                    respond(*refusal, false);
                    return;
                }
                m_timer.stop();
                m_socket->disconnect(this);
                m_socket->setParent(nullptr);
                QTcpSocket *socket = m_socket;
                m_socket = nullptr;
                m_finished = true;
                Q_EMIT upgradeRequested(socket);
                Q_EMIT finished();
                return;
            }
            m_socket->skip(m_peekedFed);
            m_peekedFed = 0;
            armTimer();
            HttpResponse response = m_handler->handle(request);
            // [rfc9110] 9.3.2: the answer to HEAD is the head alone; its Content-Length still
            // says what GET would send.
            response.headOnly = request.method == "HEAD";
            if (response.awaitDurable && m_handler->hasPendingWrites()) {
                holdUntilDurable(std::move(response), request.keepAlive);
                return;
            }
            respond(response, request.keepAlive);
            if (m_closing)
                return;
            continue;
        }
        default:
            failAndClose(statusFor(step.status), m_parser.errorString());
            return;
        }
    }
    if (m_closeWhenIdle && isIdle())
        closeWhenIdle();
}

void HttpConnection::holdUntilDurable(HttpResponse response, bool keepAlive)
{
    m_awaitingDurable = true;
    m_handler->whenDurable(this, [this, response = std::move(response), keepAlive](bool ok) mutable {
        m_awaitingDurable = false;
        if (!m_socket || m_closing)
            return;
        if (!ok) {
            response = HttpResponse::error(
                500, QCoreApplication::translate(
                         "HttpConnection", "The relay could not write to its disk; nothing was stored."));
        }
        respond(response, keepAlive);
        // Requests pipelined behind this one are still in the socket. The store calls back from
        // its commit, never from inside this connection's process(), so going on here is safe and
        // spares a trip through the event loop per request.
        process();
    });
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    const bool keep = keepAlive && !response.closeConnection && !m_closeWhenIdle;
    QByteArray head = response.serializeHead(keep);
    if (response.headOnly) {
        m_socket->write(head);
    } else if (response.body.size() <= kCoalesceBytes) {
        head += response.body;
        m_socket->write(head);
    } else {
        m_socket->write(head);
        // QAbstractSocket keeps a reference to the shared body instead of copying it.
        m_socket->write(response.body);
    }
    if (!keep) {
        m_closing = true;
        m_timer.stop();
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::failAndClose(int status, const QString &message)
{
    m_handler->frontRejected(status, message);
    HttpResponse response = HttpResponse::error(status, message);
    response.closeConnection = true;
    const QByteArray head = response.serializeHead(false);
    m_socket->write(head + response.body);
    m_closing = true;
    m_draining = true;
    m_peekedFed = 0;
    m_socket->skip(m_socket->bytesAvailable());
    m_timer.stop();
    QTimer::singleShot(kDrainMs, this, [this] {
        if (m_socket)
            m_socket->disconnectFromHost();
    });
}

void HttpConnection::onRequestTimeout()
{
    if (!m_socket || m_closing)
        return;
    if (m_parser.isIdle()) {
        // An idle keep-alive connection: close quietly, there is nobody to answer.
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    failAndClose(408, QCoreApplication::translate("HttpConnection",
                                                  "The request did not arrive in full within %1 seconds.")
                          .arg(m_limits.requestTimeoutMs / 1000.0));
}

void HttpConnection::closeNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace Relay
