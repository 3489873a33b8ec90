"""Every user preference, declared once: key, type, default, choices and translatable title.

Values live in the settings file of `app.ui.widgets.settings.app_settings()` under their key. The
Settings dialog is built from `PREFERENCES`; code reads a value with `preference("player/backend")`
and writes one with `set_preference(...)`, which checks it against the declaration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.paths import PORTABLE_MARKER, data_dir, program_dir
from app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from app.ui.qt import QT_TRANSLATE_NOOP, QtCore
from app.ui.widgets.settings import app_settings

CONTEXT = "Preferences"


@dataclass(frozen=True)
class Choice:
    value: str
    title: str  # English source text (context "Preferences"), or a name never translated
    translated: bool = True


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: object
    title: str  # English source text in the context "Preferences"
    note: str = ""  # shown under the editor
    choices: tuple[Choice, ...] = ()
    minimum: int = 0
    maximum: int = 0
    restart: bool = False  # takes effect at the next start

    def check(self, value: object) -> object:
        """`value` converted to the declared type; ValueError when it does not fit the declaration."""
        if self.type is bool:
            if isinstance(value, str):
                value = value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        converted = self.type(value)
        if self.choices and converted not in {c.value for c in self.choices}:
            raise ValueError(f"{self.key}: {converted!r} is not one of {[c.value for c in self.choices]}")
        if self.type is int and self.maximum and not self.minimum <= converted <= self.maximum:
            raise ValueError(f"{self.key}: {converted} is outside {self.minimum}…{self.maximum}")
        return converted


LANGUAGE_CHOICES = tuple(Choice(code, LANGUAGE_NAMES[code], translated=False) for code in LANGUAGES)

PREFERENCES: tuple[Preference, ...] = (
    Preference(
        "ui/language",
        str,
        DEFAULT_LANGUAGE,
        QT_TRANSLATE_NOOP("Preferences", "Interface language"),
        choices=LANGUAGE_CHOICES,
    ),
    Preference(
        "reports/language",
        str,
        DEFAULT_LANGUAGE,
        QT_TRANSLATE_NOOP("Preferences", "Language of protocols and reports"),
        QT_TRANSLATE_NOOP(
            "Preferences",
            "The language the chair's protocol and summary are written in unless chosen on the chair's desk.",
        ),
        choices=LANGUAGE_CHOICES,
    ),
    Preference(
        "ui/theme",
        str,
        "auto",
        QT_TRANSLATE_NOOP("Preferences", "Colours"),
        choices=(
            Choice("auto", QT_TRANSLATE_NOOP("Preferences", "Follow the system")),
            Choice("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
            Choice("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
        ),
    ),
    Preference(
        "player/backend",
        str,
        "auto",
        QT_TRANSLATE_NOOP("Preferences", "Video engine"),
        QT_TRANSLATE_NOOP(
            "Preferences",
            "VLC plays almost every format; Qt's own player uses the "
            "system's codecs. Takes effect when the program is "
            "started again.",
        ),
        choices=(
            Choice("auto", QT_TRANSLATE_NOOP("Preferences", "Automatic (VLC if installed)")),
            Choice("vlc", "VLC", translated=False),
            Choice("qt", "Qt Multimedia", translated=False),
        ),
        restart=True,
    ),
    Preference(
        "recent/count", int, 8, QT_TRANSLATE_NOOP("Preferences", "Recent rounds to remember"), minimum=1, maximum=20
    ),
    Preference(
        "ui/welcome_at_start", bool, False, QT_TRANSLATE_NOOP("Preferences", "Show the welcome screen at every start")
    ),
)

BY_KEY: dict[str, Preference] = {p.key: p for p in PREFERENCES}

# Not shown in the dialog: remembered facts rather than choices.
WELCOME_SHOWN_KEY = "ui/welcome_shown"
SPLITTERS_GROUP = "splitters"
_PLAYER_FORCED_AT_START = bool(os.environ.get("SARAPSHY_PLAYER"))


def declaration(key: str) -> Preference:
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"no preference {key!r} is declared in app/ui/preferences.py") from None


def preference(key: str) -> object:
    """The stored value, or the declared default when nothing (or nothing valid) is stored."""
    item = declaration(key)
    stored = app_settings().value(key, None)
    if stored is None:
        return item.default
    try:
        return item.check(stored)
    except (TypeError, ValueError):
        return item.default


def int_preference(key: str) -> int:
    """The value of a preference declared as int."""
    value = preference(key)
    if not isinstance(value, int):
        raise TypeError(f"preference {key!r} is not declared as int")
    return value


def set_preference(key: str, value: object) -> object:
    item = declaration(key)
    checked = item.check(value)
    app_settings().setValue(key, checked)
    return checked


def reset_preference(key: str) -> None:
    declaration(key)
    app_settings().remove(key)


def translated_title(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


def choice_title(choice: Choice) -> str:
    return translated_title(choice.title) if choice.translated else choice.title


# --- the data folder and portable mode --------------------------------------------------------------
def portable_marker():
    return program_dir() / PORTABLE_MARKER


def is_portable() -> bool:
    return portable_marker().exists()


def data_folder_forced() -> bool:
    """True when SARAPSHY_HOME decides the data folder (portable mode then changes nothing)."""
    return bool(os.environ.get("SARAPSHY_HOME"))


def set_portable(on: bool) -> None:
    """Create or remove the marker next to the program; OSError when that folder is read-only."""
    marker = portable_marker()
    if on and not marker.exists():
        marker.write_text("Sarapshy keeps its data in the 'data' folder next to this file.\n", encoding="utf-8")
    elif not on and marker.exists():
        marker.unlink()


def portable_data_dir():
    return program_dir() / "data"


def current_data_dir():
    return data_dir()


# --- applying preferences that other modules read in their own way ------------------------------------
def apply_player_preference() -> None:
    """Make the player factory (`app.ui.player.choice`) use the chosen engine for players made from now.

    An engine the user forced in the environment before starting (`SARAPSHY_PLAYER`) wins."""
    from app.ui.player.choice import ENV_VAR

    if _PLAYER_FORCED_AT_START:
        return
    wanted = str(preference("player/backend"))
    if wanted == "auto":
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = wanted


def trim_recent_rounds() -> None:
    """Keep only as many recent rounds as the preference says (the window adds, this trims)."""
    settings = app_settings()
    paths = settings.value("recent/rounds", [], type=list)
    limit = int_preference("recent/count")
    if isinstance(paths, list) and len(paths) > limit:
        settings.setValue("recent/rounds", paths[:limit])
