"""The application's settings: one INI file in the data folder (never the registry, never pickles),
so tests and portable installs keep theirs next to their data."""

from __future__ import annotations

from pathlib import Path

from app.paths import data_dir
from app.ui.qt import QtCore

SETTINGS_FILE = "settings.ini"


_settings: dict[str, QtCore.QSettings] = {}


def app_settings() -> QtCore.QSettings:
    """One QSettings per settings file: Qt writes it to disk when idle and at exit, not per value."""
    path = str(data_dir() / SETTINGS_FILE)
    settings = _settings.get(path)
    if settings is None:
        settings = _settings[path] = QtCore.QSettings(path, QtCore.QSettings.Format.IniFormat)
    return settings


def last_folder(key: str) -> str:
    """The folder last used for `key` (e.g. 'export'), else the user's home folder."""
    folder = app_settings().value(f"folders/{key}", "", type=str)
    return folder if isinstance(folder, str) and folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(key: str, path: str | Path) -> None:
    app_settings().setValue(f"folders/{key}", str(Path(path).parent))
