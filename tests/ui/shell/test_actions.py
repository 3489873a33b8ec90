"""Actions declared once (app/ui/actions.py): built, connected, laid out and translated from one table."""

from __future__ import annotations

import pytest

from app.ui.actions import ActionSet, ActionSpec
from app.ui.qt import QT_TRANSLATE_NOOP, QKeySequence, QtWidgets


def specs() -> tuple[ActionSpec, ...]:
    return (
        ActionSpec("save", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Save"), ("Ctrl+S",), tip="Save it"),
        ActionSpec("find", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Find"), (QKeySequence.StandardKey.Find,)),
        ActionSpec("wide", "MainWindow", "Wide", checkable=True),
    )


def test_each_action_runs_its_slot_and_carries_its_shortcuts(qtbot) -> None:
    page = QtWidgets.QWidget()
    qtbot.addWidget(page)
    ran: list[object] = []
    actions = ActionSet(
        page, specs(), {"save": lambda: ran.append("save"), "find": lambda: ran.append("find"), "wide": ran.append}
    )
    actions["save"].trigger()
    actions["wide"].trigger()
    actions["wide"].trigger()
    assert ran == ["save", True, False]
    assert actions["save"].shortcut().toString() == "Ctrl+S"
    assert actions["find"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert actions["save"].text() == "&Save" and actions["save"].statusTip() == "Save it"
    assert set(page.actions()) == set(actions)
    assert actions.menu(["find", None, "save"]) == [actions["find"], None, actions["save"]]


def test_a_missing_or_stray_slot_is_refused_when_the_page_is_built(qtbot) -> None:
    page = QtWidgets.QWidget()
    qtbot.addWidget(page)
    with pytest.raises(ValueError, match="without a slot"):
        ActionSet(page, specs(), {"save": print, "find": print})
    with pytest.raises(ValueError, match="declared twice"):
        ActionSet(page, (*specs(), specs()[0]), {"save": print, "find": print, "wide": print})
