import base64
import copy
import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.canonical import canonical_json
from app.models.signing import (
    key_fingerprint,
    public_key_b64,
    sign_sheet,
    verification_code,
    verify_sheet_signature,
)

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі АТУ «Жалпы әсер» — "


def sample_sheet() -> dict:
    return {
        "format": "sarapshy-sheet/1",
        "round_id": "r-1",
        "round_sha256": "ab" * 32,
        "expert_id": "e1",
        "expert_name": "Әлия Серікқызы",
        "revision": 1,
        "finalized_at": "2026-12-17T15:04:05+05:00",
        "app_version": "1.0",
        "evaluations": [
            {
                "entry_id": "m01",
                "scores": {"c1": 8, "c2": 7},
                "comment": "Жақсы курс",
                "notes": [{"media_id": "v1", "at_s": 192.5, "text": "дыбыс нашар"}],
                "viewing": [{"media_id": "v1", "watched_s": 512.0, "duration_s": 840.0}],
            },
            {"entry_id": "m02", "recused": True, "recusal_reason": "менің курсым"},
        ],
    }


@pytest.fixture(scope="module")
def key():
    return Ed25519PrivateKey.generate()


def test_signed_sheet_verifies_and_survives_json_round_trip(key):
    signed = sign_sheet(sample_sheet(), key)
    assert signed["signature"]["alg"] == "ed25519"
    assert signed["signature"]["public_key"] == public_key_b64(key)
    reread = json.loads(json.dumps(signed, ensure_ascii=False, indent=4, sort_keys=True))
    check = verify_sheet_signature(reread)
    assert check.ok and check.reason == ""
    assert check.code == verification_code(signed) == verification_code(reread)
    assert check.fingerprint == key_fingerprint(public_key_b64(key))


def test_sign_does_not_modify_input_and_replaces_old_signature(key):
    sheet = sample_sheet()
    before = copy.deepcopy(sheet)
    signed = sign_sheet(sheet, key)
    assert sheet == before
    other = Ed25519PrivateKey.generate()
    resigned = sign_sheet(signed, other)
    assert resigned["signature"]["public_key"] == public_key_b64(other)
    assert verify_sheet_signature(resigned).ok


def _mutations():
    yield "expert_id", lambda s: s.__setitem__("expert_id", "e2")
    yield "revision", lambda s: s.__setitem__("revision", 2)
    yield "score", lambda s: s["evaluations"][0]["scores"].__setitem__("c1", 9)
    yield "comment", lambda s: s["evaluations"][0].__setitem__("comment", "Жақсы курс!")
    yield "note time", lambda s: s["evaluations"][0]["notes"][0].__setitem__("at_s", 192.6)
    yield "viewing", lambda s: s["evaluations"][0]["viewing"][0].__setitem__("watched_s", 840.0)
    yield "recusal", lambda s: s["evaluations"][1].__setitem__("recused", False)
    yield "dropped evaluation", lambda s: s["evaluations"].pop()
    yield "added field", lambda s: s.__setitem__("extra", 1)
    yield "round digest", lambda s: s.__setitem__("round_sha256", "cd" * 32)


@pytest.mark.parametrize("name,mutate", list(_mutations()), ids=[n for n, _ in _mutations()])
def test_tampering_with_any_field_breaks_the_signature(key, name, mutate):
    signed = sign_sheet(sample_sheet(), key)
    mutate(signed)
    check = verify_sheet_signature(signed)
    assert not check.ok
    assert "does not match the content" in check.reason
    assert check.code != verification_code(sample_sheet())  # code follows the content


def test_swapping_in_another_key_fails(key):
    signed = sign_sheet(sample_sheet(), key)
    signed["signature"]["public_key"] = public_key_b64(Ed25519PrivateKey.generate())
    assert not verify_sheet_signature(signed).ok


