"""The spread chart drawn by hand with QPainter (no QtCharts in the bundles): one row per entry, a muted
line from its lowest to its highest total and each expert's total as a coloured point, as the protocol's
chart is drawn with reportlab shapes (app/reports/charts.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.ui import theme
from app.ui.chair.models.formatting import number
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets

MARKER = 10  # a point's diameter, px
LINE_WIDTH = 3  # the lowest–highest line
TIE_STEP = 8  # vertical distance between points of equal total on one row (less than MARKER: they touch)
MARGIN = 8
TICK = 4
GAP = 6  # between a text and what it labels
LEGEND_GAP = 16  # between two legend items
ROW_HEIGHT = 26  # the height a row is given when the widget is at its minimum
FIXED_HEIGHT = 160  # room the title, the axis and the legend get at the minimum height
LABEL_SHARE = 0.45  # the entry labels take at most this share of the width; longer ones are elided


@dataclass(frozen=True)
class PlotSeries:
    """One expert: the legend's text ('3. Surname'), the tooltip's name and the points' colour."""

    number: int  # the expert's number in the commission
    legend: str
    name: str
    colour: str


@dataclass(frozen=True)
class PlotRow:
    """One entry: its label ('2. Title', shortened), its whole title and each series' total."""

    label: str
    title: str
    totals: dict[int, float] = field(default_factory=dict)  # series index → total


@dataclass(frozen=True)
class PlotPoint:
    row: int
    series: int
    total: float
    centre: QtCore.QPointF


@dataclass(frozen=True)
class Layout:
    """Where things go for the current size and font."""

    plot: QtCore.QRectF  # the area of the rows
    label_width: float
    legend_lines: list[list[int]]  # series indices on each legend line


