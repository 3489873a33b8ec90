"""Print preview, print, the system PDF viewer and the signature check for our PDF documents.

The pages are rendered by QtPdf (pdfium) into images at the printer's resolution (capped, see
`PRINT_DPI_CAP`) and drawn on a `QPrinter` one page at a time; each page keeps its own size and
orientation (the evaluation sheet is A4 landscape, the protocol A4 portrait). Printing proper runs
page by page from the event loop, so the window stays responsive and Cancel works between pages.

    actions = PdfActions(page)            # Print preview… / Print… / Open in PDF viewer / Signatures…
    actions.set_document(path)            # enables them for this PDF
    menu.addActions(actions.actions())

QtPdf comes in its own wheel (PySide6-Pdf); without it the print actions are disabled with a tooltip
that says why, while opening in the system viewer and the signature check still work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.ui import theme
from app.ui.error_text import input_error_text
from app.ui.qt import ModelIndex, QAction, QObject, Qt, QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets, Signal
from app.ui.worker import run_in_background, show_error

log = logging.getLogger(__name__)

# Rendering above this many dots per inch brings nothing visible and costs memory (an A4 page at
# 1200 dpi is a 560 MB image); the printer scales the image up to its own resolution.
PRINT_DPI_CAP = 300
# The preview keeps every page's image in memory: screen resolution with room for zooming in.
PREVIEW_DPI_CAP = 120
POINTS_PER_INCH = 72.0


def pdf_rendering_available() -> bool:
    """Whether QtPdf is installed (it renders the pages for printing)."""
    return QtPdf is not None and QtPrintSupport is not None


def open_pdf(path: str | Path, parent: QObject | None = None) -> QtPdf.QPdfDocument:
    """The loaded document; a missing, damaged or locked file is an InputError saying so."""
    path = Path(path)
    if not pdf_rendering_available():
        raise InputError(
            path,
            "",
            "this installation cannot render PDF pages (QtPdf is missing)",
            "open the file in the system PDF viewer and print it from there",
        )
    if not path.is_file():
        raise InputError(path, "", "the file does not exist", "write the document again or choose another PDF")
    document = QtPdf.QPdfDocument(parent)  # type: ignore[arg-type]  # Qt takes no parent as None here too
    error = document.load(str(path))
    Error = QtPdf.QPdfDocument.Error
    if error != Error.None_ or document.pageCount() < 1:
        problem = {
            Error.IncorrectPassword: "the PDF is protected by a password",
            Error.UnsupportedSecurityScheme: "the PDF is encrypted in a way that cannot be opened",
            Error.FileNotFound: "the file does not exist",
        }.get(error, "the file is not a readable PDF")
        document.deleteLater()
        raise InputError(path, "", problem, "choose a PDF written by Sarapshy")
    return document


def page_layout(document: QtPdf.QPdfDocument, index: int) -> QtGui.QPageLayout:
    """The page's own size and orientation, without margins (the PDF has its own)."""
    size = document.pagePointSize(index)
    width, height = size.width(), size.height()
    landscape = width > height
    portrait_size = QtCore.QSizeF(min(width, height), max(width, height))
    page_size = QtGui.QPageSize(
        portrait_size, QtGui.QPageSize.Unit.Point, "", QtGui.QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = QtGui.QPageLayout.Orientation.Landscape if landscape else QtGui.QPageLayout.Orientation.Portrait
    return QtGui.QPageLayout(page_size, orientation, QtCore.QMarginsF(0, 0, 0, 0), QtGui.QPageLayout.Unit.Point)


def render_page(document: QtPdf.QPdfDocument, index: int, dpi: float) -> QtGui.QImage:
    """One page as an opaque image at `dpi`, signature stamps and other annotations included."""
    size = document.pagePointSize(index)
    pixels = QtCore.QSize(
        max(1, round(size.width() * dpi / POINTS_PER_INCH)), max(1, round(size.height() * dpi / POINTS_PER_INCH))
    )
    options = QtPdf.QPdfDocumentRenderOptions()
    options.setRenderFlags(QtPdf.QPdfDocumentRenderOptions.RenderFlag.Annotations)
    rendered = document.render(index, pixels, options)  # transparent where the page is blank
    page = QtGui.QImage(pixels, QtGui.QImage.Format.Format_RGB32)
    page.fill(QtGui.QColor(theme.PAPER))
    painter = QtGui.QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def chosen_pages(printer: QtPrintSupport.QPrinter, page_count: int) -> list[int]:
    """0-based page indexes: the range chosen in the print dialog, else every page."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QtPrintSupport.QPrinter.PrintRange.PageRange and first > 0:
        return list(range(first - 1, min(last or page_count, page_count)))
    return list(range(page_count))


def fitted(area: QtCore.QRectF, size: QtCore.QSize) -> QtCore.QRectF:
    """The largest rectangle of `size`'s proportions centred in `area`."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QtCore.QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)


class PagePainter:
    """Paints the pages of a document on a printer, one call per page."""

    def __init__(
        self, document: QtPdf.QPdfDocument, printer: QtPrintSupport.QPrinter, dpi_cap: float = PRINT_DPI_CAP
    ) -> None:
        self.document = document
        self.printer = printer
        self.dpi = min(float(printer.resolution()), dpi_cap)
        self.pages = chosen_pages(printer, document.pageCount())
        self.done = 0
        self.painter = QtGui.QPainter()

    @property
    def total(self) -> int:
        return len(self.pages)

    def begin(self) -> None:
        if not self.pages:
            raise InputError("", "", "the chosen page range holds no page of the document", "choose other pages")
        self.printer.setFullPage(True)
        self.printer.setPageLayout(page_layout(self.document, self.pages[0]))
        if not self.painter.begin(self.printer):
            raise InputError(
                self.printer.printerName() or self.printer.outputFileName(),
                "",
                "the printer could not be started",
                "check that the printer is on and ready",
            )

    def paint_next(self) -> bool:
        """Paint the next page; False once every page is painted."""
        if self.done >= self.total:
            return False
        index = self.pages[self.done]
        if self.done > 0:
            layout = page_layout(self.document, index)
            if not self.printer.pageLayout().isEquivalentTo(layout):
                # Takes effect on the new page; Qt's preview refuses it, so pages are also fitted below.
                self.printer.setPageLayout(layout)
            self.printer.newPage()
        image = render_page(self.document, index, self.dpi)
        target = QtCore.QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        self.painter.resetTransform()
        self.painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        if (image.width() > image.height()) != (target.width() > target.height()):
            # a page of the other orientation on a sheet that could not be turned: turn the page
            self.painter.translate(target.right(), target.top())
            self.painter.rotate(90)
            target = QtCore.QRectF(0, 0, target.height(), target.width())
        self.painter.drawImage(fitted(target, image.size()), image)
        self.done += 1
        return self.done < self.total

    def end(self) -> None:
        if self.painter.isActive():
            self.painter.end()

    def abort(self) -> None:
        self.printer.abort()
        self.end()


class PdfPrintJob(QObject):
    """Prints a document page by page from the event loop (the window stays responsive)."""

    progressed = Signal(int, int)  # pages done, pages in all
    finished = Signal()
    cancelled = Signal()
    failed = Signal(object)  # the InputError

    def __init__(
        self, document: QtPdf.QPdfDocument, printer: QtPrintSupport.QPrinter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.printer = printer
        self.pages = PagePainter(document, printer)
        self._cancel = False
        self.running = False
        self.fallback_reason = ""  # why the PDF itself did not go to the printer (start_print_job)
        self.progress_dialog: QtWidgets.QProgressDialog | None = None

    def start(self) -> PdfPrintJob:
        try:
            self.pages.begin()
        except InputError as exc:
            QtCore.QTimer.singleShot(0, lambda error=exc: self.failed.emit(error))  # exc is unbound after the block
            return self
        self.running = True
        QtCore.QTimer.singleShot(0, self._step)
        return self

    def cancel(self) -> None:
        self._cancel = True

    def _step(self) -> None:
        if self._cancel:
            self.pages.abort()
            self.running = False
            self.cancelled.emit()
            return
        more = self.pages.paint_next()
        self.progressed.emit(self.pages.done, self.pages.total)
        if more:
            QtCore.QTimer.singleShot(0, self._step)
        else:
            self.pages.end()
            self.running = False
            self.finished.emit()


def paint_with_progress(
    document: QtPdf.QPdfDocument, printer: QtPrintSupport.QPrinter, dpi_cap: float, parent: QtWidgets.QWidget | None
) -> bool:
    """Paint every page before returning (the preview asks for it so), showing progress with Cancel.

    Returns False when cancelled: the pages painted so far stay.
    """
    pages = PagePainter(document, printer, dpi_cap)
    pages.begin()
    dialog = QtWidgets.QProgressDialog(parent)
    dialog.setWindowTitle(QtCore.QCoreApplication.translate("Printing", "Preparing the pages"))
    dialog.setLabelText(dialog.windowTitle())
    dialog.setCancelButtonText(QtCore.QCoreApplication.translate("Printing", "Cancel"))
    dialog.setRange(0, pages.total)
    dialog.setMinimumDuration(400)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        while pages.paint_next():
            dialog.setValue(pages.done)
            QtWidgets.QApplication.processEvents()
            if dialog.wasCanceled():
                return False
        return True
    finally:
        pages.end()
        dialog.reset()
        dialog.deleteLater()


def _is_preview(printer: QtPrintSupport.QPrinter) -> bool:
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QtGui.QPaintEngine.Type.Picture


# A bundle may leave QtPrintSupport out: the module still loads and printing says it is unavailable.
if TYPE_CHECKING or QtPrintSupport is not None:
    _PreviewDialogBase = QtPrintSupport.QPrintPreviewDialog
else:
    _PreviewDialogBase = QtWidgets.QDialog


class PdfPreviewDialog(_PreviewDialogBase):
    """Qt's print preview of a PDF file; its Print button prints the same pages for real."""

    def __init__(self, document: QtPdf.QPdfDocument, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        # kept here: the dialog does not own it (and `printer` would hide QPrintPreviewDialog.printer())
        self._printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(title)
        self._printer.setPageLayout(page_layout(document, 0))
        super().__init__(self._printer, parent)
        self.document = document
        document.setParent(self)
        self.setWindowTitle(QtCore.QCoreApplication.translate("Printing", "Print preview: %1").replace("%1", title))
        self.paintRequested.connect(self._paint)
        screen = parent.screen() if parent is not None else QtGui.QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QtCore.QRect(0, 0, 1280, 900)
        self.resize(min(1100, available.width() - 80), available.height() - 80)

    def _paint(self, printer: QtPrintSupport.QPrinter) -> None:
        dpi_cap = PREVIEW_DPI_CAP if _is_preview(printer) else PRINT_DPI_CAP
        try:
            paint_with_progress(self.document, printer, dpi_cap, self)
        except InputError as exc:
            show_error(self, exc)


def preview_pdf(path: str | Path, parent: QtWidgets.QWidget | None = None) -> PdfPreviewDialog | None:
    """Open the print preview of a PDF (not blocking); a bad file gives a clear message instead."""
    try:
        document = open_pdf(path)
    except InputError as exc:
        show_error(parent, exc)
        return None
    dialog = PdfPreviewDialog(document, Path(path).name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_printer(printer: QtPrintSupport.QPrinter, parent: QtWidgets.QWidget | None, page_count: int) -> bool:
    """The system's print dialog: printer, pages, copies. True when the user presses Print."""
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setMinMax(1, page_count)
    dialog.setOption(QtPrintSupport.QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QtPrintSupport.QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def print_pdf(
    path: str | Path, parent: QtWidgets.QWidget | None = None, printer: QtPrintSupport.QPrinter | None = None
) -> PdfPrintJob | None:
    """Ask for a printer, then print the PDF page by page with a progress dialog and Cancel."""
    try:
        document = open_pdf(path)
    except InputError as exc:
        show_error(parent, exc)
        return None
    if printer is None:
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(path).name)
    printer.setPageLayout(page_layout(document, 0))
    if not ask_printer(printer, parent, document.pageCount()):
        document.deleteLater()
        return None
    fallback = ""
    if not printer.outputFileName():
        # A real printer: hand it the signed PDF itself (vector pages, the same bytes that were signed).
        from app.reports.pdf_print import send_pdf_to_printer, system_printing_available

        if system_printing_available():
            try:
                sent = send_pdf_to_printer(
                    path,
                    printer.printerName(),
                    printer.copyCount(),
                    chosen_range(printer, document.pageCount()),
                    Path(path).name,
                )
            except InputError as exc:
                fallback = input_error_text(exc)
            else:
                document.deleteLater()
                show_sent_to_printer(sent, parent)
                return None
        else:
            fallback = QtCore.QCoreApplication.translate(
                "Printing", "this computer has no way to hand a PDF file to the printer"
            )
    return start_print_job(document, printer, parent, fallback)


def chosen_range(printer: QtPrintSupport.QPrinter, page_count: int) -> tuple[int, int] | None:
    """The 1-based (first, last) pages chosen in the print dialog, or None for every page."""
    pages = chosen_pages(printer, page_count)
    if not pages or len(pages) == page_count:
        return None
    return pages[0] + 1, pages[-1] + 1


def show_sent_to_printer(sent, parent: QtWidgets.QWidget | None) -> QtWidgets.QMessageBox:
    """Says what went to the printer: the PDF itself (non-modal, so the window goes on)."""
    translate = QtCore.QCoreApplication.translate
    text = translate(
        "Printing",
        "%1 was sent to the printer %2 as it is: its own vector pages with the "
        "e-signature box — the same bytes that were signed.",
    )
    text = text.replace("%1", sent.pdf.name).replace("%2", sent.printer or translate("Printing", "(default)"))
    if not sent.honours_range_and_copies:
        text += "\n\n" + translate(
            "Printing",
            "The PDF program prints every page once: choose pages and copies in its own print window if it shows one.",
        )
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        translate("Printing", "Printing"),
        text,
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("sent_to_printer")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def start_print_job(
    document: QtPdf.QPdfDocument,
    printer: QtPrintSupport.QPrinter,
    parent: QtWidgets.QWidget | None = None,
    fallback: str = "",
) -> PdfPrintJob:
    """Prints page images. `fallback` says why the PDF itself could not go to the printer (shown)."""
    job = PdfPrintJob(document, printer)
    document.setParent(job)
    translate = QtCore.QCoreApplication.translate
    dialog = QtWidgets.QProgressDialog(parent)
    dialog.setWindowTitle(translate("Printing", "Printing"))
    label = (
        translate("Printing", "Printing %1 as page images (%2 dpi)…")
        .replace("%1", printer.docName())
        .replace("%2", str(round(job.pages.dpi)))
    )
    if fallback:
        label = (
            translate(
                "Printing",
                "The PDF itself could not be handed to the printer (%1). Its pages are "
                "printed as images instead: they show the same text and e-signature box, "
                "but not as vector print.",
            ).replace("%1", fallback)
            + "\n\n"
            + label
        )
        dialog.setMinimumDuration(0)
    dialog.setLabelText(label)
    job.fallback_reason = fallback
    dialog.setCancelButtonText(translate("Printing", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if not fallback:
        dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, max(1, job.pages.total))
    dialog.setValue(0)
    dialog.canceled.connect(job.cancel)
    job.progressed.connect(lambda done, total: dialog.setValue(done))
    job.failed.connect(lambda exc: show_error(parent, exc))

    def close() -> None:
        _jobs.discard(job)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        job.deleteLater()

    for signal in (job.finished, job.cancelled, job.failed):
        signal.connect(close)
    job.progress_dialog = dialog
    _jobs.add(job)
    return job.start()


_jobs: set[PdfPrintJob] = set()  # running jobs stay alive until they end


def open_in_viewer(path: str | Path, parent: QtWidgets.QWidget | None = None) -> bool:
    """Open the PDF in the system's PDF viewer; says so in a message when there is none."""
    path = Path(path)
    if not path.is_file():
        show_error(parent, InputError(path, "", "the file does not exist", "write the document again"))
        return False
    if QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path))):
        return True
    show_error(
        parent,
        InputError(
            path,
            "",
            "no program to show PDF files was found on this computer",
            "install a PDF viewer, or use Print preview",
        ),
    )
    return False


# --- signatures ---


class SignaturesModel(QtCore.QAbstractTableModel):
    """The signatures of one PDF as `verify_pdf` reports them, one row each, in signing order."""

    SIGNER, TIME, INTACT, VALID, WHOLE_FILE, FIELD, TRUSTED, CHANGES, ISSUER, CERTIFICATE = range(10)
    REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
    OK_ROLE = Qt.ItemDataRole.UserRole + 2  # intact and valid

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reports: list = []

    def set_reports(self, reports: list) -> None:
        self.beginResetModel()
        self.reports = list(reports)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Signed by"),
                self.tr("Time"),
                self.tr("Unchanged since signing"),
                self.tr("Signature valid"),
                self.tr("Covers the whole file"),
                self.tr("Field"),
                self.tr("Trusted"),
                self.tr("Changed after it"),
                self.tr("Issuer"),
                self.tr("Certificate SHA-256"),
            )[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        report = self.reports[index.row()]
        column = index.column()
        if role == self.REPORT_ROLE:
            return report
        if role == self.OK_ROLE:
            return report.intact and report.valid
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SIGNER:
                return report.signer
            if column == self.TIME:
                return self.time_text(report.time)
            if column == self.FIELD:
                return report.field
            if column == self.CHANGES:
                return self.changes_text(report.changes_after)
            if column == self.ISSUER:
                return report.issuer
            if column == self.CERTIFICATE:
                return _grouped(report.certificate_sha256)
            if column in (self.VALID, self.INTACT) and not getattr(report, "verifiable", True):
                return self.tr("cannot be checked")
            flag = {
                self.INTACT: report.intact,
                self.VALID: report.valid,
                self.WHOLE_FILE: report.covers_whole_file,
                self.TRUSTED: report.trusted,
            }[column]
            return self.tr("yes") if flag else self.tr("NO")
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.INTACT, self.VALID, self.TRUSTED):
            ok = {self.INTACT: report.intact, self.VALID: report.valid, self.TRUSTED: report.trusted}[column]
            return None if ok else theme.brush("error")
        if role == Qt.ItemDataRole.ToolTipRole:
            return report.problem or report.summary
        return None

    def time_text(self, time) -> str:
        if time is None:
            return self.tr("not stated")
        local = time.astimezone() if time.tzinfo else time
        return local.strftime("%Y-%m-%d %H:%M:%S")

    def changes_text(self, changes: str) -> str:
        from app.reports import pdf_signing as s

        return {
            s.CHANGES_NONE: self.tr("nothing"),
            s.CHANGES_SIGNATURES: self.tr("later signatures only"),
            s.CHANGES_ANNOTATIONS: self.tr("annotations added"),
            s.CHANGES_OTHER: self.tr("the document was altered"),
            s.CHANGES_UNKNOWN: self.tr("unknown"),
        }.get(changes, changes)

    def verdict(self) -> str:
        """One sentence for the whole file."""
        if not self.reports:
            return self.tr("This PDF carries no digital signature.")
        unverifiable = [r for r in self.reports if not r.verifiable]
        if unverifiable:
            return self.tr(
                "%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. "
                "Do not rely on this copy.",
                "",
                len(unverifiable),
            )
        broken = [r for r in self.reports if not (r.intact and r.valid)]
        if broken:
            return self.tr(
                "%n signature(s) do not hold: the file was changed after signing or the signature "
                "is damaged. Do not rely on this copy.",
                "",
                len(broken),
            )
        untrusted = [r for r in self.reports if not r.trusted]
        if untrusted:
            return self.tr(
                "%n signature(s) are intact but not trusted: anyone can make a certificate with any "
                "name. Name the signer's certificate (or its issuer's) with «Trust a certificate…» "
                "after checking it against the paper copy.",
                "",
                len(untrusted),
            )
        return self.tr(
            "%n signature(s), every one intact, valid and made with a certificate you named.", "", len(self.reports)
        )


class SignaturesDialog(QtWidgets.QDialog):
    """Lists each signature of a PDF: signer, time, intact or not, valid or not."""

    checked = Signal()

    def __init__(self, path: str | Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("signatures_dialog")
        self.setWindowTitle(self.tr("Signatures: %1").replace("%1", self.path.name))
        self.model = SignaturesModel(self)
        self.view = QtWidgets.QTableView()
        self.view.setObjectName("signatures_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        # trust beside validity, where the eye looks first; the certificate details after them
        self.view.horizontalHeader().moveSection(self.model.TRUSTED, self.model.WHOLE_FILE)
        self.file_label = QtWidgets.QLabel(str(self.path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.verdict = QtWidgets.QLabel(self.tr("Checking the signatures…"))
        self.verdict.setObjectName("signatures_verdict")
        self.verdict.setWordWrap(True)
        note = QtWidgets.QLabel(
            self.tr(
                "«Unchanged since signing» means the signed bytes are exactly as the "
                "signer left them. A signature followed by another one does not cover the "
                "whole file: that is expected. «Trusted» means the certificate is one you "
                "named (or was issued by one): compare its SHA-256 with the paper copy "
                "before you name it."
            )
        )
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.trust_button = buttons.addButton(
            self.tr("Trust a certificate…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.trust_button.setObjectName("trust_certificate")
        self.trust_button.setToolTip(
            self.tr(
                "Name the signer's certificate file (.pem, .cer, .crt) or its "
                "issuer's: only signatures made with it count as trusted"
            )
        )
        self.trust_button.clicked.connect(self.choose_trusted)
        self.trusted: list[Path] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1250, 360)
        self.check()

    def check(self) -> None:
        from app.reports.pdf_signing import read_certificates, verify_pdf

        def run() -> list:
            return verify_pdf(self.path, trust_roots=read_certificates(list(self.trusted)))

        self.operation = run_in_background(
            run, parent=self, show_progress=False, on_success=self._show, on_error=self._failed
        )

    def choose_trusted(self) -> None:
        path = self.ask_certificate_path()
        if path:
            self.trusted.append(Path(path))
            self.verdict.setText(self.tr("Checking the signatures…"))
            self.check()

    def ask_certificate_path(self) -> str:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a certificate to trust"),
            str(self.path.parent),
            self.tr("Certificates (*.pem *.cer *.crt *.der)"),
        )
        return path

    def _show(self, reports: list) -> None:
        self.model.set_reports(reports)
        broken = any(not r.ok for r in reports)
        self.verdict.setText(self.model.verdict())
        self.verdict.setStyleSheet(theme.text_style("error", bold=True) if broken else "")
        self.checked.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.verdict.setText(
            str(exc)
            if isinstance(exc, InputError)
            else self.tr("The signatures could not be checked: %1").replace("%1", str(exc))
        )
        self.verdict.setStyleSheet(theme.text_style("error"))
        if not isinstance(exc, InputError):
            log.error("signature check failed:\n%s", details)
        self.checked.emit()


def _grouped(hex_digest: str) -> str:
    """A fingerprint in groups of four, easier to compare aloud with a paper copy."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def show_signatures(path: str | Path, parent: QtWidgets.QWidget | None = None) -> SignaturesDialog:
    dialog = SignaturesDialog(path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --- the actions a page puts in its menu and on its buttons ---


def named_action(parent: QObject, name: str, slot: Callable[[], object]) -> QAction:
    """An action found by its object name (tests, the shortcuts list) that runs `slot`; texts come on retranslate."""
    act = QAction(parent)
    act.setObjectName(name)
    act.triggered.connect(slot)
    return act


def action_button(action: QAction) -> QtWidgets.QToolButton:
    """A text button that follows the action's text, tooltip and enabled state."""
    button = QtWidgets.QToolButton()
    button.setObjectName(action.objectName() + "_button")
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class PdfActions(QObject):
    """Print preview…, Print…, Open in PDF viewer, Signatures… and Choose a PDF… for one document."""

    document_changed = Signal(object)  # Path | None

    def __init__(
        self, parent: QtWidgets.QWidget, document: Path | None = None, choose_folder: Callable[[], Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.document: Path | None = None
        self.choose_folder = choose_folder or Path.home
        self.dialog: QtWidgets.QDialog | None = None
        self.job: PdfPrintJob | None = None

        self.preview = named_action(parent, "pdf_preview", self.show_preview)
        self.print_ = named_action(parent, "pdf_print", self.print_document)
        self.print_.setShortcut(QtGui.QKeySequence("Ctrl+P"))
        self.print_.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(self.print_)  # Ctrl+P works while this page is shown, menu or not
        self.open_viewer = named_action(parent, "pdf_open_viewer", self.open_in_viewer)
        self.signatures = named_action(parent, "pdf_signatures", self.check_signatures)
        self.choose = named_action(parent, "pdf_choose", self.choose_document)
        self.retranslate()
        self.set_document(document)

    def actions(self, with_choose: bool = False) -> list[QAction]:
        acts = [self.preview, self.print_, self.open_viewer, self.signatures]
        return [*acts, self.choose] if with_choose else acts

    def retranslate(self) -> None:
        self.preview.setText(self.tr("Print pre&view…"))
        self.print_.setText(self.tr("&Print…"))
        self.open_viewer.setText(self.tr("Open in the PDF &viewer"))
        self.signatures.setText(self.tr("Check the si&gnatures…"))
        self.choose.setText(self.tr("Choose another PDF…"))
        self.choose.setToolTip(self.tr("Print, open or check the signatures of any PDF file"))
        self._update()

    def set_document(self, path: str | Path | None) -> None:
        self.document = Path(path) if path else None
        self._update()
        self.document_changed.emit(self.document)

    def _update(self) -> None:
        has = self.document is not None
        can_render = pdf_rendering_available()
        for act in (self.preview, self.print_):
            act.setEnabled(has and can_render)
            act.setToolTip(
                ""
                if can_render
                else self.tr(
                    "Printing needs QtPdf, which this installation lacks: "
                    "open the PDF in the viewer and print from there."
                )
            )
        self.open_viewer.setEnabled(has)
        self.signatures.setEnabled(has)

    def show_preview(self) -> None:
        if self.document is not None:
            self.dialog = preview_pdf(self.document, self.widget)

    def print_document(self) -> None:
        if self.document is not None:
            self.job = print_pdf(self.document, self.widget)

    def open_in_viewer(self) -> None:
        if self.document is not None:
            open_in_viewer(self.document, self.widget)

    def check_signatures(self) -> None:
        if self.document is not None:
            self.dialog = show_signatures(self.document, self.widget)

    def choose_document(self) -> None:
        path = self.ask_pdf_path()
        if path:
            self.set_document(path)

    def ask_pdf_path(self) -> str:
        start = self.document.parent if self.document else self.choose_folder()
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.widget, self.tr("Choose a PDF"), str(start), self.tr("PDF files (*.pdf)")
        )
        return path
