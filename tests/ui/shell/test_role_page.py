"""The shell's contract with the role pages (app/ui/role_page.py) and the one-way imports of its modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.ui.role_page import REQUIRED_METHODS, RolePage
from app.ui.role_pages import ROLES, page_class

UI = Path(__file__).resolve().parents[3] / "app" / "ui"


@pytest.mark.parametrize("role", ROLES)
def test_every_role_page_implements_the_contract(role):
    cls = page_class(role)
    assert issubclass(cls, RolePage)
    for name in REQUIRED_METHODS:
        assert getattr(cls, name) is not getattr(RolePage, name), f"{cls.__name__} does not define {name}"
    for signal in ("status_message", "round_saved"):
        assert getattr(cls, signal) is getattr(RolePage, signal), f"{cls.__name__} declares its own {signal}"


def test_a_page_without_set_round_is_refused_when_defined():
    with pytest.raises(TypeError, match="set_round"):

        class Broken(RolePage):
            def retranslate(self) -> None:
                pass


def test_the_window_listens_to_every_page_and_asks_it_for_help(qtbot, english_ui):
    from app.ui.main_window import MainWindow

    window = MainWindow("expert")
    qtbot.addWidget(window)
    for role in ROLES:
        assert window.set_role(role)
        page = window.page(role)
        page.status_message.emit(f"said by {role}")
        assert window.statusBar().currentMessage() == f"said by {role}"
        assert window.comfort.context_page() == (page.help_topic() or role)
    window.close()


def imported_at_run_time(path: Path) -> set[str]:
    """The modules `path` imports, also inside functions, but not those under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
        for statement in block.body
        for node in ast.walk(statement)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


WINDOW_HELPERS = [
    "comfort",
    "demo_round",
    "role_page",
    "role_pages",
    "window_menus",
    "window_geometry",
    "recent_rounds",
    "round_messages",
    "opened_files",
    "about",
    "round_drop",
]


@pytest.mark.parametrize("module", WINDOW_HELPERS)
def test_the_window_s_helpers_do_not_import_back_into_the_start_or_the_window(module):
    imported = imported_at_run_time(UI / f"{module}.py")
    assert not {"app.ui.application", "app.ui.main_window"} & imported


def test_the_window_finds_its_pages_by_explicit_imports_not_by_name():
    for module in ("main_window", "role_pages"):
        assert not {"importlib", "importlib.util"} & imported_at_run_time(UI / f"{module}.py")


def test_the_audit_dialog_opens_again_at_the_size_it_was_left(qtbot, english_ui):
    from app.ui.chair.audit_view import AuditDialog

    first = AuditDialog()
    qtbot.addWidget(first)
    assert (first.width(), first.height()) == (1100, 600)  # the first time: its own size
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 450)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (700, 450))
    first.reject()
    again = AuditDialog()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 450)
