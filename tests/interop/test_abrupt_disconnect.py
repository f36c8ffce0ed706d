#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A relay's whole life with clients that vanish: start it (headless), push,
pull, subscribe over WebSocket, publish, then drop connections without a
goodbye — WebSocket subscribers closed without a close frame (FIN and RST),
in the middle of a frame and of the upgrade; HTTP clients gone in the middle
of the head, of the body, before reading the answer, and with pipelined
requests in flight — and finally SIGTERM while a subscriber, a half-sent
request and an idle keep-alive connection are still open.

The relay must keep serving everyone else, forget every dropped subscriber,
and exit 0. In the sanitizer builds (scripts/sanitizers.sh) this is the
LeakSanitizer scenario: a leak, a heap error, undefined behaviour or a data
race makes the relay's exit code non-zero, and the report is quoted.

Usage: test_abrupt_disconnect.py --binary /path/to/contextrelay-desktop
"""

import base64
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess, sdk_push/sdk_pull, proxies cleared)
from test_interop import (HTTP_TIMEOUT_S, WS_TIMEOUT_S, RelayProcess,  # noqa: E402
                          binary_from_command_line, pointer_id, run_tests, sdk_pull,
                          sdk_push, unique_channel, wait_until)

import requests  # noqa: E402

# The first line of every sanitizer report (ASan/LSan, UBSan, TSan).
SANITIZER_MARKERS = (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b"runtime error:",
                     b"WARNING: ThreadSanitizer", b"ERROR: ThreadSanitizer")
# LeakSanitizer needs the process to get through exit(): a sanitized relay exits more slowly.
SANITIZED_STOP_TIMEOUT_S = 60.0


def host_port(base_url):
    host, _, port = base_url[len("http://"):].rpartition(":")
    return host.strip("[]"), int(port)


def connect(relay):
    sock = socket.create_connection(host_port(relay.base_url), timeout=WS_TIMEOUT_S)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def reset(sock):
    """Close with an RST instead of a FIN: the peer sees ECONNRESET."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def recv_until(sock, terminator, limit=1 << 20):
    data = b""
    while terminator not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed before {terminator!r}; got {data!r:.300}")
        data += chunk
        if len(data) > limit:
            raise AssertionError(f"no {terminator!r} in the first {limit} bytes")
    return data


