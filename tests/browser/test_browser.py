#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A real browser against the relay: headless Chromium (Debian's
/usr/bin/chromium), driven over the DevTools protocol with python3-websocket.

A page served from another loopback origin tries everything a web page can
do to a relay next to it: "simple" text/plain POSTs (fetch, no-cors fetch, an
HTML form), a JSON POST, reading /stats, a pull URL, /peek and /raw, a DELETE,
a publish, and opening a WebSocket. The test then asks the relay directly:
nothing was stored, no subscriber was added, the pre-pushed pointer was not
read. A DNS-rebinding page (a name mapped to 127.0.0.1 with
--host-resolver-rules, its document served by the test as an attacker's
server would) gets 403 for every same-origin request.

Positive controls keep the test honest: the same requests from Python without
an Origin succeed, a page whose origin the relay is told to allow does push
and subscribe through the same browser, and a relay told to allow the
rebinding name answers that page.

Usage:
    test_browser.py --binary /path/to/contextrelay-desktop [unittest args...]

Without /usr/bin/chromium the test exits 77 (CTest: skipped), unless
RELAY_REQUIRE_BROWSER is set (to anything but "" or "0"): then it fails.
Nothing sleeps to synchronise: every wait polls a real condition (DevTools
events, page state, relay stats) with a deadline.
"""

import http.server
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interop"))
import test_interop  # noqa: E402  (RelayProcess, isolated_env, wait_until; proxies cleared)
from test_interop import RelayProcess, isolated_env, wait_until  # noqa: E402

import requests  # noqa: E402
import websocket  # noqa: E402  (python3-websocket)

CHROMIUM = "/usr/bin/chromium"
SKIP_EXIT_CODE = 77        # tests/browser/CMakeLists.txt: SKIP_RETURN_CODE

BROWSER_START_S = 30.0     # Chromium writes DevToolsActivePort within this
BROWSER_STOP_S = 10.0
DEVTOOLS_REPLY_S = 30.0    # one DevTools command, a page's awaited promise included
PAGE_LOAD_S = 20.0
EVENT_S = 10.0             # a DevTools event or relay-side effect we wait for
HTTP_TIMEOUT_S = 10.0
WS_TIMEOUT_S = 10.0

REBIND_NAME = "rebind.test"
VICTIM_CHANNEL = "victim"
SECRET_TEXT = "the developer's secret context"
ATTACK_TEXT = "written by a web page"
HOST_REFUSAL = "is not this relay"

# The page's helpers resolve (never reject) with what a script on the page
# could observe; the test compares that with what must be observable.
PAGE_SCRIPT = """
"use strict";
async function tryFetch(url, init) {
  try {
    const response = await fetch(url, init || {});
    let body;
    try { body = await response.text(); } catch (e) { body = "<unreadable: " + e + ">"; }
    return {outcome: "resolved", type: response.type, status: response.status, body: body};
  } catch (e) {
    return {outcome: "rejected", error: String(e)};
  }
}

const sockets = [];
function trySocket(url) {
  return new Promise(resolve => {
    const record = {events: [], messages: [], code: null};
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (e) {
      resolve({index: -1, opened: false, events: ["threw " + e], code: null});
      return;
    }
    const index = sockets.push({socket: socket, record: record}) - 1;
    const settle = opened => resolve({index: index, opened: opened,
                                      events: record.events.slice(), code: record.code});
    socket.onopen = () => { record.events.push("open"); settle(true); };
    socket.onmessage = e => record.messages.push(String(e.data));
    socket.onerror = () => record.events.push("error");
    socket.onclose = e => { record.events.push("close"); record.code = e.code; settle(false); };
  });
}
function socketMessages(index) { return sockets[index].record.messages.slice(); }
function closeSocket(index) {
  const entry = sockets[index];
  if (entry.socket.readyState === WebSocket.CLOSED) return Promise.resolve(entry.record.code);
  return new Promise(resolve => {
    entry.socket.addEventListener("close", e => resolve(e.code));
    entry.socket.close(1000);
  });
}

