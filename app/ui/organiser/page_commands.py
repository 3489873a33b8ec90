"""The organiser page's commands, declared once (app/ui/actions.py): its menu, its toolbar, the texts
in the "OrganiserPage" translation context (the gathering of packages: gather_dialog.py)."""

from __future__ import annotations

from app.ui.actions import ActionSpec
from app.ui.organiser.gather_dialog import GATHER_SPEC
from app.ui.qt import QT_TRANSLATE_NOOP, QKeySequence, Qt

CONTEXT = "OrganiserPage"
SPECS = (
    ActionSpec("new", CONTEXT, QT_TRANSLATE_NOOP("OrganiserPage", "New round")),
    ActionSpec(
        "save",
        CONTEXT,
        QT_TRANSLATE_NOOP("OrganiserPage", "Save round"),
        (QKeySequence.StandardKey.Save,),
        shortcut_context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ),
    ActionSpec("save_as", CONTEXT, QT_TRANSLATE_NOOP("OrganiserPage", "Save round as…")),
    ActionSpec("import", CONTEXT, QT_TRANSLATE_NOOP("OrganiserPage", "Import applications…")),
    ActionSpec("check_media", CONTEXT, QT_TRANSLATE_NOOP("OrganiserPage", "Check videos")),
    ActionSpec(
        "package",
        CONTEXT,
        QT_TRANSLATE_NOOP("OrganiserPage", "Package for experts…"),
        tip=QT_TRANSLATE_NOOP(
            "OrganiserPage",
            "Copy every video and document into media/<course>/ beside the "
            "round file, so the folder can go on a USB stick",
        ),
    ),
    ActionSpec("past_results", CONTEXT, QT_TRANSLATE_NOOP("OrganiserPage", "Import past results…")),
    GATHER_SPEC,
)
MENU = ("new", "save", "save_as", "import", "check_media", "package", "past_results", "gather")
TOOLBAR = ("new", "save", "save_as", None, "import", "check_media", "package")
