"""The expert's scores and comment for each entry."""

from __future__ import annotations

from app.models.workspace_store import WorkspaceStore, utc_now


class ScoresPart(WorkspaceStore):
    """Scores by criterion, and the comment."""

    def scores(self, entry_id: str) -> dict[str, int]:
        """The entry's scores for the round's criteria, in criteria order (recused or not)."""
        self._entry(entry_id)
        rows = dict(
            self.db.execute(
                "SELECT criterion_id, value FROM scores WHERE expert_id = ? AND entry_id = ?",
                [self._expert_key(), entry_id],
            ).fetchall()
        )
        return {cid: rows[cid] for cid in self._criteria if cid in rows}

    def score(self, entry_id: str, criterion_id: str) -> int | None:
        return self.scores(entry_id).get(criterion_id)

    def set_score(self, entry_id: str, criterion_id: str, value: int) -> None:
        expert_id = self._need_expert().id
        self._entry(entry_id)
        criterion = self._criteria.get(criterion_id)
        if criterion is None:
            raise self._bad(
                f"entry {entry_id}",
                f"there is no criterion {criterion_id!r} in the round",
                "",
                "work_no_criterion",
                entry_id,
                criterion_id,
            )
        if isinstance(value, bool) or not isinstance(value, int) or not criterion.min <= value <= criterion.max:
            raise self._bad(
                f"entry {entry_id}, criterion {criterion_id}",
                f"the score {value!r} is not allowed",
                f"enter a whole number from {criterion.min} to {criterion.max}",
                "work_bad_score",
                entry_id,
                criterion_id,
                repr(value),
                criterion.min,
                criterion.max,
            )
        self.db.execute(
            "INSERT INTO scores (expert_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [expert_id, entry_id, criterion_id, value, utc_now()],
        )

    def clear_score(self, entry_id: str, criterion_id: str) -> None:
        expert_id = self._need_expert().id
        self._entry(entry_id)
        self.db.execute(
            "DELETE FROM scores WHERE expert_id = ? AND entry_id = ? AND criterion_id = ?",
            [expert_id, entry_id, criterion_id],
        )

    def comment(self, entry_id: str) -> str:
        comment: str = self._entry_state(entry_id)["comment"]
        return comment

    def set_comment(self, entry_id: str, text: str) -> None:
        self._update_entry_state(entry_id, comment=str(text))
