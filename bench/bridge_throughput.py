#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How fast a channel bridge empties its queue: relay A (durable) bridges channel "team" out to
relay B over loopback. Two figures, medians of --reps runs:

  live     pushes made while B is up: time from the first push on A until B holds all N
  backlog  N pushes queued while B is down: time from the first to the last arriving on B

Peer: the same N pushes made directly to B (what the bridge does, minus the queue), so the
ratio says what the queue and the in-order, one-at-a-time delivery cost.

  /usr/bin/python3 bench/bridge_throughput.py [--binary build/app/contextrelay-desktop] [-n 1000]
"""
import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import requests

PAYLOAD = "x" * 1000


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Relay:
    def __init__(self, binary, home, port, extra=()):
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), HOME=home)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keychain needed: B has no keys
        self.proc = subprocess.Popen([binary, "--headless", "--port", str(port), *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.url = self.proc.stdout.readline().decode().strip()
        if not self.url:
            raise SystemExit("relay did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def cli(binary, home, *args):
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"), HOME=home)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    subprocess.run([binary, *args], check=True, env=env, capture_output=True)


def wait_count(session, url, n, deadline_s=300):
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if session.get(url + "/stats").json()["payloads"] >= n:
            return time.monotonic()
        time.sleep(0.005)
    raise SystemExit("timed out waiting for the bridge")


def push_all(session, url, n):
    for i in range(n):
        r = session.post(url + "/push", json={"data": PAYLOAD, "channel": "team", "metadata": {"i": i}})
        r.raise_for_status()


def one_run(binary, n):
    with tempfile.TemporaryDirectory() as tmp:
        a_home, b_home = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        b_port = free_port()
        cli(binary, a_home, "remote", "add", "bench", f"http://127.0.0.1:{b_port}")
        cli(binary, a_home, "bridge-channel", "add", "team", "bench:team")
        s = requests.Session()
        s.trust_env = False

        # direct: the same pushes straight to B
        b = Relay(binary, b_home, b_port, ["--ephemeral"])
        t0 = time.monotonic()
        push_all(s, b.url, n)
        direct = time.monotonic() - t0
        b.stop()

        # live: A and B up
        b = Relay(binary, b_home, b_port, ["--ephemeral"])
        a = Relay(binary, a_home, 0, ["--data-dir", os.path.join(tmp, "a-data")])
        t0 = time.monotonic()
        push_all(s, a.url, n)
        live = wait_count(s, b.url, n) - t0
        b.stop()

        # backlog: B down while A queues, then B starts
        push_all(s, a.url, n)
        b = Relay(binary, b_home, b_port, ["--ephemeral"])
        # From the first delivered payload on: the wait before it is the reconnect backoff.
        t0 = wait_count(s, b.url, 1, 120)
        backlog = (wait_count(s, b.url, n, 600) - t0) * n / max(1, n - 1)
        b.stop()
        a.stop()
        return direct, live, backlog


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="build/app/contextrelay-desktop")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    runs = [one_run(os.path.abspath(args.binary), args.n) for _ in range(args.reps)]
    direct, live, backlog = (statistics.median(r[i] for r in runs) for i in range(3))
    n = args.n
    print(f"| measurement ({n} × 1 KB, median of {args.reps}) | seconds | payloads/s | vs direct pushes |")
    print("|---|---:|---:|---:|")
    print(f"| direct pushes to B (peer) | {direct:.2f} | {n / direct:,.0f} | 1.00× |")
    print(f"| bridged, B up (push on A → all on B) | {live:.2f} | {n / live:,.0f} | {direct / live:.2f}× |")
    print(f"| bridged backlog, B started with {n} queued | {backlog:.2f} | {n / backlog:,.0f} | {direct / backlog:.2f}× |")


if __name__ == "__main__":
    sys.exit(main())
