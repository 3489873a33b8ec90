"""An expert's sheet of the Excel summary, laid out like form -03 (totals as SUM formulas)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.models.round_model import TOTAL_TITLE
from app.reports.excel_cells import HEADER_ROW, CellValue, StyledRows, head_row, print_setup, set_widths, title_rows
from app.reports.excel_labels import xt
from app.reports.labels import SHEET_FORM_CODE, t


class ExpertLayout:
    """Columns of an expert's sheet: №, title, author, link, the criteria, total, comment."""

    FIRST_ROW = HEADER_ROW + 2  # after the headings and the column-number row
    FIRST_SCORE = 5

    def __init__(self, criteria_count: int):
        self.total = self.FIRST_SCORE + criteria_count
        self.comment = self.total + 1
        self.last_score = self.total - 1


def entry_cells_of(round_file: RoundFile, lang: str) -> list[tuple[list[CellValue], str]]:
    """Per entry, what every expert's sheet shows alike: №, title, authors, link, and the total's
    formula (empty when nothing is scored, a recusal, so the summary's AVERAGE, MIN, MAX skip it)."""
    rnd = round_file.round
    layout = ExpertLayout(len(rnd.criteria))
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


def write_expert_sheet(
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
    layout = ExpertLayout(len(rnd.criteria))
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
