"""Reading users' files with a size limit, and writing exports atomically.

An export is written to a temporary file in the destination folder, flushed to disk, then renamed
over the destination: a reader sees either the old file or the complete new one, never a torn
one, even after a crash or power cut.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from app.models.errors import InputError
from app.models.untrusted import check_path


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically (temporary file in the same folder, fsync, rename)."""
    path = check_path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(path, "", "the folder does not exist", "choose an existing folder", code="folder_missing")
    try:
        # The temporary name keeps only the start of the file's name: it must fit where the name fits.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            path,
            "",
            f"cannot write in this folder ({exc.strerror})",
            "choose a folder you may write to",
            code="folder_not_writable",
            args=(exc.strerror,),
        ) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, 0o644 & ~_UMASK)
        os.replace(tmp_name, path)
    except OSError as exc:
        remove_quietly(tmp_name)
        raise InputError(
            path,
            "",
            f"cannot write the file ({exc.strerror})",
            "check that the file is not open in another program and the disk is not full",
            code="cannot_write",
            args=(exc.strerror,),
        ) from None
    except BaseException:
        remove_quietly(tmp_name)
        raise
    _fsync_folder(folder)
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write `text` as UTF-8 atomically (no BOM; newlines kept as given)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of `path`, refusing files larger than `max_bytes` or that cannot be read."""
    path = check_path(path)
    try:
        with open(path, "rb") as src:
            size = os.fstat(src.fileno()).st_size
            if size > max_bytes:
                raise _too_large(path, size, max_bytes)
            data = src.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(
            path, "", "the file does not exist", "check the name and the folder", code="file_missing"
        ) from None
    except IsADirectoryError:
        raise InputError(
            path, "", "this is a folder, not a file", "choose the file inside it", code="is_folder"
        ) from None
    except PermissionError:
        raise InputError(
            path,
            "",
            "permission to read the file is denied",
            "copy the file to a folder you own, or ask for read access",
            code="no_permission",
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            path,
            "",
            f"the file cannot be read ({reason})",
            "copy it to the local disk and try again",
            code="cannot_read",
            args=(reason,),
        ) from None
    if len(data) > max_bytes:  # grew while reading, or a special file with no size
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(path: Path, size: int, max_bytes: int) -> InputError:
    return InputError(
        path,
        "",
        f"the file is too large ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})",
        "this is not a Sarapshy file, or it was damaged; choose the right file",
        code="too_large",
        args=(size, max_bytes),
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read_umask() -> int:
    # os.umask can only be read by setting it: do it once at import, before any thread starts.
    # mkstemp creates 0600 files; exports are meant to be shared, so they follow the umask.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def safe_file_name(name: str) -> str:
    """A file's own name made to work on FAT/NTFS/ext4 sticks: no separators or reserved characters
    (the rest, spaces and letters of any script, is kept so that the user still recognises it)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "file"


# Names Windows reserves for devices, with any extension ("CON.sheet.json" cannot be created).
WINDOWS_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
)
NAME_PART_MAX = 80


def file_name_part(text: str, fallback: str) -> str:
    """A part of a suggested file name made from free text such as a person's name: letters,
    digits, '.', '_' and '-' kept, every other run of characters one '-'; `fallback` if nothing is left.
    At most NAME_PART_MAX characters, no leading or trailing dots, never a Windows device name."""
    part = re.sub(r"[^\w.-]+", "-", text)[:NAME_PART_MAX].strip("-.") or fallback
    if part.split(".")[0].upper() in WINDOWS_DEVICE_NAMES:
        part = f"{part}_"
    return part


def remove_quietly(path: str | Path) -> None:
    """Delete a file if it can be deleted; a leftover is harmless, an error here would mask the real one."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
