#!/usr/bin/env bash
# The sanitizer builds (RELAY_SANITIZE, cmake/RelaySanitizers.cmake):
#   build-asan  "address;undefined": the whole ctest suite, the Python interop suites included
#               (they start the instrumented binary), LeakSanitizer at every process exit.
#   build-tsan  "thread": only what runs on more than one thread (TSAN_TESTS below).
# Any report fails the run, also one from a process whose exit code no test looks at (a relay a
# test SIGKILLs after it printed a report, a CLI run): ASan, LSan and TSan write every report to a
# log file, and the logs are checked after ctest. UBSan is a separate runtime under gcc and
# ignores log_path: its report goes to the process's stderr and, with -fno-sanitize-recover, the
# process dies at once, which fails the test that runs it.
#   scripts/sanitizers.sh [asan|tsan|all]      (default all)
# RELAY_ASAN_BUILD_DIR / RELAY_TSAN_BUILD_DIR override the build folders, RELAY_JOBS the -j.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
asan_build=${RELAY_ASAN_BUILD_DIR:-$root/build-asan}
tsan_build=${RELAY_TSAN_BUILD_DIR:-$root/build-tsan}
jobs=${RELAY_JOBS:-$(nproc)}
what=${1:-all}
supp=$root/tests/sanitizers
case $what in asan | tsan | all) ;; *)
    echo "usage: $0 [asan|tsan|all]" >&2
    exit 2
    ;;
esac

# Threads of our own: RelayHost (the relay thread next to the GUI / main thread: every suite that
# starts one, and the headless binary the interop suites run) and the UI's background tasks
# (ui/backgroundtask.h: clipboard, file and image work on the global thread pool). The other
# suites run on one thread and gain nothing from TSan.
TSAN_SUITES=(tst_relayhost tst_agentbridge tst_trayicon tst_remotespage tst_remotepush
    tst_clipboardactions tst_inspectorwindow tst_previewpane)
TSAN_INTEROP=(interop_python interop_cli interop_abrupt_disconnect) # they start the binary
TSAN_TARGETS=("${TSAN_SUITES[@]}" contextrelay-desktop)
TSAN_TESTS=$(IFS='|' && echo "^(${TSAN_SUITES[*]}|${TSAN_INTEROP[*]})\$")

# Qt and the system libraries are built without frame pointers: the fast unwinder stops at their
# first frame, so malloc stacks (leak reports, the frames lsan.supp matches) come from the DWARF
# unwinder instead.
ASAN_RUN_OPTIONS="detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0"
ASAN_RUN_OPTIONS+=":detect_stack_use_after_return=1:check_initialization_order=1"
ASAN_RUN_OPTIONS+=":strict_init_order=1:strict_string_checks=1"
# Qt is not instrumented, so TSan cannot see the mutexes Qt synchronises with. Accesses that
# libc interceptors (memcpy, free, read/write...) make on behalf of Qt or GLib code are ignored;
# every access our instrumented code makes is still checked (tsan.supp says what else is not).
TSAN_RUN_OPTIONS="ignore_noninstrumented_modules=1:halt_on_error=0:second_deadlock_stack=1"
TSAN_RUN_OPTIONS+=":history_size=4"

now() { date +%s; }
timings=()

configure() { # build-dir sanitizers
    local generator=()
    if [[ ! -f $1/CMakeCache.txt ]] && command -v ninja >/dev/null; then
        generator=(-G Ninja)
    fi
    # Debug at -O1: assertions on, reasonable speed; -g1 is enough for file:line in the reports
    # and keeps the build quicker. No benchmarks: nothing runs them here.
    cmake -S "$root" -B "$1" "${generator[@]}" -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DRELAY_SANITIZE="$2" \
        -DRELAY_BUILD_TESTS=ON -DRELAY_BUILD_BENCH=OFF -DRELAY_WERROR=OFF >/dev/null
}

# Fails (after printing them) when the log folder holds a report: each ends with a SUMMARY line.
check_reports() { # log-dir
    local reports
    mapfile -t reports < <(grep -lE '^SUMMARY: |runtime error:' "$1"/* 2>/dev/null || true)
    if ((${#reports[@]})); then
        for r in "${reports[@]}"; do
            echo "---- $r"
            head -c 20000 "$r"
        done
        echo "${#reports[@]} sanitizer report(s) above (logs in $1)." >&2
        return 1
    fi
}

ran=0
run_ctest() { # build-dir log-dir [ctest args...]
    local dir=$1 logs=$2 status=0 out
    shift 2
    rm -rf "$logs"
    mkdir -p "$logs"
    out=$(mktemp)
    (cd "$dir" && ctest --output-on-failure --timeout 900 -j"$jobs" "$@") | tee "$out" || status=$?
    ran=$(sed -n 's/.* tests failed out of \([0-9]*\)$/\1/p' "$out" | tail -1)
    rm -f "$out"
    check_reports "$logs" || status=1
    return $status
}

status=0
if [[ $what == asan || $what == all ]]; then
    echo "== ASan + UBSan: build ($asan_build)"
    t0=$(now)
    configure "$asan_build" "address;undefined"
    cmake --build "$asan_build" -j"$jobs"
    t1=$(now)
    echo "== ASan + UBSan: the whole suite"
    logs=$asan_build/sanitizer-logs
    export ASAN_OPTIONS="$ASAN_RUN_OPTIONS:suppressions=$supp/asan.supp:log_exe_name=1:log_path=$logs/asan"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    run_ctest "$asan_build" "$logs" || status=1
    t2=$(now)
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
    timings+=("ASan+UBSan: build $((t1 - t0)) s, $ran tests in $((t2 - t1)) s")
fi
if [[ $what == tsan || $what == all ]]; then
    echo "== TSan: build ($tsan_build): ${TSAN_TARGETS[*]}"
    t0=$(now)
    configure "$tsan_build" thread
    cmake --build "$tsan_build" -j"$jobs" --target "${TSAN_TARGETS[@]}"
    t1=$(now)
    echo "== TSan: the threaded suites"
    logs=$tsan_build/sanitizer-logs
    export TSAN_OPTIONS="$TSAN_RUN_OPTIONS:suppressions=$supp/tsan.supp:log_exe_name=1"
    TSAN_OPTIONS+=":log_path=$logs/tsan"
    run_ctest "$tsan_build" "$logs" -R "$TSAN_TESTS" || status=1
    t2=$(now)
    unset TSAN_OPTIONS
    timings+=("TSan: build $((t1 - t0)) s, $ran tests in $((t2 - t1)) s")
fi
echo "== timings"
printf '%s\n' "${timings[@]}"
exit $status
