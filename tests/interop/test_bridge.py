#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End-to-end test of scenario 3 (delegation to an agent in a terminal):
`contextrelay-desktop task` pushes a task, `contextrelay-desktop bridge`
pastes it into a tmux pane, a fake agent in that pane answers with an
outcome block, the bridge pushes the outcome back, and `task` prints it.

Usage:
    test_bridge.py --binary /path/to/contextrelay-desktop [unittest args...]
or set RELAY_BINARY in the environment.

Everything is private to one test: a relay on 127.0.0.1 with --port 0, and a
tmux server of its own (its own TMUX_TMPDIR and socket name, `tmux -L`),
killed in tearDown. Nothing sleeps to synchronise: waits are process waits
with a timeout, queue reads with a timeout, or polls of observable state
(the relay's /stats) with a bounded deadline.
"""

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (the command line, wait_until; proxies cleared on import)
from test_interop import wait_until  # noqa: E402

# Not the tmux server the developer may be running this from.
os.environ.pop("TMUX", None)
os.environ.pop("TMUX_PANE", None)

RELAY_BINARY = None  # set from --binary when run as a script

STARTUP_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
HTTP_TIMEOUT_S = 10.0
TASK_TIMEOUT_S = 60      # `task --timeout` where the agent answers
PROCESS_SLACK_S = 30.0   # how much longer than its own timeout a process may take
POLL_MS = "100"          # the bridge's --poll-ms

BASE_URL_RE = re.compile(r"http://127\.0\.0\.1:[0-9]+")
POINTER_RE = re.compile(r"http://127\.0\.0\.1:[0-9]+/pull/([0-9A-Za-z-]+)")

# The fake agent: a shell loop reading the pane's input line by line. A pasted
# task arrives as several lines (the task, then the bridge's instruction); the
# loop remembers the first non-empty one and answers exactly once, when it
# reads the instruction's last line, "(ContextRelay task <id>)". The terminal
# echoes the paste as it arrives, before `read` returns its last line, so the
# answer always lands after the echo, which is what the bridge waits for.
FAKE_AGENT = r"""
task=''
while IFS= read -r line; do
  case $line in
    *'(ContextRelay task '*)
      printf '%s\n' '=== CC_OUTCOME_START ===' "result for: $task" '=== CC_OUTCOME_END ==='
      task='' ;;
    *) if [ -z "$task" ] && [ -n "$line" ]; then task=$line; fi ;;
  esac
