"""A balance a deposit's note names that is not the note's money: one still to come, one paid
already or put off to another time.

A wire for a new order's deposit often says where the old balance stands: 尾款见提单副本付,
旧单尾款已付，此为新单定金, 新订单PI-77定金，尾款下次付. Read as the wire paying that balance,
the deposit went to the old invoice (core.ledger.payment_kinds.balance_paid, new_order_deposit).
"""

from __future__ import annotations

import re

from core.ledger.noted_money import NOTE_FIGURE

# A balance still to come (尾款见提单副本付, 尾款发货前付, 尾款待付, 余款未付, "balance before
# shipment", "balance due") is not the row's money: a deposit's note says when the rest is paid,
# and its 已收定金 / 定金已收到 then says this deposit came. Read as a balance naming its deposit
# past, Lima's deposit for the new PO-LIMA-88 paid INV2503-08 instead of being held (rv55d s46:
# 2,777 open, 31 days, watch, 2,138 held → 639 open, nothing held; a 3,000 deposit → 0 open and
# 223 on account).
BALANCE_WORD = r"(?:尾款|余款|余额|尾数|剩余(?:货?款|金额)?)"
# another time a payment is put off to (下次付, 另付, 以后付, 再付): one list for a balance beside
# a deposit (ELSEWHERE) and an agent's own invoice beside a 代X付款 (plan_said.paid_later)
LATER = r"下[次回]|另|以后|之后|回头|再"
# the words of putting money off (推迟, 延期): one list for a payment deferred
# (payment_row_money) and the buyer asking to pay late (buyer_word)
DEFERS = r"(?:推迟|延期|延后|延迟|改期)"
# ... or held back, left unsettled or dragged out (暂缓, 缓付, 晚点到, 待定, 再议, 以后再说, 拖着):
# beside goods short, the rest's money put off (core.ledger.part_said; read as goods, 2,000
# owed was 0, rv62d s586)
UNSETTLED = (rf"{DEFERS}|暂缓|押后|缓付|迟付|晚付|迟些|晚些|晚点|迟点|等通知|待定|未定|再议|再说"
             r"|待商|拖着|拖欠")
TO_COME = re.compile(
    rf"{BALANCE_WORD}[^,，;；。()（）已]{{0,12}}?(?:[待未将再需应]|没有?|见|凭|前|后)"
    rf"[^,，;；。()（）已]{{0,12}}?(?:付|结清|收|到账)"
    r"|(?<![a-z])(?:the\s+)?balance\s+(?:is\s+)?(?:due|payable|to be paid|before|upon"
    r"|against (?:the\s+)?(?:copy|b/?l))(?![a-z])[^,，;；。()（）]*")
# ... nor one said paid already (旧单尾款已付, INV-1尾款已结清, 上批尾款已付) or put off to another
# time (尾款下次付, 余款另付, 以后付, 再付: LATER) beside a deposit: that balance is not this
# wire's. Read as paid by it, FZE's 6,000 noted 新订单PI-77定金，尾款下次付 paid INV-1's 5,000,
# 89 days overdue, and no list showed it (rv56e s157). A balance joined to the deposit
# (定金及尾款已付清) is this wire's both.
_PAID = (rf"(?<![及和与、+&]){BALANCE_WORD}[^,，;；。()（）]{{0,12}}?已经?"
         r"(?:[付结]清?|收到?|到账?|清)")
_PUT_OFF = (rf"{BALANCE_WORD}[^,，;；。()（）已]{{0,12}}?(?:下[月周]|{LATER})"
            r"[^,，;；。()（）]{0,4}?(?:付|结|汇)")
ELSEWHERE = re.compile(f"{_PAID}|{_PUT_OFF}")
# ... but clerks write 尾款已付清 of the balance this very wire pays, beside the deposit it also
# carries: a deposit with its own figure (the rest of the wire is the balance) or joined to it
# (尾款已结清+PI-77定金, 另含), the balance not said an old one's nor the wire said the deposit
# (上批尾款已付, 这笔是PI-77定金). Read as paid before, FZE's 6,000 noted INV-1尾款已付清，另含
# PI-77定金1000 was all held and INV-1 stood 5,000 open, 89 days, watch (rv57a s206).
_DEPOSIT_FIGURE = (r"(?:定金|订金|预付款?|首付款?)\s*[:：]?\s*(?:usd|us\$|\$|美金|美元)?\s*"
                   rf"{NOTE_FIGURE}(?!\s*[%\d])")
_WITH_DEPOSIT = re.compile(rf"{_DEPOSIT_FIGURE}|{_PAID}\s*(?:[+&及和与、并]|另?含|另加)")
_OLD_OR_DEPOSIT = re.compile(r"旧单|上[一次批笔单个回]|之前|此前|早前|以前"
                             r"|(?:这|此|本)笔?(?:是|为)|(?:这|此|本)笔")
_PUT_OFF_ONLY = re.compile(_PUT_OFF)


def not_elsewhere(folded: str) -> str:
    """A folded note less the balances it says are paid already or put off (ELSEWHERE); a
    balance said paid beside a deposit this wire carries as a part is its own."""
    if _WITH_DEPOSIT.search(folded) and not _OLD_OR_DEPOSIT.search(folded):
        return _PUT_OFF_ONLY.sub(" ", folded)
    return ELSEWHERE.sub(" ", folded)
