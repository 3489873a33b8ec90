"""The chair's documents, in one place for the chair's desk and the command line: the protocol
(PDF), the Excel summary, the winners extract, the letters to the authors, the signature on a PDF,
the audit annex and the next-stage package.

Two levels:
- `write_protocol`, `write_summary`, `write_winners_extract`, `write_letters` take the merge and the
  decisions (`DocumentInputs`) and a target path; each refuses while a decision it rests on is
  missing or out of date (`app.models.refusal`). The command line calls these.
- `write_document`, `write_letters_logged`, `sign_document`, `write_audit_annex`,
  `export_next_stage_package` take the chair's store, write from what the desk shows and log what was
  written (file, digest, results) in the chair's audit log. The desk runs these in its worker.

The libraries behind the documents load slowly (reportlab, pyHanko), so they are imported when a
document is written, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.models.canonical import sha256_hex
from app.models.chair import ChairSnapshot, ChairStore, report_decisions
from app.models.chair_db import ProgressFn
from app.models.decisions import Decisions
from app.models.merge import MergeOutcome
from app.models.readiness import ReadinessItem, protocol_notes, protocol_readiness
from app.models.refusal import refuse_blocked
from app.models.results_json import results_sha256
from app.models.round import RoundFile

if TYPE_CHECKING:
    from app.reports.next_stage_package import Package

DocumentKind = Literal["protocol", "summary", "winners_extract"]


@dataclass(frozen=True)
class DocumentInputs:
    """What a document is made of: the merge, the decisions, and the readiness they are checked by."""

    round_file: RoundFile
    outcome: MergeOutcome
    decisions: Decisions
    readiness: list[ReadinessItem]

    @classmethod
    def of_snapshot(cls, snapshot: ChairSnapshot) -> DocumentInputs:
        """What the desk shows (its readiness knows the paper checks and the sheets not submitted)."""
        return cls(snapshot.round_file, snapshot.outcome, report_decisions(snapshot), snapshot.readiness())

    @classmethod
    def of_files(cls, round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions) -> DocumentInputs:
        """A merge of sheet files with a decisions file (the command line)."""
        return cls(round_file, outcome, decisions, protocol_readiness(round_file, outcome, decisions))


# --- the documents ---


def write_protocol(inputs: DocumentInputs, out_path: str | Path, lang: str) -> Path:
    """The protocol, stating what the readiness notes (a sheet not submitted, a paper copy waived…)."""
    from app.reports.protocol_pdf import write_protocol_pdf

    refuse_blocked(inputs.readiness, out_path, "protocol")
    decisions = replace(inputs.decisions, notes=protocol_notes(inputs.readiness))
    return write_protocol_pdf(inputs.round_file, inputs.outcome, decisions, out_path, lang)


def write_summary(inputs: DocumentInputs, out_path: str | Path, lang: str) -> Path:
    from app.reports.excel import write_summary_xlsx

    return write_summary_xlsx(inputs.round_file, inputs.outcome, inputs.decisions, out_path, lang)


def write_winners_extract(inputs: DocumentInputs, out_path: str | Path, lang: str) -> Path:
    """The one-page extract for the rector: it quotes the protocol, so the protocol's rule holds."""
    from app.reports.winners_extract_pdf import write_winners_extract as write_extract

    refuse_blocked(inputs.readiness, out_path, "protocol")
    return write_extract(inputs.round_file, inputs.outcome, inputs.decisions, out_path, lang)


def write_letters(inputs: DocumentInputs, out_dir: str | Path, lang: str) -> list[Path]:
    """One feedback letter (PDF) per course with a result, into `out_dir`."""
    from app.reports.letters_pdf import write_letters as write_letter_files

    refuse_blocked(inputs.readiness, out_dir, "letters")
    return write_letter_files(inputs.round_file, inputs.outcome, inputs.decisions, out_dir, lang)


DOCUMENTS: dict[DocumentKind, Callable[[DocumentInputs, str | Path, str], Path]] = {
    "protocol": write_protocol,
    "summary": write_summary,
    "winners_extract": write_winners_extract,
}


# --- written from the chair's store, and logged ---


def write_document(
    store: ChairStore, snapshot: ChairSnapshot, kind: DocumentKind, out_path: str | Path, lang: str
) -> Path:
    """The protocol, the summary or the winners extract of what the desk shows; logged."""
    path = Path(DOCUMENTS[kind](DocumentInputs.of_snapshot(snapshot), out_path, lang))
    store.log(
        f"write_{kind}",
        {
            "file": str(path),
            "sha256": sha256_hex(path.read_bytes()),
            "lang": lang,
            "results_sha256": results_sha256(snapshot.results),
            "accepted": [s.sha256 for s in snapshot.outcome.statuses if s.status == "ok"],
        },
    )
    return path


def write_letters_logged(store: ChairStore, snapshot: ChairSnapshot, out_dir: str | Path, lang: str) -> list[Path]:
    """The letters to the authors; logged with each letter's digest."""
    paths = write_letters(DocumentInputs.of_snapshot(snapshot), out_dir, lang)
    store.log(
        "write_letters",
        {
            "file": str(out_dir),
            "lang": lang,
            "results_sha256": results_sha256(snapshot.results),
            "letters": {p.name: sha256_hex(p.read_bytes()) for p in paths},
        },
    )
    return paths


def sign_document(store: ChairStore, pdf_path: str | Path, p12_path: str | Path, passphrase: str, lang: str) -> str:
    """Sign a PDF (the protocol) in place with a PKCS#12 key, incrementally (chair, then
    secretary…), and log it. Returns the signer's name."""
    from app.reports.pdf_signing import load_signer, sign_pdf, signer_name

    name = signer_name(load_signer(p12_path, passphrase))
    meeting = store.round_file.round.meeting
    sign_pdf(pdf_path, pdf_path, p12_path, passphrase, location=meeting.place if meeting else None, lang=lang)
    store.log(
        "sign_document", {"file": str(pdf_path), "signer": name, "sha256": sha256_hex(Path(pdf_path).read_bytes())}
    )
    return name


def write_audit_annex(store: ChairStore, out_path: str | Path, lang: str) -> Path:
    """The audit log as a protocol annex (PDF); the printing itself is logged after it."""
    from app.reports.audit_pdf import write_audit_pdf

    records, problems = store.audit_log()
    number = store.decisions().protocol_number
    path = write_audit_pdf(store.round_file, records, problems, number, out_path, lang)
    store.log(
        "write_audit",
        {
            "file": str(path),
            "sha256": sha256_hex(path.read_bytes()),
            "lang": lang,
            "records": len(records),
            "intact": not problems,
        },
    )
    return path


def export_next_stage_package(
    store: ChairStore,
    snapshot: ChairSnapshot,
    out_dir: str | Path,
    lang: str,
    progress: ProgressFn | None = None,
) -> Package:
    """The next-stage package (`app.models.stages`): refused while the protocol could not be made,
    by the same readiness the window shows; logged."""
    from app.models.stage_records import PACKAGE_FILE
    from app.reports.next_stage_package import make_package

    package = make_package(
        store.round_file,
        snapshot.outcome,
        report_decisions(snapshot),
        out_dir,
        lang,
        readiness_items=snapshot.readiness(),
        progress=progress,
    )
    manifest = package.folder / PACKAGE_FILE
    store.log(
        "export_next_stage",
        {
            "file": str(manifest),
            "entries": package.entries,
            "sha256": sha256_hex(manifest.read_bytes()),
            "extract_sha256": sha256_hex(package.extract_path.read_bytes()),
            "files_copied": package.files_copied,
        },
    )
    return package
