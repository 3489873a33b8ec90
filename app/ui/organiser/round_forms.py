"""The editor's forms for the commission and the criteria of a round (the competition's: competition_form.py)."""

from __future__ import annotations

from pathlib import Path

from app.models.errors import InputError
from app.ui.organiser.draft_models import CriteriaModel, ExpertsModel
from app.ui.organiser.draft_panel import DraftPanel, button_row, table_view
from app.ui.qt import QtWidgets
from app.ui.worker import show_error


class CommissionPanel(DraftPanel):
    """Chair, secretary and the experts; an expert's public key can be pinned from their key file."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair_name, self.chair_position = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.secretary_name, self.secretary_position = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.chair_name.setObjectName("chair_name")
        for edit in (self.chair_name, self.chair_position):
            edit.textEdited.connect(lambda _=None: self._set_person("chair"))
        for edit in (self.secretary_name, self.secretary_position):
            edit.textEdited.connect(lambda _=None: self._set_person("secretary"))
        self.experts_model = ExpertsModel(self)
        self.experts_model.edited.connect(self._changed)
        self.experts = table_view(self.experts_model, stretch=1)
        self.add_button = QtWidgets.QPushButton()
        self.add_button.setObjectName("add_expert")
        self.add_button.clicked.connect(self.add_expert)
        self.remove_button = QtWidgets.QPushButton()
        self.remove_button.clicked.connect(self.remove_expert)
        self.pin_button = QtWidgets.QPushButton()
        self.pin_button.setObjectName("pin_key")
        self.pin_button.clicked.connect(lambda: self.pin_key())
        self.unpin_button = QtWidgets.QPushButton()
        self.unpin_button.clicked.connect(self.unpin_key)
        self.people_box = QtWidgets.QGroupBox()
        self.people_form = QtWidgets.QFormLayout(self.people_box)
        self.people_labels = [QtWidgets.QLabel(), QtWidgets.QLabel()]
        for label, (name, position) in zip(
            self.people_labels,
            ((self.chair_name, self.chair_position), (self.secretary_name, self.secretary_position)),
            strict=True,
        ):
            row = QtWidgets.QHBoxLayout()
            row.addWidget(name, 3)
            row.addWidget(position, 2)
            self.people_form.addRow(label, row)
        self.experts_box = QtWidgets.QGroupBox()
        experts_layout = QtWidgets.QVBoxLayout(self.experts_box)
        experts_layout.addWidget(self.experts, 1)
        experts_layout.addLayout(button_row(self.add_button, self.remove_button, self.pin_button, self.unpin_button))
        self.key_hint = QtWidgets.QLabel()
        self.key_hint.setWordWrap(True)
        experts_layout.addWidget(self.key_hint)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.people_box)
        layout.addWidget(self.experts_box, 1)
        self.retranslate()

    def load(self) -> None:
        if self.draft is None:
            return
        commission = self.draft.data["commission"]
        chair = commission.get("chair") or {}
        secretary = commission.get("secretary") or {}
        self.chair_name.setText(chair.get("name", ""))
        self.chair_position.setText(chair.get("position", ""))
        self.secretary_name.setText(secretary.get("name", ""))
        self.secretary_position.setText(secretary.get("position", ""))
        self.experts_model.set_rows(self.draft.experts)

    def _set_person(self, role: str) -> None:
        if self.draft is None:
            return
        name, position = (
            (self.chair_name, self.chair_position)
            if role == "chair"
            else (self.secretary_name, self.secretary_position)
        )
        self.draft.set_person(role, name.text(), position.text())
        self._changed()

    def add_expert(self) -> None:
        if self.draft is None:
            return
        self.draft.add_expert()
        self.experts_model.refresh()
        row = len(self.draft.experts) - 1
        index = self.experts_model.index(row, self.experts_model.column_index("name"))
        self.experts.setCurrentIndex(index)
        self.experts.edit(index)
        self._changed()

    def remove_expert(self) -> None:
        row = self.experts.currentIndex().row()
        if self.draft is None or row < 0:
            return
        self.draft.remove_expert(row)
        self.experts_model.refresh()
        self._changed()

    def pin_key(self, path: Path | None = None) -> bool:
        """Pin the selected expert's public key from the key file they exported."""
        row = self.experts.currentIndex().row()
        if self.draft is None or row < 0:
            QtWidgets.QMessageBox.information(self, self.tr("Pin a key"), self.tr("Select an expert first."))
            return False
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self, self.tr("The expert's public key file"), "", self.tr("Public key (*.json);;All files (*)")
            )
            if not name:
                return False
            path = Path(name)
        before = self.draft.experts[row].get("public_key")
        try:
            record, same_person = self.draft.pin_expert_key(row, path)
        except InputError as error:
            show_error(self, error, title=self.tr("Pin a key"))
            return False
        if not same_person:
            answer = QtWidgets.QMessageBox.question(
                self,
                self.tr("Pin a key"),
                self.tr("The key file belongs to «%1», but the expert is «%2». Pin it anyway?")
                .replace("%1", record.name)
                .replace("%2", self.draft.experts[row].get("name", "")),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                if before:
                    self.draft.experts[row]["public_key"] = before
                else:
                    self.draft.unpin_expert_key(row)
                return False
        self.experts_model.refresh()
        self.experts.selectRow(row)
        self._changed()
        return True

    def unpin_key(self) -> None:
        row = self.experts.currentIndex().row()
        if self.draft is None or row < 0:
            return
        self.draft.unpin_expert_key(row)
        self.experts_model.refresh()
        self._changed()

    def select(self, index: int | None, key: str = "") -> None:
        if index is None:
            {"chair": self.chair_name, "secretary": self.secretary_name}.get(key, self.chair_name).setFocus()
            return
        self.experts.selectRow(index)
        self.experts.setFocus()

    def retranslate(self) -> None:
        self.people_box.setTitle(self.tr("Chair and secretary"))
        for label, text in zip(
            self.people_labels, (self.tr("Chair (төраға)"), self.tr("Secretary (хатшы)")), strict=True
        ):
            label.setText(text)
        for edit in (self.chair_name, self.secretary_name):
            edit.setPlaceholderText(self.tr("Full name"))
        for edit in (self.chair_position, self.secretary_position):
            edit.setPlaceholderText(self.tr("Position"))
        self.experts_box.setTitle(self.tr("Experts"))
        self.add_button.setText(self.tr("Add expert"))
        self.remove_button.setText(self.tr("Remove"))
        self.pin_button.setText(self.tr("Pin key from file…"))
        self.unpin_button.setText(self.tr("Unpin key"))
        self.key_hint.setText(
            self.tr(
                "Each expert exports a public key file from Sarapshy (Expert → Export my "
                "public key). A pinned key makes the chair accept only sheets signed on "
                "that expert's computer."
            )
        )
        self.experts_model.retranslate()


class CriteriaPanel(DraftPanel):
    """The criteria of the evaluation sheet: form -03 by default, editable for other regulations."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CriteriaModel(self)
        self.model.edited.connect(self._changed)
        self.view = table_view(self.model)
        for column in ("title_kk", "title_ru", "title_en"):
            self.view.horizontalHeader().setSectionResizeMode(
                self.model.column_index(column), QtWidgets.QHeaderView.ResizeMode.Stretch
            )
        self.add_button = QtWidgets.QPushButton()
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QtWidgets.QPushButton()
        self.remove_button.clicked.connect(self.remove_criterion)
        self.reset_button = QtWidgets.QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.add_button, self.remove_button, self.reset_button))
        self.retranslate()

    def load(self) -> None:
        if self.draft is not None:
            self.model.set_rows(self.draft.criteria)

    def add_criterion(self) -> None:
        if self.draft is None:
            return
        self.draft.add_criterion()
        self.model.refresh()
        self.view.selectRow(len(self.draft.criteria) - 1)
        self._changed()

    def remove_criterion(self) -> None:
        row = self.view.currentIndex().row()
        if self.draft is None or row < 0:
            return
        self.draft.remove_criterion(row)
        self.model.refresh()
        self._changed()

    def reset(self) -> None:
        if self.draft is None:
            return
        self.draft.reset_criteria()
        self.model.set_rows(self.draft.criteria)
        self._changed()

    def select(self, index: int | None) -> None:
        if index is not None:
            self.view.selectRow(index)
        self.view.setFocus()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The evaluation sheet of form Ү.ЖИЦДО-7.5.1-2025-01-03: seven criteria scored "
                "1–10, the seventh with a written comment. Change them only for another "
                "regulation; double-click a cell to edit."
            )
        )
        self.add_button.setText(self.tr("Add criterion"))
        self.remove_button.setText(self.tr("Remove"))
        self.reset_button.setText(self.tr("Restore form -03"))
        self.model.retranslate()
