"""A share of a line cancelled (1/2取消, 一半取消, 取消30%, 3/5已取消，其余照常出货): the rest owed.

A clerk whose buyer took back part of an order writes the share beside the cancel word, in the
status cell or, where it is blank, in the note. Read as the word alone, the whole line was
cancelled: PO-R1 10,000 OA 30, shipped 03-01, noted 1/2取消 or 3/5已取消，其余照常出货, was read
as nothing owed where 5,000 or 4,000 was 91 days late and the buyer black (rv57c; fix57f had
read 取消1/2 as the whole line owed). So the line keeps its amount less the share cancelled, as
a line standing (its status a plain word), and the import report names the row
(:func:`share_messages`).

A share is n/m (0 < n < m), a percentage, 一半 / 半数, or 三分之一 written out, straight
before the cancel word (1/2取消, 1/2已取消, 一半客户取消) or straight after it (取消1/2,
已取消3/5, 取消了一半),
the cancellation's object nothing but the goods (取消3/5的验货 is an inspection's). Before the
word n/m is as often the cancel's day (3/5取消, 3/5客户邮件取消: the whole line, fix57f): it is a
share where the note says the rest goes on (其余, 剩余, 另一半) or where it cannot be a day the
order was cancelled on — before the order's date, or more than :data:`DAY_WITHIN` days after
it, in its year or the next (1/2取消 of an order of 02-20: no 2nd of January), or more than a
month before the listing the row stands on or the line's ship date (:func:`listing_floor`,
:func:`floor_of`; a plan, 预计出货日期, is no day shipped: :func:`shipped_on`): a line cancelled
whole on 2 January is neither listed in May's tab nor shipped on 03-20 (rv58d s241 A8b:
1/2取消 of an order of 2024-09-01 shipped 2025-03-20 was read as cancelled whole, nothing owed
where 5,000 was 72 days late, black). n/m is month/day, as
Chinese clerks write it: 3/5 is 5 March, never 3 May, so 3/5取消 on an order of 05-01 is a
share (4,000 owed) whatever tab it stands on, a cancel not coming before its order. A question
(取消一半？) is no share.

A line whose amount the clerk already cut (原10000，1/2取消，金额已改; 取消一半，现5000;
1/2取消（已改金额）) stands as written, cut by nothing more: it was read as cancelled whole,
nothing owed where 5,000 was (rv58d s240 A2). 原N beside the share with the amount cell still N
says the cell is not yet cut: it is cut.

A part cancelled without a share the import can read (部分取消, 取消部分, 取消500个, partly
cancelled) leaves the line owed in full, as before, and the report says so, so that the clerk
writes the amount left.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from core.i18n import N_
from core.ledger.layout import SheetLayout
from core.ledger.normalise import CANCEL_ZH, STANDS, fold, fold_header, word_text
from core.ledger.paper_typos import planned
from core.ledger.record import NOTES, ORDER_DATE, ROW, SHIP_DATE, STATUS, STATUS_TEXT, Record
from core.ledger.tab_month import carried_before
from core.messages import Message

# the days after its order a cancellation is written on: a note's n/m further off is no day
DAY_WITHIN = 183
_CN = "一二三四五六七八九十"
_SHARE = (rf"(?P<n>\d{{1,3}})\s*/\s*(?P<m>\d{{1,3}})|(?P<pct>\d{{1,2}}(?:\.\d+)?)\s*%"
          rf"|(?P<half>一半|半数)|(?P<cm>[{_CN}]{{1,2}})分之(?P<cn>[{_CN}]{{1,2}})")
_GOODS = r"(?:的?(?:货物?|数量|订单|订货))?"
# the rest of the goods said to go on (3/5已取消，其余照常出货)
_REST = re.compile(r"其余|其他|其它|剩余|剩下|余下|另一半|余货")
# after the word: nothing, a stop, or the rest said (取消1/2，其余照常出货; not 取消1/2的验货)
_END = rf"(?=$|[,，;；。、\s(（]|{_REST.pattern})"
_BEFORE = re.compile(rf"(?<![\d/.\-])(?:{_SHARE}){_GOODS}(?:已经?|已被|被)?(?:客户|买家|买方)?"
                     rf"(?:{CANCEL_ZH})了?(?:订单|本单|此单|该单|合同)?了?{_END}")
# a share of something else than the goods written before it (定金30%取消, 验货1/2取消, 运费50%
# 取消, 佣金5%取消: the whole line owed, read as 7,000, 5,000 or 9,500, rv58d s240, s246)
# ... 押金, 保证金, 质保金, 返点, 定金的 / 定金款 / 运费： too: read as the goods', 7,000 or 9,000
# where 10,000 was owed (rv59a s250 b). Such a cell says the line stands, whole: in the status
# cell (定金30%取消) it read as the line cancelled, 0 where 10,000 was owed, black (s250 d)
_OF_ELSE = re.compile(r"(?:定金|订金|押金|保证金|质保金|尾款|余款|预付款?|首付款?|首款|佣金"
                      r"|返点|返利|折扣|关税|税|运费|验货费?|样品费?|费用?)[款的]?\s*[:：]?\s*$")
# a line whose amount the clerk already cut (原10000，1/2取消，金额已改: 5,000 was cut again to
# 2,500, or read as cancelled whole; 取消一半，现5000), 发现 no 现 (验货发现1/2不良)
_AMENDED = re.compile(r"金额已经?(?:改|调整|修改|更正)|已(?:改|调整|修改|更正)金额"
                      r"|数量\s*\d+\s*\D{0,3}?改(?:为|成)?\s*\d")
# ... or the line's amount now (现5000): cut already, but beside 原价 a unit's price (原价12，现10:
# read as cut, 10,000 stood where 5,000 was owed, rv59c s262 S4)
_NOW = re.compile(r"(?<![发表出实兑体])现(?:金额|为|在)?\s*\d")
# the line's amount before the cut (原10000, 原价10000): the cell that much less the share is
# cut already, the cell still that much not yet; a figure neither (原3月底出货, 原1000个, 原价10
# a unit's price) says nothing of the cell: read as cut, 10,000 stood where 5,000 was owed
# (rv59a s250 c)
_ORIGINAL = re.compile(r"原(?:金额|价|为|来)?\s*((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)")
_AFTER = re.compile(rf"(?<![未不没无])(?:{CANCEL_ZH})了?(?:其中)?(?:{_SHARE}){_GOODS}{_END}")
_PART = re.compile(rf"部分{_GOODS}(?:已经?|被)?(?:客户)?(?:{CANCEL_ZH})"
                   rf"|(?:{CANCEL_ZH})了?(?:一?部分|一些|少量|\d+\s*(?:个|件|套|箱|只|双|条|台|款|pcs))"
                   r"|(?<![a-z])(?:partly|partially|part|partial) ?cancel"
                   r"|cancel\w* (?:in )?part(?![a-z])")


def _value(found: re.Match[str]) -> float | None:
    """The share a match writes, if between nothing and the whole."""
    if found["half"]:
        share = 0.5
    elif found["pct"]:
        share = float(found["pct"]) / 100
    elif found["cm"]:
        share = _cn_number(found["cn"]) / max(_cn_number(found["cm"]), 1)
    else:
        share = int(found["n"]) / int(found["m"]) if int(found["m"]) else 0.0
    return share if 0 < share < 1 else None


def _cn_number(text: str) -> int:
    """一 to 九十九 written out (三, 十, 十二, 二十)."""
    if "十" not in text:
        return _CN.index(text[0]) + 1 if text else 0
    tens, _, units = text.partition("十")
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(units) + 1 if units else 0)


def _could_be_day(month: int, day: int, ordered: str | date | None,
                  floor: date | None = None) -> bool:
    """Could n/m be the day a line ordered on `ordered` (ISO, or a date) was cancelled, not
    before `floor` (:func:`floor_of`)?"""
    if not ordered:
        if floor is None:
            return True
        start = floor
    else:
        start = _day(ordered)
    for year in (start.year, start.year + 1):
        try:
            written = date(year, month, day)
        except ValueError:
            continue
        if max(start, floor or start) <= written <= start + timedelta(days=DAY_WITHIN):
            return True
    return False


def _month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def listing_floor(layout: SheetLayout, ordered: Iterable[str | date | None]) -> date | None:
    """The first day of the month before the month a sheet lists (its tab's, dated as its
    rows are carried forward, core.ledger.tab_month; else its file's name's: 2025年5月台账.xlsx),
    before which no line it lists was cancelled whole; None where it names no month."""
    month, named = layout.month, layout.named
    listed = carried_before(month, ((_day(d), n) for d, n in Counter(ordered).items() if d)
                            ) if month is not None else None
    if listed is None and named is not None and named.month is not None:
        listed = named.year, named.month
    return None if listed is None else _month_before(date(*listed, 1))


def shipped_on(layout: SheetLayout) -> bool:
    """Do a sheet's ship dates say when its lines went, not a plan (预计出货日期: a line
    cancelled whole keeps its plan, fix59a)?"""
    index = layout.mapping.get("ship_date")
    return index is not None and index < len(layout.headers) and not planned(
        fold_header(str(layout.headers[index] or "")))


def floor_of(listed: date | None, shipped: str | date | None) -> date | None:
    """The earliest day a row's line can have been cancelled whole on: a month before its
    listing (:func:`listing_floor`) or its ship date, whichever is later."""
    return max(listed or date.min, _month_before(_day(shipped))) if shipped else listed


def _day(day: str | date) -> date:
    return day if isinstance(day, date) else date.fromisoformat(day[:10])


def cancelled_share(text: object, ordered: str | date | None = None,
                    floor: date | None = None) -> float | None:
    """The share of its line a status cell or note says was cancelled (module doc), if any, 0
    where the amount is already cut by it; `ordered`: the row's order date (ISO, or a date),
    against which, and `floor` (:func:`floor_of`), n/m before the word is a day."""
    return row_share(text, None, ordered, floor)


@lru_cache(maxsize=8192)
def _said(text: str) -> tuple[float | None, tuple[int, int] | None, float | bool]:
    """A text's share, the n/m before the word that may be the cancel's day instead (the
    rest not said), and whether the amount is said already cut (True), or the figure it was
    before (原10000): read once a distinct text, a ledger's notes repeating. Its spaces kept:
    a day set apart after the word (已取消 3/5) is the cancel's, no share (fix57f)."""
    said = fold(text)
    if "?" in said:
        return None, None, False
    found = _AFTER.search(said)
    if found is None:
        found = _BEFORE.search(said)
        if found is None:
            return None, None, False
        if _OF_ELSE.search(said, 0, found.start()):
            return 0.0, None, False  # another thing's share: the line stands, whole
    share = _value(found)
    cut = bool(_AMENDED.search(said) or _NOW.search(said) and "原价" not in said) or (
        float(was[1].replace(",", "")) if (was := _ORIGINAL.search(said)) else False)
    day = None if cut is not False or found.re is _AFTER or not found["n"] or _REST.search(
        said) else (int(found["n"]), int(found["m"]))
    return share, day, cut


