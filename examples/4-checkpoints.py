#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Scenario 4, context checkpoints, over the wire: a pipeline step ("extract")
stores its ~80 KB intermediate result with metadata (step, rows, sha256); the
next step ("transform"), subscribed to the channel, peeks at the metadata and
pulls only when there is something to transform. Checkpoints are
burn-after-reading (max_reads 1): each is meant for one next step."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import check, run, say, sha256  # noqa: E402

CHANNEL = "checkpoints"


def extract(relay, day, rows):
    """Step 1: a day's orders as CSV (deterministic; 1300 rows are 80 KB), stored as a checkpoint."""
    lines, x = ["order_id,customer,amount_cents,status,placed_at"], rows
    for i in range(1, rows + 1):
        x = (x * 75 + 74) % 65537
        lines.append(f"{i:08d},customer-{x % 5000:05d},{x * 7 % 100000:9d},"
                     f"{'shipped' if x % 3 else 'pending'},"
                     f"2026-03-02T{(i - 1) * 24 // rows:02d}:{x % 60:02d}:{i % 60:02d}Z")
    csv = "\n".join(lines) + "\n"
    meta = {"step": "extract", "day": day, "rows": rows, "bytes": len(csv), "sha256": sha256(csv)}
    return relay.push(csv, channel=CHANNEL, metadata=meta, max_reads=1)["url"]


def transform(relay, url):
    """Step 2: decides from the metadata alone whether the checkpoint is worth downloading."""
    meta = relay.peek(url)
    check(meta.get("step") == "extract", f"unexpected checkpoint: {meta}")
    if meta["rows"] == 0:
        say("transform", f"peeked {meta['day']}: 0 rows, nothing to do; not pulling it")
        return
    csv = relay.pull(url)["data"]
    check(sha256(csv) == meta["sha256"], "checkpoint corrupted")
    rows = csv.splitlines()[1:]
    check(len(rows) == meta["rows"], f"the checkpoint does not hold {meta['rows']} rows")
    total = sum(int(row.split(",")[2]) for row in rows)
    say("transform", f"peeked {meta['day']}: {len(rows)} rows; pulled {len(csv)} bytes, total {total} cents")


def main(example):
    relay = example.client
    checkpoint = {}
    # Step 2 listens before step 1 runs: live once subscribe() returns.
    with relay.subscribe(CHANNEL) as next_step:
        for day, rows in (("monday", 1300), ("tuesday", 0)):
            checkpoint[day] = extract(relay, day, rows)
            say("extract", f"{day}: stored {rows} rows as a checkpoint on {CHANNEL!r}")
            announced = next_step.next()
            check(announced.get("url") == checkpoint[day], f"transform woke up for {announced}")
            transform(relay, announced["url"])

    # Proof from the relay, not from the script's own say-so: the checkpoint that was pulled is
    # gone (it allowed one read), the one that was skipped is still there, unread.
    check(not relay.exists(checkpoint["monday"]), "monday's checkpoint should be consumed by its one pull")
    check(relay.exists(checkpoint["tuesday"]), "tuesday's checkpoint was pulled")
    return "transform pulled the 1300-row checkpoint and, from its metadata alone, skipped the empty one."


if __name__ == "__main__":
    run("checkpoints", main)
