"""Printing prints what is signed (issue 14, item 10): the signed PDF itself goes to the printer —
byte for byte, vector pages with the e-signature box — and the page-image path is only a fallback
that says so."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.reports.pdf_print import cups_command
from app.reports.pdf_signing import sign_pdf
from app.ui import printing
from app.ui.qt import QtPrintSupport, QtWidgets
from tests.helpers.certs import make_ca, make_signer_p12
from tests.helpers.pdftext import pdf_text
from tests.helpers.printing import documents, needs_qtpdf  # noqa: F401 (documents: a fixture)

FAKE_LP = """#!/bin/sh
printf '%s\\n' "$@" > "$SPOOL/args"
for last; do :; done
cp -- "$last" "$SPOOL/job.pdf"
echo "request id is Office-1 (1 file(s))"
exit ${LP_EXIT:-0}
"""


@pytest.fixture
def signed_protocol(documents, tmp_path):
    p12 = tmp_path / "chair.p12"
    make_signer_p12(p12, "Сәрсенбаева Әйгерім", make_ca(), b"secret")
    signed = tmp_path / "protocol-signed.pdf"
    sign_pdf(documents["protocol"], signed, p12, b"secret")
    return {"unsigned": documents["protocol"], "signed": signed}


@pytest.fixture
def spool(tmp_path, monkeypatch):
    """A stand-in for CUPS's `lp` first on PATH: it keeps its arguments and a copy of the file it got."""
    folder = tmp_path / "spool"
    folder.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(FAKE_LP)
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{Path('/usr/bin')}:{Path('/bin')}")
    monkeypatch.setenv("SPOOL", str(folder))
    return folder


def choose_printer(monkeypatch, name: str, copies: int = 1, pages: tuple[int, int] | None = None) -> None:
    def answer(printer, parent, page_count):
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.NativeFormat)
        printer.setPrinterName(name)
        printer.setCopyCount(copies)
        if pages:
            printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(printing, "ask_printer", answer)


def rendered(pdf: Path, folder: Path) -> list[np.ndarray]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-l", "99", str(pdf), str(folder / "p")], check=True)
    return [np.asarray(Image.open(page).convert("L"), float) for page in sorted(folder.glob("p-*.pgm"))]


@needs_qtpdf
def test_the_signed_pdf_itself_goes_to_the_printer(qtbot, monkeypatch, signed_protocol, spool, tmp_path):
    choose_printer(monkeypatch, "Office", copies=2, pages=(2, 3))
    assert printing.print_pdf(signed_protocol["signed"]) is None  # no page-image job
    assert (spool / "job.pdf").read_bytes() == signed_protocol["signed"].read_bytes()
    args = (spool / "args").read_text().split("\n")[:-1]
    # (Qt keeps no name for a printer this test machine does not have: the system's default then)
    assert args == cups_command(signed_protocol["signed"], "", 2, (2, 3), "protocol-signed.pdf")[1:]
    # what the printer got is vector: embedded fonts, no page pictures, the stamp's text extractable
    images = subprocess.run(
        ["pdfimages", "-list", str(spool / "job.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert images == []
    assert "Электрондық қолтаңба" in pdf_text(spool / "job.pdf")
    # and the e-signature box is on the page: the signed page differs from the unsigned one there
    signed = rendered(spool / "job.pdf", tmp_path / "signed-render")
    unsigned = rendered(signed_protocol["unsigned"], tmp_path / "unsigned-render")
    assert len(signed) == len(unsigned)
    # the stamps stand on the signatures' page, wherever annexes put it
    changed = max(len(np.argwhere(np.abs(s - u) > 64)) for s, u in zip(signed, unsigned, strict=True))
    assert changed > 200  # a bordered box with three lines of text
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget.objectName() == "sent_to_printer":
            assert "same bytes that were signed" in widget.text()
            widget.close()


@needs_qtpdf
def test_when_the_system_refuses_the_pages_print_as_images_and_say_so(qtbot, monkeypatch, signed_protocol, spool):
    monkeypatch.setenv("LP_EXIT", "1")
    choose_printer(monkeypatch, "Office")
    job = printing.print_pdf(signed_protocol["signed"])
    assert job is not None and "did not take the file" in job.fallback_reason
    assert "could not be handed to the printer" in job.progress_dialog.labelText()
    assert "page images (" in job.progress_dialog.labelText()
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)


@needs_qtpdf
def test_without_a_system_print_path_the_fallback_says_why(qtbot, monkeypatch, signed_protocol, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    choose_printer(monkeypatch, "Office")
    job = printing.print_pdf(signed_protocol["signed"])
    assert job is not None and "no way to hand a PDF file" in job.fallback_reason
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)


def test_the_cups_command_names_printer_copies_and_pages():
    pdf = Path("protocol.pdf")
    assert cups_command(pdf, "Office", 2, (2, 3), "protocol.pdf") == [
        "lp",
        "-t",
        "protocol.pdf",
        "-n",
        "2",
        "-d",
        "Office",
        "-P",
        "2-3",
        "--",
        str(pdf),
    ]
    assert cups_command(pdf, "", 0, None, "p") == ["lp", "-t", "p", "-n", "1", "--", str(pdf)]


class FakeShell32:
    """Stands in for Windows' shell32 (ShellExecuteW) where this runs on Linux."""

    def __init__(self, result: int) -> None:
        self.result, self.calls = result, []

    def ShellExecuteW(self, hwnd, verb, path, parameters, folder, show):  # noqa: N802 - the Windows name
        self.calls.append((verb, path, parameters, folder, show))
        return self.result


def windows(monkeypatch, result: int) -> FakeShell32:
    import ctypes
    import sys
    from types import SimpleNamespace

    shell = FakeShell32(result)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(shell32=shell), raising=False)
    return shell


def test_on_windows_the_pdf_goes_to_the_printto_verb_of_the_pdf_program(monkeypatch, signed_protocol):
    from app.reports.pdf_print import send_pdf_to_printer

    shell = windows(monkeypatch, 42)
    sent = send_pdf_to_printer(signed_protocol["signed"], "Office HP", copies=2, pages=(1, 2))
    pdf = signed_protocol["signed"]
    assert shell.calls == [("printto", str(pdf), '"Office HP"', str(pdf.parent), 0)]
    assert not sent.honours_range_and_copies  # and the window says so
    send_pdf_to_printer(pdf)
    assert shell.calls[-1][:3] == ("print", str(pdf), None)


def test_on_windows_without_a_pdf_program_it_is_said_and_printing_falls_back(qtbot, monkeypatch, signed_protocol):
    from app.models.errors import InputError
    from app.reports.pdf_print import send_pdf_to_printer

    windows(monkeypatch, 31)  # SE_ERR_NOASSOC
    with pytest.raises(InputError) as caught:
        send_pdf_to_printer(signed_protocol["signed"], "Office")
    assert caught.value.code == "print_no_system_path"
    choose_printer(monkeypatch, "Office")
    job = printing.print_pdf(signed_protocol["signed"])
    assert job is not None and "no program on this computer prints PDF files" in job.fallback_reason
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
