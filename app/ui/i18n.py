"""Interface languages: Kazakh (default), Russian, English.

Catalogues are split by area so several people can translate at once:
`resources/translations/<area>_<lang>.ts` (English source strings), compiled to `.qm` by
`tools/build_translations.py`. `install_language(app, lang)` loads every `*_<lang>.qm` plus Qt's own
catalogue for its standard dialogs, then emits `language_notifier().language_changed(lang)` so open
windows can re-run their `retranslate_ui()` (widgets also receive `QEvent.LanguageChange`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.paths import resources_dir
from app.ui.qt import QObject, QtCore, Signal

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"
# Each language's own name, as shown in the language menu (never translated).
LANGUAGE_NAMES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
# Qt's own catalogues for each language, most preferred first. Qt ships qtbase_kk in recent
# versions but with gaps; Russian (which Kazakh users read) fills them.
QT_CATALOGUE_FALLBACKS: dict[str, tuple[str, ...]] = {"kk": ("kk", "ru"), "ru": ("ru",), "en": ()}
QT_CATALOGUE_MODULES: tuple[str, ...] = ("qtbase", "qtmultimedia")


class LanguageNotifier(QObject):
    """Announces a change of interface language to every open window."""

    language_changed = Signal(str)


_notifier: LanguageNotifier | None = None
_installed: list[QtCore.QTranslator] = []
_current = DEFAULT_LANGUAGE


def language_notifier() -> LanguageNotifier:
    global _notifier
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier


def current_language() -> str:
    return _current


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    return Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath))


def normalise_language(lang: str | None) -> str:
    """'kk_KZ', 'RU', None → a supported code; anything unknown → the default (Kazakh)."""
    code = (lang or "").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def app_catalogues(lang: str) -> list[Path]:
    """Every compiled catalogue of the application for one language, in a stable order."""
    return sorted(translations_dir().glob(f"*_{lang}.qm"))


def qt_catalogues(lang: str, module: str = "qtbase") -> list[Path]:
    """Qt's catalogues for `lang`, in installation order: the most preferred comes last, because
    Qt searches the translator installed last first; Russian thus fills Kazakh's gaps."""
    found = []
    for candidate in QT_CATALOGUE_FALLBACKS.get(lang, ()):
        path = qt_translations_dir() / f"{module}_{candidate}.qm"
        if path.exists() and path.stat().st_size > 1024:  # stub catalogues hold no strings
            found.append(path)
    return found[::-1]


def install_language(app: QtCore.QCoreApplication, lang: str) -> list[Path]:
    """Replace the installed translators by those of `lang`; return the catalogues loaded."""
    global _current
    lang = normalise_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    paths = [p for module in QT_CATALOGUE_MODULES for p in qt_catalogues(lang, module)]
    paths += app_catalogues(lang)
    loaded: list[Path] = []
    for path in paths:
        translator = QtCore.QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
        else:
            log.warning("could not load translation catalogue %s", path)
    QtCore.QLocale.setDefault(QtCore.QLocale(lang))
    _current = lang
    language_notifier().language_changed.emit(lang)
    return loaded


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (e.g. a table of strings marked with QT_TRANSLATE_NOOP)."""
    return QtCore.QCoreApplication.translate(context, text, disambiguation, n)
