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
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from core.ledger.came_words import ANSWERED, QUESTION
from core.ledger.line_values import (
    L_AMOUNT,
    L_NOTES,
    L_RECEIVED,
    L_RECEIVED_CURRENCY,
    L_RECEIVED_DATE,
    L_SHIP,
    L_STATUS,
)
from core.ledger.moved_sums import Moved, moved_sums, said_text
from core.ledger.normalise import REINSTATED, STANDS, parse_status, word_text
from core.ledger.noted_figures import plain_figures
from core.ledger.noted_orders import loose_number, sale_numbers, wire_references
from core.ledger.older_status import NO_DAY, StatusDay, status_day
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import TOLERANCE
from core.ledger.own_rows import status_row
from core.ledger.paper_typos import DAY_WRITTEN
from core.ledger.plan_said import paid_later
from core.ledger.record import (
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    RECEIVED,
    SHIP_DATE,
    STATUS,
    STATUS_TEXT,
    Record,
)
from core.ledger.shipped_words import says_shipped
from core.ledger.tab_month import month_end, named_year
from core.ledger.unsure_words import BARE_UNSURE, CLAUSE_TEXT, UNSURE

SHIPPED, PAID = "shipped", "paid"  # why a line came back (core.ledger.still_moving's notes)
MOVED_IN = "moved in"  # ... paid by money moved in from another order (moved_from), fix59n
_DAY = re.compile(DAY_WRITTEN)
# the money a clause naming another order says is that order's (PO-R2货款), and the papers whose
# numbers name no order (a contract, a bank slip, a container, a bill of lading)
_MONEY = re.compile(r"款|定金|订金|payment", re.IGNORECASE)
_PAPER = re.compile(r"合同|contract|水单|集装箱|柜号|提单|b/l", re.IGNORECASE)
# the money moved to another order (款转PO-R2, 付到PO-R2, 用于PO-R2), and a clause denying it is
# the row's own order's (不是PO-R1的, 原PO-R1已取消)
_MOVED = re.compile(r"转|付到|付给|用于|抵|作为")
_NOT_OWN = re.compile(r"不是|非|取消")
# money moved in from another order (PO-R2的款转入本单, 货款由PO-R2转来, 从PO-R2转过来): the
# row's own now, where no other number follows the word (由PO-R1转到PO-R2 moves it out)
_MOVED_IN = re.compile(r"转(?:入|到|至)(?:本|此|该|这)|转(?:过)?来"
                       r"|(?:由|从)[^转]{0,30}转(?:入|到|至)")


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
    April-then-March (rv57c); now March's is kept out, named, as behind 已恢复. So does a row
    with money its note moves in from another order (:func:`moved_from`): May's PO-R2的款转入
    本单 imported before March's 已取消 left PO-R1 cancelled, its 10,000 credit and PO-R2 read
    paid, where in order PO-R2 is 10,000 owed, 60 days (rv59g s294)."""
    return dated_word(said, record[SHIP_DATE], (record[STATUS_TEXT], record[NOTES]), (
        record[RECEIVED], record[ORDER_NO], record[INVOICE_NO]))


def first_days(said: str | None, record: Record, day: Callable[[], str | None]) -> StatusDay:
    """The status days a row inserting its line leaves (older_status.status_day of what it
    says, `day`: the file's): none where its status, status cell and note are all blank, as
    :func:`dated_word` then says nothing (most rows: no call a row, perf60a)."""
    if said is None and not (record[STATUS_TEXT] or record[NOTES]):
        return NO_DAY
    return status_day(dated_by(said, record), (None, None), NO_DAY, day)


def dated_word(said: str | None, ship: str | None, texts: tuple[object, object],
               money: tuple[object, object, object] = (None, None, None)) -> str | None:
    """:func:`dated_by` of a row's status, ship date, (status cell, note) and (received,
    order number, invoice number)."""
    if said not in (None, STANDS) or not any(texts):
        return said  # both cells blank, most rows: nothing said went (perf59a)
    if ship is not None and _went(texts, None):
        return REINSTATED
    return REINSTATED if money[0] and moved_from(texts[1], money[1], money[2]) else said


def status_kept(merged: tuple, status: str | None, stored: object) -> tuple:
    """The line a row leaves with the status older_status settled on (`status`), and the
    stored note (`stored`: given where the row's status was kept out, an older file's) where
    the row's note says but the word kept out (:func:`kept_note`)."""
    notes = stored if stored is not None and kept_note(merged[L_NOTES], stored, merged[
        L_STATUS]) else merged[L_NOTES]
    line = [*merged]
    line[L_STATUS], line[L_NOTES] = status, notes
    return tuple(line)


