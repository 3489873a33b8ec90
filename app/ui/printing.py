"""Print preview, print, the system PDF viewer and the signature check for our PDF documents.

A signed PDF goes to a real printer as it is; otherwise its pages are rendered and printed as images
(app/ui/pdf_pages.py). The signature check is app/ui/pdf_signatures.py.

    actions = PdfActions(page)            # Print preview… / Print… / Open in PDF viewer / Signatures…
    actions.set_document(path)            # enables them for this PDF
    menu.addActions(actions.actions())

QtPdf comes in its own wheel (PySide6-Pdf); without it the print actions are disabled with a tooltip
that says why, while opening in the system viewer and the signature check still work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.ui.error_text import input_error_text
from app.ui.pdf_pages import (
    PREVIEW_DPI_CAP,
    PRINT_DPI_CAP,
    PdfPrintJob,
    chosen_pages,
    open_pdf,
    page_layout,
    paint_with_progress,
    pdf_rendering_available,
)
from app.ui.pdf_signatures import show_signatures
from app.ui.qt import QAction, QObject, Qt, QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets, Signal
from app.ui.worker import show_error


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
