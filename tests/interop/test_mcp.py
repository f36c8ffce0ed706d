#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""MCP stdio server test: drive `contextrelay-desktop mcp` the way an MCP
client (Claude Desktop, Claude Code, Cursor) does — newline-delimited
JSON-RPC 2.0 over pipes — against a real relay started with
`--headless --port 0 --ephemeral`.

Usage:
    test_mcp.py --binary /path/to/contextrelay-desktop [unittest args...]
or set RELAY_BINARY in the environment.

Error policy under test (documented in app/mcp/mcpserver.h and README):
  * malformed JSON-RPC -> JSON-RPC error (-32700 parse error with id null,
    -32600 invalid request, -32601 unknown method, -32602 for a tools/call
    without a tool name, with an unknown tool, or params that are no object);
  * anything wrong with a tool's *arguments* (a missing required argument
    included) or its execution (relay down, 404, ...) -> a normal result with
    "isError": true and a sentence, which the model can read and act on.

Nothing here sleeps to synchronise: every wait is a queue/Event timeout or a
process wait with a deadline. Only loopback is used.
"""

import json
import os
import queue
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

# The relay listens on loopback only; a proxy must never see these requests.
for _var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY",
             "HTTPS_PROXY", "ALL_PROXY"):
    os.environ.pop(_var, None)

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket)
from cryptography.fernet import Fernet  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_interop  # noqa: E402  (RelayProcess: start on port 0, read the URL line, stop)

BINARY = None  # set from --binary when run as a script

REPLY_TIMEOUT_S = 20.0     # max wait for one JSON-RPC answer
EXIT_TIMEOUT_S = 15.0      # stdin EOF -> exit within this
HTTP_TIMEOUT_S = 30.0

POINTER_RE = r"/pull/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
TOOLS = {"push_context", "peek_context", "pull_context", "wait_for_context",
         "publish_signal"}
NON_ASCII_TEXT = "héllo wörld — ✓ 日本\nsecond line\t\"quoted\""


def unique_channel(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def closed_port():
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def next_millisecond():
    """Returns once the wall clock has moved past the current millisecond.

    Not synchronisation between processes: pointer timestamps have
    millisecond granularity, and the "only pushes after the call started"
    rule of wait_for_context is only decidable once a push and the call are
    in different milliseconds. This spins for under a millisecond."""
    now = int(time.time() * 1000)
    while int(time.time() * 1000) <= now:
        pass


class McpClient:
    """`contextrelay-desktop mcp --server URL` on pipes. A reader thread splits
    stdout into lines; every line must be one JSON-RPC message (anything else
    on stdout is recorded as a protocol violation). Answers are matched by id;
    notifications are kept in order."""

    def __init__(self, server_url, extra_args=()):
        self.argv = [BINARY, "mcp", "--server", server_url] + list(extra_args)
        self._stderr = tempfile.TemporaryFile()
        env = dict(os.environ)
        env.pop("CONTEXTRELAY_URL", None)
        env.pop("CONTEXTRELAY_API_KEY", None)
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._stderr,
                                     close_fds=True, env=env)
        self.messages = queue.Queue()
        self.bad_lines = []
        self.stdout_closed = threading.Event()
        self._pending = {}        # id -> message, answers that arrived early
        self._notifications = []
        self._next_id = 0
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="mcp-stdout", daemon=True)
        self._reader.start()

    def _read(self):
        try:
            for raw in iter(self.proc.stdout.readline, b""):
                if not raw.endswith(b"\n"):
                    self.bad_lines.append(raw)  # unterminated last line
                try:
                    message = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    self.bad_lines.append(raw)
                    continue
                self.messages.put(message)
        finally:
            self.stdout_closed.set()

    def stderr_tail(self, limit=3000):
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-limit:] or "<empty>"

    # ---- sending ----

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        self.send_raw(json.dumps(message).encode("utf-8") + b"\n")

    def new_id(self):
        with self._lock:
            self._next_id += 1
            return self._next_id

    def request_async(self, method, params=None, request_id=None):
        request_id = self.new_id() if request_id is None else request_id
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return request_id

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    # ---- receiving ----

    def next_message(self, timeout=REPLY_TIMEOUT_S):
        try:
            return self.messages.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no message from the MCP server within {timeout} s; "
                                 f"stderr: {self.stderr_tail()}") from None

    def answer(self, request_id, timeout=REPLY_TIMEOUT_S):
        """The response with this id; other messages are kept for later."""
        key = json.dumps(request_id)
        deadline = time.monotonic() + timeout
        while key not in self._pending:
            message = self.next_message(max(0.01, deadline - time.monotonic()))
            if "id" in message and "method" not in message:
                self._pending[json.dumps(message["id"])] = message
            else:
                self._notifications.append(message)
        return self._pending.pop(key)

    def has_answer(self, request_id):
        """Whether the answer has arrived (without waiting)."""
        while True:
            try:
                message = self.messages.get_nowait()
            except queue.Empty:
                break
            if "id" in message and "method" not in message:
                self._pending[json.dumps(message["id"])] = message
            else:
                self._notifications.append(message)
        return json.dumps(request_id) in self._pending

    def notifications(self):
        self.has_answer(None)
        return list(self._notifications)

    def call(self, method, params=None, timeout=REPLY_TIMEOUT_S):
        return self.answer(self.request_async(method, params), timeout)

    def call_tool_async(self, name, arguments, meta=None):
        params = {"name": name, "arguments": arguments}
        if meta:
            params["_meta"] = meta
        return self.request_async("tools/call", params)

    def call_tool(self, name, arguments, timeout=REPLY_TIMEOUT_S):
        return self.answer(self.call_tool_async(name, arguments), timeout)

    def initialize(self, version="2025-06-18"):
        reply = self.call("initialize", {
            "protocolVersion": version,
            "capabilities": {},
            "clientInfo": {"name": "test_mcp", "version": "1.0"},
        })
        self.notify("notifications/initialized")
        return reply

    # ---- ending ----

    def close_stdin(self):
        if not self.proc.stdin.closed:
            self.proc.stdin.close()

    def wait_exit(self, timeout=EXIT_TIMEOUT_S):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"mcp did not exit within {timeout} s of stdin EOF; "
                                 f"stderr: {self.stderr_tail()}") from None

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        try:
            self.proc.stdin.close()
        except (OSError, ValueError):
            pass  # a broken pipe on the final flush
        self._reader.join(timeout=EXIT_TIMEOUT_S)  # the process is gone: stdout hits EOF
        self.proc.stdout.close()
        self._stderr.close()


class McpTestCase(unittest.TestCase):
    relay = None

    @classmethod
    def setUpClass(cls):
        cls.relay = test_interop.RelayProcess(["--ephemeral"])

    @classmethod
    def tearDownClass(cls):
        if cls.relay:
            cls.relay.stop_checked()

    def start_client(self, server_url=None, extra_args=(), initialize=True):
        client = McpClient(server_url or self.relay.base_url, extra_args)
        self.addCleanup(self.check_stdout_clean, client)
        self.addCleanup(client.kill)
        if initialize:
            reply = client.initialize()
            self.assertIn("result", reply, reply)
        return client

    def check_stdout_clean(self, client):
        self.assertEqual(client.bad_lines, [],
                         "stdout carried something that is not one JSON message per line")

    # ---- assertions ----

    def tool_text(self, reply, expect_error=False):
        """The text of a tools/call result; checks the result's shape."""
        self.assertEqual(reply.get("jsonrpc"), "2.0", reply)
        self.assertNotIn("error", reply, f"tool failure must be a result, not a JSON-RPC error: {reply}")
        result = reply["result"]
        self.assertIs(result.get("isError", False), expect_error, result)
        content = result["content"]
        self.assertEqual(len(content), 1, content)
        self.assertEqual(content[0]["type"], "text", content)
        text = content[0]["text"]
        self.assertIsInstance(text, str)
        self.assertTrue(text.strip(), "empty tool text")
        return text

    def assert_sentence(self, text):
        """An error a person can act on: words, not a code or a traceback."""
        self.assertRegex(text, r"^[A-Z\"(].*[a-z].*[.)\"]$", text)
        self.assertGreaterEqual(len(text.split()), 5, text)

    def assert_rpc_error(self, reply, code):
        self.assertEqual(reply.get("jsonrpc"), "2.0", reply)
        self.assertNotIn("result", reply, reply)
        self.assertEqual(reply["error"]["code"], code, reply)
        self.assertIsInstance(reply["error"]["message"], str)
        self.assertTrue(reply["error"]["message"], reply)

    def push(self, client, data, **arguments):
        text = self.tool_text(client.call_tool("push_context", dict(arguments, data=data)))
        self.assertRegex(text, "^" + re.escape(self.relay.base_url) + POINTER_RE, text)
        return text

    def http_push(self, data, channel):
        r = requests.post(f"{self.relay.base_url}/push", json={"data": data, "channel": channel},
                          timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200, r.text)
        return r.json()["url"]


