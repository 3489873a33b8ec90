"""The expert's recusals and answers to suggested conflicts of interest (app.models.conflicts)."""

from __future__ import annotations

import json
from typing import Any

from app.models.conflicts import DISMISSED, RECUSED, ConflictAnswer, Suggestion, reason_required, suggestions_for_expert
from app.models.storage import transaction
from app.models.workspace_store import WorkspaceStore


class ConflictsPart(WorkspaceStore):
    """Recusals, and the answers to the conflicts of interest the round suggests."""

    def recusal(self, entry_id: str) -> tuple[bool, str]:
        """(recused, reason)."""
        state = self._entry_state(entry_id)
        return state["recused"], state["recusal_reason"]

    def set_recusal(self, entry_id: str, reason: str) -> None:
        """Declare a conflict of interest for the entry; the reason is required."""
        if not str(reason).strip():
            raise self._bad(
                f"entry {entry_id}",
                "a recusal needs a reason",
                "say briefly why (e.g. I am a co-author of this course)",
                "work_recusal_reason",
                entry_id,
            )
        self._update_entry_state(entry_id, recused=True, recusal_reason=str(reason).strip())

    def clear_recusal(self, entry_id: str) -> None:
        """Withdraw the recusal; a confirmed suggested conflict for the entry is then unanswered again."""
        with transaction(self.db):
            self._update_entry_state(entry_id, recused=False, recusal_reason="")
            answers = self.conflict_answers()
            if entry_id in answers and answers[entry_id].answer == RECUSED:
                del answers[entry_id]
                self._store_conflict_answers(answers)

    # ---- suggested conflicts of interest (app.models.conflicts) ---------------------------

    def conflict_suggestions(self) -> list[Suggestion]:
        """The round's suggested conflicts of interest for the chosen expert, in round order. Worked
        out once per round version (it reads every entry; a large round reopened builds only those shown)."""
        if self._expert is None:
            return []
        key = self._key(f"conflict_suggestions:{self.round_file.sha256}")
        cached = self._state(key)
        if cached is not None:
            return [
                Suggestion(s["expert_id"], s["entry_id"], tuple(s["grounds"]), tuple(s["authors"]))
                for s in json.loads(cached)
            ]
        found = suggestions_for_expert(self.header, (self._entry(e) for e in self._entry_ids), self._expert.id)
        self._set_state(
            key,
            json.dumps(
                [
                    {"expert_id": s.expert_id, "entry_id": s.entry_id, "grounds": s.grounds, "authors": s.authors}
                    for s in found
                ],
                ensure_ascii=False,
            ),
        )
        return found

    def conflict_answers(self) -> dict[str, ConflictAnswer]:
        """The expert's answers so far, by entry id (kept until changed, across revisions)."""
        raw = self._state(self._key("conflict_answers"))
        return {a["entry_id"]: ConflictAnswer.model_validate(a) for a in json.loads(raw)} if raw else {}

    def pending_conflicts(self) -> list[Suggestion]:
        """Suggestions not answered yet, or answered on other grounds (the round changed since)."""
        answers = self.conflict_answers()
        return [
            s
            for s in self.conflict_suggestions()
            if s.entry_id not in answers or tuple(answers[s.entry_id].grounds) != s.grounds
        ]

    def answer_conflict(self, entry_id: str, answer: str, reason: str) -> None:
        """Confirm (`recused`: the entry is recused with the reason) or dismiss a suggested conflict;
        dismissing needs a reason unless every ground is soft. Dismissing a confirmed one lifts the recusal."""
        self._need_expert()
        suggestion = next((s for s in self.conflict_suggestions() if s.entry_id == entry_id), None)
        if suggestion is None:
            raise self._bad(
                f"entry {entry_id}",
                "no conflict of interest is suggested for this entry",
                "",
                "conflict_not_suggested",
                entry_id,
            )
        if answer not in (RECUSED, DISMISSED):
            raise self._bad(
                f"entry {entry_id}",
                f"the answer {answer!r} is neither recused nor dismissed",
                "",
                "conflict_bad_answer",
                entry_id,
                answer,
            )
        reason = str(reason).strip()
        if reason_required(suggestion.grounds, answer) and not reason:
            raise self._bad(
                f"entry {entry_id}",
                "dismissing a suggested conflict of interest needs a reason",
                "say why there is no conflict, or confirm it and recuse yourself",
                "conflict_reason_required",
                entry_id,
            )
        record = ConflictAnswer.model_validate(
            {"entry_id": entry_id, "grounds": list(suggestion.grounds), "answer": answer, "reason": reason}
        )
        with transaction(self.db):
            answers = self.conflict_answers()
            before = answers.get(entry_id)
            answers[entry_id] = record
            if answer == RECUSED:
                self.set_recusal(entry_id, reason)
            elif before is not None and before.answer == RECUSED and self.recusal(entry_id)[0]:
                self._update_entry_state(entry_id, recused=False, recusal_reason="")
            self._store_conflict_answers(answers)

    def _store_conflict_answers(self, answers: dict[str, ConflictAnswer]) -> None:
        self._set_state(
            self._key("conflict_answers"),
            json.dumps([a.model_dump(mode="json") for a in answers.values()], ensure_ascii=False),
        )

    def _sheet_conflict_answers(self) -> list[dict[str, Any]]:
        """The answers that go into the sheet: those to the current suggestions, in round order; a
        `recused` answer only while the entry is recused (else the sheet would contradict itself)."""
        answers = self.conflict_answers()
        out: list[dict[str, Any]] = []
        for suggestion in self.conflict_suggestions():
            answer = answers.get(suggestion.entry_id)
            if answer is None or tuple(answer.grounds) != suggestion.grounds:
                continue
            if answer.answer == RECUSED and not self.recusal(suggestion.entry_id)[0]:
                continue
            record = answer.model_dump(mode="json")
            if not record["reason"]:
                del record["reason"]
            out.append(record)
        return out
