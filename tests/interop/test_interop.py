#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Interop test: drive the relay on the wire exactly like the upstream
`contextrelay` Python SDK does (requests + websocket-client + Fernet).

Usage:
    test_interop.py --binary /path/to/contextrelay-desktop [unittest args...]
or set RELAY_BINARY in the environment.

Every relay is started with `--port 0`; its first stdout line is the base URL.
Nothing here sleeps to synchronise: waits are socket timeouts, queue/Event
timeouts or process waits with a deadline.
"""

import argparse
import base64
import collections
import json
import os
import queue
import random
import re
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

# The relay only listens on loopback; a proxy configured in the environment
# must never see these requests (requests honours *_proxy for 127.0.0.1).
for _var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY",
             "HTTPS_PROXY", "ALL_PROXY"):
    os.environ.pop(_var, None)

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket, websocket-client 1.2.3)
from cryptography.fernet import Fernet, InvalidToken  # noqa: E402

RELAY_BINARY = None  # set by binary_from_command_line()

STARTUP_TIMEOUT_S = 30.0   # first stdout line must appear within this
STOP_TIMEOUT_S = 10.0      # SIGTERM -> exit(0) within this
HTTP_TIMEOUT_S = 30.0
WS_TIMEOUT_S = 10.0        # max wait for one WebSocket message
POLL_S = 0.05              # interval of wait_until's polls on observable state
TS_TOLERANCE_MS = 5000

HEALTH_TEXT = "ContextRelay API is running."
NOT_FOUND_TEXT = "Context not found or expired"
EVIL_ORIGIN = "https://evil.example"
NON_ASCII_TEXT = "héllo wörld — ✓ 日本"

BASE_URL_RE = re.compile(r"http://(127\.0\.0\.1|\[::1\]|localhost):([1-9][0-9]{0,4})")
UUID4_RE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


# --------------------------------------------------------------------------
# Relay process handling
# --------------------------------------------------------------------------

ISOLATED_DIRS = (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                 ("HOME", "home"))


def isolated_env(root, env=None):
    """os.environ with XDG_CONFIG_HOME, XDG_DATA_HOME and HOME under root
    (unless env gives them), then env on top: a developer's settings (API
    keys!) and data never reach a relay or CLI process started by a test."""
    full = dict(os.environ)
    for var, sub in ISOLATED_DIRS:
        if not env or var not in env:
            path = os.path.join(root, sub)
            os.makedirs(path, exist_ok=True)
            full[var] = path
    if env:
        full.update(env)
    return full


class RelayProcess:
    """One relay subprocess. The first stdout line is the base URL; the rest
    of stdout is drained by a thread so the relay never blocks on a full
    pipe. stderr goes to a temp file, quoted in failure messages.

    The relay gets a config/data/home folder of its own (see isolated_env);
    pass env to share one, e.g. with CLI processes that edit its settings."""

    def __init__(self, extra_args, env=None):
        if not RELAY_BINARY:
            raise RuntimeError("no relay binary: pass --binary or set RELAY_BINARY")
        self.argv = [RELAY_BINARY, "--headless", "--port", "0"] + list(extra_args)
        self._home = tempfile.TemporaryDirectory(prefix="relay-env-")
        self._stderr = tempfile.TemporaryFile()
        self._first_line = queue.Queue(maxsize=1)
        self._extra_stdout = collections.deque(maxlen=200)
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=self._stderr, close_fds=True,
            env=isolated_env(self._home.name, env))
        self._reader = threading.Thread(target=self._drain_stdout,
                                        name="relay-stdout", daemon=True)
        self._reader.start()
        self.base_url = self._read_base_url()

    def _drain_stdout(self):
        first = True
        try:
            for line in iter(self.proc.stdout.readline, b""):
                if first:
                    self._first_line.put(line)
                    first = False
                else:
                    self._extra_stdout.append(line)
        finally:
            if first:
                self._first_line.put(None)  # EOF before any line
            self.proc.stdout.close()

    def stderr_bytes(self):
        """Everything the relay wrote on stderr so far, while it runs (to wait
        for a log line). pread: a seek would move the relay's own write offset
        too, since it shares the file description."""
        fd = self._stderr.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0)

    def stderr_tail(self, limit=4000):
        try:
            self._stderr.seek(0)
            data = self._stderr.read()
        except (OSError, ValueError):
            return "<stderr unavailable>"
        text = data.decode("utf-8", "replace")
        return text[-limit:] if text else "<empty>"

    def _fail(self, what):
        self.kill()
        raise AssertionError(
            f"{what}\n  argv: {self.argv}\n  exit code: {self.proc.returncode}"
            f"\n  stderr:\n{self.stderr_tail()}")

    def _read_base_url(self):
        try:
            line = self._first_line.get(timeout=STARTUP_TIMEOUT_S)
        except queue.Empty:
            self._fail(f"relay printed no stdout line within {STARTUP_TIMEOUT_S} s")
        if line is None:
            try:
                self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                pass
            self._fail("relay closed stdout without printing its base URL")
        if not line.endswith(b"\n"):
            self._fail(f"first stdout line not newline-terminated: {line!r}")
        try:
            text = line[:-1].decode("ascii")
        except UnicodeDecodeError:
            self._fail(f"first stdout line is not ASCII: {line!r}")
        m = BASE_URL_RE.fullmatch(text)
        if not m or int(m.group(2)) > 65535:
            self._fail("first stdout line is not exactly a loopback base URL "
                       f"like http://127.0.0.1:41234 — got {line!r}")
        return text

    @property
    def ws_base(self):
        return "ws://" + self.base_url[len("http://"):]

    def terminate_and_wait(self):
        """SIGTERM; return the exit code, or None if it did not exit in time
        (then it is SIGKILLed)."""
        if self.proc.poll() is not None:
            return self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                pass
        self._reader.join(timeout=STOP_TIMEOUT_S)

    def close(self):
        self.kill()
        self._stderr.close()
        self._home.cleanup()

    def stop_checked(self):
        """SIGTERM and raise AssertionError unless exit code 0 within 10 s."""
        rc = self.terminate_and_wait()
        self._reader.join(timeout=STOP_TIMEOUT_S)
        tail = self.stderr_tail()
        self._stderr.close()
        self._home.cleanup()
        if rc is None:
            raise AssertionError(
                f"relay did not exit within {STOP_TIMEOUT_S} s after SIGTERM "
                f"(killed)\n  stderr:\n{tail}")
        if rc != 0:
            raise AssertionError(
                f"relay exited with code {rc} after SIGTERM, expected 0"
                f"\n  stderr:\n{tail}")


def wait_until(condition, what, timeout, detail=None):
    """Polls condition() until it returns something true, and returns that;
    raises AssertionError naming what (and detail(), if given) once timeout
    seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            message = f"not within {timeout} s: {what}"
            raise AssertionError(message + "\n" + detail() if detail else message)
        time.sleep(POLL_S)


