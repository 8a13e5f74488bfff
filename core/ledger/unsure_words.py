"""The words a cell is not sure of what it says by (待确认, 待客户确认, 未确认, 已出货（待核实）).

One list for the two things a later row may say of a cancelled line: that its goods went
(core.ledger.revived_lines) and that the order stands again (core.ledger.normalise.
line_status). A status cell 恢复出货待客户确认 brought the line back as owed where the same
words in the 备注 did not (rv58c s233): one word, one answer, whichever cell holds it. The
same words doubt a debt said paid beside a deposit (core.ledger.paid_said, core.ledger.
deposit_parts: 上批欠款4000已付，待查).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.ledger.came_words import SLIP

# ... an English doubt's words of whom it waits on, when, or what it doubts of the money ("to be
# confirmed with bank", "pending confirmation from customer", "not confirmed by customer yet",
# "tbc next week", "to be checked tomorrow", "not sure if received"): read as another thing's, a
# debt said paid beside a deposit stood paid where 4,000, 39 days, watch, and a cancelled order's
# "shipped, to be confirmed with customer" revived it, 10,000, 91 days, black (rv68a A4, D, fix68h)
_EN_PARTY = (r"(?:the\s+|our\s+|their\s+)?(?:customer|buyer|client|bank|finance|accounts?"
             r"|accounting|accountant|boss|manager|forwarder|agent|factory)s?"
             r"(?:\s+(?:team|department|dept))?")
_EN_TAIL = (rf"\s+(?:by|with|from)\s+{_EN_PARTY}(?![a-z])"
            r"|\s+(?:yet|later|again|tomorrow|today)(?![a-z])"
            r"|\s+(?:next|this)\s+(?:week|month)(?![a-z])"
            r"|\s+(?:if|whether)(?:\s+(?:it|the\s+money|money|payment|funds?))?(?:\s+(?:is|was|has"
            r"(?:\s+been)?))?\s+(?:received|paid|arrived|came|credited)(?![a-z])")
# not sure of it yet (已装船？待确认, 已出货（待核实）, 恢复出货待客户确认): the party it waits on
# may stand between; not found yet in the books or the bank (还没查到, 尚未核实: 上批欠款4000已付，
# 还没查到 beside a deposit read as paid, a watched buyer's 4,000 cleared, rv64d s6c); still to
# be checked, or its proof not found (还要查, 还要核实, 但没找到水单: a wire's earlier debt said
# paid so read paid, X-1's 5,000, 84 days, black hidden, rv66a s5, s6, fix66g)
# ... waiting on the boss, the finance or the bank too (待老板确认, 待财务确认), not confirmed
# yet (还没确认, 没有确认), or needing it (需要核实, 需核对; not 不需要核实, 无需核实): read as no
# doubt, a wire's earlier debt said paid then so doubted paid X-1 and hid its 5,000, 84 days,
# black, and a deposit cell cleared a watched 4,000 (rv67a s2, fix67e); not reconciled yet
# (待对账, 未对账 is no doubt here: money in, the month-end reconciliation to come; read as one,
# 尾款已收，未对账 and a deposit cell's 上批欠款4000已付，待对账 were taken back, a paid buyer
# black or watched, rv68k #3; beside a deduction it is a doubt: deduction_doubted)
UNSURE = re.compile(r"待(?:客户|买家|买方|对方|老板|领导|财务|会计|银行)?"
                    r"(?:确认|核实|核对|查|定)"
                    r"|未确认|(?:未|没有?)(?:确认|核实|查到|查实|找到)|不确定|确认中"
                    r"|还(?:要|需要?|得)(?:再)?(?:确认|核实|核对|查)"
                    r"|(?<![不无免毋必])需要?(?:再)?(?:确认|核实|核对|查)"
                    r"|(?<![a-z])(?:to be (?:confirmed|checked|verified)|tbc|unconfirmed"
                    r"|not (?:yet )?(?:confirmed|verified)|pending confirmation|not sure)(?![a-z])"
                    # ... the statement's doubt, not a word of something after it ("customer
                    # not confirmed receipt", "unconfirmed L/C", "not sure when paid": read as
                    # the shipment unsure, a cancelled order's goods gone stayed cancelled,
                    # 10,000, 91 days, black cleared, rv67e, fix67i); "…by the customer", "…yet",
                    # and who or when it waits on (:data:`_EN_TAIL`)
                    rf"(?=\s+by(?![a-z])|(?:{_EN_TAIL})*\s*(?:$|[^a-z\s]))")
# a guess, not a finding (可能, 也许, 或许, 好像, 似乎, 大概, 估计, 应该, 应当, 恐怕, "maybe",
# "probably", "should be"): one list for a payment said made on a guess (可能已付, 好像上批欠款
# 已付: core.ledger.paid_said, no money known in, the debt owed), the words naming nothing before
# money on its way (应该在路上, 估计还在路上: core.ledger.money_on_way) and a rest said another
# order's on a guess ("belongs to another order probably": core.ledger.deduction_rest). Written
# in each, paid_said knew 7 of the 10 and 4 of those only right before 已付 (好像上批欠款已付 read
# paid, a watched buyer's 4,000 cleared, fix67d). (English to-be-confirmed words: UNSURE.)
# 应该 / 应当 before what is to be paid (上批应当付的4000已付, 应该付的4000): the sum owed, named by
# its due, no guess (read as one, a paid 4,000 stood owed 39 days, watch, rv67e, fix67i)
HEDGE = (r"可能(?!性)|也许|或许|好像|似乎|大概|估计|应(?:该|当)(?!\s*[付收给还结交]\s*的)|恐怕"
         r"|(?<![a-z])(?:maybe|probably|perhaps|possibly|likely|might|should be)(?![a-z])")
# ... a clause of those words alone, after the one it doubts (已出货，待确认; 但还没确认, 有待核实;
# "shipped, to be confirmed by customer", "…, not confirmed yet")
# ... or whether the money came (待确认是否已收, 待核实有没有到账; "not sure if received": read
# as no doubt, a debt said paid beside a deposit stood paid, fix68h)
BARE_UNSURE = re.compile(rf"(?:但是?|不过|可是|其实)?(?:还|尚|仍|目前|暂|有)?(?:{UNSURE.pattern})"
                         rf"(?:{_EN_TAIL})*(?:(?:是否|有没有|是不是)(?:已经?)?(?:收到?|到账|付款?"
                         r"|付清|结清)了?)?")
# ... and a later clause settling the doubt (待确认，后来已确认; 没找到水单，后来找到了; 还要查，
# 查到了; 待核实，核实过了; 待确认，已到账; 客户补发了水单): the doubt withdrawn, the debt paid as
# said. Read as still doubted, a wire's earlier debt said paid by the firm's finance left X-1
# 5,000, 84 days, black where the wire paid it (rv67a s2, s5, s7, fix67e). Not denied or not yet
# (没找到, 还没确认: :data:`UNSURE`), nor asked, reported or feared (已确认？, 客户说已确认, 可能
# 已到账: core.ledger.named_papers asks paid_said's words before it)
# Searched is not found (查了, 找过了: fix67m, rv67h s1 — read settled, X-1's 5,000 84 days
# late was cleared), so 查 / 找 settle only with 到.
# A check found right (核对无误了, 核实没问题) settles as 已核对 does (fix68h, rv68a)
_ALL_RIGHT = r"(?:无误|没有?问题|(?i:ok))"
# ... in English after an English doubt ("to be confirmed with bank, bank confirmed"; "confirmed
# received", "confirmed with bank", "checked, received"): read as no settling, a paid 4,000 beside
# a deposit stood watched 39 days (rv68i 4, fix68p); 入账 too, and 帐 the notes' spelling of 账
# (named_papers asks came_words.one_spelling first: 已确认到帐 left X-1 5,000, 84 days, black)
_EN_SETTLED = (r"(?:(?:the\s+|our\s+)?(?:bank|finance|accounts?|we|boss)\s+(?:has\s+|have\s+)?"
               r"confirmed(?:\s+(?:received|receipt|it))?|confirmed\s+(?:received|receipt"
               r"|with\s+(?:the\s+)?(?:bank|finance))|(?:checked|verified)(?:\s+with\s+(?:the\s+)?"
               r"(?:bank|finance))?,?\s+received|received,?\s+confirmed)")
SETTLED = re.compile(r"已经?(?:确认|核实|核对|查实|查清|查到|找到|到账|收到)"
                     r"|(?<![未没不待])(?:确认|核实|核对|查实|查清|查到|找到)过?了"
                     rf"|(?<![未没不待需要])(?:确认|核实|核对)过?{_ALL_RIGHT}"
                     rf"|补发了?{SLIP}"
                     rf"|(?<![a-z])(?<!not )(?<!be )(?<!un)(?:{_EN_SETTLED})(?![a-z])")
# ... a settling clause of those words alone (后来已确认, 核实过了, 找到了), else it must name the
# money or its proof as the doubt side does (已确认订单, 已收到客户邮件 settle nothing: rv67h s1)
# — the whole clause: the firm's own who settled it before (财务 / 老板 / 会计 / 我 / 我们 /
# 银行已确认) and 过(了), 没问题, OK, 无误 after (已确认过了, 已核实过, 已确认没问题, 已确认OK):
# read as not bare, a wire that paid X-1 left it 5,000, 84 days, black, and a deposit cell a paid
# 4,000 watched 39 days (rv68a B2, B2b, fix68h). The buyer's side (客户已确认, 客户老板已确认)
# is no one here: his word, not the money seen.
BARE_SETTLED = re.compile(rf"(?:后来|现在?|今天|刚刚?)?(?:财务|老板|会计|我们?|银行)?(?:也|都)?"
                          rf"(?:{SETTLED.pattern})过?(?:收到|到账|入账|{_ALL_RIGHT})?了?"
                          rf"|{_EN_SETTLED}\.?")
# ... and what brings the doubt back after it: found false or found nothing (确认了是假水单;
# 查了，没有; 找过了，没有); not false said not (不是假水单, 水单不是假的: read as found false, a
# wire that paid X-1 left it 5,000, 84 days, black, rv68a B3, fix68h)
FOUND_FALSE = re.compile(r"(?<!不是)(?<!并非)(?<!并不是)(?<![不非])假(?:的|水单|单据|凭证)"
                         r"|^(?:还是|但是?|可是|结果)?(?:没有|没找到|找不到|没查到)$")
# a cell's clauses: its stops, and the colon a yes follows (是否已出货：是)
CLAUSE_TEXT = re.compile(r"[^,，;；。()（）!！?？:：\n]+")
# an order to stand again later, not yet (待恢复, 拟恢复出货, 准备重开)
_TO_COME = re.compile(r"(?:待|拟|准备)(?:恢复|重开)")


def surely(text: str, says: Callable[[str], object]) -> bool:
    """Does a clause of a folded cell say it (`says`), not unsure of it in its own words
    (恢复出货待客户确认), nor in a bare next clause (恢复出货，待确认; 恢复出货（待确认））, nor
    only to come (待恢复)?"""
    clauses = [clause.strip() for clause in CLAUSE_TEXT.findall(text)]
    return any(says(clause) and not UNSURE.search(clause) and not _TO_COME.search(clause)
               and not (at + 1 < len(clauses) and BARE_UNSURE.fullmatch(clauses[at + 1]))
               for at, clause in enumerate(clauses))
