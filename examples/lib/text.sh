# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Plain helpers for the shell examples and their stand-in agents (no side effects on sourcing).

say() { printf '%-12s %s\n' "$1" "$2"; }

# json_field KEY < JSON: the value of a top-level key of `peek` / `status --json` output (one key
# per line). Enough for flat metadata of numbers and plain strings; use jq for anything richer.
json_field() { sed -nE -e "s/^ *\"$1\": \"(.*)\",?\$/\1/p" -e "s/^ *\"$1\": ([^\"][^,]*),?\$/\1/p"; }

# gen_text SEED BYTES: deterministic prose of exactly BYTES bytes (ASCII), the stand-in agents'
# "thinking". A small LCG whose products stay exact in awk's doubles.
gen_text() {
    awk -v x="$1" -v want="$2" 'BEGIN {
        n = split("the relay pointer payload agent review module parser test channel latency " \
                  "budget risk cache retry schema handler queue fixture refactor benchmark " \
                  "invariant error path coverage edge case timeout memory thread lock", w, " ")
        for (para = 1; have < want; para++) {
            line = "- "
            for (i = 0; i < 14; i++) { x = (x * 75 + 74) % 65537; line = line w[1 + x % n] " " }
            line = line "\n"
            if (para % 8 == 0) line = line "\n## Section " (para / 8) "\n\n"
            if (have + length(line) > want) line = substr(line, 1, want - have)
            printf "%s", line
            have += length(line)
        }
    }'
}

sha256() { sha256sum "$1" | cut -d' ' -f1; }

