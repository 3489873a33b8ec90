"""Actions declared once: a page lists its commands as `ActionSpec`s (name, text, shortcuts, status
tip) and `ActionSet` builds the QActions, connects them, adds them to the page (so their shortcuts
work anywhere in the window) and sets every text again when the language changes.

A text is marked where it is declared, with the translation context of the page that shows it:

    SPECS = (
        ActionSpec("finalise", "ExpertPage", QT_TRANSLATE_NOOP("ExpertPage", "&Finalise and export the sheet…"),
                   ("Ctrl+E",)),
    )

so that lupdate files it under that context, and `ActionSet.retranslate` looks it up there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from app.ui.i18n import translate
from app.ui.qt import QAction, QKeySequence, Qt, QtWidgets

Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One command of a page. `context` is the translation context `text` and `tip` are marked in."""

    name: str
    context: str
    text: str
    shortcuts: tuple[Shortcut, ...] = ()
    tip: str = ""
    # A page's commands reach the whole window; a widget's own (e.g. Save in a form) stop at it.
    shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    checkable: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"an action's name must be an identifier: {self.name!r}")


def key_sequences(shortcuts: Iterable[Shortcut]) -> list[QKeySequence]:
    """The key sequences of `shortcuts`; a standard key may stand for several on one platform."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, str):
            sequences.append(QKeySequence(shortcut))
        else:
            sequences.extend(QKeySequence.keyBindings(shortcut))
    return sequences


class ActionSet:
    """The QActions of `specs`, owned by `owner`. `slots` maps each name to what it runs (a checkable
    action's slot gets the new state)."""

    def __init__(
        self,
        owner: QtWidgets.QWidget,
        specs: Sequence[ActionSpec],
        slots: Mapping[str, Callable[..., object]],
    ) -> None:
        names = [spec.name for spec in specs]
        if len(set(names)) != len(names):
            raise ValueError(f"an action is declared twice: {names}")
        missing = set(names) - set(slots)
        extra = set(slots) - set(names)
        if missing or extra:
            raise ValueError(f"actions without a slot: {sorted(missing)}; slots without an action: {sorted(extra)}")
        self._specs = {spec.name: spec for spec in specs}
        self._actions: dict[str, QAction] = {}
        for spec in specs:
            action = QAction(owner)
            action.setObjectName(f"action_{spec.name}")
            action.setCheckable(spec.checkable)
            sequences = key_sequences(spec.shortcuts)
            if sequences:
                action.setShortcuts(sequences)
                action.setShortcutContext(spec.shortcut_context)
            slot = slots[spec.name]
            if spec.checkable:
                action.toggled.connect(slot)
            else:
                action.triggered.connect(lambda _checked=False, run=slot: run())
            owner.addAction(action)
            self._actions[spec.name] = action
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def names(self) -> list[str]:
        return list(self._actions)

    def menu(self, layout: Sequence[str | None]) -> list[QAction | None]:
        """The actions named in `layout`, in its order; None stays None (a separator in a menu)."""
        return [None if name is None else self._actions[name] for name in layout]

    def retranslate(self) -> None:
        for name, action in self._actions.items():
            spec = self._specs[name]
            action.setText(translate(spec.context, spec.text))
            if spec.tip:
                tip = translate(spec.context, spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(tip)
