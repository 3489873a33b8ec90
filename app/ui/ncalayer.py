"""The chair's window: sign the protocol with ЭЦП through NCALayer, check its CMS, export for Documentolog.

    actions = NcaLayerActions(desk, desk.pdf_actions)   # follows the document the PDF actions act on
    panel.add_document_actions(actions.actions())

The dialog lists who has signed `protocol.pdf.cms` (name, IIN, verdict, algorithm, time, certificate
serial, issuer), and «Sign with ЭЦП (NCALayer)» lets the next member sign: NCALayer shows its own
window to choose the key and type its password; the signature is checked over the PDF's bytes and
joined to the others in the one .cms file. The network work runs off the UI thread, with Cancel.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.models.errors import InputError
from app.models.ncalayer import NCALAYER_URL
from app.ui import theme
from app.ui.error_text import input_error_text
from app.ui.qt import ModelIndex, QAction, QObject, Qt, QtCore, QtWidgets, Signal
from app.ui.widgets.message_banner import MessageBanner
from app.ui.widgets.remembered_dialog import RememberedDialog
from app.ui.worker import BackgroundOperation, run_in_background

log = logging.getLogger(__name__)
# The problems the NCALayer, CMS, trust, Documentolog and printing code raises have their texts in
# app/models/error_templates_chair.py (rendered by app/ui/error_text.py, which looks them up by code).


class CmsSignersModel(QtCore.QAbstractTableModel):
    """The signers of a detached CMS as `verify_cms` reports them, one row each."""

    NAME, IIN, VERDICT, ALGORITHM, TIME, ISSUER, SERIAL = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signers: list = []

    def set_signers(self, signers: list) -> None:
        self.beginResetModel()
        self.signers = list(signers)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.signers)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Signer"),
                self.tr("IIN"),
                self.tr("Result"),
                self.tr("Algorithm"),
                self.tr("Signing time"),
                self.tr("Issuer"),
                self.tr("Certificate serial"),
            )[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        signer = self.signers[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                signer.name,
                signer.iin or "—",
                self.verdict_text(signer),
                signer.algorithm,
                self.time_text(signer.signing_time),
                signer.issuer,
                signer.serial,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT:
            from app.reports.cms import BROKEN, OK

            colour = {OK: None, BROKEN: "error"}.get(signer.verdict, "warning")
            return theme.brush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(signer.problems) or signer.certificate_sha256
        return None

    def verdict_text(self, signer) -> str:
        from app.reports.cms import BROKEN, OK

        if signer.key_kind == "authentication":
            return self.tr("NOT VALID: an authentication (AUTH_) key")
        if signer.verdict == OK:
            return self.tr("valid (digest and signature checked)")
        if signer.verdict == BROKEN:
            if signer.digest_matches is False:
                return self.tr("BROKEN: the file was changed after signing")
            return self.tr("BROKEN: %1").replace("%1", "; ".join(signer.problems) or self.tr("invalid signature"))
        return self.tr("digest matches; confirm the GOST signature on ezSigner")

    def time_text(self, time) -> str:
        if time is None:
            return self.tr("not stated")
        return (time.astimezone() if time.tzinfo else time).strftime("%Y-%m-%d %H:%M:%S")


class NcaLayerDialog(RememberedDialog):
    """Who has signed the protocol's .cms, and «Sign with ЭЦП (NCALayer)» for the next member."""

    checked = Signal()
    signed = Signal(object)  # NcaLayerSignature

    def __init__(self, pdf: str | Path, parent: QtWidgets.QWidget | None = None, lang: str = "kk") -> None:
        super().__init__("ncalayer", (1100, 420), parent)
        self.pdf = Path(pdf)
        self.lang = lang
        self.url = NCALAYER_URL
        self.cafile: Path | None = None  # verify NCALayer's TLS certificate against this file (tests)
        self.operation: BackgroundOperation | None = None
        self.just_signed = ""  # what the last signing did, shown with the check that follows it
        self.setObjectName("ncalayer_dialog")
        self.setWindowTitle(self.tr("Sign with ЭЦП (NCALayer): %1").replace("%1", self.pdf.name))
        intro = QtWidgets.QLabel(
            self.tr(
                "Each commission member signs the protocol in turn with their own NCA RK signing key. NCALayer "
                "opens its own window: choose the key (RSA_… or GOST512_…, not AUTH_…) and type its password. "
                "All signatures are kept together in one file beside the PDF: %1."
            ).replace("%1", self.pdf.name + ".cms")
        )
        intro.setWordWrap(True)
        self.file_label = QtWidgets.QLabel(str(self.pdf))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.model = CmsSignersModel(self)
        self.view = QtWidgets.QTableView()
        self.view.setObjectName("cms_signers")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = MessageBanner()
        self.status.setObjectName("ncalayer_status")
        note = QtWidgets.QLabel(
            self.tr(
                "RSA and ECDSA signatures are verified here. GOST 34.10-2015 signatures (NCA RK keys since 2024) "
                "are checked for the file's digest and their structure only: confirm them on ezSigner.kz. The "
                "certificate's chain to NCA RK and its revocation are not checked here (that needs the network)."
            )
        )
        note.setWordWrap(True)
        self.sign_button = QtWidgets.QPushButton(self.tr("Sign with ЭЦП (NCALayer)"))
        self.sign_button.setObjectName("ncalayer_sign")
        self.sign_button.clicked.connect(self.sign)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sign_button, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.file_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.check()

    @property
    def cms_path(self) -> Path:
        from app.reports.cms import signature_path

        return signature_path(self.pdf)

    def check(self) -> None:
        """Lists the signers already in the .cms (none yet: says so)."""
        from app.reports.cms import verify_cms

        if not self.cms_path.is_file():
            self.model.set_signers([])
            self._say(self.tr("Nobody has signed yet: %1 does not exist.").replace("%1", self.cms_path.name))
            QtCore.QTimer.singleShot(0, self.checked.emit)
            return
        self.operation = run_in_background(
            verify_cms,
            self.pdf,
            self.cms_path,
            parent=self,
            show_progress=False,
            on_success=self._checked,
            on_error=self._failed,
        )

    def _checked(self, report) -> None:
        self.model.set_signers(report.signers)
        self.view.resizeColumnsToContents()
        if report.ok:
            text = self.tr(
                "%n signature(s) in %1; the protocol is unchanged since signing.", "", len(report.signers)
            ).replace("%1", self.cms_path.name)
            self._say(f"{self.just_signed} {text}".strip())
        else:
            self._say(self.tr("Some signatures do not hold: do not rely on this copy of the protocol."), error=True)
        self.checked.emit()

    def sign(self) -> None:
        from app.reports.ncalayer_signing import sign_pdf_with_ncalayer

        pdf, url, cafile, lang = self.pdf, self.url, self.cafile, self.lang
        waiting = self.tr("Choose your signing key and type its password in NCALayer's window…")

        def work(progress):
            progress(0, 0, waiting)
            return sign_pdf_with_ncalayer(
                pdf, url=url, cafile=cafile, locale=lang, cancelled=lambda: progress.cancelled
            )

        self.sign_button.setEnabled(False)
        self._say(self.tr("Waiting for NCALayer: choose your key and type its password in NCALayer's window."))
        self.operation = run_in_background(
            work,
            parent=self,
            title=self.tr("Signing with NCALayer"),
            on_success=self._signed,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _signed(self, result) -> None:
        self.sign_button.setEnabled(True)
        signer = result.signer
        self.signed.emit(result)
        log.info("NCALayer %s signed (TLS certificate SHA-256 %s)", result.ncalayer_version, result.tls_fingerprint)
        who = signer.name + (f" ({self.tr('IIN')} {signer.iin})" if signer.iin else "")
        self.just_signed = (
            self.tr("Signed by %1. The signature is saved in %2.")
            .replace("%1", who)
            .replace("%2", result.cms_path.name)
        )
        self.check()

    def _cancelled(self) -> None:
        self.just_signed = ""
        self.sign_button.setEnabled(True)
        self._say(self.tr("Signing was cancelled: nothing was signed."), error=True)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.just_signed = ""
        self.sign_button.setEnabled(True)
        if isinstance(exc, InputError):
            self._say(input_error_text(exc), error=True)
        else:
            log.error("NCALayer signing or checking failed:\n%s", details)
            self._say(self.tr("Something went wrong: %1").replace("%1", str(exc)), error=True)
        self.checked.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.show_message(text, "error" if error else "info")


def export_for_documentolog(pdf: Path, parent: QtWidgets.QWidget | None) -> QtWidgets.QMessageBox | None:
    """Writes PROTOCOL_documentolog.pdf (+ .sha256) and shows where, with its SHA-256 to copy."""
    from app.reports.registration_copy import write_registration_copy
    from app.ui.worker import show_error

    translate = QtCore.QCoreApplication.translate
    try:
        copy = write_registration_copy(pdf)
    except InputError as exc:
        show_error(parent, exc)
        return None
    text = (
        translate(
            "NcaLayerActions",
            "The file for Documentolog is written: %1 (%2 pages). It holds the protocol's "
            "pages with the verification QR and nothing interactive (no form, no "
            "signature fields). Register it in Documentolog and sign it there.\n\n"
            "SHA-256: %3",
        )
        .replace("%1", str(copy.pdf))
        .replace("%2", str(copy.pages))
        .replace("%3", copy.sha256)
    )
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        translate("NcaLayerActions", "File for Documentolog"),
        text,
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("documentolog_written")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class NcaLayerActions(QObject):
    """«Sign with ЭЦП (NCALayer)…» and «File for Documentolog…» for the document of a PdfActions."""

    def __init__(self, parent: QtWidgets.QWidget, pdf_actions) -> None:
        super().__init__(parent)
        self.widget = parent
        self.pdf_actions = pdf_actions
        self.dialog: NcaLayerDialog | None = None
        self.message: QtWidgets.QMessageBox | None = None
        self.sign = QAction(parent)
        self.sign.setObjectName("ncalayer_sign_action")
        self.sign.triggered.connect(self.open_dialog)
        self.documentolog = QAction(parent)
        self.documentolog.setObjectName("documentolog_export")
        self.documentolog.triggered.connect(self.export)
        pdf_actions.document_changed.connect(lambda *_: self._update())
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.sign, self.documentolog]

    def retranslate(self) -> None:
        self.sign.setText(self.tr("Sign with ЭЦП (NCALayer)…"))
        self.sign.setToolTip(
            self.tr(
                "Each member signs the protocol with their NCA RK key; the signatures are "
                "saved beside it as .cms and can be checked here"
            )
        )
        self.documentolog.setText(self.tr("File for Documentolog…"))
        self.documentolog.setToolTip(
            self.tr("The protocol without interactive parts, with its SHA-256, to register and sign in Documentolog")
        )
        self._update()

    def _update(self) -> None:
        has = self.pdf_actions.document is not None
        self.sign.setEnabled(has)
        self.documentolog.setEnabled(has)

    def open_dialog(self) -> NcaLayerDialog | None:
        if self.pdf_actions.document is None:
            return None
        from app.ui.i18n import current_language

        self.dialog = NcaLayerDialog(self.pdf_actions.document, self.widget, current_language())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def export(self) -> None:
        if self.pdf_actions.document is not None:
            self.message = export_for_documentolog(self.pdf_actions.document, self.widget)
