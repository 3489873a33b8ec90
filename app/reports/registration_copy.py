"""The protocol as a file for Documentolog: the same pages, nothing interactive, with its SHA-256.

Documentolog (the university's document system) registers the file and its people sign it there
with NCALayer; a form field, an empty signature field or a PAdES signature inside the PDF only gets
in the way (some systems refuse such files, and a stamp of a signature that no longer covers the
file would mislead). So the copy keeps every page's content — text, tables, the verification QR
with the results' SHA-256 — and drops the form (AcroForm with its signature fields), every
annotation, document actions and JavaScript, embedded files, and the earlier revisions of an
incrementally saved file. The SHA-256 of the copy is written beside it (`NAME.pdf.sha256`, the
format `sha256sum -c` reads) so the registered file can be compared with what was exported.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.models.files import atomic_write_bytes, atomic_write_text, read_limited

if TYPE_CHECKING:
    from pyhanko.pdf_utils.generic import PdfObject
    from pyhanko.pdf_utils.writer import BasePdfFileWriter

MAX_PDF = 256 * 1024 * 1024  # protocols are a few hundred KB
CATALOG_KEYS_DROPPED = ("/AcroForm", "/OpenAction", "/AA", "/Perms", "/Collection")
NAMES_DROPPED = ("/JavaScript", "/EmbeddedFiles")
PAGE_KEYS_DROPPED = ("/Annots", "/AA")


@dataclass(frozen=True)
class RegistrationCopy:
    pdf: Path
    sha256: str
    checksum_file: Path
    pages: int


def registration_copy_path(pdf: str | Path) -> Path:
    pdf = Path(pdf)
    return pdf.with_name(f"{pdf.stem}_documentolog.pdf")


def write_registration_copy(source: str | Path, target: str | Path | None = None) -> RegistrationCopy:
    """Writes the copy (atomically) and its .sha256 file; returns where and the digest."""
    source = Path(source)
    target = Path(target) if target else registration_copy_path(source)
    if target.resolve() == source.resolve():
        raise InputError(
            target,
            "",
            "the copy would overwrite the protocol itself",
            "choose another file name",
            code="registration_same_file",
        )
    data = read_limited(source, MAX_PDF)
    flat, pages = without_interactive_parts(data, source)
    atomic_write_bytes(target, flat)
    digest = hashlib.sha256(flat).hexdigest()
    checksum = target.with_name(target.name + ".sha256")
    atomic_write_text(checksum, f"{digest}  {target.name}\n")
    return RegistrationCopy(target, digest, checksum, pages)


def without_interactive_parts(data: bytes, source: str | Path = "") -> tuple[bytes, int]:
    """A new single-revision PDF with the same pages and no form, annotations, actions or scripts."""
    from pyhanko.pdf_utils.generic import NameObject
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    # pyHanko warns that copying invalidates the signatures: dropping them is the point here.
    logging.getLogger("pyhanko.pdf_utils.writer").setLevel(logging.ERROR)
    try:
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(data), strict=False))
        root = writer.root
        for key in CATALOG_KEYS_DROPPED:
            root.pop(NameObject(key), None)
        names = root.get("/Names")
        if names is not None:
            for key in NAMES_DROPPED:
                names.pop(NameObject(key), None)
        pages = 0
        for page_ref in _page_refs(writer):
            page = page_ref.get_object()
            for key in PAGE_KEYS_DROPPED:
                page.pop(NameObject(key), None)
            pages += 1
        first = io.BytesIO()
        writer.write(first)
        # The first pass leaves the dropped objects in the file, unreferenced; copying again keeps
        # only what the pages and the catalogue still reach.
        final = io.BytesIO()
        copy_into_new_writer(PdfFileReader(io.BytesIO(first.getvalue()), strict=False)).write(final)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            source,
            "",
            f"the PDF cannot be read ({exc})",
            "choose the protocol PDF written by Sarapshy",
            code="registration_bad_pdf",
            args=(str(exc),),
        ) from None
    if pages == 0:
        raise InputError(
            source,
            "",
            "the PDF has no pages",
            "choose the protocol PDF written by Sarapshy",
            code="registration_bad_pdf",
            args=("0",),
        )
    return final.getvalue(), pages


def _page_refs(writer: BasePdfFileWriter) -> list[PdfObject]:
    from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, IndirectObject

    def walk(node_ref: PdfObject, depth: int = 0) -> Iterator[PdfObject]:
        node = node_ref.get_object() if isinstance(node_ref, IndirectObject) else node_ref
        if depth > 32:  # a page tree deeper than this is damaged or hostile
            raise ValueError("page tree too deep")
        if not isinstance(node, DictionaryObject):
            raise ValueError("a page tree node is not a dictionary")
        if node.get("/Type") == "/Pages":
            kids = node["/Kids"]
            if not isinstance(kids, ArrayObject):
                raise ValueError("a page tree node's /Kids is not an array")
            for kid in kids:
                yield from walk(kid, depth + 1)
        else:
            yield node_ref

    return list(walk(writer.root.raw_get("/Pages")))
