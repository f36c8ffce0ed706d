#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""API keys on the local relay, end to end: `keys create/list/revoke` (output,
exit codes, only hashes on disk), a headless relay that requires the stored
keys on every route but GET / (the WebSocket upgrade too), keys created and
revoked while it runs, and --listen beyond loopback.

Usage: test_keys.py --binary /path/to/contextrelay-desktop

Every process gets XDG_CONFIG_HOME, XDG_DATA_HOME and HOME in a temp folder of
the test's own; waits poll a real condition with a deadline.
"""

import base64
import datetime
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess, isolated_env, proxies cleared)
from test_interop import RelayProcess, isolated_env  # noqa: E402

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket)

BINARY = None
RUN_TIMEOUT_S = 60
HTTP_TIMEOUT_S = 30
RELOAD_DEADLINE_S = 15.0   # a running relay sees a key change well within this

TOKEN_RE = re.compile(rb"cr_local_[A-Za-z0-9_-]{43}\n")
AUTH_ERROR = {"error": "Missing or invalid API key"}


def key_id(token):
    """The ID `keys list` shows: the first 12 hex characters of the token's
    BLAKE2b-256 (what libsodium's crypto_generichash computes)."""
    return hashlib.blake2b(token.encode("ascii"), digest_size=32).hexdigest()[:12]


def full_hash(token):
    return hashlib.blake2b(token.encode("ascii"), digest_size=32).hexdigest()


def bearer(token):
    return {"Authorization": f"Bearer {token}"} if token else {}


class KeysTestCase(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory(prefix="relay-keys-")
        self.addCleanup(tmp.cleanup)
        self.root = tmp.name
        self.env = {var: os.path.join(self.root, sub)
                    for var, sub in test_interop.ISOLATED_DIRS}

    # ---- helpers -----------------------------------------------------

    def keys(self, *args):
        env = isolated_env(self.root, self.env)
        env.pop("CONTEXTRELAY_URL", None)
        env.pop("CONTEXTRELAY_API_KEY", None)
        return subprocess.run([BINARY, "keys", *args], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=RUN_TIMEOUT_S, env=env)

    def keys_ok(self, *args):
        r = self.keys(*args)
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        return r

    def create(self, *args):
        r = self.keys_ok("create", *args)
        self.assertRegex(r.stdout, TOKEN_RE, "stdout must be the token alone, on one line")
        return r.stdout.decode("ascii").strip()

    def listed(self):
        """`keys list` as [(id, name, created)], header checked."""
        out = self.keys_ok("list").stdout.decode("utf-8")
        if not out:
            return []
        lines = out.splitlines()
        self.assertRegex(lines[0], r"^ID +NAME +CREATED$")
        rows = []
        for line in lines[1:]:
            m = re.fullmatch(r"([0-9a-f]{12})  (.+?) +(\S+)", line)
            self.assertTrue(m, f"not an ID NAME CREATED row: {line!r}")
            rows.append((m.group(1), m.group(2), m.group(3)))
        return rows

    def relay(self, *args):
        relay = RelayProcess(["--ephemeral", *args], env=self.env)
        self.addCleanup(relay.close)
        return relay

    def stats_status(self, base, token=None):
        return requests.get(f"{base}/stats", headers=bearer(token), timeout=HTTP_TIMEOUT_S).status_code

    def wait_for(self, condition, what):
        test_interop.wait_until(condition, what, RELOAD_DEADLINE_S)

    def assert_refused(self, response, what):
        self.assertEqual(response.status_code, 401, f"{what}: {response.text}")
        self.assertEqual(response.headers.get("Content-Type", "").split(";")[0].strip(),
                         "application/json", what)
        self.assertEqual(response.json(), AUTH_ERROR, what)

    def push(self, base, token=None, channel=None):
        body = {"data": "keyed " + uuid.uuid4().hex}
        if channel:
            body["channel"] = channel
        return requests.post(f"{base}/push", json=body, headers=bearer(token), timeout=HTTP_TIMEOUT_S)

    def upgrade(self, base, channel, token=None):
        """A WebSocket upgrade request by hand, to read the refusal's body."""
        headers = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                   "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode("ascii")}
        headers.update(bearer(token))
        return requests.get(f"{base}/ws/{channel}", headers=headers, timeout=HTTP_TIMEOUT_S, stream=True)

    def files_under_root(self):
        for folder, _, names in os.walk(self.root):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.isfile(path):
                    with open(path, "rb") as f:
                        yield path, f.read()


class KeyCommandTests(KeysTestCase):
    def test_create_list_revoke(self):
        r = self.keys_ok("list")
        self.assertEqual(r.stdout, b"")
        self.assertIn(b"No API keys", r.stderr)

        r = self.keys_ok("create", "--name", "reviewer")
        self.assertRegex(r.stdout, TOKEN_RE)
        reviewer = r.stdout.decode("ascii").strip()
        note = r.stderr.decode("utf-8")
        self.assertIn("only", note)
        self.assertIn("once", note)
        self.assertIn("hash", note)
        self.assertNotIn(reviewer, note)
        unnamed = self.create()

        before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
        rows = self.listed()
        self.assertEqual([(i, n) for i, n, _ in rows],
                         [(key_id(reviewer), "reviewer"), (key_id(unnamed), "key 2")])
        for _, _, created in rows:
            when = datetime.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=datetime.timezone.utc)
            self.assertGreater(when, before)
        listing = self.keys_ok("list").stdout.decode("utf-8")
        for token in (reviewer, unnamed):
            self.assertNotIn(token, listing)
            self.assertNotIn(full_hash(token), listing)

        # On disk: the hashes, never a token.
        seen_hash = False
        for path, content in self.files_under_root():
            for token in (reviewer, unnamed):
                self.assertNotIn(token.encode("ascii"), content, path)
            self.assertNotIn(b"cr_local_", content, path)
            seen_hash = seen_hash or full_hash(reviewer).encode("ascii") in content
        self.assertTrue(seen_hash, "the key's hash is in no file under the test's folders")

        r = self.keys_ok("revoke", "reviewer")
        self.assertIn(key_id(reviewer).encode("ascii"), r.stderr)
        self.assertEqual([i for i, _, _ in self.listed()], [key_id(unnamed)])

        r = self.keys("revoke", "nobody")
        self.assertEqual(r.returncode, 4, r.stderr)
        self.assertEqual(r.stdout, b"")
        self.assertRegex(r.stderr.decode("utf-8").strip(), r"^contextrelay-desktop: .*nobody.*\.$")

        r = self.keys_ok("revoke", key_id(unnamed).upper())
        self.assertEqual(self.listed(), [])

    def test_revoke_by_name_must_be_unique(self):
        first = self.create("--name", "twin")
        second = self.create("--name", "twin")
        r = self.keys("revoke", "twin")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(b"ID", r.stderr)
        self.assertEqual(len(self.listed()), 2)
        self.keys_ok("revoke", key_id(first))
        self.assertEqual([i for i, _, _ in self.listed()], [key_id(second)])
        # Now the name is unique again.
        self.keys_ok("revoke", "twin")
        self.assertEqual(self.listed(), [])

    def test_help_and_usage(self):
        for args in (["--help"], ["create", "--help"], ["list", "--help"], ["revoke", "--help"]):
            r = self.keys(*args)
            self.assertEqual(r.returncode, 0, (args, r.stderr))
            self.assertTrue(r.stdout.strip(), args)
        for args in ([], ["frob"], ["revoke"], ["list", "extra"], ["create", "--bogus"]):
            r = self.keys(*args)
            self.assertEqual(r.returncode, 1, (args, r.stdout, r.stderr))
            self.assertTrue(r.stderr.startswith(b"contextrelay-desktop: "), (args, r.stderr))
        self.assertEqual(self.listed(), [], "a usage error must not create a key")


class RelayKeyTests(KeysTestCase):
    def test_stored_key_required_on_every_route_but_health(self):
        token = self.create("--name", "agent")
        relay = self.relay()
        base = relay.base_url

        r = requests.get(f"{base}/", timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)

        pushed = self.push(base, token, channel="keyed")
        self.assertEqual(pushed.status_code, 200, pushed.text)
        pid = pushed.json()["id"]

        for wrong in (None, "cr_local_" + "A" * 43):
            self.assert_refused(self.push(base, wrong), f"POST /push with {wrong!r}")
            for method, path in (("GET", f"/pull/{pid}"), ("GET", f"/peek/{pid}"),
                                 ("GET", "/stats"), ("DELETE", f"/pull/{pid}")):
                r = requests.request(method, f"{base}{path}", headers=bearer(wrong),
                                     timeout=HTTP_TIMEOUT_S)
                self.assert_refused(r, f"{method} {path} with {wrong!r}")
            r = self.upgrade(base, "keyed", wrong)
            self.assert_refused(r, f"WebSocket upgrade with {wrong!r}")
            r.close()
        with self.assertRaises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(f"{relay.ws_base}/ws/keyed", timeout=HTTP_TIMEOUT_S)
        self.assertEqual(refused.exception.status_code, 401)

        # With the key everything works; nothing above touched the payload.
        ws = websocket.create_connection(f"{relay.ws_base}/ws/keyed", timeout=HTTP_TIMEOUT_S,
                                         header=[f"Authorization: Bearer {token}"])
        self.addCleanup(ws.close)
        self.assertEqual(requests.get(f"{base}/peek/{pid}", headers=bearer(token),
                                      timeout=HTTP_TIMEOUT_S).status_code, 200)
        self.assertEqual(self.stats_status(base, token), 200)
        r = requests.get(f"{base}/pull/{pid}", headers=bearer(token), timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        r = requests.delete(f"{base}/pull/{pid}", headers=bearer(token), timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 204, r.text)
        later = self.push(base, token, channel="keyed")
        self.assertEqual(later.status_code, 200, later.text)
        self.assertIn(later.json()["id"], ws.recv())
        relay.stop_checked()

    def test_api_key_file_replaces_stored_keys(self):
        stored = self.create()
        file_token = "cr_local_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
        path = os.path.join(self.root, "tokens.txt")
        with open(path, "w") as f:
            f.write(f"# for the test\n{file_token}\n")
        relay = self.relay("--api-key-file", path)
        self.assertEqual(self.stats_status(relay.base_url, file_token), 200)
        self.assertEqual(self.stats_status(relay.base_url, stored), 401)
        self.assertEqual(self.stats_status(relay.base_url), 401)
        relay.stop_checked()

    def test_keys_change_while_the_relay_runs(self):
        relay = self.relay()
        base = relay.base_url
        self.assertEqual(self.stats_status(base), 200)
        # A subscriber from before the key: its connection stays.
        early = websocket.create_connection(f"{relay.ws_base}/ws/early", timeout=HTTP_TIMEOUT_S)
        self.addCleanup(early.close)

        first = self.create("--name", "first")
        self.wait_for(lambda: self.stats_status(base) == 401,
                      "a request without key refused after keys create")
        self.assert_refused(self.push(base), "push without key after keys create")
        self.assertEqual(self.stats_status(base, first), 200)
        pushed = self.push(base, first, channel="early")
        self.assertEqual(pushed.status_code, 200, pushed.text)
        self.assertIn(pushed.json()["id"], early.recv())

        second = self.create("--name", "second")
        self.wait_for(lambda: self.stats_status(base, second) == 200, "the second key accepted")
        self.keys_ok("revoke", "first")
        self.wait_for(lambda: self.stats_status(base, first) == 401, "the revoked key refused")
        self.assertEqual(self.stats_status(base, second), 200)
        self.assertEqual(self.stats_status(base), 401)

        # The last key gone: on loopback the relay is open again.
        self.keys_ok("revoke", key_id(second))
        self.wait_for(lambda: self.stats_status(base) == 200, "open again without keys")
        relay.stop_checked()


class ListenTests(KeysTestCase):
    def test_beyond_loopback_needs_a_key(self):
        env = isolated_env(self.root, self.env)
        r = subprocess.run([BINARY, "--headless", "--port", "0", "--ephemeral", "--listen", "0.0.0.0"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=RUN_TIMEOUT_S, env=env)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stdout, b"")
        message = r.stderr.decode("utf-8").strip()
        self.assertRegex(message, r"^contextrelay-desktop: .*API key.*\.$")
        self.assertEqual(len(message.splitlines()), 1, message)

    def test_beyond_loopback_with_a_key(self):
        token = self.create()
        relay = self.relay("--listen", "0.0.0.0")
        # Reached through loopback only; the printed URL says so.
        self.assertTrue(relay.base_url.startswith("http://127.0.0.1:"), relay.base_url)
        self.assertEqual(requests.get(f"{relay.base_url}/", timeout=HTTP_TIMEOUT_S).status_code, 200)
        self.assertEqual(self.stats_status(relay.base_url), 401)
        self.assertEqual(self.stats_status(relay.base_url, token), 200)

        # Its last key revoked, a relay on the network stays closed and says so.
        self.keys_ok("revoke", key_id(token))
        self.wait_for(lambda: "No API key is left" in relay.stderr_tail(), "the warning on stderr")
        self.assertEqual(self.stats_status(relay.base_url), 401)
        self.assertEqual(self.stats_status(relay.base_url, token), 401)
        self.assertEqual(requests.get(f"{relay.base_url}/", timeout=HTTP_TIMEOUT_S).status_code, 200)
        relay.stop_checked()


if __name__ == "__main__":
    BINARY, _remaining = test_interop.binary_from_command_line()
    sys.exit(2 if BINARY is None else test_interop.run_tests(_remaining))
