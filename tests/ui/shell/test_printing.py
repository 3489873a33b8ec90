"""Printing the documents from the window: the printed file is compared with its source page by
page (count, size and orientation with pdfinfo, the picture with pdftoppm), the signatures dialog
reports each signer, and the chair's desk offers printing once there is something to print."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.ui import pdf_pages, pdf_signatures, printing, theme
from app.ui.qt import QObject, Qt, QtCore, QtPrintSupport, QtWidgets, Slot
from tests.helpers.pdftext import pdf_text
from tests.helpers.printing import documents, needs_qtpdf  # noqa: F401 (documents: a fixture)
from tests.helpers.ui_chair import wait_idle

# Pages are compared as pictures: rendered at 72 dpi, then averaged down 4 × 4 so that the two
# renderers' anti-aliasing of small text (poppler draws the source's glyphs, the print holds an
# image of pdfium's) does not count; a wrong or shifted page differs by far more (checked below).
COMPARE_DPI = 72
SAME_PAGE_LIMIT = 8.0


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)]


def page_images(pdf: Path, folder: Path) -> list[np.ndarray]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(COMPARE_DPI), "-gray", str(pdf), str(folder / "p")], check=True)
    images = []
    for path in sorted(folder.glob("p-*.pgm")):
        image = Image.open(path).convert("L")
        images.append(np.asarray(image.resize((image.width // 4, image.height // 4), Image.Resampling.BOX), float))
    return images


def difference(a: np.ndarray, b: np.ndarray) -> float:
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])  # 595.276 pt prints as 595 pt
    return float(np.abs(a[:h, :w] - b[:h, :w]).mean())


def pdf_printer(out: Path) -> QtPrintSupport.QPrinter:
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def press_print(monkeypatch, out: Path, configure=None) -> list[QtPrintSupport.QPrinter]:
    """The print dialog answers as a user who picks «Print to file (PDF)» and presses Print."""
    seen = []

    def answer(printer, parent, page_count):
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if configure:
            configure(printer)
        seen.append((printer, page_count))
        return True

    monkeypatch.setattr(printing, "ask_printer", answer)
    return seen


def print_and_wait(qtbot, path: Path, parent=None) -> pdf_pages.PdfPrintJob:
    job = printing.print_pdf(path, parent)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    return job


def assert_printed_faithfully(source: Path, printed: Path, tmp_path: Path) -> None:
    sizes, printed_sizes = page_sizes(source), page_sizes(printed)
    assert len(printed_sizes) == len(sizes)
    for (w, h), (pw, ph) in zip(sizes, printed_sizes, strict=True):
        assert abs(w - pw) < 1.5 and abs(h - ph) < 1.5  # same size, same orientation
    before = page_images(source, tmp_path / f"{printed.stem}-source")
    after = page_images(printed, tmp_path / f"{printed.stem}-printed")
    differences = [difference(a, b) for a, b in zip(before, after, strict=True)]
    for number, value in enumerate(differences, start=1):
        assert value < SAME_PAGE_LIMIT, f"page {number} differs from its source by {value:.1f}"
    if len(before) > 1:  # the measure tells pages apart: printed page 1 is far from source page 2
        assert difference(before[1], after[0]) > 2 * differences[0]


@needs_qtpdf
def test_the_protocol_prints_page_for_page_in_portrait(qtbot, monkeypatch, documents, tmp_path):
    protocol = documents["protocol"]
    assert "ХАТТАМАСЫ" in pdf_text(protocol)
    out = tmp_path / "printed-protocol.pdf"
    seen = press_print(monkeypatch, out)
    job = print_and_wait(qtbot, protocol)
    pages = len(page_sizes(protocol))  # the decision, the signatures and the sheets annex: 4 today
    assert pages >= 3 and seen[0][1] == pages and job.pages.done == pages
    sizes = page_sizes(out)
    assert len(sizes) == pages and all(w < h for w, h in sizes)
    assert_printed_faithfully(protocol, out, tmp_path)


@needs_qtpdf
def test_the_sheet_prints_in_landscape(qtbot, monkeypatch, documents, tmp_path):
    sheet = documents["sheet"]
    assert "БАҒАЛАУ ПАРАҒЫ" in pdf_text(sheet)
    out = tmp_path / "printed-sheet.pdf"
    press_print(monkeypatch, out)
    print_and_wait(qtbot, sheet)
    sizes = page_sizes(out)  # the form, then the annex of score levels
    assert len(sizes) == len(page_sizes(sheet)) >= 2 and all(w > h for w, h in sizes)
    assert_printed_faithfully(sheet, out, tmp_path)


@needs_qtpdf
def test_each_page_keeps_its_own_orientation_and_the_page_range_is_honoured(qtbot, monkeypatch, tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    mixed = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(mixed), pagesize=A4)
    for number, size in enumerate((A4, landscape(A4), A4), start=1):
        pdf.setPageSize(size)
        pdf.setFont("Helvetica", 40)
        pdf.drawString(72, size[1] - 120, f"Page {number}")
        pdf.rect(72 * number, 72, 150, 100, fill=1)
        pdf.showPage()
    pdf.save()
    out = tmp_path / "mixed-printed.pdf"
    press_print(monkeypatch, out)
    print_and_wait(qtbot, mixed)
    assert [w > h for w, h in page_sizes(out)] == [False, True, False]
    assert_printed_faithfully(mixed, out, tmp_path)

    def pages_2_to_3(printer):
        printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)

    ranged = tmp_path / "range.pdf"
    press_print(monkeypatch, ranged, pages_2_to_3)
    print_and_wait(qtbot, mixed)
    assert [w > h for w, h in page_sizes(ranged)] == [True, False]


@needs_qtpdf
def test_cancel_stops_between_pages(qtbot, monkeypatch, documents, tmp_path):
    press_print(monkeypatch, tmp_path / "cancelled.pdf")
    job = printing.print_pdf(documents["protocol"])
    job.progressed.connect(lambda done, total: job.cancel())
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass
    assert job.pages.done == 1 and not job.running
    assert not job.progress_dialog.isVisible()


def beyond_the_last_page(printer: QtPrintSupport.QPrinter) -> None:
    printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
    printer.setFromTo(7, 9)


def into_a_missing_folder(printer: QtPrintSupport.QPrinter) -> None:
    printer.setOutputFileName(str(Path(printer.outputFileName()).parent / "no such folder" / "out.pdf"))


@needs_qtpdf
@pytest.mark.parametrize(
    ("configure", "reason"),
    [
        (beyond_the_last_page, "the chosen page range holds no page of the document"),
        (into_a_missing_folder, "the printer could not be started"),
    ],
)
def test_a_print_that_cannot_start_says_why(qtbot, monkeypatch, documents, tmp_path, configure, reason):
    # The reason reaches the user after the `except` block has ended (the job reports from the event loop).
    press_print(monkeypatch, tmp_path / "printed.pdf", configure)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    with qtbot.captureExceptions() as exceptions:
        job = printing.print_pdf(documents["protocol"], parent)
        assert job is not None and not job.running
        with qtbot.waitSignal(job.failed, timeout=10_000) as failure:
            pass
    assert exceptions == []
    assert reason in str(failure.args[0])
    qtbot.waitUntil(lambda: any(reason in box.text() for box in parent.findChildren(QtWidgets.QMessageBox)))
    assert not (tmp_path / "printed.pdf").exists()


@needs_qtpdf
def test_bad_files_are_explained_not_fatal(qtbot, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    assert printing.preview_pdf(broken, parent) is None
    assert printing.print_pdf(tmp_path / "gone.pdf", parent) is None
    boxes = parent.findChildren(QtWidgets.QMessageBox)
    texts = " | ".join(box.text() for box in boxes)
    assert "broken.pdf" in texts and "not a readable PDF" in texts
    assert "gone.pdf" in texts and "does not exist" in texts


@needs_qtpdf
def test_print_preview_shows_every_page(qtbot, documents):
    dialog = printing.preview_pdf(documents["protocol"])
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QtPrintSupport.QPrintPreviewWidget)
    pages = len(page_sizes(documents["protocol"]))
    qtbot.waitUntil(lambda: preview.pageCount() == pages, timeout=30_000)
    dialog.close()


def sign(pdf: Path, tmp_path: Path, names: list[str]) -> Path:
    """Signs in turn with one key per name, all issued by one CA; returns the CA's certificate file."""
    from app.reports.pdf_signing import sign_pdf
    from tests.helpers.certs import make_ca, make_signer_p12, pem

    ca = make_ca()
    for n, name in enumerate(names):
        p12 = tmp_path / f"signer{n}.p12"
        make_signer_p12(p12, name, ca, b"secret")
        sign_pdf(pdf, pdf, p12, "secret")
    (tmp_path / "ca.pem").write_bytes(pem(ca[1]))
    return tmp_path / "ca.pem"


