"""A sale's own row whose note says part of its goods came back, and their sum: a return.

MT-1 15,000, 12,000 received, its note "3000退货已退回" (退货3000, 退回3000元货, 3,000 returned,
其中3000退货): the buyer sent 3,000 of the goods back and owes 12,000 for the order. Read as a
note and nothing more, 3,000 stayed open, 75 days past due, and Mumbai Textiles, a core
customer, went onto the black list ("owner decides"); the same return written on a row of its
own, -3,000 typed 退货, was right. So the note is read as that row: a credit note of the sum
on the sale's order (its customer, number, product, dates and terms; no quantity, cost or money
received), stored as a line of its own after the sale's (core.ledger.orders keys it by the
sale's line, NOTED: the sale keeps its place), and named in the import report.

Not read, the note staying a note as before: no figure, or two different ones; a figure that
is the row's whole amount or more (the whole order back is the clerk's to write as a return);
a quantity (退货300件), a date (3.15退货, 2025-03-15退货), an order number (PI3000); a return
refused or sent out again (normalise.not_back), asked for or under way (normalise.ASKED, 申请);
one whose money went back (a refund, typed_rows.is_refund: the note gives neither its sum nor
its day); a figure in another currency than the row's; an English note naming a payment
("payment 3,000 returned": the money came back, not the goods); a cancelled row; a return
written already, on a row of the sheet or in the store (:func:`with_noted_returns`), but
where that row's note says its return came after another and the sale's does not (第二次退货,
"another return": :func:`other_return`, both count). The return is no carried row itself
(core.ledger.balance_rows would read it as the order's balance and store it 0).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from operator import itemgetter

from core.i18n import NP_
from core.ledger.deduction_notes import hinted
from core.ledger.filed_returns import any_returned, held_return
from core.ledger.keys import numbered_order_key
from core.ledger.normalise import ASKED, fold, not_back
from core.ledger.noted_deductions import deducted, paying_row
from core.ledger.noted_money import MONEY, money_figure
from core.ledger.record import (
    AMOUNT,
    BALANCE,
    BALANCE_DATE,
    CARRY_FORWARD,
    COST,
    COST_CURRENCY,
    CREDIT_NOTE,
    CREDIT_WRITTEN_POSITIVE,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    DEPOSIT,
    DEPOSIT_DATE,
    GROSS_PROFIT,
    NOTES,
    ORDER_NO,
    PRODUCT,
    QUANTITY,
    REBATE_CURRENCY,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    SHEET,
    STATUS,
    TAX_REBATE,
    UNIT_PRICE,
    Record,
)
from core.ledger.revised_files import revises
from core.ledger.rows import ranges_text
from core.ledger.typed_rows import is_refund
from core.messages import Listed, Message, Noted
from core.overrides import merged_keys
from core.similarity import alike

# After a sale's line key: the line of the return its note names (core.ledger.orders).
NOTED = "|nr"


def noted_key(sale: str) -> str:
    """The line key of the return a sale's note names, the sale's line key `sale`: its own,
    ending as every line key does (a place after "#"), the sale's places left as they were."""
    return f"{sale}{NOTED}#0"

_CHINESE = [re.compile(form) for form in (
    MONEY + r"\s?(?:的货)?\s?退货",  # 3000退货, 其中3000退货
    r"(?<![无未不没非])退货\s?(?:金额|价值|货值)?\s?:?\s?" + MONEY,  # 退货3000, 退货金额:3000
    r"(?<![无未不没非])退回\s?" + MONEY + r"\s?的?货(?!款)")]  # 退回3000元货
_ENGLISH = [re.compile(form) for form in (
    MONEY + r"\s?(?:(?:worth )?(?:of )?(?:the )?goods )?(?:(?:was|were|been) )?"
             r"returned(?![a-z])",  # 3,000 returned
    r"(?<![a-z])(?<!not )(?<!no )(?:returned|returns?)(?: goods)?(?: worth| of| value| amount)?"
    r"\s?:?\s?" + MONEY)]  # returned 3,000
