#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 5, architect / engineer loop: the engineer subscribes to task-assigned and answers on
# task-done; the architect drives the loop, one task at a time, and marks the end with a signal
# that carries no payload (`publish`: "pipeline complete"). Neither sees the other's
# conversation: only task specs and patches cross, as pointers.
#
# The CLI's `subscribe` prints pointers only, not publish() signals, so in this flavour the
# engineer cannot act on "pipeline complete" itself: the architect checks that the signal
# reached the engineer's subscription (publish reports 1 subscriber), and the example then stops
# it. 5-architect-engineer.py shows the engineer's loop ending on the signal.
SCENARIO=architect-engineer
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
start_relay

# The engineer: agents/engineer.sh runs once per task pointer, in arrival order. (--exec splits
# its command like QProcess::splitCommand: quote with double quotes, not single ones.)
bg +engineer cr subscribe task-assigned --exec "bash \"$EXAMPLES_DIR/agents/engineer.sh\""
wait_until "the engineer subscribed" has_line "$WORK/engineer.err" 'Subscribed to'
say engineer "subscribed to task-assigned"

# The architect: push a task and block until its patch comes back (`task` is push-and-wait: it
# listens on task-done first and takes the result whose metadata names its task).
tasks=("add a bounded LRU cache in front of the store"
    "expose the cache hit rate in /stats"
    "document the cache options in the README")
for i in "${!tasks[@]}"; do
    step=$((i + 1))
    say architect "step $step: \"${tasks[i]}\""
    printf '%s\n\nKeep the public API unchanged.\n' "${tasks[i]}" >"$WORK/task.md"
    patch=$(cr task - --task-channel task-assigned --done-channel task-done --timeout 30 \
        <"$WORK/task.md" 2>"$WORK/task.err") || die "step $step: $(cat "$WORK/task.err")"
    # The review: the patch is for this task, and it is all there.
    [[ $(head -n1 <<<"$patch") == "PATCH for: ${tasks[i]}" ]] || die "step $step got: $(head -n1 <<<"$patch")"
    (($(wc -c <<<"$patch") > 4000)) || die "step $step: the patch is truncated."
    say architect "step $step: reviewed a $(wc -c <<<"$patch")-byte patch; accepted"
done

# The end of the pipeline is a signal, not a payload: nothing is stored, every subscriber of
# task-assigned gets {"message": …}. publish prints how many subscribers received it.
delivered=$(cr publish task-assigned '{"event": "pipeline complete", "steps": 3}')
((delivered == 1)) || die "\"pipeline complete\" reached $delivered subscribers, expected the engineer."
say architect "published \"pipeline complete\" on task-assigned: the engineer's subscription got it"
pass "3 tasks assigned, implemented and reviewed one at a time; the loop ended with \"pipeline complete\"."
