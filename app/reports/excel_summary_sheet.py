"""The summary sheet of the Excel summary: the results as live formulas over the experts' sheets."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.models.decisions import Decisions, advancing_entries, final_places, final_standings
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.excel_cells import HEADER_ROW, StyledRows, head_row, print_setup, ref, set_widths, title_rows
from app.reports.excel_expert_sheet import ExpertLayout
from app.reports.excel_labels import xt
from app.reports.labels import t


def write_summary_sheet(
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
    decided = decision_labels(round_file, outcome, decisions, lang)
    total_column = ExpertLayout(len(rnd.criteria)).total
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


def decision_labels(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for entry_id, place in final_places(outcome.results, decisions).items():
        out.setdefault(entry_id, []).append(t("winner", lang) if place == 1 else t("prize_winner", lang, place=place))
    for entry_id in decisions.nominees:
        out.setdefault(entry_id, []).append(xt("nominee", lang))
    for entry_id in advancing_entries(round_file.round, outcome.results, decisions):
        out.setdefault(entry_id, []).append(t("advancing", lang))
    return {k: "; ".join(v) for k, v in out.items()}
