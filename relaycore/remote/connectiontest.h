// SPDX-License-Identifier: MIT
#pragma once

#include "client/relayclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Relay {

class RelaySubscription;

//! One step of a ConnectionTest and how it went, in words.
struct ConnectionStep
{
    QString name;
    bool ok = false;
    //! "ok (12 ms)", "unreachable: …", "401: the API key is invalid or missing", "not run", …
    QString message;
    qint64 latencyMs = -1;
    //! False for the steps after a failed one.
    bool ran = true;
    //! Why it failed (when it ran and failed), for callers that map failures to exit codes.
    ClientError::Kind errorKind = ClientError::Kind::BadResponse;
    //! The remote's HTTP status when it answered with an error, else 0.
    int httpStatus = 0;
};

/*! Checks a remote relay step by step: health (GET / answers 200 "ContextRelay API is running."),
 *  auth (a request that needs a key), round trip (push a small text with metadata to a fresh
 *  channel, pull it back and compare, peek and compare metadata, then delete it — a relay without
 *  DELETE is fine), WebSocket (subscribe to a fresh channel, push, the pointer arrives within 5 s).
 *  Stops at the first failed step, the later ones reported as not run. */
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(const QUrl &server, const QString &apiKey, QObject *parent = nullptr);
    ~ConnectionTest() override;

    //! Per-request limit (default 10 s); the WebSocket pointer always has 5 s.
    void setTimeout(int ms);
    void start();

    //! The step names, in the order they run.
    static QStringList stepNames();

Q_SIGNALS:
    void stepFinished(const Relay::ConnectionStep &step);
    void finished(bool ok, const QList<Relay::ConnectionStep> &steps);

private:
    void runHealth();
    void runAuth();
    void runRoundTrip();
    void runWebSocket();
    void websocketPushed(const QString &url);
    void websocketPointer(const QString &url);
    void pass(qint64 latencyMs);
    void fail(const QString &message, ClientError::Kind kind, int httpStatus = 0);
    void failWith(const ClientError &error);
    void next();
    void finish();
    QString currentName() const;

    QUrl m_server;
    RelayClient *m_client;
    QNetworkAccessManager *m_network;
    RelaySubscription *m_subscription = nullptr;
    int m_timeoutMs = 10000;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QList<ConnectionStep> m_steps;
    bool m_started = false;
    bool m_stepDone = false;
    // The WebSocket step: what was pushed, and what arrived (the pointer may come before the
    // push's own answer does).
    QString m_pushedUrl;
    QSet<QString> m_arrived;
};

} // namespace Relay
