#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command inside a private D-Bus session with a real Secret Service: gnome-keyring-daemon,
# unlocked, its login keyring created fresh in a temporary HOME. The command gets
# KEYRING_TEST_HOME (that HOME, where the keyring files are) in its environment.
#   with-keyring.sh COMMAND [ARGS...]
# Needs dbus-run-session (dbus-daemon), gnome-keyring-daemon and secret-tool (libsecret-tools).
set -eu

if [ -z "${WITH_KEYRING_INNER:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring.sh: $tool is missing; run scripts/setup.sh" >&2
            exit 1
        fi
    done
    exec dbus-run-session -- env WITH_KEYRING_INNER=1 sh "$0" "$@"
fi
unset WITH_KEYRING_INNER

tmp=$(mktemp -d "${TMPDIR:-/tmp}/relay-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No desktop session: nothing may try to show an unlock prompt.
unset DISPLAY WAYLAND_DISPLAY

# With --unlock and a password on stdin the daemon creates the "login" keyring (the default
# collection) unlocked, so nothing ever prompts. It leaves with the session bus.
eval "$(printf '%s' "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets)"

# The daemon forks; wait (with a deadline) until it really owns the Secret Service name.
deadline=$(($(date +%s) + 15))
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.1
done

export KEYRING_TEST_HOME="$HOME"
status=0
"$@" || status=$?
exit "$status"
