import json
import os
import stat

import pytest

from app.models.errors import InputError
from app.models.keys import (
    export_public_key,
    identity_for,
    key_path,
    load_or_create_key,
    public_key_of,
    read_public_key_file,
    sign_as_expert,
)
from app.models.signing import key_fingerprint, public_key_b64, verify_sheet_signature
from app.paths import keys_dir


def test_identity_normalises_case_space_and_unicode_forms():
    assert identity_for("  Әлия   Серікқызы ") == identity_for("әлия серікқызы")
    # NFD (decomposed Й) and NFC name the same person
    assert identity_for("Ерлан Қайратұлы Й".replace("Й", "И\u0306")) == identity_for("ерлан қайратұлы й")
    assert identity_for("Әлия") != identity_for("Алия")
    with pytest.raises(ValueError):
        identity_for("   ")


def test_key_is_created_once_and_reused():
    identity = identity_for("Әлия Серікқызы")
    first = load_or_create_key(identity)
    again = load_or_create_key(identity_for("ӘЛИЯ  СЕРІКҚЫЗЫ"))
    assert public_key_b64(first) == public_key_b64(again)
    other = load_or_create_key(identity_for("Бауыржан Момышұлы"))
    assert public_key_b64(other) != public_key_b64(first)
    assert key_path(identity).parent == keys_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_private_key_file_is_owner_only():
    identity = identity_for("Әлия Серікқызы")
    load_or_create_key(identity)
    mode = stat.S_IMODE(key_path(identity).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(keys_dir().stat().st_mode) == 0o700
    # loose permissions after a copy are tightened on the next load
    key_path(identity).chmod(0o644)
    load_or_create_key(identity)
    assert stat.S_IMODE(key_path(identity).stat().st_mode) == 0o600


def test_damaged_key_file_is_reported_not_replaced():
    identity = identity_for("Әлия")
    load_or_create_key(identity)
    key_path(identity).write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(InputError) as err:
        load_or_create_key(identity)
    assert "damaged" in str(err.value) and str(key_path(identity)) in str(err.value)
    assert key_path(identity).read_bytes().endswith(b"garbage\n")


def test_public_key_file_round_trip(tmp_path):
    identity = identity_for("Әлия Серікқызы")
    out = tmp_path / "әлия.key.json"
    written = export_public_key(identity, out, name="Әлия Серікқызы")
    data = json.loads(out.read_text("utf-8"))
    assert data["format"] == "sarapshy-public-key/1"
    assert data["public_key"] == public_key_of(identity)
    back = read_public_key_file(out)
    assert back == written
    assert back.fingerprint == key_fingerprint(public_key_of(identity))
    assert back.name == "Әлия Серікқызы"


@pytest.mark.parametrize(
    "edit,expect",
    [
        (lambda d: d.__setitem__("public_key", "AAAA"), "bytes"),
        (lambda d: d.__setitem__("fingerprint", "AAAA-BBBB-CCCC-DDDD"), "fingerprint"),
        (lambda d: d.__setitem__("format", "something-else/1"), "format"),
    ],
)
def test_bad_public_key_files_are_refused_with_place(tmp_path, edit, expect):
    out = tmp_path / "k.json"
    export_public_key(identity_for("x"), out)
    data = json.loads(out.read_text("utf-8"))
    edit(data)
    out.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as err:
        read_public_key_file(out)
    assert expect in str(err.value) and str(out) in str(err.value)


def test_sign_as_expert_checks_the_pinned_key():
    sheet = {"format": "sarapshy-sheet/1", "expert_name": "Әлия"}
    own = public_key_of(identity_for("Әлия"))
    assert verify_sheet_signature(sign_as_expert(sheet, "Әлия", None)).ok
    assert verify_sheet_signature(sign_as_expert(sheet, "әлия", own), own).ok
    stranger = public_key_of(identity_for("Someone else"))
    with pytest.raises(InputError) as err:
        sign_as_expert(sheet, "Әлия", stranger, source="round.json")
    assert key_fingerprint(stranger) in str(err.value)