_HINT = re.compile(r"退|return", re.IGNORECASE)
_ASKED_RETURN = re.compile(f"{ASKED}|申请")
# an English note naming money, not goods: a payment returned is a wire sent back
_PAID_WORDS = re.compile(r"(?<![a-z])(?:wire|payment|remittance|deposit|money|fund)s?(?![a-z])")

# a return the row says came after another: 第二次退货, 再次退货, 又退货, another/second return
# (第二批退货, 又一次退货, 退货（第二次）: fix39a, read as the note's own return, 3,000 lost);
# not one denied (客户没有再退货, no further return)
_FURTHER = re.compile(r"(?<![不没无未])(?<!没有)(?<!未有)"
                      r"(?:第[二三四五2-5][次批]|[再又二]次|又一[次批]|又|再|另一?[次批])退(?:货|回)"
                      r"|退(?:货|回)[(（]?第[二三四五2-5][次批]"
                      r"|(?<![a-z])(?:second|2nd|third|3rd|another|further)(?: goods)? return"
                      r"|returned again")


def further_return(note: object) -> bool:
    """Does a note say its return is one after another (第二次退货, "another return")?"""
    return isinstance(note, str) and _FURTHER.search(fold(note)) is not None


def other_return(further: bool, sale_note: object) -> bool:
    """Is a return row of a sale's order and noted sum another return than the one the sale's
    note names (`sale_note`), the row's note saying its return came after another
    (`further`: :func:`further_return`) and the sale's naming no such one? Then both count;
    else the row is the note's return written again, counted once (imp39: March's MT-1 noted
    退货3000 and April's -3,000 row noted 第二次退货 were one return, nothing open and revenue
    12,000 where two give 3,000 credit and 9,000)."""
    return further and not further_return(sale_note)


def returned_sum(note: object, amount: float, currency: str) -> float | None:
    """The sum of the goods a sale row's `note` says came back, where it is one figure in the
    row's `currency` below its `amount` (the module's docstring), else None."""
    if not isinstance(note, str) or amount <= 0 or not _HINT.search(note):
        return None
    text = fold(note)
    if not_back(text) or _ASKED_RETURN.search(text) or is_refund(text):
        return None
    forms = _CHINESE if _PAID_WORDS.search(text) else _CHINESE + _ENGLISH
    found = {figure for form in forms for match in form.finditer(text)
             if (figure := money_figure(match, currency)) is not None}
    if len(found) != 1:
        return None
    [figure] = found
    return figure if 0 < figure < amount - 0.005 else None


# (order key, customer key, sum, the sale's note) -> does the store hold a credit note of that
# order and sum, the return the note names (other_return)
StoredCredit = Callable[[str, str, float, object], bool]

# a credit note of the sum, or a return written positive kept as written till a file sells
# its order (order_lines.returned: core.ledger.filed_returns)
_STORED = ("SELECT l.notes, c.key FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN "
           "customers c ON c.id = o.customer_id WHERE o.order_key = ?1 AND (l.credit_note "
           "AND abs(l.amount + ?2) < 0.005 OR l.returned AND abs(l.amount - ?2) < 0.005)")
_SOLD_BY = ("SELECT DISTINCT l.source_file FROM order_lines l JOIN orders o ON o.id = "
            "l.order_id JOIN customers c ON c.id = o.customer_id WHERE o.order_key = ? AND "
            "c.key = ? AND NOT l.credit_note AND l.amount > 0")


def one_buyer(conn: sqlite3.Connection) -> Callable[[str | None, str], bool]:
    """Whether a file's buyer of an order (its customer key; None: not said) and a stored
    customer key are one buyer: the same key, names the import takes for one firm
    (core.similarity.alike: Mumbai Mart Ltd, Mumbai Mart (India)), or the clerk's merges.
    Asked by raw keys, "Mumbai Mart Ltd"'s -3,000 row was another buyer's: Mumbai's noted
    return counted again, 3,000 credit, revenue 9,000, in either order of the files (fix39a:
    core.ledger.displaced_notes.drop_noted, :func:`stored_credit`)."""
    canonical = merged_keys(conn)
    return lambda buyer, stored: buyer is None or buyer == stored or alike(buyer, stored) or (
        canonical(buyer) == canonical(stored))


