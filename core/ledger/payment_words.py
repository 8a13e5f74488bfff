"""The ordinary words of a payment's note after the name of whom it was paid for (代付).

"paid for Lima Trading goods INV 5", "deposit PI 5", "balance of INV-5", "May shipment",
"2026-04-18", "5000 USD", "代华美5月货款付款": what follows the customer's name says what the
money paid, not more of the name. A name written without its company form is read as a
customer's only where every word after it is one of these (core.ledger.paid_for.Named): "paid
for pacific home decor" is no payment of the customer Pacific Ltd (fix40a). The one list.
"""

from __future__ import annotations

import re

from core.ledger.amounts import ISO_CODES
from core.ledger.noted_money import NOTE_FIGURE
from core.ledger.tab_month import MONTHS_EN

# what a payment paid (any case, a plural's s too)
PAYMENT_WORDS = (
    "goods", "deposit", "balance", "order", "payment", "shipment", "invoice", "inv", "pi", "po",
    "ci", "no", "ref", "of", "for", "the", "and", "on", "full", "final", "partial", "part",
    "advance", "remaining", "rest", "first", "second", "third", "last", "total", "amount",
    "bill", "freight", "container", "remittance", "transfer", "tt", "t/t", "wire", "fee")
PAYMENT_WORDS_ZH = (
    "货款", "定金", "订金", "尾款", "余款", "预付款", "预付", "首付款", "首付", "全款", "进度款",
    "款项", "款", "发票", "订单", "合同", "部分", "第一批", "第二批", "批", "的", "之")
_CURRENCY = "|".join(sorted((code.lower() for code in ISO_CODES), key=len, reverse=True))
NUMBER = NOTE_FIGURE  # 3,000 one figure, 3000,500 two (fix67b)
# a date: 2026-04-18, 05/03, 3 May, May 3rd, 5月, 2026年5月8日
DATE = (r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?!\d)|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?!\d)"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTHS_EN) + r")(?![a-z])"
        r"|(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")
# a currency written before an amount (lower case: USD, RMB, US$, $)
CURRENCY = rf"(?:{_CURRENCY}|rmb|us\$|\$|€|£|¥)"
# an amount with its currency: 5000 USD, USD5000, US$ 5,000.00, 5万美元
AMOUNT = (rf"{CURRENCY}\s*{NUMBER}"
          rf"|{NUMBER}\s*(?:万|k)?\s*(?:{_CURRENCY}|rmb|美元|美金|人民币|元|\$|€|£|¥)(?![a-z])")
_WORD = "|".join(sorted(PAYMENT_WORDS, key=len, reverse=True))
PAPER_WORD = rf"(?:{_WORD})s?(?![a-z])"  # a word a paper's number may follow (paid_for)
_TOKEN = (rf"(?:{DATE}|{AMOUNT})"
          rf"|(?:{_WORD})s?\.?(?![a-z])|(?:{'|'.join(MONTHS_EN)})\.?(?![a-z])"
          rf"|[a-z]{{0,4}}[-#]?\d[\w/-]*"  # a paper's number (SZ260508, INV-5) or an amount
          rf"|{'|'.join(PAYMENT_WORDS_ZH)}")
# each token taken whole, once (atomic): a long run of digits and commas is read in one pass
_ORDINARY = re.compile(rf"(?>[\s,.;:#/&()（），。；：-]+|{_TOKEN})*+", re.IGNORECASE)


def ordinary(text: str) -> bool:
    """Whether every word of `text` is an ordinary payment word, a date, an amount or a
    paper's number (none: "" is)."""
    return _ORDINARY.fullmatch(text) is not None
