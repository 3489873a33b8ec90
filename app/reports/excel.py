"""The Excel summary of a merged round (openpyxl, streamed in write-only mode).

Sheets: the summary (results as live formulas over the experts' sheets), one sheet per expert laid
out like form -03 (totals as SUM formulas), criteria statistics (formulas over the experts'
sheets), agreement statistics, and the imported sheet files. Text from outside (titles, names,
comments) is always stored as text, even when it starts with = + - @.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.models.decisions import Decisions, advancing_entries, final_places, final_standings
from app.models.files import atomic_write_bytes
from app.models.localized import Wording, localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.models.round_model import TOTAL_TITLE
from app.reports.labels import SHEET_FORM_CODE, status_text, t
from app.reports.stage_sources import write_excel_sheet

FONT_NAME = "Arial"  # has every Kazakh letter on Windows, macOS and LibreOffice installs
BODY = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
TITLE = Font(name=FONT_NAME, size=12, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")

XL_TEXT = Wording(
    {
        "summary": {"kk": "Қорытынды", "ru": "Итоги", "en": "Summary"},
        "criteria": {"kk": "Критерийлер", "ru": "Критерии", "en": "Criteria"},
        "agreement": {"kk": "Келісімділік", "ru": "Согласованность", "en": "Agreement"},
        "sheets": {"kk": "Парақтар", "ru": "Листы", "en": "Sheets"},
        "entry_id": {"kk": "Коды", "ru": "Код", "en": "Id"},
        "sd": {"kk": "Стандартты ауытқу", "ru": "Стандартное отклонение", "en": "SD"},
        "min": {"kk": "Мин", "ru": "Мин", "en": "Min"},
        "max": {"kk": "Макс", "ru": "Макс", "en": "Max"},
        "n": {"kk": "Бағалар саны", "ru": "Число оценок", "en": "Scores"},
        "decision": {"kk": "Шешім", "ru": "Решение", "en": "Decision"},
        "comment": {"kk": "Түсініктеме", "ru": "Комментарий", "en": "Comment"},
        "criterion": {"kk": "Критерий", "ru": "Критерий", "en": "Criterion"},
        "scale": {"kk": "Шкала", "ru": "Шкала", "en": "Scale"},
        "statistic": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Statistic"},
        "value": {"kk": "Мәні", "ru": "Значение", "en": "Value"},
        "spearman": {
            "kk": "Қалғандармен Спирмен корреляциясы",
            "ru": "Корреляция Спирмена с остальными",
            "en": "Spearman vs the rest",
        },
        "flag": {"kk": "Назар аудару керек", "ru": "Требует внимания", "en": "Flagged"},
        "yes": {"kk": "иә", "ru": "да", "en": "yes"},
        "digest": {"kk": "SHA-256", "ru": "SHA-256", "en": "SHA-256"},
        "reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
        "entries_used": {"kk": "Есептелген ЖАОК", "ru": "МООК в расчёте", "en": "Entries used"},
        "left_out": {"kk": "Есептелмеген ЖАОК", "ru": "Не вошли в расчёт", "en": "Entries left out"},
        "nominee": {"kk": "Номинант", "ru": "Номинант", "en": "Nominee"},
    }
)
FORMULA_STARTS = "=+-@"  # text starting so would be read as a formula
LINE_HEIGHT = 12.75  # points: one line of Arial 10
HEADER_ROW = 3  # rows 1–2: title lines; row 3: column headings; data from row 4 (expert sheets: 5)


xt = XL_TEXT.text


def write_summary_xlsx(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions | None, out_path: str | Path, lang: str = "kk"
) -> Path:
    """Writes the workbook atomically and returns its path."""
    import io

    workbook = build_workbook(round_file, outcome, decisions or Decisions(), lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return atomic_write_bytes(out_path, buffer.getvalue())


def build_workbook(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str) -> Workbook:
    rnd, results = round_file.round, outcome.results
    workbook = Workbook(write_only=True)
    register_styles(workbook)
    experts = [rnd.known_expert(x) for x in results.panel]
    names = _sheet_names(
        [xt("summary", lang)]
        + [f"{i} {x.name}" for i, x in enumerate(experts, 1)]
        + [xt(k, lang) for k in ("criteria", "agreement", "sheets")]
    )
    summary_ws = workbook.create_sheet(names[0])
    expert_sheets = {x.id: names[i] for i, x in enumerate(experts, 1)}
    entry_rows = {e.id: _ExpertLayout.FIRST_ROW + i for i, e in enumerate(rnd.entries)}
    _write_summary(summary_ws, round_file, outcome, decisions, expert_sheets, entry_rows, lang)
    entry_cells = _entry_cells(round_file, lang)
    for expert in experts:
        _write_expert_sheet(
            workbook.create_sheet(expert_sheets[expert.id]), round_file, outcome, expert.id, entry_cells, lang
        )
    _write_criteria(workbook.create_sheet(names[-3]), round_file, expert_sheets, lang)
    _write_agreement(workbook.create_sheet(names[-2]), round_file, outcome, lang)
    _write_sheet_list(workbook.create_sheet(names[-1]), round_file, outcome, lang)
    write_excel_sheet(workbook, round_file, [x.entry_id for x in final_standings(results, decisions)], lang)
    return workbook


# --- cells ---

CellValue = str | float | datetime | None  # what a write-only cell takes (int counts as float)
# Named styles, registered once per workbook: assigning one to a cell copies a few indices, where
# assigning fonts and borders cell by cell costs a hash of each style object (4× slower overall).

STYLES: dict[str, dict[str, Any]] = {
    "sarapshy body": dict(font=BODY),
    "sarapshy text": dict(font=BODY, alignment=WRAP),
    "sarapshy bold": dict(font=BOLD),
    "sarapshy result": dict(font=BOLD, number_format="0.0#"),
    "sarapshy 2dp": dict(font=BODY, number_format="0.00"),
    "sarapshy 3dp": dict(font=BODY, number_format="0.000"),
    "sarapshy 4dp": dict(font=BODY, number_format="0.0000"),
    "sarapshy head": dict(font=BOLD, border=BOX, fill=HEAD_FILL, alignment=HEAD_ALIGN),
    "sarapshy head vertical": dict(
        font=BOLD,
        border=BOX,
        fill=HEAD_FILL,
        alignment=Alignment(wrap_text=True, vertical="center", horizontal="center", text_rotation=90),
    ),
    "sarapshy title": dict(font=TITLE),
    "sarapshy subtitle": dict(font=BOLD),
}


def use_default_font(workbook: Workbook) -> None:
    """Makes Arial 10 the workbook's default font (style 0), so cells holding bare numbers need
    no style of their own. openpyxl has no public setting for it: font 0 is the default."""
    workbook._fonts = IndexedList([BODY])  # type: ignore[attr-defined]  # the private list named above


def register_styles(workbook: Workbook) -> None:
    use_default_font(workbook)
    for name, parts in STYLES.items():
        workbook.add_named_style(NamedStyle(name=name, **parts))


def cell(ws: Worksheet, value: CellValue, style: str = "sarapshy body", *, as_text: bool = False) -> Cell:
    """A styled cell; `as_text` keeps outside text (which may start with = + - @) a string."""
    c = WriteOnlyCell(ws, value=value)
    if as_text and isinstance(value, str) and value:
        c.data_type = "s"
    c.style = style
    return c


def text_cell(ws: Worksheet, value: str, style: str = "sarapshy text") -> Cell:
    return cell(ws, value, style, as_text=True)


class StyledRows:
    """Appends rows whose columns each keep one style, through one styled cell per column.

    A write-only sheet serialises a row as soon as it is appended, so the same cells can carry
    the next row's values: styling 50 000 cells then costs as much as styling one row.

    A column's style is a named style, "" for a cell without style (the workbook's default, Arial
    10, see `use_default_font`), or None for a bare value, the cheapest way openpyxl writes. openpyxl
    writes a bare value through the cell object last given in the same row, so bare columns suit
    rows that are bare throughout, or columns before the first styled one.

    Text columns always hold text: text that could be read as a formula (= + - @) goes through a
    cell marked as text; other text in a bare column is written bare.

    Rows with long text get the height of its wrapped lines (spreadsheets do not grow rows by
    themselves when they open a file).
    """

    def __init__(
        self,
        ws: Worksheet,
        styles: Sequence[str | None],
        text_columns: set[int],
        widths: Sequence[float],
        first_row: int,
        grow_rows: bool = True,
        text_style: str = "sarapshy body",
    ):
        self.ws = ws
        self.cells = [
            None if style is None else WriteOnlyCell(ws) if style == "" else cell(ws, None, style) for style in styles
        ]
        self.text_cells = {i: self.cells[i] or cell(ws, None, text_style) for i in text_columns}
        # characters a line holds, in the columns whose text wraps
        self.chars = {i: max(widths[i] - 1, 1) for i in text_columns} if grow_rows else {}
        self.row = first_row

    def append(self, values: Sequence[Any]) -> None:
        lines: float = 1
        for index, room in self.chars.items():
            value = values[index]
            if isinstance(value, str) and len(value) > room:
                lines = max(lines, sum(-(-len(part) // room) or 1 for part in value.split("\n")))
        if lines > 1:
            self.ws.row_dimensions[self.row].height = LINE_HEIGHT * min(lines, 30)
        self.row += 1
        row: list[Any] = []
        for index, (c, value) in enumerate(zip(self.cells, values, strict=False)):
            if value is None or value == "":
                row.append(None)
            elif index in self.text_cells and (c is not None or value[0] in FORMULA_STARTS):
                text = self.text_cells[index]
                text.value = value
                text.data_type = "s"
                row.append(text)
            elif c is None:
                row.append(value)
            else:
                c.value = value
                row.append(c)
        self.ws.append(row)


def head_row(ws: Worksheet, labels: list[str], vertical: Container[int] = frozenset()) -> list[Cell]:
    """Column headings; those of narrow number columns (`vertical`) read bottom to top."""
    return [
        cell(ws, label, "sarapshy head vertical" if i in vertical else "sarapshy head", as_text=True)
        for i, label in enumerate(labels)
    ]


def title_rows(ws: Worksheet, first: str, second: str) -> None:
    ws.append([cell(ws, first, "sarapshy title", as_text=True)])
    ws.append([cell(ws, second, "sarapshy subtitle", as_text=True)])


def set_widths(ws: Worksheet, widths: Sequence[float]) -> list[float]:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    return list(widths)


def print_setup(ws: Worksheet, header_row: int, last_column: int, last_row: int, freeze: str = "") -> None:
    """Frozen headings, a filter on them, landscape pages fitted to the width, headings repeated.

    Write-only sheets stream their rows: call this before appending any.
    """
    letter = get_column_letter(last_column)
    ws.freeze_panes = freeze or f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{letter}{max(last_row, header_row)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit_to_page(ws)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.gridLines = True  # data cells carry no borders: the printed grid draws them


def fit_to_page(ws: Worksheet) -> None:
    setup = ws.sheet_properties.pageSetUpPr or PageSetupProperties()
    setup.fitToPage = True
    ws.sheet_properties.pageSetUpPr = setup


def _sheet_names(wanted: list[str]) -> list[str]:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    out, seen = [], set()
    for name in wanted:
        base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:31] or "Sheet"
        candidate, n = base, 2
        while candidate.lower() in seen:
            suffix = f" ({n})"
            candidate = base[: 31 - len(suffix)] + suffix
            n += 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def ref(sheet: str, column: int, row: int, absolute: bool = False) -> str:
    letter = get_column_letter(column)
    cell_ref = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"'{sheet}'!{cell_ref}"


# --- the expert's sheet (form -03) ---


class _ExpertLayout:
    """Columns of an expert's sheet: №, title, author, link, the criteria, total, comment."""

    FIRST_ROW = HEADER_ROW + 2  # after the headings and the column-number row
    FIRST_SCORE = 5

    def __init__(self, criteria_count: int):
        self.total = self.FIRST_SCORE + criteria_count
        self.comment = self.total + 1
        self.last_score = self.total - 1


