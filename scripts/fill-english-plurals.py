#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Fills the plural forms of translations/relay_en.ts from the source texts.

Source strings say "%n payload(s)"; English needs "%n payload" and "%n payloads". Run after
`cmake --build build --target update_translations` whenever new plural strings appear (the
test script fails while any is left unfinished).
"""
import re
import sys

CHECK = "--check" in sys.argv
ARGS = [a for a in sys.argv[1:] if a != "--check"]
PATH = ARGS[0] if ARGS else "translations/relay_en.ts"
MESSAGE = re.compile(
    # [^<]* and not .*?: a lazy match would run on from a filled message to the next unfinished
    # one and swallow everything between.
    r'(<message numerus="yes">\s*<source>(?P<src>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
    re.S)


def forms(src):
    singular = re.sub(r"\((?:s|es)\)", "", src)
    plural = re.sub(r"\((s|es)\)", r"\1", src)
    return singular, plural


def fill(match):
    singular, plural = forms(match.group("src"))
    indent = " " * 12
    return (match.group(1) + "<translation>\n"
            f"{indent}<numerusform>{singular}</numerusform>\n"
            f"{indent}<numerusform>{plural}</numerusform>\n"
            "        </translation>")


with open(PATH, encoding="utf-8") as f:
    text = f.read()
if CHECK:
    missing = [m.group("src") for m in MESSAGE.finditer(text)]
    for src in missing:
        print(f"unfinished plural in {PATH}: {src}", file=sys.stderr)
    if missing:
        print("run scripts/fill-english-plurals.py after update_translations", file=sys.stderr)
    sys.exit(1 if missing else 0)
text, n = MESSAGE.subn(fill, text)
with open(PATH, "w", encoding="utf-8") as f:
    f.write(text)
print(f"filled {n} plural message(s) in {PATH}")
