"""The sheet's hint box follows the criterion being scored: its hint, or what its score means, in a box
of fixed height under the sheet (see ScoreGuide), and a screen reader hears what each score means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.descriptors import band_for
from app.ui.qt import QObject, QtWidgets

if TYPE_CHECKING:
    from app.ui.expert.criterion_row import CriterionRow
    from app.ui.expert.sheet_panel import SheetPanel


class SheetHints(QObject):
    """Which criterion the hint box describes: the last one that had the keyboard."""

    def __init__(self, panel: SheetPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.lang = "kk"

    def _shown_row(self) -> CriterionRow | None:
        return next((r for r in self.panel.rows() if r.hint_shown), None)

    def focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        rows = self.panel.rows()
        if not any(row.contains_focus(new) for row in rows):
            return  # keep the hint of the last criterion while typing a note or using the player
        for row in rows:
            row.show_hint(row.contains_focus(new))
        self.update()

    def update(self) -> None:
        """The hint box follows the criterion being scored and its score; each row of score cells tells a
        screen reader what its score means."""
        self._show_hint_text()
        for each in self.panel.rows():
            value = each.selector.value()
            band = band_for(each.criterion, value, self.lang)
            each.selector.setAccessibleDescription(
                "" if value is None else f"{value}" + (f" ({band.scores()}): {band.text}" if band else "")
            )

    def keep_scored_row_in_view(self) -> None:
        """The levels took room from the sheet: the criterion they describe stays in view."""
        row = self._shown_row()
        if row is not None:
            layout = self.panel.layout()
            if layout is not None:
                layout.activate()  # the levels' room is taken now, not at the next paint
            self.panel.scroll_area.ensureWidgetVisible(row, 0, 4)

    def _show_hint_text(self) -> None:
        row = self._shown_row()
        if row is None:
            self.panel.score_guide.show_criterion(0, None, None, "")
        else:
            self.panel.score_guide.show_criterion(row.number, row.criterion, row.selector.value(), row.hint.text())

    def fit(self) -> None:
        """Room for the longest hint or score level at the current width: choosing a criterion or a score
        moves nothing."""
        hints = [f"{r.number}. {r.hint.text()}" for r in self.panel.rows() if r.hint.text()]
        self.panel.score_guide.fit(hints, self.panel.width())