def _entry_cells(round_file: RoundFile, lang: str) -> list[tuple[list[CellValue], str]]:
    """Per entry, what every expert's sheet shows alike: №, title, authors, link, and the total's
    formula (empty when nothing is scored, a recusal, so the summary's AVERAGE, MIN, MAX skip it)."""
    rnd = round_file.round
    layout = _ExpertLayout(len(rnd.criteria))
    first, last = get_column_letter(layout.FIRST_SCORE), get_column_letter(layout.last_score)
    out: list[tuple[list[CellValue], str]] = []
    for number, entry in enumerate(rnd.entries, start=1):
        row = layout.FIRST_ROW + number - 1
        out.append(
            (
                [number, localized(entry.title, lang), ", ".join(a.name for a in entry.authors), entry.link],
                f'=IF(COUNT({first}{row}:{last}{row})=0,"",SUM({first}{row}:{last}{row}))',
            )
        )
    return out


def _write_expert_sheet(
    ws: Worksheet,
    round_file: RoundFile,
    outcome: MergeOutcome,
    expert_id: str,
    entry_cells: list[tuple[list[CellValue], str]],
    lang: str,
) -> None:
    rnd = round_file.round
    expert = rnd.known_expert(expert_id)
    sheet = next(s.sheet for s in outcome.accepted if s.sheet.expert_id == expert_id)
    layout = _ExpertLayout(len(rnd.criteria))
    # One line a row (a row height each costs as much as writing the row): the summary shows the
    # titles in full; here long text is cut at the column's edge and shown whole in the cell.
    widths = set_widths(ws, [5, 50, 30, 34] + [9] * len(rnd.criteria) + [10, 70])
    print_setup(ws, HEADER_ROW, layout.comment, layout.FIRST_ROW + len(rnd.entries) - 1, freeze=f"C{layout.FIRST_ROW}")
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 1}"
    title_rows(
        ws,
        f"{t('sheet_title', lang)} — {expert.name}",
        f"{SHEET_FORM_CODE} · " + t("competition", lang, title=rnd.title_in(lang)),
    )
    labels = [t("col_no", lang), t("col_title", lang), t("col_author", lang), t("col_link", lang)]
    labels += [localized(c.title, lang) for c in rnd.criteria] + [localized(TOTAL_TITLE, lang), xt("comment", lang)]
    ws.row_dimensions[HEADER_ROW].height = 170
    ws.append(head_row(ws, labels, vertical=range(4, layout.comment - 1)))
    ws.append(head_row(ws, ["", "", "", ""] + [str(i) for i in range(1, len(rnd.criteria) + 2)] + [""]))
    # Links are http(s) addresses (checked when the round is read): plain values, never formulas.
    # Bare values throughout (these sheets hold nearly all the workbook's cells): the default font.
    rows = StyledRows(
        ws,
        [None] * layout.comment,
        text_columns={1, 2, layout.comment - 1},
        widths=widths,
        first_row=layout.FIRST_ROW,
        grow_rows=False,
    )
    evaluations = {ev.entry_id: ev for ev in sheet.evaluations}
    criteria = [c.id for c in rnd.criteria]
    recused = t("recused", lang)
    for entry, (fixed, total) in zip(rnd.entries, entry_cells, strict=True):
        evaluation = evaluations.get(entry.id)
        scores = (evaluation.scores or {}) if evaluation else {}
        if evaluation is not None and evaluation.recused:
            note = recused + (f": {evaluation.recusal_reason}" if evaluation.recusal_reason else "")
        else:
            note = evaluation.comment if evaluation else ""
        rows.append(fixed + [scores.get(c) for c in criteria] + [total, note])


