"""The one exception type for bad input: it names the file, the place in it, the problem and the fix."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    place: str
    problem: str
    fix: str = ""

    def describe(self) -> str:
        text = f"{self.place}: {self.problem}" if self.place else self.problem
        if self.fix:
            text += f" — {self.fix}"
        return text


class InputError(Exception):
    """Bad input from a user: shown as a message, never as a traceback.

    `problems` holds one or more places; str() gives one line per place, each prefixed by the file.
    """

    def __init__(self, file: str | Path | None, place: str = "", problem: str = "", fix: str = "",
                 *, problems: list[Problem] | None = None):
        self.file = str(file) if file is not None else None
        self.problems = list(problems) if problems else [Problem(place, problem, fix)]
        super().__init__(str(self))

    @property
    def place(self) -> str:
        return self.problems[0].place

    @property
    def problem(self) -> str:
        return self.problems[0].problem

    @property
    def fix(self) -> str:
        return self.problems[0].fix

    def __str__(self) -> str:
        prefix = f"{self.file}: " if self.file else ""
        return "\n".join(prefix + p.describe() for p in self.problems)
