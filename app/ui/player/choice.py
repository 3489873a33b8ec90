"""Which media engine runs: libvlc when it loads, else QtMultimedia.

`SARAPSHY_PLAYER=vlc|qt` forces one (a forced engine that cannot run is reported, not replaced).
`active_backend_name()` says what runs and `backend_problems()` why the others do not, in the
interface language, for Help → About and the player's message.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from app.ui.player.backend import CANNOT_START, NOT_INSTALLED, WINDOW_SYSTEM, BackendUnavailable, PlayerBackend
from app.ui.qt import QT_TRANSLATE_NOOP, QObject, QtCore

log = logging.getLogger(__name__)

ENV_VAR = "SARAPSHY_PLAYER"
BACKEND_KEYS = ("vlc", "qt")

PROBLEM_CONTEXT = "PlayerEngines"
# (engine, BackendUnavailable.kind) → what the user reads; (engine, "") for any other kind.
PROBLEM_TEXTS = {
    ("vlc", NOT_INSTALLED): QT_TRANSLATE_NOOP(
        "PlayerEngines", "VLC media player is not installed on this computer (or its library does not load)"
    ),
    ("vlc", CANNOT_START): QT_TRANSLATE_NOOP("PlayerEngines", "VLC media player is installed but does not start"),
    ("vlc", WINDOW_SYSTEM): QT_TRANSLATE_NOOP(
        "PlayerEngines", "VLC media player cannot show video in the windows of this desktop"
    ),
    ("vlc", ""): QT_TRANSLATE_NOOP("PlayerEngines", "VLC media player does not start"),
    ("qt", ""): QT_TRANSLATE_NOOP(
        "PlayerEngines", "the built-in player (QtMultimedia) is missing from this installation"
    ),
}


@dataclass(frozen=True)
class EngineProblem:
    engine: str  # a BACKEND_KEYS value
    kind: str  # BackendUnavailable.kind
    detail: str  # technical, English

    def text(self) -> str:
        """Why the engine does not run, in the interface language."""
        source = PROBLEM_TEXTS.get((self.engine, self.kind)) or PROBLEM_TEXTS[(self.engine, "")]
        return QtCore.QCoreApplication.translate(PROBLEM_CONTEXT, source)


_last_name = ""
_last_problems: list[EngineProblem] = []


def _construct(key: str, parent: QObject | None) -> PlayerBackend:
    if key == "vlc":
        from app.ui.player.vlc_backend import VlcBackend

        return VlcBackend(parent)
    from app.ui.player.qtmm_backend import QtMultimediaBackend

    return QtMultimediaBackend(parent)


def preferred_order() -> list[str]:
    forced = os.environ.get(ENV_VAR, "").strip().lower()
    if forced in BACKEND_KEYS:
        return [forced]
    if forced:
        log.warning("%s=%s is not one of %s; choosing automatically", ENV_VAR, forced, BACKEND_KEYS)
    return list(BACKEND_KEYS)


def create_backend(parent: QObject | None = None) -> PlayerBackend:
    """The first engine that runs here; raises BackendUnavailable with every reason if none does."""
    global _last_name
    problems: list[EngineProblem] = []
    for key in preferred_order():
        try:
            backend = _construct(key, parent)
        except BackendUnavailable as exc:
            problems.append(EngineProblem(key, exc.kind, str(exc)))
            log.info("player engine %s unavailable: %s", key, exc)
            continue
        _last_name = backend.name()
        _last_problems[:] = problems
        return backend
    _last_name = ""
    _last_problems[:] = problems
    raise BackendUnavailable(problem_details())


def active_backend_name() -> str:
    """E.g. 'VLC 3.0.24 Vetinari' or 'QtMultimedia 6.12.0'; '' before a player was made or if none runs."""
    return _last_name


def backend_problems() -> list[str]:
    """Why engines preferred over the running one could not run, translated (for Help → About)."""
    return [problem.text() for problem in _last_problems]


def problem_details() -> str:
    """The same reasons as technical details (English, for logs and support)."""
    return "; ".join(f"{problem.engine}: {problem.detail}" for problem in _last_problems)
