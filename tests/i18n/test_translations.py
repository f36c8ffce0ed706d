#!/usr/bin/python3
"""The translations are complete and the binary uses them: the CLI follows LANG, the GUI the
language chosen in Settings.

  test_translations.py --binary build/app/contextrelay-desktop
"""
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "interop"))
from test_interop import app_relay_up, free_port, isolated_env, wait_until  # noqa: E402

LANGUAGES = {"de": "de_DE.UTF-8", "fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8", "ja": "ja_JP.UTF-8"}
BINARY = None


def translation(lang, context, source):
    """The finished translation of source in translations/relay_<lang>.ts."""
    root = ET.parse(os.path.join(ROOT, "translations", f"relay_{lang}.ts")).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                tr = message.find("translation")
                assert tr is not None and tr.get("type") != "unfinished", (lang, source)
                return tr.text
    raise AssertionError(f"{source!r} ({context}) is not in relay_{lang}.ts")


class TsFiles(unittest.TestCase):
    def test_every_language_is_complete_and_well_formed(self):
        files = [os.path.join(ROOT, "translations", f"relay_{lang}.ts") for lang in ["en", *LANGUAGES]]
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "check-translations.py"), *files],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout[-4000:] + r.stderr)

    def test_known_strings_differ_from_english(self):
        for lang in LANGUAGES:
            for context, source in [("Relay::Ui::TrayIcon", "&Quit"), ("Relay::Ui::SettingsDialog", "&Language:"),
                                    ("Relay::Ui::InspectorWindow", "&Help")]:
                with self.subTest(lang=lang, source=source):
                    self.assertNotEqual(translation(lang, context, source), source)


class CliFollowsLang(unittest.TestCase):
    def run_binary(self, args, lang):
        with tempfile.TemporaryDirectory(prefix="relay-i18n-") as home:
            env = isolated_env(home, {"LANG": lang, "LC_ALL": lang, "LANGUAGE": ""})
            env.pop("QT_QPA_PLATFORM", None)
            env.pop("DISPLAY", None)
            return subprocess.run([BINARY, *args], env=env, capture_output=True, text=True, timeout=60)

    def test_help_and_errors_are_translated(self):
        description = "A local ContextRelay relay: agents hand each other large payloads by URL."
        port_error = "--port must be a number from 0 to 65535."
        for lang, locale in LANGUAGES.items():
            with self.subTest(lang=lang):
                help_text = self.run_binary(["--help"], locale)
                self.assertEqual(help_text.returncode, 0, help_text.stderr)
                expected = translation(lang, "Relay::App", description)
                self.assertIn(expected, help_text.stdout)
                self.assertNotIn(description, help_text.stdout)
                bad = self.run_binary(["--headless", "--port", "eighty"], locale)
                self.assertEqual(bad.returncode, 1)
                self.assertIn(translation(lang, "Relay::App", port_error), bad.stderr)

    def test_english_and_c_locale_keep_the_source_text(self):
        for locale in ["C.UTF-8", "en_US.UTF-8"]:
            with self.subTest(locale=locale):
                r = self.run_binary(["--help"], locale)
                self.assertIn("agents hand each other large payloads by URL.", r.stdout)


class GuiFollowsSettings(unittest.TestCase):
    """Settings > Desktop > Language wins over LANG in the GUI: the second instance (a GUI process
    too) says in Japanese that the running one has been told, while LANG says German."""

    def test_language_override(self):
        with tempfile.TemporaryDirectory(prefix="relay-i18n-gui-") as home:
            env = isolated_env(home, {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "",
                                      "QT_QPA_PLATFORM": "offscreen",
                                      "XDG_RUNTIME_DIR": os.path.join(home, "run")})
            os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
            config = os.path.join(env["XDG_CONFIG_HOME"], "ContextRelay")
            os.makedirs(config)
            with open(os.path.join(config, "contextrelay-desktop.conf"), "w") as f:
                f.write("[desktop]\nlanguage=ja\nshowNotifications=false\n")
            port = free_port()
            first = subprocess.Popen([BINARY, "--port", str(port), "--ephemeral"], env=env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
            try:
                wait_until(lambda: app_relay_up(first, f"http://127.0.0.1:{port}"), "the GUI's relay answers", 60)
                second = subprocess.run([BINARY], env=env, capture_output=True, text=True, timeout=60)
                self.assertEqual(second.returncode, 0, second.stderr)
                told = "ContextRelay Desktop is already running; it has been told."
                self.assertIn(translation("ja", "main", told), second.stderr)
            finally:
                first.terminate()
                try:
                    first.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    first.kill()
                    first.wait()


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--binary":
        BINARY = os.path.abspath(args[1])
        args = args[2:]
    if not BINARY:
        sys.exit("usage: test_translations.py --binary PATH")
    unittest.main(argv=[sys.argv[0], *args], verbosity=2)
