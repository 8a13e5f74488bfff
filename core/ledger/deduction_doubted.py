"""Whether a note naming a deduction or a grant is sure of it: not doubted, guessed, heard from
someone or only asked for by the buyer.

A clerk notes what he knows: 质量扣款2000 (the buyer kept 2,000 for a claim) or 客户少付2000，老板
同意了 (the boss let it go) is the firm's word, the short settled. But 质量扣款2000，未确认,
待财务核实, 待对账, 可能是质量扣款2000, 老板可能同意, 客户说质量扣款2000, 听说老板同意了,
业务说老板同意了, 质量扣款2000，客户说的, 客户要求质量扣款2000, 客户想扣佣金2000, "customer
asked for 2000 discount" say no such thing: the 2,000 is owed until the firm finds it so. Read
as settled, on the order's tab and (since fix68b) on a 收款 tab and in a later file, a buyer
2,000 short 72 days was cleared off the black list (rv68c finding 2).

The words are unsure_words' (UNSURE, HEDGE, BARE_UNSURE, SETTLED: the one list of doubt and
guess), buyer_word's (BUYER, SAYS: his word) and paid_said's (a clause only naming who said it);
the grant's (short_granted.AGREES). Only clauses naming the deduction or the grant are asked, so
a doubt of another thing beside it (扣佣金2000，发票待确认) leaves it taken.
"""

from __future__ import annotations

import re

from core.ledger.buyer_word import BUYER, SAYS
from core.ledger.deduction_withdrawn import HINT
from core.ledger.paid_said import said_by_them
from core.ledger.short_granted import AGREES, CONSENTS
from core.ledger.unsure_words import BARE_SETTLED, BARE_UNSURE, CLAUSE_TEXT, HEDGE, SETTLED, UNSURE

# a clause naming the deduction or the grant (质量扣款2000, 少付2000, 老板同意了); not by 确认,
# which confirms anything (交期待确认 after 老板同意让2000 doubted the grant, 2,000, 72 days,
# black, rv68k #4)
_NAMES_IT = re.compile(rf"{HINT.pattern}|{CONSENTS}|(?<![未没不])认可|少付|少收|少汇|short",
                       re.IGNORECASE)
# not reconciled yet (待对账, 未对账): a doubt of a deduction only, not of money said in (尾款
# 已收，未对账 is paid: unsure_words.UNSURE leaves it out, rv68k #3), so asked here (质量扣款2000，
# 待对账 read as settled, 2,000, 72 days, black cleared, rv68c)
_UNRECONCILED = r"待(?:客户|买家|财务|会计)?对[账帐]|(?:未|没有?)对[账帐]"
_RECONCILE_DOUBT = re.compile(_UNRECONCILED)
_BARE_RECONCILE_DOUBT = re.compile(rf"(?:但是?|不过)?(?:还|尚|仍|目前|暂)?(?:{_UNRECONCILED})")
_AGREES = re.compile(AGREES)
_HEDGED = re.compile(HEDGE)
# heard, not found: the buyer's word (客户说, 客户表示), a colleague's (业务说, 业务员说, 销售说),
# or hearsay (听说, 据说); "customer says / claims"
_HEARD = re.compile(rf"(?:{BUYER}|业务员?|销售|跟单)(?:{SAYS})(?!明)"
                    r"|听说|据[^,，;；。]{0,6}?说(?!明)"
                    r"|(?<![a-z])(?:customer|buyer|client)s?\s+(?:says?|said|claims?|claimed)"
                    r"(?![a-z])")
# only asked for by the buyer (客户要求质量扣款2000, 客户想扣佣金2000, 客户申请扣款2000, "customer
# asked for 2000 discount")
# asked for (应客户要求质量扣款2000: done at his request, read as asked, 2,000, 72 days, black
# while its comma twin was paid, rv68k #8)
_ASKED = re.compile(rf"(?<!应)(?:{BUYER})[^,，;；。]{{0,4}}?(?:要求|想要?|申请|请求|提出|希望)"
                    r"|(?<![a-z])(?:asked|asks|requested|requests|wants?|would like)"
                    r"(?![a-z])")


def doubted(folded: str) -> bool:
    """Is a folded note unsure of the deduction or grant it names (the module's docstring)? A
    doubt (未确认, 待财务核实) in its clause or in a bare clause after it, unless a later clause
    settles it (后来已确认); a guess (可能, 好像) in its clause; the buyer's or another's word or
    his asking in its clause, or a clause only naming who said it (客户说的), unless the firm's
    consent follows (客户要求扣佣金2000，老板同意了)."""
    clauses = [clause.strip() for clause in CLAUSE_TEXT.findall(folded)]
    naming = [at for at, clause in enumerate(clauses) if _NAMES_IT.search(clause)]
    if not naming:
        return False
    first = naming[0]
    doubt = None
    for at, clause in enumerate(clauses[first:], first):
        if UNSURE.search(clause) and (at in naming or BARE_UNSURE.fullmatch(clause)) or (
                _RECONCILE_DOUBT.search(clause)
                and (at in naming or _BARE_RECONCILE_DOUBT.fullmatch(clause))):
            doubt = at
        elif doubt is not None and (BARE_SETTLED.fullmatch(clause) or SETTLED.search(clause)):
            doubt = None  # 待确认，后来已确认
    if doubt is not None:
        return True
    if any(_HEDGED.search(clauses[at]) for at in naming):
        return True
    # a request agreed in its own clause is granted (应客户要求同意让利, 老板接受了客户的要求)
    heard = [at for at in naming if _HEARD.search(clauses[at]) or _ASKED.search(
        clauses[at]) and not _AGREES.search(clauses[at])]
    heard += [at for at in range(first + 1, len(clauses)) if said_by_them(clauses[at])]
    return bool(heard) and not any(
        _AGREES.search(clauses[at]) and at not in heard and not _HEARD.search(clauses[at])
        for at in range(max(heard) + 1, len(clauses)))
