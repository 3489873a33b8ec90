"""The refusals of issue 14 (hostile input, locks, setting aside) in Kazakh and Russian."""

from __future__ import annotations

import pytest

from app.models.errors import InputError
from app.models.jsonfile import decode_json_document
from app.ui.error_text import TEMPLATES, input_error_text
from tests.helpers.catalogues import common_catalogues, language  # noqa: F401 (fixtures)

NEW_CODES = [
    "not_utf16",
    "bad_character",
    "bad_path",
    "name_too_long",
    "number_out_of_range",
    "json_undecodable",
    "xlsx_unreadable",
    "xlsx_too_many_parts",
    "xlsx_too_large",
    "xlsx_bomb",
    "xlsx_bomb_hidden",
    "xlsx_not_utf8",
    "xlsx_dtd",
    "table_too_many_rows",
    "more_problems",
    "bad_cell_character",
    "round_in_use",
    "set_aside_reason",
]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_new_code_has_a_translated_template(language, lang):
    language(lang)
    for code in NEW_CODES:
        assert code in TEMPLATES, code
        text = input_error_text(
            InputError("f.json", "", "English text", "English fix", code=code, args=("1", "2", "3"))
        )
        assert "English" not in text
        assert not any(word in text for word in ("the ", "file", "refused")), (code, text)


def test_a_huge_number_is_explained_in_kazakh_with_its_place(language):
    language("kk")
    with pytest.raises(InputError) as info:
        decode_json_document(b'{\n "r": ' + b"9" * 5000 + b"}", "x.sheet.json")
    text = input_error_text(info.value)
    assert "жол 2" in text or "2-жол" in text, text
    assert "ауқымнан тыс" in text
