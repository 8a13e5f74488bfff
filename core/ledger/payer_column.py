"""A sheet of payments that names its customer as the one who paid: a 收款登记's 付款单位.

A finance clerk's receipts register (序号, 到账日期, 付款单位, 收款金额, 币种, 银行扣费, 发票号,
备注) writes who wired the money, not who bought: refused for "no column for Customer, Order
date, Amount" where only the payer column was unknown, and order date and amount are not asked
of a sheet of payments (rv52b f8). On a sheet of payments alone (a received figure and its date, no
sales-only column, no sale's amount) the payer's column (fields.PAYER_WORDS) is its customer.
A sales sheet's buyer stays its 客户 column: 付款单位 beside it is never read, and a sales sheet
with no customer column is refused for it, as before.

A clerk's own register heads its money and day bare (日期, 付款人, 金额, 币种, 银行扣费, 对应发票,
备注): read as a sale's 金额 and 日期 it was passed over for "no customer column", and mapped
customer=付款人 as the note asked, every receipt became an order (Moscow Prazdnik's 8,000 sale
and its 7,970 received: revenue 15,970, 15,970 open, the confirm list; rv54b f10). A sheet
with a payer column, a sum and a date, no column only sales have and no sale's word over its
sum or date, that says it is a register (its tab 收款, 收汇, 到账, 回款, register, receipts; or a
bank's charge 银行扣费 / 手续费 or a 水单 column) is a register: its 金额 the money received, its
日期 the day, its payer the customer, with no mapping (`payer_register`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from core.ledger.fields import PAYER_WORDS, SALES_ONLY
from core.ledger.normalise import fold, fold_header
from core.ledger.receipt_tabs import receipt_tab

_PAYER = frozenset(fold_header(word) for word in PAYER_WORDS)
_RECEIPT_DATES = frozenset({"order_date", "received_date"})


def _payments(mapping: Mapping[str, int]) -> bool:
    """A received figure and its date, no sale's amount nor any column only sales have."""
    return ("received_amount" in mapping and "amount" not in mapping
            and bool(_RECEIPT_DATES & set(mapping)) and SALES_ONLY.isdisjoint(mapping))


# a sale's words over a register's sum or day: 订单金额, 发票日期, 出货日期 say a sale
_SALE_WORDS = re.compile(r"订单|下单|合同|发票|销售|货值|出货|发货|提单"
                         r"|order|invoice|sale|contract|ship")
_REGISTER_TAB = re.compile(r"收款|收汇|到账|回款|register|receipt|remittance")
_REGISTER_COLUMN = re.compile(r"手续费|扣费|水单")
# the number a register names (对应发票, 发票号, Invoice No.): the invoice or order it pays
_NUMBER_COLUMN = re.compile(r"^(?:对应|关联)?(?:发票|订单|合同)号?$"
                            r"|^(?:against|for)?invoice(?:no)?$")
# the fields a user's map names that say the sheet is read otherwise (金额 a sale's amount)
_READ_AS = frozenset({"amount", "order_date", "received_amount", "received_date"})


def _payer(headers: list[str | None], mapping: Mapping[str, int]) -> int | None:
    used = {i for name, i in mapping.items() if name != "customer"}
    return next((i for i, h in enumerate(headers)
                 if h and i not in used and fold_header(h) in _PAYER), None)


def payer_register(tab: str, headers: list[str | None], mapping: dict[str, int],
                   mapped: Collection[str] = ()) -> bool:
    """Is this a payer's register (see the module)? If so `mapping` reads its payer as the
    customer and its bare sum and date as the money received and its day, in place. Not
    where the user's map (`mapped`: the fields named) said what its sum or date is."""
    payer = _payer(headers, mapping)
    if payer is None or not _READ_AS.isdisjoint(mapped) or not SALES_ONLY.isdisjoint(mapping):
        return False
    if mapping.get("customer", payer) != payer:
        return False
    amount = mapping.get("received_amount", mapping.get("amount"))
    day = mapping.get("received_date", mapping.get("order_date"))
    if amount is None or day is None or any(_SALE_WORDS.search(fold(headers[i] or ""))
                                            for i in (amount, day)):
        return False
    if not (receipt_tab(tab) or _REGISTER_TAB.search(fold(tab)) or "bank_charge" in mapping
            or any(h and _REGISTER_COLUMN.search(h) for h in headers)):
        return False
    mapping["customer"] = payer
    number = mapping.pop("ref", None) if "order_no" not in mapping else None
    if number is None and "order_no" not in mapping:
        number = next((i for i, h in enumerate(headers) if h and i not in mapping.values()
                       and _NUMBER_COLUMN.search(fold_header(h))), None)
    if number is not None:  # 对应发票: the invoice or order it pays, as a register's 发票号
        mapping["order_no"] = number
    if "received_amount" not in mapping:
        mapping["received_amount"] = mapping.pop("amount")
    if "received_date" not in mapping:
        mapping["received_date"] = mapping.pop("order_date")
    return True


def payer_as_customer(mapping: dict[str, int], headers: list[str | None]) -> None:
    """Map a sheet of payments' payer column as its customer, in place, where it has none."""
    if "customer" in mapping or not _payments(mapping):
        return
    used = set(mapping.values())
    found = next((i for i, h in enumerate(headers)
                  if h and i not in used and fold_header(h) in _PAYER), None)
    if found is not None:
        mapping["customer"] = found


def payments_missing(mapping: Mapping[str, int], missing: list[str]) -> list[str]:
    """What a sheet lacks, as said: of a sheet of payments only its customer (an order date
    and an amount are a sale's, not asked of money received)."""
    if "customer" in missing and _payments(mapping):
        return ["customer"]
    return missing
