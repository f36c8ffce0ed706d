#!/bin/sh
# SPDX-License-Identifier: MIT
# A stand-in for an interactive coding agent (claude, aider, vibe, …) in a tmux pane, for
# scenario 3. It reads what the bridge pastes line by line: the task, then the bridge's request
# for an outcome block, ending with the line "(ContextRelay task <id>)". On that line it "works"
# and answers with the block the bridge waits for. Deterministic, so the orchestrator can check
# the result: the task's first line, and its length in bytes as a stand-in for real notes.
printf '%s\n' 'stand-in coding agent ready'
task=''
while IFS= read -r line; do
    case $line in
    *'(ContextRelay task '*)
        printf 'working on: %s\n' "$task"
        printf '%s\n' '=== CC_OUTCOME_START ===' \
            "COMPLETED: - $task" \
            'NOT_DONE: none' \
            "NOTES: the task's first line has $(printf '%s' "$task" | wc -c) bytes" \
            '=== CC_OUTCOME_END ==='
        task=''
        ;;
    *)
        if [ -z "$task" ] && [ -n "$line" ]; then task=$line; fi
        ;;
    esac
done
