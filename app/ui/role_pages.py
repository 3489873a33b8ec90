"""The role pages the window can show, each made by an explicit factory.

A page's module is imported when the role is first shown (the expert's start does not wait for the
chair's desk or the organiser's editor); a page that cannot be built leaves its role disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from app.ui.qt import QtWidgets
from app.ui.role_page import RolePage

if TYPE_CHECKING:
    from app.models.round import RoundFile

ROLES = ("expert", "chair", "organiser")


class PageClass(Protocol):
    """A role page's class: `Page(round_file, parent)`."""

    def __call__(self, round_file: RoundFile | None, parent: QtWidgets.QWidget | None = None) -> RolePage: ...


def expert_page() -> PageClass:
    from app.ui.expert.page import ExpertPage

    return ExpertPage


def chair_page() -> PageClass:
    from app.ui.chair.desk import ChairDesk

    return ChairDesk


def organiser_page() -> PageClass:
    from app.ui.organiser.editor import OrganiserPage

    return OrganiserPage


ROLE_PAGES: dict[str, Callable[[], PageClass]] = {
    "expert": expert_page,
    "chair": chair_page,
    "organiser": organiser_page,
}


def page_class(role: str) -> PageClass:
    """The page class of `role` (ImportError when its module is broken or missing from the build)."""
    return ROLE_PAGES[role]()


def role_available(role: str) -> bool:
    """Whether `role` has a page in this program (whether it builds is known when it is first shown)."""
    return role in ROLE_PAGES