# --- the summary ---


def _write_summary(
    ws: Worksheet,
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    expert_sheets: dict[str, str],
    entry_rows: dict[str, int],
    lang: str,
) -> None:
    rnd, results = round_file.round, outcome.results
    panel = results.panel
    k = len(panel)
    # columns: rank, №, id, title, authors, department, totals…, result, mean, sd, min, max, decision
    first_total = 7
    last_total = first_total + k - 1
    c_result = last_total + 1
    c_decision = c_result + 5  # after the result: mean, sd, min, max
    widths = set_widths(ws, [7, 5, 8, 44, 28, 30] + [8] * k + [10, 9, 9, 7, 7, 22])
    first = HEADER_ROW + 1
    last = first + len(results.entries) - 1
    print_setup(ws, HEADER_ROW, c_decision, last, freeze=f"E{first}")
    title_rows(ws, rnd.title_in(lang), localized(rnd.organization, lang))
    labels = [
        t("col_rank", lang),
        t("col_no", lang),
        xt("entry_id", lang),
        t("col_title", lang),
        t("col_author", lang),
        t("col_dept", lang),
    ]
    labels += [f"{t('expert_abbr', lang)}{i}. {rnd.known_expert(x).name}" for i, x in enumerate(panel, 1)]
    labels += [
        t("col_result", lang),
        t("col_mean", lang),
        xt("sd", lang),
        xt("min", lang),
        xt("max", lang),
        xt("decision", lang),
    ]
    ws.row_dimensions[HEADER_ROW].height = 150
    ws.append(head_row(ws, labels, vertical=range(first_total - 1, c_decision - 1)))
    decided = _decision_labels(round_file, outcome, decisions, lang)
    total_column = _ExpertLayout(len(rnd.criteria)).total
    rows = StyledRows(
        ws,
        ["sarapshy bold", ""]
        + ["sarapshy text"] * 4
        + [""] * k
        + ["sarapshy result", "sarapshy 2dp", "sarapshy 2dp", "", "", "sarapshy text"],
        text_columns={2, 3, 4, 5, c_decision - 1},
        widths=widths,
        first_row=first,
    )
    entries = {x.id: x for x in rnd.entries}
    # The place is the commission's final place (ties ordered as decided), not a RANK() formula.
    for n, standing in enumerate(final_standings(results, decisions), start=1):
        e = standing.entry
        row = first + n - 1
        entry = entries[e.entry_id]
        totals = f"{get_column_letter(first_total)}{row}:{get_column_letter(last_total)}{row}"
        rows.append(
            [
                standing.place,
                n,
                e.entry_id,
                localized(entry.title, lang),
                ", ".join(a.name for a in entry.authors),
                ", ".join(p for p in (localized(entry.department, lang), localized(entry.faculty, lang)) if p),
            ]
            + ["=" + ref(expert_sheets[x], total_column, entry_rows[e.entry_id]) for x in panel]
            + [
                f'=IF(COUNT({totals})=0,"",IF(COUNT({totals})<{k},AVERAGE({totals})*{k},SUM({totals})))',
                f'=IF(COUNT({totals})=0,"",AVERAGE({totals}))',
                f'=IF(COUNT({totals})<2,"",STDEV({totals}))',
                f'=IF(COUNT({totals})=0,"",MIN({totals}))',
                f'=IF(COUNT({totals})=0,"",MAX({totals}))',
                decided.get(e.entry_id, ""),
            ]
        )