def test_signatures_dialog_names_each_signer(qtbot, documents, tmp_path):
    pdf = documents["protocol"]
    ca = sign(pdf, tmp_path, ["Сәрсенбаева Әйгерім", "Құрманғали Ұлжан"])
    dialog = pdf_signatures.SignaturesDialog(pdf)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        dialog.show()
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, model.SIGNER).data() for r in range(2)] == ["Сәрсенбаева Әйгерім", "Құрманғали Ұлжан"]
    assert all(model.index(r, model.INTACT).data() == "yes" for r in range(2))
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", model.index(0, model.TIME).data())
    assert "2 signature(s) are intact but not trusted" in dialog.verdict.message()
    assert model.index(0, model.TRUSTED).data() == "NO"
    assert model.index(0, model.ISSUER).data() == "Sarapshy Test CA"
    assert len(model.index(0, model.CERTIFICATE).data().replace(" ", "")) == 64
    assert model.index(0, model.CHANGES).data() == "later signatures only"
    assert model.index(1, model.CHANGES).data() == "nothing"
    # naming the issuer's certificate makes both trusted
    dialog.ask_certificate_path = lambda: str(ca)
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert "2 signature(s), every one intact, valid and made with a certificate you named" in dialog.verdict.message()
    assert model.index(0, model.TRUSTED).data() == "yes"

    # Changing a signed byte is reported, not hidden: the file was changed after signing.
    data = bytearray(pdf.read_bytes())
    at = data.index(b"/MediaBox") + len(b"/MediaBox [0 0 5")
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    again = pdf_signatures.SignaturesDialog(tampered)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.checked, timeout=60_000):
        again.show()
    assert again.model.rowCount() == 2
    assert not any(again.model.index(r, 0).data(pdf_signatures.SignaturesModel.OK_ROLE) for r in range(2))
    assert "do not hold" in again.verdict.message()


