"""The protocol (хаттама) of the commission's meeting as a PDF, A4 portrait, Kazakh or Russian."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether

from app.models.conflicts import conflict_summary
from app.models.decisions import Decisions, stale_decisions
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes
from app.models.merge import MergeOutcome
from app.models.readiness import READINESS_CODE, ReadinessItem, stale_item
from app.models.round import RoundFile
from app.reports.conflicts_text import conflict_section
from app.reports.labels import t
from app.reports.pdf_layout import PageDecor, build_pdf
from app.reports.protocol_context import MARGINS, PAGE, ProtocolContext
from app.reports.protocol_decision import decision_section, notes_section
from app.reports.protocol_opening import agenda, heading, present_members
from app.reports.protocol_records import agreement_section, sheets_appendix, sheets_section
from app.reports.protocol_results import results_section
from app.reports.protocol_signatures import signatures_section
from app.reports.reconsideration_annex import reconsideration_annex
from app.reports.stage_sources import protocol_section


def write_protocol_pdf(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions | None, out_path: str | Path, lang: str = "kk"
) -> Path:
    """Writes the protocol atomically and returns its path. Empty signature fields «chair» and
    «secretary» sit beside their signature lines for `pdf_signing.sign_pdf`."""
    return atomic_write_bytes(out_path, protocol_pdf_bytes(round_file, outcome, decisions or Decisions(), lang))


def protocol_pdf_bytes(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str = "kk") -> bytes:
    stale = stale_decisions(outcome.results, decisions)
    if stale:  # what the commission decided on other results is never printed as if it still held
        raise InputError(None, problems=[_stale_problem(stale_item(s)) for s in stale])
    doc = ProtocolContext(round_file, outcome, decisions, lang)
    return _build(doc)


def _build(doc: ProtocolContext) -> bytes:
    number_text = doc.decisions.protocol_number or "____"
    story = heading(doc, number_text) + present_members(doc) + agenda(doc) + results_section(doc)
    story += protocol_section(doc.rf, [x.entry_id for x in doc.standings], doc.lang, doc.styles, doc.width)
    story += conflict_section(
        doc.rnd,
        conflict_summary(doc.rnd, [f.sheet for f in doc.outcome.accepted]),
        doc.lang,
        doc.styles,
        doc.expert_label,
    )
    # The decision closes the minutes and stays on the page with the signatures under it.
    story += agreement_section(doc) + sheets_section(doc) + notes_section(doc)
    story += [KeepTogether(decision_section(doc) + signatures_section(doc))]
    story += sheets_appendix(doc)
    story += reconsideration_annex(doc.rf, doc.outcome, doc.lang, doc.styles, doc.width)
    decor = PageDecor(
        header=doc.rnd.regulation or "",
        footer_left=doc.t("protocol_short", number=number_text),
        footer_middle=f"SHA-256 {doc.digest[:16]}…",
        page_label=lambda n, m: t("page", doc.lang, n=n, m=m),
        margins=MARGINS,
    )
    return build_pdf(
        story,
        PAGE,
        decor,
        title=doc.t("protocol_title", number=number_text),
        author=doc.rnd.commission.chair.name,
        subject=doc.rnd.title_in(doc.lang),
        signature_places=doc.places,
    )


def _stale_problem(item: ReadinessItem) -> Problem:
    return Problem(
        "",
        item.describe(),
        "confirm the decision again on the current results, or withdraw it",
        READINESS_CODE + item.code,
        item.args,
    )
