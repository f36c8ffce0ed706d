#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Scenario 1, handoff across providers, over the wire: agent A ("claude") writes
a 50 KB review and pushes it with metadata; only the pointer URL goes to agent B
("mistral"), which peeks at the metadata and pulls the review."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import check, gen_text, run, say, sha256  # noqa: E402

REVIEW_BYTES = 51200


def claude(relay):
    """Agent A: a deterministic 50 KB Markdown review, pushed with metadata that lets B decide
    what it is without downloading it. Returns the review (to check B's copy) and the URL."""
    review = ("# Review of PR 4711 — the café parser\n\n" + gen_text(4711, REVIEW_BYTES))
    review = review.encode("utf-8")[:REVIEW_BYTES].decode("utf-8")  # cut in the ASCII body
    pointer = relay.push(review, metadata={"author": "claude", "kind": "review", "pr": 4711,
                                           "bytes": REVIEW_BYTES, "sha256": sha256(review)})
    return review, pointer["url"]


def mistral(relay, url):
    """Agent B: gets nothing but the URL, as it would in its prompt or a tool call."""
    meta = relay.peek(url)
    say("mistral", f"peeked: kind={meta['kind']} author={meta['author']} bytes={meta['bytes']} "
                   "(no payload downloaded)")
    check(meta.get("kind") == "review", f"B expected a review, metadata says {meta}")
    envelope = relay.pull(url)
    review = envelope["data"]
    check(sha256(review) == meta["sha256"], "the pulled review does not match the sha256 in its metadata")
    check(envelope["metadata"] == meta, "pull's envelope carries other metadata than peek")
    say("mistral", f"pulled {len(review.encode('utf-8'))} bytes; sha256 matches the metadata")
    return review


def main(example):
    written, url = claude(example.client)
    say("claude", f"wrote a {len(written.encode('utf-8'))}-byte review and pushed it; "
                  f"hands over {len(url)} characters:")
    say("", url)
    check(len(url) <= 100, f"a pointer URL should be short, got {len(url)} characters: {url}")

    received = mistral(example.client, url)
    # The review B holds is character for character (and so byte for byte) the one A wrote.
    check(received == written, "B's copy differs from A's review")
    return f"B received A's 50 KB review byte for byte through a {len(url)}-character URL."


if __name__ == "__main__":
    run("handoff", main)
