"""The editor's forms for the competition, the commission and the criteria of a round."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.models.errors import InputError
from app.models.localized import LANGUAGES
from app.models.regulation import STAGES
from app.models.round_edit import RoundDraft
from app.models.round_text import text_in, with_text
from app.ui.organiser.draft_models import CriteriaModel, ExpertsModel
from app.ui.organiser.texts import stage_name
from app.ui.qt import QtCore, QtWidgets, Signal
from app.ui.worker import show_error

LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class DraftPanel(QtWidgets.QWidget):
    """A part of the editor bound to the draft: `set_draft`, `edited`, `retranslate`."""

    edited = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: RoundDraft | None = None
        self._loading = False

    def set_draft(self, draft: RoundDraft) -> None:
        self.draft = draft
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def load(self) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        if not self._loading and self.draft is not None:
            self.edited.emit()


def table_view(model, stretch: int | None = None) -> QtWidgets.QTableView:
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
        | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
        | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().hide()  # rows carry their own ids
    header = view.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def button_row(*buttons: QtWidgets.QPushButton) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class CompetitionForm(DraftPanel):
    """Title and organisation in three languages, regulation, stage, year, meeting, prize places."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = {lang: QtWidgets.QLineEdit() for lang in LANGUAGES}
        self.organisations = {lang: QtWidgets.QLineEdit() for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.titles[lang].setObjectName(f"title_{lang}")
            self.titles[lang].textEdited.connect(lambda text, lang=lang: self._set_text("title", lang, text))
            self.organisations[lang].textEdited.connect(
                lambda text, lang=lang: self._set_text("organization", lang, text)
            )
        self.regulation = QtWidgets.QLineEdit()
        self.regulation.textEdited.connect(self._set_regulation)
        self.stage = QtWidgets.QComboBox()
        self.stage.setObjectName("stage")
        self.stage.setMaximumWidth(360)
        for stage in STAGES:
            self.stage.addItem(stage, stage)
        self.stage.currentIndexChanged.connect(self._set_stage)
        self.year = QtWidgets.QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setMaximumWidth(120)
        self.year.valueChanged.connect(self._set_year)
        self.has_date = QtWidgets.QCheckBox()
        self.meeting_date = QtWidgets.QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self._set_meeting)
        self.meeting_date.dateChanged.connect(self._set_meeting)
        self.meeting_place = QtWidgets.QLineEdit()
        self.meeting_place.textEdited.connect(self._set_meeting)
        self.places = QtWidgets.QSpinBox()
        self.places.setRange(1, 50)
        self.places.setMaximumWidth(120)
        self.places.valueChanged.connect(self._set_places)

        self.title_box = QtWidgets.QGroupBox()
        title_form = QtWidgets.QFormLayout(self.title_box)
        self.organisation_box = QtWidgets.QGroupBox()
        organisation_form = QtWidgets.QFormLayout(self.organisation_box)
        for lang in LANGUAGES:
            title_form.addRow(LANGUAGE_LABELS[lang], self.titles[lang])
            organisation_form.addRow(LANGUAGE_LABELS[lang], self.organisations[lang])
        self.stage_box = QtWidgets.QGroupBox()
        self.stage_form = QtWidgets.QFormLayout(self.stage_box)
        date_row = QtWidgets.QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.meeting_date)
        date_row.addStretch(1)
        self.stage_labels = [QtWidgets.QLabel() for _ in range(6)]
        stage_fields: tuple[QtWidgets.QWidget | QtWidgets.QLayout, ...] = (
            self.regulation,
            self.stage,
            self.year,
            date_row,
            self.meeting_place,
            self.places,
        )
        for label, field in zip(self.stage_labels, stage_fields, strict=True):
            self.stage_form.addRow(label, field)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title_box)
        layout.addWidget(self.organisation_box)
        layout.addWidget(self.stage_box)
        layout.addStretch(1)
        self.retranslate()

    def load(self) -> None:
        if self.draft is None:
            return
        data = self.draft.data
        for lang in LANGUAGES:
            self.titles[lang].setText(text_in(data.get("title", ""), lang))
            self.organisations[lang].setText(text_in(data.get("organization", ""), lang))
        self.regulation.setText(data.get("regulation", ""))
        self.stage.setCurrentIndex(max(0, self.stage.findData(data.get("stage", "university"))))
        self.year.setValue(int(data.get("year") or date.today().year))
        meeting = data.get("meeting") or {}
        self.has_date.setChecked(bool(meeting.get("date")))
        self.meeting_date.setEnabled(bool(meeting.get("date")))
        try:
            day = date.fromisoformat(meeting["date"]) if meeting.get("date") else None
        except (TypeError, ValueError):
            day = None
        self.meeting_date.setDate(QtCore.QDate(day.year, day.month, day.day) if day else QtCore.QDate.currentDate())
        self.meeting_place.setText(meeting.get("place", ""))
        self.places.setValue(int((data.get("aggregation") or {}).get("places", 3)))

    def _set_text(self, key: str, lang: str, text: str) -> None:
        if self.draft is not None:
            self.draft.data[key] = with_text(self.draft.data.get(key, ""), lang, text)
            self._changed()

    def _set_regulation(self, text: str) -> None:
        if self.draft is not None:
            self.draft.data["regulation"] = text
            self._changed()

    def _set_stage(self) -> None:
        if self.draft is not None and not self._loading:
            self.draft.data["stage"] = self.stage.currentData()
            self._changed()

    def _set_year(self, value: int) -> None:
        if self.draft is not None and not self._loading:
            self.draft.data["year"] = value
            self._changed()

    def _set_meeting(self) -> None:
        self.meeting_date.setEnabled(self.has_date.isChecked())
        if self.draft is None or self._loading:
            return
        meeting = {"place": self.meeting_place.text()}
        if self.has_date.isChecked():
            meeting["date"] = self.meeting_date.date().toString("yyyy-MM-dd")
        self.draft.data["meeting"] = meeting
        self._changed()

    def _set_places(self, value: int) -> None:
        if self.draft is not None and not self._loading:
            self.draft.data.setdefault("aggregation", {"method": "sum"})["places"] = value
            self._changed()

    def focus_field(self, key: str) -> None:
        {
            "title": self.titles["kk"],
            "organization": self.organisations["kk"],
            "stage": self.stage,
            "year": self.year,
            "meeting": self.meeting_place,
        }.get(key, self.titles["kk"]).setFocus()

    def retranslate(self) -> None:
        self.title_box.setTitle(self.tr("Competition title"))
        self.organisation_box.setTitle(self.tr("Organisation"))
        self.stage_box.setTitle(self.tr("Stage and meeting"))
        labels = [
            self.tr("Regulation"),
            self.tr("Stage (9.5)"),
            self.tr("Year"),
            self.tr("Meeting date"),
            self.tr("Meeting place"),
            self.tr("Prize places"),
        ]
        for label, text in zip(self.stage_labels, labels, strict=True):
            label.setText(text)
        self.has_date.setText(self.tr("fixed"))
        for index, stage in enumerate(STAGES):
            self.stage.setItemText(index, stage_name(stage))
        self.titles["kk"].setPlaceholderText("«АТУ» АҚ-ның үздік жаппай ашық онлайн курсы – 2026")


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