// The classic CSRF shape: a form posting text/plain into a hidden frame.
function tryForm(action, text) {
  return new Promise(resolve => {
    const frame = document.createElement("iframe");
    frame.name = "target" + document.querySelectorAll("iframe").length;
    document.body.appendChild(frame);
    frame.onload = () => {
      let readable = null;
      try {
        const doc = frame.contentDocument;
        if (doc && doc.URL === "about:blank") return;  // the frame's initial document
        readable = doc ? doc.documentElement.outerHTML : null;
      } catch (e) {
        readable = null;
      }
      resolve({loaded: true, readable: readable});
    };
    const form = document.createElement("form");
    form.method = "POST";
    form.enctype = "text/plain";
    form.action = action;
    form.target = frame.name;
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = text;
    field.value = "";
    form.appendChild(field);
    document.body.appendChild(form);
    form.submit();
  });
}
"""

PAGE_HTML = f"""<!doctype html>
<meta charset="utf-8">
<title>A page on another origin</title>
<p>Tries to reach the ContextRelay relay; driven by tests/browser/test_browser.py.</p>
<script>
{PAGE_SCRIPT}</script>
"""

WS_STATUS_RE = re.compile(r"response code: (\d{3})")


# --------------------------------------------------------------------------
# Chromium and the DevTools protocol
# --------------------------------------------------------------------------

class DevToolsError(AssertionError):
    pass


class DevTools:
    """One DevTools WebSocket to the browser target. A reader thread files
    replies by id and keeps every event; callers wait on a condition with a
    deadline. Sessions of page targets are flattened into this connection."""

    def __init__(self, url):
        # Chromium refuses DevTools connections that carry an Origin it was
        # not told to allow; websocket-client sends one unless suppressed.
        self._ws = websocket.create_connection(url, timeout=DEVTOOLS_REPLY_S,
                                               suppress_origin=True, enable_multithread=True)
        self._ws.settimeout(None)
        self._cond = threading.Condition()
        self._ids = itertools.count(1)
        self._replies = {}
        self._events = []
        self._gone = None
        self._reader = threading.Thread(target=self._read, name="devtools", daemon=True)
        self._reader.start()

    def _read(self):
        reason = "connection closed"
        try:
            while True:
                text = self._ws.recv()
                if not text:
                    break
                message = json.loads(text)
                with self._cond:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self._events.append(message)
                    self._cond.notify_all()
        except (websocket.WebSocketException, OSError, ValueError) as e:
            reason = f"{type(e).__name__}: {e}"
        with self._cond:
            self._gone = reason
            self._cond.notify_all()

    def send(self, method, params=None, session=None):
        message_id = next(self._ids)
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        return message_id

    def reply(self, message_id, what, timeout=DEVTOOLS_REPLY_S):
        with self._cond:
            if not self._cond.wait_for(lambda: message_id in self._replies or self._gone,
                                       timeout=timeout):
                raise DevToolsError(f"no DevTools reply within {timeout} s to {what}")
            message = self._replies.pop(message_id, None)
            if message is None:
                raise DevToolsError(f"DevTools connection lost waiting for {what}: {self._gone}")
        if "error" in message:
            raise DevToolsError(f"DevTools refused {what}: {message['error']}")
        return message.get("result", {})

    def call(self, method, params=None, session=None, timeout=DEVTOOLS_REPLY_S):
        return self.reply(self.send(method, params, session), method, timeout)

    def events(self, session):
        with self._cond:
            return [e for e in self._events if e.get("sessionId") == session]

    def close(self):
        try:
            self._ws.shutdown()
        except (websocket.WebSocketException, OSError):
            pass
        self._reader.join(timeout=BROWSER_STOP_S)


class Chromium:
    """Headless Chromium in a fresh profile and HOME of its own, with
    DevTools on a port it picks (read back from DevToolsActivePort)."""

    def __init__(self):
        self._root = tempfile.TemporaryDirectory(prefix="relay-chromium-",
                                                 ignore_cleanup_errors=True)
        profile = os.path.join(self._root.name, "profile")
        os.makedirs(profile)
        env = isolated_env(self._root.name,
                           {"XDG_CACHE_HOME": os.path.join(self._root.name, "cache")})
        self._log = tempfile.TemporaryFile()
        self.argv = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-dev-shm-usage", "--no-proxy-server",
            f"--host-resolver-rules=MAP {REBIND_NAME} 127.0.0.1",
            f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        ]
        # A session of its own: if Chromium hangs, its whole group (renderers,
        # zygote) is ended by the id of the process started here.
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=self._log,
                                     stderr=self._log, env=env, start_new_session=True)
        active_port = os.path.join(profile, "DevToolsActivePort")

        def endpoint():
            if self.proc.poll() is not None:
                raise AssertionError(f"Chromium exited with {self.proc.returncode} at start"
                                     f"\n  argv: {self.argv}\n  log:\n{self.log_tail()}")
            try:
                with open(active_port, encoding="ascii") as f:
                    lines = f.read().splitlines()
            except FileNotFoundError:
                return None
            return lines if len(lines) >= 2 and lines[0].isdigit() else None

        try:
            port, path = wait_until(endpoint, "Chromium writes DevToolsActivePort",
                                    BROWSER_START_S, detail=self.log_tail)[:2]
            self.devtools = DevTools(f"ws://127.0.0.1:{port}{path}")
        except BaseException:
            self._kill()
            raise

    def log_tail(self, limit=4000):
        try:
            fd = self._log.fileno()
            text = os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")
        except (OSError, ValueError):
            return "<log unavailable>"
        return text[-limit:] if text else "<empty>"

    def _kill(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=BROWSER_STOP_S)
        except subprocess.TimeoutExpired:
            pass

    def close(self):
        try:
            self.devtools.call("Browser.close", timeout=BROWSER_STOP_S)
            self.proc.wait(timeout=BROWSER_STOP_S)
        except (DevToolsError, subprocess.TimeoutExpired):
            pass
        self.devtools.close()
        # Helpers left behind by a browser that did not exit go with its group.
        self._kill()
        self._log.close()
        self._root.cleanup()


class Page:
    """A tab in a browser context of its own (no shared cache or cookies),
    attached through a flattened session with the Network domain on: the
    browser's view of each exchange with the relay is kept for assertions."""

    def __init__(self, browser):
        self.dt = browser.devtools
        self.context = self.dt.call("Target.createBrowserContext")["browserContextId"]
        target = self.dt.call("Target.createTarget",
                              {"url": "about:blank", "browserContextId": self.context})
        self.session = self.dt.call("Target.attachToTarget",
                                    {"targetId": target["targetId"], "flatten": True})["sessionId"]
        self.call("Network.enable")

    def call(self, method, params=None, timeout=DEVTOOLS_REPLY_S):
        return self.dt.call(method, params, self.session, timeout)

    def close(self):
        self.dt.call("Target.disposeBrowserContext", {"browserContextId": self.context})

    def navigate(self, url):
        """Loads url and waits for its document to be complete."""
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise AssertionError(f"navigating to {url} failed: {result['errorText']}")

        def loaded():
            try:
                state = self.evaluate("[location.href, document.readyState]")
            except DevToolsError:
                return False  # the old document's context went away mid-call
            return state == [url, "complete"]
        wait_until(loaded, f"{url} loaded", PAGE_LOAD_S)

    def adopt(self, url):
        """The attacker's script in a document of url's origin that came from
        127.0.0.1: what a page an attacker served for a name has once the
        name is rebound to 127.0.0.1. The document is the relay's own answer
        with its CSP switched off, standing in for the attacker's. (A document
        the test handed to the browser itself would count as public, and
        Chromium's Local Network Access checks would stop its requests before
        the relay saw them: a defence of one browser, which the relay must
        not count on.)"""
        self.call("Page.setBypassCSP", {"enabled": True})
        self.navigate(url)
        self.evaluate(PAGE_SCRIPT)

    def evaluate(self, expression):
        """The value of expression in the page, awaited when it is a promise."""
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise DevToolsError(f"page script threw: {text}\n  script: {expression}")
        return result["result"].get("value")

    def js(self, function, *args):
        return self.evaluate(f"{function}({', '.join(json.dumps(a) for a in args)})")

    def exchanges(self, origin):
        """{attempt: [(method, status or None), ...]} for every request the
        browser made to origin's host and port (http or ws) tagged ?attempt=...,
        as the network stack saw them (preflights included; status None until
        an answer came). A WebSocket handshake is method "WS"."""
        requests_by_id = {}
        for event in self.dt.events(self.session):
            method, params = event.get("method"), event.get("params", {})
            entry = requests_by_id.setdefault(params.get("requestId"), {})
            if method == "Network.requestWillBeSent":
                entry["method"] = params["request"]["method"]
                entry["url"] = params["request"]["url"]
            elif method == "Network.responseReceived":
                entry["status"] = params["response"]["status"]
            elif method == "Network.responseReceivedExtraInfo":
                entry.setdefault("status", params["statusCode"])
            elif method == "Network.webSocketCreated":
                entry["method"] = "WS"
                entry["url"] = params["url"]
            elif method == "Network.webSocketHandshakeResponseReceived":
                entry["status"] = params["response"]["status"]
            elif method == "Network.webSocketFrameError":
                m = WS_STATUS_RE.search(params.get("errorMessage", ""))
                if m:
                    entry.setdefault("status", int(m.group(1)))
        authority = urllib.parse.urlsplit(origin).netloc
        result = {}
        for entry in requests_by_id.values():
            url = urllib.parse.urlsplit(entry.get("url", ""))
            if url.netloc != authority:
                continue
            tags = urllib.parse.parse_qs(url.query).get("attempt")
            if tags:
                result.setdefault(tags[0], []).append((entry["method"], entry.get("status")))
        return result

    def wait_exchanges(self, origin, attempts):
        """exchanges(origin) once every attempt has at least one answered
        request (the Network events may trail the page's own promise)."""
        def answered():
            seen = self.exchanges(origin)
            if all(any(s is not None for _, s in seen.get(a, ())) for a in attempts):
                return seen
            return None
        return wait_until(answered, f"the browser's requests for {sorted(attempts)} answered",
                          EVENT_S, detail=lambda: repr(self.exchanges(origin)))

    def document_status(self, url):
        """The HTTP status of the main document loaded from url."""
        def status():
            for event in self.dt.events(self.session):
                params = event.get("params", {})
                if (event.get("method") == "Network.responseReceived"
                        and params.get("type") == "Document"
                        and params["response"]["url"] == url):
                    return params["response"]["status"]
            return None
        return wait_until(status, f"the browser's response for {url}", EVENT_S)


