#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks docs/protocol.md against a running relay, so the protocol reference cannot drift.

  check_protocol_doc.py --binary build/app/contextrelay-desktop [--doc docs/protocol.md]
                        [--router relaycore/relay/relayrouter.cpp]

1. Every example block in the doc is replayed in document order against a headless relay
   (--headless --port 0 --ephemeral, with its own XDG/HOME folders):
     ```http-exchange [relay=auth] [exact] [request-body=base64] [response-body=base64]```
                                                            one request and the expected response
     ```ws [relay=auth]```                                  WebSocket steps: open / expect / close
   Placeholders ${name} in a request are replaced by what earlier examples captured; in an
   expected response an unbound ${name} (or ${name:type}) captures, a bound one must match,
   ${int} ${number} ${string} ${bool} ${uuid} ${any} match any value of that kind.
   ${base} ${host} ${port} name the relay the block runs against. relay=auth runs the block
   against a second relay that requires the API key cr_local_example-token.
2. Every route in the doc's "Route table" is answered by the relay (not the 404 "Not found"
   of an unknown route) and has at least one example.
3. Every route the router handles (parsed from relayrouter.cpp) is in the route table, and
   every route in the table is one the router handles.

Any mismatch fails the run with the doc line it comes from. Exit 0 when everything matches.
"""
import argparse
import base64
import http.client
import json
import os
import re
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "interop"))
import test_interop  # noqa: E402  (RelayProcess, isolated_env; it also drops *_proxy variables)
import websocket  # noqa: E402  (python3-websocket)

AUTH_TOKEN = "cr_local_example-token"
HTTP_TIMEOUT_S = 30.0
WS_TIMEOUT_S = 10.0
POLL_S = 0.05
METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")
TOKEN_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\}")
TYPE_RE = {
    "int": r"-?[0-9]+",
    "number": r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?",
    "string": r".*?",
    "any": r".*?",
    "bool": r"true|false",
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
}
SENTINEL = "\u0001token:"


class Mismatch(Exception):
    """An example's outcome differs from what the doc says; the message says how."""


# --------------------------------------------------------------------------
# Reading the doc
# --------------------------------------------------------------------------

class Block:
    def __init__(self, kind, attrs, line, lines):
        self.kind = kind        # "http-exchange" or "ws"
        self.attrs = attrs      # {"relay": "auth", "exact": True, "body": "base64"}
        self.line = line        # 1-based line of the opening fence
        self.lines = lines      # the content, without the fences


def read_blocks(text):
    blocks = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```(http-exchange|ws)\b(.*)$", lines[i])
        if not m:
            i += 1
            continue
        attrs = {}
        for word in m.group(2).split():
            key, _, value = word.partition("=")
            attrs[key] = value if value else True
        start = i
        i += 1
        body = []
        while i < len(lines) and lines[i] != "```":
            body.append(lines[i])
            i += 1
        if i == len(lines):
            raise SystemExit(f"line {start + 1}: the {m.group(1)} block is never closed")
        blocks.append(Block(m.group(1), attrs, start + 1, body))
        i += 1
    return blocks


def read_route_table(text):
    """[(method, path, line)] from the first table after the heading '## Route table'."""
    lines = text.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "## Route table")
    except StopIteration:
        raise SystemExit("the doc has no '## Route table' heading")
    routes = []
    in_table = False
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.startswith("|"):
            in_table = True
            cell = line.strip("|").split("|")[0].strip()
            m = re.fullmatch(r"`(" + "|".join(METHODS) + r") (/\S*)`", cell)
            if m:
                routes.append((m.group(1), m.group(2), i + 1))
        elif in_table or line.startswith("#"):
            break
    if not routes:
        raise SystemExit(f"line {start + 1}: no routes in the route table")
    return routes


