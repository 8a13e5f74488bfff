"""The window's analyses kept for the as-of dates a clerk is likely to pick next.

A sales meeting looks at month ends: the one before the date on screen, the one before that,
and back to the date it came from. Each analysis the window makes is kept here, and while the
window is idle it analyses the month ends before the date on screen from its kept lines
(:func:`analyse_ahead`, :mod:`kept_rows`), so picking one of those dates shows at once
(an analysis of 100,000 lines takes about a second).

A kept analysis is used only when everything it was made from is as it was: the database
unwritten since the version read before the analysis read it (:func:`file_version.
unwritten_since`: an import, an undo, a setting, a rate or a correction written since makes
it stale; the month-end snapshots do not), at the same as-of date, in the same language: the
one in force when the analysis began, read before it (its notes' lists and noted names are
made as that language writes them: ``messages.Listed``, ``Noted``), so a language switched
while a month end is made ahead files it under the language it was made in. The rules and
the receipts date are settings in the database: its version covers them.

Memory: each analysis kept is about 66 MB at 100,000 lines (its orders 27 MB, invoices 21 MB,
customers 18 MB, all read once it is shown: docs/performance.md, asof43b). The analyses kept
beside the one on screen hold at most :data:`HELD_LINES` lines between them, and none for a
ledger too big to keep lines for (:data:`fetch.KEEP_LINES`: a million lines' analysis alone
is ~900 MB).
What is let go is emptied on a thread of its own (:mod:`letting_go`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from core.analysis import letting_go
from core.analysis.file_version import Version, unwritten_since
from core.analysis.model import Analysis
from core.analysis.snapshots import previous_month_end
from core.i18n import current_language
from core.progress import Steps

T = TypeVar("T")
HELD_LINES = 300_000  # the lines of the analyses kept beside the one on screen (~200 MB)
MOST = 4  # analyses kept: the one on screen, the date it came from, two month ends before
AHEAD = MOST - 2  # month ends before the date on screen analysed ahead, room allowing


def month_ends_before(day: date, count: int) -> list[date]:
    """The `count` month ends before `day`, latest first (a month end's own is not one)."""
    found: list[date] = []
    for _ in range(count):
        day = previous_month_end(day)
        found.append(day)
    return found


def room_for(lines: int | None) -> int:
    """How many analyses are kept, the one on screen among them, for a ledger of `lines`
    lines (None: its lines are not kept, and no analysis is)."""
    if lines is None:
        return 0
    return min(MOST, 1 + HELD_LINES // max(lines, 1))


class Ahead(Generic[T]):
    """The analyses of one database kept by as-of date, the latest used last; `T` is what is
    kept with each (the firm's report and whatever else was read with it)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._kept: OrderedDict[tuple[date, str], tuple[Version, Analysis, T]] = OrderedDict()

    def get(self, as_of: date, language: str | None = None) -> tuple[Analysis, T] | None:
        """The analysis kept for this date in `language` (None: the one in force), if it
        still holds (else it goes)."""
        key = (as_of, language or current_language())
        with self._lock:
            found = self._kept.get(key)
            if found is not None and unwritten_since(self.path, found[0]):
                self._kept.move_to_end(key)
                return found[1], found[2]
            gone = [self._kept.pop(key)] if found is not None else []
            del found  # the list is the only way left to it: see _let_go
        _let_go(gone)
        return None

    def put(self, version: Version | None, analysis: Analysis, kept: T,
            lines: int | None, language: str) -> None:
        """An analysis made from the database at `version` in `language` (both read before
        the analysis began), kept while room allows for a ledger of `lines` lines
        (:func:`room_for`)."""
        room, key = room_for(lines), (analysis.as_of, language)
        with self._lock:
            gone = [self._kept.pop(key)] if key in self._kept else []
            if room and version is not None:  # else nothing says when it goes stale
                self._kept[key] = (version, analysis, kept)
            gone += [self._kept.popitem(last=False)[1] for _ in range(len(self._kept) - room)]
        _let_go(gone)

    def wanted(self, as_of: date, lines: int | None) -> list[date]:
        """The month ends before `as_of` to analyse ahead, room allowing, not yet kept."""
        count = min(AHEAD, room_for(lines) - 2)
        return [day for day in month_ends_before(as_of, max(count, 0))
                if self.get(day) is None]

    def dates(self) -> list[date]:
        """The dates kept, the latest used last (tests, the bench)."""
        with self._lock:
            return [day for day, _ in self._kept]

    def forget(self) -> None:
        """Every analysis let go: the data changed (an import, an undo, a setting)."""
        with self._lock:
            gone = list(self._kept.values())
            self._kept.clear()
        _let_go(gone)


def _let_go(gone: list[tuple[Version, Analysis, T]]) -> None:
    """Each analysis let go on a thread of its own (`gone` the only way to them): freed in
    one go on the worker, 100,000 lines' would keep Python's lock from the window for a tenth
    of a second. One the window still shows is left whole (:func:`letting_go.let_go`)."""
    while gone:
        letting_go.let_go_in_background([gone.pop()[1]])


def analyse_ahead(days: list[date], analyse: Callable[[date, Steps], object],
                  steps: Steps) -> list[date]:
    """Each day analysed in turn by `analyse` (which keeps what it made), with progress and
    cancel: a stop between two days keeps the days done. The days analysed."""
    done: list[date] = []
    for number, day in enumerate(days):
        analyse(day, steps.sub(number / len(days), (number + 1) / len(days)))
        done.append(day)
    return done