# --------------------------------------------------------------------------
# Running a suite: the binary under test, the keyring, unittest
# --------------------------------------------------------------------------

def free_port():
    """A loopback port nobody listens on now, for a process that takes no --port 0 (the GUI)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_relay_up(proc, base_url):
    """For wait_until: the relay of a started app (GUI) answers GET /; raises if the app exited."""
    if proc.poll() is not None:
        err = proc.stderr.read() if proc.stderr else b""
        raise AssertionError(f"the app exited ({proc.returncode}): "
                             f"{err.decode(errors='replace') if isinstance(err, bytes) else err}")
    try:
        return requests.get(base_url + "/", timeout=2).ok
    except requests.RequestException:
        return False


def binary_from_command_line():
    """(binary, the arguments left for unittest): --binary, else
    $RELAY_BINARY, made absolute and kept as RELAY_BINARY for RelayProcess.
    binary is None after saying on stderr what is wrong."""
    global RELAY_BINARY
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--binary", default=os.environ.get("RELAY_BINARY"))
    args, remaining = parser.parse_known_args()
    if not args.binary:
        print("error: pass --binary /path/to/contextrelay-desktop or set RELAY_BINARY",
              file=sys.stderr)
        return None, remaining
    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        print(f"error: relay binary not found or not executable: {args.binary}",
              file=sys.stderr)
        return None, remaining
    RELAY_BINARY = os.path.abspath(args.binary)
    return RELAY_BINARY, remaining


def keyring_home_from_environment():
    """$KEYRING_TEST_HOME: the HOME of the Secret Service that with-keyring.sh
    started for the keychain suites; None after saying on stderr what is
    missing."""
    home = os.environ.get("KEYRING_TEST_HOME")
    if not home or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("error: run this through tests/interop/with-keyring.sh (it starts the Secret Service)",
              file=sys.stderr)
        return None
    if not shutil.which("secret-tool"):
        print("error: secret-tool is missing (libsecret-tools); run scripts/setup.sh", file=sys.stderr)
        return None
    return home


def run_tests(remaining):
    """Runs __main__'s tests with unittest's normal summary; the exit code:
    0 when all passed, else 1."""
    program = unittest.main(argv=[sys.argv[0]] + remaining, exit=False)
    return 0 if program.result.wasSuccessful() else 1


# --------------------------------------------------------------------------
# SDK-equivalent wire calls (written from the SDK's documented behaviour)
# --------------------------------------------------------------------------

def sdk_push(base, text, channel=None, metadata=None, encrypted=False):
    """Like ContextRelay.push(): returns the pointer URL (with #key= when
    encrypted)."""
    key = None
    data = text
    if encrypted:
        key = Fernet.generate_key()
        data = Fernet(key).encrypt(text.encode("utf-8")).decode("ascii")
    body = {"data": data}
    if channel is not None:
        body["channel"] = channel
    if metadata is not None:
        body["metadata"] = metadata
    response = requests.post(f"{base}/push", json=body, timeout=HTTP_TIMEOUT_S)
    response.raise_for_status()
    url = response.json()["url"]
    if key is not None:
        return url + "#key=" + key.decode("ascii")
    return url


def split_key(url):
    if "#" not in url:
        return url, None
    bare, _, fragment = url.partition("#")
    key = fragment[len("key="):] if fragment.startswith("key=") else None
    return bare, key


def sdk_pull(url):
    """Like ContextRelay.pull(): fragment stripped, response.text, envelope
    unwrapped, Fernet-decrypted when a key is present."""
    bare, key = split_key(url)
    response = requests.get(bare, timeout=HTTP_TIMEOUT_S)
    response.raise_for_status()
    raw = response.text
    payload = json.loads(raw)["data"]
    if key is None:
        return payload
    return Fernet(key.encode("ascii")).decrypt(payload.encode("ascii")).decode("utf-8")


def sdk_peek(url):
    """Like ContextRelay.peek()."""
    bare, _ = split_key(url)
    response = requests.get(bare.replace("/pull/", "/peek/"), timeout=HTTP_TIMEOUT_S)
    response.raise_for_status()
    return response.json()


def pointer_id(url):
    bare, _ = split_key(url)
    return bare.rsplit("/pull/", 1)[1]


def now_ms():
    return int(time.time() * 1000)


def unique_channel(tag):
    return f"interop-{tag}-{uuid.uuid4().hex[:12]}"


def compact_envelope(data, metadata):
    """The envelope PROTOCOL.md promises, byte for byte (JSON.stringify-like:
    compact, non-ASCII literal, keys in the order given)."""
    return json.dumps({"data": data, "metadata": metadata},
                      separators=(",", ":"), ensure_ascii=False)


def content_type_parts(value):
    parts = [p.strip() for p in (value or "").split(";")]
    media = parts[0].lower()
    params = {}
    for p in parts[1:]:
        if "=" in p:
            k, _, v = p.partition("=")
            params[k.strip().lower()] = v.strip().strip('"').lower()
    return media, params


# --------------------------------------------------------------------------
# Test base
# --------------------------------------------------------------------------

class RelayTestCase(unittest.TestCase):
    relay_args = ["--ephemeral"]
    relay = None

    @classmethod
    def setUpClass(cls):
        cls.relay = RelayProcess(cls.relay_args)
        cls.base = cls.relay.base_url

    @classmethod
    def tearDownClass(cls):
        if cls.relay is not None:
            relay, cls.relay = cls.relay, None
            relay.stop_checked()

    # ---- helpers -----------------------------------------------------

    def ws_url(self, channel, query=""):
        return f"{self.relay.ws_base}/ws/{channel}{query}"

    def subscribe(self, channel, query="", **options):
        """create_connection() with the library's default Origin (as the
        SDK's WebSocketApp sends it). The subscription is expected to be
        live once the 101 response has been received."""
        ws = websocket.create_connection(self.ws_url(channel, query),
                                         timeout=WS_TIMEOUT_S, **options)
        self.addCleanup(ws.close)
        return ws

    def recv_json(self, ws, what="a message"):
        try:
            raw = ws.recv()
        except websocket.WebSocketTimeoutException:
            self.fail(f"no WebSocket message within {WS_TIMEOUT_S} s while waiting for {what}")
        except websocket.WebSocketConnectionClosedException:
            self.fail(f"WebSocket closed by the relay while waiting for {what}")
        self.assertIsInstance(raw, str, f"expected a text frame for {what}, got {raw!r:.200}")
        self.assertNotEqual(raw, "", f"relay closed the WebSocket while waiting for {what}")
        try:
            return json.loads(raw)
        except ValueError:
            self.fail(f"WebSocket frame is not JSON: {raw!r:.300}")

    def assert_ts(self, ts, before_ms=None):
        self.assertIs(type(ts), int, f"ts must be an integer (Unix ms), got {ts!r}")
        now = now_ms()
        lower = (before_ms if before_ms is not None else now) - TS_TOLERANCE_MS
        self.assertGreaterEqual(ts, lower, f"ts {ts} too far in the past (now {now} ms)")
        self.assertLessEqual(ts, now + TS_TOLERANCE_MS, f"ts {ts} in the future (now {now} ms)")

    def assert_pointer_message(self, msg, expected_url, before_ms=None):
        self.assertIsInstance(msg, dict, msg)
        self.assertEqual(set(msg), {"url", "ts"}, f"pointer message keys: {msg!r}")
        self.assertEqual(msg["url"], expected_url)
        self.assert_ts(msg["ts"], before_ms)

    def push_json(self, body, **kwargs):
        r = requests.post(f"{self.base}/push", json=body, timeout=HTTP_TIMEOUT_S, **kwargs)
        self.assertEqual(r.status_code, 200, f"push failed: {r.status_code} {r.text!r:.300}")
        return r.json()

    def assert_uuid4(self, value):
        self.assertIsInstance(value, str)
        self.assertTrue(UUID4_RE.fullmatch(value),
                        f"not a lower-case UUID v4: {value!r}")

    def assert_push_response(self, resp, channel):
        self.assertIsInstance(resp, dict)
        self.assertIn("id", resp)
        self.assert_uuid4(resp["id"])
        self.assertEqual(resp["url"], f"{self.base}/pull/{resp['id']}")
        self.assertIn("channel", resp)
        self.assertEqual(resp["channel"], channel)

    def pull_envelope(self, url_or_id):
        url = url_or_id if url_or_id.startswith("http") else f"{self.base}/pull/{url_or_id}"
        r = requests.get(split_key(url)[0], timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, f"pull failed: {r.status_code} {r.text!r:.300}")
        media, params = content_type_parts(r.headers.get("Content-Type"))
        self.assertEqual(media, "text/plain", r.headers.get("Content-Type"))
        self.assertEqual(params.get("charset"), "utf-8", r.headers.get("Content-Type"))
        return r, json.loads(r.text)


# --------------------------------------------------------------------------
# Tests against an ephemeral relay
# --------------------------------------------------------------------------

class SdkInteropTests(RelayTestCase):

    def test_health(self):
        r = requests.get(f"{self.base}/", timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.text, HEALTH_TEXT)
        media, _ = content_type_parts(r.headers.get("Content-Type"))
        self.assertEqual(media, "text/plain", r.headers.get("Content-Type"))

    def test_large_push_pull_peek_subscribe(self):
        rng = random.Random(20240607)
        alphabet = string.ascii_letters + string.digits + string.punctuation + " \n\t"
        text = "".join(rng.choice(alphabet) for _ in range(125 * 1024))
        self.assertEqual(len(text.encode("utf-8")), 128000)
        metadata = {"kind": "schema", "nested": {"a": 1, "b": [1, 2, "x"]},
                    "size_kb": 125, "summary": "db schema — v2", "ok": True, "none": None}
        channel = unique_channel("large")

        ws = self.subscribe(channel)
        before = now_ms()

        r = requests.post(f"{self.base}/push",
                          json={"data": text, "channel": channel, "metadata": metadata},
                          timeout=HTTP_TIMEOUT_S)
        r.raise_for_status()
        media, _ = content_type_parts(r.headers.get("Content-Type"))
        self.assertEqual(media, "application/json")
        resp = r.json()
        self.assert_push_response(resp, channel)
        url = resp["url"]

        pulled = sdk_pull(url)
        self.assertEqual(len(pulled), len(text))
        self.assertTrue(pulled.encode("utf-8") == text.encode("utf-8"),
                        "pulled payload differs from the pushed 125 KB payload")

        _, envelope = self.pull_envelope(url)
        self.assertEqual(envelope["metadata"], metadata)
        self.assertNotIn("encoding", envelope)

        self.assertEqual(sdk_peek(url), metadata)
        pr = requests.get(url.replace("/pull/", "/peek/"), timeout=HTTP_TIMEOUT_S)
        media, _ = content_type_parts(pr.headers.get("Content-Type"))
        self.assertEqual(media, "application/json")
        self.assertEqual(pr.json(), metadata)
        self.assertLess(len(pr.content), 1024, "peek must not send the payload")

        self.assert_pointer_message(self.recv_json(ws, "the pushed pointer"), url, before)

    def test_pull_envelope_is_exact_compact_json(self):
        # Keys of `metadata` given in sorted order so that either insertion
        # order or sorted order yields the same bytes.
        text = 'line one\nline "two"\t\\ / end ✓'
        metadata = {"a": 1, "b": {"c": [1, 2.5, "x"], "d": None}, "e": True}
        resp = self.push_json({"data": text, "metadata": metadata})
        r, _ = self.pull_envelope(resp["url"])
        self.assertEqual(r.content, compact_envelope(text, metadata).encode("utf-8"))

        resp = self.push_json({"data": "no metadata here"})
        r, _ = self.pull_envelope(resp["url"])
        self.assertEqual(r.content, b'{"data":"no metadata here","metadata":{}}')

    def test_fernet_encrypted_round_trip(self):
        plaintext = "secret plan: " + NON_ASCII_TEXT + " " + "x" * 2000
        metadata = {"summary": "encrypted context"}
        url = sdk_push(self.base, plaintext, metadata=metadata, encrypted=True)
        self.assertIn("#key=", url)
        bare, key = split_key(url)
        self.assertTrue(bare.startswith(f"{self.base}/pull/"), url)
        self.assert_uuid4(pointer_id(url))

        # Without the key: the stored data is the Fernet token, not the text.
        stored = sdk_pull(bare)
        self.assertNotEqual(stored, plaintext)
        self.assertNotIn("secret plan", stored)
        self.assertTrue(stored.startswith("gAAAAA"), f"not a Fernet token: {stored[:40]!r}")
        token_bytes = base64.urlsafe_b64decode(stored.encode("ascii"))
        self.assertEqual(token_bytes[0], 0x80, "Fernet version byte")
        self.assertEqual((len(token_bytes) - 57) % 16, 0, "Fernet token length")

        # With the key (as the SDK does): the plaintext.
        self.assertEqual(sdk_pull(url), plaintext)
        self.assertEqual(Fernet(key.encode("ascii")).decrypt(stored.encode("ascii")),
                         plaintext.encode("utf-8"))

        # A wrong key is an error, never garbage.
        wrong = Fernet.generate_key().decode("ascii")
        with self.assertRaises(InvalidToken):
            sdk_pull(f"{bare}#key={wrong}")

        # Metadata stays plaintext and readable via peek.
        self.assertEqual(sdk_peek(url), metadata)

    def test_non_ascii_round_trip_via_response_text(self):
        url = sdk_push(self.base, NON_ASCII_TEXT, metadata={"note": NON_ASCII_TEXT})
        r = requests.get(url, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200)
        media, params = content_type_parts(r.headers.get("Content-Type"))
        self.assertEqual(media, "text/plain", r.headers.get("Content-Type"))
        self.assertEqual(params.get("charset"), "utf-8",
                         f"Content-Type without charset=utf-8: {r.headers.get('Content-Type')!r}")
        self.assertEqual(json.loads(r.text)["data"], NON_ASCII_TEXT)
        self.assertEqual(sdk_pull(url), NON_ASCII_TEXT)
        self.assertEqual(sdk_peek(url), {"note": NON_ASCII_TEXT})

    def test_unknown_id_is_404(self):
        missing = str(uuid.uuid4())
        for route in ("peek", "pull"):
            with self.subTest(route=route):
                r = requests.get(f"{self.base}/{route}/{missing}", timeout=HTTP_TIMEOUT_S)
                self.assertEqual(r.status_code, 404)
                self.assertEqual(r.text, NOT_FOUND_TEXT)
        with self.assertRaises(requests.HTTPError):
            sdk_peek(f"{self.base}/pull/{missing}")

    def test_foreign_origin_rejected_on_http(self):
        channel = unique_channel("origin")
        ws = self.subscribe(channel)

        r = requests.post(f"{self.base}/push",
                          json={"data": "from a web page", "channel": channel},
                          headers={"Origin": EVIL_ORIGIN}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 403, f"JSON push with Origin {EVIL_ORIGIN}: {r.text!r:.200}")

        r = requests.post(f"{self.base}/push", params={"channel": channel},
                          data=b"simple form-less POST",
                          headers={"Origin": EVIL_ORIGIN, "Content-Type": "text/plain"},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 403, f"text/plain push with Origin {EVIL_ORIGIN}: {r.text!r:.200}")

        # The relay's own origin is allowed.
        resp = self.push_json({"data": "own origin", "channel": channel},
                              headers={"Origin": self.base})
        self.assert_push_response(resp, channel)

        # Web pages cannot pull either.
        r = requests.get(resp["url"], headers={"Origin": EVIL_ORIGIN}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 403, "pull with a foreign Origin")
        self.assertNotIn("own origin", r.text)

        # The refused pushes were neither stored nor broadcast: the first
        # message the subscriber sees is the accepted push.
        self.assert_pointer_message(self.recv_json(ws, "the accepted push"), resp["url"])
        self.assertEqual(sdk_pull(resp["url"]), "own origin")

    def test_foreign_origin_rejected_on_ws_upgrade(self):
        channel = unique_channel("wsorigin")
        with self.assertRaises(websocket.WebSocketBadStatusException) as cm:
            ws = websocket.create_connection(self.ws_url(channel), timeout=WS_TIMEOUT_S,
                                             origin=EVIL_ORIGIN)
            ws.close()
        self.assertEqual(cm.exception.status_code, 403)

        # Explicit own origin and no Origin at all (curl-like) both pass.
        own = self.subscribe(channel, origin=self.base)
        bare = self.subscribe(channel, suppress_origin=True)
        url = sdk_push(self.base, "origin check", channel=channel)
        self.assert_pointer_message(self.recv_json(own, "push (own origin)"), url)
        self.assert_pointer_message(self.recv_json(bare, "push (no origin)"), url)

    def test_fan_in_three_parallel_pushers(self):
        channel = unique_channel("fanin")
        ws = self.subscribe(channel)
        before = now_ms()
        barrier = threading.Barrier(3, timeout=HTTP_TIMEOUT_S)
        results, errors = {}, []

        def pusher(i):
            try:
                barrier.wait()
                results[i] = sdk_push(self.base, f"result from worker {i}",
                                      channel=channel, metadata={"worker": i})
            except Exception as e:  # reported below
                errors.append(f"worker {i}: {e!r}")

        threads = [threading.Thread(target=pusher, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(HTTP_TIMEOUT_S * 2)
        self.assertFalse(any(t.is_alive() for t in threads), "a pusher hung")
        self.assertEqual(errors, [])
        self.assertEqual(len(set(results.values())), 3)

        received = []
        for n in range(3):
            msg = self.recv_json(ws, f"pointer {n + 1} of 3")
            self.assertEqual(set(msg), {"url", "ts"}, msg)
            self.assert_ts(msg["ts"], before)
            received.append(msg["url"])
        self.assertCountEqual(received, list(results.values()))
        for i, url in results.items():
            self.assertEqual(sdk_pull(url), f"result from worker {i}")
            self.assertEqual(sdk_peek(url), {"worker": i})

    def test_raw_markdown_body_with_channel_query(self):
        channel = unique_channel("raw")
        ws = self.subscribe(channel)
        markdown = "# Überschrift\n\n- ✓ item one\n- `code` \"quoted\" \\ back\n"
        r = requests.post(f"{self.base}/push", params={"channel": channel},
                          data=markdown.encode("utf-8"),
                          headers={"Content-Type": "text/markdown"}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        resp = r.json()
        self.assert_push_response(resp, channel)

        self.assert_pointer_message(self.recv_json(ws, "raw push pointer"), resp["url"])
        _, envelope = self.pull_envelope(resp["url"])
        self.assertEqual(envelope["data"], markdown)
        self.assertEqual(envelope["metadata"], {})
        self.assertNotIn("encoding", envelope)
        self.assertEqual(sdk_pull(resp["url"]), markdown)

    def test_binary_body_base64_envelope(self):
        blob = bytes([0xff, 0xfe, 0x00, 0x01, 0x80, 0x00, 0xc3, 0x28]) + bytes(range(256)) * 4
        r = requests.post(f"{self.base}/push", data=blob,
                          headers={"Content-Type": "application/octet-stream"},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        resp = r.json()
        self.assert_push_response(resp, None)

        _, envelope = self.pull_envelope(resp["url"])
        self.assertEqual(envelope.get("encoding"), "base64", envelope.keys())
        self.assertEqual(envelope["metadata"], {})
        decoded = base64.b64decode(envelope["data"], validate=True)
        self.assertEqual(decoded, blob)

    def test_replay_late_subscriber(self):
        channel = unique_channel("replay")
        urls = [sdk_push(self.base, f"step {i}", channel=channel) for i in range(3)]
        before_replay = now_ms()

        ws = self.subscribe(channel, "?replay=2")
        first = self.recv_json(ws, "replayed pointer 1 of 2")
        second = self.recv_json(ws, "replayed pointer 2 of 2")
        for msg in (first, second):
            self.assertEqual(set(msg), {"url", "ts"}, msg)
            self.assert_ts(msg["ts"], before_replay - 60000)
        self.assertEqual([first["url"], second["url"]], urls[1:],
                         "replay must deliver the last 2 pointers, oldest first")
        self.assertLessEqual(first["ts"], second["ts"])

        # After the replay the subscription is live.
        live = sdk_push(self.base, "step 3", channel=channel)
        self.assert_pointer_message(self.recv_json(ws, "live pointer after replay"), live)

    def test_publish_json_message(self):
        channel = unique_channel("publish")
        ws = self.subscribe(channel)
        before = now_ms()
        r = requests.post(f"{self.base}/publish/{channel}", json={"done": True},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        self.assertEqual(r.json(), {"delivered": 1})

        msg = self.recv_json(ws, "published message")
        self.assertEqual(set(msg), {"message", "ts"}, msg)
        self.assertEqual(msg["message"], {"done": True})
        self.assert_ts(msg["ts"], before)

        r = requests.post(f"{self.base}/publish/{unique_channel('nobody')}",
                          json={"done": True}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        self.assertEqual(r.json(), {"delivered": 0})

    def test_sdk_style_websocketapp_subscribe(self):
        """The SDK's subscribe(): WebSocketApp + run_forever in a thread,
        default headers (so the library's own Origin), pings every 30 s."""
        channel = unique_channel("wsapp")
        opened = threading.Event()
        got = threading.Event()
        messages, errors = [], []

        def on_open(_ws):
            opened.set()

        def on_message(_ws, raw):
            messages.append(raw)
            got.set()

        def on_error(_ws, err):
            errors.append(repr(err))
            opened.set()  # do not wait for nothing

        app = websocket.WebSocketApp(f"{self.relay.ws_base}/ws/{channel}", header=None,
                                     on_open=on_open, on_message=on_message,
                                     on_error=on_error)
        thread = threading.Thread(target=app.run_forever,
                                  kwargs={"ping_interval": 30, "ping_timeout": 10},
                                  daemon=True)
        thread.start()
        try:
            self.assertTrue(opened.wait(WS_TIMEOUT_S), "WebSocketApp did not open")
            self.assertEqual(errors, [], "WebSocketApp reported an error")
            url = sdk_push(self.base, "for the SDK subscriber", channel=channel)
            self.assertTrue(got.wait(WS_TIMEOUT_S), "SDK-style subscriber got no message")
            msg = json.loads(messages[0])
            self.assertIsInstance(msg, dict)
            self.assertIn("url", msg)
            self.assertEqual(msg["url"], url)
            self.assertEqual(sdk_pull(msg["url"]), "for the SDK subscriber")
        finally:
            app.close()
            # close() in this thread closes the fd under the run_forever thread's select(),
            # which Linux does not wake: websocket-client 1.2.3 then notices only when its
            # select times out (ping_timeout, 10 s). Wait past that, or this races the library.
            thread.join(10 + WS_TIMEOUT_S)
        self.assertFalse(thread.is_alive(), "run_forever did not return after close()")
        self.assertEqual(errors, [])


# --------------------------------------------------------------------------
# Durable mode
# --------------------------------------------------------------------------

class DurableModeTests(unittest.TestCase):

    def setUp(self):
        tmp = tempfile.TemporaryDirectory(prefix="relay-interop-")
        self.addCleanup(tmp.cleanup)  # runs after the relays are closed (LIFO)
        self.data_dir = tmp.name
        self.relays = []
        self.addCleanup(self._close_relays)

    def _close_relays(self):
        for relay in self.relays:
            relay.close()

    def start(self):
        relay = RelayProcess(["--data-dir", self.data_dir])
        self.relays.append(relay)
        return relay

    def test_push_survives_sigkill(self):
        first = self.start()
        text = "durable — ✓ 日本\n" + "".join(chr(0x20 + (i * 7) % 95) for i in range(50000))
        metadata = {"kind": "durable", "n": 1}
        text_url = sdk_push(first.base_url, text, metadata=metadata)
        text_id = pointer_id(text_url)
        self.assertTrue(UUID4_RE.fullmatch(text_id), text_id)

        blob = b"\xff\xfe\x00" + os.urandom(4096) + b"\x00\xfe\xff"
        r = requests.post(f"{first.base_url}/push", data=blob,
                          headers={"Content-Type": "application/octet-stream"},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        blob_id = r.json()["id"]

        # kill -9 right after the acknowledged pushes.
        first.proc.send_signal(signal.SIGKILL)
        rc = first.proc.wait(timeout=STOP_TIMEOUT_S)
        self.assertEqual(rc, -signal.SIGKILL)

        second = self.start()
        new_text_url = f"{second.base_url}/pull/{text_id}"
        pulled = sdk_pull(new_text_url)
        self.assertTrue(pulled.encode("utf-8") == text.encode("utf-8"),
                        "payload after SIGKILL + restart differs from the pushed one")
        self.assertEqual(sdk_peek(new_text_url), metadata)

        r = requests.get(f"{second.base_url}/pull/{blob_id}", timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        envelope = json.loads(r.text)
        self.assertEqual(envelope.get("encoding"), "base64")
        self.assertEqual(base64.b64decode(envelope["data"], validate=True), blob)

        self.relays.remove(second)
        second.stop_checked()


# --------------------------------------------------------------------------

def main():
    binary, remaining = binary_from_command_line()
    return 2 if binary is None else run_tests(remaining)


if __name__ == "__main__":
    sys.exit(main())