@lru_cache(maxsize=8192)
def _part_said(text: str) -> bool:
    """Does a text say a part of its line was cancelled, however much (部分取消, 取消500个)?"""
    return bool(_PART.search(word_text(fold(text))))


def _written(status_text: object, note: object) -> str | None:
    """The text a row's share is read from, where it says one: its status cell, else its note."""
    text = status_text if isinstance(status_text, str) and status_text.strip() else note
    return text if isinstance(text, str) and _said(text)[0] is not None else None


def row_share(status_text: object, note: object, ordered: str | date | None,
              floor: date | None = None, amount: object = None) -> float | None:
    """The share a row's status cell says was cancelled; where the cell is blank, its note's:
    0 where its `amount` is already the rest (module doc)."""
    if not (text := _written(status_text, note)):
        return None
    share, day, cut = _said(text)
    if share is None or day is not None and _could_be_day(*day, ordered, floor):
        return None
    return share if cut is False or cut is not True and not _cut_from(amount, cut, share
                                                                     ) else 0.0


def _cut_from(amount: object, was: float, share: float) -> bool:
    """Is `amount` the figure a note says the line was (原10000) less the share cancelled
    (rounded to a unit either way: 原10000，1/3取消 at 6,667)? Unknown, it is taken as cut."""
    if not isinstance(amount, float | int):
        return True
    rest = was * (1 - share)
    return abs(amount - rest) <= max(1.0, rest / 1000)


