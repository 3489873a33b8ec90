"""Handing a PDF file itself to the operating system's printing, so paper shows what was signed.

Printing through page images (QtPdf renders each page, Qt sends the pictures) loses the vector text
and depends on our renderer; the signed PDF handed to the system prints its own vector pages,
signature stamps included, exactly the bytes that were signed:

- Linux and macOS: CUPS's `lp` takes PDF directly (`lp -d PRINTER -n COPIES -P PAGES -- FILE`); CUPS
  copies the file into its spool before `lp` returns.
- Windows: the shell's `printto` verb (`print` for the default printer) of the program registered
  for .pdf files (Acrobat Reader, Edge, SumatraPDF…). That verb takes a printer name only: page
  range and copies are chosen in that program, and the caller tells the user so. No program
  registered for printing PDFs is an `InputError`, and the caller falls back to page images.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.models.errors import InputError

LP_TIMEOUT = 60  # seconds: lp only hands the file to the local CUPS queue
SE_ERR_NOASSOC = 31  # ShellExecute: no program is associated with this verb for .pdf


@dataclass(frozen=True)
class SentToPrinter:
    pdf: Path
    printer: str  # "" for the system's default printer
    job: str  # what the system said (CUPS: "request id is …")
    honours_range_and_copies: bool  # False on Windows: the PDF program prints all pages, once


def system_printing_available() -> bool:
    """Whether this computer has a path that takes the PDF file itself."""
    if sys.platform == "win32":
        return True  # whether a PDF program is registered shows only when asked (then: InputError)
    return shutil.which("lp") is not None


def send_pdf_to_printer(
    pdf: str | Path, printer: str = "", copies: int = 1, pages: tuple[int, int] | None = None, title: str = ""
) -> SentToPrinter:
    """Prints the file as it is. `pages` is (first, last), 1-based; None prints every page."""
    pdf = Path(pdf)
    if not pdf.is_file():
        raise InputError(pdf, "", "the file does not exist", "write the document again", code="file_missing")
    if sys.platform == "win32":
        return _shell_print(pdf, printer)
    return _cups_print(pdf, printer, copies, pages, title or pdf.name)


def cups_command(pdf: Path, printer: str, copies: int, pages: tuple[int, int] | None, title: str) -> list[str]:
    command = ["lp", "-t", title, "-n", str(max(1, copies))]
    if printer:
        command += ["-d", printer]
    if pages:
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    return [*command, "--", str(pdf)]


def _cups_print(pdf: Path, printer: str, copies: int, pages: tuple[int, int] | None, title: str) -> SentToPrinter:
    lp = shutil.which("lp")
    if lp is None:
        raise InputError(
            pdf,
            "",
            "this computer has no CUPS `lp` command to print PDF files",
            "install CUPS (the cups-client package)",
            code="print_no_system_path",
        )
    command = cups_command(pdf, printer, copies, pages, title)
    command[0] = lp
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(
            pdf,
            "",
            f"the printing system did not take the file ({exc})",
            "check the printer in the system settings",
            code="print_refused",
            args=(str(exc),),
        ) from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip()[:300]
        raise InputError(
            pdf,
            "",
            f"the printing system did not take the file ({reason})",
            "check the printer in the system settings",
            code="print_refused",
            args=(reason,),
        )
    return SentToPrinter(pdf, printer, done.stdout.strip(), True)


def _shell_print(pdf: Path, printer: str) -> SentToPrinter:
    import ctypes

    if sys.platform != "win32":
        raise RuntimeError("the shell's print verb exists on Windows only")

    verb, parameters = ("printto", f'"{printer}"') if printer else ("print", None)
    result = ctypes.windll.shell32.ShellExecuteW(None, verb, str(pdf), parameters, str(pdf.parent), 0)
    if result <= 32:
        if result == SE_ERR_NOASSOC or result == 0:
            raise InputError(
                pdf,
                "",
                "no program on this computer prints PDF files",
                "install a PDF reader (e.g. Adobe Acrobat Reader) and set it as the PDF program",
                code="print_no_system_path",
            )
        raise InputError(
            pdf,
            "",
            f"Windows could not start printing (ShellExecute error {result})",
            "open the PDF in the viewer and print from there",
            code="print_refused",
            args=(str(result),),
        )
    return SentToPrinter(pdf, printer, f"{verb} {pdf.name}", False)
