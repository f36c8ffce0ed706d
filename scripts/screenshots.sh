#!/usr/bin/env bash
# Screenshots for the README: runs the desktop app under Xvfb (with openbox and a trayer system
# tray), seeds its relay with a few payloads and subscribers, and saves PNGs of the inspector (each
# tab, the JSON and the encrypted preview), the tray menu and the settings into docs/screenshots/.
# Three remote relays stand by for the channel bridges: one that works (a second relay), one that is
# not there, and one that refuses (402, over its quota).
#   scripts/screenshots.sh            build first if needed, then capture
#   RELAY_BUILD_DIR=... scripts/screenshots.sh
#   RELAY_SHOT_LANG=de_DE.UTF-8 scripts/screenshots.sh   the app in German, into docs/screenshots/de/
# Everything runs in a throwaway HOME: your settings, autostart entry and payloads are not touched.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${RELAY_BUILD_DIR:-$root/build}
out=$root/docs/screenshots
shot_lang=${RELAY_SHOT_LANG:-C.UTF-8}
lang_code=${shot_lang%%_*}
lang_code=${lang_code%%.*}
if [[ $lang_code != C && $lang_code != en ]]; then
    out=$out/$lang_code
fi
binary=$build/app/contextrelay-desktop

for tool in Xvfb openbox trayer xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing; run scripts/setup.sh" >&2; exit 1; }
done
[[ -x $binary ]] || RELAY_BUILD_DIR=$build "$root/scripts/build.sh" >&2
mkdir -p "$out"

work=$(mktemp -d)
pids=()
cleanup() {
    # Newest first: the app quits (its relay stops cleanly) before the display goes away.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "screenshots: failed at line $LINENO" >&2' ERR

# A private desktop session.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS SESSION_MANAGER QT_QPA_PLATFORM QT_SCALE_FACTOR
export LANG=$shot_lang LC_ALL=$shot_lang LANGUAGE= QT_QPA_PLATFORMTHEME= no_proxy='*'

# xdotool and the X tools run in C.UTF-8: the shot's locale may not be generated here.
xdotool() { LC_ALL=C.UTF-8 command xdotool "$@"; }
xwininfo() { LC_ALL=C.UTF-8 command xwininfo "$@"; }

# Window titles and mnemonics as the app shows them in this language (translations/relay_xx.ts).
tr_text() { # source text -> its translation (the source itself in English)
    /usr/bin/python3 - "$root/translations/relay_$lang_code.ts" "$1" <<'PY'
import os, sys, xml.etree.ElementTree as ET
path, source = sys.argv[1], sys.argv[2]
if os.path.exists(path):
    for m in ET.parse(path).getroot().iter("message"):
        t = m.find("translation")
        if m.findtext("source") == source and t is not None and t.text:
            print(t.text)
            sys.exit(0)
print(source)
PY
}
mnemonic() { # source text with & -> the key of its translation's mnemonic, lower case
    tr_text "$1" | sed -n 's/.*&\([^&]\).*/\1/p' | tr '[:upper:]' '[:lower:]'
}
# Sets $window to the newest visible window titled exactly like the translation of $1. xdotool's
# --name cannot match non-ASCII (a Japanese title is all of it): compare _NET_WM_NAME (UTF-8) instead.
seen=()
find_window() { # source title
    local title w name
    title=$(tr_text "$1")
    for _ in $(seq 200); do
        for w in $(xdotool search --onlyvisible --name '.' 2>/dev/null); do
            [[ " ${seen[*]} " == *" $w "* ]] && continue
            name=$(LC_ALL=C.UTF-8 xprop -id "$w" _NET_WM_NAME 2>/dev/null | sed -n 's/^_NET_WM_NAME(UTF8_STRING) = "\(.*\)"$/\1/p')
            if [[ $name == "$title" ]]; then
                seen+=("$w")
                window=$w
                return 0
            fi
        done
        sleep 0.1
    done
    echo "screenshots: no window \"$title\" appeared" >&2
    return 1
}

display=99
while [[ -e /tmp/.X$display-lock || -e /tmp/.X11-unix/X$display ]]; do display=$((display + 1)); done
export DISPLAY=:$display
Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 0.5
xsetroot -solid '#4c566a' 2>/dev/null || true
# A light panel across the top, right-aligned icons: the system tray the app docks into.
trayer --edge top --align right --widthtype pixel --width 160 --height 32 --SetDockType true \
    --SetPartialStrut true --transparent true --alpha 0 --tint 0xe5e9f0 --iconspacing 6 \
    >"$work/trayer.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do xdotool search --classname trayer >/dev/null 2>&1 && break; sleep 0.1; done
sleep 0.5

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The remotes. "backup": a second relay, with settings of its own (no keys, no bridges).
backup_port=$(free_port)
mkdir -p "$work/backup"
HOME=$work/backup XDG_CONFIG_HOME=$work/backup/.config XDG_DATA_HOME=$work/backup/.local/share \
    "$binary" --headless --port "$backup_port" --ephemeral >"$work/backup.log" 2>&1 &
pids+=($!)
# "paid": answers its health check but refuses everything else with 402.
paid_port=$(free_port)
cat >"$work/paid.py" <<'PY'
import http.server, json, sys

class Quota(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body, kind):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def do_GET(self):
        if self.path == "/":
            self.answer(200, "ContextRelay API is running.", "text/plain")
        else:
            self.answer(402, json.dumps({"error": "Quota exceeded"}), "application/json")
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.answer(402, json.dumps({"error": "Quota exceeded"}), "application/json")
    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Quota).serve_forever()
