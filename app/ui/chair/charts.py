"""The chair's charts: each entry's expert totals as points on a line (QtCharts), and the heat map."""

from __future__ import annotations

from app.models.chair import ChairSnapshot
from app.models.localized import localized
from app.models.results import EntryResult
from app.ui import theme
from app.ui.chair.models.formatting import elide, short_name
from app.ui.chair.models.heat_map import HeatMapModel
from app.ui.chair.panels import CONTENT_SAMPLE_ROWS, split
from app.ui.i18n import current_language
from app.ui.qt import Qt, QtCharts, QtGui, QtWidgets

DEFAULT_SHOWN = 15
# Distinct colours for up to ten experts (then they repeat): Tableau 10.
PALETTE = theme.CHART_SERIES
TITLE_CHARS = 38


class SpreadChart(QtWidgets.QWidget):
    """One row per entry (best first): a grey line from the lowest to the highest total, and each
    expert's total as a coloured point on it (one series per expert, named in the legend)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self.count = QtWidgets.QSpinBox()
        self.count.setRange(1, DEFAULT_SHOWN)
        self.count.setValue(DEFAULT_SHOWN)
        self.count.valueChanged.connect(self.redraw)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setBuddy(self.count)
        self.view = QtCharts.QChartView()
        self.view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(320)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.count_label.setText(self.tr("Entries shown (best first):"))
        self.redraw()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.snapshot = snapshot
        ranked = len([e for e in snapshot.results.entries if e.totals]) if snapshot else 0
        self.count.blockSignals(True)
        self.count.setRange(1, max(1, ranked))
        self.count.setValue(min(DEFAULT_SHOWN, max(1, ranked)))
        self.count.blockSignals(False)
        self.redraw()

    def shown_entries(self) -> list[EntryResult]:
        if self.snapshot is None:
            return []
        return [e for e in self.snapshot.final_order() if e.totals][: self.count.value()]

    def redraw(self) -> None:
        chart = QtCharts.QChart()
        chart.setTitle(self.tr("Each entry's totals from every expert"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        entries, snapshot = self.shown_entries(), self.snapshot
        if not entries or snapshot is None:
            self.view.setChart(chart)
            return
        rows = len(entries)
        y_of = {e.entry_id: rows - i for i, e in enumerate(entries)}  # best at the top
        axes = self.totals_axis(snapshot.round.max_total), self.entries_axis(snapshot, entries, y_of)
        chart.addAxis(axes[0], Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axes[1], Qt.AlignmentFlag.AlignLeft)
        for entry in entries:
            if entry.min is None or entry.max is None:  # not so for a shown entry: it has totals
                continue
            line = QtCharts.QLineSeries()
            line.setPen(QtGui.QPen(theme.colour("muted"), 3))
            line.append(entry.min, y_of[entry.entry_id])
            line.append(entry.max, y_of[entry.entry_id])
            add_series(chart, line, axes)
            chart.legend().markers(line)[0].setVisible(False)
        for series in self.expert_points(snapshot, entries, y_of):
            add_series(chart, series, axes)
        self.view.setChart(chart)
        self.view.setMinimumHeight(max(320, 26 * rows + 160))

    def totals_axis(self, max_total: int) -> QtCharts.QValueAxis:
        axis = QtCharts.QValueAxis()
        axis.setRange(0, max_total)
        axis.setTickCount(8 if max_total % 7 == 0 else 6)
        axis.setLabelFormat("%d")
        axis.setTitleText(self.tr("Expert's total"))
        return axis

    def entries_axis(
        self, snapshot: ChairSnapshot, entries: list[EntryResult], y_of: dict[str, int]
    ) -> QtCharts.QCategoryAxis:
        """Rank and title of each shown entry at its height."""
        axis = QtCharts.QCategoryAxis()
        axis.setRange(0.5, len(entries) + 0.5)
        axis.setLabelsPosition(QtCharts.QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        lang = current_language()
        for entry in reversed(entries):  # a category axis takes its labels in increasing order
            round_entry = snapshot.round.entry(entry.entry_id)
            title = localized(round_entry.title, lang) if round_entry else entry.entry_id
            axis.append(f"{entry.rank}. {elide(title, TITLE_CHARS)}", y_of[entry.entry_id])
        return axis

    def expert_points(
        self, snapshot: ChairSnapshot, entries: list[EntryResult], y_of: dict[str, int]
    ) -> list[QtCharts.QScatterSeries]:
        """One series a panel expert, named '3. Surname' in the legend, with a point for each total."""
        positions = {e.id: i for i, e in enumerate(snapshot.round.commission.experts, start=1)}
        out = []
        for number, expert_id in enumerate(snapshot.results.panel):
            points = QtCharts.QScatterSeries()
            expert = snapshot.round.expert(expert_id)
            surname = short_name(expert.name).partition(" ")[0] if expert else expert_id
            points.setName(f"{positions[expert_id]}. {surname}")
            points.setMarkerSize(10)
            points.setColor(QtGui.QColor(PALETTE[number % len(PALETTE)]))
            points.setBorderColor(self.palette().color(QtGui.QPalette.ColorRole.Base))
            for entry in entries:
                if expert_id in entry.totals:
                    points.append(entry.totals[expert_id], y_of[entry.entry_id])
            out.append(points)
        return out


def add_series(
    chart: QtCharts.QChart, series: QtCharts.QAbstractSeries, axes: tuple[QtCharts.QAbstractAxis, ...]
) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


class HeatMapView(QtWidgets.QTableView):
    """The heat map: entries (rank order) × experts, a cell's colour showing the total."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat = HeatMapModel(self)
        self.setModel(self.heat)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(34)
        self.verticalHeader().setDefaultSectionSize(22)
        self.verticalHeader().setMaximumWidth(360)
        self.verticalHeader().setResizeContentsPrecision(CONTENT_SAMPLE_ROWS)
        self.setShowGrid(False)

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.heat.set_snapshot(snapshot)

    def retranslate(self) -> None:
        self.heat.retranslate()


class ChartsPage(QtWidgets.QWidget):
    """The spread chart above the heat map."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.spread = SpreadChart()
        self.heat_map = HeatMapView()
        self.heat_title = QtWidgets.QLabel()
        heat_box = QtWidgets.QWidget()
        heat_layout = QtWidgets.QVBoxLayout(heat_box)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addWidget(self.heat_title)
        heat_layout.addWidget(self.heat_map, 1)
        splitter = split(Qt.Orientation.Horizontal, self.spread, heat_box, (3, 2))
        splitter.setSizes([900, 600])
        heat_box.setMinimumWidth(480)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.spread.set_snapshot(snapshot)
        self.heat_map.set_snapshot(snapshot)

    def retranslate(self) -> None:
        self.heat_title.setText(
            self.tr(
                "Heat map: each expert's total for each entry (darker is higher); "
                "columns are the experts' numbers in the commission"
            )
        )
        self.heat_title.setWordWrap(True)
        self.spread.retranslate()
        self.heat_map.retranslate()
