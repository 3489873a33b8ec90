"""What the organiser page says of the round being built: the header (its title, where it is saved,
whether changes are unsaved) and the Problems box (what blocks saving, what to note; choosing one
shows its field). Texts in the "OrganiserPage" translation context."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.models.localized import localized
from app.models.round_checks import Issue
from app.models.round_edit import RoundDraft
from app.ui.i18n import translate
from app.ui.organiser.draft_models import ROW_ROLE, IssuesModel
from app.ui.qt import Qt, QtCore, QtWidgets, Signal


class RoundHeader(QtWidgets.QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_draft(self, draft: RoundDraft | None) -> None:
        title = place = ""
        if draft is not None:
            title = localized(draft.data.get("title"), "kk")
            place = str(draft.path) if draft.path else translate("OrganiserPage", "not saved yet")
        modified = draft is not None and draft.is_modified()
        state = translate("OrganiserPage", "unsaved changes") if modified else translate("OrganiserPage", "saved")
        self.setText(f"<b>{_escape(title)}</b><br>{_escape(place)} · {state}")


class ProblemsBox(QtWidgets.QGroupBox):
    place_chosen = Signal(str)  # the place of the problem clicked or activated

    def __init__(self) -> None:
        super().__init__()
        self.model = IssuesModel(self)
        self.view = QtWidgets.QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.activated.connect(self._go_to_issue)
        self.view.clicked.connect(self._go_to_issue)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)

    def show_issues(self, issues: list[Issue], data: dict) -> None:
        self.model.set_issues(issues, data)
        errors = sum(1 for i in issues if not i.warning)
        warnings = len(issues) - errors
        if not issues:
            title = translate("OrganiserPage", "Problems: none — the round can be saved")
        elif not errors:
            title = translate("OrganiserPage", "Nothing blocks saving; %1 thing(s) to note").replace(
                "%1", str(warnings)
            )
        else:
            title = (
                translate("OrganiserPage", "Problems: %1 to fix before saving, %2 to note")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        self.setTitle(title)

    def _go_to_issue(self, index: QtCore.QModelIndex) -> None:
        issue = index.data(ROW_ROLE)
        if issue is not None:
            self.place_chosen.emit(issue.place)


def errors_per_entry(issues: Sequence[Issue]) -> dict[int, int]:
    """How many problems that block saving each course (by its row) has."""
    counts: dict[int, int] = {}
    for issue in issues:
        match = re.match(r"entries\[(\d+)\]", issue.place)
        if match and not issue.warning:
            counts[int(match.group(1))] = counts.get(int(match.group(1)), 0) + 1
    return counts


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
