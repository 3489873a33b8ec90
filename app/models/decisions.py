"""What the chair decides at the meeting, beyond the computed results; it goes into the protocol
and the Excel summary. The chair's window fills it in; the command line uses the defaults."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from app.models.results import Results
from app.models.round import Round

# Regulation 9.5: a department sends up to three MOOCs to the faculty, a faculty the best two.
ADVANCING_BY_STAGE = {"department": 3, "faculty": 2}


@dataclass
class Decisions:
    protocol_number: str = ""
    # The chair's words resolving a tie, keyed by the tied entry ids (any order).
    tie_resolutions: dict[tuple[str, ...], str] = field(default_factory=dict)
    nominees: list[str] = field(default_factory=list)          # entry ids
    advancing: list[str] | None = None  # entry ids sent to the next stage; None: the best by stage limit
    absent_experts: list[str] = field(default_factory=list)    # expert ids not at the meeting
    places: dict[str, int] = field(default_factory=dict)       # entry id → place, overriding the ranks
    meeting_date: date | None = None  # None: the round's meeting date

    def resolution(self, entry_ids: list[str] | tuple[str, ...]) -> str:
        wanted = frozenset(entry_ids)
        return next((text for key, text in self.tie_resolutions.items() if frozenset(key) == wanted), "")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tie_resolutions"] = [{"entries": list(k), "text": v} for k, v in self.tie_resolutions.items()]
        data["meeting_date"] = self.meeting_date.isoformat() if self.meeting_date else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Decisions":
        values = dict(data)
        values["tie_resolutions"] = {tuple(item["entries"]): item["text"]
                                     for item in values.get("tie_resolutions", [])}
        if values.get("meeting_date"):
            values["meeting_date"] = date.fromisoformat(values["meeting_date"])
        return cls(**values)


def final_places(results: Results, decisions: Decisions) -> dict[str, int]:
    """Entry id → place among the prize places: the chair's override where given, else the rank."""
    places = {e.entry_id: e.rank for e in results.entries if e.rank is not None and e.rank <= results.places}
    if decisions.places:
        places = {k: v for k, v in places.items() if k not in decisions.places}
        places.update({k: v for k, v in decisions.places.items() if 1 <= v <= results.places})
    return places


def advancing_entries(rnd: Round, results: Results, decisions: Decisions) -> list[str]:
    """Entries sent on to the next stage (none at the university stage)."""
    if decisions.advancing is not None:
        return list(decisions.advancing)
    limit = ADVANCING_BY_STAGE.get(rnd.stage)
    if not limit:
        return []
    # A tie across the limit sends every tied entry: the chair settles it with `advancing`.
    order = sorted((decisions.places.get(e.entry_id, e.rank), e.entry_id)
                   for e in results.entries if e.rank is not None)
    return [entry_id for place, entry_id in order if place <= limit]