def test_signatures_model_without_a_window(qtbot):
    from datetime import datetime

    from app.reports.pdf_signing import SignatureReport

    model = pdf_signatures.SignaturesModel()
    assert model.verdict() == "This PDF carries no digital signature."
    good = SignatureReport(
        "chair", "Сәрсенбаева Әйгерім", datetime(2026, 12, 18, 10, 0, tzinfo=UTC), True, True, False, "INTACT:TRUSTED"
    )
    broken = SignatureReport("secretary", "Құрманғали Ұлжан", None, False, False, True, "INVALID")
    model.set_reports([good, broken])
    assert (model.rowCount(), model.columnCount()) == (2, 10)
    assert model.index(1, model.INTACT).data() == "NO" and model.index(0, model.WHOLE_FILE).data() == "NO"
    assert model.index(1, model.TIME).data() == "not stated"
    assert model.index(1, model.INTACT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, model.INTACT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, model.FIELD).data() == "chair"
    assert "1 signature(s) do not hold" in model.verdict()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QtCore.QUrl] = []

    @Slot(QtCore.QUrl)
    def open(self, url: QtCore.QUrl) -> None:
        self.urls.append(url)


@needs_qtpdf
def test_the_chair_desk_prints_the_protocol_once_it_is_written(qtbot, english_ui, monkeypatch, documents, tmp_path):
    from app.ui.chair.desk import ChairDesk
    from app.ui.qt import QtGui

    desk = ChairDesk(documents["round"])
    qtbot.addWidget(desk)
    desk.resize(1400, 900)
    desk.show()
    qtbot.waitUntil(lambda: desk.snapshot is not None, timeout=20_000)
    desk.tabs.setCurrentWidget(desk.decisions)
    buttons = {b.objectName(): b for b in desk.decisions.document_buttons}
    assert set(buttons) == {
        "pdf_preview_button",
        "pdf_print_button",
        "pdf_open_viewer_button",
        "pdf_signatures_button",
        "pdf_choose_button",
        "ncalayer_sign_action_button",
        "documentolog_export_button",
    }
    for name in (
        "pdf_preview_button",
        "pdf_print_button",
        "pdf_open_viewer_button",
        "pdf_signatures_button",
        "ncalayer_sign_action_button",
        "documentolog_export_button",
    ):
        assert not buttons[name].isEnabled(), name
    assert buttons["pdf_choose_button"].isEnabled()
    assert "Write the protocol" in desk.decisions.document_label.text()

    pdf = tmp_path / "desk-protocol.pdf"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(pdf))
    qtbot.mouseClick(desk.decisions.protocol_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert pdf.exists()
    qtbot.waitUntil(buttons["pdf_print_button"].isEnabled)
    assert all(b.isEnabled() for b in buttons.values())
    assert "desk-protocol.pdf" in desk.decisions.document_label.text()

    out = tmp_path / "desk-printed.pdf"
    press_print(monkeypatch, out)
    qtbot.mouseClick(buttons["pdf_print_button"], Qt.MouseButton.LeftButton)
    job = desk.pdf_actions.job
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert len(page_sizes(out)) == len(page_sizes(pdf))

    catcher = UrlCatcher()
    QtGui.QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(buttons["pdf_open_viewer_button"], Qt.MouseButton.LeftButton)
    finally:
        QtGui.QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [pdf]

    qtbot.mouseClick(buttons["pdf_signatures_button"], Qt.MouseButton.LeftButton)
    dialog = desk.pdf_actions.dialog
    qtbot.waitUntil(lambda: "no digital signature" in dialog.verdict.message(), timeout=60_000)
    dialog.close()

    # any other PDF: the chosen one becomes the document the buttons act on
    monkeypatch.setattr(desk.pdf_actions, "ask_pdf_path", lambda: str(documents["sheet"]))
    qtbot.mouseClick(buttons["pdf_choose_button"], Qt.MouseButton.LeftButton)
    assert desk.pdf_actions.document == documents["sheet"]
    assert "sheet.pdf" in desk.decisions.document_label.text()

    # another round: nothing to print until its protocol is written
    desk.set_round(None)
    assert not buttons["pdf_print_button"].isEnabled() and not buttons["pdf_choose_button"].isEnabled()


@needs_qtpdf
def test_the_chair_desk_prints_an_accepted_sheet(qtbot, english_ui, monkeypatch, documents, tmp_path):
    from app.ui.chair.desk import ChairDesk

    desk = ChairDesk(documents["round"])
    qtbot.addWidget(desk)
    desk.resize(1400, 900)
    desk.show()
    qtbot.waitUntil(lambda: desk.snapshot is not None, timeout=20_000)
    wait_idle(qtbot, desk)
    button = desk.findChild(QtWidgets.QToolButton, "action_sheet_print_button")
    assert not button.isEnabled()  # nothing selected yet
    view = desk.sheets.view
    model = desk.sheets.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].accepted)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    assert button.isEnabled()
    assert desk.commands["sheet_print"] in view.actions()  # also on the table's context menu

    out = tmp_path / "sheet-printed.pdf"
    press_print(monkeypatch, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.documents.print_dialog is not None, timeout=60_000)
    job = desk.documents.print_dialog
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
    source = desk.documents.last_sheet_pdf
    assert "БАҒАЛАУ ПАРАҒЫ" in pdf_text(source)
    assert model.rows[row].expert_name in " ".join(pdf_text(source).split())
    sizes = page_sizes(out)  # the form, then the annex of score levels
    assert len(sizes) == len(page_sizes(source)) and all(w > h for w, h in sizes)
    assert_printed_faithfully(source, out, tmp_path)


