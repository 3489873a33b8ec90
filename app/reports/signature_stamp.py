"""The visible stamp of a signature: three lines drawn by reportlab, placed by pyHanko as a static page.

reportlab lays out the text with the bundled DejaVu Sans and embeds the glyphs it used as a subset,
so the stamp needs neither fontTools nor HarfBuzz (pyHanko's own stamp text does). The drawing is a
one-page PDF exactly the size of the signature field's box, handed to pyHanko in memory.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.generic import DictionaryObject, NameObject, pdf_name
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import StaticContentStamp, StaticStampStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import ELLIPSIS, SANS, cut_to_width, register_fonts

STAMP_TEXT = {
    "kk": "Электрондық қолтаңба\nҚол қойған: %(signer)s\nУақыты: %(ts)s",
    "ru": "Электронная подпись\nПодписал: %(signer)s\nВремя: %(ts)s",
    "en": "Digital signature\nSigned by: %(signer)s\nTime: %(ts)s",
}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %Z"
FONT_SIZE = 7.0
MIN_FONT_SIZE = 5.0  # a longer name than this size holds is cut short with an ellipsis
LEADING = 1.25  # line spacing, in font sizes
PADDING = 4.0  # points between the border and the text
CAP_HEIGHT = 0.73  # DejaVu Sans's capitals, in font sizes


def stamp_lines(lang: str, signer: str, signed_at: datetime) -> list[str]:
    """The stamp's three lines in `lang` (Kazakh for an unknown language)."""
    text = STAMP_TEXT.get(lang, STAMP_TEXT["kk"])
    return (text % {"signer": signer, "ts": signed_at.strftime(TIME_FORMAT)}).split("\n")


def fitted_lines(lines: list[str], width: float, height: float) -> tuple[list[str], float]:
    """The lines and the font size that fit inside a box: 7 pt when they can, smaller for a long
    name (down to 5 pt), and any line still too wide cut short with an ellipsis."""
    register_fonts()  # the widths are DejaVu Sans's
    room_w = max(width - 2 * PADDING, 1.0)
    room_h = max(height - 2 * PADDING, 1.0)
    widest = max(stringWidth(line, SANS, FONT_SIZE) for line in lines)
    size = min(FONT_SIZE, room_h / (len(lines) * LEADING))
    if widest > room_w:
        size = min(size, max(MIN_FONT_SIZE, FONT_SIZE * room_w / widest))
    return [_elided(line, size, room_w) for line in lines], size


def _elided(line: str, size: float, room: float) -> str:
    cut = cut_to_width(line, SANS, size, room)
    if cut == line:
        return line
    kept = cut.removesuffix(ELLIPSIS)
    head, space, fragment = kept.rpartition(" ")
    if space and line[len(kept)] != " " and len(fragment) < 3:
        kept = head  # not a stray letter or two of the next word before the ellipsis
    return kept + ELLIPSIS


def draw_stamp_pdf(lines: list[str], width: float, height: float) -> bytes:
    """A one-page PDF of exactly `width` × `height` points: the lines, left-aligned as a block that is
    centred in the page (the border is pyHanko's)."""
    fitted, size = fitted_lines(lines, width, height)
    block_w = max(stringWidth(line, SANS, size) for line in fitted)
    leading = size * LEADING
    left = max(PADDING, (width - block_w) / 2)
    top = (height + len(fitted) * leading) / 2  # the block of lines centred vertically
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setFont(SANS, size)
    for n, line in enumerate(fitted):
        line_bottom = top - (n + 1) * leading
        # capitals centred in their line's height
        canvas.drawString(left, line_bottom + (leading - CAP_HEIGHT * size) / 2, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class PdfPageInMemory(PdfContent):
    """The first page of a PDF held in memory, as a form XObject (pyHanko's ImportedPdfPage reads a file)."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self.pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)))
        _retag_font_subsets(xobject.get_object(), hashlib.sha256(self.pdf).digest())
        self.resources.xobject[pdf_name("/StampPage")] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/StampPage Do"


def _retag_font_subsets(xobject: DictionaryObject, seed: bytes) -> None:
    """Gives the drawing's font subsets tags of their own. reportlab tags the first subset of a font
    AAAAAA in every PDF it writes, so the stamp's DejaVu subset would share its name with the
    document's and the other stamp's; the PDF standard wants different subsets named apart (§ 9.6.4),
    and a viewer that caches fonts by name would draw wrong glyphs."""
    resources = xobject["/Resources"]  # pyHanko's dictionaries resolve references on indexing
    fonts = resources["/Font"] if "/Font" in resources else DictionaryObject()
    for n, key in enumerate(fonts):
        font = fonts[key]
        base = str(font["/BaseFont"])
        if "+" not in base:
            continue
        tag = "".join(chr(ord("A") + byte % 26) for byte in hashlib.sha256(seed + bytes([n])).digest()[:6])
        name = NameObject(f"/{tag}+{base.split('+', 1)[1]}")
        font["/BaseFont"] = name
        if "/FontDescriptor" in font:
            font["/FontDescriptor"]["/FontName"] = name


@dataclass(frozen=True)
class DrawnStampStyle(StaticStampStyle):
    """A static stamp drawn for the actual box of the field being signed, from `lines`."""

    lines: tuple[str, ...] = ()
    border_width: int = 1
    # the drawing is the box's size: put it at the box's corner as it is
    background_layout: layout.SimpleBoxLayoutRule = field(
        default_factory=lambda: layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        )
    )

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> StaticContentStamp:
        page = PdfPageInMemory(draw_stamp_pdf(list(self.lines), box.width, box.height))
        return StaticContentStamp(writer=writer, style=replace(self, background=page), box=box)
