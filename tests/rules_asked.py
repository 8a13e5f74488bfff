"""Which rules the app's import asks, counted by name: the perf tests that skip a rule where it
has nothing to find (perf67a, perf68a) prove the skip this way, while the reference import,
which asks every rule always, checks the skipped rule's result beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest


def count_asked(monkeypatch: pytest.MonkeyPatch, rules: Iterable[tuple[Any, str]],
                app_asks: Callable[[], bool]) -> list[str]:
    """Wrap each (module, name) rule so that a call `app_asks` says comes from the app's import
    is written down by name; the list fills as the test imports."""
    names: list[str] = []
    for module, name in rules:
        rule = getattr(module, name)

        def counted(*args: Any, _rule: Any = rule, _name: str = name) -> Any:
            if app_asks():
                names.append(_name)
            return _rule(*args)

        monkeypatch.setattr(module, name, counted)
    return names
