"""The column-mapping dialog for importing applications from a Google Forms export.

One combo box per field of the cover letter, preset from the headers (`suggest_mapping`); below, a
preview of what the import will do with each row: a new course, a duplicate (of a row or of a
course already in the round), or a row left out and why. Accepting remembers the mapping.
"""

from __future__ import annotations

from typing import Any

from app.models.applications import ImportPlan, applications_from_table, plan_import
from app.models.applications_mapping import FIELDS, REQUIRED_FIELDS, check_mapping, remember_mapping, suggest_mapping
from app.models.applications_table import Table
from app.models.round_edit import RoundDraft
from app.ui import theme
from app.ui.i18n import translate
from app.ui.organiser.texts import field_name
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets
from app.ui.widgets.remembered_dialog import RememberedDialog

NEW, DUPLICATE, LEFT_OUT = "new", "duplicate", "left_out"
PREVIEW_FIELDS = ("title", "authors")


def application_field_name(name: str) -> str:
    return {
        "timestamp": translate("ColumnMappingDialog", "Time of the answer"),
        "email": translate("ColumnMappingDialog", "E-mail"),
        "position": translate("ColumnMappingDialog", "Authors' positions"),
        "degree": translate("ColumnMappingDialog", "Authors' degrees"),
        "promo": translate("ColumnMappingDialog", "Promo video link"),
        "title": translate("ColumnMappingDialog", "Course title"),
        "authors": translate("ColumnMappingDialog", "Author(s)"),
    }.get(name, field_name(name).capitalize())


class ImportPreviewModel(QtCore.QAbstractTableModel):
    """One row per response: what the import does with it, and the main fields."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, dict[str, str]]] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        rows = []
        if plan is not None:
            for app in plan.new:
                rows.append((app.row, NEW, "", app.values))
            for dup in plan.duplicates:
                rows.append((dup.application.row, DUPLICATE, dup.of, dup.application.values))
            problems: dict[int, list[str]] = {}
            for problem in plan.problems:
                problems.setdefault(problem.row, []).append(problem.field)
            for row, fields in problems.items():
                rows.append((row, LEFT_OUT, ", ".join(fields), {}))
        self._rows = sorted(rows)
        self.endResetModel()

    def outcome_counts(self) -> dict[str, int]:
        counts = {NEW: 0, DUPLICATE: 0, LEFT_OUT: 0}
        for _, outcome, _, _ in self._rows:
            counts[outcome] += 1
        return counts

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(PREVIEW_FIELDS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, outcome, detail, values = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row)
            if index.column() == 1:
                return self._outcome_text(outcome, detail)
            return values.get(PREVIEW_FIELDS[index.column() - 2], "")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return theme.brush({NEW: "ok", DUPLICATE: "warning", LEFT_OUT: "error"}[outcome])
        if role == Qt.ItemDataRole.UserRole:
            return outcome
        return None

    def _outcome_text(self, outcome: str, detail: str) -> str:
        if outcome == NEW:
            return self.tr("new course")
        if outcome == DUPLICATE:
            if detail.startswith("row "):
                return self.tr("duplicate of row %1 (kept)").replace("%1", detail[4:])
            return self.tr("already in the round as %1").replace("%1", detail)
        names = ", ".join(application_field_name(f) for f in detail.split(", "))
        return self.tr("left out: no %1").replace("%1", names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Outcome")
        return application_field_name(PREVIEW_FIELDS[section - 2])


class ColumnMappingDialog(RememberedDialog):
    """Choose which column of the export holds which field; see the outcome before importing."""

    def __init__(self, table: Table, draft: RoundDraft, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("column_mapping", (1100, 720), parent)
        self.table = table
        self.draft = draft
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import applications"))
        self.intro = QtWidgets.QLabel(
            self.tr(
                "File: %1 — %2 responses. Check which question of the form "
                "holds each field; fields in bold are required."
            )
            .replace("%1", table.source.name)
            .replace("%2", str(len(table.rows)))
        )
        self.intro.setWordWrap(True)
        self.combos: dict[str, QtWidgets.QComboBox] = {}
        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        suggested = suggest_mapping(table.headers)
        for name in FIELDS:
            combo = QtWidgets.QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("— not imported —"), -1)
            for column, header in enumerate(table.headers):
                combo.addItem(f"{_column_letter(column)}: {header}", column)
            combo.setCurrentIndex(combo.findData(suggested.get(name, -1)))
            combo.setMinimumContentsLength(22)
            combo.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
            combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._update_preview)
            label = QtWidgets.QLabel(application_field_name(name))
            if name in REQUIRED_FIELDS:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            form.addRow(label, combo)
            self.combos[name] = combo
        self.preview = ImportPreviewModel(self)
        self.preview_view = QtWidgets.QTableView()
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.preview_view.horizontalHeader()
        columns.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # title and authors share what is left
            columns.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.preview_view.setWordWrap(False)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        mapping_box = QtWidgets.QGroupBox(self.tr("Columns"))
        mapping_box.setLayout(form)
        preview_box = QtWidgets.QGroupBox(self.tr("What will be imported"))
        preview_layout = QtWidgets.QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview_view)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(mapping_box)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_box)
        splitter.setSizes([520, 760])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._update_preview()

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def set_column(self, name: str, column: int) -> None:
        """Choose the column of a field (-1: not imported)."""
        combo = self.combos[name]
        combo.setCurrentIndex(combo.findData(column))

    def _update_preview(self) -> None:
        mapping = self.mapping()
        missing = check_mapping(mapping)
        if missing:
            self.plan = None
            self.preview.set_plan(None)
            self.summary.setText(
                self.tr("Choose the column of: %1.").replace(
                    "%1", ", ".join(application_field_name(m) for m in missing)
                )
            )
        else:
            self.plan = plan_import(applications_from_table(self.table, mapping), self.draft)
            self.preview.set_plan(self.plan)
            counts = self.preview.outcome_counts()
            self.summary.setText(
                self.tr(
                    "%1 new course(s) will be added; %2 duplicate(s) are shown but not added; %3 row(s) are left out."
                )
                .replace("%1", str(counts[NEW]))
                .replace("%2", str(counts[DUPLICATE]))
                .replace("%3", str(counts[LEFT_OUT]))
            )
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.new))

    def accept(self) -> None:
        if self.plan is None:
            return
        remember_mapping(self.table.headers, self.mapping())
        super().accept()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
