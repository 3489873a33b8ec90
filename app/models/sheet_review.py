"""What the expert looks over before signing: every course's total and the soft warnings that do
not block finalisation but are worth a second look (the blocking items are `missing_items()`).

Warnings: the "overall impression" comment is empty; less than WATCHED_AT_LEAST of the course's
videos was played; a video of the course breaks a rule of form -02; the course is recused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.expert_progress import WatchedTime, watched_by_entry
from app.models.workspace import Workspace

WATCHED_AT_LEAST = 0.5  # a course watched less than half is pointed out before signing

NO_COMMENT, LITTLE_WATCHED, MEDIA_BREACH, RECUSED = "no_comment", "little_watched", "media_breach", "recused"


@dataclass(frozen=True)
class ReviewRow:
    entry_id: str
    number: int  # the course's number in the round
    total: int | None  # sum of the scores; None when recused
    max_total: int
    recused: bool
    recusal_reason: str
    comment_empty: bool  # only when a criterion of the round carries a comment
    watched: float | None  # fraction of the videos' length played; None: no videos / unknown
    media_breaches: int | None  # files breaking a form -02 rule; None: not checked (yet)

    @property
    def warnings(self) -> tuple[str, ...]:
        if self.recused:
            return (RECUSED,)
        found = []
        if self.comment_empty:
            found.append(NO_COMMENT)
        if self.watched is not None and self.watched < WATCHED_AT_LEAST:
            found.append(LITTLE_WATCHED)
        if self.media_breaches:
            found.append(MEDIA_BREACH)
        return tuple(found)


def media_breaches_by_entry(check: dict[str, Any] | None) -> dict[str, int] | None:
    """Per entry, its files that break a rule of form -02 (informative rules and files missing from
    this computer aside), from a media check (`check-media --json` format); None without one."""
    if not check or check.get("cancelled"):
        return None
    breaches: dict[str, int] = {}
    for record in check.get("files", []):
        entry_id = record.get("entry_id", "")
        breaches.setdefault(entry_id, 0)
        if record.get("missing"):
            continue
        if any(not c.get("ok") and not c.get("informative") for c in record.get("checks", [])):
            breaches[entry_id] += 1
    return breaches


def _watched_fraction(seen: WatchedTime | None) -> float | None:
    """Part of the videos played; nothing played is 0 % even before their lengths are known."""
    if seen is None:
        return None
    if seen.fraction is not None:
        return seen.fraction
    return 0.0 if seen.watched_s <= 0 else None


def review_rows(ws: Workspace, media_check: dict[str, Any] | None = None) -> list[ReviewRow]:
    criteria = ws.round_file.header.criteria
    max_total = sum(c.max for c in criteria)
    wants_comment = any(c.comment for c in criteria)
    watched = watched_by_entry(ws)
    breaches = media_breaches_by_entry(media_check)
    rows = []
    for number, entry_id in enumerate(ws.round_file.entry_ids(), start=1):
        recused, reason = ws.recusal(entry_id)
        scores = ws.scores(entry_id)
        seen = watched.get(entry_id)
        rows.append(
            ReviewRow(
                entry_id,
                number,
                None if recused else sum(scores.values()),
                max_total,
                recused,
                reason,
                wants_comment and not recused and not ws.comment(entry_id).strip(),
                _watched_fraction(seen),
                None if breaches is None else breaches.get(entry_id, 0),
            )
        )
    return rows
