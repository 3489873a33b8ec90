"""The embedded video player (libvlc, or QtMultimedia as a fallback)."""

from app.ui.player.backend import BackendUnavailable, PlaybackState, PlayerBackend
from app.ui.player.choice import active_backend_name, backend_problems, create_backend
from app.ui.player.playlist import PlaylistItem, format_time, playlist_for_entry
from app.ui.player.shortcuts import SHORTCUTS, shortcut_table
from app.ui.player.widget import PlayerWidget

__all__ = [
    "SHORTCUTS",
    "BackendUnavailable",
    "PlaybackState",
    "PlayerBackend",
    "PlayerWidget",
    "PlaylistItem",
    "active_backend_name",
    "backend_problems",
    "create_backend",
    "format_time",
    "playlist_for_entry",
    "shortcut_table",
]
