"""The words by which a clerk marks a ledger row as another lot of a product, and whether a row
is another lot of a line shown before (:func:`other_lot`; the report's word on such rows is
core.ledger.other_lots). Apart from other_lots because orders, which reads them, is what
other_lots' neighbours are built on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import count

from core.ledger.copy_names import later_copy
from core.ledger.normalise import parse_status, word_text
from core.ledger.paper_typos import DAY_WRITTEN
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    NOTES,
    PRODUCT,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    STATUS_TEXT,
    Record,
)
from core.ledger.revised_files import revises
from core.ledger.shipped_words import says_shipped

_DAY = re.compile(DAY_WRITTEN)  # a day a cancellation writes (3/5取消)

# A lot's count in its words, however written: 第二批, 第2批, 二批, 第二次出货, "2nd shipment",
# "second lot", "Lot 2" are all lot 2 (:func:`_folded`: "lot2"), the first lot "lot1"
_COUNT = re.compile(r"[0-9]+|[一二三四五六七八九十]+|first|second|third|fourth|fifth")
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
          **{c: n for n, c in enumerate("一二三四五六七八九", 1)}}
FIRST = "lot1"
TOLERANCE = 0.005  # amounts closer than this are the same amount (a rounding)
# a line as shown before: its amount, the lot words it said (lot_said) and its ship date
Shown = tuple[float | None, str, object]

# The words by which a clerk marks a row as another shipment of its product: a lot counted
# (第二批, 第2批, 二批, "2nd shipment", "Lot 2"), a shipping counted (二次出货, 第2次发货: not
# 一次出货, shipped at once), a shipment in parts (分批, partial shipment 2), goods sent after
# (补发, 余货, 尾货, balance shipment); a lot numbered past 9 is a production lot ("lot 2025").
# Found in a row's notes, product or status cell; a lot of money is none (分批付款, 第二批货款
# 已收: a status cell says how the buyer pays, lots35), nor is an invoice sent again
# (补发票, 发票补发, 补发 INV-2, 补发提单: the line's papers re-issued; its re-dated row was a
# second sale, 12,000 open where 6,000 is, lots36) or a lead time ("Delivery 2 weeks",
# "shipment 3 days after deposit": "delivery 2" was read as lot 2, lots36).
_COUNTED = r"第\s*[0-9一二三四五六七八九十]+\s*批|[二三四五六七八九十]批"  # 第二批, 二批
_MONEY = r"\s*(?:货?款|付|收|回款|汇|结)"  # after a lot word: its money (第二批货款已收)
# after 补发: an invoice or the shipping papers re-issued (补发票 INV-2, 补发提单, 补发 PI)
_INVOICE = r"\s*(?:发?票|单据|单证|提单|invoice|inv\b|[cp]i\b|b/?l\b)"
# after "delivery 2": a lead time (2 weeks, 3 days, 2个月, 2周)
_LEAD_TIME = (r"\s*(?:weeks?|wks?|days?|months?|hours?|hrs?|working\s+days?"
              r"|周|天|日|个?月|工作日|星期|礼拜)")
LOT_WORDS = re.compile(
    rf"(?:{_COUNTED}|分批)(?!{_MONEY})"
    r"|(?:第\s*[0-9一二三四五六七八九十]+|[2-9二三四五六七八九十])\s*次\s*(?:出|发|交|装)(?:货|运)"
    rf"|(?<!票)补发(?!{_INVOICE})|余货|尾货"  # 发票补发: the invoice sent again
    r"|\b(?:[0-9]+(?:st|nd|rd|th)|second|third|fourth|fifth|final|last|balance)\s+"
    r"(?:shipment|lot|batch|delivery)\b"
    r"|\b(?:shipment|lot|batch|delivery)\s*(?:no\.?\s*)?#?\s*[1-9]\b(?![.,/-]?[0-9])"
    rf"(?!{_LEAD_TIME})"
    r"|\bpartial\s+(?:shipment|delivery)\s*(?:no\.?\s*)?#?\s*[0-9]*",
    re.IGNORECASE)

# a word every match of LOT_WORDS holds: most cells hold none and are passed over at half the
# cost (a 100,000-row ledger's notes, product and status cells read for lots, every row)
HINTS = ("批", "次", "补发", "余货", "尾货", "shipment", "lot", "batch", "delivery")
_HINT = re.compile("|".join(HINTS), re.IGNORECASE)


# a later lot's money (第二批货款, 第2批款): said of a row, the row is that lot's, its goods or
# its money (a lot called off: core.ledger.lots_called_off)
_LOT_MONEY = re.compile(rf"(?:{_COUNTED})(?={_MONEY})")


def later_lot_money(note: object) -> bool:
    """Does a note name a later lot's money (第二批货款, not 第一批货款)?"""
    return isinstance(note, str) and "批" in note and any(
        later_lot(_folded(m.group())) for m in _LOT_MONEY.finditer(note))


