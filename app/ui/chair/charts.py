"""The chair's charts: each entry's expert totals as points on a line (painted by SpreadPlot), and the heat map."""

from __future__ import annotations

from app.models.chair import ChairSnapshot
from app.models.localized import localized
from app.models.results import EntryResult
from app.ui import theme
from app.ui.chair.models.formatting import elide, short_name
from app.ui.chair.models.heat_map import HeatMapModel
from app.ui.chair.panels import CONTENT_SAMPLE_ROWS, split
from app.ui.chair.spread_plot import PlotRow, PlotSeries, SpreadPlot
from app.ui.i18n import current_language
from app.ui.qt import Qt, QtWidgets

DEFAULT_SHOWN = 15
# Distinct colours for up to ten experts (then they repeat): Tableau 10.
PALETTE = theme.CHART_SERIES
TITLE_CHARS = 38


class SpreadChart(QtWidgets.QWidget):
    """One row per entry (best first): a muted line from the lowest to the highest total, and each
    expert's total as a coloured point on it (one colour per expert, named in the legend)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self.count = QtWidgets.QSpinBox()
        self.count.setRange(1, DEFAULT_SHOWN)
        self.count.setValue(DEFAULT_SHOWN)
        self.count.valueChanged.connect(self.redraw)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setBuddy(self.count)
        self.plot = SpreadPlot()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.count_label.setText(self.tr("Entries shown (best first):"))
        self.plot.set_texts(self.tr("Each entry's totals from every expert"), self.tr("Expert's total"))
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
        snapshot = self.snapshot
        if snapshot is None:
            self.plot.set_content([], [], 0)
            return
        series = self.expert_series(snapshot)
        index_of = {expert_id: i for i, expert_id in enumerate(snapshot.results.panel)}
        lang = current_language()
        rows = []
        for entry in self.shown_entries():
            round_entry = snapshot.round.entry(entry.entry_id)
            title = localized(round_entry.title, lang) if round_entry else entry.entry_id
            totals = {index_of[e]: float(t) for e, t in entry.totals.items() if e in index_of}
            rows.append(PlotRow(f"{entry.rank}. {elide(title, TITLE_CHARS)}", f"{entry.rank}. {title}", totals))
        self.plot.set_content(rows, series, snapshot.round.max_total)

    @staticmethod
    def expert_series(snapshot: ChairSnapshot) -> list[PlotSeries]:
        """One series a panel expert, named '3. Surname' in the legend (3: the number in the commission)."""
        positions = {e.id: i for i, e in enumerate(snapshot.round.commission.experts, start=1)}
        out = []
        for index, expert_id in enumerate(snapshot.results.panel):
            expert = snapshot.round.expert(expert_id)
            name = short_name(expert.name) if expert else expert_id
            number = positions.get(expert_id, index + 1)
            legend = f"{number}. {name.partition(' ')[0]}"
            out.append(PlotSeries(number, legend, name, PALETTE[index % len(PALETTE)]))
        return out


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
