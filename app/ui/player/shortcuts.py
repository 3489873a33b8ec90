"""The player's keyboard commands, declared once: the keys bound on the player and the Help window's table.

They are bound as shortcuts of the player's body (not as QActions of the page): they work while the
player (or anything in it) has the focus, follow the body into the full-screen window, and the Help
window lists them in a group of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.ui.actions import ActionSpec, key_sequences
from app.ui.i18n import translate
from app.ui.qt import QT_TRANSLATE_NOOP, QKeySequence, QShortcut, Qt, QtWidgets

SHORTCUT_CONTEXT = "PlayerShortcuts"
_IN_PLAYER = Qt.ShortcutContext.WidgetWithChildrenShortcut


def _spec(name: str, text: str, *keys: str) -> ActionSpec:
    return ActionSpec(name, SHORTCUT_CONTEXT, text, keys, shortcut_context=_IN_PLAYER)


SHORTCUTS: tuple[ActionSpec, ...] = (
    _spec("toggle_play", QT_TRANSLATE_NOOP("PlayerShortcuts", "Play or pause"), "Space", "K"),
    _spec("skip_back", QT_TRANSLATE_NOOP("PlayerShortcuts", "Back 10 seconds"), "Left", "J"),
    _spec("skip_forward", QT_TRANSLATE_NOOP("PlayerShortcuts", "Forward 10 seconds"), "Right", "L"),
    _spec("go_to_start", QT_TRANSLATE_NOOP("PlayerShortcuts", "Go to the beginning"), "Home"),
    _spec("slower", QT_TRANSLATE_NOOP("PlayerShortcuts", "Slower"), "["),
    _spec("faster", QT_TRANSLATE_NOOP("PlayerShortcuts", "Faster"), "]"),
    _spec("normal_speed", QT_TRANSLATE_NOOP("PlayerShortcuts", "Normal speed"), "="),
    _spec("volume_up", QT_TRANSLATE_NOOP("PlayerShortcuts", "Louder"), "Up"),
    _spec("volume_down", QT_TRANSLATE_NOOP("PlayerShortcuts", "Quieter"), "Down"),
    _spec("toggle_mute", QT_TRANSLATE_NOOP("PlayerShortcuts", "Sound off or on"), "M"),
    _spec("toggle_fullscreen", QT_TRANSLATE_NOOP("PlayerShortcuts", "Full screen (Esc leaves it)"), "F", "F11"),
    _spec("previous_video", QT_TRANSLATE_NOOP("PlayerShortcuts", "Previous video"), "PgUp"),
    _spec("next_video", QT_TRANSLATE_NOOP("PlayerShortcuts", "Next video"), "PgDown"),
)


def shortcut_table() -> list[tuple[str, str]]:
    """(keys as the user's system writes them, translated description) for the Help window."""
    rows = []
    for spec in SHORTCUTS:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(spec.shortcuts))
        rows.append((keys, translate(spec.context, spec.text)))
    return rows


def bind_shortcuts(
    owner: QtWidgets.QWidget, slots: Mapping[str, Callable[[], None]], specs: Sequence[ActionSpec] = SHORTCUTS
) -> list[QShortcut]:
    """A shortcut on `owner` for every key of every command; `slots` maps each command's name to what it runs."""
    missing, extra = {s.name for s in specs} - set(slots), set(slots) - {s.name for s in specs}
    if missing or extra:
        raise ValueError(f"commands without a slot: {sorted(missing)}; slots without a command: {sorted(extra)}")
    shortcuts: list[QShortcut] = []
    for spec in specs:
        for sequence in key_sequences(spec.shortcuts):
            shortcut = QShortcut(sequence, owner)
            shortcut.setContext(spec.shortcut_context)
            shortcut.activated.connect(slots[spec.name])
            shortcuts.append(shortcut)
    return shortcuts
