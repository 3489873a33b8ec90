"""Reading the player's picture back from the screen: the colour at the video's centre, and how close two colours
are."""

from __future__ import annotations

from app.ui.player import PlayerWidget
from app.ui.qt import QtWidgets


def rgb_at(image, x=None, y=None) -> tuple[int, int, int]:
    colour = image.pixelColor(image.width() // 2 if x is None else x, image.height() // 2 if y is None else y)
    return colour.red(), colour.green(), colour.blue()


def close_to(found, wanted, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, wanted, strict=True))


def screen_colour_at_video_centre(widget: PlayerWidget) -> tuple[int, int, int]:
    """What the X server shows in the middle of the video area (libvlc draws there, not Qt)."""
    video = widget.backend.video_widget()
    centre = video.mapToGlobal(video.rect().center())
    screen = QtWidgets.QApplication.primaryScreen()
    grab = screen.grabWindow(0, centre.x() - 2, centre.y() - 2, 5, 5).toImage()
    return rgb_at(grab)
