#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# ContextRelay Desktop benchmarks against peers on the same machine, in one run:
#   1. pull 125 KB        relay GET /pull/<id>     vs nginx static file      (wrk)
#   2. push 1 KB JSON     relay POST /push         vs redis SET -d 1000      (wrk + push.lua / redis-benchmark)
#   3. fan-out latency    relay WebSocket fan-out  vs redis PUBLISH          (relay-bench-fanout)
#   4. RSS                relay idle / after 1000x125 KB vs redis-server     (benchtool.py)
#   5. start-up time      relay spawn -> first 200  vs redis-server -> PONG  (benchtool.py)
# Prints a Markdown table (medians of BENCH_REPS repetitions) and writes bench/results/latest.md.
#
# Usage: bench/run.sh [--quick] [--peers-only]
#   --quick       1 repetition, 2 s wrk runs (smoke test, figures are rough)
#   --peers-only  skip the relay (checks the nginx/redis half)
# Environment: BUILD_DIR (default <repo>/build), RELAY_BIN, FANOUT_BIN, BENCH_REPS (3),
#   BENCH_DURATION (wrk seconds per run, 5), BENCH_REDIS_N (100000), BENCH_KEEP=1 keeps the work dir.
#
# Everything listens on 127.0.0.1 on ports picked at run time; everything started here is stopped
# on exit (trap EXIT); every loop is bounded in count and time.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
BUILD=${BUILD_DIR:-$ROOT/build}
RELAY_BIN=${RELAY_BIN:-$BUILD/app/contextrelay-desktop}
FANOUT_BIN=${FANOUT_BIN:-$BUILD/bench/relay-bench-fanout}
REPS=${BENCH_REPS:-3}
DURATION=${BENCH_DURATION:-5}
REDIS_N=${BENCH_REDIS_N:-100000}
STARTUP_REPS=${BENCH_STARTUP_REPS:-7}
FANOUT_ROUNDS=${BENCH_FANOUT_ROUNDS:-300}
RSS_COUNT=1000
PAYLOAD_BYTES=128000
PY=/usr/bin/python3
TOOL=("$PY" "$HERE/benchtool.py")

PEERS_ONLY=0
for arg in "$@"; do
    case $arg in
    --quick) REPS=1 DURATION=2 REDIS_N=30000 STARTUP_REPS=3 FANOUT_ROUNDS=100 ;;
    --peers-only) PEERS_ONLY=1 ;;
    -h | --help) sed -n '3,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 1 ;;
    esac
done

T_START=$(date +%s)
say() { printf '[bench %4ss] %s\n' $(($(date +%s) - T_START)) "$*" >&2; }
die() { say "ERROR: $*"; exit 2; }

for tool in wrk nginx redis-server redis-benchmark redis-cli curl jq; do
    command -v "$tool" >/dev/null || die "$tool is missing: run scripts/setup.sh --bench"
done
[[ -x $PY ]] || die "$PY is missing: run scripts/setup.sh"

HAVE_RELAY=1
if ((PEERS_ONLY)); then
    HAVE_RELAY=0
elif [[ ! -x $RELAY_BIN ]]; then
    die "relay binary $RELAY_BIN not found: cmake --build build (or --peers-only)"
fi
HAVE_FANOUT=1
if [[ ! -x $FANOUT_BIN ]]; then
    ((PEERS_ONLY)) || die "$FANOUT_BIN not found: cmake --build build --target relay-bench-fanout"
    HAVE_FANOUT=0
fi

