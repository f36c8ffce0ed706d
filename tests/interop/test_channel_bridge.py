#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Channel bridges end to end (issue 5): "An agent subscribed on instance B receives, in order,
every payload pushed on instance A's bridged channel — including those pushed while B was down —
and the API key never touches a file on disk."

Run it through with-keyring.sh (a real Secret Service holds the remote profile's key):
    with-keyring.sh /usr/bin/python3 test_channel_bridge.py --binary /path/to/contextrelay-desktop

Two headless, durable relays: B plays the cloud (its API key made by `keys create`, a fixed port so
it can come back on the same one), A the local relay with a remote profile "cloud" and the bridges.
The tests are the steps of one scenario and run in order (unittest sorts them by name); a step
whose predecessor failed is skipped rather than failing confusingly. Every relay and CLI process
gets a HOME/XDG tree of its own under one temp root, which step 8 searches for the key. Waits poll
a real condition (a log line, a pointer, a WebSocket message) with a deadline.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess; proxies cleared on import)
import test_keys  # noqa: E402  (full_hash: what `keys create` stores)
import test_remote  # noqa: E402  (keychain-aware isolated_env, closed_port, the key search)
from test_interop import RelayProcess, sdk_push, split_key, wait_until  # noqa: E402

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket)
from cryptography.fernet import Fernet  # noqa: E402

BINARY = None
RUN_TIMEOUT_S = 60
HTTP_TIMEOUT_S = 10
# Bridges retry with a backoff of 1 s doubling: an outage of a few seconds ends within this.
ARRIVAL_S = 30.0
LOG_PREFIX = "contextrelay-desktop: bridge "


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


