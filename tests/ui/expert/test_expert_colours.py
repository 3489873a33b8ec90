"""The expert page's coloured strips and labels follow a light ↔ dark switch while the program runs."""

from __future__ import annotations

from app.ui import theme
from tests.helpers.palette import switchable_colours


def test_the_recusal_strip_is_recoloured_when_the_palette_turns_dark(qtbot, qapp):
    from app.ui.expert.sheet_panel import SheetPanel

    with switchable_colours(qapp) as switch:
        sheet = SheetPanel()
        qtbot.addWidget(sheet)
        sheet.set_recused(True, "Курстың тең авторымын")
        light, dark = theme.SEMANTIC["warning"]
        assert light in sheet.recusal_banner.styleSheet() and sheet.recusal_banner.isVisibleTo(sheet)
        switch(True)
        qtbot.waitUntil(lambda: dark in sheet.recusal_banner.styleSheet())
        assert light not in sheet.recusal_banner.styleSheet()
        switch(False)
        qtbot.waitUntil(lambda: light in sheet.recusal_banner.styleSheet())
