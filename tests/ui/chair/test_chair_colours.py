"""The chair's banner and coloured labels follow a light ↔ dark switch while the program runs."""

from __future__ import annotations

from app.ui import theme
from tests.helpers.chair import make_round
from tests.helpers.palette import switchable_colours
from tests.helpers.ui_chair import open_desk


def test_the_desk_banner_is_recoloured_when_the_palette_turns_dark(qtbot, qapp, tmp_path):
    with switchable_colours(qapp) as switch:
        desk = open_desk(qtbot, make_round(tmp_path))
        desk.show_message("A sheet cannot be opened", "bad")
        light, dark = theme.SEMANTIC["error"]
        assert light in desk.banner.styleSheet()
        switch(True)
        qtbot.waitUntil(lambda: dark in desk.banner.styleSheet())
        assert light not in desk.banner.styleSheet()


def test_the_audit_log_s_chain_label_is_recoloured_when_the_palette_turns_dark(qtbot, qapp):
    from app.ui.chair.audit_view import AuditDialog

    with switchable_colours(qapp) as switch:
        dialog = AuditDialog()
        qtbot.addWidget(dialog)
        dialog.show_log(None, [], ["record 3: the hash does not match"])
        light, dark = theme.SEMANTIC["error"]
        assert light in dialog.chain.styleSheet()
        switch(True)
        qtbot.waitUntil(lambda: dark in dialog.chain.styleSheet())
        switch(False)
        qtbot.waitUntil(lambda: light in dialog.chain.styleSheet())
        from app.ui.widgets.coloured_text import colour_text

        colour_text(dialog.chain, "ok")  # a new meaning replaces the old one: one follower per label
        assert theme.SEMANTIC["ok"][0] in dialog.chain.styleSheet()
        assert len(dialog.chain.findChildren(theme.PaletteFollower)) == 1
