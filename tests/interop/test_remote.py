#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Remote relay profiles end to end: `remote add/list/remove/test` and `--remote NAME`, with the
API key in a real Secret Service (gnome-keyring-daemon in a private D-Bus session).

Run it through with-keyring.sh, which starts that session and sets KEYRING_TEST_HOME:
    with-keyring.sh /usr/bin/python3 test_remote.py --binary /path/to/contextrelay-desktop

Two headless relays play "cloud" (it requires an API key) and "local" (open). Every CLI process
gets a HOME/XDG tree of its own test; the keyring is the one of the session.
"""

import base64
import contextlib
import http.server
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess; proxies cleared on import)
from test_interop import HEALTH_TEXT, RelayProcess  # noqa: E402

import requests  # noqa: E402

BINARY = None
KEYRING_HOME = None
RUN_TIMEOUT_S = 90
HTTP_TIMEOUT_S = 10
SERVICE = "ContextRelay Desktop"
NO_KEYCHAIN = "No keychain service is running (Secret Service or KWallet)"
INVALID_KEY = "401: the API key is invalid or missing"
QUOTA = "402: quota exceeded on the remote relay"
STEP_OK_RE = re.compile(r"^✓ (health|auth|round trip|websocket): ok \((\d+) ms\)$")

CLOUD_KEY = "cr_test_" + secrets.token_urlsafe(24)
_relays = {}
_module_dirs = []


def isolated_env(home, keychain=True, extra=None):
    """A fresh environment: nothing of the developer's (or the session's HOME) leaks in. Without
    keychain there is no session bus to find, not even through XDG_RUNTIME_DIR/bus or X11."""
    runtime = os.path.join(home, "run")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "XDG_RUNTIME_DIR": runtime,
        "no_proxy": "*",
    }
    if keychain:
        env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    # The sanitizer builds' options (scripts/sanitizers.sh): without them a sanitized relay reports
    # to stderr, without the suppressions and with stacks cut at the first frame of Qt.
    env.update({k: v for k, v in os.environ.items() if k.endswith("SAN_OPTIONS")})
    if extra:
        env.update(extra)
    return env


@contextlib.contextmanager
def environment(env):
    """RelayProcess inherits os.environ; give the relays an isolated one."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def secret_lookup(profile):
    """What the Secret Service holds for a profile, asked without our binary."""
    r = subprocess.run(["secret-tool", "lookup", "user", "remote/" + profile, "server", SERVICE],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT_S)
    return r.stdout.decode()


def closed_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QuotaHandler(http.server.BaseHTTPRequestHandler):
    """A relay whose account is over its quota: healthy, but 402 for everything that counts."""

    def _answer(self, status, body, content_type):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/":
            self._answer(200, HEALTH_TEXT, "text/plain")
        else:
            self._answer(402, json.dumps({"error": "Quota exceeded"}), "application/json")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._answer(402, json.dumps({"error": "Quota exceeded"}), "application/json")

    do_DELETE = do_GET

    def log_message(self, *args):
        pass


def setUpModule():
    key_dir = tempfile.mkdtemp(prefix="relay-remote-keys.")
    relay_home = tempfile.mkdtemp(prefix="relay-remote-relays.")
    _module_dirs.extend([key_dir, relay_home])
    # The relay's token file is outside every directory the test searches for the key.
    key_file = os.path.join(key_dir, "keys")
    with open(key_file, "w") as f:
        f.write(CLOUD_KEY + "\n")
    with environment(isolated_env(relay_home, keychain=False)):
        _relays["cloud"] = RelayProcess(["--ephemeral", "--api-key-file", key_file])
        _relays["local"] = RelayProcess(["--ephemeral"])


def tearDownModule():
    try:
        for relay in _relays.values():
            relay.stop_checked()
    finally:
        for d in _module_dirs:
            shutil.rmtree(d, ignore_errors=True)


