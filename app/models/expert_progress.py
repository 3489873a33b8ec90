"""How much of each entry's videos the expert has watched, for every entry at once.

`Workspace.viewing(entry_id)` answers for one entry; the entry list needs all of them when a
round opens, in a fixed number of queries whatever the round's size.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.models.workspace import Workspace
from app.models.workspace_viewing import MediaViewing


@dataclass(frozen=True)
class WatchedTime:
    watched_s: float  # distinct seconds played over the entry's videos
    duration_s: float | None  # their total length, None while some length is still unknown

    @property
    def fraction(self) -> float | None:
        if not self.duration_s:
            return None
        return min(1.0, self.watched_s / self.duration_s)


def watched_by_entry(workspace: Workspace) -> dict[str, WatchedTime]:
    """Watched time per entry of the round (entries without videos are left out), from
    `Workspace.all_viewing` (two queries)."""
    return {entry_id: _watched(views) for entry_id, views in workspace.all_viewing().items() if views}


def watched_of_entry(workspace: Workspace, entry_id: str) -> WatchedTime | None:
    """The same for one entry (after the player reported more), from `Workspace.viewing`."""
    return watched_from_viewing(workspace.viewing(entry_id))


def watched_from_viewing(views: list[MediaViewing]) -> WatchedTime | None:
    """Watched time of an entry from its per-video viewing; None for an entry without videos."""
    return _watched(views) if views else None


def _watched(views: list[MediaViewing]) -> WatchedTime:
    known = all(v.duration_s is not None for v in views)
    total = sum(v.duration_s or 0.0 for v in views)
    return WatchedTime(sum(v.watched_s for v in views), total if known else None)


def last_exported_sheet(workspace: Workspace) -> dict[str, Any] | None:
    """The newest sheet this expert exported for the round, as written (for the sheet PDF)."""
    row = workspace.db.execute(
        "SELECT sheet FROM exports WHERE expert_id = ? ORDER BY revision DESC LIMIT 1", [workspace.expert_id or ""]
    ).fetchone()
    return json.loads(row[0]) if row else None
