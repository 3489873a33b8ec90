"""The interface's colours live in app/ui/theme.py and read on light and dark palettes."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "app" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
NAMED_IN_STYLE = re.compile(r"(?:color|background)\s*:\s*(?:red|green|blue|white|black|gr[ae]y|orange|yellow)\b", re.I)
LITERAL_QCOLOR = re.compile(r"QColor\(\s*(?:\d|[\"'])")
GLOBAL_COLOUR = re.compile(r"GlobalColor\.(?!transparent\b)\w+")


def colour_literals(source: str) -> list[str]:
    """Colour literals in `source`: hex and named colours in strings, QColor("…")/QColor(r, g, b), Qt colours."""
    found: list[str] = []
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for token in tokens:
        if token.type == tokenize.STRING or getattr(tokenize, "FSTRING_MIDDLE", -1) == token.type:
            for pattern in (HEX, NAMED_IN_STYLE):
                found += [f"{token.start[0]}: {m.group(0)}" for m in pattern.finditer(token.string)]
    for number, line in enumerate(source.splitlines(), 1):
        code = line.split("#", 1)[0] if "QColor" in line or "GlobalColor" in line else line
        for pattern in (LITERAL_QCOLOR, GLOBAL_COLOUR):
            found += [f"{number}: {m.group(0)}" for m in pattern.finditer(code)]
    return found


def test_the_detector_finds_the_kinds_of_literal_the_interface_used():
    assert colour_literals('label.setStyleSheet("color: #a00;")')
    assert colour_literals("x = QtGui.QColor(32, 32, 36)")
    assert colour_literals("painter.fillRect(r, Qt.GlobalColor.black)")
    assert colour_literals("s = 'background: white; border: 1px solid'")
    assert not colour_literals('self.setObjectName("recusalBanner")  # colour #fff')
    assert not colour_literals('theme.banner_style("warning", "#recusalBanner")')


def test_no_colour_literal_outside_the_theme_module():
    offenders = {
        str(path.relative_to(UI)): hits
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py" and (hits := colour_literals(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    from app.ui import theme
    from app.ui.qt import QtGui

    if request.param == "dark":
        return theme.dark_palette()
    light = QtGui.QPalette(QtGui.QColor("#efefef"))  # Qt's own light palette, as Fusion draws it
    assert not theme.window_is_dark(light)
    return light


def test_text_colours_have_enough_contrast_on_the_window_and_their_backgrounds(palette):
    from app.ui import theme
    from app.ui.qt import QtGui

    P = QtGui.QPalette.ColorRole
    for name in theme.TEXT_ROLES:
        text = theme.colour(name, palette)
        grounds = {"window": palette.color(P.Window), "base": palette.color(P.Base)}
        if f"{name}_background" in theme.SEMANTIC:
            grounds["own background"] = theme.colour(f"{name}_background", palette)
        for where, ground in grounds.items():
            ratio = theme.contrast(text, ground)
            assert ratio >= 4.5, f"{name} on {where}: {ratio:.2f}"


def test_flagged_cells_keep_the_palettes_text_readable(palette):
    from app.ui import theme
    from app.ui.qt import QtGui

    text = palette.color(QtGui.QPalette.ColorRole.Text)
    for name in theme.SEMANTIC:
        if name.endswith("_background"):
            ratio = theme.contrast(text, theme.colour(name, palette))
            assert ratio >= 4.5, f"text on {name}: {ratio:.2f}"


def test_colours_follow_the_window_lightness(qapp):
    from app.ui import theme
    from app.ui.qt import QtGui

    dark, light = theme.dark_palette(), QtGui.QPalette(QtGui.QColor("#efefef"))
    assert theme.window_is_dark(dark) and not theme.window_is_dark(light)
    assert theme.css("error", dark) == theme.SEMANTIC["error"][1]
    assert theme.css("error", light) == theme.SEMANTIC["error"][0]


@pytest.fixture
def light_then_dark(qapp):
    """The application's colours switched while the program runs; back to light afterwards."""
    from app.ui import theme

    theme.apply_colours(qapp, False)
    yield lambda dark: theme.apply_colours(qapp, dark)
    theme.apply_colours(qapp, False)


def test_a_message_banner_is_recoloured_when_the_palette_turns_dark(qtbot, qapp, light_then_dark):
    from app.ui import theme
    from app.ui.qt import QtWidgets
    from app.ui.widgets.message_banner import MessageBanner

    window = QtWidgets.QWidget()  # inside a window, as the main window's and the dialogs' banners are
    qtbot.addWidget(window)
    banner = MessageBanner(window)
    banner.show_message("The round file cannot be opened", "error")
    light_red = theme.SEMANTIC["error"][0]
    assert not theme.window_is_dark() and light_red in banner.styleSheet()
    light_then_dark(True)
    assert theme.window_is_dark()
    qtbot.waitUntil(lambda: theme.SEMANTIC["error"][1] in banner.styleSheet())
    assert light_red not in banner.styleSheet()
    light_then_dark(False)
    qtbot.waitUntil(lambda: light_red in banner.styleSheet())


def test_an_over_long_annotation_s_count_is_recoloured_with_the_palette(qtbot, qapp, light_then_dark):
    from app.models.regulation import MAX_SHORT_ANNOTATION_CHARS
    from app.ui import theme
    from app.ui.organiser.entries_panel import EntriesPanel

    panel = EntriesPanel()
    qtbot.addWidget(panel)
    panel.annotation.setPlainText("ә" * (MAX_SHORT_ANNOTATION_CHARS + 1))
    label = panel.annotation_count
    assert theme.SEMANTIC["error"][0] in label.styleSheet()
    light_then_dark(True)
    qtbot.waitUntil(lambda: theme.SEMANTIC["error"][1] in label.styleSheet())
