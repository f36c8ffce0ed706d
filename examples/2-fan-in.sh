#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 2, fan-in: three researcher agents push sections to one channel in parallel; a
# synthesis agent, subscribed beforehand, assembles the report as each pointer arrives: it peeks
# for the section's name, then pulls the section.
SCENARIO=fan-in
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
start_relay
CHANNEL=research

# A researcher: writes a section (kept in $WORK only so the example can check the report) and
# pushes it to the channel with its name in the metadata.
researcher() {
    local who=$1 section=$2 bytes=$3 seed=$4 file=$WORK/section-$2.md
    gen_text "$seed" "$bytes" >"$file"
    cr push "$file" --channel "$CHANNEL" --meta section="$section" --meta researcher="$who" \
        --meta bytes="$bytes" >/dev/null
}

# The synthesis agent: `subscribe` prints one pointer URL per line as pushes arrive; it takes
# each as it comes, peeks for the section name and only then pulls the body into the report.
synthesis() {
    local inbox=$WORK/synthesis-inbox.out n url section
    for n in 1 2 3; do
        wait_until "pointer $n on \"$CHANNEL\"" line_count_at_least "$inbox" "$n"
        url=$(sed -n "${n}p" "$inbox")
        section=$(cr peek "$url" | json_field section)
        { printf '### %s\n\n' "$section"; cr pull "$url"; printf '\n'; } >>"$WORK/report.md"
        say synthesis "pointer $n: peeked \"$section\", pulled it; report: $(wc -c <"$WORK/report.md") bytes"
    done
}

# Subscribed beforehand: the synthesis agent, and a witness (what the tray's inspector would
# see) that records the order in which the relay announced the pointers. `subscribe` says
# "Subscribed to …" on stderr once it is live; nothing is pushed before both say so.
bg synthesis-inbox cr subscribe "$CHANNEL"
bg witness cr subscribe "$CHANNEL"
for who in synthesis-inbox witness; do
    wait_until "$who subscribed" has_line "$WORK/$who.err" 'Subscribed to'
done
synthesis &
synthesis_pid=$!
BG_PIDS+=("$synthesis_pid")
say synthesis "subscribed to \"$CHANNEL\"; waiting for three sections"

# Three researchers at once, sections of different sizes: the arrival order is up to the race.
researchers=()
researcher ada Background 12000 11 &
researchers+=("$!")
researcher grace Method 20000 22 &
researchers+=("$!")
researcher alan Results 6000 33 &
researchers+=("$!")
BG_PIDS+=("${researchers[@]}")
for pid in "${researchers[@]}"; do wait "$pid" || die "a researcher's push failed."; done
say research "three sections pushed in parallel to \"$CHANNEL\""

wait "$synthesis_pid" || die "the synthesis agent failed."

# The report must be every section, byte for byte, in the order the relay announced them.
wait_until "the witness saw three pointers" line_count_at_least "$WORK/witness.out" 3
: >"$WORK/expected.md"
order=()
while read -r url; do
    section=$(cr peek "$url" | json_field section)
    { printf '### %s\n\n' "$section"; cat "$WORK/section-$section.md"; printf '\n'; } >>"$WORK/expected.md"
    order+=("$section")
done <"$WORK/witness.out"
cmp -s "$WORK/expected.md" "$WORK/report.md" ||
    die "the report is not the three sections in arrival order (${order[*]})."
pass "report assembled from 3 sections in arrival order: ${order[*]} ($(wc -c <"$WORK/report.md") bytes)."