def upgrade_request(relay, channel):
    host, port = host_port(relay.base_url)
    key = base64.b64encode(os.urandom(16)).decode("ascii")
    return (f"GET /ws/{channel} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode("ascii")


def masked_frame(opcode, payload):
    """A client frame (FIN set, masked), as RFC 6455 requires of clients."""
    mask = os.urandom(4)
    header = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        header += bytes([0x80 | n])
    elif n < 65536:
        header += bytes([0x80 | 126]) + struct.pack("!H", n)
    else:
        header += bytes([0x80 | 127]) + struct.pack("!Q", n)
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def read_text_frame(sock):
    """One unmasked server text frame's payload (the relay sends small ones)."""
    head = b""
    while len(head) < 2:
        chunk = sock.recv(2 - len(head))
        if not chunk:
            raise AssertionError("WebSocket closed while waiting for a frame")
        head += chunk
    if head[0] & 0x0F != 0x1:
        raise AssertionError(f"expected a text frame, got opcode {head[0] & 0x0F}")
    n = head[1] & 0x7F
    extra = {126: 2, 127: 8}.get(n, 0)
    ext = b""
    while len(ext) < extra:
        ext += sock.recv(extra - len(ext))
    if extra:
        n = struct.unpack("!H" if extra == 2 else "!Q", ext)[0]
    payload = b""
    while len(payload) < n:
        chunk = sock.recv(n - len(payload))
        if not chunk:
            raise AssertionError("WebSocket closed in the middle of a frame")
        payload += chunk
    return payload.decode("utf-8")


class AbruptDisconnectTests(unittest.TestCase):

    def setUp(self):
        self.relay = None
        self.sockets = []
        self.addCleanup(self._close_all)

    def _close_all(self):
        for sock in self.sockets:
            sock.close()
        if self.relay is not None:
            self.relay.close()

    def start(self, args):
        self.relay = RelayProcess(args)
        self.base = self.relay.base_url

    def open(self):
        sock = connect(self.relay)
        self.sockets.append(sock)
        return sock

    def subscriber(self, channel):
        """A raw WebSocket subscriber whose 101 has been read (so it is live)."""
        sock = self.open()
        sock.sendall(upgrade_request(self.relay, channel))
        head = recv_until(sock, b"\r\n\r\n")
        self.assertTrue(head.startswith(b"HTTP/1.1 101"), f"upgrade refused: {head!r:.300}")
        self.assertEqual(head.index(b"\r\n\r\n") + 4, len(head), "bytes after the 101 head")
        return sock

    def subscribers(self):
        r = requests.get(f"{self.base}/stats", timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        return r.json()["subscribers"]

    def wait_subscribers(self, expected, what):
        wait_until(lambda: self.subscribers() == expected, f"{what}: {expected} subscriber(s)",
                   WS_TIMEOUT_S, detail=lambda: f"/stats says {self.subscribers()}")

    def push_raw(self, text, channel):
        r = requests.post(f"{self.base}/push?channel={channel}", data=text.encode("utf-8"),
                          headers={"Content-Type": "text/markdown"}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        return r.json()["url"]

    def stop_and_check(self):
        """SIGTERM; exit 0 in time and no sanitizer report on stderr."""
        relay, self.relay = self.relay, None
        relay.proc.send_signal(signal.SIGTERM)
        try:
            rc = relay.proc.wait(timeout=SANITIZED_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            rc = None
        stderr = relay.stderr_bytes()
        relay.close()
        reports = [m.decode() for m in SANITIZER_MARKERS if m in stderr]
        quoted = stderr.decode("utf-8", "replace")[-20000:]
        self.assertEqual(reports, [], f"sanitizer report(s) from the relay:\n{quoted}")
        self.assertIsNotNone(rc, f"relay did not exit within {SANITIZED_STOP_TIMEOUT_S} s "
                                 f"after SIGTERM\n  stderr:\n{quoted}")
        self.assertEqual(rc, 0, f"relay exited with {rc} after SIGTERM\n  stderr:\n{quoted}")

    # ---- the scenario ------------------------------------------------

    def lifecycle(self, args):
        self.start(args)
        channel = unique_channel("abrupt")

        # Push, pull, subscribe, publish: every part of the relay holds something.
        url = sdk_push(self.base, "before the storm — ✓", channel=channel, metadata={"n": 1})
        self.assertEqual(sdk_pull(url), "before the storm — ✓")
        encrypted = sdk_push(self.base, "secret " * 1000, channel=channel, encrypted=True)
        self.assertEqual(sdk_pull(encrypted), "secret " * 1000)
        blob = requests.post(f"{self.base}/push", data=b"\x00\xff" * 5000,
                             headers={"Content-Type": "application/octet-stream"},
                             timeout=HTTP_TIMEOUT_S)
        self.assertEqual(blob.status_code, 200, blob.text)

        keeper = self.subscriber(channel)
        keeper_url = self.push_raw("# to the keeper", channel)
        self.assertEqual(json.loads(read_text_frame(keeper))["url"], keeper_url)
        r = requests.post(f"{self.base}/publish/{channel}", json={"step": 1},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.json(), {"delivered": 1})
        self.assertEqual(json.loads(read_text_frame(keeper))["message"], {"step": 1})

        # WebSocket subscribers that vanish: FIN without a close frame, RST, RST in the
        # middle of a frame, and a ?replay subscriber reset while its replay is sent.
        fin, rst, mid_frame = (self.subscriber(channel) for _ in range(3))
        self.wait_subscribers(4, "keeper + 3 subscribers")
        fin.close()
        reset(rst)
        frame = masked_frame(0x1, b"x" * 300)
        mid_frame.sendall(frame[:50])
        reset(mid_frame)
        replaying = self.open()
        replaying.sendall(upgrade_request(self.relay, channel).replace(
            f"/ws/{channel}".encode(), f"/ws/{channel}?replay=100".encode()))
        reset(replaying)
        # A WebSocket upgrade that stops half-way through its head.
        half_upgrade = self.open()
        request = upgrade_request(self.relay, channel)
        half_upgrade.sendall(request[:len(request) // 2])
        half_upgrade.close()
        self.wait_subscribers(1, "only the keeper after the abrupt closes")

        # HTTP clients that vanish: mid-head, mid-body (FIN and RST), before reading the answer
        # to a push (its acknowledgement waits for the store), and with pipelined requests.
        mid_head = self.open()
        mid_head.sendall(b"POST /push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")
        mid_head.close()
        port = host_port(self.base)[1]
        body_head = (f"POST /push?channel={channel} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                     "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n").encode()
        for close in (lambda s: s.close(), reset):
            mid_body = self.open()
            mid_body.sendall(body_head + b"y" * 40000)
            close(mid_body)
        unanswered = self.open()
        body = b"pushed by a client that never reads the answer"
        unanswered.sendall(f"POST /push?channel={channel} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                           f"Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n"
                           .encode() + body)
        reset(unanswered)
        stats = f"GET /stats HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        publish = (f"POST /publish/{channel} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                   "Content-Type: application/json\r\nContent-Length: 7\r\n\r\n"
                   '{"a":1}').encode()
        pipelined = self.open()
        pipelined.sendall(stats * 5 + publish)
        pipelined.close()

        # Everyone else is still served: the keeper gets what comes next, in order. (The
        # unanswered push and the pipelined publish may reach it first; skip those.)
        after = self.push_raw("# after the storm", channel)
        seen = []
        while True:
            message = json.loads(read_text_frame(keeper))
            seen.append(message)
            if message.get("url") == after:
                break
            self.assertLess(len(seen), 10, f"the keeper never got {after}: {seen}")
        self.assertEqual(sdk_pull(after), "# after the storm")
        self.assertEqual(requests.get(f"{self.base}/peek/{pointer_id(url)}",
                                      timeout=HTTP_TIMEOUT_S).json(), {"n": 1})

        # Shut down with connections in every state still open: a live subscriber that stopped
        # reading, a half-sent request, an idle keep-alive connection and a client that sent a
        # close frame but never waits for the answer.
        self.push_raw("# nobody reads this", channel)
        half_sent = self.open()
        half_sent.sendall(body_head + b"z" * 10)
        idle = self.open()
        idle.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.assertTrue(recv_until(idle, b"running.").startswith(b"HTTP/1.1 200"))
        closing = self.subscriber(channel)
        closing.sendall(masked_frame(0x8, struct.pack("!H", 1000)))
        self.stop_and_check()

    def test_ephemeral_relay(self):
        self.lifecycle(["--ephemeral"])

    def test_durable_relay(self):
        with tempfile.TemporaryDirectory(prefix="relay-abrupt-") as data_dir:
            self.lifecycle(["--data-dir", data_dir])


def main():
    binary, remaining = binary_from_command_line()
    return 2 if binary is None else run_tests(remaining)


if __name__ == "__main__":
    sys.exit(main())
