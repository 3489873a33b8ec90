"""Each expert's Ed25519 key pair, kept in the data folder, and public-key files for pinning.

Identity: an expert is identified by their normalised name (Unicode NFKC, case-folded, runs of
white space collapsed), not by the round's expert id (`e1` means someone else in every round).
So the same person keeps one key across rounds and stages, and the organiser can pin it once.
The key file is named by a digest of the identity, so names in any script give safe file names.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from app.models.errors import InputError
from app.models.files import atomic_write_text, read_limited
from app.models.jsonfile import check_format, decode_json_document
from app.models.signing import key_fingerprint, public_key_b64, same_public_key, sign_sheet
from app.paths import keys_dir

PUBLIC_KEY_FORMAT = "sarapshy-public-key/1"
MAX_KEY_FILE_BYTES = 64 * 1024


def identity_for(name: str) -> str:
    """The key identity of an expert's name: 'Әлия  Серікқызы' and 'әлия серікқызы' are one person."""
    text = unicodedata.normalize("NFKC", name).casefold()
    identity = " ".join(text.split())
    if not identity:
        raise ValueError("an expert's name is needed to find their key")
    return identity


def key_path(identity: str) -> Path:
    """Where the private key of `identity` lives (PEM, PKCS#8, owner-only)."""
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
    return keys_dir() / f"{digest}.ed25519.pem"


def load_or_create_key(identity: str) -> Ed25519PrivateKey:
    """The private key of `identity`, created on first use with owner-only permissions (0600)."""
    path = key_path(identity)
    if path.exists():
        return _load_key(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    _create_owner_only(path, pem)
    _write_identity_note(path, identity)
    # Another process may have won the race to create it: the file on disk is the key.
    return _load_key(path)


def _create_owner_only(path: Path, data: bytes) -> None:
    """Write `data` to a new 0600 file, then publish it under `path` unless it already exists."""
    fd, tmp = tempfile.mkstemp(prefix=".new-key.", dir=path.parent)  # mkstemp creates 0600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, path)  # fails if a key was created meanwhile: never overwrite a key
        except FileExistsError:
            pass
        except OSError:  # file systems without hard links (FAT sticks in portable mode)
            if not path.exists():
                os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_identity_note(path: Path, identity: str) -> None:
    """A readable note beside the key saying whose it is (the file name is only a digest)."""
    note = path.with_suffix(".json")
    if not note.exists():
        atomic_write_text(note, json.dumps({"identity": identity}, ensure_ascii=False) + "\n")


def _load_key(path: Path) -> Ed25519PrivateKey:
    if os.name == "posix":
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)  # copied from elsewhere with loose permissions: tighten them
        except OSError:
            pass
    pem = read_limited(path, MAX_KEY_FILE_BYTES)
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(
            path,
            "",
            "the signing key file is damaged or is not an Ed25519 key",
            "restore it from a backup; deleting it makes a new key that the chair "
            "will not recognise as yours unless the new one is pinned",
            code="signing_key_damaged",
        )
    return key


def public_key_of(identity: str) -> str:
    """The base64 public key of `identity` (creating the key pair on first use)."""
    return public_key_b64(load_or_create_key(identity))


@dataclass(frozen=True)
class PublicKeyFile:
    """A public key handed to the organiser so that it can be pinned in the round."""

    name: str
    identity: str
    public_key: str
    fingerprint: str


def export_public_key(identity: str, path: str | Path, name: str = "") -> PublicKeyFile:
    """Write `identity`'s public key as a small JSON file (format `sarapshy-public-key/1`)."""
    public_key = public_key_of(identity)
    record = PublicKeyFile(name or identity, identity, public_key, key_fingerprint(public_key))
    document = {
        "format": PUBLIC_KEY_FORMAT,
        "name": record.name,
        "identity": identity,
        "public_key": public_key,
        "fingerprint": record.fingerprint,
    }
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return record


def read_public_key_file(path: str | Path) -> PublicKeyFile:
    """Read a public-key file back; InputError names what is wrong with it."""
    data = decode_json_document(read_limited(path, MAX_KEY_FILE_BYTES), path)
    check_format(data, PUBLIC_KEY_FORMAT, path, "public key")
    public_key = data.get("public_key")
    try:
        if not isinstance(public_key, str):
            raise ValueError("the public key is not a text")
        fingerprint = key_fingerprint(public_key)
    except ValueError as exc:
        raise InputError(
            path,
            "public_key",
            str(exc),
            "export the key file again from the expert's computer",
            code="public_key_bad",
            args=(exc,),
        ) from None
    stated = data.get("fingerprint")
    if stated is not None and stated != fingerprint:
        raise InputError(
            path,
            "fingerprint",
            f"the fingerprint {stated!r:.40} does not belong to this key",
            "the file was edited; export the key file again",
            code="fingerprint_mismatch",
            args=(f"{stated!r:.40}",),
        )
    name, identity = data.get("name", ""), data.get("identity", "")
    if not isinstance(name, str) or not isinstance(identity, str):
        raise InputError(path, "name", "the name is not a text", "export the key file again", code="key_name_not_text")
    return PublicKeyFile(name, identity, public_key, fingerprint)


def sign_as_expert(
    sheet: dict[str, Any], expert_name: str, pinned_public_key: str | None, source: str | Path | None = None
) -> dict[str, Any]:
    """Sign `sheet` with this machine's key for the expert; refuse if the round pins another key."""
    key = load_or_create_key(identity_for(expert_name))
    own = public_key_b64(key)
    if pinned_public_key and not same_public_key(pinned_public_key, own):
        raise InputError(
            source,
            f"commission.experts ({expert_name})",
            f"the round pins another key for this expert (fingerprint "
            f"{_safe_fingerprint(pinned_public_key)}) than this computer's key ({key_fingerprint(own)})",
            "sign on the computer that holds the pinned key, or ask the organiser to pin this key",
            code="key_pinned_other",
            args=(_safe_fingerprint(pinned_public_key), key_fingerprint(own)),
        )
    return sign_sheet(sheet, key)


def _safe_fingerprint(public_key: str) -> str:
    try:
        return key_fingerprint(public_key)
    except ValueError:
        return "malformed"
