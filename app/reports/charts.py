"""Small charts drawn with reportlab graphics (no extra plotting library), in our fonts."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors

from app.models.results import EntryResult
from app.reports.fonts import CONDENSED, SANS, cut_to_width

CHART_ENTRIES = 20


def spread_chart(
    entries: list[EntryResult],
    max_total: float,
    width: float,
    lang_axis: str = "",
    labels: dict[str, str] | None = None,
) -> Drawing:
    """Per entry (in rank order, the first 20): a bar from the lowest to the highest expert's total
    and a dot at the mean, on a 0…max_total scale. Shows at a glance where the experts disagreed.
    `labels`: entry id → the course's name, written beside its rank (shortened to fit)."""
    shown = [e for e in entries if e.min is not None][:CHART_ENTRIES]
    row = 11
    left, right, top, bottom = (width * 0.4 if labels else 34), 10, 6, 22
    height = top + bottom + row * max(len(shown), 1)
    drawing = Drawing(width, height, initialFontName=SANS)
    plot_w = width - left - right
    scale = plot_w / max_total if max_total else 1.0
    axis_y = bottom - 4
    drawing.add(Line(left, axis_y, left + plot_w, axis_y, strokeColor=colors.grey, strokeWidth=0.5))
    steps = 7 if max_total % 7 == 0 else 5
    for k in range(steps + 1):
        value = max_total * k / steps
        x = left + value * scale
        drawing.add(Line(x, axis_y, x, height - top, strokeColor=colors.Color(0.85, 0.85, 0.85), strokeWidth=0.3))
        drawing.add(String(x, axis_y - 9, f"{value:g}", fontName=CONDENSED, fontSize=6.5, textAnchor="middle"))
    if lang_axis:
        drawing.add(String(left + plot_w, 1, lang_axis, fontName=CONDENSED, fontSize=6.5, textAnchor="end"))
    for i, entry in enumerate(shown):
        if entry.min is None or entry.max is None or entry.mean is None:
            continue  # not scored: left out of `shown` above
        y = height - top - row * i - row / 2
        label = f"{entry.rank}."
        if labels and labels.get(entry.entry_id):
            label = cut_to_width(f"{label} {labels[entry.entry_id]}", CONDENSED, 7, left - 8)
        drawing.add(String(left - 4, y - 2.5, label, fontName=CONDENSED, fontSize=7, textAnchor="end"))
        x0, x1 = left + entry.min * scale, left + entry.max * scale
        drawing.add(Line(x0, y, max(x1, x0 + 0.8), y, strokeColor=colors.Color(0.3, 0.45, 0.7), strokeWidth=4))
        drawing.add(Circle(left + entry.mean * scale, y, 2.2, fillColor=colors.black, strokeColor=None))
    return drawing