class Agent:
    """`contextrelay-desktop subscribe CHANNEL --server URL --api-key K`: an agent listening on B.
    Its stdout (one pointer URL a line) is read by a thread; stderr goes to a file."""

    def __init__(self, argv, env):
        self.argv = argv
        self._stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=env)
        self._lock = threading.Lock()
        self._lines = []
        self.raw_stdout = b""
        self._reader = threading.Thread(target=self._read, name="agent-stdout", daemon=True)
        self._reader.start()

    def _read(self):
        for line in iter(self.proc.stdout.readline, b""):
            with self._lock:
                self.raw_stdout += line
                self._lines.append(line.decode("utf-8", "replace").rstrip("\n"))
        self.proc.stdout.close()

    def lines(self):
        with self._lock:
            return list(self._lines)

    def stderr_bytes(self):
        fd = self._stderr.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0)

    def describe(self):
        return (f"agent {self.argv[:4]}: running={self.proc.poll() is None}\n  stdout: {self.lines()}"
                f"\n  stderr:\n{self.stderr_bytes().decode('utf-8', 'replace')[-3000:]}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._reader.join(timeout=10)

    def close(self):
        self.stop()
        self._stderr.close()


class ChannelBridgeScenario(unittest.TestCase):
    # The root of every HOME/XDG/data folder of this test: what test_remote's key search walks.
    home = None
    _done = set()

    # ---- set-up: B the cloud, A the local relay with a bridge team → cloud:team ----

    @classmethod
    def setUpClass(cls):
        cls.home = tempfile.mkdtemp(prefix="relay-chbridge.")
        cls.addClassCleanup(shutil.rmtree, cls.home, ignore_errors=True)
        cls.a_data = os.path.join(cls.home, "a-data")
        cls.b_data = os.path.join(cls.home, "b-data")
        os.makedirs(cls.a_data)
        os.makedirs(cls.b_data)
        # A reads the profile's key from the keychain; B and the agent have no keychain at all.
        cls.env_a = test_remote.isolated_env(os.path.join(cls.home, "a-home"))
        cls.env_b = test_remote.isolated_env(os.path.join(cls.home, "b-home"), keychain=False)
        cls.env_cli = test_remote.isolated_env(os.path.join(cls.home, "cli-home"), keychain=False)
        cls.a = cls.b = cls.agent = None
        cls.addClassCleanup(cls._close_all)
        cls.outputs = []  # every CLI output but the one `keys create` that prints the token
        cls.wrong_key = "cr_wrong_" + uuid.uuid4().hex

        r = cls.run_cli(cls.env_b, "keys", "create", "--name", "relay A", secret_output=True)
        cls.token = r.stdout.decode("ascii").strip()
        if not re.fullmatch(r"cr_local_[A-Za-z0-9_-]{43}", cls.token):
            raise AssertionError("keys create printed no token")
        cls.b_port = test_remote.closed_port()
        cls.start_b()
        cls.run_cli(cls.env_a, "remote", "add", "cloud", cls.b.base_url, "--api-key-stdin",
                    stdin=(cls.token + "\n").encode())
        cls.team_id = cls.add_bridge("team", "cloud:team", "out")
        cls.start_a()
        cls.wait_log(cls.a, cls.team_id, "team → cloud:team", "connected, 0 queued")

    @classmethod
    def _close_all(cls):
        for thing in (cls.agent, cls.a, cls.b):
            if thing is not None:
                thing.close()

    @classmethod
    def run_cli(cls, env, *args, stdin=None, secret_output=False):
        r = subprocess.run([BINARY, *args], input=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=RUN_TIMEOUT_S, env=env)
        if r.returncode != 0:
            raise AssertionError(f"{args[:3]} exited with {r.returncode}: "
                                 f"{r.stderr.decode('utf-8', 'replace')}")
        cls.outputs.append((args[:2], r.stderr if secret_output else r.stdout + r.stderr))
        return r

    @classmethod
    def add_bridge(cls, local, remote, direction):
        r = cls.run_cli(cls.env_a, "bridge-channel", "add", local, remote, "--direction", direction)
        bridge_id = r.stdout.decode("ascii").strip()
        if not re.fullmatch(r"[0-9a-f]{8}", bridge_id):
            raise AssertionError(f"bridge-channel add printed {r.stdout!r}, not a bridge id")
        return bridge_id

    @classmethod
    def start_b(cls, *extra):
        cls.b = RelayProcess(["--data-dir", cls.b_data, "--port", str(cls.b_port), *extra],
                             env=cls.env_b)
        if cls.b.base_url != f"http://127.0.0.1:{cls.b_port}":
            raise AssertionError(f"B came back on {cls.b.base_url}, not port {cls.b_port}")

    @classmethod
    def start_a(cls):
        cls.a = RelayProcess(["--data-dir", cls.a_data], env=cls.env_a)

    @classmethod
    def stop_b(cls):
        b, cls.b = cls.b, None
        b.stop_checked()

    @classmethod
    def wait_log(cls, relay, bridge_id, label, state, since=0):
        """Waits for the relay's stderr line about bridge_id that starts "<label>: <state>" (state
        is a regular expression), written at or after byte offset since. Returns the line."""
        pattern = re.compile(("(?m)^" + re.escape(f"{LOG_PREFIX}{bridge_id}: {label}: ") + state +
                              ".*$").encode("utf-8"))

        def found():
            if relay.proc.poll() is not None:
                raise AssertionError(f"the relay exited ({relay.proc.returncode})\n"
                                     f"{relay.stderr_tail()}")
            m = pattern.search(relay.stderr_bytes(), since)
            return m and m.group(0).decode("utf-8")

        return wait_until(found, f"bridge {bridge_id} ({label}) reporting {state!r}", ARRIVAL_S,
                          detail=lambda: "relay stderr since the mark:\n" +
                          relay.stderr_bytes()[since:].decode("utf-8", "replace")[-4000:])

    @staticmethod
    def mark(relay):
        return len(relay.stderr_bytes())

    def setUp(self):
        self.started = time.monotonic()
        # A step that failed half-way may have left a relay down: the next one starts from both up.
        if self.b is None:
            self.start_b()
        if self.a is None:
            self.start_a()

    def tearDown(self):
        if os.environ.get("BRIDGE_TEST_TIMING"):
            print(f"  [{self.id().rsplit('.', 1)[1]}: {time.monotonic() - self.started:.1f} s]",
                  file=sys.stderr)

    def requires(self, *steps):
        missing = [s for s in steps if s not in self._done]
        if missing:
            self.skipTest(f"needs step(s) {missing}, which did not pass")

    def done(self, step):
        self._done.add(step)

    # ---- wire helpers ----

    def push_a(self, data, channel, metadata=None):
        body = {"data": data, "channel": channel}
        if metadata is not None:
            body["metadata"] = metadata
        r = requests.post(f"{self.a.base_url}/push", json=body, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, f"push to A: {r.status_code} {r.text[:300]}")
        return r.json()

    def push_b(self, data, channel, metadata=None):
        body = {"data": data, "channel": channel, "metadata": metadata or {}}
        r = requests.post(f"{self.b.base_url}/push", json=body, headers=bearer(self.token),
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, f"push to B: {r.status_code} {r.text[:300]}")
        return r.json()

    def envelope(self, url, token=None):
        r = requests.get(split_key(url)[0], headers=bearer(token) if token else {},
                         timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, f"pull {url}: {r.status_code} {r.text[:300]}")
        return json.loads(r.text)

    def payload_count(self, relay, token=None):
        r = requests.get(f"{relay.base_url}/stats", headers=bearer(token) if token else {},
                         timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        return r.json()["payloads"]

    def ws(self, relay, channel, token=None):
        header = [f"Authorization: Bearer {token}"] if token else []
        ws = websocket.create_connection(f"{relay.ws_base}/ws/{channel}", timeout=ARRIVAL_S,
                                         header=header)
        self.addCleanup(ws.close)
        return ws

    def next_url(self, ws, what):
        try:
            msg = json.loads(ws.recv())
        except websocket.WebSocketTimeoutException:
            self.fail(f"no pointer within {ARRIVAL_S} s: {what}\nA stderr:\n{self.a.stderr_tail()}")
        self.assertIn("url", msg, msg)
        return msg["url"]

    def assert_agent_has(self, expected):
        """The agent printed exactly one B pointer per expected payload, in order, each pulling
        (with the key) to the same data and metadata."""
        agent = self.agent
        wait_until(lambda: len(agent.lines()) >= len(expected),
                   f"the agent printing {len(expected)} pointers", ARRIVAL_S, detail=agent.describe)
        lines = agent.lines()
        self.assertEqual(len(lines), len(expected), agent.describe())
        self.assertEqual(len(set(lines)), len(lines), f"a pointer came twice: {lines}")
        got = []
        for url in lines:
            self.assertTrue(url.startswith(f"{self.b.base_url}/pull/"), f"not a B pointer: {url!r}")
            env = self.envelope(url, self.token)
            got.append((env["data"], env["metadata"]))
        self.assertEqual(got, expected, "B's copies differ from A's pushes, or are out of order")

    # ---- 2. bridge out, in order ----

    def test_2_bridge_out_in_order(self):
        cls = type(self)
        cls.agent = Agent([BINARY, "subscribe", "team", "--server", self.b.base_url,
                           "--api-key", self.token], self.env_cli)
        wait_until(lambda: b"Subscribed to" in self.agent.stderr_bytes(), "the agent subscribing",
                   ARRIVAL_S, detail=self.agent.describe)
        cls.expected = []
        tag = uuid.uuid4().hex[:8]
        for i in range(5):
            data = f"step {i} of the plan ✓ {tag}"
            metadata = {"step": i, "from": "A", "note": "日本"}
            self.push_a(data, "team", metadata)
            cls.expected.append((data, metadata))

        # Encrypted on A by the pusher (as the SDK does): B gets the same ciphertext.
        secret = f"the secret plan {tag}"
        secret_meta = {"encrypted": True}
        a_url = sdk_push(self.a.base_url, secret, channel="team", metadata=secret_meta,
                         encrypted=True)
        ciphertext = self.envelope(a_url)["data"]
        self.assertNotIn("secret plan", ciphertext)
        cls.expected.append((ciphertext, secret_meta))

        self.assert_agent_has(cls.expected)
        b_copy = self.envelope(self.agent.lines()[-1], self.token)["data"]
        key = split_key(a_url)[1]
        self.assertEqual(Fernet(key.encode("ascii")).decrypt(b_copy.encode("ascii")).decode(), secret)
        self.done(2)

    # ---- 3. B down, then up: the queue waits and drains in order ----

    def test_3_cloud_down_then_up(self):
        self.requires(2)
        before = self.payload_count(self.b, self.token)
        since = self.mark(self.a)
        self.stop_b()
        for i in range(3):
            data = f"while the cloud is down {i}"
            self.push_a(data, "team", {"offline": i})
            self.expected.append((data, {"offline": i}))
        self.wait_log(self.a, self.team_id, "team → cloud:team", "remote unreachable, 3 queued", since)

        since = self.mark(self.a)
        self.start_b()
        self.wait_log(self.a, self.team_id, "team → cloud:team", "connected, 0 queued", since)
        self.assert_agent_has(self.expected)
        self.assertIsNone(self.agent.proc.poll(), "the agent exited")
        self.assertIn(b"lost", self.agent.stderr_bytes(), "the agent never noticed B was down")
        # All delivered and nothing in flight: exactly the three, none twice.
        self.assertEqual(self.payload_count(self.b, self.token) - before, 3)
        self.done(3)

    # ---- 4. A killed with a non-empty queue ----

    def test_4_local_killed_with_queue(self):
        self.requires(3)
        self.stop_b()
        for i in range(2):
            data = f"queued when A was killed {i}"
            self.push_a(data, "team", {"killed": i})
            self.expected.append((data, {"killed": i}))
        # kill -9 right after the acknowledged pushes: the queue is on disk already.
        a, type(self).a = self.a, None
        a.proc.send_signal(signal.SIGKILL)
        self.assertEqual(a.proc.wait(timeout=10), -signal.SIGKILL)
        a.close()

        self.start_a()
        self.wait_log(self.a, self.team_id, "team → cloud:team", "remote unreachable, 2 queued")
        since = self.mark(self.a)
        self.start_b()
        self.wait_log(self.a, self.team_id, "team → cloud:team", "connected, 0 queued", since)
        self.assert_agent_has(self.expected)
        self.done(4)

    # ---- 5. bridge in ----

    def test_5_bridge_in(self):
        since = self.mark(self.a)
        bridge_id = type(self).news_id = self.add_bridge("news", "cloud:news", "in")
        self.wait_log(self.a, bridge_id, "news ← cloud:news", "connected, 0 queued", since)
        ws = self.ws(self.a, "news")
        pushed = [(f"headline {i} ✓", {"n": i, "source": "cloud"}) for i in range(2)]
        for data, metadata in pushed:
            self.push_b(data, "news", metadata)
        for data, metadata in pushed:
            url = self.next_url(ws, f"{data!r} from cloud:news on A")
            self.assertTrue(url.startswith(f"{self.a.base_url}/pull/"), f"not a pointer of A: {url}")
            env = self.envelope(url)
            self.assertEqual((env["data"], env["metadata"]), (data, metadata))

    # ---- 6. both ways, no loops ----

    def test_6_both_ways_without_loops(self):
        since = self.mark(self.a)
        bridge_id = self.add_bridge("duo", "cloud:duo", "both")
        self.wait_log(self.a, bridge_id, "duo ↔ cloud:duo", "connected, 0 queued", since)
        ws_a = self.ws(self.a, "duo")
        ws_b = self.ws(self.b, "duo", self.token)
        count_a = self.payload_count(self.a)
        count_b = self.payload_count(self.b, self.token)

        for i in range(3):
            self.push_a(f"duo from A {i}", "duo")
            self.push_b(f"duo from B {i}", "duo")

        def read(ws, relay, token, seen, until):
            """Appends the data of each pointer on the channel, in order, until all of `until`
            has arrived."""
            while not set(until) <= set(seen):
                url = self.next_url(ws, f"{until} on {relay.base_url} (so far {seen})")
                self.assertTrue(url.startswith(relay.base_url + "/pull/"), url)
                seen.append(self.envelope(url, token)["data"])

        # Each side's marker goes out after it has seen everything of the other side: once it is
        # across, any payload a loop would send back has arrived before it (bridges keep order).
        on_a, on_b = [], []
        read(ws_a, self.a, None, on_a, ["duo from B 2"])
        read(ws_b, self.b, self.token, on_b, ["duo from A 2"])
        self.push_a("marker A", "duo")
        self.push_b("marker B", "duo")
        read(ws_a, self.a, None, on_a, ["marker A", "marker B"])
        read(ws_b, self.b, self.token, on_b, ["marker A", "marker B"])
        everything = sorted([f"duo from A {i}" for i in range(3)] + [f"duo from B {i}" for i in range(3)]
                            + ["marker A", "marker B"])
        self.assertEqual(sorted(on_a), everything, "A's duo subscriber")
        self.assertEqual(sorted(on_b), everything, "B's duo subscriber")
        # Exactly those eight were stored on each side (a loop would store more)…
        self.assertEqual(self.payload_count(self.a) - count_a, 8, f"A's duo: {on_a}")
        self.assertEqual(self.payload_count(self.b, self.token) - count_b, 8, f"B's duo: {on_b}")
        # …and a late subscriber's replay shows the same, each side's pushes in their order.
        for side, relay, token in (("A", self.a, None), ("B", self.b, self.token)):
            replay = self.ws(relay, "duo?replay=100", token)
            datas = [self.envelope(self.next_url(replay, f"replay {i} on {side}"), token)["data"]
                     for i in range(8)]
            self.assertEqual(sorted(datas), everything, f"{side}'s duo channel")
            # Each side's own pushes and the other's arrive in their own order.
            other = "B" if side == "A" else "A"
            self.assertEqual([d for d in datas if d.startswith(f"duo from {other}")],
                             [f"duo from {other} {i}" for i in range(3)])

    # ---- 7. errors in words ----

    def test_7a_wrong_key_is_refused_and_kept(self):
        since = self.mark(self.a)
        self.run_cli(self.env_a, "remote", "add", "wrongcloud", self.b.base_url, "--api-key-stdin",
                     stdin=(self.wrong_key + "\n").encode())
        bridge_id = self.add_bridge("errs", "wrongcloud:errs", "out")
        line = self.wait_log(self.a, bridge_id, "errs → wrongcloud:errs", r"refused by remote, 0 queued",
                             since)
        self.assertIn("401", line)
        count_b = self.payload_count(self.b, self.token)
        since = self.mark(self.a)
        for i in range(2):
            self.push_a(f"never with a wrong key {i}", "errs")
        line = self.wait_log(self.a, bridge_id, "errs → wrongcloud:errs",
                             r"refused by remote, 2 queued \(401", since)
        self.assertIn("API key", line)
        self.assertEqual(self.payload_count(self.b, self.token), count_b)

        since = self.mark(self.a)
        self.run_cli(self.env_a, "bridge-channel", "remove", bridge_id)
        wait_until(lambda: f"{LOG_PREFIX}{bridge_id} removed".encode() in self.a.stderr_bytes()[since:],
                   f"bridge {bridge_id} removed", ARRIVAL_S, detail=self.a.stderr_tail)

    def test_7b_too_large_is_undeliverable_and_later_ones_flow(self):
        since = self.mark(self.a)
        self.stop_b()
        self.start_b("--max-payload", "1000")
        if getattr(self, "news_id", None):
            # The incoming leg finds the restarted remote by itself and catches up with what was
            # pushed there before it reconnected (it retries after a second or more).
            news = self.ws(self.a, "news")
            self.push_b("after the cloud restarted", "news")
            self.wait_log(self.a, self.news_id, "news ← cloud:news", "connected, 0 queued", since)
            self.assertEqual(self.envelope(self.next_url(news, "news after B's restart"))["data"],
                             "after the cloud restarted")
        ws = self.ws(self.b, "team", self.token)
        since = self.mark(self.a)
        big = self.push_a("x" * 5000, "team", {"size": "big"})
        line = self.wait_log(self.a, self.team_id, "team → cloud:team",
                             r"connected, 0 queued, 1 undeliverable \[", since)
        self.assertIn(big["id"], line)
        self.assertIn("5000 bytes", line)
        self.assertIn("413", line)

        small = self.push_a("small enough", "team", {"size": "small"})
        url = self.next_url(ws, "the small push on B")
        env = self.envelope(url, self.token)
        self.assertEqual((env["data"], env["metadata"]), ("small enough", {"size": "small"}),
                         f"the first payload on B after the big one (A's id {small['id']})")

    # ---- 8. the key never touches a file ----

    def test_8_key_never_on_disk(self):
        self.assertEqual(test_remote.secret_lookup("cloud"), self.token, "the key is not in the keychain")
        self.assertTrue(os.path.exists(os.path.join(self.a_data, "bridges.sqlite")),
                        os.listdir(self.a_data))
        # B's settings keep the key's hash, which is what B checks requests against.
        with open(os.path.join(self.env_b["XDG_CONFIG_HOME"], "ContextRelay",
                               "contextrelay-desktop.conf"), encoding="utf-8") as f:
            self.assertIn(test_keys.full_hash(self.token), f.read())
        # Everything the relays and the agent said, then stop them so every file is complete.
        said = [("A stderr", self.a.stderr_bytes()), ("B stderr", self.b.stderr_bytes())]
        if self.agent is not None:
            self.agent.stop()
            said += [("agent stdout", self.agent.raw_stdout), ("agent stderr", self.agent.stderr_bytes())]
        said += [(" ".join(args), out) for args, out in self.outputs]
        cls = type(self)
        for name in ("a", "b"):
            relay = getattr(cls, name)
            setattr(cls, name, None)
            relay.stop_checked()
        for key in (self.token, self.wrong_key):
            for what, data in said:
                self.assertNotIn(key.encode(), data, f"{what} shows an API key")
            # test_remote's search: every file under this test's root and the keyring's HOME.
            test_remote.RemoteTests.assert_key_in_no_file(self, key)


def main():
    global BINARY
    remaining = test_remote.configure_from_command_line()
    if remaining is None:
        return 2
    BINARY = test_remote.BINARY
    return test_interop.run_tests(remaining)


if __name__ == "__main__":
    sys.exit(main())
