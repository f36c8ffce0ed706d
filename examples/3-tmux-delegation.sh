#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 3, delegation to a coding agent in a terminal: the orchestrator pushes a task and
# blocks until the result arrives (`task`: push-and-wait); `bridge` pastes the task into the
# tmux pane running the agent, waits for the outcome markers and pushes the result back.
# The agent here is a stand-in script (agents/coding-agent.sh); any interactive CLI agent works.
SCENARIO=tmux-delegation
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
command -v tmux >/dev/null || die "tmux is not installed (scripts/setup.sh installs it)."
start_relay

# A tmux server of our own (socket in $WORK, none of your tmux configuration), not the one you
# may be running this from.
unset TMUX TMUX_PANE
export TMUX_TMPDIR=$WORK
TMUX_SOCKET=contextrelay-example-$$
tmux -L "$TMUX_SOCKET" -f /dev/null new-session -d -s agent -x 160 -y 50 \
    "sh '$EXAMPLES_DIR/agents/coding-agent.sh'"
pane_shows() { tmux -L "$TMUX_SOCKET" capture-pane -p -t agent | grep -q -- "$1"; }
wait_until "the agent is up in its pane" pane_shows 'stand-in coding agent ready'
say agent "running in tmux session \"agent\" (socket $TMUX_SOCKET)"

# The bridge, next to the agent. It logs each step on stderr, "Listening for tasks …" first.
bg bridge cr bridge --tmux agent --tmux-socket "$TMUX_SOCKET" --poll-ms 100
wait_until "the bridge listens on agent-tasks" has_line "$WORK/bridge.err" 'Listening for tasks'
say bridge "listening on \"agent-tasks\", results to \"agent-done\""

# What the stand-in agent answers for a task whose first line is $1.
expected_outcome() {
    printf "COMPLETED: - %s\nNOT_DONE: none\nNOTES: the task's first line has %d bytes" \
        "$1" "$(printf '%s' "$1" | wc -c)"
}

# The orchestrator. `task` subscribes to agent-done before it pushes (so even an instant answer
# is heard) and takes only the result whose metadata names its own task.
first="add a --verbose flag to the CLI and a test for it"
say orchestrator "task 1: \"$first\" (blocks until the result is back)"
result=$(cr task "$first" --timeout 60 2>"$WORK/task.err") || die "task 1: $(cat "$WORK/task.err")"
[[ $result == "$(expected_outcome "$first")" ]] || die "task 1 came back as: $result"
say orchestrator "result 1: $(head -n1 <<<"$result")"

# A multi-line task from standard input: the bridge pastes it as one message.
second=$'review this diff and fix what breaks\n--- a/parser.cpp\n+++ b/parser.cpp\n'
second+=$'@@ -1 +1 @@\n-int x;\n+long x;'
say orchestrator "task 2: a $(wc -l <<<"$second")-line diff from standard input"
result=$(cr task - --timeout 60 <<<"$second" 2>"$WORK/task.err") || die "task 2: $(cat "$WORK/task.err")"
[[ $result == "$(expected_outcome "${second%%$'\n'*}")" ]] || die "task 2 came back as: $result"
say orchestrator "result 2: $(head -n1 <<<"$result")"

say bridge "its log:"
sed 's/^/             /' "$WORK/bridge.err"
pass "the orchestrator got both results from the agent in the tmux pane, through the bridge."
