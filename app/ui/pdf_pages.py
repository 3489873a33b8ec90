"""PDF pages for printing: QtPdf (pdfium) renders each page into an image at the printer's resolution
(capped, see `PRINT_DPI_CAP`), drawn on a `QPrinter` one page at a time; each page keeps its own size
and orientation (the evaluation sheet is A4 landscape, the protocol A4 portrait). `PdfPrintJob` prints
page by page from the event loop, so the window stays responsive and Cancel works between pages.
"""

from __future__ import annotations

from pathlib import Path

from app.models.errors import InputError
from app.ui import theme
from app.ui.qt import QObject, Qt, QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets, Signal

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