WORK=$(mktemp -d /tmp/relay-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers (user nobody when run as root) read the static file below
RESULTS=$WORK/results.tsv
: >"$RESULTS"
OUT_DIR=$HERE/results
mkdir -p "$OUT_DIR"

# ---------------------------------------------------------------------------------------------
# process bookkeeping

PIDS=()

# Stops one child: SIGTERM, then wait for its exit (an event); a watchdog sends SIGKILL after 10 s.
stop_pid() {
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        (
            trap 'kill "$s" 2>/dev/null; exit 0' TERM
            sleep 10 &
            s=$!
            wait "$s" 2>/dev/null
            kill -KILL "$pid" 2>/dev/null
        ) &
        local dog=$!
        wait "$pid" 2>/dev/null || true
        kill -TERM "$dog" 2>/dev/null || true
        wait "$dog" 2>/dev/null || true
    else
        wait "$pid" 2>/dev/null || true
    fi
    local keep=()
    for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${PIDS[i]}"; done
    if [[ ${BENCH_KEEP:-0} == 1 || $rc -ne 0 ]]; then
        say "work dir kept: $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { "${TOOL[@]}" free-port; }

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"; }
note() {
    printf 'note\t%s\n' "$*" >>"$RESULTS"
    say "note: $*"
}

# Waits (bounded: 10 s) until GET $1 answers 200; retrying a connect is the only way to await a port.
wait_http_200() {
    local url=$1 code i
    for ((i = 0; i < 200; i++)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)
        [[ $code == 200 ]] && return 0
        sleep 0.05
    done
    return 1
}

# ---------------------------------------------------------------------------------------------
# the relay

RELAY_PID='' RELAY_URL='' RELAY_N=0
# start_relay durable|ephemeral — sets RELAY_PID and RELAY_URL (the first stdout line).
start_relay() {
    local mode=$1 args=(--headless --port 0) fd
    RELAY_N=$((RELAY_N + 1))
    if [[ $mode == ephemeral ]]; then
        args+=(--ephemeral)
    else
        local dir=$WORK/relay-data-$RELAY_N
        mkdir -p "$dir"
        args+=(--data-dir "$dir")
    fi
    local log=$WORK/relay-$RELAY_N-$mode
    exec {fd}< <(exec "$RELAY_BIN" "${args[@]}" 2>"$log.err")
    RELAY_PID=$!
    PIDS+=("$RELAY_PID")
    if ! IFS= read -r -t 15 -u "$fd" RELAY_URL; then
        exec {fd}<&-
        die "relay ($mode) printed no URL within 15 s; stderr: $(tail -5 "$log.err")"
    fi
    RELAY_URL=${RELAY_URL%$'\r'}
    RELAY_URL=${RELAY_URL%/}
    # keep draining its stdout so the relay can never block on a full pipe
    cat <&"$fd" >"$log.out" &
    PIDS+=("$!")
    exec {fd}<&-
    [[ $RELAY_URL =~ ^http://127\.0\.0\.1:[0-9]+$ ]] ||
        die "relay's first stdout line is not http://127.0.0.1:PORT: '$RELAY_URL'"
    wait_http_200 "$RELAY_URL/" || die "relay at $RELAY_URL does not answer GET / with 200"
}
stop_relay() {
    stop_pid "$RELAY_PID"
    RELAY_PID=''
}

# ---------------------------------------------------------------------------------------------
# the peers

REDIS_PID='' REDIS_PORT='' REDIS_N_STARTED=0
start_redis() {
    REDIS_N_STARTED=$((REDIS_N_STARTED + 1))
    local dir=$WORK/redis-$REDIS_N_STARTED i
    mkdir -p "$dir"
    REDIS_PORT=$(free_port)
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
        --daemonize no --logfile "$dir/redis.log" </dev/null &
    REDIS_PID=$!
    PIDS+=("$REDIS_PID")
    for ((i = 0; i < 200; i++)); do
        [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]] && return 0
        sleep 0.05
    done
    die "redis-server did not answer PING on port $REDIS_PORT within 10 s"
}
stop_redis() {
    stop_pid "$REDIS_PID"
    REDIS_PID=''
}

NGINX_PID='' NGINX_PORT=''
start_nginx() {
    local dir=$WORK/nginx
    mkdir -p "$dir/www" "$dir/tmp"
    chmod 755 "$dir" "$dir/www"
    cp "$WORK/envelope.txt" "$dir/www/payload"
    chmod 644 "$dir/www/payload"
    NGINX_PORT=$(free_port)
    cat >"$dir/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 1000000;
    default_type 'text/plain; charset=utf-8';
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $dir/www;
        location / { }
    }
}
EOF
    nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" </dev/null &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    wait_http_200 "http://127.0.0.1:$NGINX_PORT/payload" || die "nginx did not serve the payload: $(tail -5 "$dir/error.log")"
}

# ---------------------------------------------------------------------------------------------
# measurement helpers

# run_wrk <metric-prefix> <who> <url> [lua script] — one measured wrk run, recorded.
WRK_N=0
run_wrk() {
    local prefix=$1 who=$2 url=$3 script=${4:-} out kv
    WRK_N=$((WRK_N + 1))
    out=$WORK/wrk-$WRK_N-$prefix-$who.txt
    timeout $((DURATION + 30)) wrk -t2 -c50 -d"${DURATION}s" --latency ${script:+-s "$script"} "$url" >"$out" ||
        die "wrk failed against $url: $(cat "$out")"
    kv=$("${TOOL[@]}" parse-wrk "$out")
    local rps p50_ms p99_ms requests non2xx sockerr
    eval "$kv" # rps=.. p50_ms=.. p99_ms=.. requests=.. non2xx=.. sockerr=.. (numbers only)
    say "  $prefix $who: $rps req/s, p50 $p50_ms ms, p99 $p99_ms ms ($requests requests)"
    if ((non2xx > 0 || sockerr > 0)); then
        note "$prefix against $who: $non2xx non-2xx responses and $sockerr socket errors out of $requests requests (run $WRK_N, figures not trustworthy)"
    fi
    record "$prefix.rps" "$who" "$rps"
    record "$prefix.p50_ms" "$who" "$p50_ms"
    record "$prefix.p99_ms" "$who" "$p99_ms"
}
warm_wrk() { timeout 30 wrk -t2 -c50 -d1s ${2:+-s "$2"} "$1" >/dev/null || true; }

REDIS_BENCH_N=0
run_redis_set() {
    local out kv
    REDIS_BENCH_N=$((REDIS_BENCH_N + 1))
    out=$WORK/redis-benchmark-$REDIS_BENCH_N.csv
    timeout 120 redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -t set -d 1000 -c 50 -n "$REDIS_N" -q --csv >"$out" ||
        die "redis-benchmark failed: $(cat "$out")"
    kv=$("${TOOL[@]}" parse-redis "$out")
    local rps p50_ms p99_ms
    eval "$kv"
    say "  push redis SET: $rps req/s, p50 $p50_ms ms, p99 $p99_ms ms"
    record push.rps redis "$rps"
    record push.p50_ms redis "$p50_ms"
    record push.p99_ms redis "$p99_ms"
}

# run_fanout <who-for-relay-push|-> <fanout args...> — records every FANOUT line.
run_fanout() {
    local who_push=$1 line out
    shift
    out=$WORK/fanout-$RANDOM.txt
    timeout 300 "$FANOUT_BIN" --rounds "$FANOUT_ROUNDS" --subscribers 1,10,100 --deadline-s 240 "$@" >"$out" ||
        die "relay-bench-fanout $* failed (see above)"
    while read -r line; do
        [[ $line == FANOUT\ * ]] || continue
        local target='' subscribers='' p50_ms='' p99_ms='' kv who
        for kv in $line; do
            case $kv in
            target=* | subscribers=* | p50_ms=* | p99_ms=*) eval "${kv%%=*}='${kv#*=}'" ;;
            esac
        done
        case $target in
        relay-push) who=$who_push ;;
        *) who=$target ;;
        esac
        say "  fan-out $who $subscribers sub: p50 $p50_ms ms, p99 $p99_ms ms"
        record "fanout.$subscribers.p50_ms" "$who" "$p50_ms"
        record "fanout.$subscribers.p99_ms" "$who" "$p99_ms"
    done <"$out"
}

