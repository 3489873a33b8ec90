"""The expert's answer to the chair's reconsideration request: the request is checked against the open
round, the chosen expert and the sheet it names, shown beside the scores (reconsideration_dialog.py), and
a new revision of the sheet that answers it is signed and exported.

Opened from the expert's menu, by dropping the request file on the window or by opening it with
Sarapshy (app/ui/main_window.py hands such a file here). The rules live in
app/models/reconsideration.py; this module only shows them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.reconsider_workspace import export_revised_sheet, exported_sheet
from app.models.reconsideration import REQUEST_FORMAT, RequestFile, check_request, load_request
from app.models.round import RoundFile
from app.models.sheet import SheetFile, load_sheet
from app.ui.error_text import input_error_text
from app.ui.expert.finalise import ExportedDialog
from app.ui.expert.reconsideration_dialog import ReconsiderationDialog
from app.ui.i18n import current_language
from app.ui.qt import QAction, Qt, QtCore, QtWidgets
from app.ui.widgets.settings import last_folder, remember_folder


class ReconsiderationActions(QtCore.QObject):
    """The expert page's «Open a reconsideration request…» and what follows from it."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.action = QAction(page)
        self.action.triggered.connect(self.choose)
        self.dialog: ReconsiderationDialog | None = None
        self.message: QtWidgets.QMessageBox | None = None
        self.exported: QtWidgets.QDialog | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Open a reconsideration request…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def choose(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.page,
            self.tr("Open the chair's reconsideration request"),
            last_folder("export"),
            self.tr("Reconsideration requests (*.json);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> ReconsiderationDialog | None:
        """Check the request against the open round, the chosen expert and the sheet it names; show it."""
        page = self.page
        round_file: RoundFile | None = page.round_file
        expert_id = page.current_expert_id() if page.session is not None else None
        if round_file is None or expert_id is None:
            self._warn(
                self.tr("Open the round and choose yourself in the commission list first, then open the request again.")
            )
            return None
        try:
            request = load_request(path)
            check_request(request, round_file, expert_id)
            previous = page.session.call(lambda ws: exported_sheet(ws, request.request.sheet.sha256))
            if previous is None:
                previous = self._ask_for_sheet(request)
                if previous is None:
                    return None
            check_request(request, round_file, expert_id, previous)
        except InputError as exc:
            self._warn(input_error_text(exc))
            return None
        remember_folder("export", path)
        self.dialog = ReconsiderationDialog(round_file, request, previous, current_language(), page)
        self.dialog.accepted.connect(lambda: self._export(self.dialog))
        self.dialog.open()
        return self.dialog

    def _ask_for_sheet(self, request: RequestFile) -> SheetFile | None:
        r = request.request
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.page,
            self.tr("The request refers to revision %1 of your sheet (code %2): choose that file")
            .replace("%1", str(r.sheet.revision))
            .replace("%2", r.sheet.code),
            last_folder("export"),
            self.tr("Sheet files (*.sheet.json);;All files (*)"),
        )
        return load_sheet(path) if path else None

    def choose_export_path(self, revision: int) -> Path | None:
        expert = self.page.session.call(lambda ws: ws.expert)
        name = re.sub(r"[^\w.-]+", "-", expert.name if expert else "expert").strip("-") or "expert"
        default = Path(last_folder("export")) / f"{name}-r{revision}.sheet.json"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.page,
            self.tr("Save the revised sheet"),
            str(default),
            self.tr("Sheet files (*.sheet.json);;All files (*)"),
        )
        return Path(path) if path else None

    def _export(self, dialog: ReconsiderationDialog | None) -> None:
        if dialog is None:
            return
        page = self.page
        path = self.choose_export_path(dialog.previous.sheet.revision + 1)
        if path is None:
            return
        answers = dialog.model.answers()
        try:
            sheet, code = page.session.call(
                lambda ws: export_revised_sheet(ws, dialog.previous, dialog.request, answers, path)
            )
        except InputError as exc:
            self._warn(input_error_text(exc))
            return
        remember_folder("export", path)
        page.session.load_all_progress()
        if page.current_entry_id:
            page.select_entry(page.current_entry_id)
        self.exported = ExportedDialog(str(path), sheet["revision"], code, page)
        self.exported.pdf_requested.connect(lambda: page.handover.save_pdf(sheet))
        self.exported.open()

    def _warn(self, text: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Reconsideration request"),
            text,
            QtWidgets.QMessageBox.StandardButton.Close,
            self.page,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box


def is_request_file(data: dict[str, Any] | None) -> bool:
    return bool(data) and data.get("format") == REQUEST_FORMAT  # type: ignore[union-attr]


class _Texts(QtCore.QObject):
    """The panel's own messages; a request's coded problems are shown by `input_error_text`, through
    the core's templates (app/models/error_templates_review.py), like the command line prints them."""

    def round_first(self, name: str, round_id: str) -> str:
        return (
            self.tr(
                "«%1» is the chair's reconsideration request. Open its round file first (round id %2), "
                "choose yourself in the commission list, then open the request again."
            )
            .replace("%1", name)
            .replace("%2", round_id)
        )


def take_request_file(window: Any, path: Path) -> bool:
    """A reconsideration request opened where a round was expected (File → Open, drag and drop, «Open
    with»): its round is opened if needed (from the recent rounds) and the request is shown on the
    expert's page. False when `path` is not a request."""
    from app.models.files import read_limited
    from app.models.jsonfile import MAX_DOCUMENT_BYTES, decode_json_document
    from app.ui.recent_rounds import recent_round_with_id

    try:
        data = decode_json_document(read_limited(path, MAX_DOCUMENT_BYTES), path)
    except (InputError, OSError):
        return False
    if not is_request_file(data):
        return False
    texts = _Texts()
    round_id = str(data.get("round_id") or "")
    if window.round_file is None or window.round_file.header.round_id != round_id:
        known = recent_round_with_id(window.recent_rounds(), round_id)
        if known is None or not window.open_round(known):
            window.banner.show_message(texts.round_first(path.name, round_id or "?"), "warning")
            return True
    if not window.set_role("expert"):
        return True
    page = window.page("expert")
    if page is not None:
        page.reconsider.open_path(path)
    return True
