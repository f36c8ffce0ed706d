#!/usr/bin/env bash
# One command: install what is missing, build, and start ContextRelay Desktop.
#   scripts/run.sh                # the tray app with its inspector (needs a display)
#   scripts/run.sh --headless     # the relay alone; any other relay option may follow
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Progress goes to stderr: the relay's first line on stdout is its URL, for scripts to read.
"$root/scripts/setup.sh" >&2
"$root/scripts/build.sh" >&2
exec "${RELAY_BUILD_DIR:-$root/build}/app/contextrelay-desktop" "$@"
