"""A year book's tab of an earlier month met after a later month's: an older state of a line.

Many clerks put the newest month's tab first (5月, 4月, 3月). A row repeated on a later tab of
the same workbook gives the line's received figure as it stands (core.ledger.line_values), so
in a book so kept the 3月 tab's 4,500 of 03-02, read after the 5月 tab's 15,000 of 05-20, took
the line back to 4,500: 10,500 open where nothing is (yb42b; 5月 last, 0). Within one file the
tabs' months say which figure is newer, not their place in the workbook: a repeated row on a
tab named after an earlier month than a tab of the file that showed the line before, dated on
or before the line's receipt, keeps the line's figure and day (as an older file's figure does:
core.ledger.older_receipts). A later month's tab lowering it (更正) still lowers it, whatever
the tabs' order. Tabs named by payment (定金, 尾款) are payments, not months: a row of one dated
on or before the receipt another wrote is an older state too (yb43). Tabs named neither way
(汇总, Sheet2) are read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from core.ledger.monthly_receipts import iso_day, named_payments
from core.ledger.orders import TOLERANCE
from core.ledger.receipt_history import after_merge
from core.ledger.revised_files import noted_correction
from core.ledger.stored_figure import Receipt
from core.ledger.tab_ends import kept_to
from core.ledger.tab_month import sheet_month


class NewestTabs:
    """Per line shown again in a file, the month's end (ISO) of the newest month's tab of the
    file that showed it so far; `month_end`: a tab's month's last day (stored_receipts);
    `last`: the latest day the file's rows carry (:func:`core.ledger.tab_ends.kept_to`)."""

    def __init__(self, month_end: Callable[[str], str | None],
                 last: Callable[[], str | None] = lambda: None) -> None:
        self._end, self._last = month_end, last
        self._months: dict[str, str | None] = {}  # per tab, read once
        self._newest: dict[str, str] = {}

    def older(self, key: str, tabs: tuple[str | None, str], repeat: bool,
              again: Container[str] | None) -> bool:
        """Is the row's tab (`tabs`: the tab that wrote the line, the row's) named after an
        earlier month than a tab of this file that showed the line `key` before (`repeat`), or
        are both tabs named by payments (monthly_receipts.named_payments: 定金, 尾款)?
        The row's tab is kept as the newest where it is (only for the lines the file shows
        again, `again`: all if None)."""
        if again is not None and key not in again:
            return False
        month = self._month(tabs[1])
        newest = self._newest.get(key, self._month(tabs[0])) if repeat else None
        if month is None:
            self._newest.pop(key, None)  # a tab not named by month: read as before
        else:
            self._newest[key] = month if newest is None else max(month, newest)
        return month is not None and newest is not None and month < newest or repeat and (
            named_payments(*tabs))  # or another payment's tab: its row's day tells (kept)

    def end(self, key: str) -> str | None:
        """The month's end (ISO) of the newest month's tab that showed the line `key` so far,
        or the day the file was kept to within that month (:func:`kept_to`): by when its
        figure without a date came."""
        end = self._newest.get(key)
        return end and kept_to(end, self._last)

    def newest(self, key: str, tab: str) -> bool:
        """Is `tab` the newest month's tab that showed the line `key` so far?"""
        return self._newest.get(key) is not None and self._newest.get(key) == self._month(tab)

    def _month(self, tab: str | None) -> str | None:
        if tab is None:
            return None
        if tab not in self._months:
            self._months[tab] = self._end(tab) if sheet_month(tab) is not None else None
        return self._months[tab]


def kept(held: Receipt, now: Receipt, end: str | None = None) -> tuple[float, str | None] | None:
    """The line's figure and ISO day kept under an older month's tab's row (`now`), where the
    row is dated on or before the line's receipt (`held`; undated, the end of its tab's month,
    `end`: 12月's 20,000 without its day over 11月's 5,000 of 11-10, before 15,000 open tabs
    12月, 11月, where nothing is, fx43d), or the line's note says its figure corrects the one
    before (更正: whatever the days, pay43), in its currency and amount; None: the row's figure
    is read as before. Before, 4月's 6,000 更正 (of 03-08, or undated) read before 3月's 10,500
    of 03-10 gave 10,500 received, 3月, 4月 6,000."""
    day, since = iso_day(now.day), iso_day(held.day) or end
    dated = isinstance(day, str) and isinstance(since, str) and day <= since
    if (held.figure is None or now.figure is None or not dated and not noted_correction(
            held.notes) or now.currency != held.currency
            or abs(now.amount - held.amount) > TOLERANCE
            or abs(now.figure - held.figure) <= TOLERANCE):  # the same total: its first day
        return None
    return held.figure, since  # undated: by its tab's month's end (yb44)


def kept_step(stands: tuple[float, str], now: Receipt, line: tuple[str | None, str]) -> str | None:
    """The history of a line whose figure and day `stands` (:func:`kept`) under an older
    month's tab's row (`now`; `line`: the line's history stored, and the year book's name):
    the row's figure an earlier step of it on its day, as when the tabs come oldest first.
    Before (fx42b), 5月, 4月, 3月 kept 15,000 of 05-20 without the 定金 4,500 of 03-02: as of
    05-10, 15,000 open, 36 days late, where 10,500 is (as 3月, 4月, 5月 gave)."""
    return after_merge(line[0], ((*stands, None),) * 2, (line[1], line[1]), True,
                       (now.figure, iso_day(now.day), None))
