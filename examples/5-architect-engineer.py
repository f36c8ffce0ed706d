#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Scenario 5, architect / engineer loop, over the wire: the engineer subscribes
to task-assigned and answers on task-done; the architect drives the loop, one
task at a time, and ends it with a signal that carries no payload (publish:
"pipeline complete"), on which the engineer's loop stops. Neither sees the
other's conversation: only task specs and patches cross, as pointers."""

import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import check, gen_text, run, say  # noqa: E402

TASKS = ["add a bounded LRU cache in front of the store",
         "expose the cache hit rate in /stats",
         "document the cache options in the README"]
COMPLETE = {"event": "pipeline complete", "steps": len(TASKS)}


def engineer(relay, inbox):
    """Takes tasks as they are assigned until the architect signals the end. Its own notes stay
    here; the architect only ever sees the patch. Returns how many tasks it did and why it stopped."""
    done = 0
    while True:
        message = inbox.next()
        if "message" in message:  # a publish() signal, not a task
            signal = message["message"]
            if isinstance(signal, dict) and signal.get("event") == "pipeline complete":
                return done, signal["event"]
            continue
        task = relay.pull(message["url"])
        title = task["data"].split("\n", 1)[0]
        patch = f"PATCH for: {title}\n\n" + gen_text(len(title), 4000)
        relay.push(patch, channel="task-done", metadata={
            "task_id": message["url"].rsplit("/", 1)[1], "status": "done", "summary": f"patch for: {title}"})
        done += 1
        say("engineer", f"pulled {title!r}; pushed a 4 KB patch to task-done")


def assign_and_wait(relay, results, step, title):
    """The architect's push-and-wait: it listens on task-done (`results`) before it pushes, and
    takes the patch whose metadata names this task."""
    task = relay.push(f"{title}\n\nKeep the public API unchanged.\n", channel="task-assigned",
                      metadata={"step": step, "summary": title})
    while True:
        message = results.next()
        if "url" in message and relay.peek(message["url"]).get("task_id") == task["id"]:
            return relay.pull(message["url"])["data"]


def main(example):
    relay = example.client
    # Both subscriptions are live once subscribe() returns, before anything is pushed. (The pool is
    # entered first, so on a failure they close before it waits for the engineer, which stops.)
    with ThreadPoolExecutor(1) as pool, relay.subscribe("task-assigned") as inbox, \
            relay.subscribe("task-done") as results:
        agent = pool.submit(engineer, relay, inbox)
        say("engineer", "subscribed to task-assigned")
        for step, title in enumerate(TASKS, 1):
            say("architect", f"step {step}: {title!r}")
            patch = assign_and_wait(relay, results, step, title)
            # The review: the patch is for this task, and it is all there.
            check(patch.startswith(f"PATCH for: {title}\n"), f"step {step} got: {patch.splitlines()[0]!r}")
            check(len(patch) > 4000, f"step {step}: the patch is truncated")
            say("architect", f"step {step}: reviewed a {len(patch)}-byte patch; accepted")

        # The end is a signal, not a payload: nothing is stored, every subscriber gets {"message"}.
        delivered = relay.publish("task-assigned", COMPLETE)
        check(delivered == 1, f"'pipeline complete' reached {delivered} subscribers, expected the engineer")
        say("architect", "published 'pipeline complete' on task-assigned")
        tasks_done, reason = agent.result(timeout=30)

    check(tasks_done == len(TASKS), f"the engineer did {tasks_done} tasks, expected {len(TASKS)}")
    say("engineer", f"stopped on {reason!r} after {tasks_done} tasks")
    return (f"{tasks_done} tasks assigned, implemented and reviewed one at a time; "
            f"the engineer's loop ended on {reason!r}.")


if __name__ == "__main__":
    run("architect-engineer", main)
