"""The line under the sheet about the criterion being scored, and its score levels on demand (the data:
app/models/descriptors.py).

The line shows what to look at (the regulation's hint) until the criterion has a score, then what that
score means; while the mouse is over a score cell, what that score would mean. Its height fits the
longest of these texts at the panel's width, so scoring never moves the form. Expanded (the button, or
Ctrl+L from anywhere in the window), all five levels of the criterion show, the current one marked.
Criteria of the round's own have neither hint nor levels: the line is then empty and the button gone.
"""

from __future__ import annotations

from html import escape

from app.models.descriptors import band_for, bands_for, has_descriptors
from app.models.localized import localized
from app.models.round_model import Criterion
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

TOGGLE_SHORTCUT = "Ctrl+L"
LEVELS_MARGINS = (10, 0, 14, 4)


class ScoreGuide(QtWidgets.QWidget):
    expanded = Signal(bool)  # all levels shown (True) or hidden

    def __init__(self, line: QtWidgets.QLabel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "kk"
        self._criteria: list[Criterion] = []
        self._number = 0
        self._criterion: Criterion | None = None
        self._score: int | None = None
        self._hint = ""
        self._hints: list[str] = []  # every criterion's hint line, for the height
        self._width = 0
        self._pointed: tuple[int, Criterion, int] | None = None  # number, criterion, score under the mouse

        self.line = line
        self.line.setTextFormat(Qt.TextFormat.RichText)
        margins = line.contentsMargins()  # the arrow stands in the left margin
        line.setContentsMargins(2, margins.top(), margins.right(), margins.bottom())
        self.levels = QtWidgets.QLabel()
        self.levels.setObjectName("scoreLevels")
        self.levels.setWordWrap(True)
        self.levels.setTextFormat(Qt.TextFormat.RichText)
        self.levels.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.levels.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self.levels.setFont(line.font())
        self.levels.hide()

        self.toggle = QtWidgets.QToolButton()
        self.toggle.setObjectName("scoreLevelsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        # a disclosure arrow, as the media check under the video criterion: words beside it would narrow the
        # line and make it taller on a 1366×768 screen (the tooltip and the accessible name say what it does)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setIconSize(QtCore.QSize(10, 10))
        self.toggle.toggled.connect(self._expand)
        # Ctrl+L works wherever the keyboard is (on a score cell above all), not only on the button; as an
        # action it is listed in Help → Keyboard shortcuts
        self.toggle_action = QtGui.QAction(self)
        self.toggle_action.setShortcut(QtGui.QKeySequence(TOGGLE_SHORTCUT))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.triggered.connect(self._toggle_by_key)
        self.addAction(self.toggle_action)

        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.line, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        self.levels_box = QtWidgets.QWidget()  # the table's margins: a rich-text label's own were not kept
        box = QtWidgets.QVBoxLayout(self.levels_box)
        box.setContentsMargins(*LEVELS_MARGINS)
        box.addWidget(self.levels)
        self.levels_box.hide()
        layout.addWidget(self.levels_box)
        self.toggle.hide()

    # --- what is shown ---------------------------------------------------------------------------
    def set_criteria(self, criteria: list[Criterion]) -> None:
        """The round's criteria: the levels button shows only when one of them is the regulation's."""
        self._criteria = list(criteria)
        self._number, self._criterion, self._score, self._hint, self._pointed = 0, None, None, "", None
        described = has_descriptors(self._criteria)
        self.toggle.setVisible(described)
        if not described:
            self.toggle.setChecked(False)
        self.fit()
        self._show()

    def show_criterion(self, number: int, criterion: Criterion | None, score: int | None, hint: str) -> None:
        """The criterion being scored (its number on the sheet; None: none yet), its score and hint."""
        self._number, self._criterion, self._score, self._hint = number, criterion, score, hint
        self._show()

    def point_at(self, number: int, criterion: Criterion, score: int | None) -> None:
        """The mouse is over `score`'s cell of criterion `number` (None: it left the cells)."""
        self._pointed = None if score is None else (number, criterion, score)
        self._show()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.toggle.setText(self.tr("Levels"))
        self.toggle_action.setText(self.tr("Show or hide the score levels"))
        keys = QtGui.QKeySequence(TOGGLE_SHORTCUT).toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        self.toggle.setToolTip(
            self.tr(
                "What each score of the criterion being scored means under the regulation "
                "(sections 10–11): show or hide (%1)"
            ).replace("%1", keys)
        )
        self.toggle.setAccessibleName(self.tr("All score levels"))
        self.levels.setAccessibleName(self.tr("Score levels"))
        self.fit()
        self._show()

    def line_text(self, number: int, criterion: Criterion, score: int | None, hint: str, pointed: bool = False) -> str:
        """What the line says for criterion `number`: what `score` means, else the hint ('' for neither).
        The hint keeps the line's muted colour; a score level is in the text colour (in italics while it is
        only pointed at)."""
        band = band_for(criterion, score, self._lang)
        if band is None:
            return f"{number}. {escape(hint)}" if hint else ""
        colour = self.palette().color(QtGui.QPalette.ColorRole.Text).name()
        style = f"color:{colour}" + ("; font-style:italic" if pointed else "")
        return f'{number}. <span style="{style}"><b>{escape(band.scores())}</b> · {escape(band.text)}</span>'

    def _show(self) -> None:
        if self._pointed is not None:
            number, criterion, score = self._pointed
            self.line.setText(self.line_text(number, criterion, score, "", pointed=True) or self._current_line())
        else:
            self.line.setText(self._current_line())
        table = self._levels_html(self._number, self._criterion, self._score) if self._criterion else ""
        self.levels.setText(table)
        self.line.setToolTip(table)  # all five on hover over the line, too

    def _current_line(self) -> str:
        if self._criterion is None:
            return ""
        # expanded, the table marks the score's level: the line keeps what to look at
        score = None if self.is_expanded() else self._score
        return self.line_text(self._number, self._criterion, score, self._hint)

    def _levels_html(self, number: int, criterion: Criterion, score: int | None) -> str:
        """All levels of `criterion` as a table, the one `score` falls in marked (▸, bold, shaded)."""
        bands = bands_for(criterion, self._lang)
        title = escape(localized(criterion.title, self._lang))
        if not bands:
            return f"<b>{number}. {title}</b>: " + escape(
                self.tr("the regulation describes no score levels for this criterion of the round's own")
            )
        highlight = self.palette().color(QtGui.QPalette.ColorRole.Highlight)
        shade = highlight.lighter(185) if highlight.lightness() < 160 else highlight.darker(115)
        rows = [
            f"<p style='margin:0 0 2px 0'><b>{number}. {title}</b></p>",
            "<table cellspacing='0' cellpadding='1' width='100%'>",
        ]
        for band in bands:
            current = score is not None and band.contains(score)
            attrs = f" bgcolor='{shade.name()}'" if current else ""
            text = f"<b>{escape(band.text)}</b>" if current else escape(band.text)
            rows.append(
                f"<tr><td{attrs} nowrap>{'▸ ' if current else ''}<b>{escape(band.scores())}</b>&nbsp;</td>"
                f"<td{attrs}>{text}</td></tr>"
            )
        rows.append("</table>")
        return "".join(rows)

    # --- layout ----------------------------------------------------------------------------------
    def _toggle_by_key(self) -> None:
        if self.toggle.isVisible():
            self.toggle.toggle()

    def _expand(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.levels.setVisible(expanded)
        self.levels_box.setVisible(expanded)
        self.expanded.emit(expanded)
        self._show()

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def fit(self, hints: list[str] | None = None, width: int | None = None) -> None:
        """Heights for the longest line and the tallest table at `width` (the panel's), so that what is
        scored or pointed at moves nothing; `hints` are the lines shown before a score (the criteria's)."""
        if hints is not None:
            self._hints = hints
        if width is not None:
            self._width = width
        described = [(n, c, bands_for(c, self._lang)) for n, c in enumerate(self._criteria, start=1)]
        texts = [h for h in self._hints if h]
        texts += [f"{n}. {b.scores()} · {b.text}" for n, _c, bands in described for b in bands]
        if not texts:
            self.line.setFixedHeight(0)
            self.levels.setFixedHeight(0)
            return
        margins = self.line.contentsMargins()
        toggle = self.toggle.sizeHint().width() + 4 if self.toggle.isVisibleTo(self) else 0
        width = max(1, self._width - margins.left() - margins.right() - toggle)
        metrics = QtGui.QFontMetrics(self.line.font())
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(metrics.boundingRect(0, 0, width, 10_000, flags, t).height() for t in texts)
        self.line.setFixedHeight(tallest + margins.top() + margins.bottom() + 2)
        document = QtGui.QTextDocument()
        document.setDefaultFont(self.levels.font())
        document.setDocumentMargin(0)
        left, _top, right, _bottom = LEVELS_MARGINS
        document.setTextWidth(max(1, self._width - left - right))
        heights = []
        for number, criterion, bands in described:
            if bands:
                document.setHtml(self._levels_html(number, criterion, criterion.max))
                heights.append(document.size().height())
        self.levels.setFixedHeight(int(max(heights, default=0)) + 2)
