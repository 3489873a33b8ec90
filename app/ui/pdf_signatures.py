"""The signature check of a PDF document: one row per signature, as `verify_pdf` reports it, and a
verdict in plain words; the signer's certificate can be checked against a trusted one."""

from __future__ import annotations

import logging
from pathlib import Path

from app.models.errors import InputError
from app.ui import theme
from app.ui.error_text import input_error_text
from app.ui.qt import ModelIndex, QObject, Qt, QtCore, QtWidgets, Signal
from app.ui.widgets.message_banner import MessageBanner
from app.ui.widgets.remembered_dialog import RememberedDialog
from app.ui.worker import run_in_background

log = logging.getLogger(__name__)


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
        from app.reports.signature_texts import changes_text

        return changes_text(changes, QtCore.QCoreApplication.translate)

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


class SignaturesDialog(RememberedDialog):
    """Lists each signature of a PDF: signer, time, intact or not, valid or not."""

    checked = Signal()

    def __init__(self, path: str | Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("signatures", (1250, 360), parent)
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
        self.verdict = MessageBanner()
        self.verdict.setObjectName("signatures_verdict")
        self.verdict.show_message(self.tr("Checking the signatures…"), "info")
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
            self.verdict.show_message(self.tr("Checking the signatures…"), "info")
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
        self.verdict.show_message(self.model.verdict(), "error" if broken else "info")
        self.checked.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.verdict.show_message(
            input_error_text(exc)
            if isinstance(exc, InputError)
            else self.tr("The signatures could not be checked: %1").replace("%1", str(exc)),
            "error",
        )
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
