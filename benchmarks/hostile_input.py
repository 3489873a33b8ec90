"""How long the readers take to refuse hostile files (issue 14, item 12): each must be bounded.

Run: .venv/bin/python benchmarks/hostile_input.py [GIGABYTES]
Writes, in a temporary folder, an XLSX whose one sheet expands to GIGABYTES (default 2.5) of
spaces, a CSV of a million bad rows, and a sheet file with a 5,000-digit number, then times the
refusal of each through the same call `sarapshy sheet fill` / `merge` make. Prints the seconds
each refusal took (a bounded reader does not grow with GIGABYTES).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def xlsx_bomb(path: Path, size: int) -> None:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(["entry_id", "c1"])
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, data)
                continue
            head, tail = data.split(b"<sheetData>")
            with target.open(info.filename, "w", force_zip64=True) as out:
                out.write(head + b"<sheetData>")
                block, left = b" " * (1 << 24), size
                while left > 0:
                    out.write(block[: min(left, len(block))])
                    left -= len(block)
                out.write(tail)


def timed(label: str, call) -> None:
    from app.models.errors import InputError

    start = time.perf_counter()
    try:
        call()
        outcome = "ACCEPTED (not bounded!)"
    except InputError as exc:
        outcome = f"refused: {exc.problems[0].code or exc.problems[0].problem[:60]}"
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:7.2f} s  {outcome}")


def main(gigabytes: float) -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SARAPSHY_HOME"] = home
        from app.models.merge import merge_files
        from app.models.round import load_round
        from app.models.sheet_table import fill_sheet_from_table
        from tests.helpers.factories import round_data, write_round

        folder = Path(home)
        round_file = load_round(write_round(folder / "round", round_data(entries=3, experts=3)))
        bomb = folder / "bomb.xlsx"
        size = int(gigabytes * 1e9)
        xlsx_bomb(bomb, size)
        print(f"XLSX bomb: {bomb.stat().st_size / 1e6:.1f} MB expanding to {size / 1e9:.1f} GB")
        timed("sheet fill, XLSX bomb", lambda: fill_sheet_from_table(round_file, "e1", bomb))
        rows = folder / "million.csv"
        rows.write_text("entry_id,c1,c2,c3,c4,c5,c6,c7\n" + "x,1\n" * 1_000_000, encoding="utf-8")
        timed("sheet fill, 1,000,000 bad rows", lambda: fill_sheet_from_table(round_file, "e1", rows))
        huge = folder / "huge.sheet.json"
        huge.write_bytes(b'{"format": "sarapshy-sheet/1", "revision": ' + b"9" * 5000 + b"}")
        start = time.perf_counter()
        outcome = merge_files(round_file, [huge])
        print(
            f"{'merge, 5,000-digit number':<34} {time.perf_counter() - start:7.2f} s  "
            f"status {outcome.statuses[0].status}: {outcome.statuses[0].reason[:60]}"
        )


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 2.5)