def stored_credit(conn: sqlite3.Connection, name: str | None = None) -> StoredCredit:
    """The store's answer for :func:`with_noted_returns`, for the file `name`: a return of
    the order and sum is stored, or the order's sale was last written by this file's
    revision (修订), the later of the two (core.ledger.revised_files), which names none of
    its own: the original's note imported after it made a return the revision had taken
    out, nothing open where the other order leaves 3,000 (order38)."""
    one = one_buyer(conn)

    def credited(order_key: str, customer_key: str, figure: float, note: object) -> bool:
        if met((further_return(said) for said, stored in conn.execute(
                _STORED, (order_key, figure)) if one(customer_key, stored)), note):
            return True
        return name is not None and any(revises(source, name) for (source,) in conn.execute(
            _SOLD_BY, (order_key, customer_key)))

    return credited


def credited_apart(records: Sequence[Record], typed: bool = False
                   ) -> dict[tuple[str, float], set[bool]]:
    """The credit notes a sheet writes on rows of their own: (customer key, sum) -> whether
    each one's note says it is a return after another (:func:`further_return`). `typed`:
    only those the clerk typed, not one a sale's note made beside its row (:func:`noted_pair`),
    which is that sale's: Tbilisi's YW25-0034, 质量扣款500 settled on its own row, made its
    500 credit note, and YW25-0031's 质量扣款500, settled by a 收款登记 wire, was taken as
    written by it (rv57b s9)."""
    found: dict[tuple[str, float], set[bool]] = defaultdict(set)
    before: Record | None = None
    for r in records:
        if r[CREDIT_NOTE] and r[AMOUNT] < 0 and r[STATUS] != "cancelled" and not (
                typed and before is not None and noted_pair(before, r)):
            found[(r[CUSTOMER_KEY], round(-r[AMOUNT], 2))].add(further_return(r[NOTES]))
        before = r
    return found


def met(found: Iterable[bool], sale_note: object) -> bool:
    """Is one of the return rows `found` of a noted return's order and sum (each, whether its
    note says it is a return after another) the return the sale's note names?"""
    return any(not other_return(further, sale_note) for further in found)


class FileCredits:
    """The store's credit notes of an order (`stored`) and those the file's earlier tabs
    wrote on rows of their own: a sale's note 退货3000 on the 台账 tab after a 退货 tab holding
    that return's -3,000 row was read as a second return, 3,000 credit and revenue 9,000
    (order38). A note's own return an earlier tab made is no such row: a later tab repeating
    the noted sale repeats its return (core.ledger.orders keys it as that line)."""

    def __init__(self, stored: StoredCredit | None) -> None:
        self._stored = stored
        self._written: dict[tuple[str, str, float], set[bool]] = defaultdict(set)
        self._said: dict[object, bool] = {None: False}  # each status text weighed once

    def __call__(self, order_key: str, customer_key: str, figure: float, note: object) -> bool:
        return met(self._written.get((order_key, customer_key, round(figure, 2)), ()), note) or (
            self._stored is not None and self._stored(order_key, customer_key, figure, note))

    def add(self, records: Sequence[Record]) -> None:
        """A sheet's records, as the file writes them: its credit notes, and its returns
        written positive that no earlier tab sells (filed_returns.held_return: a later tab's
        sale makes them credit notes, core.ledger.tab_notes). A sheet whose status cells say no
        return and that holds no credit note, most, is not walked (each of the 100k bench
        ledger's rows was asked, 0.06 CPU s, perf59a)."""
        if not any_returned(records, self._said) and not any(
                map(itemgetter(CREDIT_NOTE), records)):
            return
        before: Record | None = None
        for r in records:
            if r[ORDER_NO] and r[STATUS] != "cancelled" and (
                    r[CREDIT_NOTE] and r[AMOUNT] < 0 and not (
                        before is not None and noted_pair(before, r))
                    or held_return(r, self._said)):
                self._written[(numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY],
                               round(abs(r[AMOUNT]), 2))].add(further_return(r[NOTES]))
            before = r


