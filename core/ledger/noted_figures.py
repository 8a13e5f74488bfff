"""The figures a payment row's note names: what came of its 收款 (实收3000) and the currency
its figure is in (人民币 RMB21300). Kept apart from core.ledger.payment_row_money, whose words
say whether a row's money came at all: these read how much, and in what."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from core.ledger.amounts import named_currency, parse_amount
from core.ledger.bank_charges import short
from core.ledger.came_words import CAME, CLAUSE, FIGURE_START, GOT, REST_OWED
from core.ledger.normalise import fold
from core.ledger.noted_money import MONEY

_MONEY = re.compile(MONEY)

# 实收 and a figure (came_words.GOT: 实收3000, 实收USD5000, 实收3000+4000): what came, which may
# be a part of the row's 收款 (实收3000，余款未付 on a 7,000 balance row; 应收7000，实收5000)
_FIGURE = FIGURE_START + r"\d*(?:,\d{3})*(?:\.\d+)?"
_FIGURES = rf"(?P<figure>{_FIGURE})(?P<more>(?:\s*\+\s*{_FIGURE})*)"
_GOT = re.compile(GOT + _FIGURES)
# ... or 到账5000 beside the rest owed (came_words.CAME, REST_OWED: 到账5000，尚欠2000)
_CAME = re.compile(CAME + _FIGURES)
# ... but not the deposit's or an earlier wire's, said before it in its clause (定金实收3000,
# 首付实收3000, 上次实收3000 on the balance row), nor where a later clause says the balance came
# (实收3000（定金），尾款7000已到; 定金实收3000，尾款已收): rv56e s150/s156, seven paid balances
# read 4,000 open, 72 days, black; 预付 in the name of a payer the money came through (经预付通
# 实收4000, 由预付宝实收4000: fix56m) is no earlier payment
_EARLIER = re.compile(r"定金|订金|首付|首款|上次|前期|(?<![经由])预付")
# the rest said come after the part (已付清, 已补齐, 4/30全部到齐, 余款4/30到; not 余款下月到):
# fix58f read 到账5000，尚欠2000，4/30已补齐 as 2,000 owed, a paid buyer black (rv58d s244).
# Not where it is said not come (尚未补齐, 未付齐, 还没收齐), falls due (余款4/30到期), is asked
# (余款4/30到了吗, 余款4/30到？) or promised (余款说好/最迟/答应/应4/30到, 客户说余款4/30到): the
# reader's 144 read those eleven as come, 2,000 owed read 0 (rv59a s255)
_CAME_AFTER = re.compile(r"已经?(?:收|到|付清|结清)|(?<![未没不])(?<!没有)[补到付收]齐"
                         r"|(?P<day>余款[^,，;；。下将会预]{0,4}?"
                         r"\d{1,2}\s*[/月.-]\s*\d{1,2}\s*[日号]?\s*(?:已经?)?到)"
                         r"(?!\s*(?:期|了?\s*(?:吗|没|[?？])))")
_PROMISED = re.compile(r"说|答应|承诺|最迟|最晚|应|预计|计划|约定|保证")


def noted_part(texts: Iterable[object], received: float, currency: str | None) -> float | None:
    """The figure a payment row's note says came (实收3000) where it is a part of the row's
    `received`, short of it by more than a wire loses (bank_charges.short: 实收6970 of 7,000 is
    the 7,000 less its charge) and in the order's `currency` or none; None: the 收款 stands.
    Several 实收 figures (分两笔到账：实收3000，实收4000) are summed: reaching the row, it is paid.
    Read as the whole 7,000, 实收3000，余款未付 hid 4,000 owed (rv56a s128); read as none, it
    made 3,000 that came owed. Without 实收, 到账5000 is the part only beside the rest owed
    (到账5000，尚欠2000: :data:`_CAME`)."""
    got = 0.0
    for text in texts:
        if not isinstance(text, str):
            continue
        folded = fold(text)
        found_all = list(_GOT.finditer(folded))  # 实收 first: 实际收到 is no second 收到
        if not found_all and REST_OWED.search(folded):
            found_all = list(_CAME.finditer(folded))
        for found in found_all:
            clause = CLAUSE.split(folded[:found.start()])[-1]
            if _EARLIER.search(clause) or _came_after(folded, found.end()):
                return None  # the deposit's or an earlier wire's; or the balance came after
            for figure, code in map(parse_amount, (found["figure"], *found["more"].split("+")[1:])):
                if figure is None or code not in (None, currency):
                    return None
                got += figure
    return got if 0 < got < received - short(received) else None


def _came_after(folded: str, start: int) -> bool:
    """Does a clause after `start` say the rest came (:data:`_CAME_AFTER`), a day's words not
    a promise (余款说好4/30到, 客户说余款4/30到: the clause before the day)?"""
    for found in _CAME_AFTER.finditer(folded, start):
        said = CLAUSE.split(folded[:found.start()])[-1] + found.group()
        if not (found["day"] and _PROMISED.search(said)):
            return True
    return False


def said_got(note: object) -> float | None:
    """The sum a note says came (实收6,985; 实收3000+4000), None where it says none: beside a
    bank's charge, what reached the bank (charged_receipts.charge_in)."""
    if not isinstance(note, str):
        return None
    figures = [parse_amount(figure)[0] for found in _GOT.finditer(fold(note))
               for figure in (found["figure"], *found["more"].split("+")[1:])]
    return math.fsum(f for f in figures if f is not None) if figures else None


def noted_currency(texts: Iterable[object], received: float, currency: str | None
                   ) -> str | None:
    """The currency a payment row's note names its `received` figure in (人民币 RMB21300, or
    人民币 alone), where it is not its order's `currency`; None: the order's."""
    for text in texts:
        if not isinstance(text, str):
            continue
        folded = fold(text)
        for match in _MONEY.finditer(folded):
            after = match["after"] or ""
            figure, code = parse_amount((match["before"] or "") + match["figure"] + (
                "" if after == "元" else after))
            if code and figure is not None and math.isclose(figure, received, abs_tol=0.005):
                return code if code != currency else None
        code = named_currency(folded.strip())
        if code:
            return code if code != currency else None
    return None
