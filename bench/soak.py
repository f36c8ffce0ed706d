#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Soak test: does the relay stay flat under a long mixed load? Not part of CI.

Starts one headless relay (durable store in a temp dir, from a copy of the binary so a rebuild
during the run changes nothing) and --workers processes that each, at --rate operations/s, mix
pushes (JSON and raw, some burn-after-reading, some to channels nobody watches), pulls, peeks, raw
reads, deletes, publishes, short subscriptions with replay, abrupt disconnects (a half-sent head, a
body cut off with a reset, a pull abandoned after a few bytes, pipelined requests never read,
WebSockets dropped without a close frame or with a reset) and now and then a subscriber that stops
reading (fed 256 KiB publishes, to reach the relay's cap on unsent output: see --relay-arg). Each
worker also keeps one subscriber that reads, so pushes and publishes fan out.

Every --interval seconds the relay's RSS (VmRSS), open file descriptors (/proc/PID/fd), threads,
event-loop latency (GET / round trips on a kept-alive connection: median and max of 5) and its
/stats (payloads, bytes, channels, subscribers) are sampled. Payloads live 60 s (the shortest TTL),
so the store reaches a steady state instead of growing for the whole run.

Writes <out>.tsv (one row per sample) and <out>.md (first/last/min/max/median per metric, what the
workers did, and a verdict: a metric is flat when the median of the last third of the run is within
--tolerance of the median of the middle third, or within a small absolute floor).

  /usr/bin/python3 bench/soak.py [--binary build/app/contextrelay-desktop] [--minutes 30]
                                 [--workers 4] [--rate 25] [--interval 10] [--out bench/results/soak]
"""
import argparse
import collections
import json
import multiprocessing
import os
import queue
import random
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid

for _var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
    os.environ.pop(_var, None)

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket)

POOL_CHANNELS = [f"soak-{k}" for k in range(16)]
TTL_S = 60
HTTP_TIMEOUT_S = 10
STARTUP_TIMEOUT_S = 30

# Absolute floors for the flatness check: below these a difference is noise, not a trend.
FLAT_FLOORS = {"rss_kib": 4096, "fds": 8, "threads": 2, "lat_med_ms": 2.0, "lat_max_ms": 20.0,
               "payloads": 50, "bytes": 4 << 20, "channels": 20, "subscribers": 8}
CHECKED = ("rss_kib", "fds", "threads", "lat_med_ms", "payloads", "channels", "subscribers")
COLUMNS = ("t_s", "rss_kib", "fds", "threads", "lat_med_ms", "lat_max_ms", "payloads", "bytes", "channels",
           "subscribers", "ops", "alive")


# ---------------------------------------------------------------------------------------------
# The relay

class Relay:
    def __init__(self, binary, work, extra):
        home = os.path.join(work, "home")
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), HOME=home)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keychain: the relay runs without keys
        # The relay logs each subscriber it drops for not reading: counted in the summary.
        env["QT_LOGGING_RULES"] = "relay.ws.info=true"
        for d in ("config", "data"):
            os.makedirs(os.path.join(home, d), exist_ok=True)
        self.stderr_path = os.path.join(work, "relay.stderr")
        self._stderr = open(self.stderr_path, "wb")
        self.argv = [binary, "--headless", "--port", "0", "--data-dir", os.path.join(work, "store"), *extra]
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=env, close_fds=True)
        lines = queue.Queue()
        threading.Thread(target=self._drain, args=(lines,), daemon=True).start()
        try:
            self.url = (lines.get(timeout=STARTUP_TIMEOUT_S) or b"").decode().strip()
        except queue.Empty:
            self.url = ""
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise SystemExit(f"the relay did not start: {self.argv}")
        self.pid = self.proc.pid

    def _drain(self, lines):
        for line in iter(self.proc.stdout.readline, b""):
            lines.put(line)

    def stalled_drops(self):
        with open(self.stderr_path, "rb") as f:
            return f.read().count(b"dropping a subscriber that does not read")

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
                return None
        self._stderr.close()
        return self.proc.returncode


def proc_status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "Threads"):
                out[key] = int(value.split()[0])
    return out


def sample(relay, session, t, ops):
    row = dict.fromkeys(COLUMNS, "")
    row.update(t_s=round(t), ops=ops, alive=int(relay.alive()))
    if not relay.alive():
        return row
    try:
        st = proc_status(relay.pid)
        row["rss_kib"] = st.get("VmRSS", 0)
        row["threads"] = st.get("Threads", 0)
        row["fds"] = len(os.listdir(f"/proc/{relay.pid}/fd"))
    except OSError:  # it died between the check and the read
        row["alive"] = 0
        return row
    lat = []
    for _ in range(5):
        t0 = time.perf_counter()
        try:
            session.get(relay.url + "/", timeout=HTTP_TIMEOUT_S).raise_for_status()
        except requests.RequestException:
            continue
        lat.append((time.perf_counter() - t0) * 1000)
    if lat:
        row["lat_med_ms"] = round(statistics.median(lat), 2)
        row["lat_max_ms"] = round(max(lat), 2)
    try:
        stats = session.get(relay.url + "/stats", timeout=HTTP_TIMEOUT_S).json()
        for key in ("payloads", "bytes", "channels", "subscribers"):
            row[key] = int(stats[key])
    except (requests.RequestException, ValueError, KeyError):
        pass
    return row


# ---------------------------------------------------------------------------------------------
# Workers

class Worker:
    def __init__(self, index, url, stop_at, rate, report):
        self.rnd = random.Random(1000 + index)
        self.url = url
        self.host, self.port = url[len("http://"):].rsplit(":", 1)
        self.port = int(self.port)
        self.ws_base = "ws://" + url[len("http://"):]
        self.stop_at = stop_at
        self.rate = rate
        self.report = report
        self.index = index
        self.session = requests.Session()
        self.ids = collections.deque(maxlen=300)
        self.counts = collections.Counter()
        self.stalled = None  # (socket, drop_at)
        self.received = 0

    # -- helpers

    def count(self, action, outcome):
        self.counts[f"{action} {outcome}"] += 1

    def http(self, method, path, fresh=False, **kw):
        requester = requests if fresh else self.session
        return requester.request(method, self.url + path, timeout=HTTP_TIMEOUT_S, **kw)

    def channel(self):
        r = self.rnd.random()
        if r < 0.7:
            return self.rnd.choice(POOL_CHANNELS)
        if r < 0.8:
            return f"soak-u-{uuid.uuid4().hex[:12]}"  # nobody listens; forgotten when its payloads expire
        return None

    def raw_socket(self):
        s = socket.create_connection((self.host, self.port), timeout=HTTP_TIMEOUT_S)
        return s

    @staticmethod
    def reset(s):
        # SO_LINGER 0: close() sends a reset, as a killed client would.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()

    # -- actions (each returns an outcome label: an HTTP status or a word)

    def push_json(self):
        size = 1 << 20 if self.rnd.random() < 0.02 else self.rnd.randint(100, 64 * 1024)
        body = {"data": "x" * size, "ttl": TTL_S, "metadata": {"w": self.index}}
        ch = self.channel()
        if ch:
            body["channel"] = ch
        if self.rnd.random() < 0.3:
            body["max_reads"] = 1
        r = self.http("POST", "/push", fresh=self.rnd.random() < 0.1, json=body)
        if r.status_code == 200:
            self.ids.append(r.json()["id"])
        return r.status_code

    def push_raw(self):
        data = os.urandom(self.rnd.randint(16, 32 * 1024))
        params = {"ttl": str(TTL_S), "filename": "blob.bin"}
        ch = self.channel()
        if ch:
            params["channel"] = ch
        r = self.http("POST", "/push", params=params, data=data,
                      headers={"Content-Type": "application/octet-stream"})
        if r.status_code == 200:
            self.ids.append(r.json()["id"])
        return r.status_code

    def some_id(self):
        return self.rnd.choice(self.ids) if self.ids else str(uuid.uuid4())

    def pull(self):
        return self.http("GET", "/pull/" + self.some_id()).status_code

    def peek(self):
        return self.http("GET", "/peek/" + self.some_id()).status_code

    def raw(self):
        return self.http("GET", "/raw/" + self.some_id()).status_code

    def delete(self):
        return self.http("DELETE", "/pull/" + self.some_id()).status_code

    def publish(self):
        n = self.rnd.randint(10, 32 * 1024) if self.rnd.random() < 0.5 else 40
        body = json.dumps({"w": self.index, "pad": "y" * n})
        return self.http("POST", "/publish/" + self.rnd.choice(POOL_CHANNELS), data=body,
                         fresh=self.rnd.random() < 0.1).status_code

    def stats(self):
        return self.http("GET", "/stats").status_code

    def subscribe_short(self):
        path = "/ws/" + self.rnd.choice(POOL_CHANNELS)
        if self.rnd.random() < 0.3:
            path += f"?replay={self.rnd.randint(1, 10)}"
        ws = websocket.create_connection(self.ws_base + path, timeout=HTTP_TIMEOUT_S)
        ws.settimeout(0.3)
        got = 0
        for _ in range(3):
            try:
                ws.recv()
                got += 1
            except websocket.WebSocketTimeoutException:
                break
        how = self.rnd.random()
        if how < 0.4:
            ws.close()
            return "closed"
        if how < 0.7:
            ws.sock.shutdown(socket.SHUT_RDWR)  # gone without a close frame
            ws.sock.close()
            return "dropped"
        self.reset(ws.sock)
        return "reset"

    def abrupt_http(self):
        kind = self.rnd.randrange(5)
        s = self.raw_socket()
        head = f"Host: {self.host}:{self.port}\r\n"
        try:
            if kind == 0:  # half a request head, then gone
                s.sendall(f"POST /push HTTP/1.1\r\n{head}Content-Ty".encode())
                s.close()
                return "half-head"
            if kind == 1:  # a body cut off mid-way with a reset
                s.sendall(f"POST /push HTTP/1.1\r\n{head}Content-Type: application/json\r\n"
                          f"Content-Length: 200000\r\n\r\n".encode() + b'{"data":"' + b"z" * 20000)
                self.reset(s)
                return "cut-body"
            if kind == 2:  # a pull abandoned after a few bytes
                s.sendall(f"GET /pull/{self.some_id()} HTTP/1.1\r\n{head}\r\n".encode())
                s.recv(16)
                self.reset(s)
                return "cut-pull"
            if kind == 3:  # pipelined requests whose answers are never read
                s.sendall((f"GET /stats HTTP/1.1\r\n{head}\r\n" * 3 +
                           f"GET /peek/{self.some_id()} HTTP/1.1\r\n{head}\r\n").encode())
                s.close()
                return "pipelined"
            s.sendall(os.urandom(200))  # garbage
            s.recv(256)
            s.close()
            return "garbage"
        except OSError:
            s.close()
            return "oserror"

    def stall(self):
        """A subscriber that stops reading; dropped with a reset 20-60 s later (unless the relay drops it
        first, once its unsent output passes the cap)."""
        if self.stalled:
            return "skip"
        channel = self.rnd.choice(POOL_CHANNELS)
        ws = websocket.create_connection(self.ws_base + "/ws/" + channel, timeout=HTTP_TIMEOUT_S)
        ws.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.stalled = (ws.sock, time.monotonic() + self.rnd.uniform(20, 60), channel)
        return "opened"

    def flood(self):
        """A 256 KiB publish to the channel of this worker's stalled subscriber, if it has one."""
        if not self.stalled:
            return "skip"
        body = json.dumps({"w": self.index, "pad": "f" * (256 * 1024)})
        return self.http("POST", "/publish/" + self.stalled[2], data=body).status_code

    def reap_stalled(self):
        if self.stalled and time.monotonic() > self.stalled[1]:
            self.reset(self.stalled[0])
            self.stalled = None

    # -- the loop

    def listener(self):
        """One subscriber that reads, reconnecting when dropped."""
        while time.monotonic() < self.stop_at:
            try:
                ws = websocket.create_connection(self.ws_base + "/ws/" + POOL_CHANNELS[self.index % 16],
                                                 timeout=HTTP_TIMEOUT_S)
                ws.settimeout(1)
                while time.monotonic() < self.stop_at:
                    try:
                        ws.recv()
                        self.received += 1
                    except websocket.WebSocketTimeoutException:
                        pass
                ws.close()
            except (OSError, websocket.WebSocketException):
                self.counts["listener reconnect"] += 1
                time.sleep(0.5)

    def run(self):
        actions = [(self.push_json, 20), (self.push_raw, 5), (self.pull, 15), (self.peek, 10), (self.raw, 5),
                   (self.delete, 3), (self.publish, 15), (self.stats, 2), (self.subscribe_short, 8),
                   (self.abrupt_http, 8), (self.stall, 1), (self.flood, 2)]
        funcs = [a for a, _ in actions]
        weights = [w for _, w in actions]
        threading.Thread(target=self.listener, daemon=True).start()
        period = 1.0 / self.rate
        next_at = time.monotonic()
        last_report = next_at
        while time.monotonic() < self.stop_at:
            action = self.rnd.choices(funcs, weights)[0]
            try:
                outcome = action()
            except (OSError, requests.RequestException, websocket.WebSocketException) as e:
                outcome = type(e).__name__
            self.count(action.__name__, outcome)
            self.reap_stalled()
            now = time.monotonic()
            if now - last_report >= 5:
                self.flush()
                last_report = now
            next_at += period
            if next_at < now - 1:
                next_at = now  # fell behind (a slow answer): do not burst to catch up
            # Pacing, not synchronisation: the load is a rate, not as fast as possible.
            time.sleep(max(0.0, next_at - time.monotonic()))
        if self.stalled:
            self.reset(self.stalled[0])
        self.flush()

    def flush(self):
        self.counts["listener received"] = self.received
        self.report.put((self.index, dict(self.counts)))


def worker_main(index, url, stop_at_wall, rate, report):
    stop_at = time.monotonic() + (stop_at_wall - time.time())
    Worker(index, url, stop_at, rate, report).run()


# ---------------------------------------------------------------------------------------------
# Report

def fmt(v):
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def summarize(rows, args, relay, rc, counts, started, wall_s):
    lines = [f"# Soak: {args.minutes:g} min, {args.workers} workers x {args.rate:g} ops/s", ""]
    lines.append(f"Run {time.strftime('%Y-%m-%d %H:%M', time.localtime(started))}, "
                 f"{wall_s / 60:.1f} min, sample every {args.interval:g} s; relay `{' '.join(relay.argv[1:])}`; "
                 f"exit code after SIGTERM: {rc}.")
    lines.append("")
    load = [r for r in rows if r["phase"] == "load" and r["alive"] == 1]
    n = len(load)
    mid = load[n // 3: 2 * n // 3]
    last = load[2 * n // 3:]
    lines.append("| metric | first | last | min | max | median | median middle third | median last third | "
                 "flat |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    verdicts = {}
    for key in ("rss_kib", "fds", "threads", "lat_med_ms", "lat_max_ms", "payloads", "bytes", "channels",
                "subscribers", "ops"):
        vals = [r[key] for r in load if r[key] != ""]
        if not vals:
            continue
        m_mid = statistics.median([r[key] for r in mid if r[key] != ""] or [0])
        m_last = statistics.median([r[key] for r in last if r[key] != ""] or [0])
        flat = ""
        if key in CHECKED:
            ok = abs(m_last - m_mid) <= max(args.tolerance * abs(m_mid), FLAT_FLOORS.get(key, 0))
            verdicts[key] = ok
            flat = "yes" if ok else "**no**"
        lines.append(f"| {key} | {fmt(vals[0])} | {fmt(vals[-1])} | {fmt(min(vals))} | {fmt(max(vals))} | "
                     f"{fmt(statistics.median(vals))} | {fmt(m_mid)} | {fmt(m_last)} | {flat} |")
    before = next((r for r in rows if r["phase"] == "before"), None)
    after = next((r for r in rows if r["phase"] == "after"), None)
    if before and after:
        lines.append("")
        lines.append(f"Idle before the load: RSS {before['rss_kib']} KiB, {before['fds']} fds, "
                     f"{before['threads']} threads. Idle after it (workers gone): RSS {after['rss_kib']} KiB, "
                     f"{after['fds']} fds, {after['threads']} threads, {after['subscribers']} subscribers.")
    died = any(r["alive"] == 0 for r in rows)
    flat_all = all(verdicts.values()) and not died and rc == 0
    lines.append("")
    lines.append(f"**Verdict: {'flat' if flat_all else 'NOT flat'}** — flat means the last third's median is "
                 f"within {args.tolerance:.0%} of the middle third's (or within a noise floor: "
                 + ", ".join(f"{k} {FLAT_FLOORS[k]}" for k in CHECKED) + "), the relay never died, and it "
                 "exited 0 on SIGTERM." + (" The relay died during the run." if died else ""))
    lines.append("")
    lines.append("## What the workers did")
    lines.append("")
    total = collections.Counter()
    for c in counts.values():
        total.update(c)
    received = total.pop("listener received", 0)
    by_action = collections.defaultdict(list)
    for key, v in sorted(total.items()):
        action, _, outcome = key.partition(" ")
        by_action[action].append(f"{outcome} {v}")
    lines.append("| action | outcomes |")
    lines.append("|---|---|")
    for action, outs in sorted(by_action.items()):
        lines.append(f"| {action} | {', '.join(outs)} |")
    lines.append("")
    lines.append(f"Messages received by the reading subscribers: {received}. Stalled subscribers the relay "
                 f"disconnected for unsent output over its cap (its log): {relay.stalled_drops()}.")
    return "\n".join(lines) + "\n", flat_all


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", default=os.path.join(here, "..", "build", "app", "contextrelay-desktop"))
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--rate", type=float, default=25, help="operations per second per worker")
    p.add_argument("--interval", type=float, default=10, help="seconds between samples")
    p.add_argument("--tolerance", type=float, default=0.10)
    p.add_argument("--out", default=os.path.join(here, "results", "soak"),
                   help="writes OUT.tsv and OUT.md")
    p.add_argument("--relay-arg", action="append", default=[], help="extra relay option (repeatable)")
    args = p.parse_args()

    work = tempfile.mkdtemp(prefix="relay-soak-")
    binary = os.path.join(work, "contextrelay-desktop")
    shutil.copy2(args.binary, binary)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    relay = Relay(binary, work, args.relay_arg)
    print(f"relay {relay.url} pid {relay.pid}, work dir {work}", flush=True)

    probe = requests.Session()
    rows = []
    tsv = open(args.out + ".tsv", "w")
    tsv.write("phase\t" + "\t".join(COLUMNS) + "\n")

    def record(row, phase):
        row["phase"] = phase
        rows.append(row)
        tsv.write(phase + "\t" + "\t".join(fmt(row[c]) for c in COLUMNS) + "\n")
        tsv.flush()
        print(phase, " ".join(f"{c}={fmt(row[c])}" for c in COLUMNS), flush=True)

    started = time.time()
    t0 = time.monotonic()
    record(sample(relay, probe, 0, 0), "before")

    ctx = multiprocessing.get_context("spawn")
    report = ctx.Queue()
    stop_at_wall = time.time() + args.minutes * 60
    procs = [ctx.Process(target=worker_main, args=(i, relay.url, stop_at_wall, args.rate, report), daemon=True)
             for i in range(args.workers)]
    for proc in procs:
        proc.start()

    counts = {}
    last_ops = 0

    def drain():
        while True:
            try:
                index, c = report.get_nowait()
            except queue.Empty:
                return
            counts[index] = c

    next_at = time.monotonic() + args.interval
    while time.time() < stop_at_wall and relay.alive():
        time.sleep(max(0.0, next_at - time.monotonic()))
        next_at += args.interval
        drain()
        ops = sum(v for c in counts.values() for k, v in c.items() if not k.startswith("listener"))
        record(sample(relay, probe, time.monotonic() - t0, ops - last_ops), "load")
        last_ops = ops

    for proc in procs:
        proc.join(timeout=60)
        if proc.is_alive():
            proc.terminate()
    drain()
    # Once the workers are gone their connections are too: the relay should be back near idle.
    deadline = time.monotonic() + 30
    row = sample(relay, probe, time.monotonic() - t0, 0)
    while relay.alive() and time.monotonic() < deadline:
        row = sample(relay, probe, time.monotonic() - t0, 0)
        if row["subscribers"] == 0:
            break
        time.sleep(1)
    record(row, "after")
    tsv.close()
    probe.close()
    wall_s = time.monotonic() - t0
    rc = relay.stop()

    text, flat = summarize(rows, args, relay, rc, counts, started, wall_s)
    with open(args.out + ".md", "w") as f:
        f.write(text)
    print(text)
    if rc == 0:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"relay stderr kept in {relay.stderr_path}", file=sys.stderr)
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
