import json

import pytest
import rfc8785
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.models.canonical import canonical_json

# Text with every kind of character that escaping or sorting could treat differently: controls,
# quotes, backslashes, DEL, Kazakh letters, the line separators, BMP private use, astral symbols.
text = st.text(
    alphabet=st.sampled_from(
        [
            *'\x00\x01\x08\t\n\x0b\x0c\r\x1f "\\/\x7f\x80aZ09әғқңөұүһіӘҒҚҢӨҰҮҺІ€\u2028\u2029\ue000\uffff',
            "\U0001f600",
            "\U00010000",
        ]
    ),
    max_size=8,
)
scalars = (
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | text | st.floats(allow_nan=False, allow_infinity=False)
)
documents = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4), max_leaves=25
)


@settings(max_examples=400, deadline=None)
@given(documents)
@example(2**53)  # the first integer RFC 8785 refuses: both paths must refuse it
@example({"a": [-(2**53 - 1)]})
def test_canonical_json_is_exactly_rfc8785(doc):
    try:
        expected = rfc8785.dumps(doc)
    except Exception:  # noqa: BLE001 - rfc8785 refuses some inputs (e.g. integers beyond 2**53): so must we
        try:
            canonical_json(doc)
        except Exception:  # noqa: BLE001 - refusing it as well is right
            return
        raise AssertionError("canonical_json accepted what rfc8785 refuses") from None
    assert canonical_json(doc) == expected


def test_known_canonical_form():
    doc = {"b": [1, True, None, 'қ\n"\\'], "a": {"z": 0, "é": -5}, "10": "x"}
    assert canonical_json(doc) == '{"10":"x","a":{"z":0,"é":-5},"b":[1,true,null,"қ\\n\\"\\\\"]}'.encode()
    lone_surrogate = json.loads('{"x": "\\ud800"}')
    with pytest.raises(rfc8785.CanonicalizationError):
        canonical_json(lone_surrogate)