def parse_exchange(block):
    """(request, expected) from an http-exchange block."""
    lines = block.lines
    status_at = next((i for i, line in enumerate(lines) if re.match(r"^HTTP/1\.1 \d{3}\b", line)), None)
    if status_at is None:
        raise Mismatch("no expected status line (HTTP/1.1 ...) in the block")

    def head_and_body(part):
        headers = []
        j = 0
        while j < len(part) and part[j] != "":
            name, sep, value = part[j].partition(":")
            if not sep:
                raise Mismatch(f"not a header line: {part[j]!r}")
            headers.append((name.strip(), value.strip()))
            j += 1
        body = "\n".join(part[j + 1:]).strip("\n")
        return headers, body

    request_lines = lines[:status_at]
    while request_lines and request_lines[-1] == "":
        request_lines.pop()
    m = re.fullmatch(r"(" + "|".join(METHODS) + r"|[A-Z]+) (\S+)", request_lines[0] if request_lines else "")
    if not m:
        raise Mismatch("the block does not start with a request line such as 'GET /stats'")
    headers, body = head_and_body(request_lines[1:])
    request = {"method": m.group(1), "target": m.group(2), "headers": headers, "body": body}

    status_line = lines[status_at]
    sm = re.fullmatch(r"HTTP/1\.1 (\d{3}) (.+)", status_line)
    if not sm:
        raise Mismatch(f"malformed status line {status_line!r}")
    headers, body = head_and_body(lines[status_at + 1:])
    expected = {"status": int(sm.group(1)), "reason": sm.group(2), "headers": headers, "body": body,
                "line": block.line + 1 + status_at}
    return request, expected


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------

class Bindings:
    def __init__(self):
        self.values = {}

    def substitute(self, text, relay):
        def one(m):
            name = m.group(1)
            value = relay_value(relay, name)
            if value is None:
                value = self.values.get(name)
            if value is None:
                raise Mismatch(f"${{{name}}} is not captured by any earlier example")
            return value
        return TOKEN_RE.sub(one, text)


def relay_value(relay, name):
    host = relay.base_url[len("http://"):]
    return {"base": relay.base_url, "host": host, "port": host.rsplit(":", 1)[1]}.get(name)


def match_text(template, actual, bindings, relay, what):
    """Matches a whole string against a template; binds unbound names."""
    pattern = []
    groups = []
    pos = 0
    for m in TOKEN_RE.finditer(template):
        pattern.append(re.escape(template[pos:m.start()]))
        pos = m.end()
        name, kind = m.group(1), m.group(2)
        known = relay_value(relay, name)
        if known is None:
            known = bindings.values.get(name)
        if known is not None and name not in TYPE_RE:
            pattern.append(re.escape(known))
        elif name in TYPE_RE and kind is None:
            pattern.append("(?:" + TYPE_RE[name] + ")")
        elif name in groups:
            pattern.append(f"(?P={name})")
        else:
            if kind is not None and kind not in TYPE_RE:
                raise Mismatch(f"unknown type '{kind}' in ${{{name}:{kind}}}")
            pattern.append(f"(?P<{name}>" + TYPE_RE.get(kind or "any") + ")")
            groups.append(name)
    pattern.append(re.escape(template[pos:]))
    m = re.fullmatch("".join(pattern), actual, re.S)
    if not m:
        raise Mismatch(f"{what}: expected {template!r}, got {shorten(actual)!r}")
    for name in groups:
        bindings.values[name] = m.group(name)


