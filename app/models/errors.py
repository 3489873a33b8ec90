"""The one exception type for bad input: it names the file, the place in it, the problem and the fix.

A problem may also carry a `code` and its `args` (the variable parts: a field name, a value found, a
limit): the English text is what the command line prints; the window renders the code in the
interface language (app/ui/error_text.py) and falls back to the English text when there is no code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    place: str
    problem: str
    fix: str = ""
    code: str = ""
    args: tuple[str, ...] = ()

    def describe(self) -> str:
        text = f"{self.place}: {self.problem}" if self.place else self.problem
        if self.fix:
            text += f" — {self.fix}"
        return text


class CodedValueError(ValueError):
    """A validator's complaint (str() is its English text) with a code and args for translation."""

    def __init__(self, code: str, message: str, *args: object):
        super().__init__(message)
        self.code = code
        self.params = tuple(str(a) for a in args)


class InputError(Exception):
    """Bad input from a user: shown as a message, never as a traceback.

    `problems` holds one or more places; str() gives one line per place, each prefixed by the file.
    """

    def __init__(
        self,
        file: str | Path | None,
        place: str = "",
        problem: str = "",
        fix: str = "",
        *,
        problems: list[Problem] | None = None,
        code: str = "",
        args: tuple[object, ...] = (),
    ):
        self.file = str(file) if file is not None else None
        self.problems = (
            list(problems) if problems else [Problem(place, problem, fix, code, tuple(str(a) for a in args))]
        )
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

    @property
    def code(self) -> str:
        return self.problems[0].code

    def __str__(self) -> str:
        prefix = f"{self.file}: " if self.file else ""
        return "\n".join(prefix + p.describe() for p in self.problems)
