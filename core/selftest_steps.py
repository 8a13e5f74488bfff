"""What a self-test step is: the context the steps share and how one says it failed.

``main.py self-test`` (core/cli/selftest.py) runs core's steps and, handed in by main.py, the
window's (ui/selftest_gui.py); both write their steps against this module, so the Qt half
needs nothing from the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Context:
    """What the steps share: the work folder, the database, and what earlier steps produced."""

    work: Path
    db: Path
    language: str = "zh_CN"
    analysis: Any = None
    files: dict[str, Path] = field(default_factory=dict)


StepFn = Callable[[Context], str]  # returns a one-line detail; raises on failure
Step = tuple[str, StepFn]


class StepFailed(Exception):
    """A check that ran and found something wrong (as opposed to crashing)."""


def needs(value: Any, what: str) -> Any:
    if value is None:
        raise StepFailed(f"skipped: needs {what}, which failed")
    return value
