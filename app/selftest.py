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
(`SARAPSHY_HOME`), so the user's keys, settings and rounds are not touched.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any, TextIO

import app

SKIPPED_MODULES = {"app.__main__"}  # runs the command line when imported
WINDOW_SETTLE_MS = 800
PLAYBACK_TIMEOUT_S = 5.0
# A decoded frame of the generated clip is within this distance per channel of its colour (H.264 and
# the YUV→RGB conversion move pure red and green by a few steps; black or a blend is far off).
COLOUR_TOLERANCE = 60
RELEASE_TIMEOUT_S = 3.0
REPORT_FILE = "self-test.txt"  # where the report goes when there is no console (windowed builds)
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


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
            ok, detail = False, f"{_short(f'{type(exc).__name__}: {exc}')} [{_where(exc)}]"
        elapsed = time.perf_counter() - started
        self.results.append((name, ok, detail))
        print(f"{'OK  ' if ok else 'FAIL'} {name}: {_one_line(detail)} ({elapsed:.1f} s)", file=self.out, flush=True)
        return ok

    def needs(self, what: str, value: Any) -> Any:
        if value is None:
            raise StepFailed(f"skipped: needs {what}, which failed above")
        return value

    # --- the steps ------------------------------------------------------------------------------
    def import_every_module(self) -> str:
        names = sorted(module_names())
        failed = []
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - each module is reported on its own
                failed.append(f"{name} ({_short(f'{type(exc).__name__}: {exc}')})")
        if failed:
            raise StepFailed(f"{len(failed)} of {len(names)} modules failed: " + "; ".join(failed))
        if len(names) < 10:
            raise StepFailed(f"only {len(names)} modules found: the bundle is missing most of the program")
        return f"{len(names)} modules"

    def load_demo_round(self) -> str:
        from app.demo import write_demo_round
        from app.models.round import load_round

        path = write_demo_round(self.work / "demo")
        self.round_file = load_round(path)
        rnd = self.round_file.round
        videos = [m for e in rnd.entries for m in e.media if m.path is not None]
        missing = [m.path for m in videos if not self.round_file.media_path(m).is_file()]
        if missing:
            raise StepFailed(f"videos not written: {', '.join(missing)}")
        return (
            f"{len(rnd.entries)} entries, {len(rnd.commission.experts)} experts, "
            f"{len(rnd.criteria)} criteria, {len(videos)} videos"
        )

    def sign_and_verify_sheet(self) -> str:
        from app.models.sheet import check_sheet_against_round, parse_sheet
        from app.models.sheet_build import build_signed_sheet
        from app.models.signing import verify_sheet_signature

        round_file = self.needs("the demo round", self.round_file)
        rnd = round_file.round
        expert = rnd.commission.experts[0]
        evaluations = [
            {
                "entry_id": entry.id,
                "scores": {c.id: c.min + (n + i) % (c.max - c.min + 1) for i, c in enumerate(rnd.criteria)},
                "comment": "Өзін-өзі тексеру",
            }
            for n, entry in enumerate(rnd.entries)
        ]
        sheet = build_signed_sheet(round_file, expert.id, evaluations, revision=1)
        check = verify_sheet_signature(sheet)
        if not check.ok:
            raise StepFailed(f"a freshly signed sheet does not verify: {check.reason}")
        problems = check_sheet_against_round(parse_sheet(_json_bytes(sheet), "self-test").sheet, round_file)
        if problems:
            raise StepFailed("the sheet does not fit its round: " + "; ".join(str(p) for p in problems))
        tampered = {**sheet, "revision": sheet["revision"] + 1}
        if verify_sheet_signature(tampered).ok:
            raise StepFailed("a tampered sheet still verifies")
        self.sheet = sheet
        (self.work / "expert.sheet.json").write_bytes(_json_bytes(sheet))
        return f"expert {expert.id}, code {check.code}, tampered copy refused"

    def render_sheet_pdf(self) -> str:
        from app.reports.sheet_pdf import write_sheet_pdf

        round_file = self.needs("the demo round", self.round_file)
        sheet = self.needs("a signed sheet", self.sheet)
        path = write_sheet_pdf(round_file, sheet, self.work / "sheet.pdf", "kk")
        data = Path(path).read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise StepFailed(f"{path} is not a complete PDF ({len(data)} bytes)")
        if b"/FontFile2" not in data:
            raise StepFailed(f"{path} embeds no TrueType font: the bundled fonts were not found")
        self.pdf = Path(path)
        return f"{len(data) // 1024} KB"

    def sign_sheet_pdf(self) -> str:
        from app.reports.pdf_signing import sign_pdf, verify_pdf

        pdf = self.needs("the sheet PDF", self.pdf)
        p12, root = write_throwaway_p12(self.work / "self-test.p12", b"self-test")
        signed = self.work / "sheet-signed.pdf"
        sign_pdf(pdf, signed, p12, b"self-test", lang="kk")
        reports = verify_pdf(signed, trust_roots=[root])
        if len(reports) != 1 or not reports[0].intact or not reports[0].valid:
            raise StepFailed("the signature does not verify: " + "; ".join(r.summary for r in reports))
        return f"signed by {reports[0].signer}, intact and valid"

    def write_excel_summary(self) -> str:
        from openpyxl import load_workbook

        from app.models.merge import merge_sheets
        from app.reports.excel import write_summary_xlsx

        round_file = self.needs("the demo round", self.round_file)
        sheet = self.needs("a signed sheet", self.sheet)
        outcome = merge_sheets(round_file, [("expert.sheet.json", _json_bytes(sheet))])
        if not outcome.accepted:
            raise StepFailed(
                "the signed sheet was not accepted by the merge: " + "; ".join(s.reason for s in outcome.statuses)
            )
        path = write_summary_xlsx(round_file, outcome, None, self.work / "summary.xlsx", "kk")
        workbook = load_workbook(path, read_only=True)
        try:
            names = workbook.sheetnames
        finally:
            workbook.close()
        if len(names) < 2:
            raise StepFailed(f"{path} has only the sheets {names}")
        return f"{len(names)} sheets, {Path(path).stat().st_size // 1024} KB"

    def probe_generated_video(self) -> str:
        from app.media import synth
        from app.media.probe import probe

        path = synth.write_colour_clip(self.work / "probe.mp4", [synth.RED, synth.GREEN], 0.5, (320, 180), 10)
        info = probe(path)
        self.clip = Path(path)
        found = (info.video_codec, info.width, info.height, info.audio_codec, info.channels)
        if found != ("h264", 320, 180, "aac", 2):
            raise StepFailed(f"probe read {found}, expected ('h264', 320, 180, 'aac', 2)")
        return f"h264 {info.resolution}, aac stereo, {info.duration_s:.1f} s"

    def start_qt(self) -> str:
        use_offscreen_without_display()
        from app.ui.application import make_application
        from app.ui.qt import platform_name

        self.application = make_application([sys.argv[0] if sys.argv else "sarapshy"])
        return f"platform {platform_name()}, {self.check_interface_font()}"

    def check_interface_font(self) -> str:
        """The font the window draws with: on Windows the system's sans-serif, never a serif
        fallback, and it must hold the Kazakh letters (else Qt substitutes glyph by glyph)."""
        from app.ui.application import WINDOWS_UI_FONTS
        from app.ui.qt import QtGui, platform_name

        font = self.application.font()
        family = QtGui.QFontInfo(font).family()
        if not family and platform_name() == "offscreen":
            return "no fonts on the offscreen platform here (the window's platform has them)"
        metrics = QtGui.QFontMetrics(font)
        missing = [letter for letter in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(letter))]
        if sys.platform == "win32" and family not in WINDOWS_UI_FONTS:
            raise StepFailed(f"the interface font is {family!r}, expected one of {', '.join(WINDOWS_UI_FONTS)}")
        if missing:
            raise StepFailed(f"the interface font {family!r} lacks the Kazakh letters {''.join(missing)}")
        return f"font {family} {font.pointSizeF():g} pt with the Kazakh letters"

    def play_generated_video(self) -> str:
        """The engine the player would use here plays the probed clip (muted) until a frame shows."""
        application = self.needs("Qt", self.application)
        clip = self.needs("the generated video", self.clip)
        from app.ui.player.choice import backend_problems, create_backend

        backend = create_backend()
        widget = backend.video_widget()
        try:
            widget.resize(320, 180)
            widget.show()
            backend.set_muted(True)
            backend.load(clip, "self-test")
            backend.play()
            deadline = time.monotonic() + PLAYBACK_TIMEOUT_S
            colour = None
            while time.monotonic() < deadline and colour is None:
                application.processEvents()
                if backend.has_video() and backend.position() > 0:
                    colour = clip_colour_shown(backend.snapshot())
                time.sleep(0.02)
            if colour is None:
                raise StepFailed(
                    f"{backend.name()} showed no frame of {clip.name} in the clip's colours within "
                    f"{PLAYBACK_TIMEOUT_S} s (state {backend.state().value}, position "
                    f"{backend.position()} ms, video {'yes' if backend.has_video() else 'no'})"
                )
            detail = f"{backend.name()} showed a {colour} frame at {backend.position()} ms"
        finally:
            backend.release()
            widget.close()
            backend.deleteLater()
        problems = backend_problems()
        return f"{detail}; {libvlc_status()}" + (f" (not used: {'; '.join(problems)})" if problems else "")

    def open_main_window(self) -> str:
        application = self.needs("Qt", self.application)
        round_file = self.needs("the demo round", self.round_file)
        from app.ui.main_window import MainWindow
        from app.ui.qt import QTimer

        window = MainWindow("expert")
        try:
            window.show()
            if not window.open_round(round_file.path):
                raise StepFailed(f"the demo round was not opened: {window.round_error}")
            pages = []
            for role in ("expert", "chair", "organiser"):
                if not window.set_role(role) or window.page(role) is None:
                    raise StepFailed(f"the {role} page could not be built: {window.banner.text.text()}")
                pages.append(role)
            QTimer.singleShot(WINDOW_SETTLE_MS, application.quit)
            application.exec()
            if window.round_file is None:
                raise StepFailed("the window lost its round")
            return f"{', '.join(pages)} pages, {len(window.round_file.round.entries)} entries"
        finally:
            window.close()

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
        print(
            f"Sarapshy {app.__version__} self-test ({'frozen bundle' if getattr(sys, 'frozen', False) else 'source'}, "
            f"Python {sys.version.split()[0]}, {sys.platform})",
            file=self.out,
            flush=True,
        )
        self.step("imports", self.import_every_module)
        self.step("demo round", self.load_demo_round)
        self.step("sheet signing", self.sign_and_verify_sheet)
        self.step("sheet PDF", self.render_sheet_pdf)
        self.step("PDF signature", self.sign_sheet_pdf)
        self.step("Excel summary", self.write_excel_summary)
        self.step("video probe", self.probe_generated_video)
        self.step("Qt", self.start_qt)
        self.step("video playback", self.play_generated_video)
        self.step("main window", self.open_main_window)
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


