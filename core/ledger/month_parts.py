"""A stored line's received total as the months' receipts that make it, for files whose
received column is that month's receipt (本月收款).

A clerk keeping one file a month under 本月收款 writes only what came in that month: March's
file C-1 4,000 on 03-25, April's 5,000 on 04-20, May's 3,000 on 05-10, all 12,000 paid.
Imported in that order each figure is later than the stored total and is added to it
(core.ledger.stored_receipts). Imported in another order, a figure dated before the stored
total was read as counted in it already (April's 5,000 under 4,000 + 3,000 = 7,000 by 05-10),
or as an older total kept out (March's 4,000 under May's 3,000): 3,000 to 8,000 left open
and a paid buyer black-listed, in five of the six orders.

The line's received history (core.ledger.receipt_history: its earlier totals, each dated and
with the file that wrote it) tells which months are counted: each step of the total is one
receipt, on its day. A month's figure is counted already where a receipt of the same day is
there (that day's receipt, its figure the file's: a correction), or where the file that wrote
a receipt is imported again (its own receipt, corrected, where the line names it once: the
last receipt is named by the file that last wrote the line, which an earlier month's file
imported late is), or where another file named after the same month wrote it with the same
figure (April's file sent again renamed, or from another folder: April's receipt stated
again), or where a copy of the file wrote it (core.ledger.file_copies: the later copy's
stands); else it is a receipt of its own, added on its day whatever the order. The total is
rebuilt from the receipts, dated the latest, its history the running totals before it, so
every order stores the same line.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from core.ledger.copy_names import copies, later_copy
from core.ledger.orders import TOLERANCE
from core.ledger.receipt_history import read, with_file
from core.ledger.revised_files import one_supplement, supplements
from core.ledger.tab_month import month_named

# one receipt: its ISO day, its figure, the file that wrote it (None: not known)
Part = tuple[str, float, "str | None"]


def parts(history: str | None, total: float, day: str, file: str | None) -> list[Part]:
    """The receipts that make the stored `total` (dated `day`, written by `file`): each step
    of its history a receipt of its own, the last the rest of the total (its own file where
    the history names one: core.ledger.receipt_history.read)."""
    found: list[Part] = []
    before = 0.0
    held, file = read(history, file)
    for when, figure, by in held:
        found.append((when, round(figure - before, 6), by))
        before = figure
    found.append((day, round(total - before, 6), file))
    return [part for part in found if part[1] > TOLERANCE]


def with_month(held: list[Part], month: Part, own: bool, taken: Collection[Part] = (),
               later: Callable[[str | None], bool | str] = lambda _file: False
               ) -> list[Part] | None:
    """The receipts once the file's month's receipt `month` is counted, None where it changes
    nothing; `own`: the file's name is its own (a file imported again is the one that wrote a
    receipt of that name); `taken`: the receipts this import counted already (a workbook's
    earlier tabs'), none of them the one re-dated; `later`: whether a file is dated after
    this one (core.ledger.file_copies.dated_after): its receipt, given otherwise, stands."""
    day, figure, file = month
    same = [p for p in held if p[0] == day]
    if not same and file is not None:  # its own receipt, its copy's or its month's, re-dated
        same = _own(held, month, taken, own)
    if len(same) == 1 and (later_copy(same[0][2], file) or (
            same[0][0] == day and abs(same[0][1] - figure) <= TOLERANCE) or (
            same[0][2] != file and not copies(same[0][2], file) and later(same[0][2]))):
        return None  # that day's receipt, counted already, or the later file's (file_copies)
    return sorted([*(p for p in held if p not in same), month])


def _own(held: list[Part], month: Part, taken: Collection[Part], own: bool) -> list[Part]:
    """The one receipt of the file's name (`own`), or of a copy of the file (core.ledger.
    file_copies), or one of its figure of a file named after
    the same month (台账 2025-04 修改.xlsx re-sending 台账 2025-04.xlsx, or the same name from
    another folder: its month's receipt stated again; another figure there may be another
    file's own, 台账 2025-03_04.xlsx beside March's), that `month` re-dates: its only receipt this
    import has not counted yet, or where it wrote more (a workbook's tabs), the one of its
    figure, of those the nearest its new day; none where that does not tell (then it is a
    receipt of its own). Before, a second receipt of the name left the re-dated one counted
    twice (a tab a month re-sent with April's 4,000 of 04-20 dated 04-22: 12,000 received of
    8,000, recv33), and so did April's file sent again renamed (14,000 of 9,000, break33b),
    and April's 5,000 of 04-25 dated 04-10 in “台账 2025-04 (2).xlsx” (files33).
    Another figure of such a file, both receipts dated in its month, is its month's receipt
    corrected (5,000 of 04-20 sent again as 5,200 of 04-22: before, 14,200 received of 9,200,
    deposit33). A month's supplement (台账 2025-04 补充.xlsx, core.ledger.revised_files) is
    not the month's file sent again, nor the month's file its: their receipts are each their
    own (before, the supplement's 2,000 of 04-28 replaced April's 5,000, recv34); the
    supplement sent again or revised (补充修订) restates its own (revised_files.one_supplement)."""
    named, added = month_named(month[2]), supplements(month[2])
    mine = [p for p in held if p not in taken and (
        own and p[2] == month[2] or of_copy(p, month) or (
        named is not None and month_named(p[2]) == named and supplements(p[2]) == added
        and (not added or one_supplement(p[2], month[2])) and (
            abs(p[1] - month[1]) <= TOLERANCE or _in(p[0], named) and _in(month[0], named))))]
    if len(mine) > 1:
        mine = [p for p in mine if abs(p[1] - month[1]) <= TOLERANCE]
    if len(mine) > 1:
        away = sorted((abs((date.fromisoformat(p[0]) - date.fromisoformat(month[0])).days), p)
                      for p in mine)
        mine = [away[0][1]] if away[0][0] < away[1][0] else []
    return mine if len(mine) == 1 else []


def given_back(held: list[Part], month: Part) -> list[Part] | None:
    """The receipts with the one a supplement of the month's file recorded on `month`'s day
    with its figure given to the month's file (`month`'s, no supplement): the supplement,
    imported first, repeated the month's row. None where there is no such one. Kept the
    supplement's, April's file sent again re-dated added its 5,000 a second time (14,000 in
    where 9,000 is, break34d)."""
    named = month_named(month[2])
    if named is None or supplements(month[2]):
        return None
    found = [p for p in held if p[0] == month[0] and abs(p[1] - month[1]) <= TOLERANCE
             and supplements(p[2]) and month_named(p[2]) == named]
    return [(*p[:2], month[2]) if p is found[0] else p for p in held] if len(found) == 1 \
        else None


def of_copy(part: Part, month: Part) -> bool:
    """Is a receipt one that a copy of the month's file wrote in its month
    (core.ledger.file_copies)? Another month's is no copy's: March's 台账.xlsx and April's
    downloaded beside it as 台账 (1).xlsx are two months' files."""
    return part[0][:7] == month[0][:7] and copies(part[2], month[2])


def _in(day: str, month: tuple[int, int]) -> bool:
    """Is the ISO `day` in the (year, month)?"""
    return day[:7] == f"{month[0]:04d}-{month[1]:02d}"


def rebuilt(found: list[Part], source: str) -> tuple[float, str, str | None]:
    """The total of the receipts, its day (the latest), and its history (the running totals
    before it, oldest first, and the last receipt's file where `source`, the file written
    from, is not it: core.ledger.receipt_history)."""
    chain: list[Part] = []
    total = 0.0
    for when, figure, file in found[:-1]:
        total = round(total + figure, 6)
        chain.append((when, total, file))
    total = round(total + found[-1][1], 6)
    return total, found[-1][0], with_file(chain, found[-1][2], source)
