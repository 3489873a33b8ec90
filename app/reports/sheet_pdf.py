"""The expert's evaluation sheet as a PDF: form Ү.ЖИЦДО-7.5.1-2025-01-03, A4 landscape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.models.files import atomic_write_bytes
from app.models.localized import localized
from app.models.round import RoundFile
from app.models.round_model import TOTAL_TITLE, Entry
from app.models.sheet import Evaluation, Sheet, SheetFile
from app.models.signing import verification_code
from app.reports.competition_name import competition_line
from app.reports.conflicts_text import sheet_dismissals
from app.reports.fonts import CONDENSED
from app.reports.labels import SHEET_FORM_CODE, t
from app.reports.pdf_layout import (
    GRID,
    SHADE,
    Cell,
    PageDecor,
    PageMarker,
    RotatedParagraph,
    Styles,
    TableCommand,
    build_pdf,
    text,
)
from app.reports.pdf_signing import SignatureField
from app.reports.score_levels_annex import score_levels_annex
from app.reports.sheet_signatures import signature_block

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADING_HEIGHT = 118  # points: the rotated criterion titles
INLINE_COMMENT_CHARS = 90  # longer comments continue under the table
TAIL_ROWS = 3  # table rows carried over with the signatures rather than leave them alone on a page
# A comment too long for its cell, printed under the table: (the entry's row number, the entry, the comment).
_Continued = tuple[int, Entry, str]


def sheet_parts(sheet: dict[str, Any] | Sheet | SheetFile) -> tuple[Sheet, str]:
    """The sheet model and its verification code (computed from the file's own data when we have it)."""
    if isinstance(sheet, SheetFile):
        return sheet.sheet, verification_code(sheet.data)
    if isinstance(sheet, dict):
        return Sheet.model_validate(sheet), verification_code(sheet)
    return sheet, verification_code(sheet.model_dump(mode="json", exclude_unset=True))


def write_sheet_pdf(
    round_file: RoundFile, sheet: dict[str, Any] | Sheet | SheetFile, out_path: str | Path, lang: str = "kk"
) -> Path:
    """Writes the expert's sheet as a PDF (atomically) and returns its path.

    The PDF reserves an empty signature field named "expert" beside the «ҚОЛЫ» line, which
    `pdf_signing.sign_pdf` fills when the expert signs the file digitally.
    """
    model, code = sheet_parts(sheet)
    return atomic_write_bytes(out_path, sheet_pdf_bytes(round_file, model, code, lang))


def sheet_pdf_bytes(round_file: RoundFile, sheet: Sheet, code: str, lang: str = "kk") -> bytes:
    rnd = round_file.round
    decor = PageDecor(
        header=f"{SHEET_FORM_CODE}",
        footer_left=f"{SHEET_FORM_CODE} · {sheet.expert_name or sheet.expert_id}",
        footer_middle=f"{t('verification_code', lang)}: {code}",
        page_label=lambda n, m: t("page", lang, n=n, m=m),
        margins=(MARGIN, MARGIN, MARGIN, MARGIN),
    )
    meta = dict(
        title=f"{t('sheet_title', lang)} — {sheet.expert_name}",
        author=sheet.expert_name or sheet.expert_id,
        subject=rnd.title_in(lang),
    )
    pages: dict[str, int] = {}
    places: list[SignatureField] = []
    pdf = build_pdf(
        _story(round_file, sheet, code, lang, places, pages, tail_rows=0)
        + score_levels_annex(round_file, lang, PAGE[0] - 2 * MARGIN),
        PAGE,
        decor,
        signature_places=places,
        **meta,
    )
    if pages.get("signatures", 0) > pages.get("content_end", 0):
        # The signatures would stand alone on the last page: carry the last rows over with them.
        places.clear()
        pdf = build_pdf(
            _story(round_file, sheet, code, lang, places, pages, tail_rows=TAIL_ROWS)
            + score_levels_annex(round_file, lang, PAGE[0] - 2 * MARGIN),
            PAGE,
            decor,
            signature_places=places,
            **meta,
        )
    return pdf


def _story(
    round_file: RoundFile,
    sheet: Sheet,
    code: str,
    lang: str,
    places: list[SignatureField],
    pages: dict[str, int],
    tail_rows: int,
) -> list[Flowable]:
    styles = Styles(base=9)
    width = PAGE[0] - 2 * MARGIN
    widths, head, body, recused, continued = _score_rows(round_file, sheet, styles, width, lang)
    trailing = _continued_comments(continued, round_file, styles, lang)
    trailing += _recusal_reasons(round_file, sheet, styles, lang)
    trailing += sheet_dismissals(round_file.round, sheet, lang, styles)
    closing = [
        Spacer(1, 3 * mm),
        PageMarker("signatures", pages),
        Paragraph(text(_scale_note(round_file, lang)), styles.small),
        Spacer(1, 3 * mm),
        signature_block(sheet, code, styles, width, lang, places),
    ]
    story: list[Flowable] = [
        Paragraph(t("sheet_title", lang), styles.title),
        Paragraph(text(competition_line(round_file, lang)), styles.subtitle),
    ]
    split = max(len(body) - tail_rows, 0) if tail_rows else len(body)
    if split:
        story.append(_scores_table(widths, head, body[:split], recused, 0))
    if trailing:
        # The last paragraph goes with the signatures, so they never start a page alone.
        story += [*trailing[:-1], PageMarker("content_end", pages), KeepTogether([trailing[-1], *closing])]
        return story
    story.append(PageMarker("content_end", pages))
    tail = [_scores_table(widths, head, body[split:], recused, split)] if split < len(body) else []
    return [*story, KeepTogether(tail + closing)]


def _score_rows(
    round_file: RoundFile, sheet: Sheet, styles: Styles, width: float, lang: str
) -> tuple[list[float], list[list[Cell]], list[list[Cell]], set[int], list[_Continued]]:
    """Column widths, the two heading rows, one row per entry, the indices of recused rows and the
    comments continued under the table."""
    rnd = round_file.round
    criteria = rnd.criteria
    n = len(criteria)
    score_w = 40 if n <= 8 else max(24.0, 320 / n)
    comment_w = 92
    widths_fixed = 22 + score_w * (n + 1) + sum(comment_w - score_w for c in criteria if c.comment)
    rest = width - widths_fixed
    widths = [22, rest * 0.40, rest * 0.30, rest * 0.30]
    widths += [comment_w if c.comment else score_w for c in criteria] + [score_w]

    heading_length = HEADING_HEIGHT - 6
    head: list[Cell] = [
        Paragraph(t("col_no", lang), styles.head),
        Paragraph(t("col_title", lang), styles.head),
        Paragraph(t("col_author", lang), styles.head),
        Paragraph(t("col_link", lang), styles.head),
    ]
    for criterion in criteria:
        title = text(localized(criterion.title, lang))
        head.append(
            Paragraph(title, styles.head) if criterion.comment else RotatedParagraph(title, styles.head, heading_length)
        )
    head.append(RotatedParagraph(text(localized(TOTAL_TITLE, lang)), styles.head, heading_length))
    numbers = ["", "", "", ""] + [str(i) for i in range(1, n + 2)]
    heads: list[list[Cell]] = [head, [Paragraph(s, styles.head) for s in numbers]]
    body: list[list[Cell]] = []
    recused: set[int] = set()
    continued: list[_Continued] = []
    evaluations = {ev.entry_id: ev for ev in sheet.evaluations}
    for number, entry in enumerate(rnd.entries, start=1):
        evaluation = evaluations.get(entry.id)
        row: list[Cell] = [
            str(number),
            Paragraph(text(localized(entry.title, lang)), styles.cell),
            Paragraph(text(", ".join(a.name for a in entry.authors)), styles.cell),
            Paragraph(text(entry.link or ""), styles.cell),
        ]
        if evaluation is not None and evaluation.recused:
            row += [Paragraph(text(t("recused", lang)), styles.cell_center)] + [""] * n
            recused.add(len(body))
        else:
            scores = (evaluation.scores or {}) if evaluation else {}
            for criterion in criteria:
                value = scores.get(criterion.id)
                shown = "" if value is None else str(value)
                if criterion.comment and evaluation is not None and evaluation.comment.strip():
                    row.append(_comment_cell(shown, evaluation, number, styles, lang, continued, entry))
                else:
                    row.append(shown)
            complete = evaluation is not None and all(c.id in scores for c in criteria)
            row.append(str(evaluation.total) if evaluation is not None and complete else "")
        body.append(row)
    return widths, heads, body, recused, continued


def _scores_table(
    widths: list[float], heads: list[list[Cell]], body: list[list[Cell]], recused: set[int], first: int
) -> Table:
    """The form's table: the heading rows (repeated on every page) and `body`, which starts at
    entry row `first` (for the recused rows' shading)."""
    style: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 1), SHADE),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("FONTNAME", (0, 2), (-1, -1), CONDENSED),
        ("FONTSIZE", (0, 2), (-1, -1), 8.5),
        ("ALIGN", (1, 2), (3, -1), "LEFT"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
    ]
    for index in range(len(body)):
        if first + index in recused:
            r = 2 + index
            style += [("SPAN", (4, r), (-1, r)), ("BACKGROUND", (4, r), (-1, r), SHADE)]
    table = Table(heads + body, colWidths=widths, repeatRows=2, rowHeights=[HEADING_HEIGHT] + [None] * (len(body) + 1))
    table.setStyle(TableStyle(style))
    return table


