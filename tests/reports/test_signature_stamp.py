"""The visible stamp of a signature, read back with poppler: its text, its font, its time (the one the
signature carries, in the computer's time zone), and long names and other boxes kept inside the border."""

from __future__ import annotations

import io
import os
import re
import subprocess
import time
from datetime import datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
import tzlocal
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import SANS
from app.reports.pdf_signing import STAMP_SIZE, SignatureField, reserve_signature_fields, sign_pdf, verify_pdf
from app.reports.signature_stamp import FONT_SIZE, PADDING, TIME_FORMAT, fitted_lines, stamp_lines
from tests.helpers.certs import make_ca, make_signer_p12
from tests.helpers.pdftext import write_one_line_pdf

CHAIR, SECRETARY = "Әлия Төрағаева", "Іңкәр Хатшыова"
ZONE = "Asia/Almaty"  # not UTC: a time printed in another zone than the signature's would show
# 64 characters, the longest common name RFC 5280 allows
LONG_NAME = "Құрманғалиева-Жақсыбекова Ұлжан Қайратқызы Нұрсұлтанқызы Әбілқай"
MEDIUM_NAME = "Құрманғалиева-Жақсыбекова Ұлжан Қайратқызы"  # longer than 7 pt holds, shorter than 5 pt does


def _reload_zone() -> None:
    if hasattr(time, "tzset"):  # not on Windows, where tzlocal reads TZ itself
        time.tzset()
    tzlocal.reload_localzone()


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, Path]:
    mp = pytest.MonkeyPatch()
    mp.setenv("SARAPSHY_HOME", str(tmp_path_factory.mktemp("home")))
    mp.setenv("TZ", ZONE)
    _reload_zone()
    folder = tmp_path_factory.mktemp("stamp")
    plain = write_one_line_pdf(folder / "plain.pdf", "Хаттама")
    w, h = STAMP_SIZE
    reserved = folder / "reserved.pdf"
    reserved.write_bytes(
        reserve_signature_fields(
            plain.read_bytes(),
            [
                SignatureField("chair", 0, (60, 100, 60 + w, 100 + h)),
                SignatureField("secretary", 0, (300, 100, 300 + w, 100 + h)),
                SignatureField("narrow", 0, (60, 200, 260, 234)),
                SignatureField("large", 0, (60, 300, 400, 380)),
            ],
        )
    )
    ca = make_ca()
    for key, name in (("chair", CHAIR), ("secretary", SECRETARY), ("long", LONG_NAME), ("medium", MEDIUM_NAME)):
        make_signer_p12(folder / f"{key}.p12", name, ca, b"pw")
    once, twice = folder / "once.pdf", folder / "twice.pdf"
    sign_pdf(reserved, once, folder / "chair.p12", "pw", field_name="chair")
    sign_pdf(once, twice, folder / "secretary.p12", "pw", field_name="secretary")
    boxes = folder / "boxes.pdf"
    sign_pdf(reserved, boxes, folder / "medium.p12", "pw", field_name="narrow")
    sign_pdf(boxes, boxes, folder / "long.p12", "pw", field_name="chair")
    sign_pdf(boxes, boxes, folder / "chair.p12", "pw", field_name="large", lang="ru")
    fallback = folder / "fallback.pdf"
    sign_pdf(plain, fallback, folder / "long.p12", "pw", lang="en")  # no reserved field: one at the page's foot
    yield {"folder": folder, "twice": twice, "boxes": boxes, "fallback": fallback}
    mp.undo()
    _reload_zone()


def _poppler(*args: str) -> str:
    env = {**os.environ, "LC_ALL": "C", "TZ": ZONE}
    return subprocess.run(list(args), capture_output=True, text=True, check=True, env=env).stdout


