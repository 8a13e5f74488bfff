"""A test's look at what the app says in Chinese, the tests' own language (English) put back
whatever happens: the report tests of one pass each wrote this try/finally out again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from core import i18n

T = TypeVar("T")


def in_chinese(said: Callable[[], T]) -> T:
    """What `said()` gives with the interface in Chinese."""
    i18n.set_language("zh_CN")
    try:
        return said()
    finally:
        i18n.set_language("en")
