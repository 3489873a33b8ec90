"""Feedback letters to the MOOCs' authors (one PDF per course), Kazakh or Russian.

The content comes from `app.models.letters` (no expert names, ids or commission-only comments);
this module only lays it out. The PDF's metadata names the organisation, not a person.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.models.decisions import Decisions
from app.models.files import atomic_write_bytes
from app.models.letters import Letter, feedback_letters
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.competition_name import competition_line
from app.reports.fonts import CONDENSED
from app.reports.labels import long_date, number
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import GRID, SHADE, PageDecor, Styles, build_pdf, text

MARGINS = (20 * mm, 15 * mm, 18 * mm, 15 * mm)


def letter_file_name(entry_id: str) -> str:
    return f"letter_{entry_id}.pdf"


def letter_pdf_bytes(round_file: RoundFile, letter: Letter, decisions: Decisions, lang: str = "kk") -> bytes:
    rnd = round_file.round
    entry = rnd.entry(letter.entry_id)
    s = Styles(base=10)
    width = A4[0] - MARGINS[0] - MARGINS[1]
    course = localized(entry.title, lang) if entry else letter.entry_id
    authors = ", ".join(a.name for a in entry.authors) if entry else ""
    organization = localized(rnd.organization, lang)
    meeting = rnd.meeting
    day = decisions.meeting_date or (meeting.date if meeting else None)
    story = [
        Paragraph(text(organization), s.subtitle),
        Paragraph(text(mt("letter_title", lang)), s.title),
        Spacer(1, 2 * mm),
    ]
    if day:
        story.append(Paragraph(long_date(day, lang), s.right))
    story += [Spacer(1, 4 * mm)]
    if authors:
        story.append(Paragraph(text(mt("letter_to", lang, authors=authors)), s.right))
        story.append(Spacer(1, 3 * mm))
    story += [Paragraph(text(mt("letter_greeting", lang)), s.body), Spacer(1, 2 * mm)]
    story.append(Paragraph(text(mt("letter_intro", lang, course=course, title=rnd.title_in(lang))), s.body))
    story.append(Spacer(1, 4 * mm))
    facts = Table(
        [
            [
                Paragraph(f"<b>{text(mt('letter_result', lang))}</b>", s.body),
                Paragraph(f"<b>{number(letter.result, 1, lang)}</b>", s.body),
            ],
            [
                Paragraph(f"<b>{text(mt('letter_place', lang))}</b>", s.body),
                Paragraph(text(mt("letter_place_of", lang, place=letter.place, n=letter.entries_ranked)), s.body),
            ],
        ],
        colWidths=[width * 0.45, width * 0.55],
        hAlign="LEFT",
    )
    facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [facts, Spacer(1, 3 * mm), Paragraph(text(mt("letter_criteria", lang)), s.heading)]
    criteria = {c.id: c for c in rnd.criteria}
    lo = min((c.min for c in rnd.criteria), default=1)
    hi = max((c.max for c in rnd.criteria), default=10)
    rows: list[list[str | Paragraph]] = [
        [
            Paragraph(text(mt("letter_criterion", lang)), s.head),
            Paragraph(text(mt("letter_mean", lang, lo=lo, hi=hi)), s.head),
        ]
    ]
    for n, (cid, mean) in enumerate(letter.criteria_means, start=1):
        rows.append([Paragraph(f"{n}. {text(localized(criteria[cid].title, lang))}", s.cell), number(mean, 1, lang)])
    table = Table(rows, colWidths=[width * 0.8, width * 0.2], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
                ("ALIGN", (1, 1), (1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [table, Paragraph(text(mt("letter_comments", lang)), s.heading)]
    if letter.comments:
        story += [Paragraph("— " + text(comment), s.item) for comment in letter.comments]
    else:
        story.append(Paragraph(text(mt("letter_no_comments", lang)), s.body))
    story.append(Spacer(1, 6 * mm))
    if decisions.protocol_number:
        story.append(Paragraph(text(mt("letter_protocol", lang, number=decisions.protocol_number)), s.small))
    story += [Spacer(1, 8 * mm), Paragraph(f"{text(mt('letter_sign', lang))} {'_' * 24}", s.body)]
    decor = PageDecor(
        header=rnd.regulation or "",
        footer_left=mt("letter_short", lang),
        footer_middle=competition_line(round_file, lang)[:90],
        page_label=lambda n, m: f"{n} / {m}",
        margins=MARGINS,
    )
    return build_pdf(
        story, A4, decor, title=f"{mt('letter_title', lang)}: {course}", author=organization, subject=course
    )


def write_letters(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, out_dir: str | Path, lang: str = "kk"
) -> list[Path]:
    """One letter per course with a result, written atomically into `out_dir` (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        atomic_write_bytes(
            out_dir / letter_file_name(letter.entry_id), letter_pdf_bytes(round_file, letter, decisions, lang)
        )
        for letter in feedback_letters(round_file, outcome, decisions)
    ]
