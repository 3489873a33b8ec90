"""Import applications: read a Google Forms export, map its columns in a dialog (not blocking), add
the courses to the round. Texts in the "OrganiserPage" context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.applications import apply_import
from app.models.applications_table import read_table
from app.models.errors import InputError
from app.ui.i18n import translate
from app.ui.organiser.mapping_dialog import ColumnMappingDialog
from app.ui.qt import Qt, QtWidgets
from app.ui.worker import show_error

if TYPE_CHECKING:
    from app.ui.organiser.editor import OrganiserPage


def open_import_dialog(page: OrganiserPage, path: Path | None = None) -> ColumnMappingDialog | None:
    if path is None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            page,
            translate("OrganiserPage", "Google Forms responses"),
            "",
            translate("OrganiserPage", "Responses (*.csv *.xlsx);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
    try:
        table = read_table(path)
    except InputError as error:
        show_error(page, error, title=translate("OrganiserPage", "Import applications"))
        return None
    dialog = ColumnMappingDialog(table, page.draft, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: apply_mapped_import(page, dialog))
    dialog.open()
    return dialog


def apply_mapped_import(page: OrganiserPage, dialog: ColumnMappingDialog) -> None:
    plan = dialog.plan
    if plan is None:
        return
    ids = apply_import(plan, page.draft)
    page.show_imported(len(ids))
    page.status_message.emit(
        translate("OrganiserPage", "%1 course(s) imported; %2 duplicate(s) not added.")
        .replace("%1", str(len(ids)))
        .replace("%2", str(len(plan.duplicates)))
    )
