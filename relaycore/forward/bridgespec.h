// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

namespace Relay {

enum class BridgeDirection : quint8
{
    Out,  //!< local pushes are re-pushed to the remote channel
    In,   //!< remote pointers are pulled and re-pushed locally
    Both, //!< both, never sending a payload back over the bridge it came through
};

//! "out", "in", "both": the command line's and the settings file's spelling.
QString bridgeDirectionName(BridgeDirection direction);
std::optional<BridgeDirection> parseBridgeDirection(const QString &name);

/*! A link between a channel of this relay and a channel of a remote relay profile. */
struct BridgeSpec
{
    //! Stable across restarts: the durable queue and the resume point are kept under it.
    QString id;
    QString localChannel;
    QString profile;
    QString remoteChannel;
    BridgeDirection direction = BridgeDirection::Out;

    bool sendsOut() const { return direction != BridgeDirection::In; }
    bool receivesIn() const { return direction != BridgeDirection::Out; }
    //! "team → cloud:team" (with ← or ↔ for the other directions).
    QString label() const;

    friend bool operator==(const BridgeSpec &, const BridgeSpec &) = default;
};

/*! A bridge as the relay thread runs it: the profile resolved to a URL and (once the keychain
 *  has answered) its API key. The key lives in memory only. */
struct ResolvedBridge
{
    BridgeSpec spec;
    QUrl remoteUrl;
    QString apiKey;
    //! False until the keychain answered: items are queued but nothing is sent yet.
    bool keyResolved = false;
    //! Why there is no key although one may be needed (e.g. no keychain service), or empty.
    QString keyProblem;

    friend bool operator==(const ResolvedBridge &, const ResolvedBridge &) = default;
};

/*! How a bridge is doing, for the inspector and the headless log. Plain values. */
struct BridgeStatus
{
    enum class State : quint8
    {
        Starting,  //!< waiting for its key or its first connection
        Connected, //!< the remote answers; nothing is held back
        Retrying,  //!< the remote is unreachable; retrying with backoff
        Refused,   //!< the remote refuses (401, 402, 403): retrying slowly, the user must act
    };

    BridgeSpec spec;
    State state = State::Starting;
    //! Payloads waiting to go out, and their bytes.
    int queued = 0;
    qint64 queuedBytes = 0;
    //! Payloads the remote refused for good (413, 400): kept out of the queue so later ones flow.
    int undeliverable = 0;
    qint64 delivered = 0;
    qint64 received = 0;
    //! The most recent problem, in words; empty when there was none since the last success.
    QString lastError;
    qint64 lastErrorMs = 0;
    //! Why the most recent undeliverable payload was refused; stays until the next one is.
    QString lastUndeliverable;
    //! Milliseconds until the next attempt while Retrying/Refused, else 0.
    int retryInMs = 0;

    friend bool operator==(const BridgeStatus &, const BridgeStatus &) = default;
};

QString bridgeStateName(BridgeStatus::State state);
//! One line for the headless log and tool tips: "team → cloud:team: connected, 0 queued".
QString describeBridgeStatus(const BridgeStatus &status);

} // namespace Relay

Q_DECLARE_METATYPE(Relay::BridgeStatus)
Q_DECLARE_METATYPE(QList<Relay::BridgeStatus>)
