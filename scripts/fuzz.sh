#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/, clang 16, ASan + UBSan) in build-fuzz/ and runs each for
# SECONDS (default 60) on a copy of its seed corpus. Fails on any crash, leak, UB report, timeout or
# FUZZ_CHECK; a finding's input is kept in build-fuzz/findings/ to become a file in
# tests/fuzz/regressions/<target>/. Prints executions per second and coverage per target at the end.
#   scripts/fuzz.sh [SECONDS]
#   RELAY_FUZZ_BUILD_DIR   build directory (default build-fuzz)
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS]  (SECONDS: a whole number, at least 1)" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${RELAY_FUZZ_BUILD_DIR:-$root/build-fuzz}"
targets=(http websocket fernet)

for tool in clang-16 clang++-16; do
  if ! command -v "$tool" >/dev/null; then
    echo "fuzz.sh: $tool is missing; run scripts/setup.sh (it installs clang-16 and libclang-rt-16-dev)." >&2
    exit 2
  fi
done
# Stack traces with file and line; the runtime does not find a versioned symbolizer by itself.
for s in llvm-symbolizer-16 llvm-symbolizer; do
  if command -v "$s" >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v "$s")}"
    break
  fi
done
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

start=$SECONDS
echo "== configure and build $build"
mkdir -p "$build"
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang-16 -DCMAKE_CXX_COMPILER=clang++-16 \
  -DRELAY_FUZZ=ON -DRELAY_BUILD_TESTS=OFF -DRELAY_BUILD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only" \
  >"$build/fuzz-configure.log" 2>&1 || { cat "$build/fuzz-configure.log" >&2; exit 1; }
if ! cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >"$build/fuzz-build.log" 2>&1; then
  grep -E -B2 -A6 'error' "$build/fuzz-build.log" | head -n 80 >&2
  echo "fuzz.sh: the build failed; the whole log is $build/fuzz-build.log" >&2
  exit 1
fi
echo "build: $((SECONDS - start)) s"

work="$(mktemp -d "${TMPDIR:-/tmp}/relay-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
findings="$build/findings"
rm -rf "$findings" # what an earlier run found is in its output, or already in tests/fuzz/regressions/
failed=()
summary=()
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$t"
  seeds="$root/tests/fuzz/corpus/$t"
  regressions="$root/tests/fuzz/regressions/$t"
  dict=()
  [[ "$t" != fernet ]] && dict=(-dict="$root/tests/fuzz/http.dict")

  echo "== fuzz_$t: replay seeds and regressions"
  if ! "$bin" -runs=0 "$seeds" "$regressions" >"$work/$t.replay.log" 2>&1; then
    tail -n 60 "$work/$t.replay.log" >&2
    failed+=("fuzz_$t (replay)")
    summary+=("fuzz_$t: a seed or regression input fails")
    continue
  fi

  echo "== fuzz_$t: ${seconds} s"
  mkdir -p "$work/$t"
  cp -r "$seeds/." "$work/$t/"
  rc=0
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${dict[@]}" -artifact_prefix="$work/$t-" "$work/$t" >"$work/$t.log" 2>&1 || rc=$?
  last="$(grep -E '^#[0-9]+' "$work/$t.log" | tail -n 1 || true)"
  runs="$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$work/$t.log" | grep -oE '[0-9]+$' || echo '?')"
  rate="$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$work/$t.log" | grep -oE '[0-9]+$' || echo '?')"
  cov="$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')"
  ft="$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')"
  corp="$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')"
  line="fuzz_$t: ${runs} runs, ${rate} exec/s, cov: ${cov} ft: ${ft}, corpus ${corp} inputs"
  if ((rc != 0)) || compgen -G "$work/$t-*" >/dev/null; then
    mkdir -p "$findings/$t"
    cp "$work/$t-"* "$findings/$t/" 2>/dev/null || true
    cp "$work/$t.log" "$findings/$t/fuzz.log"
    echo "---- fuzz_$t found something (exit $rc); the report:" >&2
    grep -nE 'ERROR|FUZZ_CHECK|runtime error|SUMMARY|Test unit written' "$work/$t.log" | head -n 20 >&2 || true
    grep -A40 -m1 -E '==[0-9]+==ERROR|FUZZ_CHECK failed|runtime error' "$work/$t.log" | head -n 60 >&2 || true
    echo "---- inputs kept in $findings/$t/: add each to tests/fuzz/regressions/$t/ with the fix" >&2
    failed+=("fuzz_$t")
    line+="  FINDING (exit $rc)"
  fi
  summary+=("$line")
done

echo
echo "== fuzz summary (${seconds} s per target, total $((SECONDS - start)) s)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "no findings"
