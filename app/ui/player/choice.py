"""Which media engine runs: libvlc when it loads, else QtMultimedia.

`SARAPSHY_PLAYER=vlc|qt` forces one (a forced engine that cannot run is reported, not replaced).
`active_backend_name()` says what runs, for Help → About.
"""
from __future__ import annotations

import logging
import os

from app.ui.player.backend import BackendUnavailable, PlayerBackend
from app.ui.qt import QObject

log = logging.getLogger(__name__)

ENV_VAR = "SARAPSHY_PLAYER"
BACKEND_KEYS = ("vlc", "qt")

_last_name = ""
_last_problems: list[str] = []


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
    problems: list[str] = []
    for key in preferred_order():
        try:
            backend = _construct(key, parent)
        except BackendUnavailable as exc:
            problems.append(f"{key}: {exc}")
            log.info("player engine %s unavailable: %s", key, exc)
            continue
        _last_name = backend.name()
        _last_problems[:] = problems
        return backend
    _last_name = ""
    _last_problems[:] = problems
    raise BackendUnavailable("; ".join(problems))


def active_backend_name() -> str:
    """E.g. 'VLC 3.0.24 Vetinari' or 'QtMultimedia 6.12.0'; '' before a player was made or if none runs."""
    return _last_name


def backend_problems() -> list[str]:
    """Why engines preferred over the running one could not run (for Help → About)."""
    return list(_last_problems)
