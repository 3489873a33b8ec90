"""The protocol's decision: winners, nominees, entries advancing, ties with their votes, the chair's
notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.models.decisions import Votes, advancing_entries, final_places
from app.models.localized import localized
from app.models.readiness import ReadinessItem
from app.reports.labels import number, t
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import text
from app.reports.protocol_context import ProtocolContext
from app.reports.winners_extract_pdf import quorum


def decision_section(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    out: list[Flowable] = [Paragraph(doc.t("decided"), s.heading)]
    places = final_places(doc.results, doc.decisions)
    by_place: dict[int, list[str]] = {}
    for entry_id, place in places.items():
        by_place.setdefault(place, []).append(entry_id)
    for place in sorted(by_place):
        label = doc.t("winner") if place == 1 else doc.t("prize_winner", place=place)
        for entry_id in sorted(by_place[place]):
            out.append(Paragraph(f"<b>{text(label)}:</b> {_entry_line(doc, entry_id)}", s.body))
    if doc.decisions.nominees:
        out.append(Paragraph(f"<b>{doc.t('nominees')}:</b>", s.body))
        out += [Paragraph(f"— {_entry_line(doc, x)}", s.body) for x in doc.decisions.nominees]
    advancing = advancing_entries(doc.rnd, doc.results, doc.decisions)
    if advancing:
        out.append(Paragraph(f"<b>{doc.t('advancing')}:</b>", s.body))
        out += [Paragraph(f"— {_entry_line(doc, x)}", s.body) for x in advancing]
    out += _ties(doc)
    return out


def _entry_line(doc: ProtocolContext, entry_id: str) -> str:
    entry = doc.entry(entry_id)
    if entry is None:
        return text(entry_id)
    authors = ", ".join(a.name for a in entry.authors)
    result = doc.results.entry(entry_id)
    score = f" — {number(result.result, 1, doc.lang)}" if result and result.result is not None else ""
    return f"«{text(localized(entry.title, doc.lang))}» ({text(authors)}){score}"


def _ties(doc: ProtocolContext) -> list[Flowable]:
    if not doc.results.prize_ties:
        return []
    s = doc.styles
    out: list[Flowable] = [Paragraph(doc.t("ties"), s.heading)]
    for group in doc.results.prize_ties:
        resolution = doc.decisions.tie_resolutions.get(tuple(sorted(group)))
        titles = "; ".join(f"«{text(doc.title_of(x))}»" for x in (resolution.order or group if resolution else group))
        words = text(resolution.text) if resolution else f"<i>{doc.t('tie_unresolved')}</i>"
        out.append(Paragraph(f"{titles}: {words}", s.body))
        if resolution:
            out.append(Paragraph(text(_vote_line(doc, resolution.votes)), s.body))
    return out


def _vote_line(doc: ProtocolContext, votes: Votes | None) -> str:
    """The open vote on a decision; a count that differs from those present is stated, not hidden."""
    if votes is None:
        return mt("vote_not_recorded", doc.lang)
    line = mt("vote_line", doc.lang, yes=votes.in_favour, no=votes.against, abstained=votes.abstained)
    voted = votes.in_favour + votes.against + votes.abstained
    present, _ = quorum(doc.rf, doc.decisions)
    if voted != present:
        line = line[:-1] + mt("vote_count_differs", doc.lang, voted=voted, present=present) + "."
    return line


def notes_section(doc: ProtocolContext) -> list[Flowable]:
    """What the chair records instead of meeting a readiness item (a sheet not received…)."""
    notes = [n for n in doc.decisions.notes if isinstance(n, ReadinessItem) and not n.blocking]
    if not notes:
        return []
    s = doc.styles
    out: list[Flowable] = [Paragraph(doc.t("notes"), s.heading)]
    for note in notes:
        out.append(Paragraph("— " + text(_note_text(doc, note)), s.body))
    return out


def _note_text(doc: ProtocolContext, note: ReadinessItem) -> str:
    args = note.args
    if note.code in ("sheet_not_received", "paper_not_compared", "shared_key"):
        label = f"{t('expert_abbr', doc.lang)}{args[2]} ({args[1]})"
        return doc.t(f"note_{note.code}", expert=label, reason=args[3] if len(args) > 3 else "")
    return doc.t(f"note_{note.code}")
