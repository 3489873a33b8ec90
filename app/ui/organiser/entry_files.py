"""The files of the course on screen in the round editor: its videos (files, a folder, or links;
ordered; promo or lecture) and its attached documents, with their tables and buttons.

`EntryFiles` belongs to the entries panel, which lays out its two boxes and tells it which course is
shown; its texts keep the panel's translation context ("EntriesPanel").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.round_data import ATTACHMENT_KINDS, VIDEO_SUFFIXES
from app.models.round_model import MEDIA_KINDS
from app.ui.organiser.draft_models import AttachmentsModel, ChoiceDelegate, MediaModel
from app.ui.organiser.draft_panel import button_row, table_view
from app.ui.organiser.texts import attachment_kind_name, media_kind_name
from app.ui.qt import QObject, QtCore, QtWidgets

if TYPE_CHECKING:
    from app.ui.organiser.entries_panel import EntriesPanel


translate = QtCore.QCoreApplication.translate


class EntryFiles(QObject):
    def __init__(self, panel: EntriesPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.media_model = MediaModel(lambda: panel.draft, panel)
        self.media_model.edited.connect(panel.entry_edited)
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

        self.attachments_model = AttachmentsModel(lambda: panel.draft, panel)
        self.attachments_model.edited.connect(panel.entry_edited)
        self.attachments = table_view(self.attachments_model, stretch=self.attachments_model.column_index("location"))
        self.attachments.setItemDelegateForColumn(
            self.attachments_model.column_index("kind"),
            ChoiceDelegate(lambda: [(kind, attachment_kind_name(kind)) for kind in ATTACHMENT_KINDS], self.attachments),
        )
        self.add_attachment_button = QtWidgets.QPushButton()
        self.add_attachment_button.clicked.connect(lambda: self.add_attachment())
        self.remove_attachment_button = QtWidgets.QPushButton()
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self._build_boxes()

    def _build_boxes(self) -> None:
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

    def show_entry(self, entry: dict | None) -> None:
        self.media_model.set_rows(entry.setdefault("media", []) if entry else [])
        self.attachments_model.set_rows(entry.setdefault("attachments", []) if entry else [])

    # Videos -------------------------------------------------------------------------------------
    def add_media_files(self, files: list[Path] | None = None) -> None:
        draft, row = self._panel.draft, self._panel.current_row()
        if draft is None or row < 0:
            return
        if files is None:
            patterns = " ".join(f"*{suffix}" for suffix in VIDEO_SUFFIXES)
            names, _ = QtWidgets.QFileDialog.getOpenFileNames(
                self._panel,
                translate("EntriesPanel", "Videos of the course"),
                "",
                translate("EntriesPanel", "Videos (%1);;All files (*)").replace("%1", patterns),
            )
            files = [Path(n) for n in names]
        if not files:
            return
        draft.add_media_files(row, files)
        self.changed()

    def add_media_folder(self, folder: Path | None = None) -> None:
        draft, row = self._panel.draft, self._panel.current_row()
        if draft is None or row < 0:
            return
        if folder is None:
            name = QtWidgets.QFileDialog.getExistingDirectory(
                self._panel, translate("EntriesPanel", "Folder with the course's videos")
            )
            if not name:
                return
            folder = Path(name)
        added = draft.add_media_folder(row, folder)
        if not added:
            QtWidgets.QMessageBox.information(
                self._panel,
                translate("EntriesPanel", "Add a folder"),
                translate("EntriesPanel", "There are no video files in %1.").replace("%1", str(folder)),
            )
            return
        self.changed()

    def add_media_link(self, url: str | None = None) -> None:
        draft, row = self._panel.draft, self._panel.current_row()
        if draft is None or row < 0:
            return
        if url is None:
            url, ok = QtWidgets.QInputDialog.getText(
                self._panel,
                translate("EntriesPanel", "Video link"),
                translate("EntriesPanel", "Address of the video (https://…):"),
            )
            if not ok or not url.strip():
                return
        draft.add_media_link(row, url.strip())
        self.changed()

    def move_media(self, delta: int) -> None:
        draft, row, index = self._panel.draft, self._panel.current_row(), self.media.currentIndex().row()
        if draft is None or row < 0 or index < 0:
            return
        target = draft.move_media(row, index, delta)
        self.changed()
        self.media.selectRow(target)

    def remove_media(self) -> None:
        draft, row, index = self._panel.draft, self._panel.current_row(), self.media.currentIndex().row()
        if draft is None or row < 0 or index < 0:
            return
        draft.remove_media(row, index)
        self.changed()

    def changed(self) -> None:
        self.media_model.refresh()
        self.attachments_model.refresh()
        self._panel.entry_edited()

    # Attachments --------------------------------------------------------------------------------
    def add_attachment(self, file: Path | None = None, kind: str = "other") -> None:
        draft, row = self._panel.draft, self._panel.current_row()
        if draft is None or row < 0:
            return
        if file is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self._panel,
                translate("EntriesPanel", "Document"),
                "",
                translate("EntriesPanel", "Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)"),
            )
            if not name:
                return
            file = Path(name)
            kind = _guess_attachment_kind(file.name)
        draft.add_attachment(row, file, kind)
        self.changed()

    def remove_attachment(self) -> None:
        draft, row, index = self._panel.draft, self._panel.current_row(), self.attachments.currentIndex().row()
        if draft is None or row < 0 or index < 0:
            return
        draft.remove_attachment(row, index)
        self.changed()

    def retranslate(self) -> None:
        self.media_box.setTitle(translate("EntriesPanel", "Videos (in the order the experts will see them)"))
        self.add_files_button.setText(translate("EntriesPanel", "Add files…"))
        self.add_folder_button.setText(translate("EntriesPanel", "Add folder…"))
        self.add_link_button.setText(translate("EntriesPanel", "Add link…"))
        self.up_button.setToolTip(translate("EntriesPanel", "Move up"))
        self.down_button.setToolTip(translate("EntriesPanel", "Move down"))
        self.remove_media_button.setText(translate("EntriesPanel", "Remove"))
        self.attachments_box.setTitle(
            translate("EntriesPanel", "Attachments (act of implementation, platform certificate)")
        )
        self.add_attachment_button.setText(translate("EntriesPanel", "Add document…"))
        self.remove_attachment_button.setText(translate("EntriesPanel", "Remove"))
        self.media_model.retranslate()
        self.attachments_model.retranslate()


def _guess_attachment_kind(name: str) -> str:
    lowered = name.casefold()
    if any(word in lowered for word in ("акт", "act", "енгіз", "внедр")):
        return "implementation_act"
    if any(word in lowered for word in ("сертиф", "certif", "анықтама", "справк", "платформ")):
        return "platform_certificate"
    return "other"
