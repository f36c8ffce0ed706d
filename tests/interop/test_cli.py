#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The command line, end to end: every subcommand against a relay started
here, the exit codes, and Fernet both ways against the SDK's wire format.

Usage: test_cli.py --binary /path/to/contextrelay-desktop
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess, sdk_push/sdk_pull, proxies cleared)
from test_interop import RelayProcess, sdk_pull, sdk_push  # noqa: E402

import requests  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402

BINARY = None
RUN_TIMEOUT_S = 60


def cli(*args, stdin=None, server=None, env=None, timeout=RUN_TIMEOUT_S):
    """Run a subcommand; returns CompletedProcess with bytes stdout/stderr."""
    argv = [BINARY] + list(args)
    if server:
        argv += ["--server", server]
    full_env = dict(os.environ)
    full_env.pop("CONTEXTRELAY_URL", None)
    full_env.pop("CONTEXTRELAY_API_KEY", None)
    if env:
        full_env.update(env)
    return subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout, env=full_env)


class CliTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.relay = RelayProcess(["--ephemeral", "--max-payload", "2000000"])
        cls.base = cls.relay.base_url

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop_checked()

    def run_ok(self, *args, **kwargs):
        r = cli(*args, server=self.base, **kwargs)
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        return r

    def test_push_stdin_then_pull_and_peek(self):
        r = self.run_ok("push", "--channel", "cli", "--meta", "step=review", "--meta", "rows=3",
                        stdin="a 50 KB review… ✓".encode())
        url = r.stdout.decode().strip()
        self.assertEqual(r.stdout.decode().count("\n"), 1, "push prints the URL and nothing else")
        self.assertTrue(url.startswith(self.base + "/pull/"), url)
        self.assertEqual(self.run_ok("pull", url).stdout.decode(), "a 50 KB review… ✓")
        peeked = self.run_ok("peek", url).stdout.decode()
        self.assertEqual(json.loads(peeked), {"step": "review", "rows": 3})
        self.assertIn("\n    ", peeked, "peek pretty-prints")
        # What the SDK would see:
        self.assertEqual(sdk_pull(url), "a 50 KB review… ✓")

    def test_meta_keeps_json_types_but_never_changes_a_value(self):
        args = ["v=1.10", "n=42", "big=12345678901234567890", "e=1e3", 'q="7"', "b=true",
                'o={"a": 1}', "s=hello"]
        r = self.run_ok("push", *[x for a in args for x in ("--meta", a)], stdin=b"typed")
        meta = json.loads(self.run_ok("peek", r.stdout.decode().strip()).stdout)
        self.assertEqual(meta, {"v": "1.10", "n": 42, "big": "12345678901234567890", "e": "1e3",
                                "q": "7", "b": True, "o": {"a": 1}, "s": "hello"})

    def test_binary_file_round_trip_is_byte_identical(self):
        data = bytes(range(256)) * 2000 + b"\x00\xff"
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "blob.bin")
            with open(src, "wb") as f:
                f.write(data)
            url = self.run_ok("push", src).stdout.decode().strip()
            out = os.path.join(d, "out.bin")
            self.run_ok("pull", url, "-o", out)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), data)
            self.assertEqual(self.run_ok("pull", url).stdout, data)
            raw = requests.get(url.replace("/pull/", "/raw/"), timeout=30)
            self.assertIn("blob.bin", raw.headers.get("Content-Disposition", ""))

    def test_encrypt_round_trips_with_the_sdk_both_ways(self):
        # Ours → the SDK: push --encrypt, the SDK-style pull decrypts with the key in the fragment.
        url = self.run_ok("push", "--encrypt", stdin="secret plan ✓".encode()).stdout.decode().strip()
        self.assertIn("#key=", url)
        base, _, frag = url.partition("#")
        stored = json.loads(requests.get(base, timeout=30).text)["data"]
        self.assertNotIn("secret", stored)
        self.assertEqual(Fernet(frag[len("key="):].encode()).decrypt(stored.encode()).decode(), "secret plan ✓")
        self.assertEqual(sdk_pull(url), "secret plan ✓")
        # The SDK → ours: an SDK-encrypted push is decrypted by our pull.
        sdk_url = sdk_push(self.base, "from python ✓", encrypted=True)
        self.assertEqual(self.run_ok("pull", sdk_url).stdout.decode(), "from python ✓")
        # Binary data survives encryption too.
        with tempfile.NamedTemporaryFile(suffix=".bin") as f:
            f.write(b"\x00\x01\xfe\xff" * 100)
            f.flush()
            enc = self.run_ok("push", "--encrypt", f.name).stdout.decode().strip()
        self.assertEqual(self.run_ok("pull", enc).stdout, b"\x00\x01\xfe\xff" * 100)

    def test_exit_codes(self):
        url = self.run_ok("push", stdin=b"x").stdout.decode().strip()
        unknown = self.base + "/pull/00000000-0000-4000-8000-000000000000"
        wrong_key = url + "#key=" + Fernet.generate_key().decode()
        cases = [
            ("not found", ["pull", unknown], None, 4),
            ("peek not found", ["peek", unknown], None, 4),
            ("wrong key", ["pull", wrong_key], None, 5),
            ("usage", ["push", "--ttl", "5"], b"x", 1),
            ("not a pointer", ["pull", "hello world/x"], None, 1),
            ("too large", ["push"], b"x" * 2_100_000, 6),
            ("unknown option", ["peek", "--frobnicate", url], None, 1),
        ]
        for name, args, stdin, code in cases:
            with self.subTest(name):
                r = cli(*args, server=self.base, stdin=stdin)
                self.assertEqual(r.returncode, code, r.stderr.decode(errors="replace"))
                self.assertTrue(r.stderr.strip(), "a sentence on stderr")
                self.assertEqual(r.stdout, b"")
        r = cli("pull", "http://127.0.0.1:1/pull/x")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn(b"Cannot reach", r.stderr)

    def test_server_from_environment(self):
        r = cli("status", env={"CONTEXTRELAY_URL": self.base})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b"payloads:", r.stdout)
        js = json.loads(cli("status", "--json", server=self.base).stdout)
        self.assertIn("uptime_s", js)

    def test_publish_prints_how_many_got_it(self):
        self.assertEqual(self.run_ok("publish", "nobody-here", '{"done": true}').stdout, b"0\n")

    def test_wait_gets_the_next_pointer_and_times_out(self):
        r = cli("wait", "quiet", "--timeout", "0.5", server=self.base)
        self.assertEqual(r.returncode, 3)
        self.assertIn(b"quiet", r.stderr)

        proc = subprocess.Popen([BINARY, "wait", "waited", "--timeout", "30", "--server", self.base],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Push until the waiter has subscribed and taken one (it exits on the first).
        pushed = []
        done = threading.Event()

        def pusher():
            while not done.is_set() and len(pushed) < 200:
                pushed.append(sdk_push(self.base, "for the waiter", channel="waited"))
                done.wait(0.05)
        t = threading.Thread(target=pusher, daemon=True)
        t.start()
        out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
        done.set()
        t.join(10)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn(out.decode().strip(), pushed)
        self.assertEqual(out.decode().count("\n"), 1)

    def test_signals_reach_subscribe_and_wait(self):
        proc, lines, got_line, _, _ = self.start_subscriber(self.base, "signalled", "--signals")
        waiter = subprocess.Popen([BINARY, "wait", "signalled", "--signal", "--timeout", "60",
                                   "--server", self.base], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            # The waiter says on stderr when it listens; publish until both have heard one signal.
            pointer = sdk_push(self.base, "a pointer between signals", channel="signalled")
            self.assertTrue(self.wait_until(lambda: pointer in lines, got_line), lines)
            for _ in range(200):
                cli("publish", "signalled", '{"done": true, "step": "review"}', server=self.base)
                if waiter.poll() is not None and any(line.startswith("{") for line in lines):
                    break
                got_line.wait(0.05)
            out, err = waiter.communicate(timeout=RUN_TIMEOUT_S)
            self.assertEqual(waiter.returncode, 0, err)
            heard = json.loads(out.decode())
            self.assertEqual(heard["message"], {"done": True, "step": "review"})
            self.assertIsInstance(heard["ts"], (int, float))
            self.assertIn(b'Subscribed to "signalled"', err)
            signals = [json.loads(line) for line in lines if line.startswith("{")]
            self.assertTrue(signals, lines)
            self.assertEqual(signals[0]["message"], {"done": True, "step": "review"})
        finally:
            waiter.kill()
            waiter.communicate()
            proc.terminate()
            proc.communicate(timeout=10)

    def start_subscriber(self, base, *args):
        """Starts `subscribe`, returns (process, lines list, event set per stdout line) once it
        says on stderr that it is subscribed."""
        proc = subprocess.Popen([BINARY, "subscribe"] + list(args) + ["--server", base],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lines, stderr_lines = [], []
        got_line, subscribed = threading.Event(), threading.Event()

        def read_out():
            for line in iter(proc.stdout.readline, b""):
                lines.append(line.decode().strip())
                got_line.set()

        def read_err():
            for line in iter(proc.stderr.readline, b""):
                stderr_lines.append(line)
                if b"Subscribed to" in line:
                    subscribed.set()
        threading.Thread(target=read_out, daemon=True).start()
        threading.Thread(target=read_err, daemon=True).start()
        self.assertTrue(subscribed.wait(30), f"subscribe never said it was subscribed: {stderr_lines}")
        subscribed.clear()
        return proc, lines, got_line, subscribed, stderr_lines

    @staticmethod
    def wait_until(predicate, event, timeout=30.0):
        """Waits on an event set whenever the observed state changes, until predicate() holds."""
        end = time.monotonic() + timeout
        while not predicate():
            remaining = end - time.monotonic()
            if remaining <= 0:
                return False
            event.wait(remaining)
            event.clear()
        return True

    def test_subscribe_prints_and_execs_in_order(self):
        with tempfile.TemporaryDirectory() as d:
            log = os.path.join(d, "log")
            script = os.path.join(d, "handler.sh")
            # The handler appends the URL it got, then prints a line so this test is woken.
            with open(script, "w") as f:
                f.write(f"#!/bin/sh\necho \"$1\" >> {log}\necho handled\n")
            os.chmod(script, 0o755)

            def logged():
                if not os.path.exists(log):
                    return []
                with open(log) as f:
                    return f.read().split()
            before = [sdk_push(self.base, f"early {i}", channel="subs") for i in range(3)]
            proc, lines, got_line, _, _ = self.start_subscriber(self.base, "subs", "--replay", "3",
                                                                "--exec", script)
            try:
                # Replay delivers the three earlier pushes in order; then live ones follow.
                self.assertTrue(self.wait_until(lambda: len(logged()) >= 3, got_line), logged())
                after = sdk_push(self.base, "late", channel="subs")
                self.assertTrue(self.wait_until(lambda: len(logged()) >= 4, got_line), logged())
                self.assertEqual(logged(), before + [after])
            finally:
                proc.terminate()
                proc.communicate(timeout=10)

    def test_subscribe_reconnects_and_says_so(self):
        with tempfile.TemporaryDirectory() as data:
            relay = RelayProcess(["--data-dir", data])
            port = relay.base_url.rsplit(":", 1)[1]
            proc, lines, got_line, subscribed, stderr_lines = self.start_subscriber(relay.base_url, "again")
            try:
                first = sdk_push(relay.base_url, "one", channel="again")
                self.assertTrue(self.wait_until(lambda: first in lines, got_line), lines)
                relay.stop_checked()
                # The same port and data: the subscriber finds the relay again by itself.
                relay = RelayProcess(["--data-dir", data, "--port", port])
                self.assertTrue(subscribed.wait(30), stderr_lines)
                later = sdk_push(relay.base_url, "two", channel="again")
                self.assertTrue(self.wait_until(lambda: later in lines, got_line), lines)
                self.assertEqual(lines.count(first), 1, "a catch-up replay must not repeat a pointer")
            finally:
                proc.terminate()
                proc.communicate(timeout=10)
                relay.stop_checked()
            self.assertTrue(any(b"retrying in" in line for line in stderr_lines), stderr_lines)


if __name__ == "__main__":
    BINARY, _remaining = test_interop.binary_from_command_line()
    sys.exit(2 if BINARY is None else test_interop.run_tests(_remaining))
