"""Next month's file repeating a stored line: is its received figure the total to date, or
only what came in that month?

Most clerks repeat an open order on next month's file with the total received so far, and
the figure replaces the stored one, as it always has. Some write only the month's receipt
(March's file: A-1 received 3,000; April's file: A-1 received 2,000, meaning 2,000 more). Read
as a total, 3,000 was lost and the order shown open. A file says which it keeps by its
received column's header (本月收款, 当月回款, received this month; against 累计已收, 截至本月已收,
received to date), or by its own repeated lines (core.ledger.monthly_receipts); the stored line
is then read as the earlier showing of the same rule:
- the file says month: a later-dated figure is added to the stored one (unless it would pay
  the line over: then the report names the row, read as the total);
- the file says nothing: a later-dated figure below the stored one (beyond a bank charge)
  cannot be the total to date and is added; one that could be either is read as the total,
  and the report names the order (unless the file's other stored lines say totals only: a
  figure that added would pay its line over);
- a 0 over a stored receipt is nothing received since, never the whole receipt undone (unless
  the header says the figure is the total to date);
- a figure without a date, on either side, cannot be placed after the stored receipt: read as
  the total, and named where it may be a month's receipt; but a header saying month says it
  (next month's file, its own month's receipt);
- the same date is the same receipt: the file's figure is the line's, but for the file that
  stored the line imported again (a reader upgrade), whose month's receipt was added to the
  months before it, which are kept; an earlier date is an older file's figure, the line's as
  ever, but a month's receipt, counted in the stored total already (a year-to-date workbook's
  later tabs, reaching the stored receipt, are its totals again).
A month's receipt another file recorded already (its day and figure) is counted once, the
line keeping that file as the receipt's, and the report names it with that file, once
(core.ledger.counted_receipts).
The rule weighs the stored figure and date against the file's first showing of the line that
has a figure; what it adds (the base) is added to every figure the file gives the line, its
later tabs' totals to date included. The total it makes keeps the stored one as an earlier
step, dated (core.ledger.receipt_history): the analysis sees March's 3,000 on 3/20.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Callable, Container, Iterable, Sequence
from datetime import date
from typing import Any

from core.ledger.copy_names import copy_rank
from core.ledger.counted_receipts import Counted
from core.ledger.file_copies import TIED, CopyChoice
from core.ledger.line_values import (
    L_AMOUNT,
    L_CARRIED,
    L_CURRENCY,
    L_HISTORY,
    L_NOTES,
    L_RECEIVED,
    L_RECEIVED_CURRENCY,
    L_RECEIVED_DATE,
)
from core.ledger.month_parts import Part, given_back, of_copy, parts, rebuilt, with_month
from core.ledger.monthly_receipts import (
    MONTH,
    TOTAL,
    carried_once,
    margin,
    paid_by_tabs,
)
from core.ledger.normalise import fold_header
from core.ledger.older_status import FileStatus
from core.ledger.older_tabs import NewestTabs, kept, kept_step
from core.ledger.orders import TOLERANCE
from core.ledger.payment_kinds import line_payment
from core.ledger.receipt_history import read, total_file
from core.ledger.record import CUSTOMER, ORDER_NO, ROW, SHEET, Record
from core.ledger.resent_figures import own_total
from core.ledger.revised_files import revises
from core.ledger.stored_figure import ADDED, NAMED, UNCLEAR, Receipt, on_stored
from core.ledger.stored_figure import iso_day as _day
from core.ledger.tab_ends import month_end
from core.ledger.tab_month import named_range, sheet_month

# a month's receipt dated before the stored one, counted on its day; one on a stored receipt's
# day from another file with another figure, that receipt corrected (month_parts: no telling)
EARLIER, SAME_DAY = "earlier", "same_day"
# a month's receipt without its date, dated by the end of the month its tab or file names;
# by the end of the last month a range names (台账 2025-03_04.xlsx), said on its first import too
# by its row's month in a file kept on past the month its name gives (FileStatus.kept_month)
UNDATED, RANGED, NO_MONTH, ROW_MONTH = "undated", "ranged", "no_month", "row_month"
# another figure of a file named after the same month as the file that wrote a receipt, both
# dated in it: read as that month's receipt corrected (month_parts._own)
RESTATED = "restated"
LATER = "later"  # a receipt of that day a later-dated file gave otherwise, kept (file_copies)

# a header naming the total to date wins over one also naming the month (截至本月已收)
_TOTAL_WORDS = re.compile(r"累计|截至|截止|至今|todate|cumulative|ytd|sofar")
_MONTH_WORDS = re.compile(r"本月|当月|thismonth|formonth|inmonth|monthly")


def header_says(header: str | None) -> str | None:
    """What a received column's header says its figures are (MONTH, TOTAL), None: neither."""
    if not header:
        return None
    folded = fold_header(header)
    if _TOTAL_WORDS.search(folded):
        return TOTAL
    return MONTH if _MONTH_WORDS.search(folded) else None


