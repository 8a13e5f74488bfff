"""A deposit the firm kept when its order was cancelled: the buyer's money no longer.

A buyer who cancels after paying a deposit often loses it (定金不退, 没收, "deposit
forfeited"): the clerk writes so beside the cancelled order, and the money is the firm's,
for the cancellation. Read as the buyer's money, it paid the buyer's other invoices and left
"credit on account": a small buyer 100 days late was spared the stop-loss list by a deposit
it will never see again. Without such words a cancelled order's deposit stays the buyer's
(owed back, or for its next order), as the clerk may yet refund or apply it.

A deposit the clerk wrote as paid back (定金已退, 已退还客户, "deposit refunded") with no refund
row of its own is the buyer's money no longer either: read as the buyer's, it paid older
invoices (Roma's 15,000 paid its 8,000 invoice 170 days late, leaving 7,000 "credit on
account", where the buyer owed 8,000 and belonged on the stop-loss list). Where the ledger does
book the refund (a negative 收款 row), the deposit and the refund meet as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.ledger.noted_figures import plain_figures
from core.ledger.noted_money import NOTE_FIGURE

# 不退 (not 不退税, no tax rebate; nor 已退, refunded); 不予退还, 不返还; English "forfeit(ed)",
# "non-refundable", "not refunded"
_KEPT = re.compile(r"没收|不退(?!税)|不予退|不返还|不予返还|(?<![a-z])forfeit|non-?refundable"
                   r"|not\s+(?:be\s+)?refund(?:ed|able)|kept\s+by\s+us", re.IGNORECASE)


# ... and not for now (暂不退, 尚未退, "not refunded yet"), nor kept for the buyer's next order
# (抵下次货款, 转下单, 留作): the buyer's money still
_STILL_THEIRS = re.compile(r"[暂尚还先]\s*不退|[暂尚还先]未退|不退[换货]|抵|转下|下次|下单|留作|"
                           r"not\s+(?:yet\s+)?refunded\s+yet|yet\s+to\s+be\s+refunded|"
                           r"next\s+order|carr(?:y|ied)\s+(?:it\s+)?(?:over|forward)",
                           re.IGNORECASE)


def forfeited(note: str | None) -> bool:
    """Does a cancelled order's note say the firm kept the money paid on it?"""
    text = note or ""
    return _KEPT.search(text) is not None and _STILL_THEIRS.search(text) is None


# The money (定金, 订金, 预付款, 货款, 款; not 款式, a style) and, after it within the phrase,
# the word that it went back (已退, 已退还 / 已退回 / 已退款), or 退还客户 / 退回客户 naming
# the buyer (定金退还客户: the money named, sent back to the buyer, no 已 needed), or 已退还客户
# in a phrase naming no goods (样品已退还客户, 货已退还客户: samples or goods sent back, no money;
# 退还客户 alone, naming nothing, read as paid back, note39), or 已退还定金 / 已退款 with the
# money after: 已退 alone also says an order
# withdrawn (客户已退单, 已退订), shut out at customs (已退关), goods shipped back (已退运), a
# credit withdrawn (已退证) or samples returned (样品已退回), none of which sends money back
# (fix38a). English: the past tense only, "deposit refunded", "refunded to the customer".
_MONEY = r"(?:定金|订金|预付款|货款|(?<!货)款(?!式))"
_NOT_MONEY = r"(?:样品|退单|退订|退关|退运|退证)"
_GAP = rf"(?:(?!{_NOT_MONEY})[^，,;；。\n]){{0,8}}?"
PAID_BACK = r"已\s*退(?:还|回|款)?(?![单订关运证税货换])"
TO_BUYER = r"退[还回]给?客户"
# goods, not money: what a phrase's 已退还客户 sent back where it names them
_GOODS = r"(?:样品|样|货(?!款)|产品|商品|(?<![a-z])goods|(?<![a-z])samples?)"
_PHRASE = rf"(?:^|(?<=[，,;；。\n\s]))(?:(?!{_GOODS})[^，,;；。\n])*?"
# how it went back, before 退还客户: 已, or in full or the way it came (全额, 原路), with what
# stands between naming no goods (已全额退还客户, 已原路退还客户, 已电汇退还客户,
# 已于3月1日退还客户; fix39a: read as not refunded, 7,000 credit shown where 8,000 was owed)
_SENT = r"(?:已|(?<![不未没无])(?:全额|原路))"
_GOODS_GAP = rf"(?:(?!{_GOODS})[^，,;；。\n]){{0,8}}?"
# what follows the word: the sum paid back (7500, 7,500元, USD 7,500) or its share (一半, 50%);
# not a date (定金已退 2026-03-01, 3/1, 3月1日: the whole, on that day)
_HOW_MUCH = re.compile(r"(?:给?客户)?\s*(?:(?:了|共|计)\s*)?(?:(?P<half>一半|半数)"
                       r"|(?:USD|US\$|\$|EUR|€|RMB|CNY|¥|￥)?\s*"
                       rf"(?P<sum>{NOTE_FIGURE})(?![\d./\-年月日号])\s*(?P<pct>%|％)?)?",
                       re.IGNORECASE)
_REFUNDED = re.compile(
    rf"{_MONEY}{_GAP}(?:{PAID_BACK}|{TO_BUYER})|已\s*退[还回]?(?:给?客户)?{_MONEY}"
    rf"|{_PHRASE}{_SENT}{_GOODS_GAP}{TO_BUYER}"
    r"|已\s*退款"
    r"|(?:deposit|prepayment|payment|money)\s+(?:was\s+|has\s+been\s+|been\s+)?"
    r"(?:refunded|returned|paid\s+back)\b(?!\s+to\s+(?:us|the\s+firm))"
    r"|(?<!be\s)refunded\s+to\s+(?:the\s+)?(?:customer|buyer|client)"
    r"|returned\s+to\s+(?:the\s+)?(?:customer|buyer|client)", re.IGNORECASE)
NOT_REFUNDED = re.compile(r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?refunded|未退"
                          r"|to\s+be\s+(?:refunded|returned|paid)|will\s+be|pending"
                          r"|after\s+approval|awaiting|once\s+approved|[待将]退|申请退|审批"
                          # owed or asked back, not sent (定金应退回客户, 定金要求退回客户;
                          # not 应客户要求退还, done at the buyer's request): fix39a
                          r"|应\s*退|(?<!应客户)(?:要求|请求)\s*退",
                          re.IGNORECASE)


@dataclass(frozen=True)
class PaidBack:
    """What a note says went back to the buyer: a sum (定金已退7500), or a share of the money
    paid on the order (一半; the whole where it says no figure)."""

    figure: float | None = None
    share: float = 1.0

    def of(self, paid: float) -> float:
        """The part of `paid` (the order's money) that went back."""
        if self.figure is not None:
            return min(self.figure, paid)
        return paid * self.share


def refunded(note: str | None) -> PaidBack | None:
    """What a cancelled order's note says of the money paid on it went back to the buyer
    (None: nothing went back, as far as it says)."""
    text = plain_figures(note or "")  # 定金已退3，000给客户: 3,000 (read as 3, rv67d s6)
    found = _REFUNDED.search(text)
    if (found is None or NOT_REFUNDED.search(text) is not None
            or _STILL_THEIRS.search(text) is not None):
        return None
    much = _HOW_MUCH.match(text, found.end())
    if much is None or not (much["half"] or much["sum"]):
        return PaidBack()
    if much["half"]:
        return PaidBack(share=0.5)
    figure = float(much["sum"].replace(",", ""))
    return PaidBack(share=figure / 100) if much["pct"] else PaidBack(figure=figure)
