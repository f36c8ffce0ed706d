#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 1, handoff across providers: agent A ("claude") writes a 50 KB review and pushes it
# with metadata; only the ~65-character pointer URL goes to agent B ("mistral"), which peeks at
# the metadata and pulls the review. The 50 KB never pass through A's prompt again.
SCENARIO=handoff
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
start_relay

# Agent A: a deterministic 50 KB Markdown review (UTF-8 title, ASCII body), pushed with metadata
# that lets B decide what it is without downloading it. Prints only the pointer URL.
claude() {
    local review=$WORK/review.md
    { printf '# Review of PR 4711 — the café parser\n\n'; gen_text 4711 51200; } >"$review"
    truncate -s 51200 "$review"
    cr push "$review" --meta author=claude --meta kind=review --meta pr=4711 \
        --meta bytes=51200 --meta sha256="$(sha256 "$review")"
}

# Agent B: gets nothing but the URL (as it would in its prompt or a tool call).
mistral() {
    local url=$1 meta
    meta=$(cr peek "$url")
    say mistral "peeked: kind=$(json_field kind <<<"$meta") author=$(json_field author <<<"$meta") \
bytes=$(json_field bytes <<<"$meta") (no payload downloaded)"
    [[ $(json_field kind <<<"$meta") == review ]] || die "B expected a review, metadata says: $meta"
    cr pull "$url" -o "$WORK/received.md"
    [[ $(sha256 "$WORK/received.md") == $(json_field sha256 <<<"$meta") ]] ||
        die "the pulled review does not match the sha256 in its metadata."
    say mistral "pulled $(wc -c <"$WORK/received.md") bytes; sha256 matches the metadata"
}

url=$(claude)
say claude "wrote a 51200-byte review and pushed it; hands over ${#url} characters:"
say '' "$url"
((${#url} <= 100)) || die "a pointer URL should be short, got ${#url} characters: $url"

mistral "$url"

# The review B holds is byte for byte the one A wrote.
cmp -s "$WORK/review.md" "$WORK/received.md" || die "B's copy differs from A's review."
pass "B received A's 50 KB review byte for byte through a ${#url}-character URL."
