"""Money a buyer pays back for a deduction it took: the deducted order's, wherever it is booked.

Hamburg took 500 off PO-H1 as a claim (备注 质量扣款500, 9,500 received: a credit note of 500
on PO-H1). Later the buyer, or its sister firm, pays the 500 back, and the clerk books it on
the row of the order the wire came with: 补付PO-H1质量扣款 on PO-H2's row. Kept on PO-H2 the
500 was credit on account, PO-H1's credit note stood, and the buyer's revenue was 500 short;
a sister firm's 500 stayed its own, on account (rv58d s241 D1, s245 H2). So a row of money
whose note says it pays back another order's deduction (:func:`repays`) is that order's
money (:func:`to_deducted`); once written, the deducted order paid in full has its credit
note withdrawn (core.ledger.deductions_stored.settle_stored, the one rule of it).

A first import weighs the store's money too (core.ledger.importer): it passed over that step,
so the 500 paid back on a 收款登记 tab of the very book noting 质量扣款500 left the credit
note standing (9,500 sold where 10,000 is, 500 on account), where any later import withdrew
it. Not read as paying another order's deduction back: a repayment only planned or asked
(待补付, 下月补付, 补付质量扣款？), a note naming no deduction (补付尾款: the balance, as before),
and one naming several orders or none but the row's own (its own order's already).

Nor is a row paying back the deduction of an order another buyer bought (`Owners`: the file's
and the store's buyers of its number), unless that buyer is the payer or a firm of its words
(Hamburg Licht Handel KG for Hamburg Licht GmbH: :func:`payers_firm`): Delhi's 500 on its own
PO-D2 noted 补付PO-Q1质量扣款 (Quito's deduction) was booked on Quito's PO-Q1, Quito's credit
note withdrawn and Delhi's 500 gone from its account (rv59d s272 B). It stays Delhi's, on
account.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache
from operator import itemgetter

from core.ledger.deduction_notes import KINDS
from core.ledger.noted_orders import loose_number, references, sale_numbers
from core.ledger.received_only import Named
from core.ledger.record import AMOUNT, CUSTOMER_KEY, INVOICE_NO, NOTES, ORDER_NO, RECEIVED, Record
from core.ledger.rows import SheetRecords, settle_pending
from core.short_names import tells
from core.similarity import LEGAL_CHINESE, LEGAL_FORMS, telling

Owners = Callable[[str], Collection[str]]  # the buyers' keys of a loose order number

# paid back (补付, 补款, 补交, 补汇, 补回, 补缴, 返还扣款), not planned, owed or asked (待补付,
# 未补, 需补, 下月补付: before the word)
_BACK = re.compile(r"(?<![未待将需应要拟没不月周])补(?:付|款|交|汇|回|缴|发)"
                   r"|\b(?:repaid|paid back|repayment of|repay(?:ing)?)\b", re.IGNORECASE)
# a clause's stops: the deduction and the number it pays back are written in one
_CLAUSE = re.compile(r"[^,，;；。\n]+")
_ASKED = re.compile(r"[?？]|吗|是否")
# a reference an order is numbered by: letters then digits (PO-7, YW25-0049), not a sum
_SHAPE = re.compile(r"[a-z][0-9a-z_-]*[0-9]")


@lru_cache(maxsize=4096)
def repays(note: object) -> tuple[str, ...] | None:
    """The order numbers (as the note writes them, folded) a note says its money pays a
    deduction of back: () where it names none (its row's own order), None where it pays no
    deduction back."""
    if not isinstance(note, str):
        return None
    for clause in _CLAUSE.findall(note):
        back = _BACK.search(clause)
        if back is None or _ASKED.search(clause):
            continue
        rest = clause[back.start():]
        if not any(words.search(rest) for _, _, words in KINDS):
            continue
        return tuple(text for key, text in references(rest).items() if _SHAPE.match(key))
    return None


def to_deducted(sheet: SheetRecords, owners: Owners | None = None) -> None:
    """A sheet's rows of money taken, each whose note pays back the deduction of one other
    order (:func:`repays`) booked on that order: its number the note's, its invoice none. A
    row held for the file (naming an order its sheet does not list) is taken by its own
    number first, as the preview says (:func:`settle_repaid`): a sister firm's row on its
    own PO-S1 for Hamburg's PO-H1 would be skipped, PO-H1 being no order of the sister's."""
    said = {note for note in set(map(itemgetter(NOTES), sheet.records)) if repays(note)}
    if said:  # most sheets: no note pays a deduction back
        sheet.records = [_moved(r, said, owners) for r in sheet.records]


def settle_repaid(sheet: SheetRecords, orders: set[Named], owners: Owners | None = None
                  ) -> None:
    """rows.settle_pending, then the rows it takes booked where they pay a deduction back."""
    held = bool(sheet.pending)
    settle_pending(sheet, orders)
    if held:
        to_deducted(sheet, owners)


def _moved(r: Record, said: set[object], owners: Owners | None) -> Record:
    """A row of money paying back one other order's deduction, on that order, unless another
    buyer than its payer's firm bought that order (the module's docstring)."""
    named = repays(r[NOTES]) if r[NOTES] in said and not r[AMOUNT] and (
        r[RECEIVED] or 0) > 0 else None
    if not named or len(named) != 1 or loose_number(named[0]) in sale_numbers(
            *(str(n) if n else None for n in (r[ORDER_NO], r[INVOICE_NO]))):
        return r
    if owners is not None and not payers_firm(r[CUSTOMER_KEY], owners(loose_number(named[0]))):
        return r
    written = re.search(re.escape(named[0]), r[NOTES], re.IGNORECASE)
    return (*r[:ORDER_NO], written[0] if written else named[0], None, *r[INVOICE_NO + 1:])


def payers_firm(payer: str | None, buyers: Collection[str]) -> bool:
    """Is an order of these buyers (none known: as the note says) the payer's or its firm's: a
    buyer whose telling words begin with the payer's, or the payer's with its (company forms
    left out: Hamburg Licht GmbH and Hamburg Licht Handel KG; not Quito Luz SA for Delhi
    Lights, nor a word alone in common: Kobe Trading and Lima Trading are two firms, Star Co
    and Star Lighting LLC, rv60c; words in common that tell no firm neither, short_names.tells)?"""
    if not buyers or payer in buyers:
        return True
    mine = tuple(telling(payer or "", LEGAL_FORMS, LEGAL_CHINESE))
    for buyer in buyers:
        theirs = tuple(telling(buyer, LEGAL_FORMS, LEGAL_CHINESE))
        shorter = min(len(mine), len(theirs))
        if (shorter > 1 or mine == theirs) and mine[:shorter] == theirs[:shorter] and tells(
                mine[:shorter]):
            return True
    return False
