"""A cancelled line that a later listing says went ahead after all: its goods went, or were paid.

The rule for a cancelled line listed again stands (core.ledger.normalise.later_status): a later
tab's or file's blank, 正常, 未收款 or 上月结转 leaves it cancelled — most often the row copied
forward from before the cancellation — and 已恢复 / 恢复出货 brings it back. Two later words are
the clerk saying in so many words that the order went ahead, and bring it back too (fix57i):

- the row's status or note says the goods went (已出货, 已发货, 已装船: normalise.says_shipped,
  the project's one list; not 未出货, 待出货, 出货前取消) and the row gives a 出货日期 on or after
  the day written on the cancellation (3/5客户取消), or the cancellation gives none. PO-R1 10,000,
  OA 30, 已取消 on the March tab, April's tab 状态 已出货 with 出货日期 03-01: 0 → 10,000 open,
  91 days, black at 06-30 (rv56d s148 h3). A note the cancelling row said already (copied) is
  no new word;
- the row brings money received, in the line's currency, that pays its full amount (a deposit
  held from before with it: the received total), more than the line had, dated after the
  cancellation: its written day, else the end of the month its tab or file is named after (the
  cancel may be any day of it). March's 已取消, May's row paid 10,000 on 05-10: 10,000 credit →
  0 open, 0 credit (s145 f6): the buyer paid for goods he got. A deposit alone pays no goods,
  and a payment dated before the cancel's month does not.

Neither where the row asks or is not sure (已出货吗, 是否已发货, 已装船？待确认, 已出货（待核实）:
rv57c s211b, eight cancelled lines read 10,000 owed, 95 days, black), nor money whose note
names another order (PO-R2货款, 客户付的是PO-R2的款 on PO-R1's row: rv57c s211 c3, PO-R1
revived and paid while PO-R2 stood 10,000 open, 60 days, watch).

The row is named in the import report (core.ledger.still_moving) with which it was; an older
file's row is kept out as any status it writes (core.ledger.older_status). A row saying its
goods went writes the status's day as 已恢复 does (:func:`dated_by`), so March's 已取消 imported
after April's 已出货 is kept out, as it is imported in order (fix58e), unless it writes a day
after the line's ship date (:func:`shipped_first`). Money on a payments tab paying the line
brings it back too, once the file is written (core.ledger.paid_revivals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from core.ledger.came_words import QUESTION
from core.ledger.line_values import (
    L_AMOUNT,
    L_NOTES,
    L_RECEIVED,
    L_RECEIVED_CURRENCY,
    L_RECEIVED_DATE,
    L_SHIP,
    L_STATUS,
)
from core.ledger.normalise import REINSTATED, STANDS, parse_status, says_shipped, word_text
from core.ledger.noted_orders import loose_number, sale_numbers, wire_references
from core.ledger.orders import CANCELLED, TOLERANCE
from core.ledger.own_rows import status_row
from core.ledger.paper_typos import DAY_WRITTEN
from core.ledger.record import (
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    SHIP_DATE,
    STATUS,
    STATUS_TEXT,
    Record,
)
from core.ledger.tab_month import month_end, named_year

SHIPPED, PAID = "shipped", "paid"  # why a line came back (core.ledger.still_moving's notes)
_DAY = re.compile(DAY_WRITTEN)
# not sure of it yet (已装船？待确认, 已出货（待核实）): no word that the goods went
_UNSURE = re.compile(r"待(?:确认|核实|核对|查|定)|未确认|不确定|确认中")


def revive(before: Sequence, merged: tuple, record: Record, sources: Sequence,
           cancelled: bool) -> tuple[tuple, str]:
    """The line a row leaves (`merged`; `before`: the line before it, `cancelled` or not),
    standing again where the row says it went ahead, and why (:func:`went_ahead`).
    `sources`: the line's stored source columns, which name the row that cancelled it
    (core.ledger.own_rows.status_row)."""
    why = went_ahead(before, merged, record[STATUS], record[SHIP_DATE], (
        record[STATUS_TEXT], record[NOTES]), status_row(sources),
        (record[ORDER_NO], record[INVOICE_NO])) if cancelled else ""
    return ((*merged[:L_STATUS], None, *merged[L_STATUS + 1:]) if why else merged), why


def dated_by(said: str | None, record: Record) -> str | None:
    """The word a row's status day is written by (core.ledger.older_status.status_day): a row
    saying its goods went, with its ship date (:func:`_went`), writes it as 已恢复 does, not
    as a plain 正常. Written as 正常's day alone, April's 已出货 imported before March's 已取消
    let the older cancellation in: PO-R1 10,000 owed in March-then-April order, nothing in
    April-then-March (rv57c); now March's is kept out, named, as behind 已恢复."""
    return dated_word(said, record[SHIP_DATE], (record[STATUS_TEXT], record[NOTES]))