class HandshakeTests(McpTestCase):

    def test_initialize_echoes_supported_versions(self):
        client = self.start_client(initialize=False)
        for version in ("2024-11-05", "2025-03-26", "2025-06-18"):
            reply = client.initialize(version)
            self.assertEqual(reply["jsonrpc"], "2.0")
            result = reply["result"]
            self.assertEqual(result["protocolVersion"], version)
            self.assertEqual(result["capabilities"].get("tools"), {}, result)
            self.assertEqual(result["serverInfo"]["name"], "contextrelay-desktop")
            self.assertRegex(result["serverInfo"]["version"], r"^\d+\.\d+")

    def test_initialize_unknown_version_gets_latest(self):
        client = self.start_client(initialize=False)
        result = client.initialize("1999-01-01")["result"]
        self.assertEqual(result["protocolVersion"], "2025-06-18")

    def test_notifications_are_never_answered(self):
        client = self.start_client()
        client.notify("notifications/initialized")
        client.notify("notifications/whatever", {"x": 1})
        client.send({"jsonrpc": "2.0", "method": "no/such/method"})  # no id: a notification
        ping = client.request_async("ping")
        # Messages are answered in order for instant methods: the first thing to
        # arrive after the notifications is the ping's answer.
        first = client.next_message()
        self.assertEqual(first.get("id"), ping, first)
        self.assertEqual(first.get("result"), {}, first)

    def test_string_ids_are_echoed(self):
        client = self.start_client()
        reply = client.answer(client.request_async("ping", request_id="abc-1"))
        self.assertEqual(reply, {"jsonrpc": "2.0", "id": "abc-1", "result": {}})

    def test_tools_list(self):
        client = self.start_client()
        tools = client.call("tools/list")["result"]["tools"]
        by_name = {t["name"]: t for t in tools}
        self.assertEqual(set(by_name), TOOLS)
        required = {
            "push_context": {"data"},
            "peek_context": {"url"},
            "pull_context": {"url"},
            "wait_for_context": {"channel"},
            "publish_signal": {"channel", "message"},
        }
        for name, tool in by_name.items():
            self.assertGreater(len(tool["description"]), 80, name)
            schema = tool["inputSchema"]
            self.assertEqual(schema["type"], "object", name)
            self.assertEqual(set(schema["required"]), required[name], name)
            self.assertTrue(set(schema["required"]) <= set(schema["properties"]), name)
        push = by_name["push_context"]["inputSchema"]["properties"]
        self.assertEqual(set(push), {"data", "channel", "encrypted", "summary"})
        self.assertEqual(push["encrypted"]["type"], "boolean")
        self.assertEqual(by_name["wait_for_context"]["inputSchema"]["properties"]["timeout"]["type"],
                         "number")
        self.assertIn("FIRST", by_name["peek_context"]["description"])