def _field_boxes(pdf: Path) -> dict[str, tuple[float, float, float, float]]:
    """Each signature field's box, in points from the top left (as pdftotext measures)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    page_h = float(reader.root["/Pages"]["/Kids"][0]["/MediaBox"][3])
    boxes = {}
    for name, _, ref in enumerate_sig_fields(reader):
        x1, y1, x2, y2 = (float(v) for v in ref.get_object()["/Rect"])
        boxes[name] = (x1, page_h - y2, x2, page_h - y1)
    return boxes


def _words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    html = _poppler("pdftotext", "-bbox", str(pdf), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(a), float(b), float(c), float(d), unescape(t)) for a, b, c, d, t in re.findall(pattern, html)]


def _stamp_lines(pdf: Path, field: str) -> list[str]:
    """The stamp's text as lines, from the words poppler finds inside the field's box."""
    left, top, right, bottom = _field_boxes(pdf)[field]
    inside = [w for w in _words(pdf) if left <= w[0] and w[2] <= right and top <= w[1] and w[3] <= bottom]
    rows: dict[float, list[tuple[float, str]]] = {}
    for x_min, y_min, _, _, text in inside:
        rows.setdefault(round(y_min, 1), []).append((x_min, text))
    return [" ".join(t for _, t in sorted(row)) for _, row in sorted(rows.items())]


def _pdfsig_times(pdf: Path) -> list[datetime]:
    """The signing times pdfsig prints (in the TZ it runs in), in signing order."""
    found = re.findall(r"Signing Time: (\w{3} \d\d \d{4} \d\d:\d\d:\d\d)", _poppler("pdfsig", str(pdf)))
    return [datetime.strptime(t, "%b %d %Y %H:%M:%S") for t in found]


def test_kazakh_stamps_show_heading_signer_and_the_time_the_signature_carries(docs):
    reports = verify_pdf(docs["twice"])
    assert [(r.field, r.signer) for r in reports] == [("chair", CHAIR), ("secretary", SECRETARY)]
    zone = tzlocal.get_localzone()
    assert str(zone) == ZONE
    pdfsig = _pdfsig_times(docs["twice"])
    assert len(pdfsig) == 2
    for report, name, poppler_time in zip(reports, (CHAIR, SECRETARY), pdfsig, strict=True):
        assert report.time is not None
        shown = report.time.astimezone(zone)
        lines = _stamp_lines(docs["twice"], report.field)
        assert lines == ["Электрондық қолтаңба", f"Қол қойған: {name}", f"Уақыты: {shown.strftime(TIME_FORMAT)}"]
        assert lines[2].endswith(" +05")  # Almaty's offset, as the signature's time is in it
        assert shown.replace(tzinfo=None) == poppler_time  # pdfsig reads the same moment, to the second


def test_the_signature_dictionary_m_entry_is_the_stamped_time(docs):
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(docs["twice"].read_bytes()))
    for sig in reader.embedded_signatures:
        m_time = sig.self_reported_timestamp  # the /M entry
        assert m_time is not None and m_time.utcoffset() is not None
        stamped = _stamp_lines(docs["twice"], sig.field_name)[2].removeprefix("Уақыты: ")
        assert m_time.astimezone(tzlocal.get_localzone()).strftime(TIME_FORMAT) == stamped


def test_both_signatures_are_valid_for_pdfsig_and_pyhanko(docs):
    assert _poppler("pdfsig", str(docs["twice"])).count("Signature is Valid.") == 2
    reports = verify_pdf(docs["twice"])
    assert len(reports) == 2 and all(r.intact and r.valid for r in reports)
    assert [r.covers_whole_file for r in reports] == [False, True]


def test_stamp_fonts_are_embedded_dejavu_subsets_named_apart(docs):
    rows = _poppler("pdffonts", str(docs["twice"])).splitlines()[2:]
    assert len(rows) == 3, rows  # the page's text and one subset per stamp
    assert all(" yes yes " in row and "+DejaVuSans " in row for row in rows), rows
    names = [row.split()[0] for row in rows]
    assert len(set(names)) == len(names), names  # different subsets, different tags (ISO 32000 § 9.6.4)


def _words_in(pdf: Path, field: str) -> list[tuple[float, float, float, float, str]]:
    """The words that reach into the field's box, whole or in part."""
    left, top, right, bottom = _field_boxes(pdf)[field]
    return [w for w in _words(pdf) if w[0] < right and w[2] > left and w[1] < bottom and w[3] > top]