def _decision_labels(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for entry_id, place in final_places(outcome.results, decisions).items():
        out.setdefault(entry_id, []).append(t("winner", lang) if place == 1 else t("prize_winner", lang, place=place))
    for entry_id in decisions.nominees:
        out.setdefault(entry_id, []).append(xt("nominee", lang))
    for entry_id in advancing_entries(round_file.round, outcome.results, decisions):
        out.setdefault(entry_id, []).append(t("advancing", lang))
    return {k: "; ".join(v) for k, v in out.items()}


# --- criteria, agreement, sheet files ---


def _write_criteria(ws: Worksheet, round_file: RoundFile, expert_sheets: dict[str, str], lang: str) -> None:
    rnd = round_file.round
    layout = _ExpertLayout(len(rnd.criteria))
    last_entry_row = layout.FIRST_ROW + len(rnd.entries) - 1
    set_widths(ws, [5, 8, 60, 10, 12, 10, 12, 8, 8])
    print_setup(ws, HEADER_ROW, 9, HEADER_ROW + len(rnd.criteria))
    title_rows(ws, xt("criteria", lang), rnd.title_in(lang))
    ws.append(
        head_row(
            ws,
            [
                t("col_no", lang),
                xt("entry_id", lang),
                xt("criterion", lang),
                xt("scale", lang),
                xt("n", lang),
                t("col_mean", lang),
                xt("sd", lang),
                xt("min", lang),
                xt("max", lang),
            ],
        )
    )
    for i, criterion in enumerate(rnd.criteria):
        column = get_column_letter(layout.FIRST_SCORE + i)
        ranges = ",".join(
            f"'{name}'!{column}{layout.FIRST_ROW}:{column}{last_entry_row}" for name in expert_sheets.values()
        )
        ws.append(
            [
                cell(ws, i + 1),
                text_cell(ws, criterion.id),
                text_cell(ws, localized(criterion.title, lang)),
                text_cell(ws, f"{criterion.min}–{criterion.max}"),
                cell(ws, f"=COUNT({ranges})"),
                cell(ws, f'=IF(COUNT({ranges})=0,"",AVERAGE({ranges}))', "sarapshy 2dp"),
                cell(ws, f'=IF(COUNT({ranges})<2,"",STDEV({ranges}))', "sarapshy 2dp"),
                cell(ws, f'=IF(COUNT({ranges})=0,"",MIN({ranges}))'),
                cell(ws, f'=IF(COUNT({ranges})=0,"",MAX({ranges}))'),
            ]
        )


def _write_agreement(ws: Worksheet, round_file: RoundFile, outcome: MergeOutcome, lang: str) -> None:
    rnd, results = round_file.round, outcome.results
    a = results.agreement
    set_widths(ws, [44, 16, 40, 14])
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit_to_page(ws)
    title_rows(ws, t("agreement", lang), rnd.title_in(lang))
    ws.append(head_row(ws, [xt("statistic", lang), xt("value", lang)]))
    rows = [
        ("Kendall W", a.kendall_w),
        ("χ²", a.kendall_chi2),
        ("df", a.kendall_df),
        ("p", a.kendall_p),
        ("ICC(2,1)", a.icc2_1),
        ("ICC(2,k)", a.icc2_k),
        (xt("entries_used", lang), a.entries_used),
    ]
    for label, value in rows:
        style = "sarapshy 4dp" if isinstance(value, float) else "sarapshy body"
        ws.append([text_cell(ws, label), cell(ws, value, style)])
    if a.entries_left_out:
        ws.append([text_cell(ws, xt("left_out", lang)), text_cell(ws, ", ".join(a.entries_left_out))])
    ws.append([])
    ws.append(head_row(ws, [t("col_expert", lang), xt("spearman", lang), xt("flag", lang)]))
    for deviation in results.experts:
        ws.append(
            [
                text_cell(ws, rnd.known_expert(deviation.expert_id).name),
                cell(ws, deviation.spearman_vs_rest, "sarapshy 3dp"),
                text_cell(ws, xt("yes", lang) if deviation.flag else ""),
            ]
        )


def _write_sheet_list(ws: Worksheet, round_file: RoundFile, outcome: MergeOutcome, lang: str) -> None:
    rnd = round_file.round
    set_widths(ws, [30, 30, 10, 16, 66, 16, 60])
    print_setup(ws, HEADER_ROW, 7, HEADER_ROW + len(outcome.statuses))
    title_rows(ws, t("sheets", lang), rnd.title_in(lang))
    ws.append(
        head_row(
            ws,
            [
                t("col_file", lang),
                t("col_expert", lang),
                t("col_revision", lang),
                t("col_code", lang),
                xt("digest", lang),
                t("col_status", lang),
                xt("reason", lang),
            ],
        )
    )
    for s in outcome.statuses:
        expert = rnd.expert(s.expert_id) if s.expert_id else None
        ws.append(
            [
                text_cell(ws, s.file),
                text_cell(ws, expert.name if expert else (s.expert_id or "")),
                cell(ws, s.revision),
                text_cell(ws, s.code),
                text_cell(ws, s.sha256),
                text_cell(ws, status_text(s.status, lang)),
                text_cell(ws, s.reason),
            ]
        )
