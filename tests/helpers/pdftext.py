"""Reading our PDFs back the way a user's tools see them (poppler), and a one-line PDF to sign."""

from __future__ import annotations

import subprocess
from pathlib import Path


def write_one_line_pdf(path: Path, text: str) -> Path:
    """A one-page PDF with `text` in the bundled DejaVu Sans: a document to sign."""
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import register_fonts

    register_fonts()
    canvas = Canvas(str(path))
    canvas.drawString(72, 700, text)
    canvas.save()
    return path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-raw", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def font_rows(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


def assert_only_embedded_fonts(path: Path) -> None:
    rows = font_rows(path)
    assert rows, "no fonts at all"
    for row in rows:
        assert " yes yes " in row and "DejaVu" in row, row
