"""The Excel summary of a merged round (openpyxl, streamed in write-only mode).

Sheets: the summary (results as live formulas over the experts' sheets), one sheet per expert laid
out like form -03 (totals as SUM formulas), criteria statistics (formulas over the experts'
sheets), agreement statistics, and the imported sheet files. Text from outside (titles, names,
comments) is always stored as text, even when it starts with = + - @.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook

from app.models.decisions import Decisions, final_standings
from app.models.files import atomic_write_bytes
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.excel_cells import register_styles
from app.reports.excel_expert_sheet import ExpertLayout, entry_cells_of, write_expert_sheet
from app.reports.excel_labels import xt
from app.reports.excel_sheet_files import write_sheet_files_sheet
from app.reports.excel_statistics import write_agreement_sheet, write_criteria_sheet
from app.reports.excel_summary_sheet import write_summary_sheet
from app.reports.stage_sources import write_excel_sheet


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
    entry_rows = {e.id: ExpertLayout.FIRST_ROW + i for i, e in enumerate(rnd.entries)}
    write_summary_sheet(summary_ws, round_file, outcome, decisions, expert_sheets, entry_rows, lang)
    entry_cells = entry_cells_of(round_file, lang)
    for expert in experts:
        write_expert_sheet(
            workbook.create_sheet(expert_sheets[expert.id]), round_file, outcome, expert.id, entry_cells, lang
        )
    write_criteria_sheet(workbook.create_sheet(names[-3]), round_file, expert_sheets, lang)
    write_agreement_sheet(workbook.create_sheet(names[-2]), round_file, outcome, lang)
    write_sheet_files_sheet(workbook.create_sheet(names[-1]), round_file, outcome, lang)
    write_excel_sheet(workbook, round_file, [x.entry_id for x in final_standings(results, decisions)], lang)
    return workbook


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