def with_noted_returns(records: list[Record], stored: StoredCredit | None = None,
                       columns: Mapping[int, float] | None = None) -> list[Record]:
    """A sheet's records, each sale row whose note names a return's sum (:func:`returned_sum`)
    followed by that return: a credit note of the sum on its order, from the same row. Not
    where the return is written already: a credit note of its customer and sum on a row of
    the sheet (the -3,000 退货 row the note "其中3000退货" speaks of), or one of its order and
    sum the store holds (`stored`: an earlier file's return row, or the note read from
    March's Sofa line, April's tab carrying the order on one row without its product, the
    note copied): read again, it was a second return, 3,000 credit and revenue 9,000. A row
    writing its return's sum in a column of its own (`columns`: row → sum, 退货金额 3,000,
    core.ledger.refund_columns) names it so, whatever its note says."""
    noted = {n for n in set(map(itemgetter(NOTES), records))
             if n and (_HINT.search(n) or hinted(n))}
    said = dict(columns or {})
    if not noted and not said:  # most sheets: each distinct note looked at once, no row walked
        return records
    written: dict[tuple[str, float], set[bool]] | None = None
    out: list[Record] | None = None  # made at the first such row
    deductions = deducted(records) if any(map(hinted, noted)) else {}
    for i, record in enumerate(records):
        figure = said.pop(record[ROW]) if record[ROW] in said and _sold(record) else (
            _noted(record) if record[NOTES] in noted else None)
        if figure is None and i in deductions:  # a deduction the buyer took (noted_deductions)
            figure = deductions[i]
        if figure is not None:
            written = credited_apart(records) if written is None else written
            if met(written.get((record[CUSTOMER_KEY], round(figure, 2)), ()), record[NOTES]) or (
                    record[ORDER_NO] and stored is not None and stored(numbered_order_key(
                        record[ORDER_NO]), record[CUSTOMER_KEY], figure, record[NOTES])):
                figure = None
        if figure is not None:
            out = list(records[:i]) if out is None else out
            out.extend((record, returned(record, figure)))
        elif out is not None:
            out.append(record)
    return records if out is None else out


def _sold(record: Record) -> bool:
    """Is a record a sale that goods of may come back: no credit note, nor cancelled?"""
    return not record[CREDIT_NOTE] and record[STATUS] != "cancelled" and record[AMOUNT] > 0


def _noted(record: Record) -> float | None:
    if not (_sold(record) and record[NOTES]):
        return None
    return returned_sum(record[NOTES], record[AMOUNT], record[CURRENCY])


def returned(record: Record, figure: float) -> Record:
    """The return a sale row's note names: the row as a credit note of `figure`, without its
    quantity, price, cost and money received."""
    values = list(record)
    values[AMOUNT], values[CREDIT_NOTE], values[CREDIT_WRITTEN_POSITIVE] = -figure, 1, 0
    values[CARRY_FORWARD] = 0  # no balance of its order (core.ledger.balance_rows)
    for field in (QUANTITY, UNIT_PRICE, COST, GROSS_PROFIT, TAX_REBATE, COST_CURRENCY,
                  REBATE_CURRENCY, RECEIVED, RECEIVED_DATE, RECEIVED_CURRENCY, DEPOSIT,
                  DEPOSIT_DATE, BALANCE, BALANCE_DATE):
        values[field] = None
    return tuple(values)


