# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Shared by the shell examples: find the binary, start a private relay (or use $CONTEXTRELAY_URL),
# run stand-in agents in the background, wait on real conditions, fail loudly, clean up.
# Source it, then call start_relay. Every `cr` call reaches the relay through $CONTEXTRELAY_URL,
# exactly as an agent on your machine would.

set -Eeuo pipefail

EXAMPLES_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCENARIO=${SCENARIO:-example}
DEADLINE_S=${DEADLINE_S:-30} # how long any one wait may take before the example gives up

# The binary: $CONTEXTRELAY_BIN (CTest sets it), else the one on PATH.
CR_BIN=${CONTEXTRELAY_BIN:-$(command -v contextrelay-desktop || true)}
[[ -n $CR_BIN ]] || {
    echo "FAIL [$SCENARIO]: contextrelay-desktop not found: set CONTEXTRELAY_BIN or put it on PATH." >&2
    exit 1
}
[[ -f $CR_BIN && -x $CR_BIN ]] || {
    echo "FAIL [$SCENARIO]: $CR_BIN is not an executable file (still being built?)." >&2
    exit 1
}
export CONTEXTRELAY_BIN=$CR_BIN # for the stand-in agents in agents/
cr() {
    CR_ARGS="$*" # for the failure message
    "$CR_BIN" "$@"
}
# shellcheck source=text.sh
source "$EXAMPLES_DIR/lib/text.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/contextrelay-example.XXXXXX")
RELAY_PID=''
BG_PIDS=()
TMUX_SOCKET=''

die() {
    # The first failure explains; the ones it causes (a command substitution that failed, …) stay
    # quiet, and so does a background agent still running while the example ends.
    if [[ -d $WORK && ! -e $WORK/failed ]]; then
        : >"$WORK/failed"
        echo "FAIL [$SCENARIO]: $*" >&2
        # A relay that died explains most failures: show why.
        if [[ -n $RELAY_PID ]] && ! kill -0 "$RELAY_PID" 2>/dev/null; then
            echo "  the relay is gone; its stderr:" >&2
            sed 's/^/    /' "$WORK/relay.err" >&2 || true
        fi
    fi
    exit 1
}

# A command that fails under `set -e` says which one it was and where (for `cr`: the caller).
on_error() {
    local status=$1 what=$BASH_COMMAND where=${BASH_SOURCE[1]##*/}:$2
    if [[ ${FUNCNAME[1]-} == cr ]]; then
        what="contextrelay-desktop $CR_ARGS" where=${BASH_SOURCE[2]##*/}:${BASH_LINENO[1]}
    fi
    die "$where: \`$what\` exited with $status"
}
trap 'on_error $? $LINENO' ERR

cleanup() {
    local status=$? pid
    # Only the script itself cleans up: a background child that bash forked but had not yet
    # turned into its command may run this trap when it is stopped.
    [[ $BASHPID == "$$" ]] || exit "$status"
    trap - ERR
    for ((i = ${#BG_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${BG_PIDS[i]}
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [[ -z $TMUX_SOCKET ]] || tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
    if [[ -n $RELAY_PID ]]; then
        kill -TERM "$RELAY_PID" 2>/dev/null || true
        local relay_status=0
        wait "$RELAY_PID" || relay_status=$?
        # SIGTERM must end the relay cleanly; anything else is a bug worth failing for.
        if ((relay_status != 0 && status == 0)); then
            echo "FAIL [$SCENARIO]: the relay exited with $relay_status on SIGTERM; its stderr:" >&2
            sed 's/^/    /' "$WORK/relay.err" >&2 || true
            status=1
        fi
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

# wait_until DESCRIPTION COMMAND...: run COMMAND until it succeeds, for at most $DEADLINE_S.
# Polling a real condition with a deadline; the short pause only keeps the poll from spinning.
wait_until() {
    local what=$1 deadline=$((SECONDS + DEADLINE_S))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || die "not within $DEADLINE_S s: $what"
        sleep 0.02
    done
}

has_line() { grep -q -- "$2" "$1" 2>/dev/null; }
line_count_at_least() { [[ -f $1 && $(wc -l <"$1") -ge $2 ]]; }

# bg NAME COMMAND...: a background agent, stopped on exit; stdout in $WORK/NAME.out (with +NAME:
# on the terminal, for agents that narrate), stderr in $WORK/NAME.err. `cr` becomes the binary
# itself, so $! is its pid: a function would run in a subshell that does not pass SIGTERM on.
bg() {
    local name=$1
    shift
    [[ $1 != cr ]] || set -- "$CR_BIN" "${@:2}"
    if [[ $name == +* ]]; then
        "$@" 2>"$WORK/${name#+}.err" &
    else
        "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    fi
    BG_PIDS+=("$!")
}

# The relay: $CONTEXTRELAY_URL if set (the tray app's, say), else a private headless one with
# throwaway config/data/cache/home folders, so nothing of yours leaks in or out.
start_relay() {
    if [[ -n ${CONTEXTRELAY_URL-} ]]; then
        cr status >/dev/null || die "no relay answers at CONTEXTRELAY_URL=$CONTEXTRELAY_URL."
        say relay "using $CONTEXTRELAY_URL"
        return
    fi
    export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache HOME=$WORK/home
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$HOME"
    # --port 0 picks a free port; the first stdout line is the base URL.
    "$CR_BIN" --headless --port 0 --ephemeral >"$WORK/relay.out" 2>"$WORK/relay.err" &
    RELAY_PID=$!
    wait_until "the relay prints its URL" relay_started
    CONTEXTRELAY_URL=$(head -n1 "$WORK/relay.out")
    export CONTEXTRELAY_URL
    say relay "started $CONTEXTRELAY_URL (headless, in memory, for this run only)"
}
relay_started() {
    kill -0 "$RELAY_PID" 2>/dev/null || die "the relay exited during startup."
    line_count_at_least "$WORK/relay.out" 1
}

pass() { echo "PASS [$SCENARIO]: $*"; }
