"""The Excel summary's cells: fonts and named styles, styled and text cells, headings, column
widths, print setup and cross-sheet references, shared by every sheet of the workbook."""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Arial"  # has every Kazakh letter on Windows, macOS and LibreOffice installs
BODY = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
TITLE = Font(name=FONT_NAME, size=12, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")

FORMULA_STARTS = "=+-@"  # text starting so would be read as a formula
LINE_HEIGHT = 12.75  # points: one line of Arial 10
HEADER_ROW = 3  # rows 1–2: title lines; row 3: column headings; data from row 4 (expert sheets: 5)


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


def ref(sheet: str, column: int, row: int, absolute: bool = False) -> str:
    letter = get_column_letter(column)
    cell_ref = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"'{sheet}'!{cell_ref}"
