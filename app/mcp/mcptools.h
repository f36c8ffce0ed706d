// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>

/*! The MCP tool catalogue: what the model reads about each tool. The names and argument names are
 *  upstream's (cmhashim/ContextRelay python/contextrelay/mcp.py) so prompts carry over;
 *  McpServer implements them. */
namespace Relay::App::McpTools {

inline constexpr QLatin1String PushContext("push_context");
inline constexpr QLatin1String PeekContext("peek_context");
inline constexpr QLatin1String PullContext("pull_context");
inline constexpr QLatin1String WaitForContext("wait_for_context");
inline constexpr QLatin1String PublishSignal("publish_signal");

//! The longest wait_for_context timeout, in seconds.
inline constexpr double MaxWaitSeconds = 86400;

//! Every tool's name.
QStringList names();
//! The "tools" array of a tools/list result: name, title, description, inputSchema, annotations.
QJsonArray list();
//! The "instructions" of the initialize result: when to use which tool.
QString instructions();

} // namespace Relay::App::McpTools
