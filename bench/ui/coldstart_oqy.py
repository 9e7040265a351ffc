#!/usr/bin/env python3
"""Oqy preset for the peers' cold-start benchmark (../shared/peers/coldstart.py).

  DISPLAY=:99 OQY_BIN=/path/to/oqy python3 bench/ui/coldstart_oqy.py oqy TEMPLATE \
      --select --runs 5 --json results.jsonl --scratch /tmp/scratch [--shot shot_{i}.png]

All arguments are coldstart.py's (run it with --help); this file only fills PRESETS["oqy"] and
calls its main(), so Oqy is measured exactly as RSS Guard and QuiteRSS are: the template
data folder (made by bench/ui/fill_oqy.py) is copied for each run and passed as --data-dir;
window mapped / idle / peak RSS and PSS over the process tree (QtWebEngineProcess included);
with --select, the "Unread" view (all 100,000 articles) is clicked after start-up idle and the
time until idle again is reported.

OQY_BIN (environment) or --oqy-bin BIN (first option) chooses the binary; default
build/app/ui/oqy. PEERS (environment) is the peers' folder; default
../shared/peers (next to the checkout).

The click position is window-relative, for the default 1280x800 window (no saved geometry, no
window manager): the left tree lists "All articles", "Unread", "Today", "Bookmarks", then the
feeds; "Unread" is the second row.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.environ.get("PEERS", os.path.join(HERE, "..", "..", "..", "shared", "peers"))
sys.path.insert(0, PEERS)
import coldstart  # noqa: E402  (the peers' script, run from its place)

OQY_BIN = os.environ.get("OQY_BIN", os.path.join(HERE, "..", "..", "build", "app", "ui", "oqy"))
if len(sys.argv) > 2 and sys.argv[1] == "--oqy-bin":
    OQY_BIN = sys.argv[2]
    del sys.argv[1:3]
elif len(sys.argv) > 1 and sys.argv[1].startswith("--oqy-bin="):
    OQY_BIN = sys.argv[1].split("=", 1)[1]
    del sys.argv[1]


def _tolerate_x_errors():
    """procwatch.XWin polls top-level windows every 10 ms; a window destroyed between XQueryTree
    and XGetWindowAttributes raises BadWindow, and Xlib's default handler then exits the whole
    benchmark (leaving the app running). Ignore such errors: the poll simply tries again."""
    import ctypes
    import ctypes.util
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    handler_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    _tolerate_x_errors.keep = handler_t(lambda dpy, ev: 0)
    x11.XSetErrorHandler.argtypes = [handler_t]
    x11.XSetErrorHandler(_tolerate_x_errors.keep)


_tolerate_x_errors()

UNREAD_XY = (int(os.environ.get("OQY_UNREAD_X", "90")), int(os.environ.get("OQY_UNREAD_Y", "84")))

coldstart.PRESETS["oqy"] = {
    "cmd": [OQY_BIN, "--data-dir", "{run}"],
    "env": {"QTWEBENGINE_DISABLE_SANDBOX": "1", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"},
    "window": r"^Oqy",
    # "Unread" in the left tree (second row), window-relative
    "select": [["click", UNREAD_XY[0], UNREAD_XY[1]]],
}

if __name__ == "__main__":
    coldstart.main()
