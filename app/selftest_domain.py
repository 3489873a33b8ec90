"""The self-test's steps without a window: every module imports, the demo round loads, a sheet is
signed and verified, its PDF renders and signs, the Excel summary is written, a generated video is
probed. They import what they check lazily, so a part missing from a build fails its own step."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import UTC
from pathlib import Path

import app
from app.selftest import SelfTest, StepFailed, short_reason

SKIPPED_MODULES = {"app.__main__"}  # runs the command line when imported


def import_every_module(test: SelfTest) -> str:
    names = sorted(module_names())
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - each module is reported on its own
            failed.append(f"{name} ({short_reason(f'{type(exc).__name__}: {exc}')})")
    if failed:
        raise StepFailed(f"{len(failed)} of {len(names)} modules failed: " + "; ".join(failed))
    if len(names) < 10:
        raise StepFailed(f"only {len(names)} modules found: the bundle is missing most of the program")
    return f"{len(names)} modules"


def load_demo_round(test: SelfTest) -> str:
    from app.demo import write_demo_round
    from app.models.round import load_round

    path = write_demo_round(test.work / "demo")
    test.round_file = load_round(path)
    rnd = test.round_file.round
    videos = [m for e in rnd.entries for m in e.media if m.path is not None]
    missing = [m.path for m in videos if not test.round_file.media_path(m).is_file()]
    if missing:
        raise StepFailed(f"videos not written: {', '.join(missing)}")
    return (
        f"{len(rnd.entries)} entries, {len(rnd.commission.experts)} experts, "
        f"{len(rnd.criteria)} criteria, {len(videos)} videos"
    )


def sign_and_verify_sheet(test: SelfTest) -> str:
    from app.models.sheet import check_sheet_against_round, parse_sheet
    from app.models.sheet_build import build_signed_sheet
    from app.models.signing import verify_sheet_signature

    round_file = test.needs("the demo round", test.round_file)
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
    test.sheet = sheet
    (test.work / "expert.sheet.json").write_bytes(_json_bytes(sheet))
    return f"expert {expert.id}, code {check.code}, tampered copy refused"


def render_sheet_pdf(test: SelfTest) -> str:
    from app.reports.sheet_pdf import write_sheet_pdf

    round_file = test.needs("the demo round", test.round_file)
    sheet = test.needs("a signed sheet", test.sheet)
    path = write_sheet_pdf(round_file, sheet, test.work / "sheet.pdf", "kk")
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise StepFailed(f"{path} is not a complete PDF ({len(data)} bytes)")
    if b"/FontFile2" not in data:
        raise StepFailed(f"{path} embeds no TrueType font: the bundled fonts were not found")
    test.pdf = Path(path)
    return f"{len(data) // 1024} KB"


def sign_sheet_pdf(test: SelfTest) -> str:
    from app.reports.pdf_signing import sign_pdf, verify_pdf

    pdf = test.needs("the sheet PDF", test.pdf)
    p12, root = write_throwaway_p12(test.work / "self-test.p12", b"self-test")
    signed = test.work / "sheet-signed.pdf"
    sign_pdf(pdf, signed, p12, b"self-test", lang="kk")
    reports = verify_pdf(signed, trust_roots=[root])
    if len(reports) != 1 or not reports[0].intact or not reports[0].valid:
        raise StepFailed("the signature does not verify: " + "; ".join(r.summary for r in reports))
    return f"signed by {reports[0].signer}, intact and valid"


def write_excel_summary(test: SelfTest) -> str:
    from openpyxl import load_workbook

    from app.models.merge import merge_sheets
    from app.reports.excel import write_summary_xlsx

    round_file = test.needs("the demo round", test.round_file)
    sheet = test.needs("a signed sheet", test.sheet)
    outcome = merge_sheets(round_file, [("expert.sheet.json", _json_bytes(sheet))])
    if not outcome.accepted:
        raise StepFailed(
            "the signed sheet was not accepted by the merge: " + "; ".join(s.reason for s in outcome.statuses)
        )
    path = write_summary_xlsx(round_file, outcome, None, test.work / "summary.xlsx", "kk")
    workbook = load_workbook(path, read_only=True)
    try:
        names = workbook.sheetnames
    finally:
        workbook.close()
    if len(names) < 2:
        raise StepFailed(f"{path} has only the sheets {names}")
    return f"{len(names)} sheets, {Path(path).stat().st_size // 1024} KB"


def probe_generated_video(test: SelfTest) -> str:
    from app.media import synth
    from app.media.probe import probe

    path = synth.write_colour_clip(test.work / "probe.mp4", [synth.RED, synth.GREEN], 0.5, (320, 180), 10)
    info = probe(path)
    test.clip = Path(path)
    found = (info.video_codec, info.width, info.height, info.audio_codec, info.channels)
    if found != ("h264", 320, 180, "aac", 2):
        raise StepFailed(f"probe read {found}, expected ('h264', 320, 180, 'aac', 2)")
    return f"h264 {info.resolution}, aac stereo, {info.duration_s:.1f} s"


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


def _json_bytes(data: dict) -> bytes:
    import json

    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