# --------------------------------------------------------------------------
# The pages' web servers and the relay seen from Python
# --------------------------------------------------------------------------

class PageServer:
    """PAGE_HTML at / on 127.0.0.1:<a port of its own>, i.e. its own origin."""

    def __init__(self):
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = PAGE_HTML.encode("utf-8") if self.path == "/" else b"not here"
                self.send_response(200 if self.path == "/" else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.url = self.origin + "/"
        self._thread = threading.Thread(target=self._server.serve_forever, name="page-server",
                                        daemon=True)
        self._thread.start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=BROWSER_STOP_S)


def stats(relay):
    """GET /stats from Python (no Origin), without the clock."""
    response = requests.get(f"{relay.base_url}/stats", timeout=HTTP_TIMEOUT_S)
    response.raise_for_status()
    body = response.json()
    body.pop("uptime_s", None)
    return body


def push_secret(relay):
    """A pointer that burns after one read, on the channel the page attacks."""
    response = requests.post(f"{relay.base_url}/push", timeout=HTTP_TIMEOUT_S, json={
        "data": SECRET_TEXT, "channel": VICTIM_CHANNEL, "max_reads": 1,
        "metadata": {"from": "test"}})
    response.raise_for_status()
    return response.json()


# One browser and two page servers for the whole module: Chromium's start is
# most of this test's time. Each test gets fresh browser contexts and relays.
BROWSER = None
ATTACKER = None
FRIEND = None