def cut_share(amount: Any, status: str | None, share: float | None) -> tuple[Any, str | None]:
    """A row's amount and status with `share` of it cancelled: the rest, standing."""
    if share is None or not isinstance(amount, float | int) or amount <= 0:
        return amount, status
    return round(amount * (1 - share), 2), STANDS if status is not None else None


def shared(columns: Any) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """A sheet's amounts and statuses (core.ledger.sheet_columns.SheetColumns), each row
    cancelling a share of its line read as the rest standing (:func:`cut_share`)."""
    amounts, statuses = list(columns.amounts), list(columns.statuses)
    listed = cache(lambda: listing_floor(columns.layout, columns.order_dates))  # once said
    ships = columns.ship_dates if shipped_on(columns.layout) else columns.none
    for j, (status, note) in enumerate(zip(statuses, columns.notes, strict=True)):
        if not (status[0] or note) or amounts[j] is None or not _written(status[0], note):
            continue  # most rows: no share said at all
        share = row_share(status[0], note, columns.order_dates[j],
                          floor_of(listed(), ships[j]), amounts[j])
        if share is not None:
            amounts[j], said = cut_share(amounts[j], status[1], share)
            statuses[j] = (status[0], said, *status[2:])
    return amounts, statuses


def share_messages(sheet: str, records: Iterable[Record], layout: SheetLayout | None = None
                   ) -> list[Message]:
    """The import report's note of each row of a sheet cancelling a share of its line, its
    `layout` giving its listing_floor and whether its ship dates are days shipped."""
    records = list(records)
    listed = cache(lambda: None if layout is None else listing_floor(
        layout, (r[ORDER_DATE] for r in records)))
    ships = layout is not None and shipped_on(layout)
    return said_shares(sheet, ((r[ROW], r[STATUS], r[STATUS_TEXT], r[NOTES], r[ORDER_DATE],
                                r[SHIP_DATE] if ships else None) for r in records), listed)


