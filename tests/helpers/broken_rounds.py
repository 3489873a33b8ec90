"""Round files broken in each way a user may bring one, written to a folder (for the model and window tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.helpers.factories import round_data, write_round


def _edited(change: Callable[[dict], None]) -> bytes:
    data = round_data()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _pretty() -> bytes:
    return json.dumps(round_data(), ensure_ascii=False, indent=1).encode("utf-8")


# name → (the file's bytes, the code of its first problem)
BROKEN_ROUNDS: dict[str, tuple[Callable[[], bytes], str]] = {
    "truncated": (lambda: _pretty()[:400], "json_syntax"),
    "unquoted_key": (lambda: b'{"format": "sarapshy-round/1",\n  stage: "university"}', "json_syntax"),
    "empty": (lambda: b"  \n", "empty_file"),
    "utf16": (lambda: json.dumps(round_data(), ensure_ascii=False).encode("utf-16"), "utf16"),
    "cp1251": (lambda: _pretty().replace("Курс".encode(), "Курс".encode("cp1251")), "not_utf8"),
    "unknown_field": (lambda: _edited(lambda d: d.update(extra_key=1)), "extra_forbidden"),
    "missing_field": (lambda: _edited(lambda d: d.pop("stage")), "missing"),
    "no_authors": (lambda: _edited(lambda d: d["entries"][0].update(authors=[])), "too_short"),
    "bad_uuid": (lambda: _edited(lambda d: d.update(round_id="not-a-uuid")), "not_uuid"),
    "duplicate_entry": (lambda: _edited(lambda d: d["entries"][1].update(id="m01")), "duplicate_id"),
    "unknown_language": (
        lambda: _edited(lambda d: d.update(organization={"kk": "АТУ", "de": "ATU"})),
        "unknown_language",
    ),
    "path_leaves": (
        lambda: _edited(lambda d: d["entries"][0]["media"][0].update(path="../promo.mp4")),
        "path_leaves_folder",
    ),
    "wrong_format": (lambda: _edited(lambda d: d.update(format="sarapshy-sheet/1")), "format_other"),
    "newer_format": (lambda: _edited(lambda d: d.update(format="sarapshy-round/2")), "format_version"),
}


def write_broken_rounds(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each broken round in its own folder, plus a link leading out of the round folder and a file
    that is not there: name → (path, expected code)."""
    written = {}
    for name, (make, code) in BROKEN_ROUNDS.items():
        path = folder / name / "broken.round.json"
        path.parent.mkdir(parents=True)
        path.write_bytes(make())
        written[name] = (path, code)
    outside = folder / "elsewhere.mp4"
    outside.write_bytes(b"\0" * 16)
    linked = write_round(folder / "link_leaves")
    (linked.parent / "media" / "m01").mkdir(parents=True)
    (linked.parent / "media" / "m01" / "promo.mp4").symlink_to(outside)
    written["link_leaves"] = (linked, "link_leads_outside")
    written["no_file"] = (folder / "nowhere" / "missing.round.json", "file_missing")
    return written
