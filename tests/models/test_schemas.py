import json

from app.models.schemas import SCHEMA_DIR, schema_texts
from tests.helpers.factories import round_data


def test_committed_schemas_are_current():
    for name, text in schema_texts().items():
        committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"docs/schemas/{name} is stale: run python -m app.models.schemas"


def test_schema_describes_the_round_fields():
    schema = json.loads(schema_texts()["sarapshy-round-1.schema.json"])
    assert schema["additionalProperties"] is False
    assert set(round_data()) <= set(schema["properties"])
    assert {"format", "round_id", "title", "stage", "commission", "entries"} <= set(schema["required"])


def test_decisions_schema_follows_the_design_example():
    schema = json.loads(schema_texts()["sarapshy-decisions-1.schema.json"])
    assert schema["additionalProperties"] is False and "required" not in schema  # every key optional
    assert set(schema["properties"]) == {
        "format",
        "protocol_number",
        "meeting_date",
        "tie_resolutions",
        "places",
        "absent_experts",
        "nominees",
        "advancing",
    }
    votes = schema["$defs"]["VotesModel"]
    assert set(votes["properties"]) == {"for", "against", "abstained"} and votes["additionalProperties"] is False
