"""The chair's read-only panels: sheets, coverage, ranking with per-criterion means, agreement."""

from __future__ import annotations

from html import escape

from app.models.chair import MISSING, NO_SHEET, RECUSED, SCORED, ChairSnapshot, SheetRow
from app.ui import theme
from app.ui.chair.models.coverage import CoverageModel
from app.ui.chair.models.criteria import CriteriaModel
from app.ui.chair.models.experts import ExpertsModel
from app.ui.chair.models.formatting import number
from app.ui.chair.models.ranking import RankingModel, RankingProxy
from app.ui.chair.models.robustness import RobustnessModel
from app.ui.chair.models.sheets import SheetsModel
from app.ui.qt import QAction, Qt, QtCore, QtWidgets, Signal
from app.ui.widgets.coloured_text import colour_text

HEADER = QtWidgets.QHeaderView.ResizeMode
# Columns fitted to their contents look at this many rows only, so a thousand entries stay quick.
CONTENT_SAMPLE_ROWS = 60


def table_view(model, name: str, stretch: int | None = None, sortable: bool = False) -> QtWidgets.QTableView:
    view = QtWidgets.QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(sortable)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.horizontalHeader().setResizeContentsPrecision(CONTENT_SAMPLE_ROWS)
    if stretch is not None:
        view.horizontalHeader().setStretchLastSection(False)
        model.modelReset.connect(lambda: _fit_columns(view, stretch))
    return view