def said_shares(sheet: str, rows: Iterable[tuple[int, str | None, str | None, object,
                                                 str | date | None, str | date | None]],
                listed: Callable[[], date | None] = lambda: None) -> list[Message]:
    """:func:`share_messages` of rows as (row, status, status cell, note, order date, ship
    date), `listed` the sheet's listing_floor."""
    out = []
    for row, status, text, note, ordered, shipped in rows:
        if status == "cancelled" or not (text or note):
            continue
        said = text if isinstance(text, str) and text.strip() else note
        share = row_share(text, note, ordered, floor_of(listed(), shipped)) if _written(
            text, note) else None
        if share == 0 and _said(str(said))[0] == 0:
            out.append(Message("cancelled_other_share", N_(
                "Sheet “{sheet}” row {row}: a share of something other than the goods "
                "cancelled (“{said}”): the line is read as still sold and owed in full."),
                {"sheet": sheet, "row": row, "said": said}))
        elif share is not None and _said(str(said))[2] is True:  # 原N alone: cut by either
            out.append(Message("cancelled_share_cut", N_(
                "Sheet “{sheet}” row {row}: part of the line cancelled (“{said}”), its amount "
                "already cut to the rest: the amount written is read as still owed, not cut "
                "again."), {"sheet": sheet, "row": row, "said": said}))
        elif share is not None:
            out.append(Message("cancelled_share", N_(
                "Sheet “{sheet}” row {row}: {share} of the line cancelled (“{said}”): the rest "
                "is read as still sold and owed."),
                {"sheet": sheet, "row": row, "share": f"{_said(str(said))[0]:.0%}",
                 "said": said}))
        elif isinstance(said, str) and _part_said(said):
            out.append(Message("cancelled_part_unread", N_(
                "Sheet “{sheet}” row {row}: part of the line cancelled (“{said}”), how much "
                "could not be read: the whole line is read as still owed. Write the amount "
                "left in the amount cell, or the share cancelled (1/2取消)."),
                {"sheet": sheet, "row": row, "said": said}))
    return out
