"""The courses of the round: the cover-letter fields of form -01, the authors, the videos (files,
a folder, or links; ordered; promo or lecture) and the attached documents."""

from __future__ import annotations

from pathlib import Path

from app.models.localized import LANGUAGES
from app.models.regulation import MAX_SHORT_ANNOTATION_CHARS
from app.models.round_data import ATTACHMENT_KINDS, VIDEO_SUFFIXES
from app.models.round_model import MEDIA_KINDS
from app.models.round_text import shown_text, with_shown_text
from app.ui import theme
from app.ui.organiser.draft_models import (
    AttachmentsModel,
    AuthorsModel,
    ChoiceDelegate,
    EntriesModel,
    MediaModel,
)
from app.ui.organiser.draft_panel import LANGUAGE_LABELS, DraftPanel, button_row, table_view
from app.ui.organiser.texts import attachment_kind_name, media_kind_name
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

        self.authors_model = AuthorsModel(self)
        self.authors_model.edited.connect(self._entry_edited)
        self.authors = table_view(self.authors_model, stretch=0)
        self.authors.verticalHeader().show()  # "author 1" in the problems list
        self.add_author_button = QtWidgets.QPushButton()
        self.add_author_button.clicked.connect(self.add_author)
        self.remove_author_button = QtWidgets.QPushButton()
        self.remove_author_button.clicked.connect(self.remove_author)

        self.media_model = MediaModel(lambda: self.draft, self)
        self.media_model.edited.connect(self._entry_edited)
        self.media = table_view(self.media_model, stretch=self.media_model.column_index("location"))
        self.media.setItemDelegateForColumn(
            self.media_model.column_index("kind"),
            ChoiceDelegate(lambda: [(kind, media_kind_name(kind)) for kind in MEDIA_KINDS], self.media),
        )
        self.add_files_button = QtWidgets.QPushButton()
        self.add_files_button.setObjectName("add_media_files")
        self.add_files_button.clicked.connect(lambda: self.add_media_files())
        self.add_folder_button = QtWidgets.QPushButton()
        self.add_folder_button.clicked.connect(lambda: self.add_media_folder())
        self.add_link_button = QtWidgets.QPushButton()
        self.add_link_button.clicked.connect(lambda: self.add_media_link())
        self.up_button = QtWidgets.QPushButton("↑")
        self.up_button.setObjectName("media_up")
        self.up_button.clicked.connect(lambda: self.move_media(-1))
        self.down_button = QtWidgets.QPushButton("↓")
        self.down_button.clicked.connect(lambda: self.move_media(+1))
        self.remove_media_button = QtWidgets.QPushButton()
        self.remove_media_button.clicked.connect(self.remove_media)

        self.attachments_model = AttachmentsModel(lambda: self.draft, self)
        self.attachments_model.edited.connect(self._entry_edited)
        self.attachments = table_view(self.attachments_model, stretch=self.attachments_model.column_index("location"))
        self.attachments.setItemDelegateForColumn(
            self.attachments_model.column_index("kind"),
            ChoiceDelegate(lambda: [(kind, attachment_kind_name(kind)) for kind in ATTACHMENT_KINDS], self.attachments),
        )
        self.add_attachment_button = QtWidgets.QPushButton()
        self.add_attachment_button.clicked.connect(lambda: self.add_attachment())
        self.remove_attachment_button = QtWidgets.QPushButton()
        self.remove_attachment_button.clicked.connect(self.remove_attachment)

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

        self.media_box = QtWidgets.QGroupBox()
        media_layout = QtWidgets.QVBoxLayout(self.media_box)
        self.media.setMinimumHeight(150)
        media_layout.addWidget(self.media)
        media_layout.addLayout(
            button_row(
                self.add_files_button,
                self.add_folder_button,
                self.add_link_button,
                self.up_button,
                self.down_button,
                self.remove_media_button,
            )
        )

        self.attachments_box = QtWidgets.QGroupBox()
        attachments_layout = QtWidgets.QVBoxLayout(self.attachments_box)
        self.attachments.setMinimumHeight(100)
        attachments_layout.addWidget(self.attachments)
        attachments_layout.addLayout(button_row(self.add_attachment_button, self.remove_attachment_button))

        self.details = QtWidgets.QWidget()
        details_layout = QtWidgets.QVBoxLayout(self.details)
        for group in (self.letter_box, self.authors_box, self.media_box, self.attachments_box):
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
            self.media_model.set_rows(entry.setdefault("media", []) if entry else [])
            self.attachments_model.set_rows(entry.setdefault("attachments", []) if entry else [])
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
        self._entry_edited()

    def _set_annotation(self) -> None:
        self._show_annotation_count()
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry["annotation"] = with_shown_text(entry.get("annotation", ""), self.annotation.toPlainText())
        self._entry_edited()

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
        self._entry_edited()

    def _entry_edited(self) -> None:
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
            "media": self.media,
            "attachments": self.attachments,
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
        self._entry_edited()

    def remove_author(self) -> None:
        entry, row = self.current_entry(), self.authors.currentIndex().row()
        if entry is None or row < 0:
            return
        del entry["authors"][row]
        self.authors_model.refresh()
        self._entry_edited()

    # Videos -------------------------------------------------------------------------------------
    def add_media_files(self, files: list[Path] | None = None) -> None:
        row = self.current_row()
        if self.draft is None or row < 0:
            return
        if files is None:
            patterns = " ".join(f"*{suffix}" for suffix in VIDEO_SUFFIXES)
            names, _ = QtWidgets.QFileDialog.getOpenFileNames(
                self, self.tr("Videos of the course"), "", self.tr("Videos (%1);;All files (*)").replace("%1", patterns)
            )
            files = [Path(n) for n in names]
        if not files:
            return
        self.draft.add_media_files(row, files)
        self._media_changed()

    def add_media_folder(self, folder: Path | None = None) -> None:
        row = self.current_row()
        if self.draft is None or row < 0:
            return
        if folder is None:
            name = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Folder with the course's videos"))
            if not name:
                return
            folder = Path(name)
        added = self.draft.add_media_folder(row, folder)
        if not added:
            QtWidgets.QMessageBox.information(
                self, self.tr("Add a folder"), self.tr("There are no video files in %1.").replace("%1", str(folder))
            )
            return
        self._media_changed()

    def add_media_link(self, url: str | None = None) -> None:
        row = self.current_row()
        if self.draft is None or row < 0:
            return
        if url is None:
            url, ok = QtWidgets.QInputDialog.getText(
                self, self.tr("Video link"), self.tr("Address of the video (https://…):")
            )
            if not ok or not url.strip():
                return
        self.draft.add_media_link(row, url.strip())
        self._media_changed()

    def move_media(self, delta: int) -> None:
        row, index = self.current_row(), self.media.currentIndex().row()
        if self.draft is None or row < 0 or index < 0:
            return
        target = self.draft.move_media(row, index, delta)
        self._media_changed()
        self.media.selectRow(target)

    def remove_media(self) -> None:
        row, index = self.current_row(), self.media.currentIndex().row()
        if self.draft is None or row < 0 or index < 0:
            return
        self.draft.remove_media(row, index)
        self._media_changed()

    def _media_changed(self) -> None:
        self.media_model.refresh()
        self.attachments_model.refresh()
        self._entry_edited()

    # Attachments --------------------------------------------------------------------------------
    def add_attachment(self, file: Path | None = None, kind: str = "other") -> None:
        row = self.current_row()
        if self.draft is None or row < 0:
            return
        if file is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self, self.tr("Document"), "", self.tr("Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)")
            )
            if not name:
                return
            file = Path(name)
            kind = _guess_attachment_kind(file.name)
        self.draft.add_attachment(row, file, kind)
        self._media_changed()

    def remove_attachment(self) -> None:
        row, index = self.current_row(), self.attachments.currentIndex().row()
        if self.draft is None or row < 0 or index < 0:
            return
        self.draft.remove_attachment(row, index)
        self._media_changed()

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
        self.media_box.setTitle(self.tr("Videos (in the order the experts will see them)"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.add_link_button.setText(self.tr("Add link…"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.remove_media_button.setText(self.tr("Remove"))
        self.attachments_box.setTitle(self.tr("Attachments (act of implementation, platform certificate)"))
        self.add_attachment_button.setText(self.tr("Add document…"))
        self.remove_attachment_button.setText(self.tr("Remove"))
        for model in (self.entries_model, self.authors_model, self.media_model, self.attachments_model):
            model.retranslate()
        self._show_annotation_count()


def _guess_attachment_kind(name: str) -> str:
    lowered = name.casefold()
    if any(word in lowered for word in ("акт", "act", "енгіз", "внедр")):
        return "implementation_act"
    if any(word in lowered for word in ("сертиф", "certif", "анықтама", "справк", "платформ")):
        return "platform_certificate"
    return "other"