def protect_tokens(template):
    """JSON text with the ${...} outside string literals made into sentinel strings, so that
    it parses; returns (json_text, {sentinel: (name, type)})."""
    out = []
    tokens = {}
    in_string = False
    i = 0
    while i < len(template):
        c = template[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(template[i + 1:i + 2])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
            continue
        if c == '"':
            in_string = True
            out.append(c)
            i += 1
            continue
        m = TOKEN_RE.match(template, i)
        if m:
            key = f"{SENTINEL}{len(tokens)}"
            tokens[key] = (m.group(1), m.group(2))
            out.append(json.dumps(key))
            i = m.end()
            continue
        out.append(c)
        i += 1
    return "".join(out), tokens


def value_kind_ok(kind, value):
    if kind in ("any", None):
        return True
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "uuid":
        return isinstance(value, str) and re.fullmatch(TYPE_RE["uuid"], value) is not None
    raise Mismatch(f"unknown type '{kind}'")


def match_json(expected, actual, tokens, bindings, relay, where):
    if isinstance(expected, str) and expected in tokens:
        name, kind = tokens[expected]
        if name in TYPE_RE and kind is None:
            if not value_kind_ok(name, actual):
                raise Mismatch(f"{where}: expected any {name}, got {shorten(json.dumps(actual))}")
            return
        known = relay_value(relay, name)
        if known is None:
            known = bindings.values.get(name)
        if known is not None:
            text = actual if isinstance(actual, str) else json.dumps(actual)
            if text != known:
                raise Mismatch(f"{where}: expected ${{{name}}} = {known!r}, got {shorten(text)!r}")
            return
        if not value_kind_ok(kind, actual):
            raise Mismatch(f"{where}: expected a {kind} for ${{{name}}}, got {shorten(json.dumps(actual))}")
        bindings.values[name] = actual if isinstance(actual, str) else json.dumps(actual)
        return
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            raise Mismatch(f"{where}: expected an object, got {shorten(json.dumps(actual))}")
        for key, value in expected.items():
            if key not in actual:
                raise Mismatch(f"{where}: key {key!r} is missing in {shorten(json.dumps(actual))}")
            match_json(value, actual[key], tokens, bindings, relay, f"{where}.{key}")
        return
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            raise Mismatch(f"{where}: expected {len(expected)} items, got {shorten(json.dumps(actual))}")
        for n, (e, a) in enumerate(zip(expected, actual)):
            match_json(e, a, tokens, bindings, relay, f"{where}[{n}]")
        return
    if isinstance(expected, str):
        if not isinstance(actual, str):
            raise Mismatch(f"{where}: expected a string, got {shorten(json.dumps(actual))}")
        match_text(expected, actual, bindings, relay, where)
        return
    if type(expected) is not type(actual) or expected != actual:
        raise Mismatch(f"{where}: expected {json.dumps(expected)}, got {shorten(json.dumps(actual))}")


def match_json_text(template, actual_text, bindings, relay, what):
    """The actual text parses as JSON and contains what the template lists (objects: the keys
    given; arrays: exactly the items given)."""
    json_text, tokens = protect_tokens(template)
    try:
        expected = json.loads(json_text)
    except ValueError as e:
        raise Mismatch(f"the expected {what} is not JSON ({e})")
    try:
        actual = json.loads(actual_text)
    except ValueError:
        raise Mismatch(f"{what} is not JSON: {shorten(actual_text)!r}")
    match_json(expected, actual, tokens, bindings, relay, what)


def shorten(text, limit=300):
    return text if len(text) <= limit else text[:limit] + "…"


# --------------------------------------------------------------------------
# Running the examples
# --------------------------------------------------------------------------

class Relays:
    """The relays examples run against: "default" (--ephemeral) and, once a block asks for it,
    "auth" (--ephemeral --api-key-file with AUTH_TOKEN)."""

    def __init__(self):
        self._relays = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="docs-protocol-")
        self.subscribers = {}

    def get(self, name):
        if name not in self._relays:
            args = ["--ephemeral"]
            if name == "auth":
                key_file = os.path.join(self._tmp.name, "keys")
                with open(key_file, "w", encoding="ascii") as f:
                    f.write(AUTH_TOKEN + "\n")
                args += ["--api-key-file", key_file]
            elif name != "default":
                raise Mismatch(f"unknown relay '{name}' (default or auth)")
            self._relays[name] = test_interop.RelayProcess(args)
            self.subscribers[name] = 0
        return self._relays[name]

    def stop_all(self):
        problems = []
        for name, relay in self._relays.items():
            try:
                relay.stop_checked()
            except AssertionError as e:
                problems.append(f"relay '{name}': {e}")
        self._tmp.cleanup()
        return problems

    def kill_all(self):
        for relay in self._relays.values():
            relay.close()
        self._tmp.cleanup()


