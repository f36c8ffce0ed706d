#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Scenario 2, fan-in, over the wire: three researcher agents push sections to one
channel in parallel; a synthesis agent, subscribed beforehand, assembles the
report as each pointer arrives: it peeks for the section's name, then pulls."""

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import check, gen_text, run, say  # noqa: E402

CHANNEL = "research"
RESEARCHERS = [("ada", "Background", 12000, 11), ("grace", "Method", 20000, 22),
               ("alan", "Results", 6000, 33)]


def researcher(relay, start, who, section, size, seed):
    """Writes a section and pushes it to the channel with its name in the metadata."""
    text = gen_text(seed, size)
    start.wait()  # all three push at once: the arrival order is up to the race
    relay.push(text, channel=CHANNEL, metadata={"section": section, "researcher": who, "bytes": size})
    return section, text


def synthesis(relay, inbox):
    """The synthesis agent: takes each pointer as it comes, peeks for the section name and only
    then pulls the body into the report. Returns the report and the order it saw."""
    report, order = [], []
    while len(order) < len(RESEARCHERS):
        message = inbox.next()
        if "url" not in message:
            continue  # a publish() signal: not a section
        section = relay.peek(message["url"])["section"]
        report.append(f"### {section}\n\n{relay.pull(message['url'])['data']}\n")
        order.append(section)
        say("synthesis", f"pointer {len(order)}: peeked {section!r}, pulled it, "
                         f"report: {len(''.join(report))} bytes")
    return "".join(report), order


def main(example):
    relay = example.client
    # Subscribed beforehand: the synthesis agent's inbox, and a witness (what the tray's inspector
    # would see) recording the order in which the relay announces the pointers. Each is live once
    # subscribe() returns (the relay has answered the WebSocket upgrade).
    # (The pool is entered first, so on a failure the subscriptions close before it waits for the
    # agent, which then stops waiting too.)
    with ThreadPoolExecutor(len(RESEARCHERS) + 1) as pool, relay.subscribe(CHANNEL) as inbox, \
            relay.subscribe(CHANNEL) as witness:
        agent = pool.submit(synthesis, relay, inbox)
        say("synthesis", f"subscribed to {CHANNEL!r}; waiting for three sections")
        start = threading.Barrier(len(RESEARCHERS))
        pushes = [pool.submit(researcher, relay, start, *r) for r in RESEARCHERS]
        sections = dict(p.result() for p in pushes)
        say("research", f"three sections pushed in parallel to {CHANNEL!r}")
        report, order = agent.result()
        announced = [witness.next() for _ in RESEARCHERS]

    announced_order = [relay.peek(m["url"])["section"] for m in announced]
    check([m["ts"] for m in announced] == sorted(m["ts"] for m in announced),
          f"pointers announced out of time order: {announced}")
    check(order == announced_order,
          f"the synthesis agent assembled {order}, the relay announced {announced_order}")
    expected = "".join(f"### {s}\n\n{sections[s]}\n" for s in announced_order)
    check(report == expected, "the report is not every section, byte for byte, in arrival order")
    return f"report assembled from 3 sections in arrival order: {' '.join(order)} ({len(report)} bytes)."


if __name__ == "__main__":
    run("fan-in", main)
