#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Helpers for bench/run.sh: payload files, start-up timing, RSS under load, output parsing and
the Markdown report. Debian's /usr/bin/python3 with python3-requests; loopback only; every loop
is bounded in count and in time."""

import argparse
import json
import os
import re
import select
import signal
import socket
import statistics
import subprocess
import sys
import time

LOOPBACK = "127.0.0.1"


def die(msg):
    print(f"benchtool: {msg}", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------------------------
# payloads


def payload_text(nbytes):
    """nbytes of ASCII text that needs no JSON escaping."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-_"
    return (alphabet * (nbytes // len(alphabet) + 1))[:nbytes]


def cmd_payload(a):
    data = payload_text(a.bytes)
    with open(a.push_body, "w", encoding="ascii") as f:
        json.dump({"data": data}, f)
    # What GET /pull/<id> returns for that push (PROTOCOL.md: compact envelope); nginx serves it.
    with open(a.envelope, "w", encoding="ascii") as f:
        f.write(json.dumps({"data": data, "metadata": {}}, separators=(",", ":")))


# --------------------------------------------------------------------------------------------
# process helpers


def read_line(proc, deadline):
    """First stdout line of proc, waiting no later than deadline (monotonic)."""
    buf = b""
    fd = proc.stdout.fileno()
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            return None
        chunk = os.read(fd, 4096)
        if not chunk:
            return None  # exited
        buf += chunk
    return buf.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def http_get_status(port, path, timeout):
    """One GET on a fresh connection; returns the status code or None if it could not connect."""
    try:
        s = socket.create_connection((LOOPBACK, port), timeout=timeout)
    except OSError:
        return None
    try:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {LOOPBACK}:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
        return int(m.group(1)) if m else -1
    except OSError:
        return None
    finally:
        s.close()


def redis_ping(port, timeout):
    try:
        s = socket.create_connection((LOOPBACK, port), timeout=timeout)
    except OSError:
        return False
    try:
        s.sendall(b"*1\r\n$4\r\nPING\r\n")
        data = s.recv(64)
        return data.startswith(b"+PONG")
    except OSError:
        return False
    finally:
        s.close()


def stop(proc, grace=10.0):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def vmrss_kb(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {key} for pid {pid}")


def free_port():
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# start-up time: process spawn -> first 200 on GET / (or +PONG for redis)


def start_once(a, workdir, i):
    """Returns (ms to first answer, ms to URL line or None)."""
    kind = a.kind
    port = None
    if kind == "relay":
        cmd = [a.relay, "--headless", "--port", "0"]
        if a.durable:
            d = os.path.join(workdir, f"startup-data-{i}")
            os.makedirs(d)
            cmd += ["--data-dir", d]
        else:
            cmd += ["--ephemeral"]
    elif kind == "redis":
        port = free_port()
        d = os.path.join(workdir, f"startup-redis-{i}")
        os.makedirs(d)
        cmd = ["redis-server", "--port", str(port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no",
               "--dir", d, "--daemonize", "no", "--logfile", os.path.join(d, "redis.log")]
    else:
        die(f"unknown kind {kind}")

    budget = 10.0
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE if kind == "relay" else subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = t0 + budget
    try:
        url_ms = None
        if kind == "relay":
            line = read_line(proc, deadline)
            if not line:
                die(f"relay printed no URL line within {budget} s (exit status {proc.poll()})")
            url_ms = (time.monotonic() - t0) * 1000
            m = re.fullmatch(r"http://[^:/]+:(\d+)/?", line)
            if not m:
                die(f"relay's first stdout line is not a base URL: {line!r}")
            port = int(m.group(1))
        attempts = 0
        while True:
            attempts += 1
            if kind == "redis":
                ok = redis_ping(port, timeout=1.0)
            else:
                ok = http_get_status(port, "/", timeout=1.0) == 200
            if ok:
                return (time.monotonic() - t0) * 1000, url_ms
            if time.monotonic() > deadline or attempts > 20000 or proc.poll() is not None:
                die(f"{kind} did not answer within {budget} s ({attempts} attempts, exit status {proc.poll()})")
            # a refused connect returns at once; this just avoids spinning a core against the server
            time.sleep(0.0005)
    finally:
        stop(proc)
        if proc.stdout:
            proc.stdout.close()


def cmd_startup(a):
    times, url_times = [], []
    for i in range(a.reps):
        t, u = start_once(a, a.workdir, i)
        times.append(t)
        if u is not None:
            url_times.append(u)
    out = {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times)}
    if url_times:
        out["url_line_median_ms"] = statistics.median(url_times)
    print(" ".join(f"{k}={v:.3f}" for k, v in out.items()) + " times_ms=" + ",".join(f"{t:.3f}" for t in times))


# --------------------------------------------------------------------------------------------
# RSS: idle, then after COUNT pushes of BYTES


def cmd_rss_relay(a):
    import requests  # python3-requests

    base = a.url.rstrip("/")
    s = requests.Session()
    r = s.get(base + "/", timeout=10)
    if r.status_code != 200:
        die(f"GET / answered {r.status_code}")
    idle = vmrss_kb(a.pid)
    body = json.dumps({"data": payload_text(a.bytes)}).encode()
    headers = {"Content-Type": "application/json"}
    deadline = time.monotonic() + a.time_budget
    t0 = time.monotonic()
    for i in range(a.count):
        if time.monotonic() > deadline:
            die(f"pushes took longer than {a.time_budget} s ({i} of {a.count} done)")
        r = s.post(base + "/push", data=body, headers=headers, timeout=30)
        if r.status_code != 200:
            die(f"push {i} answered {r.status_code}: {r.text[:300]}")
    elapsed = time.monotonic() - t0
    # one more round trip so everything queued behind the last push has been handled
    s.get(base + "/", timeout=10)
    after = vmrss_kb(a.pid)
    hwm = vmrss_kb(a.pid, "VmHWM")
    print(f"idle_kb={idle} after_kb={after} hwm_kb={hwm} push_s={elapsed:.3f} "
          f"push_ms_each={elapsed * 1000 / a.count:.3f}")


def cmd_rss_redis(a):
    sock = socket.create_connection((LOOPBACK, a.port), timeout=10)
    f = sock.makefile("rb")

    def call(*args):
        msg = b"*%d\r\n" % len(args) + b"".join(b"$%d\r\n%s\r\n" % (len(x), x) for x in args)
        sock.sendall(msg)
        line = f.readline()
        if line.startswith(b"-"):
            die(f"redis: {line!r}")
        if line.startswith(b"$"):
            n = int(line[1:])
            if n >= 0:
                f.read(n + 2)
        return line

    call(b"PING")
    idle = vmrss_kb(a.pid)
    value = payload_text(a.bytes).encode()
    deadline = time.monotonic() + a.time_budget
    t0 = time.monotonic()
    for i in range(a.count):
        if time.monotonic() > deadline:
            die(f"SETs took longer than {a.time_budget} s ({i} of {a.count} done)")
        call(b"SET", b"bench:%d" % i, value)
    elapsed = time.monotonic() - t0
    call(b"PING")
    after = vmrss_kb(a.pid)
    hwm = vmrss_kb(a.pid, "VmHWM")
    sock.close()
    print(f"idle_kb={idle} after_kb={after} hwm_kb={hwm} push_s={elapsed:.3f} "
          f"push_ms_each={elapsed * 1000 / a.count:.3f}")


# --------------------------------------------------------------------------------------------
# parsers: print key=value pairs


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def cmd_parse_wrk(a):
    text = open(a.file, encoding="utf-8", errors="replace").read()
    out = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if not m:
        die(f"no Requests/sec in wrk output {a.file}:\n{text}")
    out["rps"] = float(m.group(1))
    for pct, key in (("50", "p50_ms"), ("99", "p99_ms")):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
        if not m:
            die(f"no {pct}% latency in wrk output {a.file}")
        out[key] = to_ms(m.group(1), m.group(2))
    m = re.search(r"(\d+) requests in", text)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    out["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    out["sockerr"] = sum(int(x) for x in m.groups()) if m else 0
    print(" ".join(f"{k}={v}" for k, v in out.items()))


def cmd_parse_redis(a):
    # redis-benchmark --csv: "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms",...
    rows = [l for l in open(a.file, encoding="utf-8") if l.startswith('"SET"')]
    if not rows:
        die(f"no SET row in redis-benchmark output {a.file}")
    cells = [c.strip('"\n ') for c in rows[0].split(",")]
    print(f"rps={float(cells[1])} p50_ms={float(cells[4])} p99_ms={float(cells[6])}")


# --------------------------------------------------------------------------------------------
# the report

MIB = 1024 * 1024


def fmt(v, unit):
    if v is None:
        return "n/a"
    if unit == "rps":
        return f"{v:,.0f}"
    if unit == "MiB":
        return f"{v:.1f}"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.3f}" if v < 1 else f"{v:.2f}"


def cmd_report(a):
    vals = {}
    notes = []
    for line in open(a.results, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "note":
            notes.append(parts[1])
            continue
        key, who, value = parts
        vals.setdefault((key, who), []).append(float(value))

    def med(key, who):
        v = vals.get((key, who))
        return statistics.median(v) if v else None

    def n(key, who):
        return len(vals.get((key, who), []))

    payload_mib = a.rss_count * a.rss_bytes / MIB
    rows = []

    def row(label, key, peer_who, relay_who, unit, target=None, peer_name=None):
        r = med(key, relay_who)
        p = med(key, peer_who) if peer_who else None
        ratio = (r / p) if (r is not None and p not in (None, 0)) else None
        verdict = ""
        if target and r is not None:
            ok = target(r, p)
            verdict = "" if ok is None else ("PASS" if ok else "**FAIL**")
        reps = max(n(key, relay_who), n(key, peer_who) if peer_who else 0)
        rows.append((label, fmt(r, unit), (peer_name or "") + (" " if peer_name and p is not None else "")
                     + (fmt(p, unit) if peer_who else "—"),
                     f"{ratio:.2f}×" if ratio is not None else "—", target.__doc__ if target else "",
                     verdict, str(reps)))

    def rps_ratio(x):
        def t(r, p):
            return None if p is None else r >= x * p
        t.__doc__ = f"≥ {x}× peer"
        return t

    def at_most(limit, unit_name):
        def t(r, p):
            return r <= limit
        t.__doc__ = f"≤ {limit:g} {unit_name}"
        return t

    def below(limit, unit_name):
        def t(r, p):
            return r < limit
        t.__doc__ = f"< {limit:g} {unit_name}"
        return t

    # 1. pull
    for store in ("durable", "ephemeral"):
        row(f"pull 125 KB ({store}) — requests/s", "pull.rps", "nginx", f"relay-{store}", "rps", rps_ratio(0.5),
            "nginx")
        row(f"pull 125 KB ({store}) — p50 latency, ms", "pull.p50_ms", "nginx", f"relay-{store}", "ms", None,
            "nginx")
        row(f"pull 125 KB ({store}) — p99 latency, ms", "pull.p99_ms", "nginx", f"relay-{store}", "ms", None,
            "nginx")
    # 2. push
    for store in ("durable", "ephemeral"):
        row(f"push 1 KB ({store}) — requests/s", "push.rps", "redis", f"relay-{store}", "rps",
            rps_ratio(0.25), "redis SET")
        row(f"push 1 KB ({store}) — p50 latency, ms", "push.p50_ms", "redis", f"relay-{store}", "ms", None,
            "redis SET")
        row(f"push 1 KB ({store}) — p99 latency, ms", "push.p99_ms", "redis", f"relay-{store}", "ms", None,
            "redis SET")
    # 3. fan-out
    for nsub in (1, 10, 100):
        for mode, label in (("relay-push-durable", "push, durable"), ("relay-push-ephemeral", "push, ephemeral"),
                            ("relay-publish", "publish")):
            for q in ("p50", "p99"):
                target = at_most(5, "ms") if (nsub == 100 and q == "p99" and mode.startswith("relay-push")) \
                    else None
                row(f"fan-out {nsub} sub ({label}) — {q}, ms", f"fanout.{nsub}.{q}_ms", "redis-publish", mode,
                    "ms", target, "redis PUBLISH")
    # 4. RSS
    row("RSS idle (durable), MiB", "rss.idle_mib", "redis", "relay-durable", "MiB", below(30, "MiB"),
        "redis-server")
    row("RSS idle (ephemeral), MiB", "rss.idle_mib", "redis", "relay-ephemeral", "MiB", below(30, "MiB"),
        "redis-server")
    row(f"RSS after {a.rss_count}×125 KB (durable), MiB", "rss.after_mib", "redis", "relay-durable", "MiB",
        below(60, "MiB"), "redis-server")
    eph_limit = (1.3 * a.rss_count * a.rss_bytes + 40 * MIB) / MIB
    t = below(eph_limit, "MiB")
    t.__doc__ = f"< 1.3×payload+40 MiB = {eph_limit:.0f} MiB"
    row(f"RSS after {a.rss_count}×125 KB (ephemeral), MiB", "rss.after_mib", "redis", "relay-ephemeral", "MiB", t,
        "redis-server")
    # 5. start-up
    row("start-up to first 200 on GET / (ephemeral), ms", "startup.ms", "redis", "relay-ephemeral", "ms", None,
        "redis-server (PING)")
    row("start-up to first 200 on GET / (durable, new dir), ms", "startup.ms", "redis", "relay-durable", "ms",
        None, "redis-server (PING)")

    out = []
    out.append(f"# ContextRelay Desktop benchmark — {time.strftime('%Y-%m-%d %H:%M:%S %Z')}\n")
    out.append(f"Host: `{os.uname().nodename}`, {os.cpu_count()} CPUs, {os.uname().release}. "
               f"Figures are medians of the repetitions in the last column; ratio = relay ÷ peer "
               f"(higher is better for requests/s, lower is better for latency and memory).\n")
    out.append("| measurement | relay | peer | ratio | target | verdict | reps |")
    out.append("|---|---:|---:|---:|---|---|---:|")
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    if notes:
        out.append("\nNotes:\n")
        out.extend(f"- {x}" for x in notes)
    text = "\n".join(out) + "\n"
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("payload")
    p.add_argument("--bytes", type=int, default=128000)
    p.add_argument("--push-body", required=True)
    p.add_argument("--envelope", required=True)
    p.set_defaults(fn=cmd_payload)

    p = sub.add_parser("startup")
    p.add_argument("--kind", choices=["relay", "redis"], required=True)
    p.add_argument("--relay")
    p.add_argument("--durable", action="store_true")
    p.add_argument("--reps", type=int, default=7)
    p.add_argument("--workdir", required=True)
    p.set_defaults(fn=cmd_startup)

    p = sub.add_parser("rss-relay")
    p.add_argument("--url", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--bytes", type=int, default=128000)
    p.add_argument("--time-budget", type=float, default=120)
    p.set_defaults(fn=cmd_rss_relay)

    p = sub.add_parser("rss-redis")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--bytes", type=int, default=128000)
    p.add_argument("--time-budget", type=float, default=120)
    p.set_defaults(fn=cmd_rss_redis)

    p = sub.add_parser("parse-wrk")
    p.add_argument("file")
    p.set_defaults(fn=cmd_parse_wrk)

    p = sub.add_parser("parse-redis")
    p.add_argument("file")
    p.set_defaults(fn=cmd_parse_redis)

    p = sub.add_parser("report")
    p.add_argument("--results", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--rss-count", type=int, default=1000)
    p.add_argument("--rss-bytes", type=int, default=128000)
    p.set_defaults(fn=cmd_report)

    p = sub.add_parser("free-port")
    p.set_defaults(fn=lambda a: print(free_port()))

    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
