"""The numbers of the regulation live in app.models.regulation and nowhere else."""

import ast
from pathlib import Path

from app.models import regulation
from app.models.round_model import DEFAULT_CRITERIA, Criterion

APP = Path(__file__).resolve().parents[2] / "app"
# Names other modules once gave their own copies of these rules.
FORMER_COPIES = {"ADVANCING_LIMIT", "OUTLIER_SHARE", "MAX_SHORT_ANNOTATION", "MAX_ANNOTATION_CHARS"}


def module_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            for element in ast.walk(target):
                if isinstance(element, ast.Name):
                    names.add(element.id)
    return names


def test_no_module_defines_a_rule_of_the_regulation_again():
    rules = {name for name in vars(regulation) if name.isupper()} | FORMER_COPIES
    home = APP / "models" / "regulation.py"
    offenders = [
        f"{path.relative_to(APP.parent)}: {', '.join(sorted(found))}"
        for path in sorted(APP.rglob("*.py"))
        if path != home
        for found in [module_level_names(path) & rules]
        if found
    ]
    assert not offenders, "defined outside app/models/regulation.py:\n" + "\n".join(offenders)


def test_the_check_sees_a_copy(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("NEXT_STAGE = {}\nMIN_WIDTH, MIN_HEIGHT = 1280, 720\nLIMIT: int = 3\n")
    assert module_level_names(sample) == {"NEXT_STAGE", "MIN_WIDTH", "MIN_HEIGHT", "LIMIT"}


def test_stages_follow_9_5():
    assert regulation.STAGES == ("department", "faculty", "university")
    assert regulation.NEXT_STAGE == {"department": "faculty", "faculty": "university"}
    assert regulation.PREVIOUS_STAGE == {"faculty": "department", "university": "faculty"}
    assert regulation.ADVANCING_BY_STAGE == {"department": 3, "faculty": 2}


def test_form_02_limits():
    assert regulation.MAX_SHORT_ANNOTATION_CHARS == 300
    assert regulation.MAX_DURATION_S == {"promo": 3 * 60, "lecture": 15 * 60}
    assert (regulation.MIN_WIDTH, regulation.MIN_HEIGHT) == (1280, 720)
    assert (regulation.WIDESCREEN.numerator, regulation.WIDESCREEN.denominator) == (16, 9)


def test_form_03_scale_is_the_default_round():
    assert (Criterion(id="x", title="x").min, Criterion(id="x", title="x").max) == (1, 10)
    assert len(DEFAULT_CRITERIA) == regulation.CRITERIA_COUNT == 7
    assert all((c.min, c.max) == (regulation.SCORE_MIN, regulation.SCORE_MAX) for c in DEFAULT_CRITERIA)
    assert [c.comment for c in DEFAULT_CRITERIA] == [False] * 6 + [True]
    assert sum(c.max for c in DEFAULT_CRITERIA) == regulation.MAX_TOTAL == 70
