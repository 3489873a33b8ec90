"""The expert page's commands, declared once (see app/ui/actions.py); their texts are marked in the
page's translation context, "ExpertPage"."""

from __future__ import annotations

from app.ui.actions import ActionSpec
from app.ui.qt import QT_TRANSLATE_NOOP, QKeySequence

NOTE_SHORTCUT = "Ctrl+N"


def _spec(name: str, text: str, *shortcuts: str | QKeySequence.StandardKey, tip: str = "") -> ActionSpec:
    return ActionSpec(name, "ExpertPage", text, shortcuts, tip)


ACTIONS = (
    _spec("finalise", QT_TRANSLATE_NOOP("ExpertPage", "&Finalise and export the sheet…"), "Ctrl+E"),
    _spec("pdf", QT_TRANSLATE_NOOP("ExpertPage", "Save the sheet as &PDF…")),
    _spec("note", QT_TRANSLATE_NOOP("ExpertPage", "Add a &note at the current video time"), NOTE_SHORTCUT),
    _spec("next", QT_TRANSLATE_NOOP("ExpertPage", "N&ext course"), "Ctrl+PgDown"),
    _spec("previous", QT_TRANSLATE_NOOP("ExpertPage", "&Previous course"), "Ctrl+PgUp"),
    _spec("search", QT_TRANSLATE_NOOP("ExpertPage", "F&ind a course"), QKeySequence.StandardKey.Find),
    _spec("recuse", QT_TRANSLATE_NOOP("ExpertPage", "Declare a &conflict of interest…")),
    _spec(
        "export_key",
        QT_TRANSLATE_NOOP("ExpertPage", "Export my public &key…"),
        tip=QT_TRANSLATE_NOOP(
            "ExpertPage",
            "Save this computer's public key for you to a file; the organiser "
            "pins it in the round so that only sheets signed here are accepted",
        ),
    ),
    _spec("undo", QT_TRANSLATE_NOOP("ExpertPage", "&Undo the last score or comment change"), "Ctrl+Z"),
    _spec("redo", QT_TRANSLATE_NOOP("ExpertPage", "&Redo"), "Ctrl+Shift+Z", "Ctrl+Y"),
)
