"""The organiser's "Gather entries from lower-stage packages…" (regulation 9.5): the packages the
departments (or faculties) sent are added one folder at a time, each read and checked at once and
listed with where it came from; "Gather" writes one new round of the next stage with all their
entries and opens it, so the organiser sets its commission as for any round."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.gather_texts import flag_text
from app.models.round import load_round
from app.models.stage_gather import GatheredPackage, GatherReport, gather_packages, read_package
from app.ui import theme
from app.ui.actions import ActionSpec
from app.ui.error_text import fill
from app.ui.qt import QT_TRANSLATE_NOOP, ModelIndex, Qt, QtCore, QtWidgets, Signal
from app.ui.stage_errors import stage_error_text
from app.ui.widgets.remembered_dialog import RememberedDialog
from app.ui.worker import BackgroundOperation, run_in_background, show_error

translate = QtCore.QCoreApplication.translate


def stage_name(stage: str) -> str:
    names = {
        "department": translate("GatherPackages", "department"),
        "faculty": translate("GatherPackages", "faculty"),
        "university": translate("GatherPackages", "university"),
    }
    return names.get(stage, stage)


@dataclass
class PackageRow:
    folder: Path
    package: GatheredPackage | None
    problem: str = ""  # why it cannot be gathered, in the interface language


class PackagesModel(QtCore.QAbstractTableModel):
    """The packages chosen so far, each with what it holds or why it is refused."""

    COL_FOLDER, COL_FROM, COL_PROTOCOL, COL_ENTRIES, COL_STATE = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PackageRow] = []

    def add(self, row: PackageRow) -> None:
        self.beginInsertRows(QtCore.QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.beginRemoveRows(QtCore.QModelIndex(), index, index)
            del self.rows[index]
            self.endRemoveRows()

    def good(self) -> list[PackageRow]:
        return [r for r in self.rows if r.package is not None]

    def good_packages(self) -> list[GatheredPackage]:
        return [r.package for r in self.rows if r.package is not None]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem or str(row.folder)
        if role == Qt.ItemDataRole.ForegroundRole and row.problem and column == self.COL_STATE:
            return theme.brush("error")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        m = row.package.manifest if row.package else None
        if column == self.COL_FOLDER:
            return row.folder.name
        if column == self.COL_FROM:
            return fill(translate("GatherPackages", "%2 (%1 stage)"), (stage_name(m.from_stage), m.unit)) if m else ""
        if column == self.COL_PROTOCOL:
            if not m:
                return ""
            return translate("GatherPackages", "No. %1").replace("%1", m.protocol_number) + (
                f", {m.meeting_date.isoformat()}" if m.meeting_date else ""
            )
        if column == self.COL_ENTRIES:
            return str(len(m.entries)) if m else ""
        if row.problem or m is None:
            return row.problem
        return translate("GatherPackages", "for the %1 stage").replace("%1", stage_name(m.to_stage))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("GatherPackages", "Package folder"),
                translate("GatherPackages", "Sent by"),
                translate("GatherPackages", "Protocol"),
                translate("GatherPackages", "Courses"),
                translate("GatherPackages", "State"),
            )[section]
        return None


class GatherDialog(RememberedDialog):
    """Choose the packages, then gather them into a new round file."""

    gathered = Signal(object)  # the GatherReport

    def __init__(self, parent: QtWidgets.QWidget | None = None, start_folder: Path | None = None) -> None:
        super().__init__("gather_packages", (900, 420), parent)
        self.start_folder = start_folder or Path.home()
        self.model = PackagesModel(self)
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.add_button = QtWidgets.QPushButton()
        self.add_button.clicked.connect(lambda: self.add_folder())
        self.remove_button = QtWidgets.QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        self.gather_button = QtWidgets.QPushButton()
        self.gather_button.setDefault(True)
        self.gather_button.clicked.connect(lambda: self.gather())
        self.close_button = QtWidgets.QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.gather_button)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.operation: BackgroundOperation | None = None
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GatherPackages", "Gather entries from lower-stage packages"))
        self.intro.setText(
            translate(
                "GatherPackages",
                "Add the folder of each package a department (or a faculty) sent: the folder with "
                "package.json, the round file, the protocol extract and the videos. The courses of all "
                "packages go into one new round of the next stage; then set its commission as usual.",
            )
        )
        self.add_button.setText(translate("GatherPackages", "Add a package folder…"))
        self.remove_button.setText(translate("GatherPackages", "Remove"))
        self.gather_button.setText(translate("GatherPackages", "Gather into a new round…"))
        self.close_button.setText(translate("GatherPackages", "Close"))

    # choosing
    def ask_folder(self) -> str:
        return QtWidgets.QFileDialog.getExistingDirectory(
            self, translate("GatherPackages", "A package folder"), str(self.start_folder)
        )

    def ask_round_path(self, suggested: str) -> str:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("GatherPackages", "The new round file"),
            str(self.start_folder / suggested),
            translate("GatherPackages", "Round files (*.round.json)"),
        )
        return path

    def add_folder(self, folder: str | Path | None = None) -> PackageRow | None:
        folder = folder or self.ask_folder()
        if not folder:
            return None
        folder = Path(folder)
        self.start_folder = folder.parent
        try:
            row = PackageRow(folder, read_package(folder))
        except InputError as exc:
            # The file within the package the problem is in, then the problem (the folder is listed).
            inside = Path(exc.file).name + ": " if exc.file and Path(exc.file) != folder else ""
            row = PackageRow(folder, None, inside + stage_error_text(exc, with_file=False))
        self.model.add(row)
        return row

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)

    def _update(self, *args) -> None:
        good = self.model.good()
        self.gather_button.setEnabled(bool(good) and self.operation is None)
        refused = len(self.model.rows) - len(good)
        if refused:
            self.message.setText(
                fill(
                    translate("GatherPackages", "%1 package(s) cannot be gathered (see State); they are left out."),
                    (str(refused),),
                )
            )
        elif good:
            packages = self.model.good_packages()
            stages = {p.manifest.to_stage for p in packages}
            self.message.setText(
                translate("GatherPackages", "%1 package(s), %2 course(s), for the %3 stage.")
                .replace("%1", str(len(good)))
                .replace("%2", str(sum(len(p.manifest.entries) for p in packages)))
                .replace("%3", ", ".join(stage_name(s) for s in sorted(stages)))
            )
        else:
            self.message.setText("")

    # gathering
    def gather(self, out_path: str | Path | None = None) -> None:
        good = self.model.good()
        if not good:
            return
        stage = self.model.good_packages()[0].manifest.to_stage
        out_path = out_path or self.ask_round_path(f"{stage}.round.json")
        if not out_path:
            return
        self.operation = operation = run_in_background(
            gather_packages,
            Path(out_path),
            [r.folder for r in good],
            parent=self,
            title=translate("GatherPackages", "Gathering the packages"),
            on_success=self._done,
            on_error=self._failed,
        )
        operation.finished.connect(self._finished)
        self._update()

    def _finished(self) -> None:
        self.operation = None
        self._update()

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, InputError):
            self.message.setText(stage_error_text(exc))
        else:
            show_error(self, exc, details, translate("GatherPackages", "Gather entries from lower-stage packages"))

    def _done(self, report: GatherReport) -> None:
        text = fill(
            translate("GatherPackages", "The %1 round is written: %2 (%3 courses)."),
            (stage_name(report.stage), str(report.path), str(len(report.entries))),
        )
        if report.flags:
            text += "\n" + translate("GatherPackages", "Look at these before the round goes to the experts:")
            for flag in report.flags:
                text += "\n— " + flag_text(flag, translate)
        self.report_text = text
        self.gathered.emit(report)
        self.accept()


GATHER_SPEC = ActionSpec(
    "gather",
    "GatherPackages",
    QT_TRANSLATE_NOOP("GatherPackages", "Gather entries from lower-stage packages…"),
    tip=QT_TRANSLATE_NOOP(
        "GatherPackages",
        "One round of the next stage from the packages the departments or faculties sent (regulation 9.5)",
    ),
)


def open_gather_dialog(page) -> GatherDialog:
    """The organiser page's command: opens the dialog; the gathered round opens in the page."""
    start = page.draft.path.parent if getattr(page, "draft", None) is not None and page.draft.path else None
    dialog = GatherDialog(page, start)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.gathered.connect(lambda report: _open_gathered(page, report, dialog.report_text))
    page.gather_dialog = dialog
    dialog.open()
    return dialog


