#!/usr/bin/python3
"""Part of every build: runs lupdate on copies of translations/*.ts and says which .ts files the
sources have moved away from (new strings, or strings no longer used), without touching them.

  check-stale-translations.py LUPDATE PROJECT_JSON STAMP

Prints a warning per stale file (the build goes on: a developer adds strings before translating
them); scripts/test.sh fails on stale files. Writes STAMP when done.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    root = ET.parse(path).getroot()
    out = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.add((name, message.findtext("source")))
    return out


def main(lupdate, project_path, stamp):
    with open(project_path, encoding="utf-8") as f:
        project = json.load(f)
    stale = 0
    with tempfile.TemporaryDirectory(prefix="relay-ts-") as tmp:
        copies = []
        for ts in project["translations"]:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        project["translations"] = copies
        tmp_project = os.path.join(tmp, "project.json")
        with open(tmp_project, "w", encoding="utf-8") as f:
            json.dump(project, f)
        subprocess.run([lupdate, "-silent", "-project", tmp_project, "-locations", "none", "-no-obsolete"],
                       check=True, stdout=subprocess.DEVNULL)
        for ts, copy in zip(json.load(open(project_path, encoding="utf-8"))["translations"], copies):
            before, after = messages(ts), messages(copy)
            new, gone = after - before, before - after
            if new or gone:
                stale += 1
                example = sorted(new or gone)[0][1][:50]
                shown = os.path.join(os.path.basename(os.path.dirname(ts)), os.path.basename(ts))
                print(f"warning: {shown} is stale: {len(new)} new and {len(gone)} unused "
                      f"string(s) (e.g. {example!r}); run 'cmake --build <build> --target "
                      f"update_translations', then translate the new ones.", file=sys.stderr)
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(f"{stale} stale\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip())
    sys.exit(main(*sys.argv[1:]))
