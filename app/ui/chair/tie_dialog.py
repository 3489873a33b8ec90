"""The dialog in which the chair writes down how the commission resolved a tie on a prize place."""

from __future__ import annotations

from app.models.chair import ChairSnapshot
from app.models.decisions import TieResolution, Votes, tie_key
from app.models.localized import localized
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.models.formatting import DASH, whole_or_decimal
from app.ui.i18n import current_language
from app.ui.qt import Qt, QtWidgets


class TieDialog(QtWidgets.QDialog):
    """Tied entries (drag to order them, or let them share the place) and the resolution text."""

    def __init__(self, snapshot: ChairSnapshot, entry_ids: list[str], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tie_dialog")
        self.entry_ids = list(entry_ids)
        existing: TieResolution | None = snapshot.decisions.tie_resolutions.get(tie_key(entry_ids))
        first = snapshot.results.entry(entry_ids[0])
        self.setWindowTitle(self.tr("Resolve the tie"))
        self.setMinimumWidth(560)

        intro = QtWidgets.QLabel(
            self.tr(
                "These entries share place %1 with a result of %2. Write how the commission resolved "
                "it (for example the result of an open vote): it goes into the protocol."
            )
            .replace("%1", str(first.rank) if first else DASH)
            .replace("%2", whole_or_decimal(first.result if first else None))
        )
        intro.setWordWrap(True)

        self.order = self._order_list(snapshot, list(existing.order) if existing and existing.order else self.entry_ids)

        self.order_hint = QtWidgets.QLabel(self.tr("The first in the list takes the higher place."))
        self.shared = QtWidgets.QCheckBox(self.tr("They share the place (no order decided)"))
        self.shared.setObjectName("tie_shared")
        self.shared.setChecked(not (existing and existing.order))
        self.shared.toggled.connect(self._update)
        self.up = QtWidgets.QPushButton(self.tr("Move up"))
        self.down = QtWidgets.QPushButton(self.tr("Move down"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))

        self.text = QtWidgets.QPlainTextEdit()
        self.text.setObjectName("tie_text")
        self.text.setPlaceholderText(
            self.tr("e.g. Open vote of the commission: 5 for, 2 against; the first named takes the higher place.")
        )
        if existing:
            self.text.setPlainText(existing.text)
        self.text.textChanged.connect(self._update)

        self.vote_spins: list[QtWidgets.QSpinBox] = []
        self.votes_box = self._votes_row(existing.votes if existing and existing.votes else Votes())

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(intro)
        self._update()

    def _order_list(self, snapshot: ChairSnapshot, entry_ids: list[str]) -> QtWidgets.QListWidget:
        """The tied entries in `entry_ids`' order, to be dragged into the commission's."""
        order = QtWidgets.QListWidget()
        order.setObjectName("tie_order")
        order.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        lang = current_language()
        for entry_id in entry_ids:
            entry = snapshot.round.entry(entry_id)
            item = QtWidgets.QListWidgetItem(f"{entry_id}  {localized(entry.title, lang) if entry else ''}")
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            order.addItem(item)
        order.setMaximumHeight(24 * len(entry_ids) + 12)
        return order

    def _votes_row(self, given: Votes) -> QtWidgets.QHBoxLayout:
        """For, against and abstained: one spin box each, filled in `self.vote_spins`."""
        texts = DecisionTexts(self)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(texts.votes_label()))
        for name, label, value in (
            ("votes_for", texts.votes_for(), given.in_favour),
            ("votes_against", texts.votes_against(), given.against),
            ("votes_abstained", texts.votes_abstained(), given.abstained),
        ):
            spin = QtWidgets.QSpinBox()
            spin.setObjectName(name)
            spin.setRange(0, 999)
            spin.setValue(value)
            spin.setSuffix(" " + label)
            self.vote_spins.append(spin)
            row.addWidget(spin)
        row.addStretch(1)
        return row

    def _lay_out(self, intro: QtWidgets.QLabel) -> None:
        moves = QtWidgets.QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        order_row = QtWidgets.QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addLayout(moves)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.shared)
        layout.addWidget(self.order_hint)
        layout.addLayout(order_row)
        layout.addWidget(QtWidgets.QLabel(self.tr("Resolution (in the commission's words):")))
        layout.addWidget(self.text, 1)
        layout.addLayout(self.votes_box)
        layout.addWidget(self.buttons)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def _update(self) -> None:
        ordered = not self.shared.isChecked()
        for widget in (self.order, self.up, self.down, self.order_hint):
            widget.setEnabled(ordered)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.resolution_text()))

    def resolution_text(self) -> str:
        return self.text.toPlainText().strip()

    def decided_order(self) -> list[str]:
        if self.shared.isChecked():
            return []
        return [self.order.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.order.count())]

    def votes(self) -> Votes | None:
        """The open vote, when one was entered (all zero: none)."""
        values = [spin.value() for spin in self.vote_spins]
        return Votes(*values) if any(values) else None