PY
/usr/bin/python3 "$work/paid.py" "$paid_port" >"$work/paid.log" 2>&1 &
pids+=($!)
# "cloud": nobody listens there.
cloud_port=$(free_port)
for _ in $(seq 100); do curl -sS -o /dev/null "http://127.0.0.1:$backup_port/" 2>/dev/null && break; sleep 0.1; done

# Settings as a user would have them: API keys required, one key ("ci-runner") created earlier.
# Settings keep only the key's hash (BLAKE2b-256, as ApiTokens::hash); the seeder uses the token.
# Three remote profiles, and a bridge to each (the one from "inbox" sees no traffic at all).
token=cr_local_$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
hash=$(python3 -c 'import hashlib, sys; print(hashlib.blake2b(sys.argv[1].encode(), digest_size=32).hexdigest())' "$token")
mkdir -p "$XDG_CONFIG_HOME/ContextRelay"
cat >"$XDG_CONFIG_HOME/ContextRelay/contextrelay-desktop.conf" <<CONF
[apiKeys]
1\\name=ci-runner
1\\hash=$hash
1\\created=2025-05-01T09:30:00Z
size=1

[security]
requireApiKeys=true

[remotes]
backup=http://127.0.0.1:$backup_port
cloud=http://127.0.0.1:$cloud_port
paid=http://127.0.0.1:$paid_port

[bridges]
1\\id=5f0c2a9e
1\\localChannel=team
1\\profile=cloud
1\\remoteChannel=team
1\\direction=out
2\\id=b71d04c3
2\\localChannel=research
2\\profile=backup
2\\remoteChannel=research
2\\direction=both
3\\id=e2a9917d
3\\localChannel=alerts
3\\profile=paid
3\\remoteChannel=alerts
3\\direction=out
4\\id=0c44be18
4\\localChannel=inbox
4\\profile=backup
4\\remoteChannel=inbox
4\\direction=in
size=4
CONF

port=$(free_port)
base=http://127.0.0.1:$port
# The inspector opens at once, so its event log sees everything the seeder does.
"$binary" --port "$port" --ephemeral --show-inspector >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -sS -o /dev/null "$base/" 2>/dev/null && break; sleep 0.1; done
curl -sS -o /dev/null "$base/" || { cat "$work/app.log" >&2; echo "screenshots: the app did not start" >&2; exit 1; }
find_window 'ContextRelay Inspector'
inspector=$window
xdotool windowsize "$window" 1180 720 windowmove "$window" 100 70

# Seed: two subscribers first (so pushes fan out), then a JSON payload with metadata, a Markdown
# review, an encrypted payload (Fernet, the key only in the URL), a binary file and a PNG, and a
# signal. The subscribers stay connected until the script ends.
# (ImageMagick draws the app icon's shapes itself: its SVG reader needs a delegate Debian lacks.)
convert -size 96x96 xc:none -fill '#1f6feb' -draw 'roundrectangle 3,3 92,92 21,21' -fill white \
    -draw 'circle 27,48 27,36' -draw 'circle 69,48 69,36' -stroke white -strokewidth 6 \
    -draw 'line 40,48 56,48' "$work/logo.png"
