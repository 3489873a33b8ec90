"""The message that lists what stops the round from being saved (or its videos from being checked),
then brings the first problem's field into view. Texts in the "OrganiserPage" context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.ui.i18n import translate
from app.ui.organiser.texts import issue_text, place_text
from app.ui.qt import Qt, QtWidgets

if TYPE_CHECKING:
    from app.models.round_checks import Issue
    from app.ui.organiser.editor import OrganiserPage

SHOWN = 8  # problems listed in the message; the rest are in the page's Problems list


def explain_errors(page: OrganiserPage, errors: Sequence[Issue], title: str = "", intro: str = "") -> None:
    data = page.draft.data
    lines = [f"• {place_text(i.place, data)}: {issue_text(i.code, i.args, i.text)}" for i in errors[:SHOWN]]
    if len(errors) > SHOWN:
        lines.append(translate("OrganiserPage", "… and %1 more (see Problems)").replace("%1", str(len(errors) - SHOWN)))
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Warning,
        title or translate("OrganiserPage", "Save the round"),
        (intro or translate("OrganiserPage", "The round cannot be saved yet:")) + "\n" + "\n".join(lines),
        QtWidgets.QMessageBox.StandardButton.Close,
        page,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    page.tabs.show_place(errors[0].place)
