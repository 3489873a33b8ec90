"""Updates one area's translation catalogues from its source files, and reports what is left.

    .venv/bin/python tools/update_translations.py player            # sources: app/ui/player/
    .venv/bin/python tools/update_translations.py sheet app/ui/sheet_view.py app/ui/sheet_model.py
    .venv/bin/python tools/update_translations.py --check           # every catalogue, no update

For AREA it runs `pyside6-lupdate` over the sources into `resources/translations/AREA_{kk,ru,en}.ts`
(existing translations are kept; strings that left the code are kept as "vanished" unless
`--drop-obsolete`), marks every English string finished with its source text, then lists the Kazakh
and Russian strings still unfinished. With `--check` it exits 1 when any is. Default sources:
the folder `app/ui/AREA/`, else the module `app/ui/AREA.py` (the `common` area is the Qt foundation).
Translate with `pyside6-linguist resources/translations/AREA_kk.ts`, then build the .qm files with
`tools/build_translations.py`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
TRANSLATED_BY_HAND = ("kk", "ru")
SOURCE_LANGUAGE = "en"
SPECIAL_AREAS = {
    "common": [
        "app/ui/worker.py",
        "app/ui/i18n.py",
        "app/ui/qt.py",
        "app/ui/error_text.py",
        # the core's own texts, which the command line reads from these catalogues too
        "app/models/error_templates.py",
        "app/media/check_words.py",
        "app/models/error_templates_chair.py",
        "app/models/status_text.py",
        "app/cli_texts.py",
        "app/models/decisions_file.py",
        "app/models/error_templates_review.py",
    ],
    "decisions": [
        "app/ui/chair/decision_texts.py",
        "app/models/readiness_texts.py",
        "app/ui/chair/audit_view.py",
        "app/ui/chair/decision_errors.py",
    ],
    "meeting": ["app/ui/chair/board.py", "app/ui/chair/board_models.py"],
    "descriptors": ["app/ui/expert/score_guide.py"],
    "reconsider": [
        "app/ui/expert/reconsideration_panel.py",
        "app/ui/expert/reconsideration_dialog.py",
        "app/ui/chair/reconsideration_marks.py",
    ],
    "stages": [
        "app/ui/organiser/gather_dialog.py",
        "app/models/gather_texts.py",
        "app/ui/chair/next_stage.py",
        "app/ui/stage_errors.py",
    ],
    "conflicts": ["app/ui/conflict_texts.py", "app/ui/expert/conflicts_dialog.py", "app/ui/chair/conflicts_panel.py"],
    "printing": [
        "app/ui/printing.py",
        "app/ui/pdf_pages.py",
        "app/ui/pdf_signatures.py",
        "app/reports/signature_texts.py",
    ],
    "shell": [
        "app/ui/application.py",
        "app/ui/demo_round.py",
        "app/ui/main_window.py",
        "app/ui/window_menus.py",
        "app/ui/round_messages.py",
        "app/ui/about.py",
        "app/ui/widgets/message_banner.py",
    ],
}
RETIRED = ("vanished", "obsolete")


@dataclass(frozen=True)
class Unfinished:
    catalogue: Path
    context: str
    source: str

    def describe(self) -> str:
        return f"{self.catalogue.name}: [{self.context}] {self.source!r}"


def find_tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def default_sources(area: str) -> list[Path]:
    if area in SPECIAL_AREAS:
        return [ROOT / p for p in SPECIAL_AREAS[area]]
    folder, module = ROOT / "app" / "ui" / area, ROOT / "app" / "ui" / f"{area}.py"
    if folder.is_dir():  # files an area of their own translates are left to it
        claimed = {ROOT / p for paths in SPECIAL_AREAS.values() for p in paths}
        return sorted(p for p in folder.rglob("*.py") if p not in claimed)
    if module.exists():
        return [module]
    raise SystemExit(
        f"no sources for area {area!r}: neither {folder} nor {module} exists; name the source files after the area"
    )


def catalogue_path(area: str, lang: str) -> Path:
    return TRANSLATIONS / f"{area}_{lang}.ts"


def run_lupdate(sources: list[Path], catalogue: Path, lang: str, drop_obsolete: bool) -> None:
    command = [
        find_tool("pyside6-lupdate"),
        *map(str, sources),
        "-ts",
        str(catalogue),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "-locations",
        "relative",
        "-silent",
    ]
    if drop_obsolete:
        command.append("-no-obsolete")
    subprocess.run(command, check=True)


def live_messages(tree: ET.ElementTree):
    """(context name, message element) for every message still used by the code."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in RETIRED:
                continue
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(t and t.strip() for t in texts)


def unfinished_messages(catalogue: Path) -> list[Unfinished]:
    tree = ET.parse(catalogue)
    return [Unfinished(catalogue, ctx, m.findtext("source", "")) for ctx, m in live_messages(tree) if is_unfinished(m)]


def write_ts(tree: ET.ElementTree, catalogue: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalogue.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill_english(catalogue: Path) -> int:
    """Mark every English string finished, its translation being its source text."""
    tree = ET.parse(catalogue)
    filled = 0
    for _, message in live_messages(tree):
        if not is_unfinished(message):
            continue
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):  # English: singular and plural
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        filled += 1
    write_ts(tree, catalogue)
    return filled


def update_area(area: str, sources: list[Path], drop_obsolete: bool = False) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        run_lupdate(sources, catalogue_path(area, lang), lang, drop_obsolete)
    if fill_english(catalogue_path(area, "en")):
        # once more, so the file keeps lupdate's own layout (smaller diffs)
        run_lupdate(sources, catalogue_path(area, "en"), "en", drop_obsolete)


def report(catalogues: list[Path]) -> list[Unfinished]:
    missing = [u for c in catalogues for u in unfinished_messages(c)]
    for item in missing:
        print("unfinished", item.describe())
    print(f"{len(missing)} unfinished string(s) in {len(catalogues)} catalogue(s)")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("area", nargs="?", help="catalogue area, e.g. player, sheet, common")
    parser.add_argument("sources", nargs="*", type=Path, help="source files (default: by area)")
    parser.add_argument("--check", action="store_true", help="exit 1 if any Kazakh or Russian string is unfinished")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings that are no longer in the code")
    args = parser.parse_args(argv)

    if args.area:
        sources = [s.resolve() for s in args.sources] or default_sources(args.area)
        update_area(args.area, sources, args.drop_obsolete)
        catalogues = [catalogue_path(args.area, lang) for lang in TRANSLATED_BY_HAND]
    else:
        catalogues = sorted(p for lang in TRANSLATED_BY_HAND for p in TRANSLATIONS.glob(f"*_{lang}.ts"))
    missing = report(catalogues)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
