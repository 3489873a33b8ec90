"""The chair's documents from the desk: the protocol, the Excel summary, the signature on a PDF,
the next-stage package and the printed form of an accepted sheet. Each is written by
`app.reports.chair_documents` in the desk's worker (progress, cancel); this object asks where,
and says what was written. Its texts keep the desk's translation context."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.chair import SheetRow
from app.models.errors import InputError
from app.models.files import file_name_part
from app.models.round import RoundFile
from app.models.sheet import parse_sheet
from app.reports import chair_documents
from app.reports.chair_documents import DocumentKind
from app.ui.i18n import translate
from app.ui.printing import preview_pdf, print_pdf
from app.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from app.models.chair import ChairStore
    from app.ui.chair.desk import ChairDesk
    from app.ui.printing import PdfPreviewDialog, PdfPrintJob


class DeskDocuments(QtCore.QObject):
    def __init__(self, desk: ChairDesk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.last_protocol: Path | None = None
        self.last_sheet_pdf: Path | None = None
        self.print_dialog: PdfPreviewDialog | PdfPrintJob | None = None
        self.sheet_pdfs = tempfile.TemporaryDirectory(prefix="sarapshy-sheets-")

    # --- the protocol and the summary ---

    def write_protocol(self) -> None:
        self._write_document(
            "protocol",
            translate("ChairDesk", "Write the protocol"),
            "protocol.pdf",
            translate("ChairDesk", "PDF files (*.pdf)"),
        )

    def write_summary(self) -> None:
        self._write_document(
            "summary",
            translate("ChairDesk", "Write the Excel summary"),
            "summary.xlsx",
            translate("ChairDesk", "Excel workbooks (*.xlsx)"),
        )

    def _write_document(self, kind: DocumentKind, title: str, suggested: str, pattern: str) -> None:
        desk, s = self.desk, self.desk.snapshot
        if s is None or desk.store is None:
            return
        if kind == "protocol" and desk.decisions.readiness_model.blocking():
            desk.show_message("<br>".join(desk.decisions.blocker_texts()), "warn")
            return
        path = desk.ask_save_path(title, suggested, pattern)
        if not path:
            return
        desk._run(
            chair_documents.write_document,
            desk.store,
            s,
            kind,
            path,
            desk.decisions.protocol_language(),
            title=title,
            on_success=lambda written: self._written(kind, written),
        )

    def _written(self, kind: DocumentKind, path: Path) -> None:
        if kind == "protocol":
            self.last_protocol = path
            self.desk.pdf_actions.set_document(path)
        self.desk.show_message(translate("ChairDesk", "Written: %1").replace("%1", str(path)), "good")

    def export_next_stage(self) -> None:
        """Regulation 9.5: the advancing entries as a next-stage package with the protocol extract."""
        from app.ui.chair.next_stage import export_package

        desk = self.desk
        if desk.store is not None and desk.snapshot is not None and desk.snapshot.decisions.advancing:
            export_package(desk)

    # --- signing ---

    def sign_document(self) -> None:
        desk = self.desk
        if desk.store is None:
            return
        inputs = self.ask_signing_inputs()
        if inputs is None:
            return
        pdf, p12, passphrase = inputs
        desk._run(
            chair_documents.sign_document,
            desk.store,
            pdf,
            p12,
            passphrase,
            desk.decisions.protocol_language(),
            title=translate("ChairDesk", "Signing the PDF"),
            on_success=lambda signer: self._signed(pdf, signer),
        )

    def _signed(self, pdf: str, signer: str) -> None:
        self.desk.pdf_actions.set_document(pdf)
        self.desk.show_message(
            translate("ChairDesk", "%1 is signed by %2.").replace("%1", str(pdf)).replace("%2", signer), "good"
        )

    def ask_signing_inputs(self) -> tuple[str, str, str] | None:
        """The PDF to sign, the PKCS#12 key file and its passphrase; None if the chair cancels."""
        desk = self.desk
        start = str(self.last_protocol or desk._start_folder())
        pdf, _ = QtWidgets.QFileDialog.getOpenFileName(
            desk, translate("ChairDesk", "The PDF to sign"), start, translate("ChairDesk", "PDF files (*.pdf)")
        )
        if not pdf:
            return None
        p12, _ = QtWidgets.QFileDialog.getOpenFileName(
            desk,
            translate("ChairDesk", "Your signing key"),
            str(Path(pdf).parent),
            translate("ChairDesk", "PKCS#12 keys (*.p12 *.pfx)"),
        )
        if not p12:
            return None
        passphrase, ok = QtWidgets.QInputDialog.getText(
            desk,
            translate("ChairDesk", "Your signing key"),
            translate("ChairDesk", "Passphrase of %1:").replace("%1", Path(p12).name),
            QtWidgets.QLineEdit.EchoMode.Password,
        )
        return (pdf, p12, passphrase) if ok else None

    # --- printing the sheets ---

    def selected_sheet(self) -> SheetRow | None:
        """The row selected on the Sheets tab."""
        index = self.desk.sheets.view.currentIndex()
        rows = self.desk.sheets.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def print_sheet(self, preview: bool) -> None:
        """Make the selected accepted sheet's PDF (the expert's form), then preview or print it."""
        desk = self.desk
        row = self.selected_sheet()
        if row is None or not row.accepted or desk.store is None or desk.round_file is None:
            return
        name = file_name_part(Path(row.file_name).name.removesuffix(".json"), "sheet")
        out = Path(self.sheet_pdfs.name) / f"{name}-{row.sha256[:8]}.pdf"
        desk._run(
            sheet_pdf,
            desk.store,
            desk.round_file,
            row,
            out,
            desk.decisions.protocol_language(),
            title=translate("ChairDesk", "Preparing the sheet for printing"),
            on_success=lambda path: self._sheet_ready(path, preview),
        )

    def _sheet_ready(self, path: Path, preview: bool) -> None:
        self.last_sheet_pdf = path
        self.print_dialog = preview_pdf(path, self.desk) if preview else print_pdf(path, self.desk)


def sheet_pdf(store: ChairStore, round_file: RoundFile, row: SheetRow, out: Path, lang: str) -> Path:
    """The imported sheet's printed form, from the bytes the chair's database keeps."""
    from app.reports.sheet_pdf import write_sheet_pdf

    stored = store.stored_file(row.sha256)
    if stored is None:
        raise InputError(
            row.file_name,
            "",
            "the imported file is no longer in the chair's database",
            "import the sheet file again",
        )
    file_name, raw = stored
    return write_sheet_pdf(round_file, parse_sheet(raw, file_name), out, lang)
