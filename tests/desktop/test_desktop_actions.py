#!/usr/bin/python3
"""The desktop file's actions work end to end: under Xvfb, with the X clipboard set by xclip,
`--push-clipboard` pushes it (from a new app, and through the one already running) and leaves the
pointer URL on the clipboard; `--open-inspector` reaches the running app. openbox and trayer make a
desktop with a system tray, as scripts/screenshots.sh does.

  test_desktop_actions.py --binary build/app/contextrelay-desktop
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "interop"))
from test_interop import app_relay_up, free_port, wait_until  # noqa: E402

BINARY = None


class DesktopActions(unittest.TestCase):
    def setUp(self):
        for tool in ("Xvfb", "xclip"):
            if not shutil.which(tool):
                self.fail(f"{tool} is missing: run scripts/setup.sh")
        self.logs = []
        self.home = tempfile.TemporaryDirectory(prefix="relay-desktop-")
        h = self.home.name
        self.env = dict(os.environ, HOME=h, XDG_CONFIG_HOME=f"{h}/config", XDG_DATA_HOME=f"{h}/data",
                        XDG_CACHE_HOME=f"{h}/cache", XDG_RUNTIME_DIR=f"{h}/run", LANG="C.UTF-8",
                        QT_QPA_PLATFORMTHEME="", no_proxy="*")
        for var in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
            self.env.pop(var, None)
        os.makedirs(self.env["XDG_RUNTIME_DIR"], mode=0o700)
        # Xvfb picks a free display itself and says which (-displayfd): tests running at the same
        # time (another build's) cannot take the same one. -noreset: by default the server resets
        # when its last client leaves, and a client connecting just then (openbox after our
        # xwininfo polls) fails to open the display.
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "800x600x24",
                                      "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as displayfd:
            number = displayfd.readline().strip()
        if not number:
            self.fail("Xvfb did not start")
        self.env["DISPLAY"] = ":" + number
        self.desktop = []
        wait_until(lambda: subprocess.run(["xwininfo", "-root"], env=self.env, capture_output=True,
                                          timeout=30).returncode == 0, "Xvfb accepts clients", 30)
        # A window manager and a system tray, as on a desktop: the app docks into the tray and
        # opens no window of its own until asked. Each waits for the one before.
        self.desktop.append(self.start_x_client(["openbox"]))
        wait_until(lambda: b"window id" in self.x_root_property("_NET_SUPPORTING_WM_CHECK"),
                   "openbox manages the screen", 30, detail=self.desktop_log)
        # trayer has been seen to exit at start on a loaded machine: one more try, then its log.
        for attempt in range(3):
            trayer = self.start_x_client(["trayer", "--edge", "top", "--SetDockType", "true"])
            self.desktop.append(trayer)
            if wait_until(lambda: (b'"panel"' in self.x_tree()) or trayer.poll() is not None,
                          "trayer shows its panel", 30, detail=self.desktop_log) and trayer.poll() is None:
                break
        else:
            self.fail("trayer does not start:\n" + self.desktop_log())
        self.apps = []
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def tearDown(self):
        for app in self.apps:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        for process in self.desktop:
            if process.poll() is None:
                process.terminate()
            process.wait(timeout=30)
        self.xvfb.terminate()
        self.xvfb.wait(timeout=30)
        self.home.cleanup()

    def start_x_client(self, argv):
        log = tempfile.TemporaryFile()
        self.logs.append((argv[0], log))
        return subprocess.Popen(argv, env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def desktop_log(self):
        out = []
        for name, log in self.logs:
            log.seek(0)
            out.append(f"{name}: {log.read().decode(errors='replace')[-2000:]}")
        return "\n".join(out)

    def x_root_property(self, name):
        return subprocess.run(["xprop", "-root", name], env=self.env, capture_output=True, timeout=30).stdout

    def x_tree(self):
        return subprocess.run(["xwininfo", "-root", "-tree"], env=self.env, capture_output=True,
                              timeout=30).stdout

    def set_clipboard(self, text):
        # xclip stays to serve the selection until someone else owns it: not waited for.
        subprocess.run(["xclip", "-selection", "clipboard"], input=text.encode(), env=self.env, check=True,
                       timeout=30)

    def clipboard(self):
        r = subprocess.run(["xclip", "-o", "-selection", "clipboard"], env=self.env, capture_output=True,
                           timeout=30)
        return r.stdout.decode(errors="replace")

    def start_app(self, *args):
        app = subprocess.Popen([BINARY, "--port", str(self.port), "--ephemeral", *args], env=self.env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.apps.append(app)
        return app

    def relay_up(self, app):
        return app_relay_up(app, self.base)

    def pulled(self, url):
        """The text the SDK would get: the envelope's data (the app tags clipboard pushes)."""
        r = requests.get(url, timeout=10)
        r.raise_for_status()
        return json.loads(r.text)["data"]

    def test_push_clipboard_when_starting(self):
        self.set_clipboard("pushed by a starting app")
        app = self.start_app("--push-clipboard")
        url = wait_until(lambda: self.relay_up(app) and self.clipboard().startswith(self.base + "/pull/")
                         and self.clipboard(), "the pointer URL replaces the clipboard", 60)
        self.assertEqual(self.pulled(url), "pushed by a starting app")

    def test_push_clipboard_through_the_running_app(self):
        app = self.start_app()
        wait_until(lambda: self.relay_up(app), "the app's relay answers", 60)
        self.set_clipboard("pushed by the running app")
        second = subprocess.run([BINARY, "--push-clipboard"], env=self.env, capture_output=True, timeout=60)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn(b"already running", second.stderr)
        url = wait_until(lambda: self.clipboard().startswith(self.base + "/pull/") and self.clipboard(),
                         "the pointer URL replaces the clipboard", 60)
        self.assertEqual(self.pulled(url), "pushed by the running app")
        # One app, one relay: the second launch started none.
        self.assertEqual(requests.get(self.base + "/stats", timeout=10).json()["payloads"], 1)

    def test_open_inspector_through_the_running_app(self):
        app = self.start_app()
        wait_until(lambda: self.relay_up(app), "the app's relay answers", 60)

        def inspector_shown():
            return b'"ContextRelay Inspector"' in self.x_tree()
        # Docked in the tray: its icon is there, no inspector yet.
        wait_until(lambda: b'"contextrelay-desktop": ("contextrelay-desktop"' in self.x_tree(),
                   "the tray icon is docked", 60)
        self.assertFalse(inspector_shown())
        second = subprocess.run([BINARY, "--open-inspector"], env=self.env, capture_output=True, timeout=60)
        self.assertEqual(second.returncode, 0, second.stderr)
        wait_until(inspector_shown, "the running app shows its inspector", 60)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--binary":
        BINARY = os.path.abspath(args[1])
        args = args[2:]
    if not BINARY:
        sys.exit("usage: test_desktop_actions.py --binary PATH")
    unittest.main(argv=[sys.argv[0], *args], verbosity=2)