class RemoteTests(unittest.TestCase):
    def setUp(self):
        self.started = time.time()
        self._home = tempfile.TemporaryDirectory(prefix="relay-remote-home.")
        self.home = self._home.name
        self.addCleanup(self._home.cleanup)
        self.cloud = _relays["cloud"].base_url
        self.local = _relays["local"].base_url
        # Keychain entries are per session, not per HOME: every test uses names of its own.
        self.tag = secrets.token_hex(4)

    def cli(self, *args, stdin=None, keychain=True, env=None):
        r = subprocess.run([BINARY] + list(args), input=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=RUN_TIMEOUT_S,
                           env=isolated_env(self.home, keychain, env))
        r.out = r.stdout.decode("utf-8", "replace")
        r.err = r.stderr.decode("utf-8", "replace")
        # Never in a log: no command prints the key, whatever it is asked.
        self.assertNotIn(CLOUD_KEY.encode(), r.stdout + r.stderr, f"{args} printed the API key")
        return r

    def ok(self, *args, **kwargs):
        r = self.cli(*args, **kwargs)
        self.assertEqual(r.returncode, 0, f"{args}: {r.err}")
        return r

    def add(self, name, url, key=None):
        if key is None:
            return self.ok("remote", "add", name, url)
        return self.ok("remote", "add", name, url, "--api-key-stdin", stdin=(key + "\n").encode())

    def settings_file(self):
        return os.path.join(self.home, ".config", "ContextRelay", "contextrelay-desktop.conf")

    def assert_key_in_no_file(self, key):
        """Not in any file of this test's HOME, nor of the keyring session's HOME (the Secret
        Service's own store included: it is encrypted there)."""
        needles = [key.encode(), base64.b64encode(key.encode()),
                   base64.urlsafe_b64encode(key.encode())]
        searched = 0
        for root_dir in (self.home, KEYRING_HOME):
            for root, _dirs, files in os.walk(root_dir):
                for name in files:
                    path = os.path.join(root, name)
                    if not os.path.isfile(path):
                        continue
                    with open(path, "rb") as f:
                        data = f.read()
                    searched += 1
                    for needle in needles:
                        self.assertNotIn(needle, data, f"the API key is in plain text in {path}")
        self.assertGreater(searched, 0)

    # ---- tests ----

    def test_add_list_push_pull_and_key_only_in_keychain(self):
        name = "cloud-" + self.tag
        r = self.add(name, self.cloud + "/", CLOUD_KEY)
        self.assertIn(name, r.out)

        # In the Secret Service, readable by any libsecret client…
        self.assertEqual(secret_lookup(name), CLOUD_KEY)
        keyrings = os.path.join(KEYRING_HOME, ".local", "share", "keyrings")
        stores = [os.path.join(keyrings, f) for f in os.listdir(keyrings)]
        self.assertTrue(any(os.path.getmtime(p) >= self.started - 1 for p in stores),
                        f"no keyring file was written: {stores}")
        # …and the settings hold the name and the base URL only.
        with open(self.settings_file(), encoding="utf-8") as f:
            settings = f.read()
        self.assertIn(f"{name}={self.cloud}\n", settings)
        self.assert_key_in_no_file(CLOUD_KEY)

        r = self.ok("remote", "list")
        lines = r.out.splitlines()
        self.assertEqual(lines[0].split(), ["NAME", "URL", "KEY"])
        self.assertEqual(lines[1].split(), [name, self.cloud, "keychain"])
        listed = json.loads(self.ok("remote", "list", "--json").out)
        self.assertEqual(listed, [{"name": name, "url": self.cloud, "key": "keychain"}])

        # --remote wins over $CONTEXTRELAY_URL (the open local relay) and brings the key.
        env = {"CONTEXTRELAY_URL": self.local}
        text = "to the cloud ✓ " + self.tag
        url = self.ok("push", "--remote", name, "--meta", "via=remote", stdin=text.encode(),
                      env=env).out.strip()
        self.assertTrue(url.startswith(self.cloud + "/pull/"), url)
        self.assertEqual(self.ok("pull", "--remote", name, url, env=env).out, text)
        self.assertEqual(json.loads(self.ok("peek", "--remote", name, url).out), {"via": "remote"})
        pointer_id = url.rsplit("/", 1)[1]
        self.assertEqual(requests.get(f"{self.local}/peek/{pointer_id}", timeout=HTTP_TIMEOUT_S)
                         .status_code, 404, "the push went to the local relay")

        # publish and status take --remote too.
        self.assertEqual(self.ok("publish", "--remote", name, "ch-" + self.tag, '{"x": 1}').out, "0\n")
        self.assertIn(self.cloud, self.ok("status", "--remote", name).out)

        # --api-key overrides the stored key.
        r = self.cli("pull", "--remote", name, "--api-key", "not-the-key", url)
        self.assertEqual(r.returncode, 6, r.err)
        self.assertIn(INVALID_KEY, r.err)
        # The relay does want a key: without the profile, a plain --server gets 401 in words.
        r = self.cli("pull", "--server", self.cloud, url)
        self.assertEqual(r.returncode, 6, r.err)
        self.assertIn(INVALID_KEY, r.err)

        self.assert_key_in_no_file(CLOUD_KEY)

    def test_connection_test_all_steps_ok(self):
        name = "cloud-" + self.tag
        self.add(name, self.cloud, CLOUD_KEY)
        r = self.ok("remote", "test", name)
        lines = r.out.splitlines()
        self.assertEqual(len(lines), 4, r.out)
        names = []
        for line in lines:
            m = STEP_OK_RE.match(line)
            self.assertIsNotNone(m, f"not an ok step with a latency: {line!r}")
            names.append(m.group(1))
        self.assertEqual(names, ["health", "auth", "round trip", "websocket"])

        report = json.loads(self.ok("remote", "test", name, "--json").out)
        self.assertTrue(report["ok"])
        self.assertEqual(report["url"], self.cloud)
        for step in report["steps"]:
            self.assertTrue(step["ok"] and step["ran"], step)
            self.assertIsInstance(step["latency_ms"], int)
            self.assertGreaterEqual(step["latency_ms"], 0)

    def test_wrong_key_is_a_clear_401(self):
        name = "wrong-" + self.tag
        self.add(name, self.cloud, "cr_not_the_key_" + self.tag)
        r = self.cli("remote", "test", name)
        self.assertEqual(r.returncode, 6, r.out + r.err)
        lines = r.out.splitlines()
        self.assertRegex(lines[0], STEP_OK_RE)
        self.assertEqual(lines[1], "✗ auth: " + INVALID_KEY)
        self.assertEqual(lines[2:], ["- round trip: not run", "- websocket: not run"])

        r = self.cli("push", "--remote", name, stdin=b"nope")
        self.assertEqual(r.returncode, 6, r.err)
        self.assertIn(INVALID_KEY, r.err)

        report = json.loads(self.cli("remote", "test", name, "--json").out)
        self.assertFalse(report["ok"])
        self.assertEqual([s["ran"] for s in report["steps"]], [True, True, False, False])
        self.assertEqual(report["steps"][1]["message"], INVALID_KEY)

    def test_unreachable_relay(self):
        name = "gone-" + self.tag
        self.add(name, f"http://127.0.0.1:{closed_port()}")
        r = self.cli("remote", "test", name)
        self.assertEqual(r.returncode, 2, r.out + r.err)
        self.assertTrue(r.out.splitlines()[0].startswith("✗ health: unreachable: "), r.out)
        self.assertIn("- websocket: not run", r.out)
        r = self.cli("push", "--remote", name, stdin=b"x")
        self.assertEqual(r.returncode, 2, r.err)
        self.assertIn("Cannot reach the relay", r.err)

    def test_quota_exceeded_402(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), QuotaHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(thread.join, 10)
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        name = "quota-" + self.tag
        self.add(name, f"http://127.0.0.1:{server.server_address[1]}", "cr_some_key_" + self.tag)
        r = self.cli("remote", "test", name)
        self.assertEqual(r.returncode, 6, r.out + r.err)
        self.assertRegex(r.out.splitlines()[0], STEP_OK_RE)
        self.assertEqual(r.out.splitlines()[1], "✗ auth: " + QUOTA)
        r = self.cli("push", "--remote", name, stdin=b"x")
        self.assertEqual(r.returncode, 6, r.err)
        self.assertIn("402: quota exceeded", r.err)

    def test_without_keychain_nothing_is_stored(self):
        name = "nokc-" + self.tag
        r = self.cli("remote", "add", name, self.cloud, "--api-key-stdin",
                     stdin=(CLOUD_KEY + "\n").encode(), keychain=False)
        self.assertEqual(r.returncode, 6, r.err)
        self.assertIn(NO_KEYCHAIN, r.err)
        # The way out is offered: a key per command, or a session-only key in the app.
        self.assertIn("--api-key", r.err)
        self.assertIn("CONTEXTRELAY_API_KEY", r.err)
        self.assertIn("session-only", r.err)
        self.assertFalse(os.path.exists(self.settings_file())
                         and name in open(self.settings_file(), encoding="utf-8").read())
        r = self.ok("remote", "list", keychain=False)
        self.assertEqual(r.out, "")
        self.assertEqual(secret_lookup(name), "")
        self.assert_key_in_no_file(CLOUD_KEY)

        # That alternative works: a profile without a key, the key from the environment.
        self.ok("remote", "add", name, self.cloud, keychain=False)
        r = self.ok("remote", "list", keychain=False)
        self.assertEqual(r.out.splitlines()[1].split(None, 2), [name, self.cloud, "unavailable (no keychain)"])
        url = self.ok("push", "--remote", name, stdin=b"env key", keychain=False,
                      env={"CONTEXTRELAY_API_KEY": CLOUD_KEY}).out.strip()
        self.assertTrue(url.startswith(self.cloud + "/pull/"), url)
        self.assert_key_in_no_file(CLOUD_KEY)

    def test_remove_takes_the_keychain_entry_along(self):
        name = "gone-soon-" + self.tag
        self.add(name, self.cloud, CLOUD_KEY)
        self.assertEqual(secret_lookup(name), CLOUD_KEY)
        r = self.ok("remote", "remove", name)
        self.assertIn(name, r.out)
        self.assertEqual(secret_lookup(name), "")
        self.assertNotIn(name, self.ok("remote", "list").out)
        r = self.cli("remote", "remove", name)
        self.assertEqual(r.returncode, 4, r.err)
        self.assertIn(name, r.err)

        # Re-adding a name without a key drops the old key: it must not follow the name to a new URL.
        self.add(name, self.cloud, CLOUD_KEY)
        self.add(name, self.local)
        self.assertEqual(secret_lookup(name), "")
        self.assertEqual(self.ok("remote", "list").out.splitlines()[1].split(), [name, self.local, "none"])

    def test_usage_errors(self):
        for args in (["remote", "add", "bad name", self.cloud],
                     ["remote", "add", "x" * 65, self.cloud],
                     ["remote", "add", "ftp-" + self.tag, "ftp://relay.example"],
                     ["remote", "add", "q-" + self.tag, self.cloud + "/?key=abc"],
                     ["remote", "add", "u-" + self.tag, "https://me:pw@relay.example"],
                     ["remote", "add", "only-name"],
                     ["remote", "frob"],
                     ["push", "--remote", "nope-" + self.tag],
                     ["push", "--remote", "nope-" + self.tag, "--server", self.local]):
            r = self.cli(*args, stdin=b"x")
            self.assertEqual(r.returncode, 1, f"{args}: {r.err}")
            self.assertTrue(r.err.strip(), args)
        self.assertEqual(self.ok("remote", "list").out, "")
        name = "both-" + self.tag
        self.add(name, self.cloud)
        r = self.cli("push", "--remote", name, "--server", self.local, stdin=b"x")
        self.assertEqual(r.returncode, 1, r.err)
        self.assertIn("either --remote or --server", r.err)
        r = self.cli("pull", "--remote", "missing-" + self.tag, "abc")
        self.assertEqual(r.returncode, 1)
        self.assertIn('no remote named "missing-', r.err)
        r = self.cli("remote", "test", "missing-" + self.tag)
        self.assertEqual(r.returncode, 4, r.err)
        r = self.cli("remote", "add", "empty-" + self.tag, self.cloud, "--api-key-stdin", stdin=b"\n")
        self.assertEqual(r.returncode, 1, r.err)
        self.assertNotIn("empty-" + self.tag, self.ok("remote", "list").out)


def configure_from_command_line():
    """Sets BINARY (and test_interop's RELAY_BINARY) and KEYRING_HOME from the command line and
    what with-keyring.sh set up; returns the arguments left for unittest, or None after saying on
    stderr what is missing. test_channel_bridge runs on the same."""
    global BINARY, KEYRING_HOME
    BINARY, remaining = test_interop.binary_from_command_line()
    KEYRING_HOME = BINARY and test_interop.keyring_home_from_environment()
    return remaining if KEYRING_HOME else None


def main():
    remaining = configure_from_command_line()
    return 2 if remaining is None else test_interop.run_tests(remaining)


if __name__ == "__main__":
    sys.exit(main())
