#!/usr/bin/python3
"""Checks Qt Linguist .ts files for what breaks at run time or looks wrong on screen.

  check-translations.py translations/relay_de.ts [...]

For every message of a translation (not relay_en.ts, which only fills plural forms):
  - it is finished (no type="unfinished", no empty translation or numerus form);
  - it keeps the source's placeholders (%1..%99, %L1, %n) — a lost %1 drops a file name;
  - it keeps the number of keyboard accelerators (a single '&' before a letter);
  - it keeps the HTML tags of rich text, and the source's leading/trailing whitespace and newlines;
  - it has as many numerus forms as the language needs (CLDR-like rules of Qt 6.4).
Exit 1 with one line per problem; 0 when clean.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCEL = re.compile(r"(?<!&)&(?![&\s]|[a-zA-Z]+;|#\d+;)")
# Only the tags Qt's rich text knows: "<an API key from Settings>" in a JSON sample is prose.
TAG = re.compile(
    r"</?(a|b|i|u|s|p|br|hr|em|strong|code|tt|pre|small|big|sub|sup|span|div|font|nobr|qt|ul|ol|li"
    r"|table|tr|td|th|h[1-6]|html|body|img)\b[^>]*>",
    re.IGNORECASE,
)
NUMERUS_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1, "en": 2}


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def edges(text):
    lead = re.match(r"\s*", text).group(0)
    trail = re.search(r"\s*$", text).group(0)
    return lead, trail


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = (root.get("language") or "")[:2]
    forms = NUMERUS_FORMS.get(lang)
    source_language = lang == "en"
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            where = f"{path}: [{cname}] {source[:60]!r}"
            numerus = message.get("numerus") == "yes"
            if tr is None:
                problems.append(f"{where}: no <translation>")
                continue
            if source_language and not numerus:
                continue
            kind = tr.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            texts = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            if numerus and forms and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} needs {forms}")
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                want = placeholders(source)
                have = placeholders(text)
                if numerus:
                    # A language may spell "one" without the number ("Ein Eintrag"); the others need it.
                    want = [p for p in want if p != "n"]
                    have = [p for p in have if p != "n"]
                if want != have:
                    problems.append(f"{where}: placeholders {want} became {have}: {text[:60]!r}")
                if len(ACCEL.findall(source)) != len(ACCEL.findall(text)):
                    problems.append(f"{where}: accelerator '&' count differs: {text[:60]!r}")
                if tags(source) != tags(text):
                    problems.append(f"{where}: HTML tags differ: {text[:60]!r}")
                if edges(source) != edges(text):
                    problems.append(f"{where}: leading/trailing whitespace differs: {text[:60]!r}")
            if numerus and texts and not any("%n" in t or "%Ln" in t for t in texts[1:] or texts):
                problems.append(f"{where}: no plural form shows %n")
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    problems = []
    for path in argv[1:]:
        problems += check_file(path)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
