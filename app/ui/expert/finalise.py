"""Finalising the sheet: the check of what is missing (each item leads to its place), the export
of the signed sheet file, and its verification code with the offer to save the sheet as PDF."""

from __future__ import annotations

from app.models.localized import localized
from app.models.round import RoundFile
from app.models.sheet_review import ReviewRow
from app.models.workspace_sheet import MissingItem
from app.ui.expert.review_model import COURSE, ENTRY_ID_ROLE, WARNINGS, ReviewTableModel
from app.ui.qt import Qt, QtGui, QtWidgets, Signal

MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


class FinaliseDialog(QtWidgets.QDialog):
    """Lists what blocks finalisation; `jump_requested` leads to an item. Accepted = export now."""

    jump_requested = Signal(str, object)  # entry id, criterion id or None

    def __init__(
        self,
        round_file: RoundFile,
        missing: list[MissingItem],
        next_revision: int,
        fingerprint: str,
        lang: str,
        parent: QtWidgets.QWidget | None = None,
        review: list[ReviewRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalise the evaluation sheet"))
        self.setMinimumWidth(720)
        self.resize(760, 460)
        self._round_file = round_file
        self._lang = lang
        layout = QtWidgets.QVBoxLayout(self)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.missing_list = QtWidgets.QListWidget()
        self.missing_list.setWordWrap(True)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_list.setSpacing(2)
        self.missing_list.itemActivated.connect(self._jump)
        self.missing_list.itemDoubleClicked.connect(self._jump)
        layout.addWidget(self.missing_list, 1)
        # Nothing missing: every course's total and what is worth a second look, confirmed before signing
        self.review_model = ReviewTableModel(round_file, review or [], lang, self)
        self.review_table = QtWidgets.QTableView()
        self.review_table.setModel(self.review_model)
        self.review_table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.review_table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.verticalHeader().hide()
        self.review_table.setWordWrap(True)
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COURSE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WARNINGS, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.review_table.activated.connect(self._jump_to_course)
        self.review_table.doubleClicked.connect(self._jump_to_course)
        layout.addWidget(self.review_table, 1)
        self.confirm = QtWidgets.QCheckBox()
        layout.addWidget(self.confirm)
        buttons = QtWidgets.QDialogButtonBox()
        self.go_button = buttons.addButton(self.tr("Go to it"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.clicked.connect(lambda: self._jump(self.missing_list.currentItem()))
        self.export_button = buttons.addButton(
            self.tr("Sign and export the sheet…"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.accept)
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

        if missing:
            self.message.setText(
                self.tr(
                    "The sheet cannot be finalised yet: %n item(s) are missing. Every "
                    "course must be scored on every criterion, or recused. Double-click "
                    "an item to go to it.",
                    "",
                    len(missing),
                )
            )
            for item in missing:
                row = QtWidgets.QListWidgetItem(self.describe(item))
                row.setData(MISSING_ROLE, (item.entry_id, item.criterion_id))
                self.missing_list.addItem(row)
            self.missing_list.setCurrentRow(0)
            self.export_button.setEnabled(False)
            self.go_button.setDefault(True)
            self.review_table.hide()
            self.confirm.hide()
        else:
            self.missing_list.hide()
            self.go_button.hide()
            text = (
                self.tr(
                    "Every course is scored or recused. Revision %1 of your sheet will be "
                    "signed with this computer's key (fingerprint %2) and written to a file "
                    "for the chair."
                )
                .replace("%1", str(next_revision))
                .replace("%2", fingerprint)
            )
            warned = self.review_model.warned_count()
            if warned:
                text += "\n" + self.tr(
                    "%n course(s) have something worth a second look (highlighted); double-click a course to go to it.",
                    "",
                    warned,
                )
            self.message.setText(text)
            self.confirm.setText(self.tr("I have checked every total and warning above; sign the sheet as it is"))
            self.export_button.setEnabled(False)  # until the review is confirmed
            self.confirm.toggled.connect(self.export_button.setEnabled)
            self.confirm.setFocus()
            self.resize(860, 520)

    def describe(self, item: MissingItem) -> str:
        rnd = self._round_file.round
        entry = rnd.entry(item.entry_id)
        if entry is None:
            return self.tr("Choose yourself in the commission list")
        number = rnd.entries.index(entry) + 1
        title = localized(entry.title, self._lang)
        if item.criterion_id is None:
            return self.tr("%1. %2: neither scored nor recused").replace("%1", str(number)).replace("%2", title)
        criterion = rnd.criterion(item.criterion_id)
        criterion_number = rnd.criteria.index(criterion) + 1 if criterion else 0
        criterion_title = localized(criterion.title, self._lang) if criterion else item.criterion_id
        return (
            self.tr("%1. %2: criterion %3 «%4» is not scored")
            .replace("%1", str(number))
            .replace("%2", title)
            .replace("%3", str(criterion_number))
            .replace("%4", criterion_title)
        )

    def _jump_to_course(self, index) -> None:
        entry_id = index.data(ENTRY_ID_ROLE) if index.isValid() else None
        if entry_id:
            self.jump_requested.emit(entry_id, None)
            self.done(QtWidgets.QDialog.DialogCode.Rejected)

    def _jump(self, row: QtWidgets.QListWidgetItem | None) -> None:
        if row is None:
            return
        entry_id, criterion_id = row.data(MISSING_ROLE)
        self.jump_requested.emit(entry_id, criterion_id)
        self.done(QtWidgets.QDialog.DialogCode.Rejected)


class ExportedDialog(QtWidgets.QDialog):
    """The sheet was written: where, its revision and its verification code; offers the PDF."""

    pdf_requested = Signal()

    def __init__(self, path: str, revision: int, code: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The sheet is signed and exported"))
        self.setMinimumWidth(520)
        layout = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(
            self.tr("Revision %1 of your evaluation sheet was signed and written to:").replace("%1", str(revision))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        where = QtWidgets.QLabel(path)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(QtWidgets.QLabel(self.tr("Verification code")))
        self.code = QtWidgets.QLabel(code)
        self.code.setObjectName("verificationCode")
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        note = QtWidgets.QLabel(
            self.tr(
                "The same code is printed on the sheet PDF beside your signature, so the "
                "chair can match the paper and the file. Hand the file to the chair."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QtWidgets.QDialogButtonBox()
        self.pdf_button = buttons.addButton(
            self.tr("Save the sheet as PDF…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.pdf_requested)
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        layout.addWidget(buttons)