def _open_gathered(page, report: GatherReport, text: str) -> None:
    try:
        round_file = load_round(report.path)
    except InputError as exc:
        page.status_message.emit(stage_error_text(exc))
        return
    page.set_round(round_file)
    page.round_saved.emit(report.path)
    page.tabs.setCurrentIndex(1)  # the commission: the organiser sets it next
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Warning if report.flags else QtWidgets.QMessageBox.Icon.Information,
        translate("GatherPackages", "Gather entries from lower-stage packages"),
        text + "\n\n" + translate("GatherPackages", "Now set the commission of this round (Commission tab)."),
        parent=page,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.gather_message = box
    box.open()


# --- the admission checklist's item for entries from a lower stage (9.5, 9.9) ---


def lower_stage_item_name() -> str:
    return translate("GatherPackages", "Protocol extract of the stage that sent it (9.5)")


def lower_stage_item_found(status: str, args: tuple[str, ...]) -> str:
    previous = stage_name(args[0]) if args else ""
    if len(args) >= 5 and args[1] == "ok":
        return fill(translate("GatherPackages", "%1: protocol No. %2, place %3"), args[2:5])
    if len(args) >= 2 and args[1] == "changed":
        return fill(
            translate("GatherPackages", "the %1 stage's extract or its record is missing or was changed"), (previous,)
        )
    return translate("GatherPackages", "no protocol extract of the %1 stage").replace("%1", previous)
