"""Where the entries of a faculty or university round came from (regulation 9.5), as the higher
stage's protocol and Excel summary show it: for each entry, each lower stage with its department
or faculty, protocol number and date, the entry's place and result there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.entry_sources import SourceCheck, round_sources
from app.models.localized import Wording, localized
from app.models.round import RoundFile
from app.reports.labels import number

if TYPE_CHECKING:  # imported where used: the CLI's other commands need neither reportlab nor openpyxl
    from openpyxl import Workbook
    from reportlab.platypus import Flowable

    from app.reports.pdf_layout import Styles

SOURCE_TEXT = Wording(
    {
        "heading": {
            "kk": "ЖАОК-тардың келген жері (Ереженің 9.5-тармағы)",
            "ru": "Откуда поступили МООК (п. 9.5 Положения)",
            "en": "Where the MOOCs came from (clause 9.5 of the Regulation)",
        },
        "col_entry": {"kk": "ЖАОК", "ru": "МООК", "en": "MOOC"},
        "col_source": {
            "kk": "Ұсынған бөлім, хаттамадан үзінді",
            "ru": "Кем рекомендован, выписка из протокола",
            "en": "Sent by, protocol extract",
        },
        "col_lower": {
            "kk": "Алдыңғы кезеңдегі нәтижесі",
            "ru": "Результат на предыдущем этапе",
            "en": "Result at the lower stage",
        },
        "stage_department": {"kk": "кафедра", "ru": "кафедра", "en": "department"},
        "stage_faculty": {"kk": "факультет", "ru": "факультет", "en": "faculty"},
        "protocol": {"kk": "хаттама № {number}", "ru": "протокол № {number}", "en": "minutes No. {number}"},
        "result": {
            "kk": "{place}-орын, {result} / {max} балл",
            "ru": "{place} место, {result} из {max} балл.",
            "en": "place {place}, {result} of {max} points",
        },
        "no_source": {
            "kk": "алдыңғы кезеңнің үзіндісі жоқ",
            "ru": "нет выписки предыдущего этапа",
            "en": "no extract of the lower stage",
        },
        "problem": {
            "kk": "үзінді тексеруден өтпеді",
            "ru": "выписка не прошла проверку",
            "en": "the extract failed its check",
        },
        "sheet": {"kk": "Келген жері", "ru": "Источник", "en": "Sources"},
        "round": {"kk": "раунд", "ru": "раунд", "en": "round"},
    }
)


st = SOURCE_TEXT.text


def source_lines(check: SourceCheck, lang: str) -> list[tuple[str, str, str]]:
    """(the stage and unit, its protocol, the entry's result there) per lower stage, oldest first."""
    out = []
    for source in check.sources:
        r = source.record
        protocol = st("protocol", lang, number=r.protocol_number or "—")
        if r.meeting_date:
            protocol += f", {r.meeting_date.isoformat()}"
        result = st(
            "result",
            lang,
            place=r.place or "—",
            result=number(r.result, 1, lang),
            max=r.max_result if r.max_result is not None else "—",
        )
        unit = f"{st('stage_' + r.stage, lang)}: {r.unit}" if r.unit else st("stage_" + r.stage, lang)
        out.append((unit, protocol + ("" if source.extract_ok else f" ({st('problem', lang)})"), result))
    if check.problems:  # a record or an extract that failed its check is shown, never skipped
        out.append((st("problem", lang), "", ""))
    return out


def sources_of(round_file: RoundFile) -> dict[str, SourceCheck]:
    """Entry id → its sources, for a round above the department stage (empty otherwise)."""
    if round_file.round.stage == "department":
        return {}
    return round_sources(round_file)


def sources_rows(round_file: RoundFile, entry_order: list[str], lang: str) -> list[tuple[str, str, str, str]]:
    """(entry title, sent by + protocol, result at the lower stage) rows for every entry in the
    order given; an entry without a source says so. Empty when no entry came from a lower stage."""
    sources = sources_of(round_file)
    if not sources:
        return []
    rows = []
    for entry_id in entry_order:
        entry = round_file.round.entry(entry_id)
        title = localized(entry.title, lang) if entry else entry_id
        lines = source_lines(sources[entry_id], lang) if entry_id in sources else []
        if not lines:
            rows.append((entry_id, title, st("no_source", lang), ""))
            continue
        for unit, protocol, result in lines:
            rows.append((entry_id, title, f"{unit}; {protocol}", result))
    return rows


def protocol_section(
    round_file: RoundFile, entry_order: list[str], lang: str, styles: Styles, width: float
) -> list[Flowable]:
    """The protocol's flowables: a heading and a table (nothing for a department round)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle

    from app.reports.fonts import CONDENSED
    from app.reports.pdf_layout import GRID, SHADE, text

    rows = sources_rows(round_file, entry_order, lang)
    if not rows:
        return []
    s = styles
    head = ["№", st("col_entry", lang), st("col_source", lang), st("col_lower", lang)]
    data: list[list[str | Paragraph]] = [[Paragraph(text(h), s.head) for h in head]]
    numbers = {entry_id: n for n, entry_id in enumerate(entry_order, start=1)}
    for entry_id, title, source, result in rows:
        data.append(
            [
                str(numbers.get(entry_id, "")),
                Paragraph(text(title), s.cell),
                Paragraph(text(source), s.cell),
                Paragraph(text(result), s.cell),
            ]
        )
    table = Table(data, colWidths=[20, width * 0.34, width * 0.4, width * 0.26 - 20], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ]
        )
    )
    return [CondPageBreak(40 * mm), Paragraph(st("heading", lang), s.table_heading), table]


def write_excel_sheet(
    workbook: Workbook, round_file: RoundFile, entry_order: list[str], lang: str, name: str | None = None
) -> None:
    """A worksheet of the Excel summary with the same rows (nothing for a department round)."""
    from app.reports.excel_cells import cell, head_row, set_widths, title_rows

    rows = sources_rows(round_file, entry_order, lang)
    if not rows:
        return
    ws = workbook.create_sheet(name or st("sheet", lang))
    set_widths(ws, [10, 50, 60, 30])
    title_rows(ws, st("heading", lang), round_file.round.title_in(lang))
    ws.append(head_row(ws, ["Id", st("col_entry", lang), st("col_source", lang), st("col_lower", lang)]))
    for row in rows:
        ws.append([cell(ws, value, "sarapshy text", as_text=True) for value in row])