# ---------------------------------------------------------------------------------------------

say "work dir $WORK; reps=$REPS, wrk ${DURATION}s, relay=$( ((HAVE_RELAY)) && echo "$RELAY_BIN" || echo skipped)"
# Client and server share the cores: anything else running skews every figure. Say so in the report.
check_load() {
    local load busy
    read -r load _ </proc/loadavg
    if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
        busy=$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 > 10 { printf "%s%s (%s%%)", sep, $2, $1; sep = ", " }')
        note "machine not idle $1 (1-min load average $load${busy:+; busiest: $busy}): figures are noisier than usual"
    fi
}
check_load "at start"
note "peers: $(nginx -v 2>&1 | sed 's/^nginx version: //'), $(redis-server --version | cut -d' ' -f3), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); wrk -t2 -c50 -d${DURATION}s; redis-benchmark -c 50 -n $REDIS_N; $(nproc) CPUs shared by client and server"
"${TOOL[@]}" payload --bytes "$PAYLOAD_BYTES" --push-body "$WORK/push-125k.json" --envelope "$WORK/envelope.txt"

start_nginx
start_redis
say "nginx on :$NGINX_PORT, redis on :$REDIS_PORT"

# --- 1. pull 125 KB ---------------------------------------------------------------------------
say "1. pull 125 KB"
warm_wrk "http://127.0.0.1:$NGINX_PORT/payload"
if ((HAVE_RELAY)); then
    for mode in durable ephemeral; do
        start_relay "$mode"
        resp=$(curl -s --max-time 10 -H 'Content-Type: application/json' --data-binary @"$WORK/push-125k.json" "$RELAY_URL/push")
        id=$(jq -r '.id // empty' <<<"$resp" 2>/dev/null || true)
        [[ -n $id ]] || die "pushing the 125 KB payload failed: ${resp:0:300}"
        curl -s --max-time 10 -D "$WORK/pull-headers-$mode.txt" -o "$WORK/pulled-$mode.txt" "$RELAY_URL/pull/$id"
        cmp -s "$WORK/pulled-$mode.txt" "$WORK/envelope.txt" ||
            note "pull ($mode) body differs from the envelope nginx serves ($(stat -c %s "$WORK/pulled-$mode.txt") vs $(stat -c %s "$WORK/envelope.txt") bytes)"
        grep -qi '^content-type: text/plain; charset=utf-8' "$WORK/pull-headers-$mode.txt" ||
            note "pull ($mode) Content-Type is not 'text/plain; charset=utf-8': $(grep -i '^content-type' "$WORK/pull-headers-$mode.txt" | tr -d '\r')"
        warm_wrk "$RELAY_URL/pull/$id"
        for ((rep = 1; rep <= REPS; rep++)); do
            run_wrk pull "relay-$mode" "$RELAY_URL/pull/$id"
            run_wrk pull nginx "http://127.0.0.1:$NGINX_PORT/payload"
        done
        stop_relay
    done
