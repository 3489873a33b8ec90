"""libvlc itself, through python-vlc: loaded on demand, one shared instance, media players recycled.

`load_libvlc()` raises `BackendUnavailable` with the reason when libvlc cannot be loaded here.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any, Protocol

from app.ui.player.backend import CANNOT_START, NOT_INSTALLED, BackendUnavailable
from app.ui.qt import QtCore


class Releasable(Protocol):
    def release(self) -> None: ...


_vlc_module: Any = None
_instance: Any = None
# libvlc media players are recycled, never released: releasing one (libvlc 3.0.24) makes the
# process crash when it exits. A stopped, detached player costs nothing.
idle_players: list[Any] = []


def instance_arguments() -> list[str]:
    args = ["--no-xlib", "--quiet", "--no-video-title-show", "--no-snapshot-preview"]
    if os.environ.get("SARAPSHY_TESTING"):
        args.append("--aout=dummy")
    return args


def load_libvlc() -> Any:
    """The shared libvlc instance; raises BackendUnavailable when libvlc cannot run here."""
    global _vlc_module, _instance
    if _instance is not None:
        return _instance
    try:
        import vlc  # optional, loaded on demand
    except BaseException as exc:  # noqa: BLE001 - python-vlc raises NotImplementedError, OSError or even SystemExit
        raise BackendUnavailable(_load_failure(exc), NOT_INSTALLED) from None
    try:
        instance = vlc.Instance(instance_arguments())
    except Exception as exc:  # noqa: BLE001  # pragma: no cover - broken installation
        raise BackendUnavailable(f"libvlc could not start ({exc})", CANNOT_START) from None
    if instance is None:
        raise BackendUnavailable("libvlc could not start (no plugins found?)", CANNOT_START)
    _vlc_module, _instance = vlc, instance
    app = QtCore.QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop_all_players)
    return instance


def _load_failure(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):  # python-vlc exits when PYTHON_VLC_LIB_PATH names no libvlc
        where = os.environ.get("PYTHON_VLC_LIB_PATH")
        return "libvlc could not be loaded" + (f" from PYTHON_VLC_LIB_PATH={where}" if where else "")
    return f"libvlc could not be loaded ({type(exc).__name__}: {exc})"


def libvlc_version() -> str:
    load_libvlc()
    return _vlc_module.libvlc_get_version().decode(errors="replace")


def emitter(signal: Any, value: Any) -> Any:
    """A libvlc event handler (runs on a libvlc thread) that only emits a Qt signal."""

    def handle(event: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the Qt side may be gone already (application quitting)
            signal.emit(value(event))

    return handle


live_players: set[Releasable] = set()  # backends to stop before the application quits


def stop_all_players() -> None:
    """Stop every libvlc player before the application quits (no events into deleted objects)."""
    for backend in list(live_players):
        backend.release()


def vlc_module() -> Any:
    """The python-vlc module, once `load_libvlc()` has succeeded."""
    return _vlc_module
