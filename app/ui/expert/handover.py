"""What the expert hands over: the finalisation check, the signed sheet file, its PDF and the public key.

`SheetHandover` does this work for the expert page and reports back through signals: a line for the
status bar, the export state the page shows beside the expert's name, and a course to go to from
the finalisation check. Its texts keep the page's translation context ("ExpertPage"), where they
were first translated.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.expert_progress import last_exported_sheet
from app.models.files import file_name_part
from app.models.keys import export_public_key, identity_for
from app.models.round import RoundFile
from app.models.sheet_review import review_rows
from app.ui.expert.finalise import ExportedDialog, FinaliseDialog
from app.ui.expert.pdf_memory import remember_sheet_pdf, remembered_sheet_pdf
from app.ui.expert.session import ExpertSession
from app.ui.i18n import translate
from app.ui.printing import PdfActions
from app.ui.qt import QObject, Qt, QtWidgets, Signal
from app.ui.widgets.settings import last_folder, remember_folder
from app.ui.worker import BackgroundOperation, run_in_background, show_error

Sheet = dict[str, Any]  # a signed sheet as written (app/models/sheet.py)


class SheetHandover(QObject):
    """Finalise and export the sheet, save it as PDF (and print it), export the public key."""

    status_message = Signal(str)
    export_state_changed = Signal(str)  # the line beside the expert's name: what was exported last
    jump_requested = Signal(str, object)  # entry id, criterion id or None: from the finalisation check

    def __init__(
        self,
        page: QtWidgets.QWidget,
        media_check: Callable[[], Any],
        changed_since_export: Callable[[], str],
    ) -> None:
        super().__init__(page)
        self.page = page  # the parent of every dialog
        self._media_check = media_check  # the form -02 check of the round's videos (None until done)
        self._changed_since_export = changed_since_export  # how many courses changed since ("": none)
        self.round_file: RoundFile | None = None
        self.session: ExpertSession | None = None
        self.working = False  # an expert is chosen and works on their sheet
        self._lang = "kk"
        self._export_round: tuple[int, str | None] | None = None  # last revision, the round it was made for
        self.print_actions = PdfActions(page)  # print, preview, viewer, signatures of the saved sheet PDF
        self.finalise_dialog: FinaliseDialog | None = None
        self.exported_dialog: ExportedDialog | None = None
        self.pdf_operation: BackgroundOperation | None = None
        self.key_box: QtWidgets.QMessageBox | None = None

    def set_round(self, round_file: RoundFile | None, session: ExpertSession | None) -> None:
        self.round_file, self.session = round_file, session
        self.working = False
        self.forget_export()
        self.print_actions.set_document(None)

    def forget_export(self) -> None:
        """Another expert's sheet: what is known of the last export is read again."""
        self._export_round = None

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.print_actions.retranslate()
        self.update_export_state()

    # --- finalising ----------------------------------------------------------------------------------
    def finalise(self) -> None:
        if self.session is None or self.round_file is None or not self.working:
            return
        self.session.flush()
        try:
            media_check = self._media_check()
            missing, last, fingerprint, review = self.session.call(
                lambda ws: (ws.missing_items(), ws.last_export(), ws.key_fingerprint(), review_rows(ws, media_check))
            )
        except InputError as exc:
            show_error(self.page, exc)
            return
        dialog = FinaliseDialog(
            self.round_file, missing, (last.revision if last else 0) + 1, fingerprint, self._lang, self.page, review
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.jump_requested.connect(self.jump_requested)
        dialog.accepted.connect(self._export_after_check)
        self.finalise_dialog = dialog
        dialog.open()

    def _export_after_check(self) -> None:
        path = self.choose_export_path()
        if path is not None:
            self.export_sheet(path)

    def export_sheet(self, path: Path) -> tuple[Sheet, str] | None:
        """Sign and write the next revision to `path`; shows its code and offers the PDF."""
        session = self.session
        if session is None:
            return None
        try:
            sheet, code = session.call(lambda ws: ws.finalise_and_export(path))
        except InputError as exc:
            show_error(self.page, exc, title=translate("ExpertPage", "The sheet was not exported"))
            return None
        remember_folder("export", path)
        self.print_actions.set_document(None)  # the PDF saved before shows the previous revision
        session.load_all_progress()
        self.update_export_state()
        self.exported_dialog = ExportedDialog(str(path), sheet["revision"], code, self.page)
        self.exported_dialog.pdf_requested.connect(lambda: self.save_pdf(sheet))
        self.exported_dialog.open()
        return sheet, code

    def choose_export_path(self) -> Path | None:
        expert = self.session.call(lambda ws: ws.expert) if self.session is not None else None
        name = file_name_part(expert.name if expert else "expert", "expert")
        default = Path(last_folder("export")) / f"{name}.sheet.json"
        return self._save_path(
            translate("ExpertPage", "Save the signed sheet"),
            default,
            translate("ExpertPage", "Sheet files (*.sheet.json);;All files (*)"),
        )

    # --- the sheet PDF -------------------------------------------------------------------------------
    def choose_pdf_path(self, default: Path) -> Path | None:
        return self._save_path(
            translate("ExpertPage", "Save the sheet as PDF"), default, translate("ExpertPage", "PDF documents (*.pdf)")
        )

    def save_pdf(self, sheet: Sheet | None = None) -> None:
        if self.session is None or self.round_file is None:
            return
        sheet = sheet or self.session.call(last_exported_sheet)
        if sheet is None:
            self.status_message.emit(translate("ExpertPage", "Finalise and export the sheet first"))
            return
        try:
            from app.reports.sheet_pdf import write_sheet_pdf
        except ImportError:
            self.status_message.emit(translate("ExpertPage", "The sheet PDF cannot be made in this installation"))
            return
        name = file_name_part(sheet.get("expert_name") or "expert", "expert")
        path = self.choose_pdf_path(Path(last_folder("export")) / f"{name}-r{sheet['revision']}.pdf")
        if path is None:
            return
        remember_folder("export", path)
        written_sheet: Sheet = sheet
        self.pdf_operation = run_in_background(
            write_sheet_pdf,
            self.round_file,
            sheet,
            path,
            self._lang,
            parent=self.page,
            title=translate("ExpertPage", "Writing the sheet PDF"),
            on_success=lambda written: self._pdf_saved(written, written_sheet),
        )

    def _pdf_saved(self, written: Path, sheet: Sheet) -> None:
        if self.round_file is not None:
            round_id = self.round_file.header.round_id
            remember_sheet_pdf(round_id, sheet.get("expert_id", ""), sheet["revision"], written)
        last = self.session.call(lambda ws: ws.last_export()) if self.session is not None else None
        if last is not None and last.revision == sheet["revision"]:
            self.print_actions.set_document(written)
        self.status_message.emit(translate("ExpertPage", "Saved %1").replace("%1", str(written)))

    def offer_saved_pdf(self) -> None:
        """After a restart Print and Print preview act on the PDF saved for the last revision."""
        if self.session is None or self.round_file is None:
            return
        last, expert_id = self.session.call(lambda ws: (ws.last_export(), ws.expert_id))
        path = remembered_sheet_pdf(
            self.round_file.header.round_id, expert_id or "", last.revision if last is not None else None
        )
        self.print_actions.set_document(path)

    # --- the export state ----------------------------------------------------------------------------
    def update_export_state(self) -> None:
        self.export_state_changed.emit(self.export_state())

    def export_state(self) -> str:
        """What was exported last, and whether it still stands for the sheet and the round open now."""
        if self.session is None or not self.working:
            return ""
        last = self.session.call(lambda ws: ws.last_export())
        if last is None:
            return translate("ExpertPage", "Not exported yet")
        if not self._export_matches_round(last.revision):
            return (
                translate(
                    "ExpertPage",
                    "⚠ Revision %1 (code %2) was made for an earlier version of the round "
                    "file, so the chair will not accept it: export again",
                )
                .replace("%1", str(last.revision))
                .replace("%2", last.code)
            )
        changed = self._changed_since_export()
        text = (
            translate("ExpertPage", "Revision %1 exported, code %2")
            .replace("%1", str(last.revision))
            .replace("%2", last.code)
        )
        if changed:
            text += " · " + changed
        return text

    def _export_matches_round(self, revision: int) -> bool:
        """Whether the last exported sheet was made for the round file open now (the chair refuses it
        otherwise). Its sheet is read once per revision: this runs on every committed change."""
        if self.session is None or self.round_file is None:
            return False
        if self._export_round is None or self._export_round[0] != revision:
            sheet = self.session.call(last_exported_sheet)
            self._export_round = (revision, sheet.get("round_sha256") if sheet else None)
        return self._export_round[1] == self.round_file.sha256

    def _save_path(self, title: str, default: Path, filters: str) -> Path | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.page, title, str(default), filters)
        return Path(path) if path else None

    # --- the public key ------------------------------------------------------------------------------
    def choose_key_path(self, default: Path) -> Path | None:
        return self._save_path(
            translate("ExpertPage", "Export my public key"),
            default,
            translate("ExpertPage", "Public key (*.json);;All files (*)"),
        )

    def export_key(self) -> Path | None:
        """Write the chosen expert's public key to a file for the organiser and show its fingerprint."""
        if self.session is None or not self.working:
            return None
        expert = self.session.call(lambda ws: ws.expert)
        if expert is None:
            return None
        name = file_name_part(expert.name, "expert")
        path = self.choose_key_path(Path(last_folder("export")) / f"{name}.public-key.json")
        if path is None:
            return None
        title = translate("ExpertPage", "Export my public key")
        try:
            record = export_public_key(identity_for(expert.name), path, name=expert.name)
        except InputError as exc:
            show_error(self.page, exc, title=title)
            return None
        except OSError as exc:
            problem = InputError(
                path,
                "",
                f"the file cannot be written ({exc.strerror or exc})",
                "choose another folder, for example on a USB stick",
            )
            show_error(self.page, problem, title=title)
            return None
        remember_folder("export", path)
        self._show_key(path, record.fingerprint)
        self.status_message.emit(
            translate("ExpertPage", "Public key exported; fingerprint %1").replace("%1", record.fingerprint)
        )
        return path

    def _show_key(self, path: Path, fingerprint: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            translate("ExpertPage", "Export my public key"),
            translate("ExpertPage", "Your public key is saved to %1.").replace("%1", str(path)),
            QtWidgets.QMessageBox.StandardButton.Close,
            self.page,
        )
        box.setInformativeText(
            translate(
                "ExpertPage",
                "Fingerprint: %1\nGive the file to the organiser, who pins it in the round. "
                "Read the fingerprint aloud or compare it on paper so that the organiser "
                "knows the file is yours.",
            ).replace("%1", fingerprint)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.key_box = box
