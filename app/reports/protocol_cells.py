"""The protocol's tables: their grid style, column widths fitted to headings, cells that wrap only when
they must."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from app.reports.fonts import CONDENSED, SANS_BOLD
from app.reports.pdf_layout import GRID, SHADE, Cell, Styles, text

CELL_SIZE = 8
HEADING_SIZE = 8  # Styles(base=9.5).head


class Fitter:
    """Plain strings where the text fits its column on one line (fast), paragraphs where it must wrap."""

    def __init__(self, styles: Styles, widths: list[float]):
        self.styles, self.widths = styles, widths

    def cell(self, value: str, column: int) -> Cell:
        if not value:
            return ""
        room = self.widths[column] - 6
        if "\n" not in value and stringWidth(value, CONDENSED, CELL_SIZE) <= room:
            return value
        return Paragraph(text(value), self.styles.cell)


def fit_heading(label: str, least: float) -> float:
    """A column wide enough that its one-word heading is not broken inside the word."""
    return max(least, stringWidth(label, SANS_BOLD, HEADING_SIZE) + 8)


def grid_style(numbers_from: int) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2),
            ("ALIGN", (0, 0), (1, -1), "CENTER"),
            ("ALIGN", (numbers_from, 1), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
