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
of 04-29 and was kept out even imported in order (break33). Two files dated to one month's end
are told apart by their rows' latest dates: April's file whose 5月 tab the clerk began with a
wire of 05-02 tied May's file (rows to 05-25) and, imported after it, cancelled T-2 again
(files33). A row's date past the last month the file's tabs or name are named after dates
nothing: a wire of 2025-04-29 typed 2026-04-29 made April's file the newest in either order,
May's 已恢复 kept out; the report names such a date more than FAR_MONTHS past
(core.ledger.beyond_dates). The check for an earlier list of payments (core.ledger.
corrected_payments) reads every date, as before (`FileDay.latest`).

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
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any, TypeVar

from core.i18n import NP_
from core.ledger.beyond_dates import (
    DATE_FIELDS,
    FAR_MONTHS,
    BeyondDate,
    Dates,
    HeldDates,
    dates_past,
    read_typos,
    tab_days,
)
from core.ledger.file_labels import FileLabels, dated_name
from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import STANDS
from core.ledger.older_receipts import earlier
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.order_sums import CANCELLED, DISPUTED
from core.ledger.row_places import at_row
from core.ledger.tab_month import (
    TabMonth,
    carried_before,
    named_year,
    range_end,
    sheet_month,
    tab_year,
)
from core.ledger.yearless import NamedYear
from core.messages import Listed, Message

# a line's days: of the file whose status word wrote its status, and the latest a file said a
# plain 正常 of it (order_lines.status_day, order_lines.plain_day)
StatusDay = tuple[str | None, str | None]
_Day = TypeVar("_Day", str, date)  # a received date, as ISO text or a date
NO_DAY: StatusDay = (None, None)


@dataclass(frozen=True)
class FileDay:
    """What dates a file: `status`, its day for the statuses it writes (:func:`file_day`);
    `latest`, the latest of its rows' order and received dates and its names' months, none
    left out, by which an earlier list of payments is told (core.ledger.corrected_payments);
    `beyond`, its dates past its names' months."""

    status: str | None
    latest: str | None
    beyond: list[BeyondDate]
    # the latest of its rows' order and received dates but those far past its named months,
    # a typo'd year as read (a 2026 in April 2025's file dated it after its later copy)
    dated: str | None = None


_ORDERED, _SHIPPED, _RECEIVED = itemgetter(0, 2), itemgetter(3), itemgetter(0, 4)  # of Dates
_SHEET = itemgetter(0)


def file_day(dates: Iterable[list[Dates]], file_name: str) -> FileDay:
    """The day a file carries: the latest of its rows' order and received dates (ISO) and of
    the months its tabs holding rows or its name are named after, else of their ship dates
    (which may be planned), None for none; then, where its rows carry a date, the latest of
    them, so two files dated to one month's end (April's with a 5月 tab begun with a wire of
    05-02, and May's) are told apart by their rows. A month is dated to its end where the
    file's name says it or the tab holds a row ordered or received in it, else to its first
    day (a tab only begun). A row's date past the latest month the file's tabs or name are
    named after dates nothing: with its year typo'd it made April's file the newest
    (files33). `dates`: the rows' dates a sheet at a time, each counted by its distinct tab
    and day (C's loops, not a Python step a row: 0.24 s of a 100,000-row import); rows are
    looked up only for the rare dates past the month: `dates` read again then, a sheet at a
    time, where it can be (a list, :func:`held_dates`'), never all held at once (a million
    rows' dates were 90 MB over the 1M import's write: mem36)."""
    held = list(dates) if isinstance(dates, Iterator) else dates
    ordered: Counter[tuple[str, str | None]] = Counter()  # rows per tab and order date
    received: set[tuple[str, str | None]] = set()
    shipped = ""
    for sheet_dates in held:
        ordered.update(map(_ORDERED, sheet_dates))
        received.update(map(_RECEIVED, sheet_dates))
        shipped = max(shipped, max(filter(None, map(_SHIPPED, sheet_dates)), default=""))
    sheets: dict[str, Counter[date]] = {}  # each tab's order dates
    for (sheet, day), count in ordered.items():
        counted = sheets.setdefault(sheet, Counter())
        if day:
            counted[date.fromisoformat(day)] += count
    months, bounds, year = _named_months(sheets, file_name)
    bound = max(bounds.values(), default=None)  # the latest month the file is named after
    far = _month_end(*_months_on(bound, FAR_MONTHS)) if bound else "9999"
    # a year's file (台账 2025.xlsx) kept into the next year's first months is dated by them
    last = far if year is not None else _month_end(*bound) if bound else "9999"
    done: list[str] = []
    past: set[tuple[str, str]] = set()  # (tab, day) past the month: their rows looked up
    seen: dict[str, set[tuple[int, int]]] = {}  # the months a tab's rows are ordered or paid in
    for sheet, day in {*ordered, *received}:
        if not day:
            continue
        if day > last:
            past.add((sheet, day))
            continue
        done.append(day)
        seen.setdefault(sheet, set()).add((int(day[:4]), int(day[5:7])))
    rows, first = max(done, default=None), min(done, default=None)
    done.extend(_month_end(*month) if end or month in seen.get(sheet, ()) else
                date(*month, 1).isoformat()
                for (month, sheet), end in months.items())
    found = max(done or [shipped], default=None) or None
    beyond = read_typos(dates_past(held, past, far), bound, first, last, bounds, year, rows)
    latest = max([*done, *(b.day for b in beyond)] or [shipped], default=None) or None
    dated = max([*(day for _sheet, day in {*ordered, *received} if day and day <= far),
                 *(b.meant for b in beyond if b.meant)], default=None)
    return FileDay((f"{found} {rows}" if found and rows else found), latest, beyond, dated)


