#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/): run it after changing a seed here.

Valid requests of every route, pipelined requests, chunked bodies and the malformed shapes of
tst_requestparser and tst_relayserver. Hosts name the port the targets assume (8787).
"""
import json
import pathlib
import shutil
import struct

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
MARKER = b"\n#~fuzz:"  # fuzz_http: the control block follows

# fuzz_http flags
AUTH, SMALL, CLOCK, TX, FAIL = 1, 2, 4, 8, 16

HOST = b"Host: 127.0.0.1:8787\r\n"
JSON = b"Content-Type: application/json\r\n"
TEXT = b"Content-Type: text/plain\r\n"
UPGRADE = (b"Upgrade: websocket\r\nConnection: Upgrade\r\n"
           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
BEARER = b"Authorization: Bearer fuzz-token\r\n"


def req(method, target, headers=b"", body=b"", host=HOST, version=b"HTTP/1.1"):
    length = b"Content-Length: %d\r\n" % len(body) if body or method in (b"POST", b"PUT") else b""
    return method + b" " + target + b" " + version + b"\r\n" + host + headers + length + b"\r\n" + body


def chunked(method, target, chunks, headers=b"", trailer=b""):
    body = b"".join(b"%x\r\n" % len(c) + c + b"\r\n" for c in chunks) + b"0\r\n" + trailer + b"\r\n"
    return (method + b" " + target + b" HTTP/1.1\r\n" + HOST + headers +
            b"Transfer-Encoding: chunked\r\n\r\n" + body)


def control(flags, pieces=b""):
    return MARKER + bytes([flags]) + pieces


def fields(n):
    return b"".join(b"X-Field-%d: v\r\n" % i for i in range(n))


def http_seeds():
    push_json = req(b"POST", b"/push", JSON,
                    b'{"data":"hello","channel":"news","metadata":{"a":1},"ttl":60,"max_reads":2}')
    push_raw = req(b"POST", b"/push?channel=files&filename=notes%20v1.txt&ttl=3600&max_reads=3", TEXT,
                   b"raw text body")
    read_all = (req(b"GET", b"/peek/$ID") + req(b"GET", b"/pull/$ID") + req(b"GET", b"/raw/$ID") +
                req(b"HEAD", b"/pull/$ID") + req(b"DELETE", b"/pull/$ID") + req(b"GET", b"/pull/$ID"))
    s = {
        # every route, one request each
        "health-get": req(b"GET", b"/"),
        "health-head": req(b"HEAD", b"/"),
        "stats": req(b"GET", b"/stats"),
        "push-json": push_json,
        "push-json-charset": req(b"POST", b"/push", b"Content-Type: application/json; charset=utf-8\r\n",
                                 b'{"data":"caf\\u00e9 \\ud83d\\ude00","channel":"\\u00e9t\\u00e9"}'),
        "push-raw-text": push_raw,
        "push-raw-binary": req(b"POST", b"/push?channel=bin",
                               b"Content-Type: application/octet-stream\r\n", bytes(range(256))),
        "push-fernet-token": req(b"POST", b"/push", TEXT,
                                 b"gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7J"
                                 b"cbmrR64jVmpU4IwqDA=="),
        "push-json-array-body": req(b"POST", b"/push", TEXT, b'[{"a":1},{"b":2}]'),
        "push-then-read": push_json + read_all,
        "push-raw-then-read": push_raw + read_all,
        "push-binary-then-pull": req(b"POST", b"/push", b"Content-Type: image/png\r\n",
                                     b"\x89PNG\r\n\x1a\n\x00\xff\xfe") + req(b"GET", b"/pull/$ID"),
        "publish-json": req(b"POST", b"/publish/news", JSON, b'{"event":"x","n":[1,2.5,null]}'),
        "publish-text": req(b"POST", b"/publish/chan%20nel", TEXT, b"plain words"),
        "ws-no-upgrade": req(b"GET", b"/ws/news"),
        "ws-upgrade": req(b"GET", b"/ws/news?replay=5", UPGRADE),
        "absolute-form": req(b"GET", b"http://127.0.0.1:8787/stats?x=1"),
        "http10": b"GET / HTTP/1.0\r\n\r\n",
        "not-found": req(b"GET", b"/nope") + req(b"PUT", b"/push", body=b"x") + req(b"PATCH", b"/stats"),
        # pipelined, keep-alive until the last
        "pipelined": (req(b"GET", b"/") + push_json + req(b"GET", b"/stats") + req(b"GET", b"/pull/$ID") +
                      req(b"POST", b"/publish/news", body=b"42") +
                      req(b"GET", b"/stats", b"Connection: close\r\n") + req(b"GET", b"/")),
        # chunked bodies
        "chunked-push": chunked(b"POST", b"/push?channel=c", [b"hello", b" world"], TEXT),
        "chunked-json": chunked(b"POST", b"/push", [b'{"data":', b'"split"}'], JSON),
        "chunked-extension-trailer": chunked(b"POST", b"/publish/c", [b"abc"], TEXT, b"X-Trailer: t\r\n"),
        # push body decoding: every shape of the JSON checks
        "json-truncated": req(b"POST", b"/push", JSON, b'{"data":'),
        "json-not-json": req(b"POST", b"/push", JSON, b"hello"),
        "json-top-string": req(b"POST", b"/push", JSON, b'"data"'),
        "json-data-number": req(b"POST", b"/push", JSON, b'{"data":42}'),
        "json-data-empty": req(b"POST", b"/push", JSON, b'{"data":""}'),
        "json-ttl-bad": req(b"POST", b"/push", JSON, b'{"data":"x","ttl":60.5,"max_reads":0}'),
        "json-ttl-huge": req(b"POST", b"/push", JSON, b'{"data":"x","ttl":1e308,"max_reads":-1e308}'),
        "raw-ttl-bad": req(b"POST", b"/push?ttl=59&max_reads=x", TEXT, b"x"),
        "empty-body": req(b"POST", b"/push", TEXT),
        # the malformed shapes of the test suites
        "garbage": b"\x00\x01\x02garbage\r\n\r\n",
        "unknown-method": req(b"FROB", b"/"),
        "nul-in-target": b"GET /a\x00b HTTP/1.1\r\n" + HOST + b"\r\n",
        "bad-version": b"GET / HTTP/9.x\r\n" + HOST + b"\r\n",
        "no-host": b"GET / HTTP/1.1\r\n\r\n",
        "two-hosts": b"GET / HTTP/1.1\r\n" + HOST + b"Host: evil.com\r\n\r\n",
        "foreign-host": req(b"GET", b"/stats", host=b"Host: evil.com:8787\r\n"),
        "foreign-origin": req(b"POST", b"/push", TEXT + b"Origin: https://evil.example\r\n", b"x"),
        "cl-and-te": (b"POST /push HTTP/1.1\r\n" + HOST + TEXT +
                      b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        "te-and-cl": (b"POST /push HTTP/1.1\r\n" + HOST + TEXT +
                      b"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        "duplicate-cl": b"POST /push HTTP/1.1\r\n" + HOST + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
        "non-numeric-cl": b"POST /push HTTP/1.1\r\n" + HOST + b"Content-Length: 3x\r\n\r\n",
        "negative-cl": b"POST /push HTTP/1.1\r\n" + HOST + b"Content-Length: -1\r\n\r\n",
        "cl-over-cap": b"POST /push HTTP/1.1\r\n" + HOST + TEXT + b"Content-Length: 26214401\r\n\r\n",
        "bad-chunk-size": b"POST /push HTTP/1.1\r\n" + HOST + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n",
        "space-before-colon": b"POST /push HTTP/1.1\r\n" + HOST + b"Content-Length : 5\r\n\r\nhello",
        "space-in-name": b"GET / HTTP/1.1\r\n" + HOST + b"Bad Header: x\r\n\r\n",
        "fields-100": b"GET / HTTP/1.1\r\n" + HOST + fields(99) + b"\r\n",
        "fields-101": b"GET / HTTP/1.1\r\n" + HOST + fields(100) + b"\r\n",
        # with the control block: pieces, limits, auth, time, transactions
        "split-every-byte": push_json + req(b"GET", b"/pull/$ID") + control(0, b"\x01" * 200),
        "split-in-head": chunked(b"POST", b"/push", [b"ab", b"cd"], TEXT) + control(0, b"\x07\x03\x0b\x02\x05"),
        "small-limits": (req(b"POST", b"/push", TEXT, b"x" * 65) + control(SMALL)),
        "small-head": b"GET / HTTP/1.1\r\n" + HOST + b"X-Filler: " + b"a" * 600 + b"\r\n\r\n" + control(SMALL),
        "small-fields": b"GET / HTTP/1.1\r\n" + HOST + fields(8) + b"\r\n" + control(SMALL),
        "small-store-full": (req(b"POST", b"/push", TEXT, b"y" * 60) * 4 + control(SMALL)),
        "auth-ok": req(b"POST", b"/push", TEXT + BEARER, b"secret") + req(b"GET", b"/pull/$ID", BEARER) +
                   control(AUTH),
        "auth-missing": req(b"GET", b"/stats") + control(AUTH),
        "auth-wrong": req(b"GET", b"/stats", b"Authorization: bearer nope\r\n") + control(AUTH),
        "expire": push_json + req(b"GET", b"/stats") + req(b"GET", b"/pull/$ID") + control(CLOCK),
        "transactions": push_json + push_raw + read_all + control(TX),
        "failed-commits": push_json + req(b"GET", b"/pull/$ID") + req(b"DELETE", b"/pull/$ID") + control(TX | FAIL),
    }
    return s


def websocket_seeds():
    def up(target, extra=b"", host=HOST):
        return req(b"GET", target, UPGRADE + extra, host=host)
    return {
        "upgrade": up(b"/ws/news"),
        "upgrade-replay": up(b"/ws/news?replay=100"),
        "upgrade-encoded-channel": up(b"/ws/my%20channel/with/slashes?x=1&replay=0"),
        "upgrade-unicode-channel": up(b"/ws/%C3%A9t%C3%A9"),
        "upgrade-absolute-form": up(b"http://127.0.0.1:8787/ws/abs?replay=3"),
        "upgrade-allowed-origin": up(b"/ws/c", b"Origin: http://allowed.example\r\n"),
        "upgrade-extra-host": up(b"/ws/c", host=b"Host: relay.example:8787\r\n"),
        "upgrade-auth": up(b"/ws/c", BEARER),
        "upgrade-auth-wrong": up(b"/ws/c", b"Authorization: Bearer x\r\n"),
        "no-upgrade": req(b"GET", b"/ws/x"),
        "missing-channel": up(b"/ws/"),
        "replay-101": up(b"/ws/c?replay=101"),
        "replay-negative": up(b"/ws/c?replay=-1"),
        "replay-x": up(b"/ws/c?replay=x"),
        "foreign-host": up(b"/ws/c", host=b"Host: evil.com:8787\r\n"),
        "foreign-origin": up(b"/ws/c", b"Origin: https://evil.example\r\n"),
        "null-origin": up(b"/ws/c", b"Origin: null\r\n"),
        "post-ws": req(b"POST", b"/ws/c", UPGRADE, b"x"),
        "pipelined": up(b"/ws/a") + up(b"/ws/b?replay=1") + req(b"GET", b"/ws/c"),
        "ids": (req(b"GET", b"/pull/0b4c5a7e-3f0d-4b8e-9a55-1c2d3e4f5a6b") +
                req(b"GET", b"/peek/{0b4c5a7e-3f0d-4b8e-9a55-1c2d3e4f5a6b}") +
                req(b"GET", b"/raw/00000000-0000-0000-0000-000000000000") +
                req(b"DELETE", b"/pull/not-an-id")),
    }


def fernet_seeds():
    data = HERE.parent / "data" / "fernet"
    seeds = {}
    for i, v in enumerate(json.loads((data / "generate.json").read_text())):
        seeds[f"decrypt-generate-{i}"] = b"\x00" + v["token"].encode()
        stamp = 499162800
        seeds[f"roundtrip-generate-{i}"] = (b"\x02" + struct.pack(">Q", stamp) + bytes(v["iv"]) +
                                            struct.pack(">q", 60) + struct.pack(">q", stamp + 1) + v["src"].encode())
        seeds[f"anykey-generate-{i}"] = b"\x01" + v["secret"].encode() + b"|" + v["src"].encode()
    for i, v in enumerate(json.loads((data / "verify.json").read_text())):
        seeds[f"decrypt-verify-{i}"] = b"\x00" + v["token"].encode()
        seeds[f"shape-verify-{i}"] = b"\x03" + v["token"].encode()
    for i, v in enumerate(json.loads((data / "invalid.json").read_text())):
        seeds[f"decrypt-invalid-{i}"] = b"\x00" + v["token"].encode()
        seeds[f"shape-invalid-{i}"] = b"\x03" + v["token"].encode()
    seeds["anykey-standard-alphabet"] = b"\x01cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4|plain"
    seeds["anykey-unpadded"] = b"\x01 cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4 \n|x"
    seeds["roundtrip-empty"] = b"\x02" + bytes(40)
    seeds["roundtrip-ttl-extremes"] = (b"\x02" + struct.pack(">Q", 2**64 - 1) + bytes(16) +
                                       struct.pack(">q", 2**63 - 1) + struct.pack(">q", -2**63) + b"x" * 33)
    seeds["shape-padded"] = b"\x03gAAAAAA" + b"A" * 70 + b"=="
    return seeds


def write(kind, seeds):
    out = CORPUS / kind
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, data in sorted(seeds.items()):
        (out / name).write_bytes(data)


if __name__ == "__main__":
    write("http", http_seeds())
    write("websocket", websocket_seeds())
    write("fernet", fernet_seeds())