def lot_said(*cells: object) -> str:
    """The lot words a row's cells write ("" for none), each folded, each once, in order: a
    row is another lot of a line only where what it says of its lot differs from what the
    line said (a second lot shown again on the next tab, still noted 第二批, is that lot's
    line again, whichever of its cells says so)."""
    said = {_folded(m.group()) for cell in cells
            if isinstance(cell, str) and _HINT.search(cell) for m in LOT_WORDS.finditer(cell)}
    return "|".join(sorted(said))


def _folded(word: str) -> str:
    """A lot word as compared: a counted lot as "lot" and its count (第2批 in May's file is
    the 第二批 April's said: read as a third lot, 14,200 open where 10,200 is, break35b), any
    other lowercased without spaces (分批, 补发, "balance shipment")."""
    found = _COUNT.search(word := word.lower().replace(" ", ""))
    if found is None:
        return word
    count = found.group()
    if count.isdigit():
        return f"lot{int(count)}"
    if "十" not in count:
        return f"lot{_WORDS.get(count, count)}"  # 二, "second"
    tens, _, units = count.partition("十")
    return f"lot{_WORDS.get(tens, 1) * 10 + _WORDS.get(units, 0)}"


# a lot whose money a cell speaks of (第二批货款已收): no lot of its own, the lot's line where
# one said that lot (:func:`paid_lot`)
_PAID_LOT = re.compile(rf"(?:{_COUNTED})(?={_MONEY})")


def paid_lot(record: Record) -> str:
    """The lot whose money a row's notes, product or status cell speak of, where they say no
    lot ("" else): May's tab's 第二批货款已收 on the row of the second lot April's tab showed
    (第二批已发) is that lot's line again, not March's line paid (break35b); where no line
    said that lot it is paying in parts, one line (lots35)."""
    return _cells_paid(record[NOTES], record[PRODUCT], record[STATUS_TEXT])


def paid_elsewhere(line: Shown, paid: str, after: Iterable[Shown | None]) -> bool:
    """Is a row of a lot's money (`paid`: paid_lot) in the place of a `line` saying another
    lot that lot's row elsewhere: does a line `after` it, up to the first place none holds,
    say that lot?"""
    if not paid or line[1] == paid:
        return False
    for later in after:
        if later is None or later[1] == paid:
            return later is not None
    return False


def says(record: Record) -> bool:
    """Does the row say a lot, or a lot's money? For a row saying neither the store gives
    only a line saying a lot (core.ledger.stored_lots)."""
    return bool(row_lot(record) or paid_lot(record))


def another(key: str, record: Record, line_of: Callable[[str], Shown | None]) -> bool:
    """Is the row another lot (other_lot) than the line `line_of` gives at its place `key`,
    or a row of a lot's money whose lot a line after it says (:func:`paid_elsewhere`)?"""
    line = line_of(key)
    if line is None or other_lot(line, record):
        return line is not None
    part, _, place = key.rpartition("#")
    return paid_elsewhere(line, paid_lot(record), (
        line_of(f"{part}#{n}") for n in count(int(place) + 1)))


def paid_said(*cells: object) -> str:
    """:func:`paid_lot` of the cells, folded as lot_said folds lot words."""
    found = [c for c in cells if isinstance(c, str) and "批" in c]
    if not found or lot_said(*found):
        return ""
    return "|".join(sorted({_folded(m.group()) for c in found for m in _PAID_LOT.finditer(c)}))


def kept_notes(notes: object, product: object, status: object) -> object:
    """The notes a row's line keeps: its notes cell, with the lot its status cell says where
    its notes and product do not (第二批已发: 第二批), since the store keeps no status text.
    A stored line is read for its lot by its notes and product (core.ledger.stored_lots): the
    lot said only in April's status cell was no lot there, so April's file re-sent with the
    lot corrected to 4,500 read as a third lot, 14,500 open where 10,500 is (lots35b)."""
    notes = _with_cancel_day(notes, status)
    if not isinstance(status, str) or not _HINT.search(status):
        return notes  # most rows: the status says no lot
    said = set(lot_said(notes, product).split("|"))
    words = [m.group() for m in LOT_WORDS.finditer(status)
             if _folded(m.group()) not in said]
    return " ".join([notes, *words] if isinstance(notes, str) and notes else words) or notes


def _with_cancel_day(notes: object, status: object) -> object:
    """The notes with a status cell's cancellation that writes its day (3/5取消), which the
    line's notes alone keep (a cancelled line is read again by the day its notes write:
    core.ledger.revived_lines). Kept out, April's 已出货 of a line shipped 03-01 brought back
    a line its status cell cancelled on 3/5 (10,000 owed, 91 days, black), where the same
    words in its note left it cancelled (fix58e)."""
    if not isinstance(status, str) or not _dated_cancel(status) or (
            isinstance(notes, str) and status in notes):
        return notes
    return f"{notes} {status}" if isinstance(notes, str) and notes else status


