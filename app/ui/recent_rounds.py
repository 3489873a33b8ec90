"""The rounds opened lately (File → Open recent; the first is the one the next start opens)."""

from __future__ import annotations

import json
from pathlib import Path

from app.ui.preferences import int_preference
from app.ui.widgets.settings import app_settings, remember_folder

RECENT_KEY = "recent/rounds"


def recent_rounds() -> list[str]:
    value = app_settings().value(RECENT_KEY, [], type=list)
    return [str(p) for p in value if p] if isinstance(value, list) else []


def remember_recent(path: Path) -> None:
    text = str(path)
    paths = [text] + [p for p in recent_rounds() if p != text]
    app_settings().setValue(RECENT_KEY, paths[: int_preference("recent/count")])
    remember_folder("rounds", path)


def clear_recent() -> None:
    app_settings().setValue(RECENT_KEY, [])


def recent_round_with_id(paths: list[str], round_id: str, max_bytes: int = 4 * 1024 * 1024) -> Path | None:
    """A remembered round file whose round_id is `round_id` (big files are not read for this)."""
    if not round_id:
        return None
    for text in paths:
        path = Path(text)
        try:
            if path.stat().st_size > max_bytes:
                continue
            if json.loads(path.read_bytes()).get("round_id") == round_id:
                return path
        except (OSError, ValueError, AttributeError):
            continue
    return None