class SpreadPlot(QtWidgets.QWidget):
    """Paints rows of points on a 0…max_total axis, the best row at the top."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlotRow] = []
        self.series: list[PlotSeries] = []
        self.max_total: float = 0
        self.title = ""
        self.axis_title = ""
        self.setMouseTracking(True)
        self.setMinimumSize(360, self.minimum_height())
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)

    # --- content ----------------------------------------------------------------------------------
    def set_texts(self, title: str, axis_title: str) -> None:
        self.title, self.axis_title = title, axis_title
        self.setAccessibleName(title)
        self.update()

    def set_content(self, rows: list[PlotRow], series: list[PlotSeries], max_total: float) -> None:
        self.rows, self.series, self.max_total = rows, series, max_total
        self.setMinimumHeight(self.minimum_height())
        self.updateGeometry()
        self.update()

    def minimum_height(self) -> int:
        return max(320, ROW_HEIGHT * len(self.rows) + FIXED_HEIGHT)

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(720, self.minimum_height())

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() in (*theme.PALETTE_EVENTS, QtCore.QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    # --- geometry ---------------------------------------------------------------------------------
    def title_font(self) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        font.setBold(True)
        return font

    def plot_layout(self) -> Layout:
        fm = self.fontMetrics()
        line = fm.height()
        width, height = self.width(), self.height()
        title_height = QtGui.QFontMetrics(self.title_font()).height() + GAP if self.title else 0
        widest = max((fm.horizontalAdvance(r.label) for r in self.rows), default=0)
        label_width = min(widest, width * LABEL_SHARE) if widest else 0
        left = MARGIN + label_width + (GAP if label_width else 0)
        right_room = fm.horizontalAdvance(self.tick_text(self.max_total)) / 2 + MARGIN
        legend_lines = self.legend_lines(width - 2 * MARGIN)
        legend_height = len(legend_lines) * (line + 4) + (GAP if legend_lines else 0)
        axis_height = TICK + 2 + line + (line + 2 if self.axis_title else 0)
        top = MARGIN + title_height
        bottom = height - MARGIN - legend_height - axis_height
        plot = QtCore.QRectF(left, top, max(1.0, width - right_room - left), max(1.0, bottom - top))
        return Layout(plot, label_width, legend_lines)

    def legend_lines(self, room: float) -> list[list[int]]:
        """The series' legend items flowed into lines no wider than `room`."""
        fm = self.fontMetrics()
        lines: list[list[int]] = []
        used = 0.0
        for index, series in enumerate(self.series):
            item = MARKER + 4 + fm.horizontalAdvance(series.legend)
            if lines and used + LEGEND_GAP + item <= room:
                lines[-1].append(index)
                used += LEGEND_GAP + item
            else:
                lines.append([index])
                used = item
        return lines

    def x_of(self, total: float, layout: Layout | None = None) -> float:
        """The x position of `total` on the axis."""
        plot = (layout or self.plot_layout()).plot
        share = total / self.max_total if self.max_total else 0.0
        return plot.left() + share * plot.width()

    def row_centre(self, row: int, layout: Layout | None = None) -> float:
        """The y of row `row`'s line (row 0, the best, at the top), on a pixel's centre so the line is sharp."""
        plot = (layout or self.plot_layout()).plot
        step = plot.height() / max(1, len(self.rows))
        return math.floor(plot.top() + step * (row + 0.5)) + 0.5

    def points(self, layout: Layout | None = None) -> list[PlotPoint]:
        """Every point where it is drawn. Equal totals on one row are stacked a little apart vertically,
        in the series' order, so each of them shows."""
        layout = layout or self.plot_layout()
        step = min(float(TIE_STEP), layout.plot.height() / max(1, len(self.rows)) / 2)
        out = []
        for row_index, row in enumerate(self.rows):
            y = self.row_centre(row_index, layout)
            groups: dict[float, list[int]] = {}
            for series_index, total in sorted(row.totals.items()):
                groups.setdefault(total, []).append(series_index)
            for total, members in groups.items():
                x = self.x_of(total, layout)
                for k, series_index in enumerate(members):
                    offset = (k - (len(members) - 1) / 2) * step
                    out.append(PlotPoint(row_index, series_index, total, QtCore.QPointF(x, y + offset)))
        return out

    def point_at(self, position: QtCore.QPointF) -> PlotPoint | None:
        """The point under `position` (the nearest, within a few pixels of its edge)."""
        reach = MARKER / 2 + 3
        best, best_distance = None, reach
        for point in self.points():
            distance = math.hypot(point.centre.x() - position.x(), point.centre.y() - position.y())
            if distance <= best_distance:
                best, best_distance = point, distance
        return best

    def tick_values(self) -> list[float]:
        steps = 7 if self.max_total % 7 == 0 else 5
        return [self.max_total * k / steps for k in range(steps + 1)]

    @staticmethod
    def tick_text(value: float) -> str:
        return number(int(value), 0) if float(value).is_integer() else number(value, 1)

    # --- tooltip ----------------------------------------------------------------------------------
    def tooltip_text(self, point: PlotPoint) -> str:
        series, row = self.series[point.series], self.rows[point.row]
        return "\n".join(
            [
                self.tr("Expert %1: %2").replace("%1", str(series.number)).replace("%2", series.name),
                row.title,
                self.tr("Total: %1 of %2")
                .replace("%1", self.tick_text(point.total))
                .replace("%2", self.tick_text(self.max_total)),
            ]
        )

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            point = self.point_at(QtCore.QPointF(event.pos()))
            if point is None:
                QtWidgets.QToolTip.hideText()
                event.ignore()
            else:
                QtWidgets.QToolTip.showText(event.globalPos(), self.tooltip_text(point), self)
            return True
        return super().event(event)

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        layout = self.plot_layout()
        self.paint_title(painter)
        self.paint_background(painter, layout)
        if self.max_total > 0:
            self.paint_axis(painter, layout)
        self.paint_labels(painter, layout)
        self.paint_spans(painter, layout)
        self.paint_points(painter, layout)
        self.paint_legend(painter, layout)
        painter.end()

    def text_colour(self) -> QtGui.QColor:
        return self.palette().color(QtGui.QPalette.ColorRole.WindowText)

    def grid_colour(self) -> QtGui.QColor:
        """A faint line: 18 % of the way from the base colour to the text's."""
        return theme.blend(self.palette().color(QtGui.QPalette.ColorRole.Base), self.text_colour(), 0.18)

    def paint_title(self, painter: QtGui.QPainter) -> None:
        if not self.title:
            return
        painter.setFont(self.title_font())
        painter.setPen(self.text_colour())
        fm = painter.fontMetrics()
        area = QtCore.QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, fm.height())
        text = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, int(area.width()))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setFont(self.font())

    def paint_background(self, painter: QtGui.QPainter, layout: Layout) -> None:
        palette = self.palette()
        painter.setPen(QtGui.QPen(palette.color(QtGui.QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QtGui.QPalette.ColorRole.Base))
        painter.drawRect(layout.plot.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def paint_axis(self, painter: QtGui.QPainter, layout: Layout) -> None:
        plot, fm = layout.plot, self.fontMetrics()
        grid, text = QtGui.QPen(self.grid_colour(), 1), self.text_colour()
        painter.setPen(grid)
        for index in range(len(self.rows)):  # a guide from the label across to the row's points
            y = self.row_centre(index, layout)
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
        for value in self.tick_values():
            x = round(self.x_of(value, layout)) + 0.5
            painter.setPen(grid)
            painter.drawLine(QtCore.QPointF(x, plot.top()), QtCore.QPointF(x, plot.bottom()))
            painter.setPen(text)
            painter.drawLine(QtCore.QPointF(x, plot.bottom()), QtCore.QPointF(x, plot.bottom() + TICK))
            label = self.tick_text(value)
            half = fm.horizontalAdvance(label) / 2 + 1
            painter.drawText(
                QtCore.QRectF(x - half, plot.bottom() + TICK + 2, 2 * half, fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        if self.axis_title:
            area = QtCore.QRectF(plot.left(), plot.bottom() + TICK + 2 + fm.height() + 2, plot.width(), fm.height())
            title = fm.elidedText(self.axis_title, Qt.TextElideMode.ElideRight, int(self.width() - 2 * MARGIN))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip), title)

    def paint_labels(self, painter: QtGui.QPainter, layout: Layout) -> None:
        fm = self.fontMetrics()
        painter.setPen(self.text_colour())
        for index, row in enumerate(self.rows):
            y = self.row_centre(index, layout)
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, int(layout.label_width))
            area = QtCore.QRectF(MARGIN, y - fm.height() / 2, layout.label_width, fm.height())
            painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

    def paint_spans(self, painter: QtGui.QPainter, layout: Layout) -> None:
        pen = QtGui.QPen(theme.colour("muted", self.palette()), LINE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for index, row in enumerate(self.rows):
            if len(set(row.totals.values())) < 2:
                continue
            y = self.row_centre(index, layout)
            low, high = min(row.totals.values()), max(row.totals.values())
            painter.drawLine(QtCore.QPointF(self.x_of(low, layout), y), QtCore.QPointF(self.x_of(high, layout), y))

    def paint_marker(self, painter: QtGui.QPainter, centre: QtCore.QPointF, colour: str) -> None:
        """A point of a series (on the plot and in the legend): its colour, ringed in the base colour."""
        painter.setPen(QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Base), 1.5))
        painter.setBrush(QtGui.QColor(colour))
        painter.drawEllipse(centre, MARKER / 2, MARKER / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def paint_points(self, painter: QtGui.QPainter, layout: Layout) -> None:
        for point in self.points(layout):
            self.paint_marker(painter, point.centre, self.series[point.series].colour)

    def paint_legend(self, painter: QtGui.QPainter, layout: Layout) -> None:
        fm = self.fontMetrics()
        line_height = fm.height() + 4
        y = self.height() - MARGIN - len(layout.legend_lines) * line_height
        for line in layout.legend_lines:
            widths = [MARKER + 4 + fm.horizontalAdvance(self.series[i].legend) for i in line]
            x = (self.width() - sum(widths) - LEGEND_GAP * (len(line) - 1)) / 2
            for index, width in zip(line, widths, strict=True):
                series = self.series[index]
                self.paint_marker(painter, QtCore.QPointF(x + MARKER / 2, y + line_height / 2), series.colour)
                painter.setPen(self.text_colour())
                area = QtCore.QRectF(x + MARKER + 4, y, width - MARKER - 4 + 1, line_height)
                painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), series.legend)
                x += width + LEGEND_GAP
            y += line_height
