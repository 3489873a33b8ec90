"""The Excel summary's list of the imported sheet files: expert, revision, code, digest, status."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.reports.excel_cells import HEADER_ROW, cell, head_row, print_setup, set_widths, text_cell, title_rows
from app.reports.excel_labels import xt
from app.reports.labels import status_text, t


def write_sheet_files_sheet(ws: Worksheet, round_file: RoundFile, outcome: MergeOutcome, lang: str) -> None:
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
