"""What the expert played of each video, its length and where playback stopped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.storage import transaction
from app.models.workspace_store import WorkspaceStore


@dataclass(frozen=True)
class MediaViewing:
    media_id: str
    watched_s: float  # distinct seconds played (union of the played intervals)
    duration_s: float | None
    position_s: float | None  # where playback stopped last, to resume there


class ViewingPart(WorkspaceStore):
    """Played intervals, video lengths and playback positions."""

    def record_played(self, entry_id: str, media_id: str, start_s: float, end_s: float) -> float:
        """Add a played interval; returns the distinct seconds watched of this video so far."""
        expert_id = self._need_expert().id
        self._check_media(entry_id, media_id)
        place = f"entry {entry_id}, video {media_id}"
        start_s, end_s = self._check_seconds(start_s, place), self._check_seconds(end_s, place)
        if end_s < start_s:
            raise self._bad(
                place,
                f"the played interval ends ({end_s}) before it starts ({start_s})",
                "",
                "work_interval_backwards",
                end_s,
                start_s,
            )
        key = [expert_id, entry_id, media_id]
        with transaction(self.db):
            if end_s > start_s:
                overlapping = self.db.execute(
                    "SELECT min(start_s), max(end_s) FROM viewing WHERE expert_id = ? AND entry_id = ?"
                    " AND media_id = ? AND end_s >= ? AND start_s <= ?",
                    [*key, start_s, end_s],
                ).fetchone()
                if overlapping[0] is not None:
                    start_s, end_s = min(start_s, overlapping[0]), max(end_s, overlapping[1])
                    self.db.execute(
                        "DELETE FROM viewing WHERE expert_id = ? AND entry_id = ? AND media_id = ?"
                        " AND end_s >= ? AND start_s <= ?",
                        [*key, start_s, end_s],
                    )
                self.db.execute(
                    "INSERT INTO viewing (expert_id, entry_id, media_id, start_s, end_s) VALUES (?, ?, ?, ?, ?)",
                    [*key, start_s, end_s],
                )
            return self._watched(entry_id, media_id)

    def played_intervals(self, entry_id: str, media_id: str) -> list[tuple[float, float]]:
        """The merged (disjoint, sorted) intervals played of this video."""
        self._check_media(entry_id, media_id)
        return [
            tuple(row)
            for row in self.db.execute(
                "SELECT start_s, end_s FROM viewing WHERE expert_id = ? AND entry_id = ? AND media_id = ?"
                " ORDER BY start_s",
                [self._expert_key(), entry_id, media_id],
            ).fetchall()
        ]

    def watched_seconds(self, entry_id: str, media_id: str) -> float:
        self._check_media(entry_id, media_id)
        return self._watched(entry_id, media_id)

    def set_duration(self, entry_id: str, media_id: str, duration_s: float) -> None:
        """The video's length as the player found it (used to show and clamp watched time)."""
        self._set_media_state(entry_id, media_id, "duration_s", duration_s)

    def set_position(self, entry_id: str, media_id: str, position_s: float) -> None:
        """Where playback is, to resume there; cheap enough to call every second or so."""
        self._set_media_state(entry_id, media_id, "position_s", position_s)

    def position(self, entry_id: str, media_id: str) -> float | None:
        self._check_media(entry_id, media_id)
        row = self.db.execute(
            "SELECT position_s FROM media_state WHERE expert_id = ? AND entry_id = ? AND media_id = ?",
            [self._expert_key(), entry_id, media_id],
        ).fetchone()
        return row[0] if row else None

    def viewing(self, entry_id: str) -> list[MediaViewing]:
        """Per video of the entry (round order): watched seconds, duration, position."""
        entry = self._entry(entry_id)
        expert = self._expert_key()
        watched = dict(
            self.db.execute(
                "SELECT media_id, sum(end_s - start_s) FROM viewing WHERE expert_id = ? AND entry_id = ?"
                " GROUP BY media_id",
                [expert, entry_id],
            ).fetchall()
        )
        states = {
            row[0]: row[1:]
            for row in self.db.execute(
                "SELECT media_id, duration_s, position_s FROM media_state WHERE expert_id = ? AND entry_id = ?",
                [expert, entry_id],
            ).fetchall()
        }
        return [
            self._media_viewing(item.id, watched.get(item.id, 0.0), *states.get(item.id, (None, None)))
            for item in entry.media
        ]

    @staticmethod
    def _media_viewing(media_id: str, watched: float, duration: float | None, position: float | None) -> MediaViewing:
        return MediaViewing(media_id, _clamp(watched, duration), duration, position)

    def all_viewing(self) -> dict[str, list[MediaViewing]]:
        """`viewing()` for every entry with videos (round order), in two queries."""
        expert = [self._expert_key()]
        watched = {
            (e, m): s
            for e, m, s in self.db.execute(
                "SELECT entry_id, media_id, sum(end_s - start_s) FROM viewing WHERE expert_id = ?"
                " GROUP BY entry_id, media_id",
                expert,
            ).fetchall()
        }
        states = {
            (row[0], row[1]): row[2:]
            for row in self.db.execute(
                "SELECT entry_id, media_id, duration_s, position_s FROM media_state WHERE expert_id = ?", expert
            ).fetchall()
        }
        return {
            entry_id: [
                self._media_viewing(
                    media_id, watched.get((entry_id, media_id), 0.0), *states.get((entry_id, media_id), (None, None))
                )
                for media_id in media_ids
            ]
            for entry_id, media_ids, _files in self.round_file.outline()
            if media_ids
        }

    def _set_media_state(self, entry_id: str, media_id: str, column: str, seconds: float) -> None:
        expert_id = self._need_expert().id
        self._check_media(entry_id, media_id)
        seconds = self._check_seconds(seconds, f"entry {entry_id}, video {media_id}")
        self.db.execute(  # column is one of two fixed names, never user text
            f"INSERT INTO media_state (expert_id, entry_id, media_id, {column}) VALUES (?, ?, ?, ?)"
            f" ON CONFLICT DO UPDATE SET {column} = excluded.{column}",
            [expert_id, entry_id, media_id, seconds],
        )

    def _watched(self, entry_id: str, media_id: str) -> float:
        key = [self._expert_key(), entry_id, media_id]
        total = self.db.execute(
            "SELECT coalesce(sum(end_s - start_s), 0) FROM viewing WHERE expert_id = ?"
            " AND entry_id = ? AND media_id = ?",
            key,
        ).fetchone()[0]
        row = self.db.execute(
            "SELECT duration_s FROM media_state WHERE expert_id = ? AND entry_id = ? AND media_id = ?", key
        ).fetchone()
        return _clamp(total, row[0] if row else None)

    def _sheet_viewing(self) -> dict[str, list[dict[str, Any]]]:
        """The sheet's `viewing` lists: videos played at all, rounded to tenths of a second."""
        result: dict[str, list[dict[str, Any]]] = {}
        for entry_id, views in self.all_viewing().items():
            records = []
            for view in views:
                if view.watched_s <= 0:
                    continue
                record: dict[str, Any] = {"media_id": view.media_id, "watched_s": round(view.watched_s, 1)}
                if view.duration_s is not None:
                    record["duration_s"] = round(view.duration_s, 1)
                records.append(record)
            if records:
                result[entry_id] = records
        return result


def _clamp(seconds: float, duration: float | None) -> float:
    return min(seconds, duration) if duration is not None else seconds
