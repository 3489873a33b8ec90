"""A label's text in a semantic colour (error, warning, ok, info) that follows a live light ↔ dark switch."""

from __future__ import annotations

from app.ui import theme
from app.ui.qt import QtCore, QtWidgets


def colour_text(widget: QtWidgets.QWidget, meaning: str, bold: bool = False) -> None:
    """Colour `widget`'s text with `meaning` now and again whenever the palette changes.

    Calling it again on the same widget changes the meaning; one palette follower serves each widget."""

    def style() -> str:
        return theme.text_style(meaning, bold)

    follower = widget.findChild(
        theme.PaletteFollower, "paletteFollower", QtCore.Qt.FindChildOption.FindDirectChildrenOnly
    )
    if follower is None:
        theme.follow_palette(widget, style)
        return
    follower.style = style
    follower.restyle()
