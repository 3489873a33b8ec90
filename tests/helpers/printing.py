"""Printing tests: the documents to print, and whether QtPdf is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.chair import ChairStore, report_decisions
from app.models.sheet import load_sheet
from app.reports.protocol_pdf import write_protocol_pdf
from app.reports.sheet_pdf import write_sheet_pdf
from app.ui.qt import QtPdf
from tests.helpers.chair import make_ready, realistic_round

needs_qtpdf = pytest.mark.skipif(QtPdf is None, reason="QtPdf is not installed: pip install PySide6-Pdf")


@pytest.fixture
def documents(tmp_path):
    """The protocol (A4 portrait, 3 pages) and one expert's sheet (A4 landscape) of a realistic round."""
    round_file, paths = realistic_round(tmp_path / "round")
    store = ChairStore(round_file)
    store.import_paths(paths)
    store.set_tie_resolution(["m02", "m03"], "Комиссияның ашық дауыс беруі: 5 – 2")
    make_ready(store)
    snapshot = store.snapshot()
    protocol = write_protocol_pdf(
        round_file, snapshot.outcome, report_decisions(snapshot), tmp_path / "protocol.pdf", "kk"
    )
    sheet = write_sheet_pdf(round_file, load_sheet(paths[0]), tmp_path / "sheet.pdf", "kk")
    return {"protocol": Path(protocol), "sheet": Path(sheet), "round": round_file, "paths": paths}