def _comment_cell(
    score: str,
    evaluation: Evaluation,
    number: int,
    styles: Styles,
    lang: str,
    continued: list[_Continued],
    entry: Entry,
) -> Paragraph:
    comment = evaluation.comment.strip()
    if len(comment) <= INLINE_COMMENT_CHARS and comment.count("\n") < 2:
        return Paragraph(f"<b>{score}</b><br/>{text(comment)}", styles.cell_center)
    continued.append((number, entry, comment))
    head = comment[: INLINE_COMMENT_CHARS // 2].rsplit(" ", 1)[0]
    return Paragraph(
        f"<b>{score}</b><br/>{text(head)}… <i>[{text(t('see_comment', lang, n=number))}]</i>", styles.cell_center
    )


def _continued_comments(
    continued: list[_Continued], round_file: RoundFile, styles: Styles, lang: str
) -> list[Flowable]:
    if not continued:
        return []
    column = next((i for i, c in enumerate(round_file.round.criteria, 1) if c.comment), 7)
    criterion = round_file.round.criteria[column - 1]
    out: list[Flowable] = [
        Paragraph(text(t("comments_heading", lang, n=column, title=localized(criterion.title, lang))), styles.heading)
    ]
    for number, entry, comment in continued:
        out.append(Paragraph(f"<b>{number}. {text(localized(entry.title, lang))}.</b> {text(comment)}", styles.item))
    return out


def _recusal_reasons(round_file: RoundFile, sheet: Sheet, styles: Styles, lang: str) -> list[Flowable]:
    evaluated = [(n, e, sheet.evaluation(e.id)) for n, e in enumerate(round_file.round.entries, 1)]
    items = [(n, e, ev) for n, e, ev in evaluated if ev is not None and ev.recused and ev.recusal_reason.strip()]
    if not items:
        return []
    out: list[Flowable] = [Paragraph(t("recusal_heading", lang), styles.heading)]
    out += [
        Paragraph(f"<b>{n}. {text(localized(e.title, lang))}.</b> {text(ev.recusal_reason)}", styles.item)
        for n, e, ev in items
    ]
    return out


def _scale_note(round_file: RoundFile, lang: str) -> str:
    criteria = round_file.round.criteria
    lows, highs = {c.min for c in criteria}, {c.max for c in criteria}
    lo, hi = (lows.pop(), highs.pop()) if len(lows) == len(highs) == 1 else (min(lows), max(highs))
    return t("scale_note", lang, lo=lo, hi=hi)
