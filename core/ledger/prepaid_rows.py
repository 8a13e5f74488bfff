"""A customer's money received before any order, on a row of its own: a payment, not a skip.

A clerk who keeps no 类型 or 状态 column books a buyer's advance where it came in: the
customer, 收款 "USD 30,000", its date, 金额 blank, 备注 "客户预付款，订单未下" (prepaid, no order
yet). Read as an order, the row had no amount and was skipped, and the order that came later,
its balance paid net of the advance (备注 "预付款USD30,000抵扣"), showed the advance open and
overdue: rv52a's Lumière Design SARL, 30,000 USD on the watch list from June where it owed 0.

Such a row is read as a row typed 收款 is (core.ledger.received_only): money received from its
customer, credit on account until an order takes it (first in, first out), dated by its date
received, or as a typed payment row without one is. The report names it once per import
(:func:`prepaid_message`), with the word that made it so. It is one only where nothing on it
can be a sale: a customer; no amount typed and a received figure above 0; no type (a row typed
销售 may be a sale whose amount was forgotten) nor a status already saying 收款 (read so
already); no order or invoice number (a row naming its order is that order's: received_only);
no quantity or unit price; a product cell blank or only a payment's word (品名 "预付款"); and a
remark or product cell that says money came in (`_SAID`). The words are needed: a row with a
customer and a received figure that says nothing more may be an order whose amount the clerk
forgot (a deposit received on it), which must stay skipped and named, not become credit paying
the buyer's other orders. A row without a customer, a totals or recap row (3月收款汇总, 本月回款),
a refund (后退还客户) and an advance carried from the last tab (上月预付款结转) stay as before:
skipped and named (fix52o).
The one list of the words; one rule for the import and the reference import (tests/
reference_import).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from core.i18n import N_
from core.ledger import deposit_paid as paid
from core.ledger.normalise import cell_text, word_text
from core.ledger.payment_kinds import deposit_money
from core.ledger.record import CURRENCY, CUSTOMER, DEPOSIT_SAID, RECEIVED, ROW, Record
from core.ledger.sheet_fields import CARRY_WORDS
from core.ledger.typed_rows import is_receipt, is_refund
from core.messages import Message

# money come in, said on the row: not owed, awaited or missing (应收款, 待到账, 未收款, 无定金)
_NOT = r"(?<![未不没无待应欠])"
_SAID = re.compile(
    _NOT + r"(?:预付款|预付|预收款|预收|定金|订金|首付款|首付|收款|收到|已收|到账|来款|回款"
    r"|收汇|进账|汇款)"
    r"|(?<!not )(?<!no )\b(?:advance(?: payment)?|pre-?payment|prepaid|deposit|down ?payment"
    r"|payment received|received|remittance)\b", re.IGNORECASE)
# a product cell that is only a payment's word (品名 "预付款", "advance payment")
_ONLY = re.compile(rf"(?:{_SAID.pattern}|[\s,.;:、，。；：()（）-])+", re.IGNORECASE)
# ... and not said not come in anywhere on it (没有到账, 尚未收到, not yet received, unpaid)
_NOT_IN = re.compile(r"[未没无待应欠](?:有|曾)?(?:收|到|付|汇)|not (?:yet )?(?:received|paid|in)"
                     r"|unpaid|outstanding|overdue|\bdue\b|pending", re.IGNORECASE)
# a totals or month-end recap row (3月收款汇总, 本月回款, 回款合计): money counted on its rows
_TOTAL = re.compile(r"合计|小计|总计|累计|共计|汇总|本[月期周](?:回款|收款|到账|来款)"
                    r"|\b(?:sub)?totals?\b|\brecap\b|\bsummary\b", re.IGNORECASE)
# money sent back (预付款已收，后退还客户, 已退, refunded, returned to customer): no payment,
# skipped and named as before acct52e (fix52o: 2,000 credit paid an unpaid invoice); any word
# of it, where typed_rows.is_refund weighs a payment row's refund more finely
_BACK = re.compile(r"退还|退回|返还|已退|退款|退汇|\brefund|\breturned\b|\bsent back\b",
                   re.IGNORECASE)
# an advance carried to the next tab (上月预付款结转, b/f): counted on its first tab already
# (fix52o: 20,000 credit invented); the app's carry words (a bare 上月 may be 收到上月货款)
_CARRIED = CARRY_WORDS


class Columns(paid.Columns, Protocol):
    """What :func:`prepaid_rows` reads and sets of a sheet's columns (core.ledger.sheet_columns
    .SheetColumns): those :func:`core.ledger.deposit_paid.columns_paid` reads, and these."""

    customer_keys: list[str | None]
    order_nos: list[str | None]
    invoice_nos: list[str | None]
    products: list[str | None]
    doc_receipt: list[bool]

    def raw_of(self, name: str) -> Sequence[object]: ...


def blank(cell: object) -> bool:
    """An empty cell (nothing typed, or spaces)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def said_paid(customer: object, raw_amount: object, received: float | None, kind: object,
              status: object, numbers: Iterable[object], product: object,
              quantity: float | None, price: float | None, note: object) -> str | None:
    """The word that makes the row money received before any order (module docstring), or
    None: `numbers` its order and invoice numbers, `kind` its 类型 cell, `status` its 状态."""
    if (not customer or not blank(raw_amount) or received is None or received <= 0
            or not blank(kind) or is_receipt(status) or not all(map(blank, numbers))
            or quantity is not None or price is not None):
        return None
    texts = [word_text(t) for t in (cell_text(product), cell_text(note)) if t]
    goods = texts[0] if texts and not blank(product) else ""
    if goods and not _ONLY.fullmatch(goods):
        return None  # something sold on it
    if any(_TOTAL.search(t) or _NOT_IN.search(t) or _BACK.search(t) or _CARRIED.search(t)
           for t in texts) or is_refund(note):
        return None
    found = next(((m.group(0), t) for t in texts if (m := _SAID.search(t))), None)
    if found is None:
        return None
    # a balance naming its deposit paid (尾款（30%定金已付）) is said whole: no deposit (fix55k)
    return found[1] if DEPOSIT_SAID.search(found[0]) and not deposit_money(found[1]) else found[0]


