# SPDX-License-Identifier: MIT
"""What every Python example needs around the wire protocol: a relay (the one at
$CONTEXTRELAY_URL, else a private headless one), stand-in agents' text, waits on
real conditions with a deadline, background processes, and a clear PASS/FAIL."""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import relaywire  # first: it keeps proxies away from loopback
import requests

DEADLINE_S = 30  # how long any one wait may take before the example gives up


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def say(who, what):
    print(f"{who:<12} {what}", flush=True)


def sha256(data):
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def gen_text(seed, size):
    """Deterministic prose of exactly `size` ASCII characters: the stand-in agents' "thinking"
    (the same text as gen_text in lib/common.sh)."""
    words = ("the relay pointer payload agent review module parser test channel latency budget risk "
             "cache retry schema handler queue fixture refactor benchmark invariant error path "
             "coverage edge case timeout memory thread lock").split()
    x, out, have, para = seed, [], 0, 1
    while have < size:
        line = "- "
        for _ in range(14):
            x = (x * 75 + 74) % 65537
            line += words[x % len(words)] + " "
        line += "\n"
        if para % 8 == 0:
            line += f"\n## Section {para // 8}\n\n"
        line = line[:size - have]
        out.append(line)
        have += len(line)
        para += 1
    return "".join(out)


def wait_until(what, condition, timeout=DEADLINE_S):
    """Polls a real condition until it holds (returns its value) or the deadline passes."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure(f"not within {timeout} s: {what}")
        time.sleep(0.02)  # only keeps the poll from spinning


def find_binary():
    binary = os.environ.get("CONTEXTRELAY_BIN") or shutil.which("contextrelay-desktop")
    if not binary:
        raise Failure("contextrelay-desktop not found: set CONTEXTRELAY_BIN or put it on PATH.")
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        raise Failure(f"{binary} is not an executable file (still being built?).")
    return binary


class Example:
    """The run of one example: its relay, its temp folder, its background processes."""

    def __init__(self, scenario):
        self.scenario = scenario
        self.dir = tempfile.mkdtemp(prefix="contextrelay-example.")
        self.env = dict(os.environ)
        self.processes = []  # (name, Popen), stopped in reverse order
        self.cleanups = []  # callables, run before the processes stop
        self.relay = None
        self.url = os.environ.get("CONTEXTRELAY_URL")
        self.client = None

    def open(self):
        if self.url:
            self.client = relaywire.Client(self.url, os.environ.get("CONTEXTRELAY_API_KEY"))
            try:
                self.client.stats()
            except (requests.RequestException, relaywire.RelayError) as e:
                raise Failure(f"no relay answers at CONTEXTRELAY_URL={self.url}: {e}") from None
            say("relay", f"using {self.url}")
        else:
            self._start_relay()
            self.client = relaywire.Client(self.url)

    def _start_relay(self):
        # Throwaway config/data/cache/home, so none of your settings (API keys!) leak in or out.
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache"), ("HOME", "home")):
            self.env[var] = os.path.join(self.dir, sub)
            os.makedirs(self.env[var])
        # --port 0 picks a free port; the first stdout line is the base URL.
        self.relay = self.start("relay", [find_binary(), "--headless", "--port", "0", "--ephemeral"])
        self.url = wait_until("the relay prints its URL", lambda: self._first_line("relay.out"))
        self.env["CONTEXTRELAY_URL"] = self.url  # for the CLI processes an example starts
        say("relay", f"started {self.url} (headless, in memory, for this run only)")

    def _first_line(self, name):
        if self.relay.poll() is not None:
            raise Failure("the relay exited during startup:\n" + self.text("relay.err"))
        text = self.text(name)
        return text.split("\n", 1)[0] if "\n" in text else None

    def path(self, name):
        return os.path.join(self.dir, name)

    def text(self, name):
        try:
            with open(self.path(name), encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def start(self, name, argv):
        """A background process; stdout in NAME.out, stderr in NAME.err of the temp folder."""
        with open(self.path(name + ".out"), "wb") as out, open(self.path(name + ".err"), "wb") as err:
            try:
                process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                           env=self.env, close_fds=True)
            except OSError as e:
                raise Failure(f"cannot run {argv[0]}: {e.strerror}") from None
        self.processes.append((name, process))
        return process

    def close(self):
        failure = None
        for cleanup in self.cleanups:
            try:
                cleanup()
            except Exception as e:  # noqa: BLE001  (cleaning up must go on)
                print(f"cleanup failed: {e}", file=sys.stderr)
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            # SIGTERM must end the relay cleanly; anything else is a bug worth failing for.
            if process is self.relay and process.returncode != 0:
                failure = (f"the relay exited with {process.returncode} on SIGTERM; its stderr:\n"
                           + self.text("relay.err"))
        shutil.rmtree(self.dir, ignore_errors=True)
        return failure


class Interrupted(BaseException):
    pass


def _interrupted(signum, frame):
    raise Interrupted(f"stopped by signal {signum}")


def run(scenario, main):
    """Runs main(example); prints PASS or FAIL with the reason, and exits 0 or 1. The relay and
    every background process stop in any case, Ctrl+C and SIGTERM (a CTest timeout) included."""
    signal.signal(signal.SIGTERM, _interrupted)
    example = Example(scenario)
    try:
        example.open()
        outcome = main(example)
    except (Failure, relaywire.RelayError, requests.RequestException, Interrupted) as e:
        outcome, error = None, str(e)
    except KeyboardInterrupt:
        outcome, error = None, "interrupted"
    except Exception:  # an example's own bug: show where
        outcome, error = None, traceback.format_exc()
    else:
        error = None
    close_error = example.close()
    error = error or close_error
    if error:
        print(f"FAIL [{scenario}]: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
    print(f"PASS [{scenario}]: {outcome}", flush=True)