def test_pinned_key_must_match(key):
    signed = sign_sheet(sample_sheet(), key)
    assert verify_sheet_signature(signed, pinned_public_key=public_key_b64(key)).ok
    check = verify_sheet_signature(signed, pinned_public_key=public_key_b64(Ed25519PrivateKey.generate()))
    assert not check.ok and "pinned" in check.reason
    assert check.fingerprint == key_fingerprint(public_key_b64(key))  # shown to compare with paper


def test_verification_code_is_stable_and_defined_by_the_canonical_form():
    sheet = sample_sheet()
    digest = hashlib.sha256(canonical_json(sheet)).digest()
    expected = base64.b32encode(digest).decode()[:10]
    code = verification_code(sheet)
    assert code == f"{expected[:5]}-{expected[5:]}"
    # key order and an existing signature do not change it
    reordered = json.loads(json.dumps(sheet, sort_keys=True))
    reordered["signature"] = {"alg": "ed25519", "public_key": "x", "value": "y"}
    assert verification_code(reordered) == code
    # a known value for a fixed document, so a change of algorithm cannot slip through
    assert verification_code({"a": "Ә", "b": [1, 2.5]}) == _code({"a": "Ә", "b": [1, 2.5]})


def _code(obj):
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    c = base64.b32encode(hashlib.sha256(text).digest()).decode()
    return f"{c[:5]}-{c[5:10]}"


def test_fingerprint_is_short_grouped_base32():
    pub = base64.b64encode(bytes(range(32))).decode()
    fp = key_fingerprint(pub)
    parts = fp.split("-")
    assert len(parts) == 4 and all(len(p) == 4 for p in parts)
    assert set(fp.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert fp == key_fingerprint(pub)
    assert fp != key_fingerprint(base64.b64encode(bytes(range(1, 33))).decode())
    with pytest.raises(ValueError):
        key_fingerprint("not base64!")


GARBAGE = [
    None,
    [],
    "sheet",
    {},
    {"signature": None},
    {"signature": "abc"},
    {"signature": {}},
    {"signature": {"alg": "rsa", "public_key": "", "value": ""}},
    {"signature": {"alg": "ed25519", "public_key": "%%%", "value": "AAAA"}},
    {"signature": {"alg": "ed25519", "public_key": base64.b64encode(b"x" * 31).decode(), "value": "AAAA"}},
    {"signature": {"alg": "ed25519", "public_key": base64.b64encode(b"x" * 32).decode(), "value": "AA=A"}},
    {
        "signature": {
            "alg": "ed25519",
            "public_key": base64.b64encode(b"x" * 32).decode(),
            "value": base64.b64encode(b"y" * 63).decode(),
        }
    },
    {
        "signature": {
            "alg": "ed25519",
            "public_key": base64.b64encode(b"\xff" * 32).decode(),
            "value": base64.b64encode(b"y" * 64).decode(),
        }
    },
    {"signature": {"alg": "ed25519", "public_key": 5, "value": []}},
    {"x": float("nan"), "signature": {}},
    {"x": 2**80},
    {"ключ": "Ә", "signature": {"alg": "ed25519", "public_key": "ԱԲ", "value": "ԱԲ"}},
]


@pytest.mark.parametrize("data", GARBAGE)
def test_verify_never_raises_on_garbage(data):
    check = verify_sheet_signature(data)
    assert not check.ok
    assert check.reason


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53) + 1, 2**53 - 1),
    st.floats(-1e12, 1e12, allow_nan=False),
    st.text(alphabet=KAZAKH + 'abc\n"\\'),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(alphabet=KAZAKH + "xyz", max_size=6), children, max_size=4),
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(content=st.dictionaries(st.text(alphabet=KAZAKH + "abc", min_size=1, max_size=8), json_values, max_size=6))
def test_signing_round_trips_through_json_with_kazakh_text(content):
    content.pop("signature", None)
    key = Ed25519PrivateKey.generate()
    signed = sign_sheet(content, key)
    reread = json.loads(json.dumps(signed, ensure_ascii=False, indent=1))
    check = verify_sheet_signature(reread)
    assert check.ok, check.reason
    assert check.code == verification_code(signed)
    assert canonical_json(json.loads(canonical_json(content))) == canonical_json(content)
