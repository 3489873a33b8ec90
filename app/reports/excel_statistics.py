"""The Excel summary's statistics sheets: criteria (formulas over the experts' sheets) and agreement."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.excel_cells import (
    HEADER_ROW,
    cell,
    fit_to_page,
    head_row,
    print_setup,
    set_widths,
    text_cell,
    title_rows,
)
from app.reports.excel_expert_sheet import ExpertLayout
from app.reports.excel_labels import xt
from app.reports.labels import t


def write_criteria_sheet(ws: Worksheet, round_file: RoundFile, expert_sheets: dict[str, str], lang: str) -> None:
    rnd = round_file.round
    layout = ExpertLayout(len(rnd.criteria))
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


def write_agreement_sheet(ws: Worksheet, round_file: RoundFile, outcome: MergeOutcome, lang: str) -> None:
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