def setUpModule():
    global BROWSER, ATTACKER, FRIEND
    BROWSER = Chromium()
    unittest.addModuleCleanup(BROWSER.close)
    ATTACKER = PageServer()
    unittest.addModuleCleanup(ATTACKER.close)
    FRIEND = PageServer()
    unittest.addModuleCleanup(FRIEND.close)


class BrowserTestCase(unittest.TestCase):
    def setUp(self):
        self.browser, self.attacker, self.friend = BROWSER, ATTACKER, FRIEND

    def relay(self, *args):
        relay = RelayProcess(["--ephemeral", *args])
        self.addCleanup(relay.close)
        return relay

    def page(self, url=None):
        page = Page(self.browser)
        self.addCleanup(page.close)
        if url:
            page.navigate(url)
        return page

    def subscriber(self, relay, channel):
        ws = websocket.create_connection(f"{relay.ws_base}/ws/{channel}", timeout=WS_TIMEOUT_S)
        self.addCleanup(ws.close)
        wait_until(lambda: stats(relay)["subscribers"] >= 1, f"a subscriber on {channel}", EVENT_S)
        return ws

    def assert_untouched(self, relay, before, secret, ws):
        """The relay's state as Python sees it is what it was before the page
        ran, the pointer was not read, and the channel got nothing from it."""
        self.assertEqual(stats(relay), before,
                         "the relay's /stats changed: the page stored, deleted or subscribed")
        peek = requests.get(secret["url"].replace("/pull/", "/peek/"), timeout=HTTP_TIMEOUT_S)
        self.assertEqual(peek.status_code, 200, "the pre-pushed pointer is gone (read or deleted)")
        # Relay order: had a page's push or publish reached the channel, the
        # subscriber would have got it before this one.
        sentinel = requests.post(f"{relay.base_url}/push", timeout=HTTP_TIMEOUT_S,
                                 json={"data": "sentinel", "channel": VICTIM_CHANNEL}).json()
        self.assertEqual(json.loads(ws.recv())["url"], sentinel["url"],
                         "the channel's subscriber got something before the sentinel")
        pulled = requests.get(secret["url"], timeout=HTTP_TIMEOUT_S)
        self.assertEqual(pulled.status_code, 200)
        self.assertEqual(json.loads(pulled.text)["data"], SECRET_TEXT)
        # max_reads=1 was live: a read by the page would have burned it.
        self.assertEqual(requests.get(secret["url"], timeout=HTTP_TIMEOUT_S).status_code, 404)


