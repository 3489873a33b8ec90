"""PyInstaller runtime hook: point python-vlc at the libvlc bundled under `<bundle>/vlc`.

Windows and macOS builds copy libvlc, libvlccore and the plugins folder there (build_installer.py
--vlc-dir). Linux builds bundle no libvlc: python-vlc finds the system's (Debian/Ubuntu packages
libvlc5, vlc-plugin-base, vlc-plugin-video-output). A libvlc chosen by the user through
PYTHON_VLC_LIB_PATH is left alone.
"""

import ctypes
import os
import sys
from pathlib import Path

LAYOUTS = {  # platform: (libvlc, libvlccore, plugins), relative to <bundle>/vlc
    "win32": ("libvlc.dll", "libvlccore.dll", "plugins"),
    "darwin": ("lib/libvlc.dylib", "lib/libvlccore.dylib", "plugins"),
}


def _use_bundled_vlc() -> None:
    layout = LAYOUTS.get(sys.platform)
    folder = Path(getattr(sys, "_MEIPASS", "")) / "vlc"
    if layout is None or "PYTHON_VLC_LIB_PATH" in os.environ or not folder.is_dir():
        return
    lib, core, plugins = (folder / part for part in layout)
    if not (lib.is_file() and plugins.is_dir()):
        return
    if sys.platform == "darwin" and core.is_file():
        # libvlc.dylib names libvlccore through @rpath; load it first so the name is resolved.
        ctypes.CDLL(str(core), mode=ctypes.RTLD_GLOBAL)
    os.environ["PYTHON_VLC_LIB_PATH"] = str(lib)
    os.environ["PYTHON_VLC_MODULE_PATH"] = str(plugins)
    os.environ.setdefault("VLC_PLUGIN_PATH", str(plugins))


_use_bundled_vlc()
