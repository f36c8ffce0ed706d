# SPDX-License-Identifier: MIT
"""The ContextRelay wire protocol with nothing but requests and websocket-client
(see PROTOCOL.md): what the upstream `contextrelay` SDK does, in a page, so the
examples show every request they make. Works against this relay, another
instance or the upstream Worker (publish and max_reads are this relay's
extensions)."""

import json
import os
import time

# The relay is on loopback; a proxy from the environment must never see these requests
# (requests and websocket-client both honour *_proxy, even for 127.0.0.1).
for _var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
    os.environ.pop(_var, None)

import requests  # noqa: E402  (python3-requests)
import websocket  # noqa: E402  (python3-websocket, websocket-client)

TIMEOUT_S = 30


class RelayError(Exception):
    pass


class Client:
    """One agent's view of a relay: base URL plus an optional API key."""

    def __init__(self, base_url, api_key=None):
        self.base = base_url.rstrip("/")
        self.http = requests.Session()
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http.headers.update(self.headers)

    def _check(self, response):
        if response.status_code != 200:
            raise RelayError(f"{response.request.method} {response.url}: "
                             f"{response.status_code} {response.text[:200]}")
        return response

    def push(self, data, channel=None, metadata=None, **extensions):
        """POST /push; returns {"url", "id", "channel", ...}. extensions: ttl, max_reads."""
        body = {"data": data, **extensions}
        if channel:
            body["channel"] = channel
        if metadata:
            body["metadata"] = metadata
        return self._check(self.http.post(self.base + "/push", json=body, timeout=TIMEOUT_S)).json()

    def pull(self, url):
        """GET /pull/<id>: the envelope {"data", "metadata"}."""
        return json.loads(self._check(self.http.get(url, timeout=TIMEOUT_S)).content)

    def peek(self, url):
        """GET /peek/<id>: the metadata only; never counts as a read."""
        return self._check(self.http.get(url.replace("/pull/", "/peek/", 1), timeout=TIMEOUT_S)).json()

    def exists(self, url):
        """Whether a pointer is still alive (a peek that may say 404)."""
        response = self.http.get(url.replace("/pull/", "/peek/", 1), timeout=TIMEOUT_S)
        if response.status_code not in (200, 404):
            self._check(response)
        return response.status_code == 200

    def publish(self, channel, message):
        """POST /publish/<channel>: a signal, nothing stored; returns how many subscribers got it."""
        response = self.http.post(f"{self.base}/publish/{channel}", json=message, timeout=TIMEOUT_S)
        return self._check(response).json()["delivered"]

    def stats(self):
        """GET /stats: payloads, bytes, channels, subscribers (all channels), uptime, version."""
        return self._check(self.http.get(self.base + "/stats", timeout=TIMEOUT_S)).json()

    def subscribe(self, channel):
        """A live subscription: the relay sends to it from the moment this returns (the 101)."""
        return Subscription(self, channel)


class Subscription:
    """GET /ws/<channel>: {"url", "ts"} for each push, {"message", "ts"} for each publish."""

    def __init__(self, client, channel):
        self.channel = channel
        ws_base = "ws://" + client.base.split("://", 1)[1]
        header = [f"{k}: {v}" for k, v in client.headers.items()]
        self.ws = websocket.create_connection(f"{ws_base}/ws/{channel}", timeout=TIMEOUT_S, header=header)

    def next(self, timeout=TIMEOUT_S):
        """The next message as a dict; RelayError if none arrives in time. The relay pings now and
        then: the library answers, and the wait goes on until the deadline."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            self.ws.settimeout(remaining)
            try:
                opcode, data = self.ws.recv_data(control_frame=True)
            except websocket.WebSocketTimeoutException:
                break
            if opcode == websocket.ABNF.OPCODE_TEXT:
                return json.loads(data)
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                raise RelayError(f"the relay closed the subscription to {self.channel!r}")
        raise RelayError(f"nothing arrived on {self.channel!r} within {timeout} s")

    def close(self):
        self.ws.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
