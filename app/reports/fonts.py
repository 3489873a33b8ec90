"""The bundled DejaVu font family, registered once with reportlab.

Every piece of text in our PDFs (tables, headers, QR drawings, signature stamps) uses these fonts, so the documents
carry embedded subsets only and Kazakh letters survive copying out of the PDF.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FACES = (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, CONDENSED, CONDENSED_BOLD)
ELLIPSIS = "…"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_path(face: str) -> Path:
    return fonts_dir() / f"{face}.ttf"


@cache
def register_fonts() -> None:
    """Registers the family with reportlab and makes it the default for canvases and drawings."""
    for face in _FACES:
        pdfmetrics.registerFont(TTFont(face, str(font_path(face))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
    addMapping(CONDENSED, 0, 1, SANS_ITALIC)
    addMapping(CONDENSED, 1, 1, SANS_BOLD_ITALIC)
    # Without these an unembedded Helvetica slips into canvases and graphics (pdffonts lists it).
    rl_config.canvas_basefontname = SANS
    # Table cells holding plain strings take their font from a class default read at import time.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = SANS


def cut_to_width(text: str, face: str, size: float, room: float) -> str:
    """`text` whole when it fits `room` points in `face` at `size`; else its longest beginning that
    fits with an ellipsis after it (spaces before the ellipsis dropped)."""
    if stringWidth(text, face, size) <= room:
        return text
    keep = len(text)
    while keep > 0 and stringWidth(text[:keep].rstrip() + ELLIPSIS, face, size) > room:
        keep -= 1
    return text[:keep].rstrip() + ELLIPSIS