def dated_word(said: str | None, ship: str | None, texts: tuple[object, object]) -> str | None:
    """:func:`dated_by` of a row's status, ship date and (status cell, note)."""
    return REINSTATED if said in (None, STANDS) and ship is not None and _went(
        texts, None) else said


def shipped_first(days: tuple, record: Record, before: Sequence) -> tuple:
    """A line's status days (core.ledger.older_status) as an older file's row cancelling it
    reads them: a later file's status word kept against it, unless the row's cancellation
    writes a day after the line's ship date (3/10客户取消, shipped 02-25): the later 已出货 is
    then the listing copied from before the cancel, as it is read in order (:func:`went_ahead`),
    and the cancel comes in whichever file is imported first."""
    return days_kept(days, record[STATUS], (record[STATUS_TEXT], record[NOTES]), before[L_SHIP])


def days_kept(days: tuple, said: str | None, texts: tuple[object, object], ship: object
              ) -> tuple:
    """:func:`shipped_first` of a row's status, (status cell, note) and the line's ship day."""
    if days[0] is None or not ship or said != CANCELLED:
        return days
    wrote = (_written_day(text, str(ship)) for text in texts)
    return (None, days[1]) if any(day and day > str(ship) for day in wrote) else days


def went_ahead(before: Sequence, merged: Sequence, said: str | None, ship: str | None,
               texts: tuple[object, object], wrote: Sequence,
               numbers: tuple[object, object] = (None, None)) -> str:
    """Why a row leaving its line cancelled brings it back (SHIPPED, PAID; else ''): the
    line's values before and after it, the row's status (`said`), ship date (ISO), status cell
    and note (`texts`), the row that cancelled the line (`wrote`: file, sheet, row) and the
    row's order and invoice numbers (`numbers`)."""
    if before[L_STATUS] != CANCELLED or merged[L_STATUS] != CANCELLED or said not in (
            None, STANDS):
        return ""  # its own 已取消, or 已恢复 and 有争议, say their word themselves
    if ship is not None and _went(texts, before[L_NOTES]):
        day = _written_day(before[L_NOTES], ship)
        if day is None or ship >= day:
            return SHIPPED
    paid, on = merged[L_RECEIVED], merged[L_RECEIVED_DATE]
    if paid is None or merged[L_RECEIVED_CURRENCY] is not None or not merged[L_AMOUNT] or (
            paid < merged[L_AMOUNT] - TOLERANCE or paid <= (before[L_RECEIVED] or 0) + TOLERANCE
            or names_another(texts[1], numbers)):
        return ""
    return PAID if paid_after(before[L_NOTES], wrote, on) else ""


def paid_after(cancelled: object, wrote: Sequence, on: str | None) -> bool:
    """Is money received on `on` (ISO) after the cancellation: the day its note writes
    (`cancelled`), else the end of the month the cancelling row's tab or file (`wrote`:
    file, sheet, row) is named after (the cancel may be any day of it); neither, any day."""
    day = (_written_day(cancelled, on) if on else None) or _named_end(wrote)
    return day is None or (on is not None and on > day)


def _went(texts: tuple[object, object], cancelled: object) -> bool:
    """Do a row's status cell or note (`texts`) say the goods went, none saying a
    cancellation, the note not the cancelling row's own (`cancelled`) copied?"""
    said = [t for t in (texts[0], None if texts[1] == cancelled else texts[1])
            if isinstance(t, str)]
    return any(map(says_shipped, said)) and all(
        parse_status(t) != CANCELLED and not QUESTION.search(word_text(t))
        and not _UNSURE.search(t) for t in said)


def names_another(note: object, numbers: tuple[object, object]) -> bool:
    """Does the row's note name an order other than the row's own (PO-R2货款 on PO-R1's)? A
    reference of digits alone may be a sum (尾款USD5000): only one holding a letter counts."""
    own = sale_numbers(*(str(n) if n else None for n in numbers))
    return any(loose_number(ref) not in own for ref in wire_references(note)
               if not ref.isdigit() and any(c.isalpha() for c in ref))


def _written_day(note: object, near: str) -> str | None:
    """The day a cancelling note writes (3/5客户取消, 已取消 2025-03-05), ISO, in the year it
    gives, else `near`'s (an ISO day of the row)."""
    if not isinstance(note, str) or parse_status(note) != CANCELLED:
        return None
    found = _DAY.search(word_text(note))
    if found is None:
        return None
    try:
        return date(int(found[1] or near[:4]), int(found[2]), int(found[3])).isoformat()
    except ValueError:
        return None


def _named_end(wrote: Sequence) -> str | None:
    """The last day of the month the cancelling row's tab or file is named after, if any."""
    named = named_year(str(wrote[1] or ""), str(wrote[0] or "")) if len(wrote) > 1 else None
    return None if named is None or named.month is None else month_end(
        named.year, named.month).isoformat()