@lru_cache(maxsize=4096)
def _dated_cancel(status: str) -> bool:
    """Does a status cell cancel its line and write the day (3/5取消)? Once a distinct cell:
    a ledger's status cells repeat a few words (0.13 profiled s of a 100k import, asked of
    every row)."""
    return parse_status(status) == "cancelled" and _DAY.search(word_text(status)) is not None


def row_lot(record: Record) -> str:
    """The lot words of a row's notes, product and status cells (第二批已发 in the status
    column says the lot as 第二批 in the notes does: it was read as the line's balance left)."""
    return _cells_lot(record[NOTES], record[PRODUCT], record[STATUS_TEXT])


# lot_said of a row's three cells, each distinct three once: a 100,000-row ledger's rows repeat
# a few hundred products and notes, and every row is read for its lot twice (core.ledger.orders;
# perf41c: 200,000 calls, three regex searches each, were 0.4 CPU s of a 6.5 s import)
_cells_lot = lru_cache(maxsize=8192)(lot_said)
_cells_paid = lru_cache(maxsize=8192)(paid_said)  # paid_lot's, as _cells_lot


def shown(record: Record) -> Shown:
    return record[AMOUNT], row_lot(record), record[SHIP_DATE]


def other_lot(line: Shown, record: Record) -> bool:
    """Is a row that would repeat a `line` shown before (an earlier tab's, or a stored line
    of an earlier file: core.ledger.stored_lots) another shipment of its product instead (a
    line of its own)? Only where the clerk says so: the row names another lot than the line
    did and its amount, or its ship date (both known), differs: 60 sofas more, 6,000 again,
    shipped 04-10, noted 第二批, were read as the 03-10 line's date corrected (lots35). A
    changed amount, quantity or ship date alone is the line corrected: read as another lot,
    95 sofas 9,500 paid on the 4月 tab beside the 3月 tab's 100 at 10,000 made 19,500 of
    sales, 10,000 overdue and a paid buyer graded C (fix34c). A first lot where the line said
    none is the line restated (:func:`restated`). A row saying no lot beside a line saying a
    later one (:func:`later_lot`), shipped another day, is the first lot read after it: March's
    row after April's file (or tab) of the second lot alone took that lot's line, 6,000 open
    where 10,000 is; shipped the same day, it is that lot corrected (break35b). Beside a line
    whose words count no lot (补发配件, 分批出货, 余货) it is that line re-dated: read as
    another lot, 6,000 re-dated 03-12 made 12,000 open where 6,000 is (lots36)."""
    amount, said, ship = line
    new = record[AMOUNT]
    if amount is None or new is None or record[CREDIT_NOTE]:
        return False
    lot = row_lot(record)
    if not lot:  # beside a later lot's line read first (April's 第二批, then March's row)
        return later_lot(said) and None not in (ship, record[SHIP_DATE]) and (
            ship != record[SHIP_DATE])
    if waits_apart(said, lot, ship, waiting(record)):
        return True
    if abs(new - amount) <= TOLERANCE and (None in (ship, record[SHIP_DATE])
                                           or ship == record[SHIP_DATE] or first_only(lot)):
        return False  # the same amount re-dated and noted 第一批 is the first lot re-dated
    return bool(lot) and lot != said and not restated(said, lot)


def restated(said: str, lot: str) -> bool:
    """Is a row noted as the first lot (`lot`: 第一批) in the place of a line that said no lot
    (`said`) that line restated as the order's first shipment? March's file lists S-1 10,000
    in one row, April's its lots, 第一批 6,000 and 第二批 4,000: read as another lot than
    March's line, 第一批 made 20,000 open where 10,000 is (lots35b)."""
    return not said and first_only(lot)


def later_lot(lot: str) -> bool:
    """Do the lot words (lot_said) count a lot after the first (第二批, "Lot 3", 第十二批)? A
    word counting none (分批, 补发, 余货, "balance shipment") names no lot a row is not."""
    return any(word.startswith("lot") and word[3:].isdigit() and int(word[3:]) > 1
               for word in lot.split("|"))


# words counting no lot that name goods shipped after the first (lot_said's folding)
_AFTER = re.compile(r"(?:balance|final|last)(?:shipment|lot|delivery)")
# lot words that also mean something else, read as no later lot (rv51c): 二批 without 第 (客户是
# 二批商, a secondary wholesaler), 尾货 / 余货 (clearance goods: 尾货处理 马克杯), 补发 (a
# replacement sent: 部分破损已补发 on a re-listed row made a second sale, revenue 12,000 where
# 6,000 is), a batch ("Cup (second batch color)") and "Lot 2" (a product's code: Mug LOT 2 blue)
_NOT_LATER = re.compile(r"^(?:[二三四五六七八九十]批|补发|余货|尾货)$|batch|^lot", re.IGNORECASE)


