"""A one-page extract of the protocol for the rector: the quorum, the winners and prize-winners,
nominees and the entries sent to the next stage, with the chair's and the secretary's lines.
Places come from `final_standings` (through `final_places`), as in the protocol."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.models.decisions import Decisions, advancing_entries, final_places
from app.models.files import atomic_write_bytes
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.labels import long_date, number, t
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import PageDecor, Styles, build_pdf, text

MARGINS = (20 * mm, 15 * mm, 18 * mm, 15 * mm)


def quorum(round_file: RoundFile, decisions: Decisions) -> tuple[int, int]:
    """(present, members): the commission's experts, present = not recorded absent."""
    experts = [x.id for x in round_file.round.commission.experts]
    absent = set(decisions.absent_experts)
    return sum(1 for x in experts if x not in absent), len(experts)


def winners_extract_bytes(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str = "kk"
) -> bytes:
    rnd = round_file.round
    results = outcome.results
    s = Styles(base=10)
    width = A4[0] - MARGINS[0] - MARGINS[1]
    number_text = decisions.protocol_number or "____"
    meeting = rnd.meeting
    day = decisions.meeting_date or (meeting.date if meeting else None)
    organization = localized(rnd.organization, lang)
    place_date = Table(
        [
            [
                Paragraph(text(meeting.place if meeting and meeting.place else ""), s.body),
                Paragraph(long_date(day, lang) if day else "", s.right),
            ]
        ],
        colWidths=[width / 2] * 2,
    )
    place_date.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    present, members = quorum(round_file, decisions)
    story = [
        Paragraph(f"<b>{text(mt('extract_to', lang))}</b>", s.right),
        Spacer(1, 3 * mm),
        Paragraph(text(organization), s.subtitle),
        Paragraph(text(mt("extract_title", lang, number=number_text)), s.title),
        Spacer(1, 2 * mm),
        place_date,
        Spacer(1, 3 * mm),
        Paragraph(text(mt("extract_quorum", lang, present=present, members=members)), s.body),
        Spacer(1, 2 * mm),
        Paragraph(text(mt("extract_decided", lang, title=rnd.title_in(lang))), s.body),
        Spacer(1, 2 * mm),
    ]

    def line(entry_id: str) -> str:
        entry = rnd.entry(entry_id)
        result = results.entry(entry_id)
        score = f" — {number(result.result, 1, lang)}" if result and result.result is not None else ""
        if entry is None:
            return text(entry_id) + score
        authors = ", ".join(a.name for a in entry.authors)
        dept = ", ".join(p for p in (localized(entry.department, lang), localized(entry.faculty, lang)) if p)
        return f"«{text(localized(entry.title, lang))}» ({text(authors)})" + (f", {text(dept)}" if dept else "") + score

    for entry_id, place in sorted(final_places(results, decisions).items(), key=lambda item: (item[1], item[0])):
        label = t("winner", lang) if place == 1 else t("prize_winner", lang, place=place)
        story.append(Paragraph(f"<b>{text(label)}:</b> {line(entry_id)}", s.item))
    if decisions.nominees:
        story.append(Paragraph(f"<b>{text(t('nominees', lang))}:</b>", s.body))
        story += [Paragraph(f"— {line(x)}", s.item) for x in decisions.nominees]
    advancing = advancing_entries(rnd, results, decisions)
    if advancing:
        story.append(Paragraph(f"<b>{text(t('advancing', lang))}:</b>", s.body))
        story += [Paragraph(f"— {line(x)}", s.item) for x in advancing]
    com = rnd.commission
    rows = [[Paragraph(f"<b>{text(t('chair', lang))}</b>", s.body), "_" * 22, Paragraph(text(com.chair.name), s.body)]]
    if com.secretary:
        rows.append(
            [
                Paragraph(f"<b>{text(mt('extract_true_copy', lang))}</b>", s.body),
                "_" * 22,
                Paragraph(text(com.secretary.name), s.body),
            ]
        )
    signatures = Table(rows, colWidths=[width * 0.38, width * 0.3, width * 0.32])
    signatures.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [Spacer(1, 8 * mm), signatures]
    decor = PageDecor(
        header=rnd.regulation or "",
        footer_left=mt("extract_short", lang, number=number_text),
        footer_middle="",
        page_label=lambda n, m: t("page", lang, n=n, m=m),
        margins=MARGINS,
    )
    return build_pdf(
        story,
        A4,
        decor,
        title=mt("extract_title", lang, number=number_text),
        author=com.chair.name,
        subject=rnd.title_in(lang),
    )


def write_winners_extract(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, out_path: str | Path, lang: str = "kk"
) -> Path:
    return atomic_write_bytes(out_path, winners_extract_bytes(round_file, outcome, decisions, lang))
