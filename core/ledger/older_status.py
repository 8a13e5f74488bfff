"""An older file's status never overrides the status a newer file wrote on the same line.

April's file marks T-2 已取消; May's file (its rows dated later) writes 已恢复 for it. Imported
April then May, T-2 is owed; imported May then April (a file forgotten, a folder imported in
the order its names sort), April's 已取消 cancelled it again: the import order decided whether
the buyer owed 5,000. As an older file's received total keeps the stored one
(core.ledger.older_receipts), a status is judged by the dates the files carry, not by the
order they come in: each line keeps the day of the file whose row wrote its status
(order_lines.status_day, schema 14), and a row of a file dated before it leaves the status
as it is, named in the import report with both files.

A file's day is the latest date its rows carry (order or received date): a month's ledger
holds that month's rows. A ship date may be planned (April's file ships an order on 06-15, May's
ships it on 05-28 after all): it dated April's file after May's, and May's 已恢复, imported in
order, was kept out. So ship dates date a file only where its rows carry no other date.

A month the file's tabs or name are named after ("5月", "台账 2025-05.xlsx") dates it too: a slow
month's file (the 5月 tab carrying the open orders on, nothing ordered or received in May)
carries only April's dates, and April's file, whose last wire came on 04-29, was dated after
it: May's 已恢复 (T-2 shipped 05-03), imported in order, was kept out and T-2 stayed cancelled,
5,000 off the account (break32). A month a name states is only the tab's own
(core.ledger.tab_month: not a bare number, nor a range), and only a tab holding rows. The
file's name's month, or a tab's holding a row ordered or received in it (a ship date may be
planned), dates it to the month's end; a tab none of whose rows is ordered or received in its
month is only begun, to its first day: April's file whose 5月 tab the clerk began with April's
late orders, dated to May's end, tied May's file and, imported after it, cancelled T-2 again
(break32b). A name without its year ("5月台账.xlsx") is read as a tab of all the file's rows,
the year from them: dated by its rows only, a slow 5月台账's 已恢复 fell before April's wire
of 04-29 and was kept out even imported in order (break33).

A row writes the status where it says a status in words (已取消, 已恢复, 有争议) or
changes it; a blank leaves the day as it was, so an older file's cancellation still stands
against a newer blank, as it does imported in order. A plain 正常 lifts a dispute and never a
cancellation (core.ledger.normalise.later_status), so it keeps a day of its own, the latest a
file said 正常 of the line (order_lines.plain_day, schema 17): imported in order, the status is
the latest status word's (its day the line's status_day), a dispute lifted by a later 正常.
So an older file's 有争议 under a newer 正常 is kept out (the line stands), and an older 已取消
is let in past it. Before, May's 正常 imported before April's 有争议 wrote no day and April's
dispute stood: the import order decided. A 正常 on a row carried forward is the carry's
word and lifts no dispute of a line first written by a row not carried, imported in order
(core.ledger.line_values._later_tab): its day keeps out only the disputes of carried rows
(break33: April's carried 正常 imported before March's 有争议 lifted it, 5,000 off disputed).
The file that wrote the status, read again, is the clerk's correction (core.ledger.own_rows),
where its name is that file's alone (one name kept in month folders is a file a month,
core.ledger.own_rows.same_file: before, 台账.xlsx of April imported after May's changed the
status May's wrote); a line stored before schema 14 has no day and is read as before.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from core.i18n import NP_
from core.ledger.file_labels import FileLabels
from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import STANDS
from core.ledger.older_receipts import earlier
from core.ledger.orders import CANCELLED, DISPUTED, SHARED_SHOWN
from core.ledger.record import ORDER_DATE, RECEIVED_DATE, SHEET, SHIP_DATE
from core.ledger.tab_month import TabMonth, carried_before, named_year, sheet_month, tab_year
from core.ledger.yearless import NamedYear
from core.messages import Listed, Message, Noted

# a row's sheet, and its order, ship and received date
Dates = tuple[str, str | None, str | None, str | None]
# a line's days: of the file whose status word wrote its status, and the latest a file said a
# plain 正常 of it (order_lines.status_day, order_lines.plain_day)
StatusDay = tuple[str | None, str | None]
NO_DAY: StatusDay = (None, None)
_ORDERED, _SHIPPED, _RECEIVED = itemgetter(0, 1), itemgetter(2), itemgetter(0, 3)  # of Dates
_DATES = itemgetter(SHEET, ORDER_DATE, SHIP_DATE, RECEIVED_DATE)  # a record's Dates


def file_day(dates: Iterable[list[Dates]], file_name: str) -> str | None:
    """The day a file carries: the latest of its rows' order and received dates (ISO) and of
    the months its tabs holding rows or its name are named after, else of their ship dates
    (which may be planned), None for none. A month is dated to its end where the file's name
    says it or the tab holds a row ordered or received in it, else to its first day (a tab
    only begun). `dates`: the rows' dates a sheet at a time, each counted by its distinct
    tab and day (C's loops, not a Python step a row: 0.24 s of a 100,000-row import)."""
    ordered: Counter[tuple[str, str | None]] = Counter()  # rows per tab and order date
    received: set[tuple[str, str | None]] = set()
    shipped: str | None = None
    for sheet_dates in dates:
        ordered.update(map(_ORDERED, sheet_dates))
        received.update(map(_RECEIVED, sheet_dates))
        ship = max(filter(None, map(_SHIPPED, sheet_dates)), default=None)
        if ship is not None and (shipped is None or ship > shipped):
            shipped = ship
    done: list[str] = []
    sheets: dict[str, Counter[date]] = {}  # each tab's order dates, in its rows' order
    seen: dict[str, set[tuple[int, int]]] = {}  # the months a tab's rows are ordered or paid in
    for (sheet, day), rows in ordered.items():
        counted = sheets.setdefault(sheet, Counter())
        months = seen.setdefault(sheet, set())
        if day:
            counted[date.fromisoformat(day)] += rows
            done.append(day)
            months.add((int(day[:4]), int(day[5:7])))
    for sheet, day in received:  # not by ship dates: they may be planned
        if day:
            done.append(day)
            seen[sheet].add((int(day[:4]), int(day[5:7])))
    done.extend(date(year, month, calendar.monthrange(year, month)[1] if end else 1).isoformat()
                for (year, month), end in _named_months(sheets, seen, file_name).items())
    return max(done) if done else shipped


def _named_months(sheets: dict[str, Counter[date]], seen: dict[str, set[tuple[int, int]]],
                  file_name: str) -> dict[tuple[int, int], bool]:
    """The (year, month) each tab holding rows is named after, its year from its name, its
    file's or its rows' (core.ledger.tab_month), and the file's name's month; each with
    whether it is dated to its end: the file's name's (its year, where the name gives none,
    the rows' as a tab's: core.ledger.tab_month.carried_before), or a tab's holding a row
    ordered or received in it."""
    months: dict[tuple[int, int], bool] = {}
    own = named_year("", file_name) if sheets else None
    stem = sheet_month(file_name.rsplit(".", 1)[0])
    rows = sum(sheets.values(), Counter()).items()
    if own is not None and own.month is not None:
        months[own.year, own.month] = True
    elif stem is not None and stem.last:  # "台账 2025-03_04.xlsx": the range's last month
        year = own.year if own is not None else tab_year(TabMonth(None, stem.last), rows)
        if year is not None:
            months[year, stem.last] = True
    elif own is None and sheets:  # "5月台账.xlsx": its year from the rows, as a tab's
        named = carried_before(stem, rows)
        if named is not None:
            months[named] = True
    for sheet, ordered in sheets.items():
        for month in (carried_before(sheet_month(sheet), ordered.items()),
                      _month_of(named_year(sheet, file_name))):
            if month is not None:
                months[month] = months.get(month, False) or month in seen[sheet]
    return months


def _month_of(named: NamedYear | None) -> tuple[int, int] | None:
    return None if named is None or named.month is None else (named.year, named.month)


def held_dates(held: HeldSheets) -> Iterator[list[Dates]]:
    """The dates :func:`file_day` reads of a file's held rows (the fast import's), a sheet at
    a time (a packed sheet unpacked once)."""
    for _number, records, _groups in held:
        yield list(map(_DATES, records))


def status_day(said: str | None, statuses: tuple[str | None, str | None],
               stored: StatusDay, day: Callable[[], str | None]) -> StatusDay:
    """The days a row (its cell saying `said`) leaves on a line whose status it took from
    `statuses[0]` to `statuses[1]` (`stored`: the line's; `day`: this file's, asked only where
    needed), never earlier ones: a status word, or a change (the clerk's correction), this
    file's status day; a plain 正常 this file's plain day."""
    if said is None and statuses[0] == statuses[1]:
        return stored
    found = day()
    if found is None:
        return stored
    word, plain = stored
    if said != STANDS or statuses[0] == CANCELLED != statuses[1]:
        word = _later(word, found)
    return word, _later(plain, found) if said == STANDS else plain


def _later(stored: str | None, found: str) -> str:
    return found if stored is None or found > stored else stored


class FileStatus:
    """A file's day, read once where a status needs it (`dates`: its rows' dates), and the
    statuses it kept out (:attr:`kept`), for both imports."""

    def __init__(self, source_file: str, alone: bool,
                 dates: Callable[[], Iterable[list[Dates]]]) -> None:
        # alone: its name was imported from its folder only (core.ledger.own_rows.same_file):
        # 台账.xlsx of 2025-04 imported after 台账.xlsx of 2025-05 is no correction of it, and
        # April's 已取消 cancelled May's 已恢复 order again (cancel32, break32)
        self.source_file, self.alone, self._dates = source_file, alone, dates
        self._day: tuple[str | None, ...] = ()
        self._rows: dict[str, Counter[date]] | None = None
        self.kept: list[KeptStatus] = []

    def rows(self) -> dict[str, Counter[date]]:
        """The file's rows' order dates per tab, with their counts, read once: the evidence
        of a year a month is named without (core.ledger.tab_month.tab_year)."""
        if self._rows is None:
            self._rows = {}
            for sheet_dates in self._dates():
                for sheet, ordered, _ship, _received in sheet_dates:
                    counted = self._rows.setdefault(sheet, Counter())
                    if ordered:
                        counted[date.fromisoformat(ordered)] += 1
        return self._rows

    def day(self) -> str | None:
        if not self._day:
            self._day = (file_day(self._dates(), self.source_file),)
        return self._day[0]

    def settled(self, statuses: tuple[str | None, str | None], days: StatusDay,
                writer: str, row: tuple[str, str, int], carried: bool = False) -> str | None:
        """The status a row (`row`: its order, sheet and row) leaves on a line whose status
        it would take from `statuses[0]` to `statuses[1]`, the line's status day and plain day
        (`days`) those of files dated later or not: the stored status where the file that
        wrote it (`writer`) is later, none (the line stands) where a later file said 正常 of a
        dispute, else the row's. Kept out, the row is named. The file that wrote the status is
        this one only where its name is this file's alone (own_rows.same_file). `carried`: the
        line was written by a row carried forward and this row is not, so the 正常 of its plain
        day is a carry's word, which, imported in order, lifts no dispute of this row's
        (core.ledger.line_values._later_tab): the dispute is let in (break33)."""
        if statuses[0] == statuses[1]:
            return statuses[1]
        same = writer == self.source_file and self.alone
        if days[0] is not None and earlier(days[0], self.day(), same):
            self.kept.append(KeptStatus(*row, writer))
            return statuses[0]
        if statuses[1] == DISPUTED and not carried and days[1] is not None and earlier(
                days[1], self.day(), same):
            self.kept.append(KeptStatus(*row, writer))
            return None
        return statuses[1]


@dataclass(frozen=True)
class KeptStatus:
    """A line whose stored status was kept: its order (number, or customer), the row of this
    file that said otherwise, and the file whose row wrote the kept status."""

    order: str
    sheet: str
    row: int
    kept_file: str


def kept_status_messages(labels: FileLabels, kept: Iterable[KeptStatus]) -> list[Message]:
    """One note naming the lines whose status this file (older) would have changed, each
    file with its folder where its name was imported from several (core.ledger.file_labels:
    before, two month folders' 台账.xlsx were both “台账.xlsx”)."""
    kept = sorted(set(kept), key=lambda k: (k.sheet, k.row, k.order))
    if not kept:
        return []
    return [Message("older_status_kept", NP_(
        "{count} order line's status in “{file}” differs from the one a later-dated file "
        "wrote (by the dates the files carry): the later status is kept: {rows} (the file "
        "whose status is kept). If this file's status is the right one, write it in the later "
        "file (已恢复 to bring an order back) and import that file again.",
        "{count} order lines' statuses in “{file}” differ from the ones later-dated files "
        "wrote (by the dates the files carry): the later statuses are kept: {rows} (the files "
        "whose status is kept). If this file's status is the right one, write it in the later "
        "file (已恢复 to bring an order back) and import that file again."),
        {"count": len(kept), "file": labels.this, "rows": Listed([Noted(k.order, (
            f"{k.sheet} {k.row}: {labels.of(k.kept_file)}")) for k in kept], SHARED_SHOWN)})]
