#!/usr/bin/env bash
# One command: install what is missing, build with warnings as errors, run every test, build and
# check the .deb, then the sanitizer builds and the fuzz targets (RELAY_QUICK=1 stops before those).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${RELAY_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
RELAY_BUILD_DIR=$build "$root/scripts/build.sh" -DRELAY_WERROR=ON -DRELAY_BUILD_TESTS=ON

echo "== clang-format"
mapfile -t sources < <(git -C "$root" ls-files '*.cpp' '*.h')
if ((${#sources[@]})); then
    (cd "$root" && clang-format --dry-run --Werror "${sources[@]}")
fi

echo "== translations are up to date"
cmake --build "$build" --target update_translations >/dev/null
/usr/bin/python3 "$root/scripts/fill-english-plurals.py" --check "$root/translations/relay_en.ts"
if ! git -C "$root" diff --quiet -- translations; then
    git -C "$root" diff --stat -- translations
    echo "translations/*.ts are stale: run 'cmake --build build --target update_translations' and commit them." >&2
    exit 1
fi

echo "== tests"
# The browser test skips when Chromium is missing; here (setup.sh installs it) that is a failure.
export RELAY_REQUIRE_BROWSER=1
(cd "$build" && ctest --output-on-failure --timeout 600 -j"$(nproc)")

echo "== packaging (.deb + .tar.gz: lintian, AppStream, desktop file, install into a clean Debian 12 root)"
"$root/scripts/package.sh"

# The sanitizer builds and the fuzz targets take another ~20 minutes on two cores; RELAY_QUICK=1
# leaves them out for a quick local round.
if [[ "${RELAY_QUICK:-}" == 1 ]]; then
    exit 0
fi

echo "== sanitizers (ASan + UBSan: every test; TSan: the threaded ones)"
"$root/scripts/sanitizers.sh"

echo "== fuzzing (each target ${RELAY_FUZZ_SECONDS:-60} s)"
"$root/scripts/fuzz.sh" "${RELAY_FUZZ_SECONDS:-60}"
