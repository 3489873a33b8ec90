"""The editor's competition form: title and organisation in three languages, regulation, stage, year,
meeting, prize places."""

from __future__ import annotations

from datetime import date

from app.models.localized import LANGUAGES
from app.models.regulation import STAGES
from app.models.round_text import text_in, with_text
from app.ui.organiser.draft_panel import LANGUAGE_LABELS, DraftPanel
from app.ui.organiser.texts import stage_name
from app.ui.qt import QtCore, QtWidgets


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
