"""Switching the application's colours between light and dark while a test runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.ui import theme


@contextmanager
def switchable_colours(qapp) -> Iterator[Callable[[bool], None]]:
    """Light to start with; the yielded function turns the palette dark (True) or light; light again after."""
    theme.apply_colours(qapp, False)
    try:
        yield lambda dark: theme.apply_colours(qapp, dark)
    finally:
        theme.apply_colours(qapp, False)
