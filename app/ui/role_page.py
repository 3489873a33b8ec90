"""What the main window asks of a role page (expert, chair, organiser): the `RolePage` contract.

A page is built as `Page(round_file, parent)`. The window hands it every round opened
(`set_round`), asks it to `retranslate` when the language changes, fills the page's menu from
`page_actions()` (None for a separator), opens the guide named by `help_topic()` on F1 (empty: the
role's guide) and calls `shutdown()` before it closes. It listens to two signals: `status_message`
(a line for the status bar) and `round_saved` (the Path of a round file the page wrote, reopened in
every role).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.ui.qt import QAction, QtWidgets, Signal

if TYPE_CHECKING:
    from app.models.round import RoundFile

# The methods a page must define itself (the others have a default that fits a page without them).
REQUIRED_METHODS = ("set_round", "retranslate")


class RolePage(QtWidgets.QWidget):
    """The base of every role page. Qt widgets cannot also take `abc.ABCMeta`, so a subclass that
    leaves out one of REQUIRED_METHODS is refused when the class is defined."""

    status_message = Signal(str)
    round_saved = Signal(object)  # the Path of the round file written

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        missing = [name for name in REQUIRED_METHODS if getattr(cls, name) is getattr(RolePage, name)]
        if missing:
            raise TypeError(f"{cls.__name__} is a RolePage without {', '.join(missing)}")

    def set_round(self, round_file: RoundFile | None) -> None:
        """Show `round_file` (None: no round is open)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text again in the language just installed."""
        raise NotImplementedError

    def page_actions(self) -> Sequence[QAction | None]:
        """The actions of the page's menu in the menu bar, None for a separator."""
        return []

    def help_topic(self) -> str:
        """The user-guide page for what the page shows now; empty for the role's own guide."""
        return ""

    def shutdown(self) -> None:
        """Stop background work and save what is unsaved: the window is closing."""
