"""The words of a payment row's 品名 (定金30%, 尾款70%, balance): a payment of its order, no
product (core.ledger.order_payments); apart so that the rows below a noted payment row
(core.ledger.rows_below) read a note of a payment's words alone (余款, 第二笔) as a further
payment without importing the order's reading."""

from __future__ import annotations

import re

from core.ledger.came_words import ROW_CAME
from core.ledger.normalise import fold
from core.ledger.payment_kinds import EN_ORDINAL, NTH_PAYMENT, PHASE

# a payment's word, alone or with its share (定金30%, 尾款70%, 30% deposit, balance): the
# deposit's or balance's own row under its order, no product
PAYMENT = re.compile(r"(?:定金|订金|尾款|余款|首付款?|首款|首笔款?|首期款?|预付款?|预收款?"
                     rf"|进度款|{NTH_PAYMENT}|全款|货款|押金|deposit|balance|advance|down ?payment"
                     rf"|pre-?payment|final payment|payment|{EN_ORDINAL}|\d+(?:\.\d+)?\s*%"
                     rf"|{ROW_CAME}|另?一半|[\s,.;:、，。；：()（）+-])+")  # (尾款一半: s507)
# an ordinal alone (second, 2nd) names no payment: goods, unless a payment's word stands by it
_ORDINAL = re.compile(EN_ORDINAL)
# a bracket qualifying a payment word, not hiding it: 定金（第二期）, 余款（原定金50%）,
# 余款（扣定金50%后） are the second deposit's and the balance's rows (read as goods, each
# 6,127.50 received lost and 6,128 owed 19 days where nothing was: rv59e s286); a phase alone
# (第二期) is goods
QUALIFIER = re.compile(rf"\((?:{PAYMENT.pattern}|{PHASE}|原|扣除?|减去?|抵|之?后)+\)")
_WORD = re.compile(r"[^\W\d_]")  # a letter or a character: not a share or punctuation alone

def payment_words(product: str) -> bool:
    """Does a 品名 say only a payment, or a share or punctuation (no product)?"""
    folded = fold(product)
    return bool(PAYMENT.fullmatch(folded) or "(" in folded
                and PAYMENT.fullmatch(QUALIFIER.sub("", folded)))


def payment_word(product: object) -> bool:
    """Does a 品名 name a payment of its order (定金30%, 尾款, balance), not a share alone?"""
    return isinstance(product, str) and payment_words(product) and bool(_WORD.search(
        _ORDINAL.sub("", fold(product))))