def test_without_qtpdf_printing_says_why_and_the_rest_still_works(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_pages, "QtPdf", None)
    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    pdf = tmp_path / "any.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    actions = printing.PdfActions(holder, pdf)
    assert not actions.preview.isEnabled() and not actions.print_.isEnabled()
    assert "QtPdf" in actions.print_.toolTip()
    assert actions.open_viewer.isEnabled() and actions.signatures.isEnabled()
    with pytest.raises(pdf_pages.InputError, match="cannot render PDF pages"):
        pdf_pages.open_pdf(pdf)


def test_a_bundle_without_qt_printing_still_opens_the_chair_desk(tmp_path):
    """Without QtPdf and QtPrintSupport the desk opens, its print actions disabled with the reason."""
    script = (
        "import sys\n"
        "sys.modules['PySide6.QtPdf'] = None\n"
        "sys.modules['PySide6.QtPrintSupport'] = None\n"
        "from app.ui.qt import QtWidgets\n"
        "app = QtWidgets.QApplication([])\n"
        "from app.ui.chair.desk import ChairDesk\n"
        "desk = ChairDesk(None)\n"
        "desk.pdf_actions.set_document(sys.argv[1])\n"
        "a = desk.pdf_actions\n"
        "print(a.print_.isEnabled(), a.preview.isEnabled(), a.open_viewer.isEnabled(), 'QtPdf' in a.print_.toolTip())\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-4:] == ["False", "False", "True", "True"]


@needs_qtpdf
def test_ctrl_p_prints_the_document_of_the_shown_page(qtbot, monkeypatch, documents, tmp_path):
    page = QtWidgets.QWidget()
    qtbot.addWidget(page)
    actions = printing.PdfActions(page, documents["sheet"])
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is page)
    out = tmp_path / "ctrl-p.pdf"
    press_print(monkeypatch, out)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert actions.job is not None
    with qtbot.waitSignal(actions.job.finished, timeout=60_000):
        pass
    assert len(page_sizes(out)) == len(page_sizes(documents["sheet"]))


