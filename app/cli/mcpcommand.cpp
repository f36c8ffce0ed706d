// SPDX-License-Identifier: MIT
#include "cli.h"

namespace Relay::Cli {

int mcp(QCoreApplication &, const QStringList &)
{
    printError(QStringLiteral("mcp: not implemented yet"));
    return Usage;
}

} // namespace Relay::Cli
