"""Editing a round's commission (chair, secretary, experts and their pinned keys) and criteria."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.models.keys import PublicKeyFile, identity_for, read_public_key_file
from app.models.regulation import SCORE_MAX, SCORE_MIN
from app.models.round_data import DraftData, default_criteria_data, next_id


class CommissionEdits(DraftData):
    """The commission (chair, secretary, experts and their keys) and the criteria of a draft."""

    @property
    def experts(self) -> list[dict[str, Any]]:
        experts: list[dict[str, Any]] = self.data["commission"].setdefault("experts", [])
        return experts

    @property
    def criteria(self) -> list[dict[str, Any]]:
        criteria: list[dict[str, Any]] = self.data.setdefault("criteria", [])
        return criteria

    # Commission ----------------------------------------------------------------------------------
    def set_person(self, role: str, name: str, position: str) -> None:
        """Chair or secretary; a secretary with no name is left out."""
        commission = self.data["commission"]
        if role == "secretary" and not name.strip() and not position.strip():
            commission.pop("secretary", None)
            return
        commission[role] = {"name": name, "position": position}

    def add_expert(self, name: str = "", position: str = "", department: str = "") -> dict[str, Any]:
        expert = {
            "id": next_id("e", [e.get("id", "") for e in self.experts]),
            "name": name,
            "position": position,
            "department": department,
        }
        self.experts.append(expert)
        return expert

    def remove_expert(self, index: int) -> None:
        del self.experts[index]

    def pin_expert_key(self, index: int, key_file: str | Path) -> tuple[PublicKeyFile, bool]:
        """Pin the public key of a key file to expert `index`; also says whether the names agree."""
        record = read_public_key_file(key_file)
        expert = self.experts[index]
        try:
            same_person = identity_for(expert.get("name", "")) == identity_for(record.identity or record.name)
        except ValueError:
            same_person = False
        expert["public_key"] = record.public_key
        return record, same_person

    def unpin_expert_key(self, index: int) -> None:
        self.experts[index].pop("public_key", None)

    # Criteria ------------------------------------------------------------------------------------
    def add_criterion(self) -> dict[str, Any]:
        criterion = {
            "id": next_id("c", [c.get("id", "") for c in self.criteria], width=1),
            "title": "",
            "min": SCORE_MIN,
            "max": SCORE_MAX,
            "comment": False,
        }
        self.criteria.append(criterion)
        return criterion

    def remove_criterion(self, index: int) -> None:
        del self.criteria[index]

    def reset_criteria(self) -> None:
        self.data["criteria"] = default_criteria_data()
