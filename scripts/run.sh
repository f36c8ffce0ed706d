#!/usr/bin/env bash
# One command: install what is missing, build, and start ContextRelay Desktop.
#   scripts/run.sh                # the app (the tray app once it lands; the relay until then)
#   scripts/run.sh --headless     # the relay alone; any other relay option may follow
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec "${RELAY_BUILD_DIR:-$root/build}/app/contextrelay-desktop" "$@"
