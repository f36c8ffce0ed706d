#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Scenario 3, delegation to a coding agent in a terminal, with the orchestrator
over the wire: it pushes a task and blocks until the result arrives
(push-and-wait). The other end is necessarily the CLI: `contextrelay-desktop
bridge` pastes the task into the tmux pane running the agent (a stand-in
script, agents/coding-agent.sh), waits for the outcome markers and pushes the
result back with the task's id in its metadata."""

import os
import shutil
import subprocess
import sys
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Failure, check, find_binary, run, say, wait_until  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS, DONE = "agent-tasks", "agent-done"  # the bridge's default channels


def delegate(relay, text, timeout=60):
    """Push-and-wait: subscribe to the done channel first (so even an instant answer is heard),
    push the task, then take the first result whose metadata names this task (other
    orchestrators may share the bridge and the done channel)."""
    with relay.subscribe(DONE) as done:
        task = relay.push(text, channel=TASKS, metadata={"summary": text[:80]})
        while True:
            message = done.next(timeout)
            if "url" not in message:
                continue
            meta = relay.peek(message["url"])
            if meta.get("task_id") == task["id"]:
                check(meta.get("task_url") == task["url"], f"the result names another task URL: {meta}")
                check(meta.get("status") == "done", f"the bridge reports {meta.get('status')!r}: {meta}")
                return relay.pull(message["url"])["data"]


def expected_outcome(task):
    """What the stand-in agent answers: the task's first line and its length."""
    first = task.split("\n", 1)[0]
    return (f"COMPLETED: - {first}\nNOT_DONE: none\n"
            f"NOTES: the task's first line has {len(first.encode())} bytes")


def main(example):
    check(shutil.which("tmux"), "tmux is not installed (scripts/setup.sh installs it)")
    # A tmux server of our own (socket in the temp folder, none of your tmux configuration).
    env = example.env
    env.pop("TMUX", None)
    env.pop("TMUX_PANE", None)
    env["TMUX_TMPDIR"] = example.dir
    socket = "contextrelay-example-" + uuid.uuid4().hex[:8]
    tmux = ["tmux", "-L", socket]
    subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-s", "agent", "-x", "160", "-y", "50",
                           f"sh '{HERE}/agents/coding-agent.sh'"], env=env, check=True, timeout=30)
    example.cleanups.append(lambda: subprocess.run(tmux + ["kill-server"], env=env, timeout=30,
                                                   stderr=subprocess.DEVNULL))
    wait_until("the agent is up in its pane", lambda: "stand-in coding agent ready" in subprocess.run(
        tmux + ["capture-pane", "-p", "-t", "agent"], env=env, capture_output=True, text=True).stdout)
    say("agent", f"running in tmux session 'agent' (socket {socket})")

    # The bridge, next to the agent; it logs each step on stderr, "Listening for tasks …" first.
    bridge = example.start("bridge", [find_binary(), "bridge", "--server", example.url, "--tmux", "agent",
                                      "--tmux-socket", socket, "--poll-ms", "100"])

    def listening():
        if bridge.poll() is not None:
            raise Failure("the bridge exited:\n" + example.text("bridge.err"))
        return "Listening for tasks" in example.text("bridge.err")
    wait_until("the bridge listens on agent-tasks", listening)
    say("bridge", f"listening on {TASKS!r}, results to {DONE!r}")

    tasks = ["add a --verbose flag to the CLI and a test for it",
             "review this diff and fix what breaks\n--- a/parser.cpp\n+++ b/parser.cpp\n"
             "@@ -1 +1 @@\n-int x;\n+long x;"]
    for n, text in enumerate(tasks, 1):
        say("orchestrator", f"task {n}: {text.splitlines()[0]!r} ({len(text.splitlines())} line(s)); waiting")
        result = delegate(example.client, text)
        check(result == expected_outcome(text), f"task {n} came back as: {result!r}")
        say("orchestrator", f"result {n}: {result.splitlines()[0]}")
    return "the orchestrator got both results from the agent in the tmux pane, through the bridge."


if __name__ == "__main__":
    run("tmux-delegation", main)
