"""The protocol's inputs as its sections read them."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.models.decisions import Decisions, final_standings
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.results_json import results_sha256
from app.models.round import RoundFile
from app.models.round_model import Entry
from app.reports.labels import t
from app.reports.pdf_layout import Styles
from app.reports.pdf_signing import SignatureField

PAGE = A4
MARGINS = (20 * mm, 12 * mm, 15 * mm, 15 * mm)  # left, right, top, bottom


class ProtocolContext:
    """What every section of the protocol reads: the round, the merged results, the decisions, the
    language, the styles and the width of the text."""

    def __init__(self, round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str):
        self.rf, self.rnd = round_file, round_file.round
        self.outcome, self.results = outcome, outcome.results
        self.decisions, self.lang = decisions, lang
        self.styles = Styles(base=9.5)
        self.width = PAGE[0] - MARGINS[0] - MARGINS[1]
        self.places: list[SignatureField] = []
        self.entries = {e.id: e for e in self.rnd.entries}
        experts = self.rnd.commission.experts
        self.expert_label = {x.id: f"{t('expert_abbr', lang)}{i}" for i, x in enumerate(experts, start=1)}
        self.digest = results_sha256(self.results)
        self.standings = final_standings(self.results, decisions)

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def title_of(self, entry_id: str) -> str:
        entry = self.entry(entry_id)
        return localized(entry.title, self.lang) if entry else entry_id