def kept_note(note: object, stored: object, said: str | None) -> bool:
    """Is an older file's row's note (`note`) no more than the status it says (`said`, 已取消)
    and kept out, so the stored note stands? Written over it, May's PO-R2的款转入本单 read as
    March's 已取消 once March's file came second: its move lost, PO-R2 read paid where 10,000
    is owed, 60 days (rv59g s294)."""
    return isinstance(note, str) and note != stored and parse_status(note) == said is not None


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
    if not paid_after(before[L_NOTES], wrote, on):
        return ""
    return MOVED_IN if moved_from(texts[1], *numbers) else PAID


def paid_after(cancelled: object, wrote: Sequence, on: str | None) -> bool:
    """Is money received on `on` (ISO) after the cancellation: the day its note writes
    (`cancelled`), else the end of the month the cancelling row's tab or file (`wrote`:
    file, sheet, row) is named after (the cancel may be any day of it); neither, any day."""
    day = (_written_day(cancelled, on) if on else None) or _named_end(wrote)
    return day is None or (on is not None and on > day)


@lru_cache(maxsize=8192)
def _went(texts: tuple[object, object], cancelled: object) -> bool:
    """Do a row's status cell or note (`texts`) say the goods went, none saying a
    cancellation, the note not the cancelling row's own (`cancelled`) copied? Once a distinct
    pair: every row with a ship date is asked (fix58e's dated_by), and its cells repeat (0.37
    profiled s of a 100k import asked afresh)."""
    said = [word_text(t) for t in (texts[0], None if texts[1] == cancelled else texts[1])
            if isinstance(t, str)]
    return any(map(_sure_shipped, said)) and all(parse_status(t) != CANCELLED for t in said)


def _sure_shipped(text: str) -> bool:
    """Does a clause of a folded cell say the goods went, not asking it (已出货吗, 是否已出货)
    unless the next clause answers yes (已出货吗？客户回复已出货, 是否已出货：是), nor unsure of
    it in its own words or a bare next clause (已出货待确认, 已出货（待核实）)? An unsure clause
    naming something else (尾款待确认, 提单待确认, 不确定客户何时付款) or a question of something
    else (是否开票？) speaks of that: the reader's 131 looked for both anywhere in the cell and
    kept eight shipped lines cancelled, 10,000 owed read 0 (rv58a s221)."""
    spans = [(m.start(), m.end()) for m in CLAUSE_TEXT.finditer(text)]
    for at, (start, end) in enumerate(spans):
        clause = text[start:end]
        nxt = text[spans[at + 1][0]:spans[at + 1][1]].strip() if at + 1 < len(spans) else ""
        if not says_shipped(clause) or UNSURE.search(clause) or BARE_UNSURE.fullmatch(nxt):
            continue
        asked = any(q.start() < end and q.end() >= end for q in QUESTION.finditer(text))
        if not asked or ANSWERED.match(nxt):
            return True
    return False


