"""The command line's own lines (what a command did, where it wrote) in Kazakh, Russian or English.

They are marked for the translation catalogues in the "Cli" context and read without Qt
(app.models.catalogue); `say(lang, TEXT, args…)` fills %1, %2… In English they are as written here.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP, translator
from app.models.messages import fill

CONTEXT = "Cli"
VALID_ROUND = QT_TRANSLATE_NOOP("Cli", "%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5")
WARNING = QT_TRANSLATE_NOOP("Cli", "%1: warning: %2")
RESULTS_WRITTEN = QT_TRANSLATE_NOOP("Cli", "results written: %1")
EXCEL_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Excel summary written: %1")
PROTOCOL_WRITTEN = QT_TRANSLATE_NOOP("Cli", "protocol written: %1")
PROTOCOL_SIGNED = QT_TRANSLATE_NOOP("Cli", "protocol written and signed (%1): %2")
MEDIA_CHECK_WRITTEN = QT_TRANSLATE_NOOP("Cli", "media check written: %1")
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase of %1: ")


def say(lang: str, text: str, *args: object) -> str:
    return fill(translator(lang)(CONTEXT, text), tuple(str(a) for a in args))