cat >"$work/seed.py" <<'EOF'
import json, os, sys, time
import requests, websocket
from cryptography.fernet import Fernet

base, work, token = sys.argv[1], sys.argv[2], sys.argv[3]
auth = {"Authorization": f"Bearer {token}"}
ws_base = base.replace("http://", "ws://")
subscribers = [websocket.create_connection(f"{ws_base}/ws/{channel}", suppress_origin=True,
                                           header=[f"Authorization: Bearer {token}"])
               for channel in ("reviews", "reviews", "research")]
ids = {}

def push(name, **body):
    r = requests.post(f"{base}/push", json=body, headers=auth, timeout=10)
    r.raise_for_status()
    ids[name] = r.json()["id"]
    return r.json()

push("json", channel="research", metadata={"step": "extract", "rows": 3, "agent": "researcher-2"},
     data=json.dumps({"source": "https://example.org/paper.pdf", "rows": [
         {"title": "Attention Is All You Need", "year": 2017, "citations": 120000},
         {"title": "Scaling Laws for Neural Language Models", "year": 2020, "citations": 3100},
         {"title": "Constitutional AI", "year": 2022, "citations": 1500}],
         "complete": True}))
push("markdown", channel="reviews", metadata={"step": "review", "agent": "claude", "pr": 481},
     data="# Review of PR #481\n\n**Verdict:** approve with nits.\n\n## Findings\n\n"
          "1. `RelayHost::stop()` is safe to call twice.\n2. The TTL sweep uses one timer.\n\n"
          "- [x] tests pass\n- [ ] update the README\n")
key = Fernet.generate_key()
token = Fernet(key).encrypt(b"API_TOKEN rotation plan: only the two agents with the URL can read this.")
encrypted = push("encrypted", channel="reviews", metadata={"agent": "mistral"}, data=token.decode())
with open(os.path.join(work, "encrypted-url"), "w") as f:
    f.write(encrypted["url"] + "#key=" + key.decode())
r = requests.post(f"{base}/push", params={"filename": "embeddings.bin", "channel": "research"},
                  data=bytes((i * 37 + 11) % 256 for i in range(4096)),
                  headers={"Content-Type": "application/octet-stream", **auth}, timeout=10)
r.raise_for_status()
ids["binary"] = r.json()["id"]
with open(os.path.join(work, "logo.png"), "rb") as f:
    r = requests.post(f"{base}/push", params={"filename": "logo.png"}, data=f.read(),
                      headers={"Content-Type": "image/png", **auth}, timeout=10)
r.raise_for_status()
ids["png"] = r.json()["id"]
# Bridged channels: "team" goes to a remote that is not there (the pushes wait in its queue),
# "alerts" to one that refuses them.
for step in ("plan", "draft", "review"):
    push("team-" + step, channel="team", metadata={"step": step}, data=f"Team notes: {step}")
push("alert", channel="alerts", data="disk 91% full on build-3")
requests.get(f"{base}/peek/{ids['markdown']}", headers=auth, timeout=10)
requests.get(f"{base}/pull/{ids['json']}", headers=auth, timeout=10)
requests.post(f"{base}/publish/reviews", json={"done": True, "step": "review"}, headers=auth, timeout=10)
# Without the key: refused (401), which the event log shows.
requests.get(f"{base}/pull/{ids['markdown']}", timeout=10)

with open(os.path.join(work, "ids.json"), "w") as f:
    json.dump(ids, f)
print("seeded", flush=True)
while True:  # keep the subscribers connected
    time.sleep(1)
EOF
/usr/bin/python3 "$work/seed.py" "$base" "$work" "$token" >"$work/seed.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/ids.json ]] && break; sleep 0.1; done
[[ -s $work/ids.json ]] || { cat "$work/seed.log" >&2; exit 1; }
id() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$work/ids.json" "$1"; }

# Payloads are selected through the running instance (a second launch sends "select <id>").
"$binary" --select "$(id json)" >>"$work/app.log" 2>&1
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
sleep 1.5

shot_window() { # name
    sleep 0.8
    import -window "$window" -frame "$out/$1.png" 2>/dev/null || import -window "$window" "$out/$1.png"
    echo "saved ${out#"$root"/}/$1.png"
}
tab() { # 1-based index
    xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
    xdotool key --window "$window" "ctrl+$1"
}

