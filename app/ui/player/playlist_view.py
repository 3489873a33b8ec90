"""The list of the entry's videos under the player: kind, title, length when known, online or not."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ui.i18n import translate
from app.ui.player.playlist import PlaylistItem, format_time
from app.ui.qt import Qt, QtWidgets, Signal

PLAYLIST_VISIBLE_ROWS = 5


class PlaylistView(QtWidgets.QListWidget):
    """Shows the playlist; `row_chosen(row)` when the user selects another video, `row_activated(row)`
    when they activate one (double click, Enter) to play it. `duration_of(item)` is the length in ms
    known so far (0 when not known)."""

    row_chosen = Signal(int)
    row_activated = Signal(int)

    def __init__(self, duration_of: Callable[[PlaylistItem], int], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration_of = duration_of
        self._items: list[PlaylistItem] = []
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.itemActivated.connect(lambda item: self.row_activated.emit(self.row(item)))
        self.currentRowChanged.connect(lambda row: self.row_chosen.emit(row))

    def playlist_items(self) -> list[PlaylistItem]:
        return list(self._items)

    def set_items(self, items: Sequence[PlaylistItem]) -> None:
        self._items = list(items)
        self.blockSignals(True)
        self.clear()
        for item in self._items:
            row = QtWidgets.QListWidgetItem(self._item_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.media_id)
            row.setToolTip(item.source or "")
            self.addItem(row)
        self.blockSignals(False)
        self._fit_height()
        self.show_if_several()

    def show_if_several(self) -> None:
        self.setVisible(len(self._items) > 1)

    def row_of(self, item: PlaylistItem | None) -> int:
        return self._items.index(item) if item in self._items else -1

    def mark_current(self, row: int) -> None:
        """Select `row` without reporting it as the user's choice."""
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(False)

    def refresh(self, item: PlaylistItem) -> None:
        """Show what is known of `item` now (e.g. its length)."""
        self.item(self.row_of(item)).setText(self._item_text(item))

    def retranslate(self) -> None:
        self.setAccessibleName(translate("PlayerWidget", "Videos of this course"))
        for row, item in enumerate(self._items):
            self.item(row).setText(self._item_text(item))

    def _fit_height(self) -> None:
        rows = min(max(len(self._items), 1), PLAYLIST_VISIBLE_ROWS)
        row_height = self.sizeHintForRow(0) if self._items else self.fontMetrics().height()
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)

    def _item_text(self, item: PlaylistItem) -> str:
        if item.kind == "promo":
            kind = translate("PlayerWidget", "Promo video")
        elif item.kind == "lecture":
            kind = translate("PlayerWidget", "Lecture")
        else:
            kind = translate("PlayerWidget", "Video")
        text = f"{kind}: {item.title}"
        duration = self._duration_of(item)
        if duration:
            text += f"  ({format_time(duration)})"
        if item.is_stream:
            text += "  " + translate("PlayerWidget", "[online]")
        return text