def test_print_actions_in_kazakh_and_russian(qtbot, qapp, compiled_translations):
    from app.ui.i18n import install_language

    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    actions = printing.PdfActions(holder)
    try:
        install_language(qapp, "kk")
        actions.retranslate()
        kazakh = [a.text() for a in actions.actions(with_choose=True)]
        install_language(qapp, "ru")
        actions.retranslate()
        russian = [a.text() for a in actions.actions(with_choose=True)]
    finally:
        install_language(qapp, "en")
    actions.retranslate()
    english = [a.text() for a in actions.actions(with_choose=True)]
    assert english[1] == "&Print…"
    for texts in (kazakh, russian):
        assert all(t and t != e for t, e in zip(texts, english, strict=True))
    assert any(re.search("[әғқңөұүһі]", t.lower()) for t in kazakh)


def test_the_signatures_dialog_opens_again_at_the_size_it_was_left(qtbot, tmp_path):
    pdf = tmp_path / "not-signed.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    first = pdf_signatures.SignaturesDialog(pdf)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.verdict.level == "error")  # not a PDF it can read: said in the banner
    first.show()
    qtbot.waitExposed(first)
    banner = first.verdict
    drawn = banner.grab().toImage().pixelColor(banner.width() // 2, 3)
    assert drawn == theme.colour("error_background"), "the banner is drawn in the error's colours"
    first.resize(700, 300)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (700, 300))
    first.reject()
    again = pdf_signatures.SignaturesDialog(pdf)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 300)
    qtbot.waitUntil(lambda: again.verdict.level == "error")