def names_another(note: object, numbers: tuple[object, object]) -> bool:
    """Does the row's note say its money is another order's (PO-R2货款, 客户付的是PO-R2的款,
    PO-R1取消，款转PO-R2, 客户把PO-R1的款付到PO-R2 on PO-R1's row)? A clause naming another
    number with money (款, 定金), not put off (PO-R2下月付), says so, unless a clause gives the
    money to the row's own order alone (PO-R1货款（PO-R2下月付）); a reference with no money
    (TT REF FT25130XK7) or a paper's number (合同SC25-001全款, 水单号HSBC2505103) does not:
    read the other way each kept a paid line cancelled, 10,000 on account (rv58a s221), or
    brought a cancelled one back paid by another order's money, 10,000, 60 days, watch (rv58c
    s233). A reference of digits alone may be a sum (尾款USD5000): only one holding a letter
    counts."""
    if not isinstance(note, str):
        return False
    own = sale_numbers(*(str(n) if n else None for n in numbers))
    others = own_money = False
    for clause in CLAUSE_TEXT.findall(plain_figures(note)):
        keys = {loose_number(ref) for ref in wire_references(clause)
                if not ref.isdigit() and any(c.isalpha() for c in ref)}
        if not keys or not _MONEY.search(clause) or _PAPER.search(clause):
            continue
        if keys - own and not paid_later(clause) and not _moved_in(clause, own) and (
                not keys & own or _MOVED.search(clause)):
            others = True
        elif keys <= own and not _NOT_OWN.search(clause):
            own_money = True
    return others and not own_money


def _moved_in(clause: str, own: set[str]) -> bool:
    """Does a clause move money from another order into the row's (PO-R2的款转入本单, 货款由
    PO-R2转来), naming no other order after the word? Read as another order's money, PO-R1's
    10,000 paid on 05-10 stayed credit on account and the cancelled line with it (rv58d s248
    m2, m3)."""
    found = _MOVED_IN.search(clause)
    return found is not None and not {
        loose_number(ref) for ref in wire_references(clause[found.end():])
        if any(c.isalpha() for c in ref)} - own


def moved_from(note: object, order_no: object, invoice_no: object) -> str | None:
    """The other order a row's note moves its money in from (PO-R2的款转入本单, 货款由PO-R2
    转来 on PO-R1's row: PO-R2's loose number; the first of several), else None. That money
    left PO-R2: taken as new money as well, PO-R2 paid 10,000 on 04-20 and PO-R1 revived by
    it both read paid where the buyer owes 10,000 (fix59n; core.analysis.refunds.moved_in
    takes it back)."""
    found = _moved(note, order_no, invoice_no)
    return None if found is None else found[0][0][0]


def moved_said(note: object, order_no: object, invoice_no: object) -> str | None:
    """:func:`moved_from`'s orders, with the figure its clause gives each the money moved
    (PO-R2的款3000转入本单: 'po-r2 3000.0'; read in full, PO-R2's whole 10,000 was taken back,
    10,000 owed where 3,000 is: rv59g s294 m3), in one text (core.ledger.moved_sums): the
    analysis asks it in one column of a row (core.analysis.fetch)."""
    found = _moved(note, order_no, invoice_no)
    return None if found is None else said_text(found)


def _moved(note: object, order_no: object, invoice_no: object) -> list[Moved] | None:
    """The orders a row's note moves money in from, with the figures the clause writes
    before the word moving it (的款3000转入本单), if any (core.ledger.moved_sums)."""
    if not isinstance(note, str) or "转" not in note:
        return None
    own = sale_numbers(*(str(n) if n else None for n in (order_no, invoice_no)))
    for clause in CLAUSE_TEXT.findall(plain_figures(note)):
        found = _MOVED_IN.search(clause)
        if found is None or not _MONEY.search(clause) or _PAPER.search(clause) or not (
                _moved_in(clause, own)):
            continue
        refs = {ref for ref in wire_references(clause[:found.start()])
                if not ref.isdigit() and any(c.isalpha() for c in ref)}
        if {loose_number(ref) for ref in refs} - own:
            return moved_sums(clause[:found.start()], refs, own)
    return None


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
