"""The file for Documentolog: the protocol's pages and text, nothing interactive, its SHA-256 beside it."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.reports.pdf_signing import sign_pdf, verify_pdf
from tests.helpers.certs import make_ca, make_signer_p12


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture()
def signed_protocol(tmp_path):
    from app.models.chair import ChairStore, report_decisions
    from app.reports.protocol_pdf import write_protocol_pdf
    from tests.helpers.chair import realistic_round

    round_file, paths = realistic_round(tmp_path / "round")
    store = ChairStore(round_file)
    store.import_paths(paths)
    store.set_tie_resolution(["m02", "m03"], "Комиссияның ашық дауыс беруі: 5 – 2")
    snapshot = store.snapshot()
    protocol = Path(
        write_protocol_pdf(round_file, snapshot.outcome, report_decisions(snapshot), tmp_path / "protocol.pdf", "kk")
    )
    p12 = tmp_path / "chair.p12"
    make_signer_p12(p12, "Сәрсенбаева Әйгерім", make_ca(), b"s")
    sign_pdf(protocol, protocol, p12, "s")
    return protocol


def test_the_copy_keeps_the_pages_and_drops_everything_interactive(signed_protocol, capsys):
    assert b"/AcroForm" in signed_protocol.read_bytes() and verify_pdf(signed_protocol)
    assert main(["export-documentolog", str(signed_protocol)]) == 0
    copy = signed_protocol.with_name("protocol_documentolog.pdf")
    data = copy.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    out = capsys.readouterr().out
    assert f"SHA-256 {digest}" in out
    assert copy.with_name(copy.name + ".sha256").read_text() == f"{digest}  protocol_documentolog.pdf\n"
    for marker in (b"/AcroForm", b"/Annots", b"/Widget", b"/ByteRange", b"/OpenAction", b"/JavaScript"):
        assert marker not in data, marker
    assert data.count(b"%%EOF") == 1  # one revision: the signed ones are gone
    assert verify_pdf(copy) == []
    source_text = _text(signed_protocol).replace("Электрондық қолтаңба", "")
    copy_text = _text(copy)
    assert "ХАТТАМАСЫ" in copy_text and "SHA-256" in copy_text
    assert "Электрондық қолтаңба" not in copy_text  # the stamp of a signature that no longer covers it
    source_pages = subprocess.run(["pdfinfo", str(signed_protocol)], capture_output=True, text=True).stdout
    copy_pages = subprocess.run(["pdfinfo", str(copy)], capture_output=True, text=True).stdout
    page_line = [line for line in source_pages.splitlines() if line.startswith("Pages:")]
    assert page_line and page_line == [line for line in copy_pages.splitlines() if line.startswith("Pages:")]
    assert re.search(r"^Form:\s+none$", copy_pages, flags=re.M), copy_pages
    assert all(
        line in copy_text
        for line in source_text.splitlines()
        if "Қол қойған" not in line and "Уақыты" not in line and line.strip()
    )


def test_bad_input_and_overwriting_the_source_are_refused(signed_protocol, tmp_path, capsys):
    assert main(["export-documentolog", str(signed_protocol), "--out", str(signed_protocol)]) == 2
    bogus = tmp_path / "bogus.pdf"
    bogus.write_bytes(b"%PDF-1.7\nnot really")
    assert main(["export-documentolog", str(bogus)]) == 2
    assert main(["export-documentolog", str(tmp_path / "missing.pdf")]) == 2
    err = capsys.readouterr().err
    assert "overwrite the protocol" in err and "bogus.pdf" in err and "missing.pdf" in err