shot_window inspector-payloads-json
"$binary" --select "$(id encrypted)" >>"$work/app.log" 2>&1
shot_window inspector-payloads-encrypted
"$binary" --select "$(id markdown)" >>"$work/app.log" 2>&1
shot_window inspector-payloads-markdown
"$binary" --select "$(id binary)" >>"$work/app.log" 2>&1
shot_window inspector-payloads-binary
tab 2 && shot_window inspector-channels
tab 3 && shot_window inspector-subscribers
tab 4 && shot_window inspector-events
tab 1

# The tray icon: the app's small window embedded in trayer's panel (WxH+X+Y, absolute).
read -r screen_w _ < <(xdotool getdisplaygeometry)
icon=$(xwininfo -root -tree | awk '/"contextrelay-desktop": \("contextrelay-desktop"/ {
    split($(NF-1), size, "x"); split($NF, pos, "+");
    if (!found && size[1] <= 64 && size[2] <= 64 && pos[3] < 64) { print size[1], size[2], pos[2], pos[3]; found = 1 } }')
[[ -n $icon ]] || { echo "screenshots: no tray icon found" >&2; exit 1; }
read -r icon_w icon_h icon_x icon_y <<<"$icon"
icon_cx=$((icon_x + icon_w / 2)) icon_cy=$((icon_y + icon_h / 2))

# Its tooltip (hover), then its menu (right click); both captured in the top-right corner.
xdotool mousemove "$icon_cx" "$icon_cy"
sleep 2.5
import -window root -crop "520x130+$((screen_w - 520))+0" +repage "$out/tray-tooltip.png"
echo "saved ${out#"$root"/}/tray-tooltip.png"
xdotool mousemove "$icon_cx" "$((icon_cy + 200))"
sleep 0.5
xdotool mousemove "$icon_cx" "$icon_cy" click 3
sleep 1
import -window root -crop "400x320+$((screen_w - 400))+0" +repage "$out/tray-menu.png"
echo "saved ${out#"$root"/}/tray-menu.png"

# Settings, from the tray menu ("S" is its mnemonic).
xdotool key "$(mnemonic '&Settings…')"
find_window 'ContextRelay Settings'
settings=$window
xdotool windowmove "$settings" 420 120
xdotool windowactivate --sync "$settings" >/dev/null 2>&1 || true
window=$settings
shot_window settings-relay
xdotool key --window "$settings" "alt+$(mnemonic 'S&ecurity')"
shot_window settings-security
# Remote relays: "backup" (the first, selected) is tested; then a new profile, where the key can
# only be kept for this session (this desktop runs no keychain service).
xdotool key --window "$settings" "alt+$(mnemonic 'Remo&te Relays')"
sleep 0.5
xdotool key --window "$settings" "alt+$(mnemonic 'Test &Connection')"
sleep 2.5
shot_window settings-remotes
xdotool key --window "$settings" "alt+$(mnemonic '&Add…')"
find_window 'Add Remote Relay'
add=$window
xdotool windowactivate --sync "$add" >/dev/null 2>&1 || true
xdotool type --window "$add" --delay 20 staging
xdotool key --window "$add" Tab
xdotool type --window "$add" --delay 10 https://relay.example.com
xdotool key --window "$add" Tab
xdotool type --window "$add" --delay 10 cr_live_not_a_real_key
window=$add
shot_window settings-remote-add
# The dialog is gone before the key is released: xdotool may then fail on its window.
xdotool key --window "$add" Escape 2>/dev/null || true
window=$settings
xdotool windowactivate --sync "$settings" >/dev/null 2>&1 || true
xdotool key --window "$settings" "alt+$(mnemonic 'Brid&ges')"
shot_window settings-bridges
xdotool key --window "$settings" "alt+$(mnemonic '&Desktop')"
shot_window settings-desktop
xdotool key --window "$settings" Escape 2>/dev/null || true

# The About dialog, from the inspector's Help menu.
window=$inspector
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
xdotool key --window "$window" "alt+$(mnemonic '&Help')"
sleep 0.5
xdotool key "$(mnemonic '&About ContextRelay Desktop')"
find_window 'About ContextRelay Desktop'
shot_window about
xdotool key --window "$window" Escape 2>/dev/null || true

echo "screenshots are in ${out#"$root"/}/"