def prepaid_rows(columns: Columns, received: Sequence[float | None]) -> dict[int, str]:
    """The rows (index: its word) of a sheet read as money received before any order, each
    marked typed as a payment in place (`columns.doc_receipt`: read as a 收款 row is, by
    core.ledger.received_only); none where the sheet has no amount column (an amount told
    by quantity × price) or no row without its amount."""
    if "amount" not in columns.layout.mapping or None not in columns.amounts:
        return {}
    raw, kinds, statuses = map(columns.raw_of, ("amount", "doc_type", "status"))
    typed, found = columns.doc_receipt, {}
    for j in range(len(received)):
        if columns.amounts[j] is None and not typed[j] and (word := said_paid(
                columns.customer_keys[j], raw[j], received[j], kinds[j], statuses[j],
                (columns.order_nos[j], columns.invoice_nos[j]), columns.products[j],
                columns.quantities[j], columns.prices[j], columns.notes[j])):
            found[j] = word
            typed[j] = True
    return found


def prepaid_message(sheet: str, records: Iterable[Record], words: dict[int, str]
                    ) -> list[Message]:
    """Each row read as money received before any order (by row number: its word), once."""
    return [prepaid_said(sheet, r[ROW], r[RECEIVED], r[CURRENCY], r[CUSTOMER], words[r[ROW]])
            for r in records if r[ROW] in words]


def prepaid_said(sheet: str, row: int, received: float | None, currency: str,
                 customer: str, word: str) -> Message:
    """The report's words for one such row: its sum, customer and the word that made it; a
    deposit's is held for the next order placed (core.analysis.advances, fix52o)."""
    values = {"row": row, "sheet": sheet, "received": f"{received or 0:,.2f}",
              "currency": currency, "customer": customer, "word": word}
    if deposit_money(word):
        return Message("prepaid_row", N_(
            "row {row} of “{sheet}”: {received} {currency} received from {customer} with no "
            "order — read as a deposit (“{word}”), held for the next order the customer "
            "places; it pays no older invoice"), values)
    return Message("prepaid_row", N_(
        "row {row} of “{sheet}”: {received} {currency} received from {customer} with no "
        "order — read as a payment (“{word}”), credit on the customer's account until an "
        "order takes it"), values)