def test_the_text_is_seven_points_tall_when_the_name_fits_and_smaller_when_not(docs):
    for field in ("chair", "secretary"):
        assert {round(w[3] - w[1], 2) for w in _words_in(docs["twice"], field)} == {FONT_SIZE}
    [shrunk] = {round(w[3] - w[1], 2) for w in _words_in(docs["boxes"], "narrow")}
    assert 5 <= shrunk < FONT_SIZE


@pytest.mark.parametrize("field", ["chair", "narrow", "large"])
def test_every_word_stays_inside_the_stamp_border(docs, field):
    left, top, right, bottom = _field_boxes(docs["boxes"])[field]
    words = _words_in(docs["boxes"], field)
    assert len(words) >= 8
    for x_min, y_min, x_max, y_max, text in words:  # 1 point of border, text clear of it
        assert left + 1 < x_min and x_max < right - 1 and top + 1 < y_min and y_max < bottom - 1, (text, field)


def test_a_long_name_is_shrunk_and_one_too_long_for_that_is_cut_short(docs):
    medium = _stamp_lines(docs["boxes"], "narrow")
    assert medium[1] == f"Қол қойған: {MEDIUM_NAME}"
    long = _stamp_lines(docs["boxes"], "chair")
    assert long[1].endswith("…") and long[1].startswith("Қол қойған: Құрманғалиева-Жақсыбекова Ұлжан")
    assert long[2].startswith("Уақыты: ")


def test_the_stamp_is_drawn_for_the_box_it_fills(docs):
    """The drawing is the size of each field (a reserved one of any size, or the fallback box)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    for pdf, expected in ((docs["boxes"], {"chair", "narrow", "large"}), (docs["fallback"], {"Signature1"})):
        reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
        seen = set()
        for name, value, ref in enumerate_sig_fields(reader):
            if value is None:
                continue
            annot = ref.get_object()
            x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
            drawing = annot["/AP"]["/N"]["/Resources"]["/XObject"]["/StampPage"]
            bx1, by1, bx2, by2 = (float(v) for v in drawing["/BBox"])
            assert (bx2 - bx1, by2 - by1) == pytest.approx((x2 - x1, y2 - y1)), name
            seen.add(name)
        assert seen == expected
    assert _stamp_lines(docs["fallback"], "Signature1")[0] == "Digital signature"
    assert _stamp_lines(docs["boxes"], "large")[:2] == ["Электронная подпись", f"Подписал: {CHAIR}"]


def test_fitted_lines_never_exceed_the_box():
    signed_at = datetime(2026, 12, 18, 14, 5, 9).astimezone()
    for width, height in (STAMP_SIZE, (120, 30), (60, 20)):
        for name in (CHAIR, MEDIUM_NAME, LONG_NAME, "W" * 200):
            lines, size = fitted_lines(stamp_lines("kk", name, signed_at), width, height)
            assert len(lines) == 3 and size <= FONT_SIZE
            assert all(stringWidth(line, SANS, size) <= width - 2 * PADDING for line in lines), (width, name)
            assert 3 * size <= height - 2 * PADDING
    lines, size = fitted_lines(stamp_lines("kk", CHAIR, signed_at), *STAMP_SIZE)
    assert size == FONT_SIZE and lines[1] == f"Қол қойған: {CHAIR}"
    assert lines[2] == "Уақыты: " + signed_at.strftime(TIME_FORMAT)


def test_the_signature_carries_the_stamped_time_not_pyhankos_own_clock(docs, monkeypatch, tmp_path):
    """The moment the stamp is drawn with is the one written into the signature: one that pyHanko's
    own "now" cannot be (an hour and some seconds ago) shows whether it really is passed on."""
    import app.reports.pdf_signing as pdf_signing

    earlier = datetime.now(tzlocal.get_localzone()).replace(microsecond=0) - timedelta(hours=1, seconds=17)
    monkeypatch.setattr(pdf_signing, "signing_time", lambda: earlier)
    signed = tmp_path / "earlier.pdf"
    sign_pdf(docs["twice"], signed, docs["folder"] / "chair.p12", "pw")
    [*_, report] = verify_pdf(signed)
    assert report.valid and report.time == earlier
    assert _stamp_lines(signed, report.field)[2] == "Уақыты: " + earlier.strftime(TIME_FORMAT)
    assert _pdfsig_times(signed)[-1] == earlier.replace(tzinfo=None)
