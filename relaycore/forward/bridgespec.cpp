// SPDX-License-Identifier: MIT
#include "forward/bridgespec.h"

#include <QCoreApplication>

namespace Relay {

QString bridgeDirectionName(BridgeDirection direction)
{
    switch (direction) {
    case BridgeDirection::Out:
        return QStringLiteral("out");
    case BridgeDirection::In:
        return QStringLiteral("in");
    case BridgeDirection::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("out");
}

std::optional<BridgeDirection> parseBridgeDirection(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("out"))
        return BridgeDirection::Out;
    if (n == QLatin1String("in"))
        return BridgeDirection::In;
    if (n == QLatin1String("both"))
        return BridgeDirection::Both;
    return std::nullopt;
}

QString BridgeSpec::label() const
{
    const QChar arrow = direction == BridgeDirection::Out  ? QChar(0x2192)
                        : direction == BridgeDirection::In ? QChar(0x2190)
                                                           : QChar(0x2194);
    return localChannel + QLatin1Char(' ') + arrow + QLatin1Char(' ') + profile + QLatin1Char(':') +
           remoteChannel;
}

QString bridgeStateName(BridgeStatus::State state)
{
    switch (state) {
    case BridgeStatus::State::Starting:
        return QCoreApplication::translate("Bridge", "starting");
    case BridgeStatus::State::Connected:
        return QCoreApplication::translate("Bridge", "connected");
    case BridgeStatus::State::Retrying:
        return QCoreApplication::translate("Bridge", "remote unreachable");
    case BridgeStatus::State::Refused:
        return QCoreApplication::translate("Bridge", "refused by remote");
    }
    return QString();
}

QString describeBridgeStatus(const BridgeStatus &status)
{
    QString text = status.spec.label() + QStringLiteral(": ") + bridgeStateName(status.state) +
                   QStringLiteral(", ") +
                   QCoreApplication::translate("Bridge", "%n queued", nullptr, status.queued);
    if (status.undeliverable > 0) {
        text += QStringLiteral(", ") +
                QCoreApplication::translate("Bridge", "%n undeliverable", nullptr, status.undeliverable);
        if (!status.lastUndeliverable.isEmpty())
            text += QStringLiteral(" [") + status.lastUndeliverable + QLatin1Char(']');
    }
    if (!status.lastError.isEmpty())
        text += QStringLiteral(" (") + status.lastError + QLatin1Char(')');
    if (status.retryInMs > 0)
        text += QStringLiteral("; ") + QCoreApplication::translate("Bridge", "next attempt in %1 s")
                                           .arg((status.retryInMs + 999) / 1000);
    return text;
}

} // namespace Relay
