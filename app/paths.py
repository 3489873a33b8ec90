"""Every folder the application uses is resolved here.

The data folder is `$SARAPSHY_HOME` when set (tests, portable installs), else a `data` folder
next to the program when a `portable.txt` marker sits there, else the user's data folder from
platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "Sarapshy"
PORTABLE_MARKER = "portable.txt"


def program_dir() -> Path:
    """The folder holding the program: the frozen bundle's folder, or the source tree."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Bundled fonts, icons, translations and demo data."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return program_dir() / "resources"


def data_dir() -> Path:
    """The user's working data folder (created on first use)."""
    override = os.environ.get("SARAPSHY_HOME")
    if override:
        path = Path(override).expanduser()
    elif (program_dir() / PORTABLE_MARKER).exists():
        path = program_dir() / "data"
    else:
        path = user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    owner_only(path, 0o700)
    return path


def owner_only(path: Path, mode: int) -> None:
    """Keys, databases and settings are the user's alone (POSIX permissions). On Windows the
    folder lives in the user's profile, which is already private, and chmod there only toggles the
    read-only flag: nothing is done. A file system without permissions (FAT sticks) is left as is."""
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        pass


def keys_dir() -> Path:
    """Where each expert identity's Ed25519 key pair lives (owner-only)."""
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    owner_only(path, 0o700)
    return path


def databases_dir() -> Path:
    path = data_dir() / "rounds"
    path.mkdir(parents=True, exist_ok=True)
    owner_only(path, 0o700)
    return path
