// SPDX-License-Identifier: MIT
#include "cli.h"

namespace Relay::Cli {

int bridge(QCoreApplication &, const QStringList &)
{
    printError(QStringLiteral("bridge: not implemented yet"));
    return Usage;
}

int task(QCoreApplication &, const QStringList &)
{
    printError(QStringLiteral("task: not implemented yet"));
    return Usage;
}

} // namespace Relay::Cli
