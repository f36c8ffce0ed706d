#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 5, architect / engineer loop: the engineer subscribes to task-assigned and answers on
# task-done; the architect drives the loop, one task at a time, and marks the end with a signal
# that carries no payload (`publish`: "pipeline complete"), on which the engineer's loop stops.
# Neither sees the other's conversation: only task specs and patches cross, as pointers.
SCENARIO=architect-engineer
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
start_relay

# The engineer: `subscribe --signals` prints a line per event on task-assigned, a pointer URL for
# a task, a line of compact JSON for a published signal. The engineer's loop reads them in order
# from a FIFO: agents/engineer.sh implements each task; "pipeline complete" ends the loop, which
# notes how many tasks it did. (The subscription stays a process of its own, stopped on exit.)
engineer() {
    local line implemented=0
    while IFS= read -r line; do
        case $line in
        '{'*'"event":"pipeline complete"'*)
            say engineer "stopped on \"pipeline complete\" after $implemented tasks"
            echo "$implemented" >"$WORK/engineer.tasks"
            return
            ;;
        '{'*) ;; # another signal: not for the engineer
        *)
            bash "$EXAMPLES_DIR/agents/engineer.sh" "$line"
            implemented=$((implemented + 1))
            ;;
        esac
    done <"$WORK/inbox.out"
    die "the engineer's subscription ended before \"pipeline complete\": $(cat "$WORK/inbox.err")"
}
mkfifo "$WORK/inbox.out"
bg inbox cr subscribe task-assigned --signals
engineer &
engineer_pid=$!
BG_PIDS+=("$engineer_pid")
wait_until "the engineer subscribed" has_line "$WORK/inbox.err" 'Subscribed to'
say engineer "subscribed to task-assigned, signals included"

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
say architect "publishes \"pipeline complete\" on task-assigned"
delivered=$(cr publish task-assigned '{"event": "pipeline complete", "steps": 3}')
((delivered == 1)) || die "\"pipeline complete\" reached $delivered subscribers, expected the engineer."
wait_until "the engineer's loop ends on \"pipeline complete\"" test -s "$WORK/engineer.tasks"
wait "$engineer_pid" || die "the engineer failed."
(($(<"$WORK/engineer.tasks") == ${#tasks[@]})) ||
    die "the engineer did $(<"$WORK/engineer.tasks") tasks, expected ${#tasks[@]}."
pass "3 tasks assigned, implemented and reviewed one at a time; the engineer's loop ended on \"pipeline complete\"."
