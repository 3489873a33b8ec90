"""Only app/ui may import Qt: the domain, media and reports code must run without a display."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def test_no_qt_outside_app_ui():
    offenders = []
    for path in APP.rglob("*.py"):
        if (APP / "ui") in path.parents:
            continue
        for line, module in imported_modules(path):
            if module.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(APP.parent)}:{line} imports {module}")
    assert not offenders, "\n".join(offenders)


def test_the_check_itself_sees_qt_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6 import QtCore\nimport PySide6.QtWidgets\n")
    assert [m for _, m in imported_modules(sample)] == ["PySide6", "PySide6.QtWidgets"]


def test_gui_modules_import_qt_only_through_app_ui_qt():
    """Binding quirks and optional modules are handled once, in app/ui/qt.py (one place for them)."""
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        if path == APP / "ui" / "qt.py":
            continue
        for line, module in imported_modules(path):
            if module.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(APP.parent)}:{line} imports {module}")
    assert not offenders, "\n".join(offenders)


UI_TEST_FOLDERS = {"expert", "chair", "organiser", "player", "shell"}


def test_no_test_module_imports_another():
    """What two test modules share lives in tests/helpers/ (or a conftest.py), not in one of them."""
    tests = Path(__file__).resolve().parent
    offenders = []
    for path in tests.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("tests"):
                continue
            # `from tests.x.test_y import z` and `from tests.x import test_y` alike
            names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            if any(name.rsplit(".", 1)[-1].startswith("test_") for name in names):
                offenders.append(f"{path.relative_to(tests)}: from {node.module}")
    assert not offenders, offenders


def test_the_window_tests_mirror_the_ui_package():
    """tests/ui/ holds one folder per part of app/ui/ and no test module of its own."""
    ui_tests = Path(__file__).resolve().parent / "ui"
    assert {p.name for p in ui_tests.iterdir() if p.is_dir() and p.name != "__pycache__"} == UI_TEST_FOLDERS
    assert not list(ui_tests.glob("test_*.py"))


def test_models_do_not_import_reports():
    """The domain is below the documents: app.reports may use app.models, never the other way round
    (also not inside a function), so that the rules run without reportlab, openpyxl or pyHanko."""
    offenders = []
    for path in (APP / "models").rglob("*.py"):
        where = path.relative_to(APP.parent).as_posix()
        for line, module in imported_modules(path):
            if module == "app.reports" or module.startswith("app.reports."):
                offenders.append(f"{where}:{line} imports {module}")
    assert not offenders, "\n".join(offenders)


def test_the_check_itself_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from app.reports.audit_pdf import write_audit_pdf\n    import app.reports.excel\n")
    assert [m for _, m in imported_modules(sample)] == ["app.reports.audit_pdf", "app.reports.excel"]


def test_the_chair_documents_are_not_looked_up_by_name():
    """The desk reaches its documents through app.reports.chair_documents, imported like any module:
    a writer looked up by a name in a string fails only when the chair clicks."""
    paths = [*(APP / "ui" / "chair").rglob("*.py"), APP / "reports" / "chair_documents.py"]
    offenders = [
        f"{path.relative_to(APP.parent)}:{line} imports {module}"
        for path in paths
        for line, module in imported_modules(path)
        if module.split(".")[0] == "importlib"
    ]
    assert not offenders, "\n".join(offenders)