def send(relay, method, target, headers, body):
    host = relay.base_url[len("http://"):]
    hostname, port = host.rsplit(":", 1)
    conn = http.client.HTTPConnection(hostname.strip("[]"), int(port), timeout=HTTP_TIMEOUT_S)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        names = {name.lower() for name, _ in headers}
        if "host" not in names:
            conn.putheader("Host", host)
        if "content-length" not in names and (body or method in ("POST", "PUT", "PATCH")):
            conn.putheader("Content-Length", str(len(body)))
        for name, value in headers:
            conn.putheader(name, value)
        conn.endheaders(body if body else None)
        response = conn.getresponse()
        data = response.read()
        return response.status, response.reason, response.headers, data
    finally:
        conn.close()


def run_exchange(block, relays, bindings, exercised):
    relay = relays.get(block.attrs.get("relay", "default"))
    request, expected = parse_exchange(block)
    binary_request = block.attrs.get("request-body") == "base64"
    binary_response = block.attrs.get("response-body") == "base64"
    target = bindings.substitute(request["target"], relay)
    headers = [(n, bindings.substitute(v, relay)) for n, v in request["headers"]]
    body = bindings.substitute(request["body"], relay)
    payload = base64.b64decode(body) if binary_request else body.encode("utf-8")
    exercised.add((request["method"], target.split("?", 1)[0]))
    status, reason, got_headers, data = send(relay, request["method"], target, headers, payload)

    where = f"{request['method']} {target}"
    if status != expected["status"] or reason != expected["reason"]:
        raise Mismatch(f"{where}: expected 'HTTP/1.1 {expected['status']} {expected['reason']}', got "
                       f"'HTTP/1.1 {status} {reason}' with body {shorten(data.decode('utf-8', 'replace'))!r}")
    for name, value in expected["headers"]:
        actual = got_headers.get(name)
        if actual is None:
            raise Mismatch(f"{where}: the response has no {name} header")
        match_text(value, actual, bindings, relay, f"{where}: header {name}")
    template = expected["body"]
    if template == "":
        return
    if binary_response:
        match_text(template, base64.b64encode(data).decode("ascii"), bindings, relay, f"{where}: body")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Mismatch(f"{where}: the body is not UTF-8 text; mark the block response-body=base64")
    if block.attrs.get("exact") or not template.lstrip().startswith(("{", "[")):
        match_text(template, text, bindings, relay, f"{where}: body")
    else:
        match_json_text(template, text, bindings, relay, f"{where}: body")


def stats(relay, relay_name):
    headers = [("Authorization", f"Bearer {AUTH_TOKEN}")] if relay_name == "auth" else []
    status, _, _, data = send(relay, "GET", "/stats", headers, b"")
    if status != 200:
        raise Mismatch(f"GET /stats answered {status} while waiting for a subscriber")
    return json.loads(data)


def wait_subscribers(relay, relay_name, predicate, what):
    deadline = time.monotonic() + WS_TIMEOUT_S
    while True:
        count = stats(relay, relay_name)["subscribers"]
        if predicate(count):
            return
        if time.monotonic() > deadline:
            raise Mismatch(f"not within {WS_TIMEOUT_S} s: {what} (/stats says {count} subscribers)")
        time.sleep(POLL_S)


