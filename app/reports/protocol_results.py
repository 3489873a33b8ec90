"""The protocol's results: the ranked table, and each expert's totals apart for big panels."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from app.models.localized import localized
from app.models.results import EntryResult
from app.reports.labels import number
from app.reports.pdf_layout import Cell, text
from app.reports.protocol_cells import Fitter, fit_heading, grid_style
from app.reports.protocol_context import ProtocolContext

MAX_INLINE_EXPERTS = 7  # more experts: their totals go into separate tables below the results


def results_section(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    out: list[Flowable] = [CondPageBreak(50 * mm), Paragraph(doc.t("results"), s.table_heading)]
    entries = [standing.entry for standing in doc.standings]
    if not entries:
        return [*out, Paragraph(doc.t("no_entries"), s.body)]
    inline = len(doc.results.panel) <= MAX_INLINE_EXPERTS
    out.append(_results_table(doc, entries, inline))
    if any(e.rescaled for e in entries):
        out.append(Paragraph(doc.t("rescaled_note", k=len(doc.results.panel)), s.small))
    if not inline:
        out += _totals_tables(doc, entries)
    return out


def _results_table(doc: ProtocolContext, entries: list[EntryResult], inline: bool) -> Table:
    s = doc.styles
    panel = doc.results.panel if inline else []
    score_w = 26
    fixed = [20, fit_heading(doc.t("col_rank"), 28)] + [score_w] * len(panel)
    fixed += [fit_heading(doc.t("col_result"), 40), fit_heading(doc.t("col_mean"), 36)]
    rest = doc.width - sum(fixed)
    widths = [*fixed[:2], rest * 0.6, rest * 0.4, *fixed[2:]]
    head = ["№", doc.t("col_rank"), doc.t("col_title_authors"), doc.t("col_dept")]
    head += [doc.expert_label[e] for e in panel] + [doc.t("col_result"), doc.t("col_mean")]
    rows: list[list[Cell]] = [[Paragraph(text(h), s.head) for h in head]]
    fit = Fitter(s, widths)
    place = {standing.entry_id: standing.place for standing in doc.standings}
    for n, e in enumerate(entries, start=1):
        entry = doc.entry(e.entry_id)
        authors = ", ".join(a.name for a in entry.authors) if entry else ""
        title = f"{text(localized(entry.title, doc.lang))}<br/><i>{text(authors)}</i>" if entry else e.entry_id
        dept = (
            ", ".join(p for p in (localized(entry.department, doc.lang), localized(entry.faculty, doc.lang)) if p)
            if entry
            else ""
        )
        result = number(e.result, 1, doc.lang) + ("*" if e.rescaled else "")
        row: list[Cell] = [
            str(n),
            "" if place[e.entry_id] is None else str(place[e.entry_id]),
            Paragraph(title, s.cell),
            fit.cell(dept, 3),
        ]
        row += [_expert_total(doc, e, x) for x in panel] + [result, number(e.mean, 2, doc.lang)]
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(numbers_from=4))
    return table


def _expert_total(doc: ProtocolContext, e: EntryResult, expert_id: str) -> str:
    if expert_id in e.totals:
        return str(e.totals[expert_id])
    return "—" if expert_id in e.recused else ""


def _totals_tables(doc: ProtocolContext, entries: list[EntryResult]) -> list[Flowable]:
    """Each expert's total for big panels: tables of as many experts as fit the width."""
    s = doc.styles
    panel = doc.results.panel
    col = 26
    fits = int((doc.width - 24) // col)
    tables = -(-len(panel) // fits)
    per_table = -(-len(panel) // tables)  # balanced: 10 + 10 rather than 18 + 2
    out: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(doc.t("expert_totals"), s.table_heading),
        Paragraph(doc.t("expert_legend"), s.small),
        Spacer(1, 2 * mm),
    ]
    for start in range(0, len(panel), per_table):
        chunk = panel[start : start + per_table]
        rows = [["№"] + [doc.expert_label[x] for x in chunk]]
        rows += [[str(n)] + [_expert_total(doc, e, x) for x in chunk] for n, e in enumerate(entries, start=1)]
        table = Table(rows, colWidths=[24] + [col] * len(chunk), repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style(numbers_from=0))
        out += [table, Spacer(1, 4 * mm)]
    return out
