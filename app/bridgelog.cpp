// SPDX-License-Identifier: MIT
#include "bridgelog.h"

#include <QCoreApplication>
#include <QSet>
#include <cstdio>

namespace Relay::App {

BridgeLog::BridgeLog(QObject *parent)
    : QObject(parent)
{}

BridgeLog::~BridgeLog() = default;

void BridgeLog::report(const QList<BridgeStatus> &statuses)
{
    QSet<QString> present;
    for (const BridgeStatus &s : statuses) {
        present.insert(s.spec.id);
        BridgeStatus steady = s;
        steady.retryInMs = 0; // the countdown alone is no news
        const QString key = describeBridgeStatus(steady);
        if (m_last.value(s.spec.id) == key)
            continue;
        m_last.insert(s.spec.id, key);
        std::fprintf(stderr, "contextrelay-desktop: %s\n",
                     QCoreApplication::translate("BridgeLog", "bridge %1: %2")
                         .arg(s.spec.id, describeBridgeStatus(s))
                         .toUtf8()
                         .constData());
    }
    for (auto it = m_last.begin(); it != m_last.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        std::fprintf(
            stderr, "contextrelay-desktop: %s\n",
            QCoreApplication::translate("BridgeLog", "bridge %1 removed").arg(it.key()).toUtf8().constData());
        it = m_last.erase(it);
    }
    std::fflush(stderr);
}

} // namespace Relay::App
