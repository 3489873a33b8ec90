"""PyInstaller runtime hook (Windows): Qt's player finds the FFmpeg DLLs it shares with PyAV.

installer/shared_ffmpeg.py leaves one FFmpeg in the bundle, PyAV's, in av.libs under the names
Qt's FFmpeg plugin imports (avcodec-61.dll ...). Windows looks for a plugin's DLLs on PATH
(os.add_dll_directory does not reach them, as PySide6's own start-up notes), so av.libs goes
on PATH before Qt loads the plugin.
"""

import os
import sys
from pathlib import Path


def _put_av_libs_on_path() -> None:
    folder = Path(getattr(sys, "_MEIPASS", "")) / "av.libs"
    if sys.platform == "win32" and folder.is_dir():
        os.environ["PATH"] = f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"


_put_av_libs_on_path()