def _month_end(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _months_on(month: tuple[int, int], months: int) -> tuple[int, int]:
    year, number = divmod(month[0] * 12 + month[1] - 1 + months, 12)
    return year, number + 1


def _named_months(sheets: dict[str, Counter[date]], file_name: str
                  ) -> tuple[dict[tuple[tuple[int, int], str], bool], dict[str, tuple[int, int]],
                             int | None]:
    """The (year, month) each tab holding rows is named after, its year from its name, its
    file's or its rows' (core.ledger.tab_month), and the file's name's month, each with the
    tab it was named for (the file's name's with none) and whether it is dated to its end
    regardless of its rows: the file's name's (its year, where the name gives none, the rows'
    as a tab's: core.ledger.tab_month.carried_before); a tab's is where it holds a row ordered
    or received in it. And each tab's month (the latest its name gives, else its file's), of
    one month only (not a range, nor a bare number). And the year a file's name gives without
    a month (台账 2025.xlsx), which bounds its tabs without a month of their own at its
    December, FAR_MONTHS on (before, none: a 2026-04-29 typed for 2025-04-29 was money of
    2026, dates35); None where the file is named after a month or no year."""
    months: dict[tuple[tuple[int, int], str], bool] = {}
    own = named_year("", file_name) if sheets else None
    named: tuple[int, int] | None = None
    bounded = True  # the file's name's month bounds its tabs' without one of their own
    stem = sheet_month(file_name.rsplit(".", 1)[0])
    rows = sum(sheets.values(), Counter()).items()
    if own is not None and own.month is not None:
        named = (own.year, own.month)
    elif stem is not None and stem.last:  # "台账 2025-03_04.xlsx": the range's last month
        year = tab_year(TabMonth(None, stem.last), rows) if own is None else None
        named = range_end(stem, own.year) if own is not None else None if year is None else (
            year, stem.last)
    elif own is None and sheets:  # "5月台账.xlsx": its year from the rows, as a tab's
        named = carried_before(stem, rows)
        bounded = _one_month(stem)
    if named is not None:
        months[named, ""] = True
        bounded = bounded and not _kept_on(named, rows)
    year = own.year if own is not None and named is None and stem is None and not _kept_on(
        (own.year, 12), rows) else None  # a year's file kept on into the next: its rows date it
    whole = 0  # the tabs bounded by the year alone
    bounds: dict[str, tuple[int, int]] = {}
    for sheet, ordered in sheets.items():
        found = sheet_month(sheet)
        tab = [month for month in (carried_before(found, ordered.items()),
                                   _month_of(named_year(sheet, file_name)))
               if month is not None]
        for month in tab:
            months.setdefault((month, sheet), False)
        bound = max(tab) if tab and _one_month(found) else named if bounded else None
        if bound is not None:
            bounds[sheet] = bound
        elif year is not None and found is None:
            bounds[sheet], whole = (year, 12), whole + 1
    # only where no tab is bounded otherwise (a 12月 tab beside Sheet1 bounds as ever)
    return months, bounds, year if whole and whole == len(bounds) else None


def _kept_on(named: tuple[int, int], rows: Iterable[tuple[date, int]]) -> bool:
    """Was a file named after a month kept on past it, more of its rows ordered after that
    month than in or before it (1月订单.xlsx, the clerk adding each month's orders all year)?
    Then its name is the month it was begun, which bounds none of its dates: its rows date
    it. Before, it was dated January's end whatever its rows, its 已取消 of September kept
    out by June's file, and its rows' dates named as typos (dates34). Rows of an earlier year
    (last year's late orders the clerk entered, open orders carried) are in any file: they
    vote neither way (twelve of 2024 outvoted September's, break34c)."""
    first = date(*named, 1)
    later: Counter[bool] = Counter()
    for day, count in rows:
        if day.year >= first.year:
            later[day.replace(day=1) > first] += count
    return later[True] > later[False]


def _one_month(month: TabMonth | None) -> bool:
    """Is a name's month one month (not a range, "1-3月", nor a bare number), which bounds the
    dates that date its file?"""
    return month is None or not (month.span or month.bare)


def _month_of(named: NamedYear | None) -> tuple[int, int] | None:
    return None if named is None or named.month is None else (named.year, named.month)


def held_dates(held: HeldSheets) -> Iterable[list[Dates]]:
    """The dates :func:`file_day` reads of a file's held rows, read again as often as asked."""
    return HeldDates(held)


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
                 dates: Callable[[], Iterable[list[Dates]]],
                 imported: tuple[sqlite3.Connection, int] | None = None) -> None:
        # alone: its name was imported from its folder only (core.ledger.own_rows.same_file):
        # 台账.xlsx of 2025-04 imported after 台账.xlsx of 2025-05 is no correction of it, and
        # April's 已取消 cancelled May's 已恢复 order again (cancel32, break32); imported: the
        # store and import, whose path gives the name the file is dated by, with its month
        # folder's where its own names none (core.ledger.file_labels.dated_name)
        self.source_file, self.alone, self._dates = source_file, alone, dates
        self.dating = source_file if imported is None else dated_name(*imported)
        self._day: FileDay | None = None
        self._rows: dict[str, Counter[date]] | None = None
        self._typos: dict[str, str] | None = None  # received dates read otherwise (meant)
        self._kept: dict[tuple[int, int], bool] = {}  # the months the file was kept on past
        self._ordered: dict[tuple[str, int], str | None] | None = None  # a row's order date
        self.kept: list[KeptStatus] = []

    def rows(self) -> dict[str, Counter[date]]:
        """The file's rows' order dates per tab, with their counts, read once: the evidence
        of a year a month is named without (core.ledger.tab_month.tab_year)."""
        if self._rows is None:
            self._rows = tab_days(self._dates())
        return self._rows

    def kept_month(self, day: str, sheet: str, number: int) -> str:
        """The day a month's receipt written without its date is counted on (`day`: the end of
        the month the file's name gives, core.ledger.stored_receipts.month_end) on row `number`
        of a tab naming no month of its own: in a file kept on past that month (1月订单.xlsx,
        each month's orders added all year: :func:`_kept_on`), the end of its row's order
        month, the month 本月 means on that row. Before, September's receipt was counted on
        01-31 (dates35)."""
        month = (int(day[:4]), int(day[5:7]))
        if month not in self._kept:  # read once a month: a file's every undated receipt asks
            self._kept[month] = _kept_on(month, sum(self.rows().values(), Counter()).items())
        if sheet_month(sheet) is not None or not self._kept[month]:
            return day
        if self._ordered is None:
            self._ordered = {(row[0], row[1]): row[2] for sheet_dates in self._dates()
                             for row in sheet_dates}
        ordered = self._ordered.get((sheet, number))
        return max(day, _month_end(int(ordered[:4]), int(ordered[5:7]))) if ordered else day

    def _read(self) -> FileDay:
        if self._day is None:
            self._day = file_day(self._dates(), self.dating)
            if self.dating != self.source_file and any(
                    not b.far and b.field == DATE_FIELDS[0] for b in self._day.beyond):
                # orders of the months after its folder's (a late wire is no such sign): its
                # rows date it, the folder no name the clerk gave it (June's ledger saved in
                # 2025-04 was April's, its 已恢复 kept out: lots35)
                self._day = file_day(self._dates(), self.source_file)
        return self._day

    def day(self) -> str | None:
        return self._read().status

    def dates(self) -> Iterable[list[Dates]]:  # its rows' dates (rest_receipts: a tab's)
        return self._dates()

    def latest(self, rows: bool = False) -> str | None:  # rows': FileDay.dated (tab_ends)
        return self._read().dated if rows else self._read().latest

    def beyond(self) -> list[BeyondDate]:
        """The rows' dates past the file's names' months, which date it for no status."""
        return self._read().beyond

    def later_written(self, days: StatusDay, writer: str) -> bool:
        """Was a line's status word (its status day of `days`) written by a file dated after
        this one (`writer`: that file's name)? Asked of a row that would change the line's
        amount, whose rows may be the ones a later file dropped (core.ledger.own_rows.
        kept_behind), whatever status they say: May's 8,000 row, not cancelled there,
        imported after June's lots (the 8,000 dropped, 已恢复) replaced June's first lot and
        added a third line, 18,000 open where 10,000 is (status34)."""
        same = writer == self.source_file and self.alone
        return days[0] is not None and earlier(days[0], self.day(), same)

    def dropped(self, kept: bool, changed: bool, written: tuple[StatusDay, str]) -> bool:
        """May a row be one a later-dated file dropped (core.ledger.own_rows.kept_behind)?
        Where its cancellation was `kept` out, or it would change the line's amount
        (`changed`) and the line's status was :meth:`later_written` (`written`: its days and
        the file that wrote it)."""
        return kept or changed and self.later_written(*written)

    def meant(self, day: _Day) -> _Day:
        """A row's received date (ISO text, or a date), its typo'd year read as the file's
        (core.ledger.beyond_dates.read_typos), in its own kind; else as it is."""
        if self._typos is None:
            self._typos = {b.day: b.meant for b in self.beyond() if b.meant}
        if isinstance(day, date):
            found = self._typos.get(day.isoformat())
            return day if found is None else date.fromisoformat(found)
        return self._typos.get(day, day)

    def typo_free(self, values: tuple[Any, ...], at: int) -> tuple[Any, ...]:
        """A line's values, its received date (at `at`) read by :meth:`meant`."""
        day = values[at]
        if day is None or self._typos == {}:
            return values  # most files: no received date's year typo'd
        if (meant := self.meant(day)) == day:
            return values
        return (*values[:at], meant, *values[at + 1:])

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
            self.kept.append(KeptStatus(*row, writer, days[0]))
            return statuses[0]
        if statuses[1] == DISPUTED and not carried and days[1] is not None and earlier(
                days[1], self.day(), same):
            self.kept.append(KeptStatus(*row, writer, days[1]))
            return None
        return statuses[1]


@dataclass(frozen=True)
class KeptStatus:
    """A line whose stored status was kept: its order (number, or customer), the row of this
    file that said otherwise, and the file whose row wrote the kept status, with the day
    the line keeps of it (its month folder told by it: core.ledger.file_labels)."""

    order: str
    sheet: str
    row: int
    kept_file: str
    kept_day: str | None = None


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
        {"count": len(kept), "file": labels.this, "rows": Listed([at_row(
            k.order, k.sheet, k.row, labels.of(k.kept_file, k.kept_day)) for k in kept],
            SHARED_SHOWN)})]
