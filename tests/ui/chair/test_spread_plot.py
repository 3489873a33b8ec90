"""The chair's spread chart, painted by hand: what the grabbed image shows at the places the plot's own
geometry gives for each total and row (colours of points, the muted span, the rows shown), and the tooltip."""

from __future__ import annotations

import pytest

from app.models.chair import ChairStore
from app.ui import theme
from app.ui.chair.charts import PALETTE, SpreadChart
from app.ui.chair.spread_plot import MARKER
from app.ui.i18n import install_language
from app.ui.qt import QtCore, QtGui, QtWidgets
from tests.helpers.chair import EXPERT_NAMES, make_round, sheet_bytes, signed_sheet
from tests.helpers.palette import switchable_colours

# expert → entry → total. Sums: m01 177, m04 144, m02 120, m03 75: the chart's rows in that order.
# e1 and e2 both give m04 50 (a tie on one entry).
TOTALS = {
    "e1": {"m01": 60, "m02": 40, "m03": 20, "m04": 50},
    "e2": {"m01": 62, "m02": 45, "m03": 30, "m04": 50},
    "e3": {"m01": 55, "m02": 35, "m03": 25, "m04": 44},
}
ROW_OF = {"m01": 0, "m04": 1, "m02": 2, "m03": 3}
EXPERT_INDEX = {"e1": 0, "e2": 1, "e3": 2}


def name_experts(data: dict) -> None:
    for expert, name in zip(data["commission"]["experts"], EXPERT_NAMES, strict=False):
        expert["name"] = name


@pytest.fixture
def snapshot(tmp_path, english_ui):
    round_file = make_round(tmp_path / "round", entries=4, experts=3, customise=name_experts)
    sources = [
        (f"{expert}.sheet.json", sheet_bytes(signed_sheet(round_file, expert, totals)))
        for expert, totals in TOTALS.items()
    ]
    return ChairStore(round_file).import_sources(sources).snapshot


@pytest.fixture
def chart(qtbot, snapshot):
    widget = SpreadChart()
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    widget.set_snapshot(snapshot)
    qtbot.waitExposed(widget)
    return widget


def image_of(chart: SpreadChart) -> QtGui.QImage:
    return chart.plot.grab().toImage()


def near(colour: QtGui.QColor, expected: QtGui.QColor | str, tolerance: int = 6) -> bool:
    want = QtGui.QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True))


def pixel(image: QtGui.QImage, x: float, y: float) -> QtGui.QColor:
    return image.pixelColor(int(x), int(y))


def rows_with_points(chart: SpreadChart, image: QtGui.QImage) -> int:
    """How many separate bands of the plot area hold a pixel of a series' colour (the points' inside)."""
    plot = chart.plot.plot_layout().plot
    colours = {QtGui.QColor(c).rgb() & 0xFFFFFF for c in PALETTE}
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    width = rgb.bytesPerLine() // 4
    pixels = memoryview(rgb.constBits()).cast("I")  # 0xffRRGGBB in native order
    bands, inside = 0, False
    for y in range(int(plot.top()), int(plot.bottom())):
        line = pixels[y * width + int(plot.left()) : y * width + int(plot.right())]
        hit = any(value & 0xFFFFFF in colours for value in line)
        bands += hit and not inside
        inside = hit
    return bands


def test_each_expert_s_point_is_drawn_in_its_colour_at_its_total_on_its_entry_s_row(chart):
    image, plot = image_of(chart), chart.plot
    assert [r.label.split(".")[0] for r in plot.rows] == ["1", "2", "3", "4"]
    widest = max(plot.fontMetrics().horizontalAdvance(r.label) for r in plot.rows)
    assert plot.plot_layout().label_width >= widest  # the labels are written whole
    for expert, totals in TOTALS.items():
        for entry, total in totals.items():
            if entry == "m04" and expert in ("e1", "e2"):
                continue  # the tie: stacked, checked below
            x, y = plot.x_of(total), plot.row_centre(ROW_OF[entry])
            assert near(pixel(image, x, y), PALETTE[EXPERT_INDEX[expert]]), (expert, entry)


def test_the_best_entry_is_the_top_row(chart, snapshot):
    image, plot = image_of(chart), chart.plot
    best = snapshot.final_order()[0]
    assert best.entry_id == "m01"
    top_y = plot.row_centre(0)
    assert top_y < plot.row_centre(1) < plot.row_centre(3)
    for expert, index in EXPERT_INDEX.items():
        assert near(pixel(image, plot.x_of(TOTALS[expert]["m01"]), top_y), PALETTE[index])