class ToolTests(McpTestCase):

    def test_push_peek_pull(self):
        client = self.start_client()
        url = self.push(client, NON_ASCII_TEXT, summary="Greeting in four scripts")
        peeked = self.tool_text(client.call_tool("peek_context", {"url": url}))
        self.assertEqual(json.loads(peeked), {"summary": "Greeting in four scripts"})
        pulled = self.tool_text(client.call_tool("pull_context", {"url": url}))
        self.assertEqual(pulled, NON_ASCII_TEXT)
        # The relay holds exactly what the SDK would have stored.
        r = requests.get(url, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(json.loads(r.text), {"data": NON_ASCII_TEXT,
                                              "metadata": {"summary": "Greeting in four scripts"}})

    def test_peek_without_metadata(self):
        client = self.start_client()
        url = self.push(client, "no summary here", channel=None)
        self.assertEqual(self.tool_text(client.call_tool("peek_context", {"url": url})),
                         "(no metadata available)")

    def test_large_payload_round_trip(self):
        client = self.start_client()
        data = json.dumps({"rows": [{"i": i, "s": "x" * 50} for i in range(20000)]})
        url = self.push(client, data, summary="20k rows")
        self.assertEqual(self.tool_text(client.call_tool("pull_context", {"url": url})), data)

    def test_encrypted_push_and_pull(self):
        client = self.start_client()
        secret = "API_KEY=sk-test-123 ✓"
        url = self.tool_text(client.call_tool("push_context", {"data": secret, "encrypted": True,
                                                               "summary": "credentials"}))
        self.assertRegex(url, POINTER_RE + r"#key=[A-Za-z0-9_\-]{43}=$")
        pointer, key = url.split("#key=")
        # The relay only ever saw a Fernet token; the summary stays plaintext.
        stored = json.loads(requests.get(pointer, timeout=HTTP_TIMEOUT_S).text)
        self.assertNotIn("sk-test", stored["data"])
        self.assertEqual(Fernet(key.encode()).decrypt(stored["data"].encode()).decode("utf-8"), secret)
        self.assertEqual(stored["metadata"], {"summary": "credentials"})
        self.assertEqual(self.tool_text(client.call_tool("pull_context", {"url": url})), secret)
        # Without its key, the payload is the token, never the plaintext.
        self.assertNotIn("sk-test", self.tool_text(client.call_tool("pull_context", {"url": pointer})))

    def test_wrong_key_is_a_tool_error(self):
        client = self.start_client()
        url = self.tool_text(client.call_tool("push_context", {"data": "secret", "encrypted": True}))
        pointer = url.split("#key=")[0]
        text = self.tool_text(client.call_tool("pull_context",
                                               {"url": pointer + "#key=" + Fernet.generate_key().decode()}),
                              expect_error=True)
        self.assert_sentence(text)
        self.assertIn("decrypt", text.lower())

    def test_unknown_pointer_is_a_tool_error(self):
        client = self.start_client()
        url = f"{self.relay.base_url}/pull/{uuid.uuid4()}"
        for tool in ("peek_context", "pull_context"):
            text = self.tool_text(client.call_tool(tool, {"url": url}), expect_error=True)
            self.assert_sentence(text)
            self.assertIn("not found", text.lower())
        text = self.tool_text(client.call_tool("pull_context", {"url": "not a url at all"}),
                              expect_error=True)
        self.assert_sentence(text)

    def test_push_to_channel_reaches_subscriber(self):
        client = self.start_client()
        channel = unique_channel("mcp-push")
        ws = websocket.create_connection(
            f"ws://{self.relay.base_url[len('http://'):]}/ws/{channel}", timeout=REPLY_TIMEOUT_S)
        self.addCleanup(ws.close)
        url = self.push(client, "for the subscriber", channel=channel)
        self.assertEqual(json.loads(ws.recv())["url"], url)

    def test_wait_for_context_gets_pointer_pushed_meanwhile(self):
        client = self.start_client()
        channel = unique_channel("mcp-wait")
        # A pointer pushed before the call must not be what the wait returns,
        # even though the server asks the relay to replay recent pointers.
        self.http_push("old news", channel)
        next_millisecond()
        wait_id = client.call_tool_async("wait_for_context", {"channel": channel, "timeout": 60},
                                         meta={"progressToken": "wait-1"})
        # Requests are read in order: once this ping is answered, the wait has
        # started. The ping must be answered while the wait is pending.
        ping = client.answer(client.request_async("ping"))
        self.assertEqual(ping["result"], {})
        self.assertFalse(client.has_answer(wait_id), "wait_for_context returned before any push")
        # Other tools work while the wait is pending, too.
        other = self.push(client, "unrelated")
        self.assertFalse(client.has_answer(wait_id))

        url = self.http_push("new result", channel)
        text = self.tool_text(client.answer(wait_id))
        self.assertEqual(text, url)
        self.assertNotEqual(text, other)
        for note in client.notifications():
            self.assertEqual(note["method"], "notifications/progress", note)
            self.assertEqual(note["params"]["progressToken"], "wait-1", note)

    def test_wait_for_context_with_subscription_already_up(self):
        client = self.start_client()
        channel = unique_channel("mcp-wait-live")
        wait_id = client.call_tool_async("wait_for_context", {"channel": channel},
                                         meta={"progressToken": 7})
        # The server reports progress once its subscription is up.
        note = client.next_message()
        self.assertEqual(note.get("method"), "notifications/progress", note)
        self.assertEqual(note["params"]["progressToken"], 7)
        url = self.http_push("live", channel)
        self.assertEqual(self.tool_text(client.answer(wait_id)), url)

    def test_wait_for_context_times_out(self):
        client = self.start_client()
        channel = unique_channel("mcp-timeout")
        started = time.monotonic()
        text = self.tool_text(client.call_tool("wait_for_context", {"channel": channel, "timeout": 1}),
                              expect_error=True)
        self.assertGreaterEqual(time.monotonic() - started, 0.9)
        self.assert_sentence(text)
        self.assertIn(channel, text)

    def test_wait_cancelled_by_client(self):
        client = self.start_client()
        wait_id = client.call_tool_async("wait_for_context", {"channel": unique_channel("mcp-cancel")})
        client.notify("notifications/cancelled", {"requestId": wait_id, "reason": "user pressed stop"})
        self.assertEqual(client.call("ping")["result"], {})
        self.assertFalse(client.has_answer(wait_id), "a cancelled request must not be answered")
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0)
        client.stdout_closed.wait(REPLY_TIMEOUT_S)
        self.assertFalse(client.has_answer(wait_id))

    def test_publish_signal(self):
        client = self.start_client()
        channel = unique_channel("mcp-signal")
        ws = websocket.create_connection(
            f"ws://{self.relay.base_url[len('http://'):]}/ws/{channel}", timeout=REPLY_TIMEOUT_S)
        self.addCleanup(ws.close)
        text = self.tool_text(client.call_tool("publish_signal",
                                               {"channel": channel, "message": {"done": True}}))
        self.assertEqual(int(re.search(r"(\d+) subscriber", text).group(1)), 1, text)
        self.assertEqual(json.loads(ws.recv())["message"], {"done": True})

        text = self.tool_text(client.call_tool("publish_signal",
                                               {"channel": channel, "message": "build green"}))
        self.assertEqual(int(re.search(r"(\d+) subscriber", text).group(1)), 1, text)
        self.assertEqual(json.loads(ws.recv())["message"], "build green")

        text = self.tool_text(client.call_tool("publish_signal",
                                               {"channel": unique_channel("nobody"), "message": "hi"}))
        self.assertEqual(int(re.search(r"(\d+) subscriber", text).group(1)), 0, text)


