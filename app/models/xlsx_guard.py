"""Looking at an XLSX file's zip archive before a spreadsheet library parses it.

An .xlsx is a zip of XML parts. A hostile one may declare (or hide) gigabytes behind a few
megabytes — openpyxl then works for minutes — or carry a DTD, whose entities can expand without
bound or reach for other files. Spreadsheet programs never write a DTD into an .xlsx. So before
openpyxl sees the bytes:
- the declared sizes are checked (part count, total size, compression ratio of large parts);
- every part is decompressed in a stream, counting bytes, and stopped at the declared size or
  the limit, whichever comes first (declared sizes may lie);
- XML parts with a `<!DOCTYPE` or `<!ENTITY`, or not in UTF-8, are refused.
The work is bounded by `MAX_UNCOMPRESSED` bytes of decompression, whatever the file holds.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from app.models.errors import InputError

MAX_PARTS = 10_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all parts together; a 100,000-row sheet is far below
MAX_RATIO = 200  # uncompressed / compressed, for parts above RATIO_FLOOR (XML compresses ~10-30×)
RATIO_FLOOR = 1024 * 1024
CHUNK = 1024 * 1024
FORBIDDEN_MARKUP = (b"<!DOCTYPE", b"<!ENTITY")


def check_xlsx_archive(raw: bytes, path: str | Path) -> None:
    """InputError (codes `xlsx_*`) unless the archive is safe to hand to openpyxl."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: the caller's reader says so in its own words, with no work done
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _unsafe(
                path, "xlsx_too_many_parts", f"it holds {len(parts)} parts (at most {MAX_PARTS})", len(parts), MAX_PARTS
            )
        declared = sum(p.file_size for p in parts)
        if declared > MAX_UNCOMPRESSED:
            megabytes, limit = declared // (1024 * 1024), MAX_UNCOMPRESSED // (1024 * 1024)
            raise _unsafe(
                path, "xlsx_too_large", f"it would expand to {megabytes} MB (at most {limit} MB)", megabytes, limit
            )
        for part in parts:
            if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
                ratio = part.file_size // max(part.compress_size, 1)
                raise _unsafe(
                    path,
                    "xlsx_bomb",
                    f"its part {part.filename[:80]} is compressed {ratio} times (a zip bomb)",
                    part.filename[:80],
                    ratio,
                )
        budget = MAX_UNCOMPRESSED
        for part in parts:
            budget -= _check_part(archive, part, budget, path)


def _check_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo, budget: int, path: str | Path) -> int:
    """Decompress one part in chunks; returns its real size. Refuses markup that declares a DTD."""
    is_xml = part.filename.lower().endswith((".xml", ".rels", ".vml"))
    size = 0
    tail = b""
    try:
        with archive.open(part) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > part.file_size or size > budget:
                    raise _unsafe(
                        path,
                        "xlsx_bomb_hidden",
                        f"its part {part.filename[:80]} holds more than it declares (a zip bomb)",
                        part.filename[:80],
                    )
                if is_xml:
                    if size == len(chunk) and chunk.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
                        raise _unsafe(
                            path, "xlsx_not_utf8", f"its part {part.filename[:80]} is not UTF-8 XML", part.filename[:80]
                        )
                    window = tail + chunk
                    if any(marker in window for marker in FORBIDDEN_MARKUP):
                        raise _unsafe(
                            path,
                            "xlsx_dtd",
                            f"its part {part.filename[:80]} declares a DTD (<!DOCTYPE or <!ENTITY)",
                            part.filename[:80],
                        )
                    tail = chunk[-16:]
    except InputError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise _unreadable(path, exc) from None
    return size


def _unsafe(path: str | Path, code: str, why: str, *args: object) -> InputError:
    return InputError(
        path,
        "",
        f"the workbook is refused: {why}",
        "open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)",
        code=code,
        args=args,
    )


def _unreadable(path: str | Path, exc: BaseException) -> InputError:
    reason = str(exc)[:200]
    return InputError(
        path,
        "",
        f"the file is not a readable .xlsx workbook ({reason})",
        "save it again as .xlsx, or export it as CSV (UTF-8)",
        code="xlsx_unreadable",
        args=(reason,),
    )
