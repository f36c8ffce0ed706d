#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scenario 4, context checkpoints: a pipeline step ("extract") stores its ~80 KB intermediate
# result with metadata (step, rows, sha256); the next step ("transform") blocks on the channel
# with `wait`, peeks at the metadata and pulls only when there is something to transform.
# Checkpoints are burn-after-reading (--max-reads 1): each is meant for one next step.
SCENARIO=checkpoints
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
start_relay
CHANNEL=checkpoints

# Step 1: a day's orders as CSV (deterministic; 1300 rows are 80 KB), stored as a checkpoint.
# Prints the pointer URL.
extract() {
    local day=$1 rows=$2 csv=$WORK/$1.csv
    awk -v rows="$rows" 'BEGIN {
        print "order_id,customer,amount_cents,status,placed_at"
        x = rows
        for (i = 1; i <= rows; i++) {
            x = (x * 75 + 74) % 65537
            printf "%08d,customer-%05d,%9d,%s,2026-03-02T%02d:%02d:%02dZ\n", i, x % 5000, x * 7 % 100000,
                   (x % 3 ? "shipped" : "pending"), (i - 1) * 24 / rows, x % 60, i % 60
        }
    }' >"$csv"
    cr push "$csv" --channel "$CHANNEL" --max-reads 1 --meta step=extract --meta day="$day" \
        --meta rows="$rows" --meta bytes="$(wc -c <"$csv")" --meta sha256="$(sha256 "$csv")"
}

# Step 2: decides from the metadata alone whether the checkpoint is worth downloading.
transform() {
    local url=$1 meta rows total
    meta=$(cr peek "$url")
    rows=$(json_field rows <<<"$meta")
    [[ $(json_field step <<<"$meta") == extract ]] || die "unexpected checkpoint: $meta"
    if ((rows == 0)); then
        say transform "peeked $(json_field day <<<"$meta"): 0 rows, nothing to do; not pulling it"
        return
    fi
    cr pull "$url" -o "$WORK/input.csv"
    [[ $(sha256 "$WORK/input.csv") == $(json_field sha256 <<<"$meta") ]] || die "checkpoint corrupted."
    (($(wc -l <"$WORK/input.csv") == rows + 1)) || die "the checkpoint does not hold $rows rows."
    total=$(awk -F, 'NR > 1 { s += $3 } END { print s }' "$WORK/input.csv")
    say transform "peeked $(json_field day <<<"$meta"): $rows rows; pulled $(wc -c <"$WORK/input.csv") bytes, \
total $total cents"
}
declare -A checkpoint
for run in monday:1300 tuesday:0; do
    day=${run%:*}
    # Step 2 starts first and blocks until step 1's checkpoint is announced; `wait` says
    # "Subscribed to …" on stderr once it is listening, and only then does step 1 run. (Files per
    # day: Monday's line must not answer for Tuesday.)
    bg "transform-$day" cr wait "$CHANNEL" --timeout 30
    waiter=$!
    wait_until "transform waits on \"$CHANNEL\"" has_line "$WORK/transform-$day.err" 'Subscribed to'

    checkpoint[$day]=$(extract "$day" "${run#*:}")
    say extract "$day: stored ${run#*:} rows as a checkpoint on \"$CHANNEL\""
    wait "$waiter" || die "transform's wait got no checkpoint: $(cat "$WORK/transform-$day.err")"
    [[ $(<"$WORK/transform-$day.out") == "${checkpoint[$day]}" ]] ||
        die "transform woke up for another pointer: $(<"$WORK/transform-$day.out")"
    transform "${checkpoint[$day]}"
done

# Proof from the relay, not from the script's own say-so: the checkpoint that was pulled is gone
# (it allowed one read), the one that was skipped is still there, unread.
status=0
cr peek "${checkpoint[monday]}" >/dev/null 2>&1 || status=$?
((status == 4)) || die "monday's checkpoint should be consumed (peek exit 4), got exit $status."
[[ $(cr peek "${checkpoint[tuesday]}" | json_field rows) == 0 ]] || die "tuesday's checkpoint was pulled."
pass "transform pulled the 1300-row checkpoint and, from its metadata alone, skipped the empty one."