def module_names() -> list[str]:
    """Every module of the `app` package (in a frozen bundle too: PyInstaller's importer lists them)."""
    names = ["app"]
    for info in pkgutil.walk_packages(app.__path__, prefix="app.", onerror=lambda name: names.append(name)):
        if info.name not in SKIPPED_MODULES:
            names.append(info.name)
    return names


def write_throwaway_p12(path: Path, passphrase: bytes) -> tuple[Path, bytes]:
    """A self-signed signing certificate as PKCS#12; returns the file and the certificate (PEM)."""
    from datetime import datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sarapshy self-test")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"self-test", key, cert, None, serialization.BestAvailableEncryption(passphrase)
        )
    )
    return path, cert.public_bytes(serialization.Encoding.PEM)


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


def clip_colour_shown(image) -> str | None:
    """The name of the generated clip's colour (red or green) at the centre of a decoded frame, or
    None for no frame or any other colour (black, a half-drawn frame)."""
    from app.media import synth

    if image is None or image.isNull():
        return None
    pixel = image.pixelColor(image.width() // 2, image.height() // 2)
    found = (pixel.red(), pixel.green(), pixel.blue())
    for name, wanted in (("red", synth.RED), ("green", synth.GREEN)):
        if all(abs(a - b) <= COLOUR_TOLERANCE for a, b in zip(found, wanted, strict=True)):
            return f"{name} {found}"
    return None


def libvlc_status() -> str:
    """Whether libvlc loads here (the system's on Linux, the bundled one on Windows and macOS)."""
    from app.ui.player.backend import BackendUnavailable
    from app.ui.player.vlc_library import libvlc_version

    try:
        return f"libvlc {libvlc_version()}"
    except BackendUnavailable as exc:
        return f"no libvlc ({exc})"


def use_offscreen_without_display() -> None:
    """Qt's offscreen platform when nothing says otherwise and a Linux session has no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


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


def _json_bytes(data: dict) -> bytes:
    import json

    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _relative(path: Path, folder: Path) -> str:
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _short(text: str, limit: int = 240) -> str:
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
