"""The bundled DejaVu font family, registered once with reportlab and prepared for pyHanko stamps.

Every piece of text in our PDFs (tables, headers, QR drawings) uses these fonts, so the documents
carry embedded subsets only and Kazakh letters survive copying out of the PDF.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import data_dir, resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FACES = (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, CONDENSED, CONDENSED_BOLD)
STAMP_UNITS_PER_EM = 1000


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


@cache
def stamp_font_path() -> Path:
    """DejaVu Sans rescaled to 1000 units/em, which pyHanko's stamp text needs to space glyphs right.

    Rescaling takes about two seconds, so the result is kept in the data folder's cache, named by
    the digest of the source font.
    """
    source = font_path(SANS)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache_dir = data_dir() / "cache" / "fonts"
    target = cache_dir / f"{SANS}-{STAMP_UNITS_PER_EM}upem-{digest}.ttf"
    if target.exists():
        return target
    from fontTools.ttLib import TTFont as OpenTypeFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = OpenTypeFont(str(source))
    scale_upem(font, STAMP_UNITS_PER_EM)
    if "FFTM" in font:  # FontForge's timestamp table: pyHanko's subsetter would warn about it on every stamp
        del font["FFTM"]
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    os.close(fd)
    try:
        font.save(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
