#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Relay::Fernet against Python's cryptography.fernet, both ways, through relay-fernet-tool.

    python3 test_fernet_interop.py --tool PATH/relay-fernet-tool [unittest options]
"""
import argparse
import base64
import os
import subprocess
import sys
import unittest

from cryptography.fernet import Fernet, InvalidToken

TOOL = None
EXIT_CRYPTO = 5

PAYLOADS = {
    "empty": b"",
    "one byte": b"x",
    "block": b"0123456789abcdef",
    "ascii": b"hello, relay",
    "binary": bytes(range(256)) * 4,
    "nul bytes": b"\x00" * 33,
    "non-ascii": "Grüße, 世界 🌍 — ñ".encode("utf-8"),
    "json": b'{"content":"hello","metadata":{"source":"test"}}',
    "1 MiB": os.urandom(1 << 20),
}


def run(*args, stdin=b""):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60, check=False)


def ours_encrypt(key, plaintext):
    proc = run("encrypt", key.decode("ascii"), stdin=plaintext)
    if proc.returncode != 0:
        raise AssertionError(f"encrypt exited {proc.returncode}: {proc.stderr!r}")
    return proc.stdout.strip()


def flip_bit(token, byte_index, bit):
    raw = bytearray(base64.urlsafe_b64decode(token))
    raw[byte_index] ^= 1 << bit
    return base64.urlsafe_b64encode(bytes(raw))


class FernetInterop(unittest.TestCase):
    def assert_refused(self, key, token):
        proc = run("decrypt", key.decode("ascii"), stdin=token)
        self.assertEqual(proc.returncode, EXIT_CRYPTO, proc.stdout[:100])
        self.assertEqual(proc.stdout, b"", "no output on failure")
        message = proc.stderr.decode("utf-8").strip()
        self.assertTrue(message.endswith("."), message)
        self.assertEqual(message.count("\n"), 0, message)
        return message

    def test_ours_decrypts_in_python(self):
        key = Fernet.generate_key()
        for name, payload in PAYLOADS.items():
            with self.subTest(payload=name):
                token = ours_encrypt(key, payload)
                self.assertEqual(len(token) % 4, 0, "padding is always emitted")
                # ttl also checks that our timestamp is the current time.
                self.assertEqual(Fernet(key).decrypt(token, ttl=60), payload)

    def test_python_decrypts_with_ours(self):
        key = Fernet.generate_key()
        for name, payload in PAYLOADS.items():
            with self.subTest(payload=name):
                token = Fernet(key).encrypt(payload)
                proc = run("decrypt", key.decode("ascii"), stdin=token)
                self.assertEqual(proc.returncode, 0, proc.stderr)
                self.assertEqual(proc.stdout, payload)

    def test_python_token_variants(self):
        key = Fernet.generate_key()
        token = Fernet(key).encrypt(b"variant")
        for name, text in {
            "trailing newline": token + b"\n",
            "unpadded": token.rstrip(b"="),
        }.items():
            with self.subTest(form=name):
                proc = run("decrypt", key.decode("ascii"), stdin=text)
                self.assertEqual(proc.returncode, 0, proc.stderr)
                self.assertEqual(proc.stdout, b"variant")

    def test_our_key_in_python(self):
        proc = run("genkey")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        key = proc.stdout.strip()
        self.assertEqual(len(key), 44)
        self.assertEqual(len(base64.urlsafe_b64decode(key)), 32)
        self.assertNotEqual(key, run("genkey").stdout.strip())
        f = Fernet(key)
        self.assertEqual(f.decrypt(ours_encrypt(key, b"from us")), b"from us")
        proc = run("decrypt", key.decode("ascii"), stdin=f.encrypt(b"from python"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, b"from python")

    def test_spec_key_both_ways(self):
        key = b"cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4="
        token = Fernet(key)._encrypt_from_parts(b"hello", 499162800, bytes(range(16)))
        proc = run("decrypt", key.decode("ascii"), stdin=token)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, b"hello")

    def test_flipped_bits_refused(self):
        key = Fernet.generate_key()
        token = Fernet(key).encrypt(b"do not touch")
        size = len(base64.urlsafe_b64decode(token))
        for index in sorted({0, 1, 8, 9, 24, 25, 40, size - 33, size - 32, size - 1}):
            for bit in (0, 7):
                with self.subTest(byte=index, bit=bit):
                    tampered = flip_bit(token, index, bit)
                    with self.assertRaises(InvalidToken):
                        Fernet(key).decrypt(tampered)
                    self.assert_refused(key, tampered)

    def test_wrong_key_refused(self):
        token = Fernet(Fernet.generate_key()).encrypt(b"for someone else")
        message = self.assert_refused(Fernet.generate_key(), token)
        self.assertIn("key", message.lower())

    def test_our_token_wrong_key_in_python(self):
        token = ours_encrypt(Fernet.generate_key(), b"for someone else")
        with self.assertRaises(InvalidToken):
            Fernet(Fernet.generate_key()).decrypt(token)

    def test_garbage_refused(self):
        key = Fernet.generate_key()
        for name, text in {
            "empty": b"",
            "plain text": b"hello world",
            "truncated": Fernet(key).encrypt(b"cut short")[:60],
            "not base64": b"%%%%" * 30,
        }.items():
            with self.subTest(input=name):
                self.assert_refused(key, text)

    def test_bad_key_refused(self):
        token = Fernet(Fernet.generate_key()).encrypt(b"x")
        for key in (b"short", base64.urlsafe_b64encode(os.urandom(31)), b"%" * 44):
            with self.subTest(key=key):
                self.assert_refused(key, token)
                proc = run("encrypt", key.decode("ascii"), stdin=b"x")
                self.assertEqual(proc.returncode, EXIT_CRYPTO)
                self.assertEqual(proc.stdout, b"")


def main():
    global TOOL
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tool", required=True, help="path to relay-fernet-tool")
    args, rest = parser.parse_known_args()
    TOOL = os.path.abspath(args.tool)
    if not os.access(TOOL, os.X_OK):
        parser.error(f"{TOOL} is not executable")
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
