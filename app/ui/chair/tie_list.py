"""The ties on prize places on the chair's decisions tab: each tie with its resolution's state (resolved,
not yet, or out of date with the results) and the buttons that resolve, confirm or withdraw it."""

from __future__ import annotations

from app.models.chair import ChairSnapshot, tie_key
from app.models.decisions import resolution_fits, results_made_on
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.models.formatting import entries_text
from app.ui.i18n import translate
from app.ui.qt import Qt, QtWidgets, Signal
from app.ui.widgets.coloured_text import colour_text


class TieList(QtWidgets.QGroupBox):
    """Widgets only: the buttons ask, through the signals, for what the desk records. The texts keep the
    decisions panel's translation context, where they were written first."""

    resolve_requested = Signal(list)  # the tied entry ids
    confirm_requested = Signal(list)  # an out-of-date resolution's entries
    withdraw_requested = Signal(list)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ties_layout = QtWidgets.QVBoxLayout(self)
        self.texts = DecisionTexts(self)

    def fill(self, s: ChairSnapshot | None) -> None:
        while self.ties_layout.count():
            item = self.ties_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop: hide it at once
                widget.setParent(None)
                widget.deleteLater()
        if s is None:
            self.ties_layout.addWidget(QtWidgets.QLabel(translate("DecisionsPanel", "No tie on a prize place.")))
            return
        groups = s.results.prize_ties
        # Resolutions the results no longer fit (the tie was broken, or changed) are shown too.
        stale = [
            list(key)
            for key, r in s.decisions.tie_resolutions.items()
            if not resolution_fits(s.results, r) and list(key) not in [sorted(g) for g in groups]
        ]
        if not groups and not stale:
            self.ties_layout.addWidget(QtWidgets.QLabel(translate("DecisionsPanel", "No tie on a prize place.")))
            return
        for group in groups + stale:
            resolution = s.decisions.tie_resolutions.get(tie_key(group))
            first = s.results.entry(group[0])
            rank = first.rank if first is not None else None
            order = resolution.order if resolution else ()
            text = (
                translate("DecisionsPanel", "Place %1: %2")
                .replace("%1", str(rank))
                .replace("%2", entries_text(s, group))
            )
            label = QtWidgets.QLabel(text if group not in stale else entries_text(s, group))
            label.setWordWrap(True)
            state = QtWidgets.QLabel()
            state.setWordWrap(True)
            fits = resolution is not None and resolution_fits(s.results, resolution)
            if resolution and not fits:
                state.setText(
                    translate("DecisionsPanel", "Resolved: %1").replace("%1", resolution.text)
                    + "<br><b>"
                    + self.texts.stale_tie(resolution.made_on, results_made_on(s.results, group))
                    + "</b>"
                )
                colour_text(state, "error")
            elif resolution:
                state.setText(
                    translate("DecisionsPanel", "Resolved: %1").replace("%1", resolution.text)
                    + (
                        "<br>" + translate("DecisionsPanel", "Decided order: %1").replace("%1", ", ".join(order))
                        if order
                        else "<br>" + translate("DecisionsPanel", "They share the place.")
                    )
                )
                colour_text(state, "ok")
            else:
                state.setText(translate("DecisionsPanel", "Not resolved yet: the protocol waits for the resolution."))
                colour_text(state, "error")
            if resolution and resolution.votes:
                state.setText(state.text() + "<br>" + self.texts.votes_text(resolution.votes))
            row = QtWidgets.QHBoxLayout()
            texts = QtWidgets.QVBoxLayout()
            texts.addWidget(label)
            texts.addWidget(state)
            row.addLayout(texts, 1)
            name = "_".join(sorted(group))
            if resolution and not fits:
                if group not in stale:  # still tied, on other results: the chair may confirm it
                    confirm = QtWidgets.QPushButton(self.texts.confirm_again())
                    confirm.setObjectName("confirm_tie_" + name)
                    confirm.clicked.connect(lambda _=False, g=list(group): self.confirm_requested.emit(g))
                    row.addWidget(confirm, 0, Qt.AlignmentFlag.AlignTop)
                withdraw = QtWidgets.QPushButton(self.texts.withdraw())
                withdraw.setObjectName("withdraw_tie_" + name)
                withdraw.clicked.connect(lambda _=False, g=list(group): self.withdraw_requested.emit(g))
                row.addWidget(withdraw, 0, Qt.AlignmentFlag.AlignTop)
            if group not in stale:
                button = QtWidgets.QPushButton(
                    translate("DecisionsPanel", "Edit the resolution…")
                    if resolution
                    else translate("DecisionsPanel", "Resolve…")
                )
                button.setObjectName("resolve_tie_" + "_".join(group))
                button.clicked.connect(lambda _=False, g=list(group): self.resolve_requested.emit(g))
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            holder = QtWidgets.QWidget()
            holder.setLayout(row)
            self.ties_layout.addWidget(holder)