def test_two_experts_with_the_same_total_on_one_entry_both_show(chart):
    image, plot = image_of(chart), chart.plot
    x, y = plot.x_of(50), plot.row_centre(ROW_OF["m04"])
    column = [pixel(image, x, y + dy) for dy in range(-MARKER, MARKER + 1)]
    for expert in ("e1", "e2"):
        assert any(near(c, PALETTE[EXPERT_INDEX[expert]]) for c in column), expert


def test_the_muted_line_spans_the_lowest_to_the_highest_total(chart):
    image, plot = image_of(chart), chart.plot
    muted = theme.colour("muted", chart.plot.palette())
    y = plot.row_centre(ROW_OF["m02"])  # totals 35, 40, 45
    clear = MARKER / 2 + 2  # away from the points
    inside = [v + d for v in (35, 40) for d in (1.5, 2.5, 3.5)]
    for value in inside:
        x = plot.x_of(value)
        assert min(abs(x - plot.x_of(t)) for t in (35, 40, 45)) > clear
        assert near(pixel(image, x, y), muted), value
    assert not near(pixel(image, plot.x_of(35) - clear - 3, y), muted)
    assert not near(pixel(image, plot.x_of(45) + clear + 3, y), muted)


def test_the_spin_box_limits_the_rows_drawn(chart):
    assert rows_with_points(chart, image_of(chart)) == 4
    chart.count.setValue(2)
    assert len(chart.shown_entries()) == 2
    assert rows_with_points(chart, image_of(chart)) == 2
    assert chart.count.maximum() == 4


def test_no_snapshot_or_no_sheets_draws_no_points(qtbot, tmp_path, english_ui):
    chart = SpreadChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.show()
    chart.set_snapshot(None)
    assert rows_with_points(chart, image_of(chart)) == 0
    round_file = make_round(tmp_path / "empty", entries=3, experts=2)
    chart.set_snapshot(ChairStore(round_file).snapshot())
    assert chart.shown_entries() == []
    assert rows_with_points(chart, image_of(chart)) == 0
    assert chart.plot.minimumHeight() == 320


def test_the_height_grows_with_the_rows_shown(chart):
    assert chart.plot.minimumHeight() == max(320, 26 * 4 + 160)


def test_the_colours_follow_a_dark_palette(qapp, qtbot, chart):
    with switchable_colours(qapp) as make_dark:
        make_dark(True)
        qtbot.waitUntil(lambda: theme.window_is_dark(chart.plot.palette()))
        image, plot = image_of(chart), chart.plot
        y = plot.row_centre(ROW_OF["m02"])
        assert near(pixel(image, plot.x_of(37.5), y), theme.SEMANTIC["muted"][1])
        base = QtGui.QColor("#1f2023")  # the dark palette's Base: the plot's background
        assert near(pixel(image, plot.x_of(5), plot.row_centre(0) + 7), base)


def hover_tooltip(qtbot, chart: SpreadChart, at: QtCore.QPointF) -> str:
    plot = chart.plot
    position = at.toPoint()
    event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, position, plot.mapToGlobal(position))
    QtWidgets.QApplication.sendEvent(plot, event)
    return QtWidgets.QToolTip.text() if QtWidgets.QToolTip.isVisible() else ""


def test_the_tooltip_names_the_expert_the_entry_and_the_total(qtbot, chart, snapshot):
    plot = chart.plot
    at = QtCore.QPointF(plot.x_of(62), plot.row_centre(0) + 1)
    title = snapshot.round.entry("m01").title
    text = hover_tooltip(qtbot, chart, at)
    assert text.splitlines() == ["Expert 2: Оспанов Е. Б.", f"1. {title}", "Total: 62 of 70"]
    hover_tooltip(qtbot, chart, QtCore.QPointF(plot.x_of(5), plot.row_centre(0)))  # nothing there
    qtbot.waitUntil(lambda: not QtWidgets.QToolTip.isVisible(), timeout=3000)


def test_the_tooltip_tells_tied_points_apart_and_is_translated(qtbot, chart, qapp):
    plot = chart.plot
    tied = [p for p in plot.points() if p.row == ROW_OF["m04"] and p.total == 50]
    assert len(tied) == 2 and tied[0].centre.y() != tied[1].centre.y()
    install_language(qapp, "kk")
    texts = {hover_tooltip(qtbot, chart, p.centre).splitlines()[0] for p in tied}
    assert texts == {"Сарапшы 1: Жұмабаева Г. С.", "Сарапшы 2: Оспанов Е. Б."}
    assert hover_tooltip(qtbot, chart, tied[0].centre).splitlines()[2] == "Жиынтық балл: 70 ішінен 50"