class ProtocolErrorTests(McpTestCase):

    def test_unknown_method(self):
        client = self.start_client()
        self.assert_rpc_error(client.call("resources/frobnicate"), -32601)

    def test_invalid_json_line(self):
        client = self.start_client()
        client.send_raw(b'{"jsonrpc": "2.0", "id": 5, "method": \n')
        reply = client.next_message()
        self.assert_rpc_error(reply, -32700)
        self.assertIn("id", reply)
        self.assertIsNone(reply["id"])
        # The server carries on.
        self.assertEqual(client.call("ping")["result"], {})

    def test_not_an_object(self):
        client = self.start_client()
        client.send_raw(b'42\n')
        reply = client.next_message()
        self.assert_rpc_error(reply, -32600)
        self.assertIsNone(reply["id"])

    def test_missing_required_argument_is_a_tool_error(self):
        # Documented choice: argument problems are tool results with isError,
        # so the model sees the sentence and can correct its call.
        client = self.start_client()
        for tool, arguments, name in (("push_context", {}, "data"),
                                      ("peek_context", {}, "url"),
                                      ("pull_context", {"url": 12}, "url"),
                                      ("wait_for_context", {}, "channel"),
                                      ("publish_signal", {"channel": "c"}, "message")):
            text = self.tool_text(client.call_tool(tool, arguments), expect_error=True)
            self.assert_sentence(text)
            self.assertIn(f'"{name}"', text)
        text = self.tool_text(client.call_tool("wait_for_context", {"channel": "c", "timeout": -3}),
                              expect_error=True)
        self.assertIn("timeout", text)

    def test_malformed_tools_call_is_invalid_params(self):
        client = self.start_client()
        self.assert_rpc_error(client.call("tools/call", {"arguments": {}}), -32602)
        self.assert_rpc_error(client.call("tools/call", {"name": "no_such_tool", "arguments": {}}), -32602)
        self.assert_rpc_error(client.call("tools/call", {"name": "push_context", "arguments": [1]}), -32602)
        self.assert_rpc_error(client.call("tools/call", [1, 2]), -32602)

    def test_batch(self):
        client = self.start_client()
        client.send([{"jsonrpc": "2.0", "id": "a", "method": "ping"},
                     {"jsonrpc": "2.0", "method": "notifications/initialized"},
                     {"jsonrpc": "2.0", "id": "b", "method": "tools/call",
                      "params": {"name": "push_context", "arguments": {"data": "batched"}}}])
        reply = client.next_message()
        self.assertIsInstance(reply, list, reply)
        by_id = {r["id"]: r for r in reply}
        self.assertEqual(set(by_id), {"a", "b"})
        self.assertEqual(by_id["a"]["result"], {})
        self.assertRegex(self.tool_text(by_id["b"]), POINTER_RE)


