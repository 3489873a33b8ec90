"""Ed25519 signatures over sheets, verification codes and key fingerprints.

The signature covers the RFC 8785 canonical form of the sheet object without its `signature`
member, so the file's own layout (indentation, key order) does not matter. The verification code
(`ABCDE-FGHIJ`) is the first 10 characters of the base32 SHA-256 of the canonical form of the
sheet with its signature reduced to `{alg, public_key}` (the signed content plus the signing key;
for an unsigned sheet, the content alone). It is printed on the paper sheet, with the key's
fingerprint, so the chair can match paper and file: a copy of the same scores re-signed with
another key gets another code. The signature itself still covers the content only, so the sheet
format (`sarapshy-sheet/1`) is unchanged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.models.canonical import canonical_json

ALGORITHM = "ed25519"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class SignatureCheck:
    """Outcome of checking a sheet's signature; `reason` is empty when `ok`.

    `code` and `fingerprint` are filled whenever they can be computed, also for a failed check,
    so the chair can still compare them with the paper sheet.
    """

    ok: bool
    reason: str = ""
    code: str = ""
    fingerprint: str = ""
    public_key: str = ""


def signed_content(data: dict[str, Any]) -> bytes:
    """The bytes that are signed: the canonical JSON of the sheet without `signature`."""
    return canonical_json({k: v for k, v in data.items() if k != "signature"})


def verification_code(data: dict[str, Any]) -> str:
    """`XXXXX-XXXXX`: first 10 base32 characters of the SHA-256 of the signed content with the
    signing public key (the content alone when the sheet carries no readable key)."""
    signature = data.get("signature")
    key = signature.get("public_key") if isinstance(signature, dict) else None
    try:
        key = base64.b64encode(decode_public_key(key)).decode("ascii") if key is not None else None
    except ValueError:
        key = None
    return _code_of(code_content(data, key))


def code_content(data: dict[str, Any], public_key: str | None) -> bytes:
    """What the verification code is computed over: the canonical sheet without `signature`, or
    with `signature: {alg, public_key}` when the key is known."""
    if public_key is None:
        return signed_content(data)
    body = {k: v for k, v in data.items() if k != "signature"}
    body["signature"] = {"alg": ALGORITHM, "public_key": public_key}
    return canonical_json(body)


def _code_of(content: bytes) -> str:
    text = base64.b32encode(hashlib.sha256(content).digest()).decode("ascii")
    return f"{text[:5]}-{text[5:10]}"


def public_key_b64(private_key: Ed25519PrivateKey) -> str:
    """The raw 32-byte public key of `private_key`, base64 (standard alphabet, padded)."""
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def key_fingerprint(public_key_b64: str) -> str:
    """A short fingerprint to compare by eye with paper: `ABCD-EFGH-IJKL-MNOP`.

    16 base32 characters (80 bits) of the SHA-256 of the raw public key. Base32 has no 0/O or
    1/I/l pairs to confuse when read aloud or copied by hand. Raises ValueError for a malformed key.
    """
    raw = decode_public_key(public_key_b64)
    text = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def decode_public_key(public_key_b64: object) -> bytes:
    """Strict base64 → 32 raw bytes; ValueError with a plain reason otherwise."""
    raw = _strict_b64decode(public_key_b64, "public key")
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValueError(f"the public key has {len(raw)} bytes, an Ed25519 key has {PUBLIC_KEY_BYTES}")
    return raw


def _strict_b64decode(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise ValueError(f"the {what} is not a text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError(f"the {what} is not valid base64") from None


def same_public_key(a: str, b: str) -> bool:
    """True if both base64 texts decode to the same key (tolerates differing padding/whitespace)."""
    try:
        return decode_public_key(a.strip()) == decode_public_key(b.strip())
    except (ValueError, AttributeError):
        return False


def sign_sheet(data: dict[str, Any], private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """A copy of the sheet with `signature: {alg, public_key, value}`; any old signature is replaced."""
    content = signed_content(data)
    signed = {k: v for k, v in data.items() if k != "signature"}
    signed["signature"] = {
        "alg": ALGORITHM,
        "public_key": public_key_b64(private_key),
        "value": base64.b64encode(private_key.sign(content)).decode("ascii"),
    }
    return signed


def verify_sheet_signature(data: Any, pinned_public_key: str | None = None) -> SignatureCheck:
    """Check a sheet's signature; never raises, whatever `data` holds.

    With `pinned_public_key` (the expert's key pinned in the round), the sheet must also be signed
    by that key.
    """
    if not isinstance(data, dict):
        return SignatureCheck(False, "the sheet is not a JSON object")
    try:
        content = signed_content(data)
    except Exception as exc:  # noqa: BLE001 - rfc8785 refuses NaN, huge integers, non-text keys...
        return SignatureCheck(False, f"the sheet cannot be put in canonical form ({exc})")
    code = _code_of(content)
    signature = data.get("signature")
    if signature is None:
        return SignatureCheck(False, "the sheet is not signed", code)
    if not isinstance(signature, dict):
        return SignatureCheck(False, "the signature is not an object", code)
    if signature.get("alg") != ALGORITHM:
        return SignatureCheck(
            False, f"unknown signature algorithm {signature.get('alg')!r:.40} (expected {ALGORITHM})", code
        )
    key_text = signature.get("public_key")
    try:
        raw_key = decode_public_key(key_text)
    except ValueError as exc:
        return SignatureCheck(False, str(exc), code)
    key_text = base64.b64encode(raw_key).decode("ascii")
    code = _code_of(code_content(data, key_text))
    fingerprint = key_fingerprint(key_text)

    def failed(reason: str) -> SignatureCheck:
        return SignatureCheck(False, reason, code, fingerprint, key_text)

    try:
        value = _strict_b64decode(signature.get("value"), "signature value")
    except ValueError as exc:
        return failed(str(exc))
    if len(value) != SIGNATURE_BYTES:
        return failed(f"the signature value has {len(value)} bytes, an Ed25519 signature has {SIGNATURE_BYTES}")
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(value, content)
    except InvalidSignature:
        return failed("the signature does not match the content (the sheet was changed after signing)")
    except ValueError as exc:
        return failed(f"the public key is not usable ({exc})")
    if pinned_public_key and not same_public_key(pinned_public_key, key_text):
        return failed("the sheet is signed with another key than the one pinned for this expert in the round")
    return SignatureCheck(True, "", code, fingerprint, key_text)
