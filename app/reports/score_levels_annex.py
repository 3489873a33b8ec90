"""The annex of the expert's sheet: what each score level of the regulation's criteria means."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.models.descriptors import BAND_COUNT, Band, bands_for
from app.models.localized import localized
from app.models.round import RoundFile
from app.reports.fonts import CONDENSED
from app.reports.labels import t
from app.reports.pdf_layout import GRID, SHADE, Cell, Styles, text


def score_levels_annex(round_file: RoundFile, lang: str, width: float) -> list[Flowable]:
    """The annex after the signatures: what each score level of the regulation's criteria means, on a page
    of its own, one row per criterion (numbered as the sheet's columns). Nothing for a round whose
    criteria are all its own (the regulation describes only its seven)."""
    described = [
        (number, criterion, bands_for(criterion, lang))
        for number, criterion in enumerate(round_file.round.criteria, start=1)
    ]
    described = [(number, criterion, bands) for number, criterion, bands in described if bands]
    if not described:
        return []
    styles = Styles(base=9)
    first_w, title_w = 16.0, 100.0
    band_w = (width - first_w - title_w) / BAND_COUNT
    # The header names a column's scores when every criterion has the same there (1–10 throughout);
    # otherwise each cell starts with its own.
    columns: list[set[str]] = [set() for _ in range(BAND_COUNT)]
    for _number, _criterion, bands in described:
        for band in bands:
            columns[band.index].add(band.scores())
    shared = [
        next(iter(c)) if len(c) == 1 and all(len(b) == BAND_COUNT for _n, _c, b in described) else "" for c in columns
    ]
    head: list[Cell] = [Paragraph(t("col_no", lang), styles.head), Paragraph(t("levels_criterion", lang), styles.head)]
    head += [Paragraph(scores, styles.head) for scores in shared]
    rows: list[list[Cell]] = [head]
    for number, criterion, bands in described:
        cells: list[Cell] = [
            str(number),
            Paragraph(f"<b>{text(localized(criterion.title, lang))}</b>", styles.cell),
        ]
        by_index: dict[int, Band] = {band.index: band for band in bands}
        for index in range(BAND_COUNT):
            level = by_index.get(index)
            if level is None:
                cells.append("")
                continue
            prefix = "" if shared[index] else f"<b>{level.scores()}.</b> "
            cells.append(Paragraph(prefix + text(level.text), styles.cell))
        rows.append(cells)
    table = Table(rows, colWidths=[first_w, title_w] + [band_w] * BAND_COUNT, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("FONTNAME", (0, 1), (0, -1), CONDENSED),
                ("FONTSIZE", (0, 1), (0, -1), 8.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [
        PageBreak(),
        Paragraph(t("levels_annex", lang), styles.subtitle),
        Paragraph(text(t("levels_source", lang)), styles.small),
        Spacer(1, 2 * mm),
        table,
    ]