# --------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------

class PositiveControls(BrowserTestCase):
    def test_python_without_origin_reaches_the_relay(self):
        """The harness talks to the relay: without Origin every request the
        page will try succeeds; with the page's Origin or Host it does not."""
        relay = self.relay()
        base = relay.base_url
        ws = self.subscriber(relay, VICTIM_CHANNEL)
        text = requests.post(f"{base}/push?channel={VICTIM_CHANNEL}", data=ATTACK_TEXT.encode(),
                             headers={"Content-Type": "text/plain"}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(text.status_code, 200, text.text)
        self.assertEqual(json.loads(ws.recv())["url"], text.json()["url"])
        as_json = requests.post(f"{base}/push", json={"data": ATTACK_TEXT}, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(as_json.status_code, 200, as_json.text)
        self.assertEqual(stats(relay)["payloads"], 2)
        self.assertEqual(stats(relay)["subscribers"], 1)
        pulled = requests.get(as_json.json()["url"], timeout=HTTP_TIMEOUT_S)
        self.assertEqual(json.loads(pulled.text)["data"], ATTACK_TEXT)

        for headers in ({"Origin": self.attacker.origin},
                        {"Host": f"{REBIND_NAME}:{base.rsplit(':', 1)[1]}"}):
            for method, path in (("POST", "/push"), ("GET", "/stats")):
                r = requests.request(method, base + path, data=b"x", timeout=HTTP_TIMEOUT_S,
                                     headers={"Content-Type": "text/plain", **headers})
                self.assertEqual(r.status_code, 403, f"{method} {path} with {headers}: {r.text}")
        with self.assertRaises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(f"{relay.ws_base}/ws/{VICTIM_CHANNEL}",
                                        timeout=WS_TIMEOUT_S, origin=self.attacker.origin)
        self.assertEqual(refused.exception.status_code, 403)
        self.assertEqual(stats(relay)["payloads"], 2)

    def test_allowed_origin_page_pushes_and_subscribes(self):
        """The browser path really reaches the relay: a page whose origin the
        relay allows stores a simple POST and holds a subscription; a relay
        that allows the rebinding name answers a page on that name."""
        relay = self.relay("--allow-origin", self.friend.origin, "--allow-host", REBIND_NAME)
        ws = self.subscriber(relay, "ok")
        page = self.page(self.friend.url)

        seen = page.js("tryFetch", f"{relay.base_url}/push?channel=ok&attempt=push",
                       {"method": "POST", "mode": "no-cors", "body": "pushed by the allowed page",
                        "headers": {"Content-Type": "text/plain"}})
        # The relay sends no CORS headers, so even an allowed page reads nothing back.
        self.assertEqual(seen, {"outcome": "resolved", "type": "opaque", "status": 0, "body": ""})
        self.assertEqual(page.wait_exchanges(relay.base_url, {"push"})["push"], [("POST", 200)])
        pointer = json.loads(ws.recv())["url"]
        pulled = requests.get(pointer, timeout=HTTP_TIMEOUT_S)
        self.assertEqual(json.loads(pulled.text)["data"], "pushed by the allowed page")
        self.assertEqual(stats(relay)["payloads"], 1)

        socket = page.js("trySocket", f"{relay.ws_base}/ws/ok?attempt=ws")
        self.assertTrue(socket["opened"], socket)
        wait_until(lambda: stats(relay)["subscribers"] == 2, "the page's subscription counted",
                   EVENT_S)
        second = requests.post(f"{relay.base_url}/push", json={"data": "to both", "channel": "ok"},
                               timeout=HTTP_TIMEOUT_S).json()
        self.assertEqual(json.loads(ws.recv())["url"], second["url"])
        messages = wait_until(lambda: page.js("socketMessages", socket["index"]),
                              "the page's socket receives the push", EVENT_S)
        self.assertEqual(json.loads(messages[0])["url"], second["url"])
        self.assertEqual(page.js("closeSocket", socket["index"]), 1000)
        wait_until(lambda: stats(relay)["subscribers"] == 1, "the page's subscription gone",
                   EVENT_S)

        port = relay.base_url.rsplit(":", 1)[1]
        rebound = self.page()
        rebound.adopt(f"http://{REBIND_NAME}:{port}/page.html")
        seen = rebound.js("tryFetch", "/stats")
        self.assertEqual((seen["outcome"], seen["status"]), ("resolved", 200), seen)
        self.assertEqual(json.loads(seen["body"])["payloads"], 2)


class CrossOriginPage(BrowserTestCase):
    def test_page_on_another_origin_can_do_nothing(self):
        """Every push, read and subscription a page on 127.0.0.1:<other port>
        tries is refused by the relay (403, seen by the browser), the page
        observes nothing, and the relay's state is as it was."""
        relay = self.relay()
        base = relay.base_url
        secret = push_secret(relay)
        ws = self.subscriber(relay, VICTIM_CHANNEL)
        before = stats(relay)
        self.assertEqual((before["payloads"], before["subscribers"]), (1, 1))

        page = self.page(self.attacker.url)
        self.assertNotEqual(self.attacker.origin, base, "the page must be on another origin")
        pull = secret["url"]
        text = {"Content-Type": "text/plain"}
        as_json = {"Content-Type": "application/json"}
        body = json.dumps({"data": ATTACK_TEXT, "channel": VICTIM_CHANNEL})
        # name -> (url, fetch init); each URL is tagged so the browser's
        # requests can be told apart (the relay ignores the parameter).
        fetches = {
            "push-text": (f"{base}/push?channel={VICTIM_CHANNEL}",
                          {"method": "POST", "body": ATTACK_TEXT, "headers": text}),
            "push-text-no-cors": (f"{base}/push?channel={VICTIM_CHANNEL}",
                                  {"method": "POST", "body": ATTACK_TEXT, "headers": text,
                                   "mode": "no-cors"}),
            "push-json": (f"{base}/push", {"method": "POST", "body": body, "headers": as_json}),
            # no-cors drops the JSON content type: a simple POST with a JSON body.
            "push-json-no-cors": (f"{base}/push", {"method": "POST", "body": body,
                                                   "headers": as_json, "mode": "no-cors"}),
            "publish-no-cors": (f"{base}/publish/{VICTIM_CHANNEL}",
                                {"method": "POST", "body": '"hello"', "headers": text,
                                 "mode": "no-cors"}),
            "stats": (f"{base}/stats", {}),
            "stats-no-cors": (f"{base}/stats", {"mode": "no-cors"}),
            "pull": (pull, {}),
            "peek": (pull.replace("/pull/", "/peek/"), {}),
            "raw": (pull.replace("/pull/", "/raw/"), {}),
            "delete": (pull, {"method": "DELETE"}),
        }
        for name, (url, init) in fetches.items():
            tagged = url + ("&" if "?" in url else "?") + "attempt=" + name
            seen = page.js("tryFetch", tagged, init)
            with self.subTest(attempt=name):
                if init.get("mode") == "no-cors":
                    # Opaque: no status, no body, no headers reach the script.
                    self.assertEqual(seen, {"outcome": "resolved", "type": "opaque", "status": 0,
                                            "body": ""})
                else:
                    self.assertEqual(seen["outcome"], "rejected", seen)
                    self.assertIn("TypeError", seen["error"])

        socket = page.js("trySocket", f"{relay.ws_base}/ws/{VICTIM_CHANNEL}?attempt=ws")
        self.assertFalse(socket["opened"], socket)
        self.assertEqual(socket["events"], ["error", "close"])
        self.assertEqual(socket["code"], 1006)

        form = page.js("tryForm", f"{base}/push?channel={VICTIM_CHANNEL}&attempt=form", ATTACK_TEXT)
        self.assertEqual(form, {"loaded": True, "readable": None})

        # The browser did send them (none was stopped before the relay), and
        # the relay refused each: preflights, no-cors requests, the handshake.
        attempts = set(fetches) | {"ws", "form"}
        exchanges = page.wait_exchanges(base, attempts)
        self.assertEqual(set(exchanges), attempts)
        for name, seen in exchanges.items():
            with self.subTest(attempt=name):
                statuses = {s for _, s in seen if s is not None}
                # A no-cors GET carries no Origin: Sec-Fetch-Site gets it refused.
                self.assertEqual(statuses, {403}, seen)
        # Requests that need a preflight never went further than it.
        for name in ("push-json", "delete"):
            self.assertEqual({m for m, s in exchanges[name] if s is not None}, {"OPTIONS"},
                             exchanges[name])

        self.assert_untouched(relay, before, secret, ws)

    def test_no_cors_read_does_not_burn_a_pointer(self):
        """A no-cors GET (or an <img src>) carries no Origin; without the
        relay's Sec-Fetch-Site check it would be served and counted as a
        read, using up a max_reads pointer the page cannot even read."""
        relay = self.relay()
        secret = push_secret(relay)
        page = self.page(self.attacker.url)
        seen = page.js("tryFetch", secret["url"] + "?attempt=pull", {"mode": "no-cors"})
        self.assertEqual(seen["type"], "opaque")
        page.wait_exchanges(relay.base_url, {"pull"})
        self.assertEqual(requests.get(secret["url"].replace("/pull/", "/peek/"),
                                      timeout=HTTP_TIMEOUT_S).status_code, 200,
                         "a web page used up a max_reads pointer without an Origin")


class DnsRebinding(BrowserTestCase):
    def test_rebound_name_gets_403(self):
        """A page whose name resolves to 127.0.0.1 gets 403 (Host) for each
        same-origin request, can read only that refusal, and changes nothing."""
        relay = self.relay()
        port = relay.base_url.rsplit(":", 1)[1]
        origin = f"http://{REBIND_NAME}:{port}"
        secret = push_secret(relay)
        ws = self.subscriber(relay, VICTIM_CHANNEL)
        before = stats(relay)

        # A plain visit: the document itself is the relay's refusal.
        visit = self.page(f"{origin}/stats")
        self.assertEqual(visit.document_status(f"{origin}/stats"), 403)
        self.assertIn(HOST_REFUSAL, visit.evaluate("document.body.innerText"))

        # The attacker's page once its name is rebound to 127.0.0.1: its
        # same-origin requests reach the relay without an Origin (GET) and
        # everything they return would be readable, so only Host protects.
        page = self.page()
        page.adopt(f"{origin}/page.html")
        pull_path = urllib.parse.urlsplit(secret["url"]).path
        text = {"Content-Type": "text/plain"}
        fetches = {
            "health": ("/", {}),
            "stats": ("/stats", {}),
            "pull": (pull_path, {}),
            "peek": (pull_path.replace("/pull/", "/peek/"), {}),
            "raw": (pull_path.replace("/pull/", "/raw/"), {}),
            "push-text": (f"/push?channel={VICTIM_CHANNEL}",
                          {"method": "POST", "body": ATTACK_TEXT, "headers": text}),
            "push-json": ("/push", {"method": "POST",
                                    "headers": {"Content-Type": "application/json"},
                                    "body": json.dumps({"data": ATTACK_TEXT,
                                                        "channel": VICTIM_CHANNEL})}),
            "publish": (f"/publish/{VICTIM_CHANNEL}", {"method": "POST", "body": '"hello"',
                                                       "headers": text}),
            "delete": (pull_path, {"method": "DELETE"}),
        }
        for name, (path, init) in fetches.items():
            tagged = path + ("&" if "?" in path else "?") + "attempt=" + name
            seen = page.js("tryFetch", tagged, init)
            with self.subTest(attempt=name):
                self.assertEqual((seen["outcome"], seen["type"], seen["status"]),
                                 ("resolved", "basic", 403), seen)
                error = json.loads(seen["body"])["error"]
                self.assertIn(f'"{REBIND_NAME}:{port}"', error)
                self.assertIn(HOST_REFUSAL, error)

        socket = page.js("trySocket", f"ws://{REBIND_NAME}:{port}/ws/{VICTIM_CHANNEL}?attempt=ws")
        self.assertFalse(socket["opened"], socket)
        self.assertEqual(socket["code"], 1006)
        exchanges = page.wait_exchanges(origin, set(fetches) | {"ws"})
        for name, seen in exchanges.items():
            with self.subTest(attempt=name):
                self.assertEqual({s for _, s in seen if s is not None}, {403}, seen)

        self.assert_untouched(relay, before, secret, ws)


def browser_available():
    """True when the test can run; False (after saying why) to skip; exits 1
    when a browser is required but missing."""
    if os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK):
        return True
    required = os.environ.get("RELAY_REQUIRE_BROWSER", "") not in ("", "0")
    message = (f"{CHROMIUM} is missing: install the Debian package 'chromium' "
               "(scripts/setup.sh does)")
    if required:
        print(f"error: {message}; RELAY_REQUIRE_BROWSER is set, so this fails", file=sys.stderr)
        sys.exit(1)
    print(f"SKIPPED: {message}; set RELAY_REQUIRE_BROWSER=1 to make this a failure",
          file=sys.stderr)
    return False


if __name__ == "__main__":
    BINARY, _remaining = test_interop.binary_from_command_line()
    if BINARY is None:
        sys.exit(2)
    if not browser_available():
        sys.exit(SKIP_EXIT_CODE)
    started = time.monotonic()
    code = test_interop.run_tests(_remaining)
    print(f"browser tests took {time.monotonic() - started:.1f} s", file=sys.stderr)
    sys.exit(code)
