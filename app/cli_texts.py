"""The command line's own lines (what a command did, where it wrote) in Kazakh, Russian or English.

They are marked for the translation catalogues in the "Cli" context and read without Qt
(app.models.catalogue); `say(lang, TEXT, args…)` fills %1, %2… In English they are as written here.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP, translator
from app.models.error_templates_chair import STAGE_NAMES
from app.models.messages import CONTEXT as MESSAGES_CONTEXT
from app.models.messages import fill
from app.models.readiness import ReadinessItem
from app.models.readiness_texts import readiness_text

CONTEXT = "Cli"
VALID_ROUND = QT_TRANSLATE_NOOP("Cli", "%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5")
WARNING = QT_TRANSLATE_NOOP("Cli", "%1: warning: %2")
RESULTS_WRITTEN = QT_TRANSLATE_NOOP("Cli", "results written: %1")
EXCEL_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Excel summary written: %1")
PROTOCOL_WRITTEN = QT_TRANSLATE_NOOP("Cli", "protocol written: %1")
PROTOCOL_SIGNED = QT_TRANSLATE_NOOP("Cli", "protocol written and signed (%1): %2")
MEDIA_CHECK_WRITTEN = QT_TRANSLATE_NOOP("Cli", "media check written: %1")
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase of %1: ")


# what a command did
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
INTERNAL_ERROR = QT_TRANSLATE_NOOP(
    "Cli", "sarapshy: internal error; details were saved to %1. Please send that file to the developers."
)
NO_WINDOW = QT_TRANSLATE_NOOP("Cli", "sarapshy: the window cannot start (%1). Install the Qt libraries (see README).")
DEMO_WRITTEN = QT_TRANSLATE_NOOP("Cli", "demo round written: %1")
SHEET_SIGNED = QT_TRANSLATE_NOOP("Cli", "%1: signed sheet of %2, revision %3, verification code %4")
DOCUMENTOLOG_WRITTEN = QT_TRANSLATE_NOOP("Cli", "file for Documentolog written: %1 (%2 pages, no interactive parts)")
CHECKSUM = QT_TRANSLATE_NOOP("Cli", "SHA-256 %1  (also in %2)")
WINNERS_EXTRACT_WRITTEN = QT_TRANSLATE_NOOP("Cli", "winners extract written: %1")
LETTER_WRITTEN = QT_TRANSLATE_NOOP("Cli", "letter written: %1")
# the chair's decisions and what blocks the protocol
STALE_NOT_APPLIED = QT_TRANSLATE_NOOP("Cli", "%1: not applied, out of date: %2")
NOT_MADE = QT_TRANSLATE_NOOP("Cli", "%1: not made: %2")
A_DECISIONS_FILE = QT_TRANSLATE_NOOP("Cli", "a decisions file")
PUT_DECISIONS = QT_TRANSLATE_NOOP(
    "Cli",
    "Put the chair's decisions in %1 (format sarapshy-decisions/1), fill in the <…> parts, "
    "and run the command again with --decisions FILE:",
)
# verify-pdf
NO_SIGNATURES = QT_TRANSLATE_NOOP("Cli", "%1: no digital signatures")
TIME_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "time unknown")
UNVERIFIABLE = QT_TRANSLATE_NOOP("Cli", "UNVERIFIABLE")
INTACT_NOT_VALID = QT_TRANSLATE_NOOP("Cli", "INTACT BUT NOT VALID")
BROKEN = QT_TRANSLATE_NOOP("Cli", "BROKEN")
VALID_TRUSTED = QT_TRANSLATE_NOOP("Cli", "valid, trusted")
VALID_UNTRUSTED = QT_TRANSLATE_NOOP("Cli", "valid but UNTRUSTED (its certificate is not one named with --trust)")
CERTIFICATE = QT_TRANSLATE_NOOP("Cli", "  certificate SHA-256: %1")
ISSUER = QT_TRANSLATE_NOOP("Cli", "  issuer: %1")
COVERS = QT_TRANSLATE_NOOP("Cli", "  covers: %1; changed after it: %2")
WHOLE_FILE = QT_TRANSLATE_NOOP("Cli", "the whole file")
NOT_WHOLE_FILE = QT_TRANSLATE_NOOP("Cli", "not the whole file")
# audit
CHAIN_BROKEN = QT_TRANSLATE_NOOP("Cli", "BROKEN: %1")
CHAIN_INTACT = QT_TRANSLATE_NOOP("Cli", "chain intact: %1 records")
CHAIN_INTACT_LAST = QT_TRANSLATE_NOOP("Cli", "chain intact: %1 records, last hash %2")
AUDIT_ANNEX_WRITTEN = QT_TRANSLATE_NOOP("Cli", "audit annex written: %1")
# next stage
PACKAGE_WRITTEN = QT_TRANSLATE_NOOP("Cli", "next-stage package written: %1")
PACKAGE_CONTENTS = QT_TRANSLATE_NOOP("Cli", "  round file: %1; protocol extract: %2; entries: %3")
GATHERED = QT_TRANSLATE_NOOP("Cli", "%1: %2 round with %3 entries")
GATHERED_ENTRY = QT_TRANSLATE_NOOP("Cli", "  %1 from %2")
GATHERED_RENAMED = QT_TRANSLATE_NOOP("Cli", "  %1 from %2 (was %3)")
SET_COMMISSION = QT_TRANSLATE_NOOP(
    "Cli", "set the commission of the round, as for any round, before it goes to the experts"
)
# reconsideration
REQUEST_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "%1: reconsideration request to %2 on revision %3, %4 cell(s), signed with the chair's key %5"
)
REQUEST_TO = QT_TRANSLATE_NOOP("Cli", "request to %1 (%2) from %3, chair's key %4")
REQUEST_ON = QT_TRANSLATE_NOOP("Cli", "on sheet revision %1 (code %2); request sha256 %3")
REQUEST_CELL = QT_TRANSLATE_NOOP("Cli", "  %1/%2  score %3  %4")
SHEET_REVISED = QT_TRANSLATE_NOOP(
    "Cli",
    "%1: revision %2 of %3's sheet, %4 cell(s) reconsidered, %5 changed, verification code %6",
)


def say(lang: str, text: str, *args: object) -> str:
    return fill(translator(lang)(CONTEXT, text), tuple(str(a) for a in args))


def readiness_in(item: ReadinessItem, lang: str) -> str:
    """A readiness item in the words the chair's window uses, in `lang`."""
    return readiness_text(item, translator(lang))


def stage_in(stage: str, lang: str) -> str:
    return translator(lang)(MESSAGES_CONTEXT, STAGE_NAMES[stage]) if stage in STAGE_NAMES else stage