else
    for ((rep = 1; rep <= REPS; rep++)); do run_wrk pull nginx "http://127.0.0.1:$NGINX_PORT/payload"; done
fi
# nginx no longer needed: stop it so it does not share the CPUs with what follows
stop_pid "$NGINX_PID"

# --- 2. push 1 KB -----------------------------------------------------------------------------
say "2. push 1 KB JSON"
timeout 60 redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -t set -d 1000 -c 50 -n 10000 -q >/dev/null # warm-up
for ((rep = 1; rep <= REPS; rep++)); do
    if ((HAVE_RELAY)); then
        for mode in durable ephemeral; do
            start_relay "$mode" # a fresh store each repetition: runs do not inherit each other's rows
            warm_wrk "$RELAY_URL/push" "$HERE/push.lua"
            run_wrk push "relay-$mode" "$RELAY_URL/push" "$HERE/push.lua"
            stop_relay
        done
    fi
    run_redis_set
done
stop_redis

# --- 3. fan-out -------------------------------------------------------------------------------
say "3. fan-out to 1, 10, 100 subscribers"
start_redis # a fresh one: nothing left over from the SET runs
if ((HAVE_FANOUT)); then
    for ((rep = 1; rep <= REPS; rep++)); do
        if ((HAVE_RELAY)); then
            start_relay durable
            run_fanout relay-push-durable --relay "$RELAY_URL" --relay-modes push
            stop_relay
            start_relay ephemeral
            run_fanout relay-push-ephemeral --relay "$RELAY_URL" --relay-modes push,publish
            stop_relay
        fi
        run_fanout - --redis "$REDIS_PORT"
    done