class LifecycleTests(McpTestCase):

    def test_relay_down_is_a_tool_error(self):
        down = f"http://127.0.0.1:{closed_port()}"
        client = self.start_client(server_url=down)
        for tool, arguments in (("push_context", {"data": "x"}),
                                ("peek_context", {"url": f"{down}/pull/{uuid.uuid4()}"}),
                                ("pull_context", {"url": f"{down}/pull/{uuid.uuid4()}"}),
                                ("publish_signal", {"channel": "c", "message": "m"}),
                                ("wait_for_context", {"channel": "c", "timeout": 120})):
            text = self.tool_text(client.call_tool(tool, arguments), expect_error=True)
            self.assert_sentence(text)
            self.assertIn("relay", text.lower(), text)
        # Still alive and well.
        self.assertEqual(client.call("ping")["result"], {})
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0)

    def test_stdin_eof_exits_zero(self):
        client = self.start_client()
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0)

    def test_stdin_eof_without_any_request(self):
        client = self.start_client(initialize=False)
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0)
        client.stdout_closed.wait(REPLY_TIMEOUT_S)
        self.assertTrue(client.messages.empty())

    def test_stdin_eof_finishes_in_flight_and_cancels_waits(self):
        client = self.start_client()
        wait_id = client.call_tool_async("wait_for_context", {"channel": unique_channel("mcp-eof")})
        # The last line has no newline: it still counts.
        client.send_raw(json.dumps({"jsonrpc": "2.0", "id": "last", "method": "tools/call",
                                    "params": {"name": "push_context",
                                               "arguments": {"data": "pushed at EOF"}}}).encode())
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0)
        self.assertTrue(client.stdout_closed.wait(REPLY_TIMEOUT_S))
        self.assertRegex(self.tool_text(client.answer("last")), POINTER_RE)
        text = self.tool_text(client.answer(wait_id), expect_error=True)
        self.assert_sentence(text)

    def test_help_is_not_the_protocol(self):
        out = subprocess.run([BINARY, "mcp", "--help"], stdin=subprocess.DEVNULL,
                             capture_output=True, timeout=EXIT_TIMEOUT_S)
        self.assertEqual(out.returncode, 0)
        self.assertIn(b"--server", out.stdout)


if __name__ == "__main__":
    BINARY, _remaining = test_interop.binary_from_command_line()
    sys.exit(2 if BINARY is None else test_interop.run_tests(_remaining))
