"""The protocol's annex of reconsidered scores: every answered cell of the accepted sheets, with the
chair's question and the expert's justification."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.models.reconsideration import RequestFile
from app.models.round import RoundFile
from app.models.sheet import Sheet


@dataclass(frozen=True)
class AnnexRow:
    entry_id: str
    criterion_id: str
    expert_id: str
    expert_name: str
    before: int
    after: int
    justification: str
    question: str


def annex_rows(round_file: RoundFile, sheets: Sequence[Sheet], requests: Mapping[str, RequestFile]) -> list[AnnexRow]:
    """Every reconsidered cell of the accepted sheets, by course, criterion (round order) and expert."""
    rnd = round_file.round
    entries = {e.id: n for n, e in enumerate(rnd.entries)}
    criteria = {c.id: n for n, c in enumerate(rnd.criteria)}
    experts = {e.id: n for n, e in enumerate(rnd.commission.experts)}
    rows: list[AnnexRow] = []
    for sheet in sheets:
        for x in sheet.reconsiderations:
            req = requests.get(x.request_sha256)
            cell = req.request.cell(x.entry_id, x.criterion_id) if req else None
            expert = rnd.expert(sheet.expert_id)
            rows.append(
                AnnexRow(
                    x.entry_id,
                    x.criterion_id,
                    sheet.expert_id,
                    expert.name if expert else "",
                    x.before,
                    x.after,
                    x.justification,
                    cell.question if cell else "",
                )
            )
    return sorted(
        rows, key=lambda r: (entries.get(r.entry_id, 0), criteria.get(r.criterion_id, 0), experts.get(r.expert_id, 0))
    )