else
    note "fan-out skipped: $FANOUT_BIN not built"
fi
stop_redis

# --- 4. RSS -----------------------------------------------------------------------------------
say "4. RSS idle and after $RSS_COUNT x $PAYLOAD_BYTES bytes"
rss_record() { # <who> <kv>
    local idle_kb after_kb hwm_kb push_s push_ms_each
    eval "$2"
    say "  rss $1: idle $((idle_kb / 1024)) MiB, after $((after_kb / 1024)) MiB (peak $((hwm_kb / 1024)) MiB), ${push_ms_each} ms per push"
    record rss.idle_mib "$1" "$(awk -v k="$idle_kb" 'BEGIN { printf "%.3f", k / 1024 }')"
    record rss.after_mib "$1" "$(awk -v k="$after_kb" 'BEGIN { printf "%.3f", k / 1024 }')"
    record rss.hwm_mib "$1" "$(awk -v k="$hwm_kb" 'BEGIN { printf "%.3f", k / 1024 }')"
}
for ((rep = 1; rep <= REPS; rep++)); do
    if ((HAVE_RELAY)); then
        for mode in durable ephemeral; do
            start_relay "$mode"
            kv=$("${TOOL[@]}" rss-relay --url "$RELAY_URL" --pid "$RELAY_PID" --count $RSS_COUNT --bytes $PAYLOAD_BYTES) ||
                die "rss-relay ($mode) failed"
            rss_record "relay-$mode" "$kv"
            stop_relay
        done
    fi
    start_redis
    kv=$("${TOOL[@]}" rss-redis --port "$REDIS_PORT" --pid "$REDIS_PID" --count $RSS_COUNT --bytes $PAYLOAD_BYTES) ||
        die "rss-redis failed"
    rss_record redis "$kv"
    stop_redis
done

# --- 5. start-up ------------------------------------------------------------------------------
say "5. start-up time to first answer ($STARTUP_REPS starts each)"
startup_record() { # <who> <kv>
    local median_ms min_ms max_ms url_line_median_ms='' times_ms t
    eval "$2"
    say "  start-up $1: median $median_ms ms (min $min_ms, max $max_ms${url_line_median_ms:+, URL line at $url_line_median_ms})"
    for t in ${times_ms//,/ }; do record startup.ms "$1" "$t"; done
}
if ((HAVE_RELAY)); then
    kv=$("${TOOL[@]}" startup --kind relay --relay "$RELAY_BIN" --reps "$STARTUP_REPS" --workdir "$WORK") ||
        die "startup (ephemeral) failed"
    startup_record relay-ephemeral "$kv"
    kv=$("${TOOL[@]}" startup --kind relay --relay "$RELAY_BIN" --durable --reps "$STARTUP_REPS" --workdir "$WORK") ||
        die "startup (durable) failed"
    startup_record relay-durable "$kv"
fi
kv=$("${TOOL[@]}" startup --kind redis --reps "$STARTUP_REPS" --workdir "$WORK") || die "startup (redis) failed"
startup_record redis "$kv"

# --- report -----------------------------------------------------------------------------------
read -r load1 _ </proc/loadavg
say "1-min load average at the end: $load1 (the benchmark itself keeps it near $(nproc))"
((HAVE_RELAY)) || note "relay not measured (--peers-only)"
cp "$RESULTS" "$OUT_DIR/latest.tsv"
"${TOOL[@]}" report --results "$RESULTS" --out "$OUT_DIR/latest.md" --rss-count $RSS_COUNT --rss-bytes $PAYLOAD_BYTES
say "done in $(($(date +%s) - T_START)) s; written to $OUT_DIR/latest.md"