done
"""
# An agent that reads everything and never answers.
SILENT_AGENT = "cat >/dev/null\n"


def http_json(method, url, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S) as response:
        return json.loads(response.read().decode("utf-8"))


def http_text(url):
    with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT_S) as response:
        return response.read().decode("utf-8")


class Process:
    """A subprocess whose stdout lines are read by a thread into a queue and
    whose stderr is kept in a temp file for failure messages."""

    def __init__(self, argv, stdin=subprocess.DEVNULL):
        self.argv = argv
        self._stderr = tempfile.TemporaryFile()
        self.lines = queue.Queue()
        # A developer's settings (API keys, bridges) must not reach the relay or CLI under test.
        self._config = tempfile.TemporaryDirectory(prefix="relay-bridge-env-")
        env = dict(os.environ)
        env["XDG_CONFIG_HOME"] = os.path.join(self._config.name, "config")
        env["XDG_DATA_HOME"] = os.path.join(self._config.name, "data")
        self.proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE,
                                     stderr=self._stderr, close_fds=True, env=env)
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self):
        for line in iter(self.proc.stdout.readline, b""):
            self.lines.put(line.decode("utf-8", "replace").rstrip("\n"))
        self.lines.put(None)
        self.proc.stdout.close()

    def next_line(self, timeout):
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output line within {timeout} s from "
                                 f"{self.argv}\nstderr:\n{self.stderr()}")
        if line is None:
            raise AssertionError(f"{self.argv} ended its output early\n"
                                 f"stderr:\n{self.stderr()}")
        return line

    def stderr(self):
        try:
            self._stderr.seek(0)
            return self._stderr.read().decode("utf-8", "replace")[-4000:]
        except (OSError, ValueError):
            return "<unavailable>"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=STOP_TIMEOUT_S)
        self._reader.join(timeout=STOP_TIMEOUT_S)
        self._stderr.close()


class BridgeTest(unittest.TestCase):

    def setUp(self):
        if not shutil.which("tmux"):
            self.fail("tmux is not installed (scripts/setup.sh installs it)")
        # Cleanups run last-in first-out: the processes stop, then the tmux server, then the
        # directory holding its socket goes.
        self._dir = tempfile.TemporaryDirectory(prefix="relay-bridge-test-")
        self.addCleanup(self._dir.cleanup)
        # A tmux server of our own: its socket lives in our temp dir, under our name.
        os.environ["TMUX_TMPDIR"] = self._dir.name
        self.socket = "relay-test-" + uuid.uuid4().hex[:8]
        self.addCleanup(self._kill_tmux)

        relay = self.start([RELAY_BINARY, "--headless", "--port", "0", "--ephemeral"])
        self.base = relay.next_line(STARTUP_TIMEOUT_S)
        self.assertRegex(self.base, BASE_URL_RE)

    # ---- helpers ----

    def start(self, argv, **kwargs):
        process = Process(argv, **kwargs)
        self.addCleanup(process.stop)
        return process

    def _kill_tmux(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=STOP_TIMEOUT_S, check=False)

    def tmux_session(self, name, script):
        path = os.path.join(self._dir.name, name + ".sh")
        with open(path, "w", encoding="utf-8") as f:
            f.write(script)
        # -f /dev/null: none of the developer's tmux configuration.
        subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", "new-session", "-d",
                        "-s", name, "-x", "160", "-y", "50", "sh " + path],
                       check=True, timeout=STOP_TIMEOUT_S)
        return name

    def pane_text(self, target):
        return subprocess.run(["tmux", "-L", self.socket, "capture-pane", "-p", "-J",
                               "-t", target, "-S", "-2000"],
                              check=True, capture_output=True, text=True,
                              timeout=STOP_TIMEOUT_S).stdout

    def subscribers(self):
        return http_json("GET", self.base + "/stats")["subscribers"]

    def wait_subscribers(self, n):
        wait_until(lambda: self.subscribers() >= n, f"{n} subscriber(s) on the relay",
                   STARTUP_TIMEOUT_S)

    def start_bridge(self, target, *extra):
        """Starts a bridge and returns once its subscription is up."""
        before = self.subscribers()
        bridge = self.start([RELAY_BINARY, "bridge", "--server", self.base, "--tmux", target,
                             "--tmux-socket", self.socket, "--poll-ms", POLL_MS, *extra])
        self.wait_subscribers(before + 1)
        return bridge

    def subscribe(self, channel):
        """`subscribe CHANNEL`: one pointer URL per stdout line."""
        before = self.subscribers()
        subscriber = self.start([RELAY_BINARY, "subscribe", channel, "--server", self.base])
        self.wait_subscribers(before + 1)
        return subscriber

    def task_argv(self, text, *extra):
        return [RELAY_BINARY, "task", text, "--server", self.base, *extra]

    def run_task(self, text, *extra, timeout=TASK_TIMEOUT_S):
        return subprocess.run(self.task_argv(text, "--timeout", str(timeout), *extra),
                              capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=timeout + PROCESS_SLACK_S)

    def peek(self, url):
        return http_json("GET", url.replace("/pull/", "/peek/"))

    def assert_task_ok(self, result, expected):
        self.assertEqual(result.returncode, 0, f"task failed:\n{result.stderr}")
        self.assertEqual(result.stdout, expected + "\n", result.stderr)

    # ---- tests ----

    def test_task_round_trip(self):
        pane = self.tmux_session("agent", FAKE_AGENT)
        self.start_bridge(pane)
        result = self.run_task("add two numbers")
        self.assert_task_ok(result, "result for: add two numbers")
        # The agent saw the task with the outcome instruction, and answered once.
        text = self.pane_text(pane)
        self.assertIn("add two numbers", text)
        self.assertEqual(text.count("result for: add two numbers"), 1, text)

    def test_task_from_standard_input(self):
        self.start_bridge(self.tmux_session("agent", FAKE_AGENT))
        result = subprocess.run(
            [RELAY_BINARY, "task", "-", "--server", self.base, "--timeout", str(TASK_TIMEOUT_S)],
            input="refactor the parser\nand keep the tests green\n", capture_output=True,
            text=True, timeout=TASK_TIMEOUT_S + PROCESS_SLACK_S)
        self.assert_task_ok(result, "result for: refactor the parser")

    def test_result_metadata_names_the_task(self):
        self.start_bridge(self.tmux_session("agent", FAKE_AGENT))
        tasks = self.subscribe("agent-tasks")
        done = self.subscribe("agent-done")
        result = self.run_task("write the changelog")
        self.assert_task_ok(result, "result for: write the changelog")

        task_url = tasks.next_line(TASK_TIMEOUT_S)
        done_url = done.next_line(TASK_TIMEOUT_S)
        task_id = POINTER_RE.fullmatch(task_url).group(1)
        metadata = self.peek(done_url)
        self.assertEqual(metadata.get("task_id"), task_id, metadata)
        self.assertEqual(metadata.get("task_url"), task_url, metadata)
        self.assertEqual(metadata.get("status"), "done", metadata)
        self.assertEqual(metadata.get("summary"), "result for: write the changelog", metadata)
        self.assertIsInstance(metadata.get("elapsed_s"), (int, float), metadata)
        # The task carries upstream's "summary" too.
        self.assertEqual(self.peek(task_url).get("summary"), "write the changelog")
        self.assertEqual(json.loads(http_text(done_url))["data"], "result for: write the changelog")

    def test_tasks_are_handled_one_at_a_time_in_order(self):
        self.start_bridge(self.tmux_session("agent", FAKE_AGENT))
        done = self.subscribe("agent-done")
        # Pushed back to back: the second and third arrive while the first is being pasted.
        texts = ["first task", "second task", "third task"]
        ids = [http_json("POST", self.base + "/push",
                         {"data": t, "channel": "agent-tasks"})["id"] for t in texts]
        for task_id, text in zip(ids, texts):
            url = done.next_line(TASK_TIMEOUT_S)
            self.assertEqual(self.peek(url).get("task_id"), task_id)
            self.assertEqual(json.loads(http_text(url))["data"], "result for: " + text)

    def test_concurrent_orchestrators_each_get_their_own_result(self):
        self.start_bridge(self.tmux_session("agent", FAKE_AGENT))
        tasks = self.subscribe("agent-tasks")
        timeout = str(TASK_TIMEOUT_S)
        first = self.start(self.task_argv("task one", "--timeout", timeout))
        tasks.next_line(TASK_TIMEOUT_S)  # the first is pushed: the second queues behind it
        second = self.start(self.task_argv("task two", "--timeout", timeout))
        for process, text in ((first, "task one"), (second, "task two")):
            self.assertEqual(process.next_line(TASK_TIMEOUT_S + PROCESS_SLACK_S),
                             "result for: " + text)
            self.assertEqual(process.proc.wait(timeout=PROCESS_SLACK_S), 0, process.stderr())

    def test_task_times_out_with_exit_code_3(self):
        # An agent that never answers, behind a bridge with channels of its own.
        self.start_bridge(self.tmux_session("silent", SILENT_AGENT),
                          "--task-channel", "slow-tasks", "--done-channel", "slow-done")
        started = time.monotonic()
        result = self.run_task("this never ends", "--task-channel", "slow-tasks",
                               "--done-channel", "slow-done", timeout=2)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertLess(time.monotonic() - started, 2 + PROCESS_SLACK_S)

    def test_bridge_timeout_reports_status_timeout(self):
        self.start_bridge(self.tmux_session("silent", SILENT_AGENT), "--timeout", "1")
        done = self.subscribe("agent-done")
        result = self.run_task("think forever")
        # The bridge gave up on the agent: task says so with exit code 3.
        self.assertEqual(result.returncode, 3, result.stderr)
        metadata = self.peek(done.next_line(TASK_TIMEOUT_S))
        self.assertEqual(metadata.get("status"), "timeout", metadata)
        self.assertIn("task_id", metadata)

    def test_bridge_rejects_a_missing_pane(self):
        self.tmux_session("agent", FAKE_AGENT)  # the server runs, the pane does not exist
        bridge = subprocess.run([RELAY_BINARY, "bridge", "--server", self.base,
                                 "--tmux", "no-such-session", "--tmux-socket", self.socket],
                                capture_output=True, text=True, stdin=subprocess.DEVNULL,
                                timeout=STARTUP_TIMEOUT_S)
        self.assertEqual(bridge.returncode, 1, bridge.stderr)
        self.assertIn("no-such-session", bridge.stderr)


if __name__ == "__main__":
    RELAY_BINARY, _remaining = test_interop.binary_from_command_line()
    sys.exit(2 if RELAY_BINARY is None else test_interop.run_tests(_remaining))
