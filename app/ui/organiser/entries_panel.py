"""The courses of the round: the cover-letter fields of form -01, the authors, the videos (files,
a folder, or links; ordered; promo or lecture) and the attached documents (`files`, entry_files.py)."""

from __future__ import annotations

from app.models.localized import LANGUAGES
from app.models.regulation import MAX_SHORT_ANNOTATION_CHARS
from app.models.round_text import shown_text, with_shown_text
from app.ui import theme
from app.ui.organiser.draft_models import AuthorsModel, EntriesModel
from app.ui.organiser.draft_panel import LANGUAGE_LABELS, DraftPanel, button_row, table_view
from app.ui.organiser.entry_files import EntryFiles
from app.ui.qt import Qt, QtWidgets

ENTRY_TEXT_FIELDS = ("title", "faculty", "department", "link")


class EntriesPanel(DraftPanel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries_model = EntriesModel(self)
        self.entries = table_view(self.entries_model, stretch=1)
        self.entries.setWordWrap(False)
        self.entries.horizontalHeader().setSectionResizeMode(
            self.entries_model.column_index("authors"), QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.entries.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.selectionModel().currentRowChanged.connect(lambda current, _: self._show_entry(current.row()))
        self.add_entry_button = QtWidgets.QPushButton()
        self.add_entry_button.setObjectName("add_entry")
        self.add_entry_button.clicked.connect(self.add_entry)
        self.remove_entry_button = QtWidgets.QPushButton()
        self.remove_entry_button.clicked.connect(self.remove_entry)
        self.import_button = QtWidgets.QPushButton()  # connected by the page

        self.fields = {name: QtWidgets.QLineEdit() for name in ENTRY_TEXT_FIELDS}
        for name, edit in self.fields.items():
            edit.setObjectName(f"entry_{name}")
            edit.textEdited.connect(lambda text, name=name: self._set_field(name, text))
        self.languages = {lang: QtWidgets.QCheckBox(LANGUAGE_LABELS[lang]) for lang in LANGUAGES}
        for box in self.languages.values():
            box.toggled.connect(self._set_languages)
        self.annotation = QtWidgets.QPlainTextEdit()
        self.annotation.setObjectName("entry_annotation")
        self.annotation.setTabChangesFocus(True)
        self.annotation.setFixedHeight(self.fontMetrics().height() * 5 + 16)
        self.annotation.textChanged.connect(self._set_annotation)
        self.annotation_count = QtWidgets.QLabel()
        self.annotation_too_long = False
        self.annotation_colours = theme.follow_palette(
            self.annotation_count, lambda: theme.text_style("error", bold=True) if self.annotation_too_long else ""
        )

        self.files = EntryFiles(self)
        self.authors_model = AuthorsModel(self)
        self.authors_model.edited.connect(self.entry_edited)
        self.authors = table_view(self.authors_model, stretch=0)
        self.authors.verticalHeader().show()  # "author 1" in the problems list
        self.add_author_button = QtWidgets.QPushButton()
        self.add_author_button.clicked.connect(self.add_author)
        self.remove_author_button = QtWidgets.QPushButton()
        self.remove_author_button.clicked.connect(self.remove_author)

        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 1)
        left_layout.addLayout(button_row(self.add_entry_button, self.remove_entry_button))
        left_layout.addWidget(self.import_button)

        self.letter_box = QtWidgets.QGroupBox()
        self.letter_form = QtWidgets.QFormLayout(self.letter_box)
        self.letter_form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        annotation = QtWidgets.QVBoxLayout()
        annotation.addWidget(self.annotation)
        annotation.addWidget(self.annotation_count, 0, Qt.AlignmentFlag.AlignRight)
        languages = QtWidgets.QHBoxLayout()
        for box in self.languages.values():
            languages.addWidget(box)
        languages.addStretch(1)
        self.letter_labels = [QtWidgets.QLabel() for _ in range(6)]
        letter_fields: tuple[QtWidgets.QWidget | QtWidgets.QLayout, ...] = (
            self.fields["faculty"],
            self.fields["department"],
            self.fields["title"],
            annotation,
            self.fields["link"],
            languages,
        )
        for label, field in zip(self.letter_labels, letter_fields, strict=True):
            self.letter_form.addRow(label, field)

        self.authors_box = QtWidgets.QGroupBox()
        authors_layout = QtWidgets.QVBoxLayout(self.authors_box)
        self.authors.setMinimumHeight(110)
        authors_layout.addWidget(self.authors)
        authors_layout.addLayout(button_row(self.add_author_button, self.remove_author_button))

        self.details = QtWidgets.QWidget()
        details_layout = QtWidgets.QVBoxLayout(self.details)
        for group in (self.letter_box, self.authors_box, self.files.media_box, self.files.attachments_box):
            details_layout.addWidget(group)
        details_layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)

        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 900])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # Binding ------------------------------------------------------------------------------------
    def load(self) -> None:
        if self.draft is None:
            return
        self.entries_model.set_rows(self.draft.entries)
        if self.draft.entries:
            self.entries.selectRow(0)
            self._show_entry(0)
        else:
            self._show_entry(-1)

    def current_row(self) -> int:
        return self.entries.currentIndex().row()

    def current_entry(self) -> dict | None:
        row = self.current_row()
        return self.draft.entries[row] if self.draft is not None and 0 <= row < len(self.draft.entries) else None

    def _show_entry(self, row: int) -> None:
        entry = self.draft.entries[row] if self.draft is not None and 0 <= row < len(self.draft.entries) else None
        self.details.setEnabled(entry is not None)
        was_loading, self._loading = self._loading, True
        try:
            for name, edit in self.fields.items():
                edit.setText(shown_text(entry.get(name, "")) if entry else "")
            self.annotation.setPlainText(shown_text(entry.get("annotation", "")) if entry else "")
            for lang, box in self.languages.items():
                box.setChecked(entry is not None and lang in entry.get("languages", []))
            self.authors_model.set_rows(entry.setdefault("authors", []) if entry else [])
            self.files.show_entry(entry)
        finally:
            self._loading = was_loading
        self._show_annotation_count()

    def _set_field(self, name: str, text: str) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if name == "link":
            if text.strip():
                entry["link"] = text.strip()
            else:
                entry.pop("link", None)
        else:
            entry[name] = with_shown_text(entry.get(name, ""), text)
        self.entry_edited()

    def _set_annotation(self) -> None:
        self._show_annotation_count()
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry["annotation"] = with_shown_text(entry.get("annotation", ""), self.annotation.toPlainText())
        self.entry_edited()

    def _show_annotation_count(self) -> None:
        count = len(self.annotation.toPlainText().strip())
        self.annotation_count.setText(
            self.tr("%1 / %2 characters").replace("%1", str(count)).replace("%2", str(MAX_SHORT_ANNOTATION_CHARS))
        )
        self.annotation_too_long = count > MAX_SHORT_ANNOTATION_CHARS
        self.annotation_colours.restyle()

    def _set_languages(self) -> None:
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry["languages"] = [lang for lang, box in self.languages.items() if box.isChecked()]
        self.entry_edited()

    def entry_edited(self) -> None:
        if self._loading:
            return
        row = self.current_row()
        if row >= 0:
            self.entries_model.dataChanged.emit(
                self.entries_model.index(row, 0), self.entries_model.index(row, self.entries_model.columnCount() - 1)
            )
        self._changed()

    # Courses ------------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self.draft is None:
            return
        self.draft.add_entry()
        self.entries_model.refresh()
        self.select(len(self.draft.entries) - 1)
        self.fields["title"].setFocus()
        self._changed()

    def remove_entry(self) -> None:
        row = self.current_row()
        if self.draft is None or row < 0:
            return
        title = shown_text(self.draft.entries[row].get("title", "")) or self.draft.entries[row]["id"]
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Remove course"), self.tr("Remove «%1» from the round?").replace("%1", title)
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.draft.remove_entry(row)
        self.entries_model.refresh()
        self.select(min(row, len(self.draft.entries) - 1))
        self._changed()

    def select(self, row: int, part: str = "") -> None:
        if self.draft is None or not 0 <= row < len(self.draft.entries):
            self._show_entry(-1)
            return
        self.entries.selectRow(row)
        self._show_entry(row)
        widget = {
            "title": self.fields["title"],
            "faculty": self.fields["faculty"],
            "department": self.fields["department"],
            "link": self.fields["link"],
            "annotation": self.annotation,
            "authors": self.authors,
            "media": self.files.media,
            "attachments": self.files.attachments,
        }.get(part)
        if widget is not None:
            widget.setFocus()

    def refresh(self) -> None:
        """The list changed elsewhere (import, packaging)."""
        row = self.current_row()
        self.entries_model.refresh()
        if self.draft is not None and self.draft.entries:
            self.select(max(0, min(row, len(self.draft.entries) - 1)))
        else:
            self._show_entry(-1)

    # Authors ------------------------------------------------------------------------------------
    def add_author(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        entry.setdefault("authors", []).append({"name": ""})
        self.authors_model.refresh()
        index = self.authors_model.index(len(entry["authors"]) - 1, 0)
        self.authors.setCurrentIndex(index)
        self.authors.edit(index)
        self.entry_edited()

    def remove_author(self) -> None:
        entry, row = self.current_entry(), self.authors.currentIndex().row()
        if entry is None or row < 0:
            return
        del entry["authors"][row]
        self.authors_model.refresh()
        self.entry_edited()

    def retranslate(self) -> None:
        self.add_entry_button.setText(self.tr("Add course"))
        self.remove_entry_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import applications (Google Forms)…"))
        self.letter_box.setTitle(self.tr("Cover letter (form -01)"))
        labels = [
            self.tr("1. Faculty"),
            self.tr("2. Department"),
            self.tr("3. Course title"),
            self.tr("5. Short annotation"),
            self.tr("6. Access link"),
            self.tr("Languages"),
        ]
        for label, text in zip(self.letter_labels, labels, strict=True):
            label.setText(text)
        self.fields["link"].setPlaceholderText("https://")
        self.authors_box.setTitle(self.tr("4. Authors"))
        self.add_author_button.setText(self.tr("Add author"))
        self.remove_author_button.setText(self.tr("Remove"))
        for model in (self.entries_model, self.authors_model):
            model.retranslate()
        self.files.retranslate()
        self._show_annotation_count()