def run_ws(block, relays, bindings, sockets, exercised):
    relay_name = block.attrs.get("relay", "default")
    relay = relays.get(relay_name)
    n = 0
    lines = block.lines
    while n < len(lines):
        line = lines[n]
        n += 1
        if not line.strip():
            continue
        command, _, rest = line.partition(" ")
        if command == "open":
            name, _, target = rest.strip().partition(" ")
            headers = []
            while n < len(lines) and lines[n].strip() and lines[n].split(" ", 1)[0] not in (
                    "open", "expect", "close"):
                header_name, _, value = lines[n].partition(":")
                headers.append(f"{header_name.strip()}: {bindings.substitute(value.strip(), relay)}")
                n += 1
            target = bindings.substitute(target.strip(), relay)
            exercised.add(("GET", target.split("?", 1)[0]))
            url = relay.ws_base + target
            try:
                sockets[name] = (websocket.create_connection(url, timeout=WS_TIMEOUT_S, header=headers),
                                 relay_name)
            except Exception as e:  # the handshake's failure, whatever the library calls it
                raise Mismatch(f"open {name} {target}: the WebSocket upgrade failed: {e}")
            relays.subscribers[relay_name] += 1
            want = relays.subscribers[relay_name]
            wait_subscribers(relay, relay_name, lambda c: c >= want, f"subscriber {name} on {target}")
        elif command == "expect":
            name, _, template = rest.strip().partition(" ")
            if name not in sockets:
                raise Mismatch(f"expect: no open WebSocket named {name}")
            ws = sockets[name][0]
            try:
                frame = ws.recv()
            except websocket.WebSocketTimeoutException:
                raise Mismatch(f"expect {name}: no message within {WS_TIMEOUT_S} s")
            except websocket.WebSocketConnectionClosedException:
                raise Mismatch(f"expect {name}: the relay closed the WebSocket")
            if not isinstance(frame, str):
                raise Mismatch(f"expect {name}: a binary frame, not a text frame")
            match_json_text(template, frame, bindings, relay, f"message on {name}")
            # The messages' shapes are exact (PROTOCOL: {"url","ts"}, {"message","ts"}).
            expected_keys = set(json.loads(protect_tokens(template)[0]))
            actual_keys = set(json.loads(frame))
            if expected_keys != actual_keys:
                raise Mismatch(f"expect {name}: keys {sorted(actual_keys)}, expected exactly "
                               f"{sorted(expected_keys)}")
        elif command == "close":
            name = rest.strip()
            if name not in sockets:
                raise Mismatch(f"close: no open WebSocket named {name}")
            ws, owner = sockets.pop(name)
            ws.close()
            relays.subscribers[owner] -= 1
            want = relays.subscribers[owner]
            wait_subscribers(relays.get(owner), owner, lambda c: c <= want, f"subscriber {name} gone")
        else:
            raise Mismatch(f"unknown step {command!r} (open, expect, close)")


# --------------------------------------------------------------------------
# Routes: the doc's table, the relay, the router's source
# --------------------------------------------------------------------------

def route_pattern(path):
    """'/pull/<id>' -> regex for concrete paths."""
    parts = re.split(r"(<[a-z_]+>)", path)
    return "".join("[^?]+" if p.startswith("<") else re.escape(p) for p in parts if p)


def router_routes(source):
    """{(method, path)} the router handles; a prefix route ends in '/' and stands for '/x/<...>'."""
    routes = set()
    handle = re.search(r"HttpResponse RelayRouter::handle\(.*?\n\}", source, re.S)
    route = re.search(r"HttpResponse RelayRouter::route\(.*?\n\}", source, re.S)
    if not handle or not route:
        raise SystemExit("relayrouter.cpp: RelayRouter::handle or ::route not found; update router_routes()")
    health = re.search(r'request\.path == QLatin1String\("(/)"\).*?;', handle.group(0), re.S)
    if health:
        for method in re.findall(r'request\.method == "([A-Z]+)"', health.group(0)):
            routes.add((method, "/"))
    current = None
    for line in route.group(0).split("\n"):
        m = re.search(r'path == QLatin1String\("([^"]+)"\)', line)
        p = re.search(r'path\.startsWith\(QLatin1String\("([^"]+)"\)\)', line)
        if m:
            current = m.group(1)
        elif p:
            current = p.group(1)
        for method in re.findall(r'method == "([A-Z]+)"', line):
            if current is None:
                raise SystemExit(f"relayrouter.cpp: a method test before any path test: {line.strip()}")
            routes.add((method, current))
    if len(routes) < 5:
        raise SystemExit(f"relayrouter.cpp: found only {sorted(routes)}; update router_routes()")
    return routes


