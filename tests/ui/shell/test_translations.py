"""Every translation catalogue compiles, Kazakh and Russian are complete, and the language switch
really changes what Qt and our widgets say."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[3]
CATALOGUES = sorted((resources_dir() / "translations").glob("*.ts"))


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = load_tool()


def test_there_are_catalogues_for_every_language():
    areas = {p.stem.rsplit("_", 1)[0] for p in CATALOGUES}
    assert areas, "no .ts catalogues found"
    for area in areas:
        for lang in ("kk", "ru", "en"):
            assert tool.catalogue_path(area, lang).exists(), f"{area}_{lang}.ts is missing"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_finished(catalogue):
    missing = tool.unfinished_messages(catalogue)
    assert not missing, "unfinished: " + "; ".join(m.describe() for m in missing)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_survive_translation(catalogue):
    """A translation that drops %1 or %n shows the user a sentence with a hole in it."""
    tree = ET.parse(catalogue)
    for context, message in tool.live_messages(tree):
        source = message.findtext("source", "")
        wanted = sorted(set(re.findall(r"%(?:\d|n)", source)))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            found = sorted(set(re.findall(r"%(?:\d|n)", form)))
            assert found == wanted, f"{catalogue.name} [{context}] {source!r} → {form!r}"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_compiles(catalogue, tmp_path):
    qm = tmp_path / catalogue.with_suffix(".qm").name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    run = subprocess.run([str(lrelease), str(catalogue), "-qm", str(qm)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert qm.stat().st_size > 100


def test_install_language_switches_our_strings_and_qt_dialogs(qapp, compiled_translations):
    """Switch kk → ru → en with the catalogues compiled from the sources."""
    from app.ui import i18n

    heard: list[str] = []
    i18n.language_notifier().language_changed.connect(heard.append)
    try:
        loaded = i18n.install_language(qapp, "kk")
        assert any(p.name == "common_kk.qm" for p in loaded)
        assert i18n.translate("Worker", "Working…") == "Орындалуда…"
        assert i18n.translate("QPlatformTheme", "Cancel") == "Бас тарту"
        # a string missing from Qt's Kazakh catalogue comes from the Russian one, not English
        assert i18n.translate("QFileDialog", "Look in:") == "Перейти к:"
        assert i18n.current_language() == "kk"

        i18n.install_language(qapp, "ru")
        assert i18n.translate("Worker", "Working…") == "Выполняется…"
        assert i18n.translate("QPlatformTheme", "Cancel") == "Отмена"

        i18n.install_language(qapp, "en")
        assert i18n.translate("Worker", "Working…") == "Working…"
        assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert heard == ["kk", "ru", "en"]
    finally:
        i18n.language_notifier().language_changed.disconnect(heard.append)
        i18n.install_language(qapp, "en")


def test_unknown_language_falls_back_to_kazakh():
    from app.ui.i18n import normalise_language

    assert normalise_language("ru_RU") == "ru"
    assert normalise_language("EN") == "en"
    assert normalise_language("de") == "kk"
    assert normalise_language(None) == "kk"


def test_update_tool_check_passes_on_the_committed_catalogues():
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert " 0 unfinished" in run.stdout or run.stdout.startswith("0 unfinished")
