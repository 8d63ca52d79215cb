"""Before Qt starts on a Linux desktop: are the system libraries its xcb platform needs there?

Qt aborts with a long, unhelpful message ("could not load the Qt platform plugin xcb…") when
one of them is missing. This looks them up first (without importing Qt) and names the Debian /
Ubuntu packages to install instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable

# Library name as `ctypes.util.find_library` takes it → the Debian 12 / Ubuntu 24.04 package.
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def uses_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt will pick its xcb (X11) platform: Linux, and no other platform asked for."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return False
    chosen = (env.get("QT_QPA_PLATFORM") or "").strip().lower()
    if chosen:
        return chosen.startswith("xcb")
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(find: Callable[[str], str | None] = ctypes.util.find_library) -> list[str]:
    """The packages whose library `find` cannot locate, in a stable order."""
    return sorted({pkg for lib, pkg in XCB_LIBRARIES.items() if not find(lib)})


def check_gui_libraries(environ: dict[str, str] | None = None,
                        find: Callable[[str], str | None] = ctypes.util.find_library) -> str | None:
    """A one-line error naming what to install, or None when the GUI can start."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env):
        return None
    if not env.get("DISPLAY"):
        return ("no screen: DISPLAY is not set (run it on a desktop, or QT_QPA_PLATFORM=offscreen "
                "for a run without a screen)")
    missing = missing_packages(find)
    if missing:
        return ("Qt needs system libraries that are missing: install them with "
                f"`sudo apt-get install {' '.join(missing)}`")
    return None