def doc_route_key(method, path):
    """The router's form of a doc route: '/pull/<id>' -> '/pull/'."""
    cut = path.find("<")
    return (method, path if cut < 0 else path[:cut])


def probe_path(path):
    return path.replace("<id>", str(uuid.uuid4())).replace("<channel>", "docs-route-probe")


# --------------------------------------------------------------------------

def main():
    binary, remaining = test_interop.binary_from_command_line()
    if binary is None:
        return 2
    parser = argparse.ArgumentParser()
    parser.add_argument("--doc", default=os.path.join(ROOT, "docs", "protocol.md"))
    parser.add_argument("--router", default=os.path.join(ROOT, "relaycore", "relay", "relayrouter.cpp"))
    args = parser.parse_args(remaining)
    doc_name = os.path.relpath(args.doc, ROOT)
    with open(args.doc, encoding="utf-8") as f:
        text = f.read()
    with open(args.router, encoding="utf-8") as f:
        router_source = f.read()

    blocks = read_blocks(text)
    table = read_route_table(text)
    failures = []
    relays = Relays()
    bindings = Bindings()
    sockets = {}
    exercised = set()
    try:
        # 1. The examples, in order.
        for block in blocks:
            try:
                if block.kind == "http-exchange":
                    run_exchange(block, relays, bindings, exercised)
                else:
                    run_ws(block, relays, bindings, sockets, exercised)
            except Mismatch as e:
                failures.append(f"{doc_name}:{block.line}: {e}")
        for ws, _ in sockets.values():
            ws.close()

        # 2. Every route in the table is answered, and has an example.
        unknown = send(relays.get("default"), "PUT", "/push", [], b"")
        if unknown[0] != 404 or unknown[3] != b"Not found":
            failures.append(f"PUT /push (no such route) answered {unknown[0]} {unknown[3]!r}, not 404 "
                            "'Not found': the route probe below cannot tell routes from non-routes")
        for method, path, line in table:
            status, _, _, data = send(relays.get("default"), method, probe_path(path), [], b"")
            if status == 404 and data == b"Not found":
                failures.append(f"{doc_name}:{line}: {method} {path} is answered 404 'Not found': "
                                "the relay has no such route")
            pattern = route_pattern(path)
            if not any(m == method and re.fullmatch(pattern, p) for m, p in exercised):
                failures.append(f"{doc_name}:{line}: {method} {path} has no example")

        # 3. The table and the router agree.
        documented = {doc_route_key(m, p): line for m, p, line in table}
        for method, path in sorted(router_routes(router_source) - set(documented)):
            shown = path + "<…>" if path.endswith("/") and path != "/" else path
            failures.append(f"{os.path.relpath(args.router, ROOT)}: the router handles {method} {shown}, "
                            f"which the route table in {doc_name} does not list")
        for key in sorted(set(documented) - router_routes(router_source)):
            failures.append(f"{doc_name}:{documented[key]}: {key[0]} {key[1]}… is not a route of "
                            f"{os.path.relpath(args.router, ROOT)}")
    except BaseException:
        relays.kill_all()
        raise
    failures += relays.stop_all()

    if failures:
        for failure in failures:
            print(failure, file=sys.stderr)
        print(f"{len(failures)} problem(s) in {doc_name}", file=sys.stderr)
        return 1
    print(f"{doc_name}: {len(blocks)} examples and {len(table)} routes match the relay and "
          f"{os.path.relpath(args.router, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
