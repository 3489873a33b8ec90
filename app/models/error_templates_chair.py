"""The texts of the chair's coded problems (next-stage packages and gathering, the decisions file,
NCALayer, CMS signatures, Documentolog copies, printing) in English, like app/models/error_templates.py
and in the same "InputError" context; app/models/messages.py renders them with the others.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP
from app.models.error_templates import Template

AGAIN = QT_TRANSLATE_NOOP("InputError", "ask the lower stage for its package again")
STAGE_NAMES: dict[str, str] = {
    "department": QT_TRANSLATE_NOOP("InputError", "department"),
    "faculty": QT_TRANSLATE_NOOP("InputError", "faculty"),
    "university": QT_TRANSLATE_NOOP("InputError", "university"),
}
STAGE_TEMPLATES: dict[str, Template] = {
    "stage_last": Template(
        QT_TRANSLATE_NOOP("InputError", "the university stage is the last one: nothing advances from it")
    ),
    "stage_none_advancing": Template(
        QT_TRANSLATE_NOOP("InputError", "the decisions file's 'advancing' is empty: no entry advances"),
        QT_TRANSLATE_NOOP("InputError", "list the entries that advance, or leave 'advancing' out to send the best %1"),
    ),
    "stage_too_many": Template(
        QT_TRANSLATE_NOOP("InputError", "at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen"),
        QT_TRANSLATE_NOOP("InputError", "choose fewer entries"),
    ),
    "stage_unscored": Template(
        QT_TRANSLATE_NOOP("InputError", "no result for %1: an entry advances on the commission's scores"),
        QT_TRANSLATE_NOOP("InputError", "choose entries the experts scored"),
    ),
    "stage_none_chosen": Template(
        QT_TRANSLATE_NOOP("InputError", "no entry was chosen to advance"),
        QT_TRANSLATE_NOOP("InputError", "tick the entries that advance"),
    ),
    "stage_not_in_round": Template(QT_TRANSLATE_NOOP("InputError", "not in the round: %1")),
    "paper_not_accepted": Template(
        QT_TRANSLATE_NOOP("InputError", "only an accepted sheet can be matched with its paper"),
        QT_TRANSLATE_NOOP("InputError", "import a valid sheet file for this expert"),
    ),
    "stage_no_results": Template(QT_TRANSLATE_NOOP("InputError", "no entry has a result")),
    "stage_tie_across_limit": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)"
        ),
        QT_TRANSLATE_NOOP(
            "InputError",
            "tick the entries the commission chose by vote (in a decisions file: "
            '"advancing": %4), or order the tie with a tie resolution',
        ),
    ),
    "stage_out_not_folder": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a file, not a folder"),
        QT_TRANSLATE_NOOP("InputError", "choose an empty folder for the package"),
    ),
    "stage_out_not_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the folder is not empty: a package is written into an empty folder"),
        QT_TRANSLATE_NOOP("InputError", "choose a new, empty folder (the package goes to the next stage as it is)"),
    ),
    "stage_record_changed": Template(
        QT_TRANSLATE_NOOP(
            "InputError",
            "the record of the lower stage's decision was changed after it was made "
            "(its content does not match the digest in its name)",
        ),
        AGAIN,
    ),
    "stage_extract_missing": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the protocol extract of the %1 stage is missing or is not the one its record names"
        ),
        AGAIN,
    ),
    "stage_package_stages": Template(
        QT_TRANSLATE_NOOP("InputError", "the package's stages do not fit (%1 → %2)"), AGAIN
    ),
    "stage_round_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the round file was changed after the package was made"), AGAIN
    ),
    "stage_extract_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the protocol extract was changed after the package was made"), AGAIN
    ),
    "stage_package_entries": Template(
        QT_TRANSLATE_NOOP("InputError", "the manifest and the round file list different entries"), AGAIN
    ),
    "stage_entry_unsourced": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry %1 has no record of the stage that sent it"), AGAIN
    ),
    "stage_no_packages": Template(QT_TRANSLATE_NOOP("InputError", "no package was given")),
    "stage_too_many_packages": Template(QT_TRANSLATE_NOOP("InputError", "more than %1 packages")),
    "stage_out_exists": Template(
        QT_TRANSLATE_NOOP("InputError", "the file already exists: gathering writes a new round"),
        QT_TRANSLATE_NOOP("InputError", "choose a new file name (an existing round keeps its commission and sheets)"),
    ),
    "stage_wrong_package": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round"
        ),
        QT_TRANSLATE_NOOP("InputError", "gather the packages of one stage into the round of the stage after it"),
    ),
    "stage_package_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "the same stage's package is given twice (also %1)"),
        QT_TRANSLATE_NOOP("InputError", "give each package once"),
    ),
    "cannot_copy": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot copy the file (%1)"),
        QT_TRANSLATE_NOOP("InputError", "choose a folder you may write to, with enough free space"),
    ),
}


DECISIONS_TEMPLATES: dict[str, Template] = {
    "decisions_unknown_entry": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry «%1» is not in the round"),
        QT_TRANSLATE_NOOP("InputError", "use the entry ids of the round file"),
    ),
    "decisions_unknown_expert": Template(
        QT_TRANSLATE_NOOP("InputError", "the expert «%1» is not in the commission"),
        QT_TRANSLATE_NOOP("InputError", "use the expert ids of the round file"),
    ),
    "decisions_entry_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "an entry is named twice"),
        QT_TRANSLATE_NOOP("InputError", "name each tied entry once, in the decided order"),
    ),
    "decisions_two_resolutions": Template(
        QT_TRANSLATE_NOOP("InputError", "an entry is in two tie resolutions"),
        QT_TRANSLATE_NOOP("InputError", "give one resolution per tie"),
    ),
    "decisions_bad_place": Template(QT_TRANSLATE_NOOP("InputError", "a place must be 1 or more (found %1)")),
}


# The problems the NCALayer, CMS, trust, Documentolog and printing code raises.
SIGNING_TEMPLATES: dict[str, Template] = {
    "ncalayer_not_running": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)"
        ),
        QT_TRANSLATE_NOOP(
            "InputError", "start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again"
        ),
    ),
    "ncalayer_cancelled": Template(
        QT_TRANSLATE_NOOP("InputError", "signing was cancelled: nothing was signed"),
        QT_TRANSLATE_NOOP("InputError", "sign again when ready"),
    ),
    "ncalayer_auth_key": Template(
        QT_TRANSLATE_NOOP("InputError", "%1 chose an authentication key (AUTH_…): it is not for signing documents"),
        QT_TRANSLATE_NOOP(
            "InputError", "sign again and choose the signing key (its file name starts with RSA_ or GOST512_)"
        ),
    ),
    "ncalayer_refused": Template(
        QT_TRANSLATE_NOOP("InputError", "NCALayer refused to sign: %1 %2"),
        QT_TRANSLATE_NOOP("InputError", "read NCALayer's message; check the key, its password and its validity"),
    ),
    "ncalayer_bad_answer": Template(
        QT_TRANSLATE_NOOP("InputError", "the program at 127.0.0.1:13579 did not answer as NCALayer does"),
        QT_TRANSLATE_NOOP("InputError", "restart NCALayer and try again"),
    ),
    "ncalayer_closed": Template(
        QT_TRANSLATE_NOOP("InputError", "NCALayer closed the connection before answering"),
        QT_TRANSLATE_NOOP("InputError", "restart NCALayer and try again"),
    ),
    "ncalayer_timeout": Template(
        QT_TRANSLATE_NOOP("InputError", "NCALayer gave no answer in time"),
        QT_TRANSLATE_NOOP("InputError", "look for NCALayer's window (it may be behind this one) and try again"),
    ),
    "ncalayer_not_loopback": Template(
        QT_TRANSLATE_NOOP("InputError", "NCALayer is reached only on this computer, not at %1"),
        QT_TRANSLATE_NOOP("InputError", "use wss://127.0.0.1:13579"),
    ),
    "ncalayer_too_large": Template(
        QT_TRANSLATE_NOOP("InputError", "the document is too large to send to NCALayer"),
        QT_TRANSLATE_NOOP("InputError", "sign a smaller document"),
    ),
    "ncalayer_bad_signature": Template(
        QT_TRANSLATE_NOOP("InputError", "the signature NCALayer returned does not match the protocol"),
        QT_TRANSLATE_NOOP("InputError", "nothing was saved; sign again"),
    ),
    "ncalayer_pdf_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the protocol changed on disk while it was being signed"),
        QT_TRANSLATE_NOOP("InputError", "nothing was saved; sign again"),
    ),
    "cms_not_cms": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is not a CMS signature (SignedData)"),
        QT_TRANSLATE_NOOP("InputError", "choose the .cms file saved beside the PDF"),
    ),
    "cms_same_signer": Template(
        QT_TRANSLATE_NOOP("InputError", "this key has already signed the document"),
        QT_TRANSLATE_NOOP("InputError", "the next member signs with their own key"),
    ),
    "cms_other_version": Template(
        QT_TRANSLATE_NOOP("InputError", "these signatures are over another version of the protocol"),
        QT_TRANSLATE_NOOP(
            "InputError", "move this .cms file away (keep it with its own PDF), then sign the new protocol"
        ),
    ),
    "pdf_damaged": Template(
        QT_TRANSLATE_NOOP("InputError", "the PDF is damaged and cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "use the copy the signer sent, or ask for it again"),
    ),
    "not_a_certificate": Template(
        QT_TRANSLATE_NOOP("InputError", "this is not an X.509 certificate"),
        QT_TRANSLATE_NOOP("InputError", "name the signer's certificate file (.pem, .cer or .crt)"),
    ),
    "registration_same_file": Template(
        QT_TRANSLATE_NOOP("InputError", "the copy would overwrite the protocol itself"),
        QT_TRANSLATE_NOOP("InputError", "choose another file name"),
    ),
    "registration_bad_pdf": Template(
        QT_TRANSLATE_NOOP("InputError", "the PDF cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "choose the protocol PDF written by Sarapshy"),
    ),
    "print_no_system_path": Template(
        QT_TRANSLATE_NOOP("InputError", "no program on this computer prints PDF files"),
        QT_TRANSLATE_NOOP("InputError", "install a PDF reader and set it as the PDF program"),
    ),
    "print_refused": Template(
        QT_TRANSLATE_NOOP("InputError", "the printing system did not take the file (%1)"),
        QT_TRANSLATE_NOOP("InputError", "check the printer in the system settings"),
    ),
}