def noted_pair(first: Record, then: Record) -> bool:
    """Is `then` the return :func:`with_noted_returns` made of `first`'s row, a sale (or a
    payment's own row of its order whose note names a deduction: noted_deductions.paying_row)?
    One row the clerk typed, stored as two lines: the import counts it once (core.ledger.
    write_counts). A row of money alone has no amount (None): never such a sale."""
    return (then[ROW] == first[ROW] and then[SHEET] == first[SHEET] and not first[CREDIT_NOTE]
            and ((first[AMOUNT] or 0) > 0 or paying_row(first[ORDER_NO], first[AMOUNT],
                                                          first[RECEIVED], first[PRODUCT]))
            and bool(then[CREDIT_NOTE]) and (then[AMOUNT] or 0) < 0)


def noted_rows(records: Sequence[Record]) -> list[tuple[int, str, float, str]]:
    """The returns a sheet's notes named: (row, its order or customer, sum, currency)."""
    return [(b[ROW], b[ORDER_NO] or b[CUSTOMER], -b[AMOUNT], b[CURRENCY])
            for a, b in zip(records, records[1:], strict=False)
            if a[ROW] == b[ROW] and noted_pair(a, b)]


def noted_message(sheet: str, found: Sequence[tuple[int, str, float, str]],
                  written: Collection[int] = (), claims: Collection[int] = ()
                  ) -> list[Message]:
    """The import report's note of the sale rows whose notes were read as returns: the clerk
    who meant something else sees which figure was taken; of those whose return column
    (`written`: their rows) was, its own (:func:`returned_message`); of those whose refund
    column its note says is for a claim (`claims`: core.ledger.refund_columns.claimed), its
    own too."""
    return [*_noted_message(sheet, [f for f in found if f[0] not in written
                                    and f[0] not in claims]),
            *returned_message(sheet, [f for f in found if f[0] in written]),
            *([Message("claimed_refund_rows", NP_(
                "Sheet “{sheet}”: {count} sale row writes a refund its note says is for a claim "
                "or without a return (row {rows}): read as money sent back and the sale lowered "
                "by a credit note of that sum: {returns}.",
                "Sheet “{sheet}”: {count} sale rows write refunds their notes say are for "
                "claims or without a return (rows {rows}): read as money sent back and the "
                "sales lowered by credit notes of those sums: {returns}."), _said(sheet, mine))]
              if (mine := [f for f in found if f[0] in claims and f[0] not in written]) else [])]


def returned_message(sheet: str, found: Sequence[tuple[int, str, float, str]]) -> list[Message]:
    """The sale rows whose return column (退货金额) was read as a return of that sum, its money
    paid for the goods sent back with them (core.ledger.refund_columns)."""
    return [Message("returned_rows", NP_(
        "Sheet “{sheet}”: {count} sale row writes goods returned (row {rows}): read as a "
        "return of that sum, a credit note on its order, its money paid for them sent back "
        "with them: {returns}.",
        "Sheet “{sheet}”: {count} sale rows write goods returned (rows {rows}): read as "
        "returns of those sums, credit notes on their orders, their money paid for them sent "
        "back with them: {returns}."), _said(sheet, found))] if found else []


def _said(sheet: str, found: Sequence[tuple[int, str, float, str]]) -> dict[str, object]:
    return {"sheet": sheet, "count": len(found), "rows": ranges_text([r for r, *_ in found]),
            "returns": Listed([Noted(name, f"{figure:,.2f} {currency}")
                               for _, name, figure, currency in found])}


def _noted_message(sheet: str, found: Sequence[tuple[int, str, float, str]]) -> list[Message]:
    if not found:
        return []
    return [Message("noted_returns", NP_(
        "Sheet “{sheet}”: {count} sale row's note says part of its goods came back (row "
        "{rows}): read as a return of that sum, a credit note on its order: {returns}. If no "
        "goods came back, correct the note and import the file again.",
        "Sheet “{sheet}”: {count} sale rows' notes say part of their goods came back (rows "
        "{rows}): read as returns of those sums, credit notes on their orders: {returns}. If "
        "no goods came back, correct the notes and import the file again."), _said(sheet, found))]
