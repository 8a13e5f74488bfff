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

A month the file's tabs or name are named after ("5月", "台账 2025-05.xlsx") dates it too, to
that month's end: a slow month's file (the 5月 tab carrying the open orders on, nothing ordered
or received in May) carries only April's dates, and April's file, whose last wire came on
04-29, was dated after it: May's 已恢复 (T-2 shipped 05-03), imported in order, was kept out
and T-2 stayed cancelled, 5,000 off the account (break32). A month a name states is only the
tab's own (core.ledger.tab_month: not a bare number, nor a range), and only a tab holding rows.

A row writes the status where it says a status in words (已取消, 已恢复, 有争议) or
changes it; a blank or a plain 正常 that changes nothing (next month's template default)
leaves the day as it was, so an older file's cancellation still stands against a newer
blank, as it does imported in order. The file that wrote the status,
read again, is the clerk's correction (core.ledger.own_rows); a line stored before schema 14
has no day and is read as before.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from core.i18n import NP_
from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import STANDS
from core.ledger.older_receipts import earlier
from core.ledger.orders import SHARED_SHOWN
from core.ledger.record import ORDER_DATE, RECEIVED_DATE, SHEET, SHIP_DATE
from core.ledger.tab_month import carried_before, named_year, sheet_month
from core.messages import Listed, Message, Noted

# a row's sheet, and its order, ship and received date
Dates = tuple[str, str | None, str | None, str | None]


def file_day(dates: Iterable[Dates], file_name: str) -> str | None:
    """The day a file carries: the latest of its rows' order and received dates (ISO) and of
    the ends of the months its tabs holding rows or its name are named after, else of their
    ship dates (which may be planned), None for none."""
    done: list[str] = []
    shipped: list[str] = []
    sheets: dict[str, Counter[date]] = {}
    for sheet, ordered, ship, received in dates:
        done.extend(day for day in (ordered, received) if day)
        if ship:
            shipped.append(ship)
        counted = sheets.setdefault(sheet, Counter())
        if ordered:
            counted[date.fromisoformat(ordered)] += 1
    done.extend(date(year, month, calendar.monthrange(year, month)[1]).isoformat()
                for year, month in _named_months(sheets, file_name))
    return max(done or shipped, default=None)


def _named_months(sheets: dict[str, Counter[date]], file_name: str) -> set[tuple[int, int]]:
    """The (year, month) each tab holding rows is named after, its year from its name, its
    file's or its rows' (core.ledger.tab_month), and the file's name's month."""
    months = set()
    for sheet, ordered in sheets.items():
        tab = carried_before(sheet_month(sheet), ordered.items())
        if tab is not None:
            months.add(tab)
        named = named_year(sheet, file_name)
        if named is not None and named.month is not None:
            months.add((named.year, named.month))
    return months


def held_dates(held: HeldSheets) -> Iterator[Dates]:
    """The dates :func:`file_day` reads of a file's held rows (the fast import's)."""
    for _number, records, _groups in held:
        for record in records:
            yield record[SHEET], record[ORDER_DATE], record[SHIP_DATE], record[RECEIVED_DATE]


def older_status(before: str | None, after: str | None, days: tuple[str | None, str | None],
                 same_file: bool) -> bool:
    """Would a row change a line's status (`before` to `after`) from a file dated before the
    file that wrote it (`days`: the stored status's day, this file's)? Then it must not."""
    return before != after and earlier(*days, same_file)


def status_day(said: str | None, statuses: tuple[str | None, str | None],
               stored: str | None, day: Callable[[], str | None]) -> str | None:
    """The status day a row (its cell saying `said`) leaves on a line whose status it took
    from `statuses[0]` to `statuses[1]` (`stored`: the line's day; `day`: this file's, asked
    only where needed): this file's where the row says a status in words or changes it,
    never an earlier one."""
    if said in (None, STANDS) and statuses[0] == statuses[1]:
        return stored
    found = day()
    return stored if found is None or stored is not None and stored > found else found


class FileStatus:
    """A file's day, read once where a status needs it (`dates`: its rows' dates), and the
    statuses it kept out (:attr:`kept`), for both imports."""

    def __init__(self, source_file: str, dates: Callable[[], Iterable[Dates]],
                 alone: bool) -> None:
        # alone: its name was imported from its folder only (core.ledger.own_rows.same_file):
        # 台账.xlsx of 2025-04 imported after 台账.xlsx of 2025-05 is no correction of it, and
        # April's 已取消 cancelled May's 已恢复 order again (break32)
        self.source_file, self._dates, self.alone = source_file, dates, alone
        self._day: tuple[str | None, ...] = ()
        self.kept: list[KeptStatus] = []

    def day(self) -> str | None:
        if not self._day:
            self._day = (file_day(self._dates(), self.source_file),)
        return self._day[0]

    def kept_out(self, statuses: tuple[str | None, str | None], stored_day: str | None,
                 writer: str, row: tuple[str, str, int]) -> bool:
        """Is the change of status (`statuses`: stored, merged) a row (`row`: its order,
        sheet and row) brings kept out, the file that wrote it (`writer`, on `stored_day`)
        being later? It is then named."""
        if stored_day is None or statuses[0] == statuses[1] or not older_status(
                *statuses, (stored_day, self.day()), writer == self.source_file and self.alone):
            return False
        self.kept.append(KeptStatus(*row, writer))
        return True


@dataclass(frozen=True)
class KeptStatus:
    """A line whose stored status was kept: its order (number, or customer), the row of this
    file that said otherwise, and the file whose row wrote the kept status."""

    order: str
    sheet: str
    row: int
    kept_file: str


def kept_status_messages(file_name: str, kept: Iterable[KeptStatus]) -> list[Message]:
    """One note naming the lines whose status this file (older) would have changed."""
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
        {"count": len(kept), "file": file_name, "rows": Listed([Noted(k.order, (
            f"{k.sheet} {k.row}: {k.kept_file}")) for k in kept], SHARED_SHOWN)})]