def file_says(headers: Iterable[str | None]) -> str | None:
    """What a file's sheets' received headers say, when those that say anything agree."""
    said = {header_says(header) for header in headers} - {None}
    return said.pop() if len(said) == 1 else None


class Bases:
    """A file's stored lines weighed as the writer meets them: the first showing of each
    (the file's first figure for it) is weighed, and what it adds to is added to every figure
    the file gives the line, its later tabs' totals to date included. `alone`: the file's
    name was imported from no other folder (core.ledger.own_rows.same_file): else a line it
    names as its source is another month's 台账.xlsx, not this file imported before."""

    def __init__(self, says: tuple[str | None, str | None], source_file: str,
                 alone: bool = True, imported: tuple[sqlite3.Connection, int] | None = None
                 ) -> None:
        self.says, self.source_file, self.alone = says, source_file, alone
        self.bases: dict[str, float] = {}
        self._tabs: dict[str, str] = {}  # the tab that last showed a line (tab_payment)
        self._paid: dict[str, list[Receipt]] = {}  # the payments its tabs named (tab_payment)
        self.newest = NewestTabs(lambda tab: month_end(tab, source_file, self.status.rows(
        ) if self.status else {}), lambda: self.status.latest(True) if self.status else None)
        self.again: Container[str] | None = None  # the lines the file shows again: all if None
        self.since: dict[str, str | None] = {}  # the stored receipt's date, where weighed
        # weighed on a receipt older than the stored one: the base counts only for the file's
        # older receipts (a year-to-date workbook's later tabs reach the stored one: theirs)
        self.older: dict[str, bool] = {}
        self.notes: list[tuple[str, str, int, str]] = []  # (ADDED/UNCLEAR, sheet, row, order)
        # a line's total rebuilt (month_parts, older_tabs.kept_step): its ISO day, its history
        self.rebuilt: dict[str, tuple[str, str | None]] = {}
        self._row: tuple[str, int, str] = ("", 0, "")
        # per line counted so: its receipts, the file's last figure for it, and the receipts
        # its showings counted (month_parts.with_month's `taken`)
        self.months: dict[str, tuple[list[Part], float, set[Part]]] = {}
        self.copies: list[CopyChoice] = []  # core.ledger.file_copies
        # each month's receipt written without its date, dated by its tab's or file's month
        # (UNDATED) or a range's last (RANGED): (kind, day, sheet, row, order), each day said
        self.dated: list[tuple[str, str, str, int, str]] = []
        # the file's day and rows (FileStatus.rows): an undated receipt's year, row's month
        self.status: FileStatus | None = None
        self._by_row = False  # the last undated receipt dated by its row's month (first_day)
        # another file's receipts counted; the store, what its name read (own_total)
        self.counted, self.imported = Counted(source_file, alone, imported), imported
        self.later: Callable[[str | None], bool | str] = lambda _file: False  # file_copies

    @property
    def monthly(self) -> bool:  # does the file's received column hold a month's receipts?
        return self.says[0] == MONTH

    def _months(self, key: str, stored: Receipt, now: Receipt, stored_by: str | None,
                at: tuple[object, object] = (None, None)) -> float | None:
        """A dated month's receipt (the header says 本月收款) counted among the stored line's
        receipts on its day, whatever the files' order: the total, or None where the rule
        does not apply (undated, another currency or amount, or paying the line over: as
        on_stored reads it)."""
        held, figure, day, since = stored.figure, now.figure, _day(now.day), _day(stored.day)
        if since is None and self.says[0] == MONTH:  # a month's receipt stored undated
            since = month_end("", stored_by, None, day if isinstance(day, str) else None)
        if (self.says[0] != MONTH or held is None or held <= TOLERANCE or figure is None
                or figure <= TOLERANCE or not isinstance(day, str) or not isinstance(since, str)
                or now.currency != stored.currency
                or abs(now.amount - stored.amount) > TOLERANCE):
            return None
        held_parts = parts(stored.history, held, since, stored_by)
        month = (day, figure, self.source_file)
        found = with_month(held_parts, month, self.alone, later=self.later)
        if found is None:  # counted already: the stored total stays
            given = given_back(held_parts, month)  # a supplement's repeat of this file's row
            if self._copy(held_parts, month) or given:  # named as the copies' choice
                pass
            elif kept := next((p[2] for p in held_parts if p[0] == day and p[2] != self.source_file
                               and abs(p[1] - figure) > TOLERANCE), None):  # a later file's
                self.notes.append((TIED if self.later(kept) == TIED else LATER, *self._row))
            elif (note := self.counted.note(held_parts, month, stored_by, at, self._row)):
                self.notes.append(note)  # its order Noted: with its file
            wrote = given[-1][2] if given else read(stored.history, stored_by)[1]
            self.rebuilt[key] = (since, rebuilt(given, self.source_file)[2] if given
                                 else stored.history)
            held_parts = given or held_parts
            self.counted.keep(key, wrote, held, since, bool(given) or self.counted.shown(wrote))
            self.months[key] = (held_parts, figure, {p for p in held_parts if p[0] == day})
            return held
        total, last, history = rebuilt(found, self.source_file)
        if total > now.amount + margin(now.amount):
            return None
        self.months[key] = (found, figure, {month})
        own = self.alone and self.source_file
        other = [p for p in held_parts if p[0] == day and p[2] != own]
        # its own receipt re-dated (month_parts._own): the file's correction, not news
        moved = len(found) == len(held_parts) and all(p[0] != day for p in held_parts)
        if self._copy(held_parts, month):  # named as the copies' choice
            pass
        elif moved and any(p not in found and p[2] != self.source_file
                           and abs(p[1] - figure) > TOLERANCE for p in held_parts):
            self.notes.append((RESTATED, *self._row))  # another file's, corrected: said
        elif other or day > since and not moved:
            self.notes.append((SAME_DAY if other else ADDED, *self._row))
        elif day < since and not moved:
            self.notes.append((EARLIER, *self._row))
        self.rebuilt[key] = (last, history)
        return total

    def _copy(self, held: list[Part], month: Part) -> bool:
        """Does a copy of this file give the line's receipt otherwise (core.ledger.
        file_copies)? Then the later copy's stood, and the choice is named."""
        kin = [p[2] for p in held if of_copy(p, month) and p[:2] != month[:2]]
        if kin:
            kept = max((self.source_file, *kin), key=copy_rank)
            other = next(f for f in (self.source_file, *kin) if f != kept)
            self.copies.append(CopyChoice(*self._row, str(kept), str(other)))
        return bool(kin)

    def _dated(self, now: Receipt, sheet: str, near: str | None) -> Receipt:
        """A month's receipt written without its date (本月收款, its date cell blank), dated by
        the end of the month its tab or file is named after (April's 5,000 of 台账 2025-04.xlsx,
        imported after May's file, was counted on 05-10: recv33), else left undated."""
        day = self.first_day(sheet, now.figure, None, near)
        return now if day is None else dataclasses.replace(now, day=day)

    def first_day(self, sheet: str, figure: float | None, row: tuple[str, int, str] | None,
                  near: str | None = None) -> str | None:
        """The day (ISO) a month's receipt written without its date is counted on, by its tab's
        or file's month (:func:`month_end`), None where it is no month's receipt (a 0 is
        nothing received since) or no name gives its month. `row`: a line's first import or
        a later tab's showing (sheet, row, order), so dated: before, it was stored undated
        and its tab's month lost, the next file's receipt replacing it (台账 2025.xlsx's 12月
        imported first: 7,000 of 12,000 received, tabs33); its day is said (a range's, that
        it is the last month's: before, a first import dated it without a word, dates34)."""
        if self.says[0] != MONTH or (figure or 0) <= TOLERANCE:
            return None
        status = self.status
        named = month_end(sheet, self.source_file, status.rows() if status else {}, near)
        day = status.kept_month(named, sheet, (row or self._row)[1]) if named and status else named
        self._by_row = day != named  # said so (_said)
        if row is not None:
            self._said(day, row)
        return day

    def _said(self, day: str | None, row: tuple[str, int, str]) -> None:
        """A month's receipt dated `day` for want of its own, or left undated, for the report."""
        self.dated.append((NO_MONTH if day is None else ROW_MONTH if self._by_row else RANGED
                           if named_range(row[0], self.source_file) else UNDATED, day or "", *row))

    def first(self, values: tuple[Any, ...], record: Record) -> tuple[Any, ...]:
        """A line's first import's values, its undated month's receipt dated (first_day); the
        row named for the report only then (a call a received line: two in three at 100k)."""
        if values[L_RECEIVED_DATE]:
            return values
        sheet = record[SHEET]
        day = self.first_day(sheet, values[L_RECEIVED], (
            sheet, record[ROW], str(record[ORDER_NO] or record[CUSTOMER])))
        return values if day is None else (
            *values[:L_RECEIVED_DATE], day, *values[L_RECEIVED_DATE + 1:])

    def _later_month(self, key: str, now: Receipt) -> float:
        """A later tab of a workbook whose first showing of the line was counted among its
        receipts (`_months`): its figure is the workbook's total to date (core.ledger.
        monthly_receipts), what it adds since the tab before one more receipt on its day."""
        found, before, taken = self.months[key]
        day, figure = _day(now.day), now.figure or 0.0
        if isinstance(day, str) and figure - before > TOLERANCE:
            # a receipt of this file's name that no earlier tab counted: its own, re-dated
            month = (day, round(figure - before, 6), self.source_file)
            counted = with_month(found, month, self.alone, taken)
            taken = {*taken, *(p for p in found if p[0] == day)} if counted is None else {
                *taken, month}
            found = counted or found
        self.months[key] = (found, figure, taken)
        total, last, history = rebuilt(found, self.source_file)
        self.rebuilt[key] = (last, history)
        return total

    def received(self, key: str, stored: Receipt | None, now: Receipt, stored_by: str | None,
                 row: tuple[str, int, str], carried: bool = False, tab: str | None = None,
                 at: tuple[object, object] = (None, None)) -> tuple[float | None, bool]:
        """The line's received figure to date, and whether its date is kept (False: an older
        file's month's receipt, counted in the stored figure, whose later date stays);
        `stored`: the stored line, where this is its first showing in the file and the line
        is no balance row; `stored_by`: the file that last wrote it; `row`: (sheet, row,
        order) for the report; `carried`: the stored line was written by a carried row (only
        a dated month's receipt is weighed against it); `tab`: the sheet that wrote it; `at`:
        the sheet and row that last wrote the stored line."""
        if stored is not None and now.figure is not None:
            self._row = row
            dated = self._dated(now, row[0], _day(stored.day)) if now.day is None else now
            total = self._months(key, stored, dated, stored_by, at)
            if total is not None:
                if dated is not now:
                    self._said(str(dated.day), row)
                self.bases[key] = round(total - now.figure, 6)
                self.since[key] = _day(stored.day)
                self.older[key] = False
                return total, True
            same = total_file(stored.history, stored_by) == self.source_file and self.alone
            if carried or same and now.day is None and tab not in (None, row[0]) and (
                    self.says[1] != MONTH):  # its own later tab's total, this file read again
                return now.figure, True  # (was 500 more a reader upgrade, dates34)
            if revises(self.source_file, total_file(stored.history, stored_by)) or same and (
                    own_total(self.imported, self.source_file, key, stored, now)):
                return now.figure, True  # a revision's, a 0 too (fix41c); its own corrected
            apart = [dataclasses.replace(paid, notes=paid.notes or named) for paid, named
                     in ((stored, tab), (now, row[0]))]  # a tab's name names its payment
            base, note = on_stored(apart[0], apart[1], self.says, same)
            if note is not None:  # the payment's notes named with its order
                self.notes.append((note, *row[:2], row[2] if note != NAMED else "{} ({})".format(
                    row[2], " / ".join(str(p.notes) for p in apart if p.notes))))
            if base is None:
                return now.figure, True
            self.bases[key] = base
            self.since[key] = since = _day(stored.day)
            day = _day(now.day)
            older = bool(since and day and day < since)
            if older and not same:  # an earlier month's receipt counted already: its file kept
                self.counted.keep(key, read(stored.history, stored_by)[1], stored.figure or 0.0,
                                  since, False)
            # a 0 keeps the stored figure here; what follows it is the file's own (a
            # year-to-date workbook's February 0 before March's total), but under 本月收款
            self.older[key] = older or now.figure <= TOLERANCE and self.says[0] != MONTH
            return round(now.figure + base, 6), not older
        if key in self.months and now.figure is not None:
            return self._later_month(key, now), True
        base = self.bases.get(key)
        if base is None or now.figure is None:
            return now.figure, True
        since, day = self.since[key], _day(now.day)
        older = bool(since and day and day < since)
        if self.older[key] and not older:  # a year-to-date file: from here its totals
            return now.figure, True
        return round(now.figure + base, 6), not older

    def said(self) -> list[tuple[str, str, int, str]]:
        """The notes for the report: a figure that could be either is not named where the
        file's other stored lines say its figures are totals to date, and only that."""
        kinds = {note for note, *_ in self.notes}
        if kinds & {TOTAL, ADDED} == {TOTAL}:
            kinds.discard(UNCLEAR)
        return [n for n in self.notes if n[0] in kinds - {TOTAL}]

    def line(self, key: str, values: tuple[Any, ...], before: Sequence[Any],
             stored_by: tuple[str | None, str | None], row: tuple[object, str, int, str],
             at: tuple[object, object] = (None, None)) -> tuple[Any, ...]:
        """The writer's line values with the received figure to date; `before`: the stored
        line's; `stored_by`: the file and sheet that last wrote it; `row`: whether the row
        repeats an earlier tab's, and its sheet, row and order (a row carried forward onto next
        month's tab is weighed as any other; a line written from one, a balance row, is not, but
        by a row naming another payment: 定金 carried, 尾款, fx42b); `at`: the stored line's row."""
        held = before[L_RECEIVED]  # a carried row's line: a month's receipt where so headed
        carried = bool(before[L_CARRIED]) and self.says[0] == MONTH
        first = not (row[0] or before[L_CARRIED] and not carried and not line_payment(
            values[L_NOTES], before[L_NOTES], False) or held is None or held <= TOLERANCE or (
            held == values[L_RECEIVED] and before[L_RECEIVED_DATE] is not None
            and before[L_RECEIVED_DATE] == values[L_RECEIVED_DATE] and self.says[0] != MONTH))
        if both := self.tab_payment(key, _receipt(before), _receipt(values), (
                stored_by[1], row[1]), bool(row[0])):  # another tab's payment (定金 / 尾款)
            return (*values[:L_RECEIVED], *both, *values[L_RECEIVED_DATE + 1:])
        if not first and key not in self.bases:  # the same receipt (under 本月收款 weighed:
            return self._tab_dated(key, values, before, row)  # its file kept, _months)
        received, dated = self.received(key, _receipt(before) if first else None,
                                        _receipt(values), stored_by[0], row[1:], carried,
                                        stored_by[1], at)
        return (*values[:L_RECEIVED], received,
                self.day(key, values[L_RECEIVED_DATE]) if dated else None,
                *values[L_RECEIVED_DATE + 1:])

    def _tab_dated(self, key: str, values: tuple[Any, ...], before: Sequence[Any],
                   row: tuple[object, str, int, str]) -> tuple[Any, ...]:
        """The row's values, an undated figure on the newest month's tab dated (:meth:`tab_day`)."""
        day = self.tab_day(key, _receipt(before), _receipt(values), bool(row[0]), row[1])
        return values if day is None else (*values[:L_RECEIVED_DATE], date.fromisoformat(
            day) if isinstance(before[L_RECEIVED_DATE], date) else day,
            *values[L_RECEIVED_DATE + 1:])

    def tab_day(self, key: str, held: Receipt, now: Receipt, repeat: bool, tab: str
                ) -> str | None:
        """The day (ISO) of a year book's newest month's tab's row (`now`, on `tab`,
        `repeat`ing the line) giving the line another figure without its date: that tab's
        month's end, or the day the book was kept to in it (older_tabs.NewestTabs.end:
        fx44y), as the analysis counts it (fx43j) and as the tabs read newest first
        store it (core.ledger.older_tabs.kept). Before (yb44), 12月's 20,000 undated over
        11月's 5,000 of 11-10 was stored dated 11-10 (12月 last) or undated (12月 first)."""
        if (not repeat or now.day is not None or held.day is None or self.says[0] == MONTH
                or now.figure is None or now.figure <= TOLERANCE or held.figure is None
                or abs(now.figure - held.figure) <= TOLERANCE or now.currency != held.currency
                or sheet_month(tab) is None):
            return None
        end = self.newest.end(key)  # the newest month's tab's: not an older month's tab's
        return None if end is None or not self.newest.newest(key, tab) or end <= str(_day(
            held.day)) else end

    def tab_payment(self, key: str, held: Receipt, now: Receipt, tabs: tuple[str | None, str],
                    repeat: bool) -> tuple[float, str | None] | None:
        """The line's received figure and ISO day where a later tab's row (`now`, `repeat`ing
        the line) gives another payment of the line than the earlier tab of this file that
        wrote it (`held`; `tabs`: the stored line's tab, the tab of this file that last showed
        it taken first, and the row's): their notes, or else the tabs' names, name two
        payments (定金, 尾款) of two days that together settle the order (stored_figure.
        paid_apart, as a later file's row is weighed): both received, dated by the later;
        a tab of an older month than one before it, the line's own (core.ledger.older_tabs).
        Else None: the later tab's figure is the total to date. The earlier tab's own figure
        is weighed, without what the file imported again added to it (`bases`: its total
        stored before). Before (ord41), a deposit tab's 4,500 of 03-02 and a balance tab's
        10,500 of 04-20 of MT-1 15,000 left 4,500 open tabs 定金, 尾款, 10,500 tabs 尾款, 定金."""
        last = self._tabs.get(key, tabs[0])
        if self.again is None or key in self.again:  # only they are asked it again (a 1M
            self._tabs[key] = tabs[1]  # update kept 700,000 lines' tabs: +60 MB, mem41c)
        older = self.newest.older(key, tabs, repeat, self.again)  # an older month's tab
        if not repeat or last in (None, tabs[1]) or self.says[0] == MONTH:
            return None
        stands = kept(held, now, self.newest.end(key)) if older else None  # older (yb42b)
        own = (held.figure or 0.0) - self.bases.get(key, 0.0)  # the earlier tab's own
        held, now = (dataclasses.replace(paid, notes=paid.notes or tab, figure=figure, tab=tab)
                     for paid, tab, figure in ((held, last, own), (now, tabs[1], now.figure)))
        parts = [*self._paid.get(key, [held]), now]  # each tab's payment (fix41c: three)
        self._paid[key] = parts
        parts = carried_once(parts)  # a row carried on unchanged: once (yb42)
        if not paid_by_tabs(parts):  # else received together, dated by the later
            if stands and (since := stands[1]):  # the row's an earlier step (kept_step)
                self.rebuilt[key] = (since, kept_step((stands[0], since), now, (
                    held.history, self.source_file)))
            return stands
        return round(sum(part.figure or 0.0 for part in parts), 6), max(
            str(_day(part.day)) for part in parts)

    def day(self, key: str, read: object) -> object:
        """The receipt date a line's row is written with: its own, or the rebuilt total's
        (in the row's kind: a date, or ISO text)."""
        if key not in self.rebuilt:
            return read
        day = self.rebuilt[key][0]
        return date.fromisoformat(day) if isinstance(read, date) else day


def _receipt(values: Sequence[Any]) -> Receipt:
    return Receipt(values[L_RECEIVED], values[L_RECEIVED_DATE], float(values[L_AMOUNT]),
                   values[L_RECEIVED_CURRENCY] or values[L_CURRENCY], values[L_HISTORY],
                   values[L_NOTES])
