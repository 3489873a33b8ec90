"""`sarapshy --self-test`: checks that every part of an installed program works, then exits.

Run on the frozen bundle right after it is built (and by support staff on an expert's laptop):
imports every module, writes the demo round to a temporary folder and loads it, signs and
verifies a sheet, renders the sheet PDF (and signs it as a PDF) and the Excel summary, probes a
generated video and plays it (muted) with the engine the player would use here, and opens the
main window with each role's page (offscreen when there is no display), and finally removes its
temporary folder, which fails while any file in it is still open (Windows refuses to remove an open
file; on Linux the open files are looked up). Each step prints one line, `OK` or `FAIL` with the
reason; the exit code is 0 only when every step is OK.
A part missing from the build reports FAIL "not available", never OK.

No Qt here: the window steps import `app.ui` lazily, so the domain steps run (and report) even
when the Qt libraries of a bundle are broken. Everything is written to a temporary data folder
(`SARAPSHY_HOME`), so the user's keys, settings and rounds are not touched. The steps live in
`selftest_domain` (no window) and `selftest_window` (Qt); this module runs them in order and cleans up.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

import app

RELEASE_TIMEOUT_S = 3.0
REPORT_FILE = "self-test.txt"  # where the report goes when there is no console (windowed builds)


class StepFailed(Exception):
    """A check inside a step did not hold; the message says what was found."""


@dataclass
class SelfTest:
    """The steps' shared state: the temporary folder and what earlier steps produced."""

    work: Path
    out: TextIO
    results: list[tuple[str, bool, str]] = field(default_factory=list)
    round_file: Any = None
    sheet: dict | None = None
    pdf: Path | None = None
    clip: Path | None = None
    application: Any = None

    def step(self, name: str, check: Callable[[], str]) -> bool:
        """Run one check: it returns a short detail for OK or raises with the reason."""
        started = time.perf_counter()
        try:
            detail = check()
            ok = True
        except ModuleNotFoundError as exc:
            ok, detail = False, f"not available ({exc})"
        except StepFailed as exc:
            ok, detail = False, str(exc)
        except Exception as exc:  # noqa: BLE001 - the report must name any failure, whatever it is
            ok, detail = False, f"{short_reason(f'{type(exc).__name__}: {exc}')} [{_where(exc)}]"
        elapsed = time.perf_counter() - started
        self.results.append((name, ok, detail))
        print(f"{'OK  ' if ok else 'FAIL'} {name}: {_one_line(detail)} ({elapsed:.1f} s)", file=self.out, flush=True)
        return ok

    def needs(self, what: str, value: Any) -> Any:
        if value is None:
            raise StepFailed(f"skipped: needs {what}, which failed above")
        return value

    def remove_work_folder(self) -> str:
        """Remove the temporary folder, as closing a round or deleting a copy would: every database
        and file the steps opened must be closed by now. Windows refuses to remove an open file
        (WinError 32); Linux does not, so there the files still open are looked up first."""
        deadline = time.monotonic() + RELEASE_TIMEOUT_S  # a player may close its file a moment later
        while True:
            if self.application is not None:
                self.application.processEvents()
            still_open = open_files_under(self.work)
            try:
                if not still_open:
                    shutil.rmtree(self.work)
                    return "every file closed, folder removed"
                problem = "still open: " + ", ".join(_relative(p, self.work) for p in still_open)
            except OSError as exc:
                where = _relative(Path(exc.filename), self.work) if exc.filename else str(self.work)
                problem = f"{where} could not be removed: {exc.strerror or exc}"
            if time.monotonic() > deadline:
                raise StepFailed(problem)
            time.sleep(0.05)

    def run(self) -> int:
        from app.selftest_domain import (
            import_every_module,
            load_demo_round,
            probe_generated_video,
            render_sheet_pdf,
            sign_and_verify_sheet,
            sign_sheet_pdf,
            write_excel_summary,
        )
        from app.selftest_window import open_main_window, play_generated_video, start_qt

        print(
            f"Sarapshy {app.__version__} self-test ({'frozen bundle' if getattr(sys, 'frozen', False) else 'source'}, "
            f"Python {sys.version.split()[0]}, {sys.platform})",
            file=self.out,
            flush=True,
        )
        self.step("imports", partial(import_every_module, self))
        self.step("demo round", partial(load_demo_round, self))
        self.step("sheet signing", partial(sign_and_verify_sheet, self))
        self.step("sheet PDF", partial(render_sheet_pdf, self))
        self.step("PDF signature", partial(sign_sheet_pdf, self))
        self.step("Excel summary", partial(write_excel_summary, self))
        self.step("video probe", partial(probe_generated_video, self))
        self.step("Qt", partial(start_qt, self))
        self.step("video playback", partial(play_generated_video, self))
        self.step("main window", partial(open_main_window, self))
        self.step("clean-up", self.remove_work_folder)
        failed = [name for name, ok, _ in self.results if not ok]
        summary = f"self-test FAILED: {', '.join(failed)}" if failed else f"self-test OK: {len(self.results)} steps"
        print(summary, file=self.out, flush=True)
        return 1 if failed else 0


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in a temporary data folder; 0 when all are OK, else 1."""
    stream, report = _output(out)
    previous_home = os.environ.get("SARAPSHY_HOME")
    work = Path(tempfile.mkdtemp(prefix="sarapshy-self-test-"))
    try:
        os.environ["SARAPSHY_HOME"] = str(work / "data")
        return SelfTest(work, stream).run()  # its last step removes the folder
    finally:
        shutil.rmtree(work, ignore_errors=True)  # what a failed clean-up step left
        if previous_home is None:
            os.environ.pop("SARAPSHY_HOME", None)
        else:
            os.environ["SARAPSHY_HOME"] = previous_home
        if report is not None:
            report.close()


def open_files_under(folder: Path) -> list[Path]:
    """Files inside `folder` this process still holds open (Linux: /proc/self/fd). Elsewhere the
    list is empty and removing the folder is the test: Windows refuses to remove an open file."""
    descriptors = Path("/proc/self/fd")
    if not descriptors.is_dir():
        return []
    root = folder.resolve()
    found = set()
    for fd in descriptors.iterdir():
        try:
            target = Path(os.readlink(fd))
        except OSError:  # closed meanwhile
            continue
        if target.is_relative_to(root):
            found.add(target)
    return sorted(found)


def _output(out: TextIO | None) -> tuple[TextIO, TextIO | None]:
    """The stream to print to; a windowed build has no console, so the report then goes to a file."""
    if out is not None:
        return out, None
    if sys.stdout is not None:
        stream = sys.stdout
        with contextlib.suppress(ValueError, OSError):
            if not isinstance(stream, io.TextIOWrapper):
                pass  # a stand-in stream (tests): printed to as it is
            elif stream.isatty():
                stream.reconfigure(errors="replace")  # a Windows console may not encode Kazakh letters
            else:  # a pipe or a file: UTF-8, whatever the Windows code page
                stream.reconfigure(encoding="utf-8", errors="replace")
        return sys.stdout, None
    from app.paths import data_dir

    report = (data_dir() / REPORT_FILE).open("w", encoding="utf-8")
    return report, report


def _relative(path: Path, folder: Path) -> str:
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def short_reason(text: str, limit: int = 240) -> str:
    """One failure's reason, cut to a readable length (numpy's import error alone is 1 KB)."""
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(exc: BaseException) -> str:
    """The innermost frame of the failure, so a broken bundle can be diagnosed from one line."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno}"