def sent_after(*cells: object) -> bool:
    """Do the cells say their row is a lot shipped after the first, in words meaning only
    that: 第二批, 第2批, 第二次出货, "2nd lot", "second shipment", "shipment 2", "balance
    shipment"? Not 分批 or "partial shipment", said of every part of an order shipped in
    parts, nor words meaning something else too (:data:`_NOT_LATER`; core.ledger.unsent_lots)."""
    return any(not _NOT_LATER.search(m.group().strip()) and (
        later_lot(word := _folded(m.group())) or bool(_AFTER.fullmatch(word)))
        for cell in cells if isinstance(cell, str) and _HINT.search(cell)
        for m in LOT_WORDS.finditer(cell))


def lot_waits(notes: object, product: object, status: object) -> bool:
    """Does a row's notes, product or status cell say it is a later lot (:func:`sent_after`)
    and its status not that it has shipped (已出货, 第二批已发: normalise.says_shipped)? With
    its ship date blank such a row is still to ship (core.ledger.unsent_lots); a status saying
    it shipped reads as before (rv51c: 12,000 open read as 6,000)."""
    return sent_after(notes, product, status) and not says_shipped(
        status if isinstance(status, str) else None)


_cells_waits = lru_cache(maxsize=8192)(lot_waits)  # as _cells_lot


def waiting(record: Record) -> bool:
    """Is a row with its ship date blank, in a sheet with a ship-date column (a later file
    without one says nothing of a date: rv51c), a later lot still to ship (:func:`lot_waits`)?"""
    return (record[SHIP_DATE] is None and record[SHIP_DATE_KNOWN] != 0
            and _cells_waits(record[NOTES], record[PRODUCT], record[STATUS_TEXT]))


def waits_apart(said: str, lot: str, ship: object, waits: bool) -> bool:
    """Is a row still to ship (`waits`: :func:`waiting`; `lot`: its lot words), in the place
    of a line shipped (`ship`) that said none of its lot words (`said`), that lot on its own
    (core.ledger.unsent_lots)? June's tab 待出货 listing L-1's 第二批 alone, 6,000 as 第一批
    shipped 03-01, was read as that line with its date left blank: the sale of the second
    lot lost, revenue 6,000 where 12,000 is (acct51c)."""
    return waits and ship is not None and not set(lot.split("|")) & set(said.split("|"))


def first_of_lots(note: object) -> bool:
    """Does a sale row's note say its order ships in lots, the row no later one (分批出货，
    第一批; 第1批; "1st shipment"; "partial shipment"), naming no later lot? A deposit for the
    whole order on it is partly the later lots' (core.ledger.order_payments; whether any are
    still to come: core.ledger.lots_called_off.lots_to_come, fix58h)."""
    words = lot_said(note).split("|")
    return not sent_after(note) and not later_lot("|".join(words)) and any(
        word in (FIRST, "分批") or word.startswith("partial") for word in words)


def first_only(lot: str) -> bool:
    """Do the lot words (lot_said) name the first lot only (第一批, 第1批, 1st shipment)?"""
    return lot == FIRST


def amount_kept(stored: str, row: str, files: tuple[str | None, str]) -> bool:
    """Does a row of another file leave a stored line's amount, quantity and price as they
    are? Where it lists the order whole beside the first lot (:func:`listed_whole`), or its
    file is the original of the one that last wrote the line (`files`: that file, the row's):
    a revision (修订) is the later of the two (core.ledger.revised_files), and the original
    imported after it put back the amount it corrected, 15,000 open where 12,000 is (order36).
    One rule for both imports."""
    return revises(*files) or listed_whole(stored, row, files)


def listed_whole(stored: str, row: str, files: tuple[str | None, str]) -> bool:
    """Is a row that says no lot (`row`: its lot words, lot_said) of a line another file
    stored as the order's first lot (`stored`: 第一批) the order listed whole, before its
    lots? April's file (第一批 6,000, 第二批 4,000) imported before March's one row of 10,000:
    March's amount replaced the first lot's, 14,000 open where 10,000 is (lots35b). Such a
    row leaves the lot's amount and quantity as they are (core.ledger.line_values). Not where
    the row's file (`files`: the line's last file, the row's) is that file revised or its
    later copy (台账 2025-04 修订.xlsx, 台账 2025-04(1).xlsx): its row is the lot corrected,
    its note left out; read as the order listed whole, the lot corrected to 6,200 stayed
    6,000 (lots36)."""
    last, name = files
    return not row and first_only(stored) and not (revises(name, last)
                                                   or later_copy(name, last))

