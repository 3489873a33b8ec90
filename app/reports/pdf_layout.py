"""What our PDF documents share: styles, the header and footer with «page N of M», QR codes,
rotated column headings and the places reserved for digital signature stamps."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app.reports.fonts import CONDENSED, SANS, SANS_BOLD, register_fonts
from app.reports.pdf_signing import SignatureField, reserve_signature_fields

# A cell of a table: plain text, or a flowable such as a paragraph that wraps.
Cell: TypeAlias = Flowable | str
# A command of a TableStyle over a range of cells: ("GRID", (0, 0), (-1, -1), 0.5, GRID).
TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]

GRID = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.92, 0.92, 0.92)
FOOTER_SIZE = 7.5


def text(value: str) -> str:
    """Plain text → paragraph markup: escapes < & > and keeps the author's line breaks."""
    return escape(value).replace("\n", "<br/>")


@dataclass
class Styles:
    base: float = 9

    def __post_init__(self) -> None:
        register_fonts()
        b = self.base
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=b, leading=b * 1.3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=b - 1.5, leading=(b - 1.5) * 1.25)
        self.cell = ParagraphStyle("cell", fontName=CONDENSED, fontSize=b - 1, leading=(b - 1) * 1.2)
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "head", fontName=SANS_BOLD, fontSize=b - 1.5, leading=(b - 1.5) * 1.2, alignment=TA_CENTER
        )
        self.title = ParagraphStyle(
            "title", fontName=SANS_BOLD, fontSize=b + 4, leading=(b + 4) * 1.3, alignment=TA_CENTER, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=SANS_BOLD, fontSize=b + 1, leading=(b + 1) * 1.3, alignment=TA_CENTER, spaceAfter=6
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName=SANS_BOLD,
            fontSize=b + 1,
            leading=(b + 1) * 1.3,
            spaceBefore=8,
            spaceAfter=4,
            alignment=TA_LEFT,
            keepWithNext=1,
        )
        self.code = ParagraphStyle("code", fontName=SANS_BOLD, fontSize=b + 3, leading=(b + 3) * 1.3)
        self.item = ParagraphStyle("item", parent=self.body, spaceAfter=2)
        self.table_heading = ParagraphStyle("table_heading", parent=self.heading, keepWithNext=0)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.centered = ParagraphStyle("centered", parent=self.body, alignment=TA_CENTER)


class RotatedParagraph(Flowable):
    """A paragraph turned 90° counter-clockwise: column headings of narrow score columns."""

    def __init__(self, markup: str, style: ParagraphStyle, length: float):
        super().__init__()
        self.paragraph = Paragraph(markup, style)
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self._thickness = self.paragraph.wrap(self.length, 10_000)
        return self._thickness, self.length

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.rotate(90)
        self.paragraph.drawOn(canvas, 0, -self._thickness)
        canvas.restoreState()


def qr_drawing(payload: str, size: float) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0], initialFontName=SANS)
    drawing.add(widget)
    return drawing


class SignaturePlace(Flowable):
    """Empty space where a digital signature stamp will go; records its page and box when drawn."""

    def __init__(self, name: str, width: float, height: float, sink: list[SignatureField]):
        super().__init__()
        self.name, self.width, self.height, self.sink = name, width, height, sink

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.sink[:] = [f for f in self.sink if f.name != self.name]  # a re-layout replaces the place
        self.sink.append(SignatureField(self.name, page, (x, y, x + self.width, y + self.height)))


class PageMarker(Flowable):
    """Takes no room; notes the page it lands on (to check where the layout put things)."""

    def __init__(self, name: str, sink: dict[str, int]):
        super().__init__()
        self.name, self.sink = name, sink

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink[self.name] = self.canv.getPageNumber()


@dataclass
class PageDecor:
    """The running header and footer: left and right footer texts and «page N of M»."""

    header: str
    footer_left: str
    footer_middle: str
    page_label: Callable[[int, int], str]
    margins: tuple[float, float, float, float] = field(default=(15 * mm, 15 * mm, 15 * mm, 15 * mm))


def _numbered_canvas(decor: PageDecor) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until the end so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", SANS)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset, as Canvas.showPage does

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(count)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, count: int) -> None:
            width, height = self._pagesize  # type: ignore[attr-defined]  # the size of the page being decorated
            left, right, top, bottom = decor.margins
            self.saveState()
            self.setFont(SANS, FOOTER_SIZE)
            self.setFillColor(colors.black)
            self.drawRightString(width - right, height - top * 0.55, decor.header)
            y = bottom * 0.45
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(left, bottom * 0.75, width - right, bottom * 0.75)
            self.drawString(left, y, decor.footer_left)
            self.drawCentredString(width / 2, y, decor.footer_middle)
            self.drawRightString(width - right, y, decor.page_label(self.getPageNumber(), count))
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    pagesize: tuple[float, float],
    decor: PageDecor,
    *,
    title: str,
    author: str,
    subject: str,
    signature_places: list[SignatureField] | None = None,
) -> bytes:
    """Lays out `story` and returns the PDF; reserves signature fields for any SignaturePlace drawn."""
    buffer = io.BytesIO()
    left, right, top, bottom = decor.margins
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator="Sarapshy",
        initialFontName=SANS,
        lang="kk",
    )
    frame = Frame(
        left,
        bottom,
        pagesize[0] - left - right,
        pagesize[1] - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_numbered_canvas(decor))
    pdf = buffer.getvalue()
    if signature_places:
        pdf = reserve_signature_fields(pdf, signature_places)
    return pdf