def _fit_columns(view: QtWidgets.QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    for col in range(view.model().columnCount()):
        header.setSectionResizeMode(col, HEADER.Stretch if col == stretch else HEADER.ResizeToContents)


def split(
    orientation: Qt.Orientation, first: QtWidgets.QWidget, second: QtWidgets.QWidget, stretch: tuple[int, int]
) -> QtWidgets.QSplitter:
    splitter = QtWidgets.QSplitter(orientation)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    return splitter


def group(title_holder: list, layout: QtWidgets.QLayout) -> QtWidgets.QGroupBox:
    box = QtWidgets.QGroupBox()
    box.setLayout(layout)
    title_holder.append(box)
    return box


class SheetsPanel(QtWidgets.QWidget):
    """Imported files with their status; the paper-match box per accepted sheet; setting a file aside."""

    set_aside_requested = Signal(object, bool)  # SheetRow, True to set aside / False to take back

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SheetsModel(self)
        self.view = table_view(self.model, "sheets_table", stretch=SheetsModel.REASON)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.set_aside_action = QAction(self)
        self.set_aside_action.setObjectName("set_aside_sheet")
        self.set_aside_action.triggered.connect(self._request_set_aside)
        self.view.addAction(self.set_aside_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(self._update_set_aside_action)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        self.detail = QtWidgets.QLabel()
        self.detail.setObjectName("sheet_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Import the experts' sheet files (buttons above, or drop files and folders here). "
                "For each accepted sheet compare the verification code and the key fingerprint "
                "with the signed paper sheet, then tick «Compared with paper»."
            )
        )
        self.model.retranslate()
        self._show_detail()
        self._update_set_aside_action()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in theme.PALETTE_EVENTS:  # light ↔ dark: the detail's muted colour is in its HTML
            self._show_detail()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.model.set_snapshot(snapshot)
        self._show_detail()
        self._update_set_aside_action()

    def current_row(self) -> SheetRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_set_aside_action(self, *_: object) -> None:
        row = self.current_row()
        aside = row is not None and row.status.status == "set_aside"
        self.set_aside_action.setText(
            self.tr("Take the sheet back into the results") if aside else self.tr("Set the sheet aside…")
        )
        self.set_aside_action.setEnabled(row is not None)

    def _request_set_aside(self) -> None:
        row = self.current_row()
        if row is not None:
            self.set_aside_requested.emit(row, row.status.status != "set_aside")

    def _show_detail(self, *_: object) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.detail.setText("")
            return
        row = self.model.rows[index.row()]
        s = row.status
        status = self.model.status_text(row)
        reason = self.model.reason_text(row)
        parts = [f"<b>{escape(row.file_name)}</b> — {status}" + (f": {escape(reason)}" if reason else "")]
        if s.reason and s.reason != reason:
            parts.append(f"<span style='color:{theme.css('muted')}'>{escape(s.reason)}</span>")
        parts.append(self.tr("File digest (SHA-256): %1").replace("%1", row.sha256))
        self.detail.setText("<br>".join(parts))


class CoveragePanel(QtWidgets.QWidget):
    """Entries × experts: scored, recused, missing, no sheet."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.view = QtWidgets.QTableView()
        self.view.setObjectName("coverage_grid")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(HEADER.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(70)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().setMaximumWidth(420)
        self.view.verticalHeader().setResizeContentsPrecision(CONTENT_SAMPLE_ROWS)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("coverage_summary")
        self.summary.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.snapshot = snapshot
        self.model.set_snapshot(snapshot)
        self._summarise()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._summarise()

    def _summarise(self) -> None:
        counts = self.model.counts()
        text = (
            self.tr("✓ scored: %1   R recused: %2   ✗ missing: %3   no sheet: %4")
            .replace("%1", str(counts[SCORED]))
            .replace("%2", str(counts[RECUSED]))
            .replace("%3", str(counts[MISSING]))
            .replace("%4", str(counts[NO_SHEET]))
        )
        snapshot = getattr(self, "snapshot", None)
        if snapshot is not None:
            waiting = [self.model.expert_name(e) for e in snapshot.experts_without_sheet()]
            if waiting:
                text += "<br>" + self.tr("No accepted sheet yet from: %1").replace("%1", ", ".join(waiting))
        self.summary.setText(text)


def fit_ranking_columns(view: QtWidgets.QTableView) -> None:
    """Titles and departments get a readable fixed share; the numbers take what they need."""
    header = view.horizontalHeader()
    for col in range(view.model().columnCount()):
        header.setSectionResizeMode(col, HEADER.ResizeToContents)
    for col, width in ((RankingModel.ENTRY, 270), (RankingModel.DEPARTMENT, 150)):
        header.setSectionResizeMode(col, HEADER.Interactive)
        header.resizeSection(col, width)


class RankingPanel(QtWidgets.QWidget):
    """The ranking table with a filter, and the per-criterion means below it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, "ranking_table", sortable=True)
        self.model.modelReset.connect(lambda: fit_ranking_columns(self.view))
        self.view.sortByColumn(RankingModel.RANK, Qt.SortOrder.AscendingOrder)
        self.filter = QtWidgets.QLineEdit()
        self.filter.setObjectName("ranking_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.legend = QtWidgets.QLabel()
        self.legend.setWordWrap(True)
        self.criteria_model = CriteriaModel(self)
        self.criteria_view = table_view(self.criteria_model, "criteria_table", stretch=CriteriaModel.TITLE)
        self.criteria_title = QtWidgets.QLabel()
        top = QtWidgets.QWidget()
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.legend)
        bottom = QtWidgets.QWidget()
        bottom_layout = QtWidgets.QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.criteria_title)
        bottom_layout.addWidget(self.criteria_view, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(split(Qt.Orientation.Vertical, top, bottom, (3, 1)))
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.model.set_snapshot(snapshot)
        self.criteria_model.set_snapshot(snapshot)
        self.view.sortByColumn(RankingModel.RANK, Qt.SortOrder.AscendingOrder)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by title…"))
        self.legend.setText(self.model.marks_legend())
        self.criteria_title.setText(self.tr("Per criterion, over every score given"))
        self.model.retranslate()
        self.criteria_model.retranslate()


class AgreementPanel(QtWidgets.QWidget):
    """Kendall's W and ICC; each expert against the rest; the robustness of the prize places."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self._boxes: list[QtWidgets.QGroupBox] = []
        self.figures = QtWidgets.QFormLayout()
        self.figure_labels: dict[str, tuple[QtWidgets.QLabel, QtWidgets.QLabel]] = {}
        for key in ("kendall_w", "kendall_p", "icc2_1", "icc2_k", "entries_used"):
            name, value = QtWidgets.QLabel(), QtWidgets.QLabel()
            value.setObjectName(f"agreement_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figure_labels[key] = (name, value)
            self.figures.addRow(name, value)
        self.agreement_note = QtWidgets.QLabel()
        self.agreement_note.setWordWrap(True)
        figures_layout = QtWidgets.QVBoxLayout()
        figures_layout.addLayout(self.figures)
        figures_layout.addWidget(self.agreement_note)
        figures_layout.addStretch(1)
        self.agreement_box = group(self._boxes, figures_layout)

        self.experts_model = ExpertsModel(self)
        self.experts_view = table_view(self.experts_model, "experts_table", stretch=ExpertsModel.NAME)
        experts_layout = QtWidgets.QVBoxLayout()
        experts_layout.addWidget(self.experts_view)
        self.experts_box = group(self._boxes, experts_layout)

        self.robustness_model = RobustnessModel(self)
        self.robustness_view = table_view(self.robustness_model, "robustness_table", stretch=RobustnessModel.ENTRY)
        self.robustness_warning = QtWidgets.QLabel()
        self.robustness_warning.setObjectName("robustness_warning")
        self.robustness_warning.setWordWrap(True)
        self.leave_one_out = QtWidgets.QLabel()
        self.leave_one_out.setObjectName("leave_one_out")
        self.leave_one_out.setWordWrap(True)
        robustness_layout = QtWidgets.QVBoxLayout()
        robustness_layout.addWidget(self.robustness_warning)
        robustness_layout.addWidget(self.robustness_view, 1)
        robustness_layout.addWidget(self.leave_one_out)
        self.robustness_box = group(self._boxes, robustness_layout)

        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.agreement_box)
        left.addWidget(self.experts_box, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.robustness_box, 3)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.snapshot = snapshot
        self.experts_model.set_snapshot(snapshot)
        self.robustness_model.set_snapshot(snapshot)
        self._fill()

    def retranslate(self) -> None:
        self.agreement_box.setTitle(self.tr("Agreement between the experts"))
        self.experts_box.setTitle(self.tr("Each expert against the rest of the panel"))
        self.robustness_box.setTitle(self.tr("Robustness: the ranking under other methods"))
        names = {
            "kendall_w": self.tr("Kendall's W:"),
            "kendall_p": self.tr("p-value (χ²):"),
            "icc2_1": self.tr("ICC(2,1), one expert:"),
            "icc2_k": self.tr("ICC(2,k), the panel:"),
            "entries_used": self.tr("Entries used:"),
        }
        for key, (label, _) in self.figure_labels.items():
            label.setText(names[key])
        self.experts_model.retranslate()
        self.robustness_model.retranslate()
        self._fill()

    def _fill(self) -> None:
        s = self.snapshot
        values = self.figure_labels
        if s is None or not s.outcome.accepted:
            for _, value in values.values():
                value.setText("—")
            self.agreement_note.setText("")
            self.robustness_warning.setText("")
            self.leave_one_out.setText("")
            return
        a = s.results.agreement
        values["kendall_w"][1].setText(number(a.kendall_w, 3))
        p = a.kendall_p
        values["kendall_p"][1].setText(
            "—" if p is None else QtCore.QLocale().toString(p, "e", 2) if p < 0.001 else number(p, 4)
        )
        values["icc2_1"][1].setText(number(a.icc2_1, 3))
        values["icc2_k"][1].setText(number(a.icc2_k, 3))
        values["entries_used"][1].setText(
            self.tr("%1 of %2").replace("%1", str(a.entries_used)).replace("%2", str(len(s.round.entries)))
        )
        note = self.tr(
            "W near 1: the experts rank the entries alike; near 0: they disagree. "
            "ICC: agreement on the totals themselves."
        )
        if a.entries_left_out:
            note += " " + self.tr("Left out (a recusal or a missing score): %1").replace(
                "%1", ", ".join(a.entries_left_out)
            )
        self.agreement_note.setText(note)
        r = s.results.robustness
        if r.method_dependent:
            differing = [self.robustness_model.method_label(m.method) for m in r.methods if m.differs]
            self.robustness_warning.setText(
                "⚠ "
                + self.tr("The prize places depend on the method: %1 give other prize places.").replace(
                    "%1", ", ".join(differing)
                )
            )
            colour_text(self.robustness_warning, "warning", bold=True)
        else:
            self.robustness_warning.setText(self.tr("The prize places are the same under every method."))
            colour_text(self.robustness_warning, "ok")
        winners = [self.experts_model.expert_short(x.expert_id) for x in r.leave_one_out if x.changes_winners]
        order = [
            self.experts_model.expert_short(x.expert_id) for x in r.leave_one_out if x.changes and not x.changes_winners
        ]
        lines = []
        if winners:
            lines.append(
                "⚠ "
                + self.tr("Leaving out one of these experts would change who takes the prize places: %1").replace(
                    "%1", ", ".join(winners)
                )
            )
        if order:
            lines.append(
                self.tr(
                    "Leaving out one of these experts would only change the order within the prize places: %1"
                ).replace("%1", ", ".join(order))
            )
        if lines:
            self.leave_one_out.setText("\n".join(lines))
            colour_text(self.leave_one_out, "warning", bold=bool(winners))
        else:
            self.leave_one_out.setText(self.tr("Leaving out any single expert does not change the prize places."))
            colour_text(self.leave_one_out, "ok")
