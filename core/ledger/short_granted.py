"""Whether the firm granted a short payment a note names: the one reader of "we let him pay short".

A clerk notes a balance paid short (客户少付2000, 少收2000) and what the firm made of it. Granted
(我们同意了, 老板批准, 给客户的优惠, 应客户要求同意让利), nothing of it is owed; only asked about
(同意吗？), waited for (待老板批准, 客户要求优惠), still undecided (优惠待定, 折扣还在谈) or refused
(说是优惠，我们不认, 老板不同意), the 2,000 is. Asked by core.ledger.part_said of a rest read
from 少付 / 少收; what the note says last of it stands (老板同意吗？不同意: refused).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.ledger.amounts import parse_amount
from core.ledger.balance_words import LATER, UNSETTLED
from core.ledger.buyer_word import BUYER, OUR_PAYEES, SAYS, paying
from core.ledger.came_words import CLAUSE, EARLIER_ORDER, QUESTION, THIS_ORDER, another_named
from core.ledger.debt_paid_now import THIS_TIME
from core.ledger.normalise import CANCEL_ZH
from core.ledger.noted_figures import FIGURES, SPOKEN, plain_figures, spoken_amount
from core.ledger.part_of import FIRM, goods_before, names_money, names_other
from core.ledger.shipped_words import NOT_ZH
from core.ledger.unsure_words import BARE_SETTLED, BARE_UNSURE, HEDGE, UNSURE

# the agreeing words, one list (a deduction agreed, core.ledger.deduction_notes; a short
# payment agreed to, none owed); of them only 同意 and 接受 grant one: 确认, 认可 confirm the
# debt (客户少付2000，客户已确认; 对账已确认; 客户认可欠款: read granted, 2,000 owed, 72 days,
# black read paid, rv65c s10)
CONSENTS = r"(?<![未没不])(?:同意|接受)"
AGREES = rf"{CONSENTS}|(?<![未没不])(?:认可|确认)"
# ... and in English the firm's consent, past (short 2000, boss agreed; we accepted; approved):
# read as no grant, a balance typing the 5,000 that came stayed 2,000 owed, 72 days, black
# (fix66e); not one not or never given (not agreed, never approved: :data:`_REFUSED`)
_ENCONSENTS = r"(?<![a-z])(?<!not )(?<!never )(?:agreed|accepted|approved)(?![a-z])"
# a deduction or a discount still undecided (协商中, 还在谈, 申请中, 审批中): one list for a
# deduction not taken (deduction_notes.deduction) and a short payment not granted (少付2000，
# 折扣还在谈 read as a discount taken, 2,000 owed read paid, rv63a s2)
UNDECIDED = (r"协商中|谈判中|商量中|(?<![现实存])在(?:谈|商量|协商|讨论)(?![好妥成])"
             r"|申请中|审批中|考虑中")
# the firm's grant: agreed, approved or given as a discount (客户少付2000，我们同意了; 少收2000，给
# 客户的优惠; 老板同意让利; 同意减免; 老板批准, 老板特批: read as a rest, paid balances were 2,000,
# 72 days, black, rv62g s640, s644, rv63a s2)
_GRANTS = r"优惠|让利|减免|折扣|折让"
# ... in English, a waiver done (waived: fix66e); not one asked or to come (please waive 2000,
# will waive, can we waive it: read as granted, 2,000 owed read paid), nor a debt written off
# (written off: a bad debt, core.ledger.write_off_words)
_EN_GRANTS = r"(?<![a-z])(?<!not )(?<!never )waived(?![a-z])"
# ... each of the firm or of nothing named: not another thing approved or waived, its goods,
# papers or fees (样品已批准, 运费减免了: part_of.goods_before; sample approved, PI approved,
# quality approved, freight waived: read as the short payment's, 2,000, 72 days, black → 0,
# rv66e s1, s3); in English the word right before it in its clause the firm's or none (boss
# agreed, we have accepted, approved; after talks boss agreed, short 2000. boss agreed: the
# whole clause before it asked to be the firm's, those grants stood 2,000, 72 days, black,
# rv67a s3, s5, fix67e)
# — not the buyer's side's (their boss agreed, his boss agreed, their finance agreed: read as the
# firm's, a 2,000 short was let go where 2,000, 72 days, black, rv67h s10, fix67m)
_THEIRS = (r"(?<!their )(?<!his )(?<!her )(?<!its )(?<!'s )(?<!customer )(?<!client )"
           r"(?<!buyer )(?<!your )")
_EN_TITLES = r"boss|manager|management|gm|ceo|director|owner|supervisor|sales|finance|company"
_EN_AUX = r"(?:(?:has|have|had|also|finally|already|then|just|was|were|is)\s+)*$"
_EN_FIRM = re.compile(r"(?:^|[^a-z\s]|(?<![a-z])(?:(?:the|our)\s+)?" + _THEIRS
                      + rf"(?:{_EN_TITLES}|we|i))\s*{_EN_AUX}")
# ... nor with words between (their own boss, their company boss, their new manager) or a second
# title joined (their boss and finance): read past the one word _THEIRS looks at as the firm's,
# a 2,000 short let go where 2,000, 72 days, black (rv68a A2b, fix68h)
_EN_THEIR_SIDE = re.compile(
    r"(?<![a-z])(?:their|his|her|its|your|(?:the\s+)?(?:customer|client|buyer)(?:'?s)?)"
    r"(?:\s+(?:own|company'?s?|side'?s?|big|new|old|general|head|top|purchasing|procurement"
    rf"|accounts?|sales|finance)){{0,2}}\s+(?:{_EN_TITLES})(?:\s+(?:and|&|or)\s+(?:[a-z]+\s+)?"
    rf"(?:{_EN_TITLES}))?\s*{_EN_AUX}")
GRANTED = _GRANTED = re.compile(rf"(?P<consent>{CONSENTS}|(?<![未没不待])批准|特批|{_ENCONSENTS})"
                      rf"|{_GRANTS}|{_EN_GRANTS}")
# what the buyer asks (客户要求优惠, 申请减免): only asked (:data:`_ASKED_FOR`), unless agreed to
_REQUESTS = r"申请|要求|请求"
# ... a consent grants it only with nothing after it in its clause but a word of the grant
# (老板同意了, 同意让利, 同意给客户优惠, 同意减免, 老板批准, 接受少付, 接受了客户的要求), not of
# another thing (老板同意发货, 下单, 先放单, 下月付, 分期, 宽限一个月, 走法律程序; 同意月底付清;
# 同意了上单的): each read as the grant, 2,000 owed, 72 days, black read paid (rv65c s2, s10, s11)
_GRANT_WORD = rf"(?:{_GRANTS}|放弃|免[除掉]?|不追(?:究|了)?|不要了|少[付收])"
_TO_HIM = rf"(?:[给对让]?(?:{BUYER}|他们?)|[给对])?"
# ... in English (boss agreed; agreed to waive it; accepted the short payment, the customer's
# request: fix66e)
_EN_OF_IT = (r"(?:\s*(?:to\s+)?(?:waive|write off|let (?:it )?go|accept)(?:\s+(?:it|this|that))?"
             r"|\s*(?:it|this|that))?(?:\s*(?:the\s+)?(?:short(?:fall| payment)?|difference"
             r"|discount|customer'?s request|request))?")
_CONSENT_OF_IT = re.compile(
    rf"\s*(?:了的?|的|啦)?\s*(?:{_TO_HIM}{_GRANT_WORD}\s*(?:了|的)?"
    rf"|(?:{BUYER}|他们?)的?(?:{_REQUESTS}))?{_EN_OF_IT}\s*(?:吧|啊|呢|啦)?\s*$")
# ... or a figure granted (同意让1000, 同意免2000, 同意少收1000, agreed to waive 2000): that much
# of the shortfall, less a part of it (客户少付2000，老板同意让1000: 1,000 let go, 1,000 owed;
# read as none, the whole 2,000 was owed, fix66e), more no more than it (让3000: the 2,000)
_CONSENT_FIGURE = re.compile(rf"\s*(?:{_TO_HIM}(?:让|免|减|少[付收])|(?:to\s+)?(?:waive|write off)"
                             rf"|(?:to\s+)?(?:give|let)\s+(?:(?:him|them|the customer)\s+)?"
                             rf"(?:a\s+)?(?:discount(?: of)?|off))\s*{FIGURES}"
                             r"\s*(?:了|的|off)?\s*$")
# ... the short the consent itself says (老板同意少收2000, 同意客户少付2000): the grant's figure,
# no short said apart from it (part_said): read as one, 老板同意少收2000 on a 5,000 balance stood
# 2,000 owed, 72 days, black where let go (rv68c finding 11)
_CONSENTED_SHORT = re.compile(rf"(?<![未没不])(?:同意|接受|批准|答应){_TO_HIM}\s*$")


def consented(text: str, at: int) -> bool:
    """Is the short a folded note says at `at` the consent's own (老板同意少收2000)?"""
    return _CONSENTED_SHORT.search(text, 0, at) is not None


# ... where one, the figure a grant word writes (给客户优惠1000, 让利1000, waived 1000): the sum
# granted, less than the shortfall a part of it (fix66e)
_GRANT_FIGURE = re.compile(rf"\s*(?:了)?\s*{FIGURES}")
# ... and a consent of the grant alone is of the figure granted before it (优惠1000已批准, 让利
# 1000，老板同意了: 1,000, not the whole shortfall)
_FIGURE_GRANTED = re.compile(rf"(?:{_GRANTS}|让|免|减)\s*(?:了)?\s*{FIGURES}")
# ... nor the buyer's consent or word (客户同意了, 客户也同意; 客户说老板同意了): read as the
# firm's grant, 2,000 owed, 72 days, black read paid (rv65c s2)
_EN_BUYER = r"(?<![a-z])(?:customer|buyer|client)s?"
# ... his side's boss or finance (对方老板同意了, 客户老板同意了, 他们老板同意了, 客户公司的
# 经理同意了): read as the firm's, a 2,000 short let go where 2,000, 72 days, black (rv68a A2,
# fix68h)
_HIS_SIDE = (rf"(?:{BUYER}|他们|她们|(?<!其)[他她])(?:那边|方面|公司|方)?的?"
             r"(?:老板|老总|总经理|经理|领导|财务|会计|负责人|采购|上司|主管)")
_BUYERS_CONSENT = re.compile(rf"(?:{BUYER}|{_HIS_SIDE})\s*(?:也|都|已经?|终于|最后|最终|还是|就|才"
                             r"|那边)*\s*$"
                             rf"|{_EN_BUYER}(?: side)?\s*"
                             r"(?:(?:has|have|also|finally|already)\s+)*$")
# ... nor his word of it (客户说老板同意了; customer says boss agreed)
_BUYERS_WORD = re.compile(rf"{BUYER}[^,，;；。]{{0,3}}?(?:{SAYS})|{_EN_BUYER}(?![a-z])")
# ... refused (不同意, 没批, 没同意, 我们不认, 不接受; 最后还是没同意 read as no word of
# it, the grant before it standing, 2,000 owed read paid, rv64d s4b): only a refusal of
# the short payment itself, nothing after it in its clause but the grant or the shortfall
# (我们不认, 不同意少付, 优惠还没批); not of another thing (不给开发票, 拒绝了其他要求,
# 不给的话), another time (以后不给优惠, 以后不接受少付) nor the buyer's (客户不接受原价):
# read as refusing it, granted shortfalls were 2,000 owed, 72 days, black (rv63a s2, s2b)
# ... or withdrawn since (后来反悔了, 现已撤回, 之前同意的优惠已取消: normalise's cancelling words;
# not denied, 没有撤回, 未取消: read granted, 2,000 owed read paid, rv63c s2)
# — a withdrawal only of the grant named before it in its clause, or of nothing named (老板同意了，
# 订单取消了: the order's, read as the grant's, 2,000 owed read paid)
_WITHDRAWN = re.compile(rf"(?<![未不没])(?<!没有)(?:反悔|撤回|收回|{CANCEL_ZH})")
_REFUSED = re.compile(r"不认|不同意|不批准?|没有?批准?|未批准?|不接受|拒绝了?|不给|"
                      r"(?:没有?|未)(?:同意|认可|接受)|(?<![a-z])(?:(?:did not|didn't|does not"
                      r"|doesn't|not|never|has not|hasn't)\s+(?:yet\s+)?(?:agreed?|accept(?:ed)?"
                      r"|approved?|waived?)|refused|rejected|declined|disagreed|withdr[ae]wn?"
                      r"|revoked)(?![a-z])|" + _WITHDRAWN.pattern)
_NOTHING_NAMED = re.compile(rf"(?:\s|{FIRM}|老板|领导|后来|之后|现在?|目前|已经?|又|也|都|就)*")
_OF_IT = re.compile(rf"\s*(?:了|这个?|此|该|这笔)?\s*(?:少[付收汇给打]了?|{_GRANTS}|批准)?"
                    r"\s*(?:了|的|吧|啊|呢)?\s*$")
# ... nor of later or new orders (后来的订单不同意, 新订单不同意: read as refusing this one, a
# granted 2,000 owed, 72 days, black, rv64c)
_ELSE_TIME = re.compile(rf"以后|今后|下次|下批|将来|往后|{BUYER}"
                        r"|(?:后来|之后|新|下[一个])的?订?单(?![据价证独])")
# ... waited for by the firm (待老板批准, 等老板同意): unless said done (已批准, 终于同意了); not
# 等 of "etc." (色差等问题) nor of a wait over (等了两周老板终于同意了); or only needed (要老板同意,
# 需老板批准, 只要老板同意: read as granted, 2,000 owed read paid, rv64d), not 要求 (asked for,
# below), 重要 nor 主要
_WAIT = re.compile(r"待|(?<!等)等(?![了过到等]|问题|原因|情况|因素|方面)|需|(?<![重主])要(?!求)")
# ... or only asked for: the buyer's request, want or word (客户要求优惠, 申请减免, 客户要优惠,
# 客户问能否优惠, 客户说是优惠), unless the grant is said done after it (客户申请的优惠已批准,
# 客户要求的折扣老板已同意) or made as asked (按客户要求给的优惠, 应客户要求同意让利): read as
# asked, granted shortfalls were 2,000 owed, 72 days, black (rv63a s2)
_ASKED_FOR = re.compile(rf"{_REQUESTS}|想要|希望"
                        rf"|{BUYER}[^,，;；。]{{0,3}}?(?:想|要|问|说|称|表示)")
_AS_ASKED = re.compile(rf"(?:按照?|应|依|照|根据)(?:{BUYER})?的?(?:{_REQUESTS})")
_DONE_BEFORE = re.compile(r"(?:已经?|终于|最后|最终)\s*$")
_DONE_AFTER = re.compile(r"了(?![吗么没])")
# ... or still undecided after it (优惠待定, 优惠申请中, 折扣还在谈, 老板同意与否待定: read as
# granted, those 2,000 owed read paid, rv63a s2)
_UNDECIDED = re.compile(rf"{UNSETTLED}|{UNDECIDED}")
# ... nor one to make the shortfall up later (老板不同意，最后同意下次补; 老板同意了，下批补上): the
# 2,000 is owed till then; read as granted, a balance typing what came read paid (rv64d s4b)
# ... or set off on a later order (老板同意让2000，下单再扣; 下批抵, 下个订单里扣): the grant is of
# that order, this one's 2,000 owed; read as this order's discount, 0 where 2,000, 72 days,
# black (fix66e); not another thing's deduction there (下单再扣佣金: part_of.names_other)
NEXT_LOT = r"下[一个]?订?[批单次]"  # a later lot or order (part_said: 客户下批少付2000)
# ... taken off it (下单再扣, 下个订单里扣, 下次货款扣): one list with a deduction not taken yet
# (deduction_notes: 扣佣金500，下次扣)
LATER_SET_OFF = rf"{NEXT_LOT}(?:订单|货款|的货款)?[里中]?再?[扣抵]"
# ... in English (will deduct from the next order, offset on next shipment: one list with a
# deduction not taken yet, deduction_notes; read as this order's grant, short 2000, boss agreed,
# will deduct from next order cleared the 2,000, 72 days, black, rv66e s5)
EN_LATER_SET_OFF = r"(?:from|on|off|against) (?:the )?next (?:order|shipment|invoice|lot|batch)"
_LATER_SET_OFF = re.compile(rf"{LATER_SET_OFF}|(?<![a-z]){EN_LATER_SET_OFF}(?![a-z])")
# ... but not where that later order is this one: an earlier lot's or an earlier time's set-off
# before it in its clause (上批质量问题说好下单扣, 是上批说好下单扣的, 之前说好下单扣), or this
# time's or done after it (…，这次扣了2000, 本单已扣): read as a set-off to come, 0 owed stood
# 2,000, 72 days, black (rv66e s1); 说好 alone is the grant's own word (老板同意了，说好下单再扣)
_AGREED_BEFORE = re.compile(rf"{EARLIER_ORDER.pattern}|之前|以前|当时")
_TAKEN_NOW = re.compile(rf"{THIS_TIME}|{THIS_ORDER.pattern}|扣了|已经?扣|扣掉了")
# ... unless denied (这次先不扣, 这次不扣, 本次未扣: shipped_words.NOT_ZH, or 不) or of an earlier
# lot (上批的已扣): read as taken now, a set-off to come cleared 2,000, 72 days, black (rv67a s3,
# s5, fix67e)
_NOT_TAKEN = re.compile(rf"(?:{NOT_ZH}|不)扣|{EARLIER_ORDER.pattern}")
_WHEN = rf"(?:{LATER}|下[月周批单个]|月[底初中])"
_MADE_UP = re.compile(rf"{_WHEN}[^,，;；。]{{0,6}}?补(?![货发寄单])")
# ... or paid later, no part of it named (客户少付2000，下周付，老板同意了; 老板同意了，月底付: the
# firm agreed to wait, the 2,000 owed; read as granted, 0 where 2,000, 72 days, black, rv66e
# s5); a figure paid later is the rest of a part granted (让1000，另1000下周付: :func:`_grants`),
# a rule for later payments none (以后付款不能少, 以后要足额付)
# — 给, 汇, 结 paying only of money (下周给钱, 下周汇款, 月底结清: buyer_word.TOLD_PAYS), not what
# the firm gives or does then (下周给客户发PI, 下周给客户报价, 月底给客户回复, 月底汇总报给财务,
# 下周汇报: read as paying, a granted 2,000 stood owed, 72 days, black, rv67a s3, s5, fix67e)
# — and 结 / 结算 (月底结, 下月结算, 月底一起结) or 给 the firm (下周给我们, 月底结给我们): owed,
# where TOLD_PAYS alone read them granted, 2,000, 72 days, black → nothing (rv67h s3, fix67m)
# — 给 the firm bare or of money (下周给我们, 下周给我们转过来), not an order or a reply it gives
# (下周给我们下新单, 月底给我们发订单, 下次给我们返单, 下周给我们回复: read as money, a granted
# 2,000 stood owed, 72 days, black, rv68a B4, fix68h)
_TO_US = (r"给(?:我们|我司|我方|公司)(?=\s*(?:吧|啊|呢|哦)?\s*$"
          r"|[^0-9]*?(?:钱|款|付|汇|打(?!样)|转(?!告|介绍|发)|结(?![果束论婚汇])|补(?![单货发寄])"
          r"|安排(?![^,，;；。]*(?:订单|新单|下单|生产|发货))))")
# ... and a figure given the firm later (老板同意了，下周给我们2000): that much paid, not let go
# (read with the grant, the whole short stood let go where 2,000, 72 days, black, fix68h)
_TO_US_FIGURE = re.compile(rf"^(?!.*(?:不|别))[^0-9]*{_WHEN}[^0-9]{{0,6}}?给(?:我们|我司|我方|公司)"
                           rf"\s*(?:{FIGURES}|(?P<spoken>{SPOKEN}))\s*(?:元|块|美金|美元)?(?:钱)?"
                           r"\s*(?:吧|啊|呢|哦)?\s*$")
# — and 过来 after it the money coming here (下周汇过来, 月底转过来), not 过 of one done (付过了):
# read as done, 客户少付2000，老板同意了，下周汇过来 let go the 2,000 owed, 72 days, black (rv67h,
# fix68c)
# — 汇 not the firm's own currency work, 结汇, 外汇, 换汇, 购汇, nor a bank's name, 汇丰 (月底结汇:
# read as the short paid later, 2,000, 72 days, black where it was let go, rv67h, fix68c); the
# buyer's own word keeps them (buyer_word.HIS_WIRE)
_GRANT_PAYS = paying(r"(?<![结外换购])汇(?![率总报丰])")
_PAID_LATER = re.compile(rf"^(?!.*(?:不|别|足额|全额))[^0-9]*{_WHEN}[^0-9]{{0,6}}?"
                         rf"(?:{_GRANT_PAYS}|结(?![果束论婚汇])|{_TO_US})"
                         r"(?![清了]|过(?!来))[^0-9]*$")

# ... and where no shortfall is said, the figure a clause after the grant puts off is the rest of
# the short payment besides the grant (老板同意让2000，另1000下周付 on a row 3,000 short: 2,000
# let go, 1,000 owed; read as the grant alone, of 2,000, it settled nothing and all 3,000 stood
# owed, 72 days, black, rv66e; 另1000下周付清 too; the figure the rest's, not a count or a day,
# FIGURES, nor another thing's, 另1000运费下周付, nor one paid, 另1000下周付了). Only the buyer's
# paying of it: not money the firm pays back or on (另1000下周退给客户, 下周付给工厂, 下周汇给客户),
# nor one already paid (另1000下周已付) or asked (另1000下周付吗？): read as his, the grant of a
# 2,000 short with 1,000 put off settled nothing, 2,000, 72 days, black (rv67d s1)
# — a figure of three digits or more right before 月底 / 月初 / 月中 its own, no month
# (另1000月底付: FIGURES refuses 月 after a figure, a month's; read as nothing put off, 老板同意
# 让2000，另1000月底付 on 4,000 let only 2,000 of a short said 2,000 go, 3,000 owed where 1,000
# is, 72 days, black, fix68d)
_SUM = r"(?:usd|us\$|\$|rmb|¥)?\s*[1-9]\d{2,}(?:\.\d+)?"
_PAID_THEN = r"(?:(?![退已])[^0-9,，;；。]){0,4}?(?:付|给|结|汇)清?(?![了过])"  # paid at that time
_REST_LATER = re.compile(rf"\s*(?:另外?|还有|其余)?\s*(?:{FIGURES}|(?P<sum>{_SUM})(?=月[底初中]))"
                         rf"\s*(?:{_WHEN}){_PAID_THEN}(?!给?(?:{BUYER}|{OUR_PAYEES}))")


# ... and another thing's own plan in a clause of its own after the first (另1000运费下周付,
# 另外运费下周付, 还有样品费月底付: part_of.names_other): no word of the short payment, the grant
# before it still the firm's (read as the whole note another thing's, 老板同意让2000，另1000运费
# 下周付 on 5,000 granted nothing, 2,000, 72 days, black, fix68d)
_OWN_PLAN = re.compile(rf"\s*(?:另外?|还有)[^,，;；。]*?(?:{_WHEN}){_PAID_THEN}")


# ... naming that thing alone: not this order's money too (另外运费和尾款下周付, 还有运费和余款
# 下周付: part_of.names_money) nor joined to another (另外运费连同…, 一起下周付): this money put off
# with it, the grant no more than before (read as the fee's own, 老板同意让2000，另外运费和尾款
# 下周付 on 5,000 granted 2,000 of a short the note keeps owed: 2,000, 72 days, black → nothing,
# rv68d A3); two fees joined to each other (运费和样品费, 运费及关税) are still their own plan
# (read as joined, 2,000, 72 days, black, rv68k #10)
_JOINED = re.compile(r"连同|一起|一并")


def names_else(text: str) -> bool:
    """Does a folded note name another thing than the short payment (part_of.names_other) but in
    a clause after its first that is that thing's own plan (:data:`_OWN_PLAN`), naming it alone
    (:data:`_JOINED`)?"""
    return any(names_other(clause) and not (
        at and _OWN_PLAN.match(clause) and not QUESTION.search(clause)
        and not names_money(clause) and not _JOINED.search(clause))
        for at, clause in enumerate(CLAUSE.split(text)))


def rest_later(text: str) -> float | None:
    """The figure a clause of a folded `text` (its figures plain: noted_figures.plain_figures)
    after its first puts off (另1000下周付: 1,000), None: none."""
    for stop in CLAUSE.finditer(text):
        found = _REST_LATER.match(text, stop.end())
        if found and QUESTION.match(text, stop.end()) is None and (
                value := parse_amount(found["figure"] or found["sum"])[0]) is not None:
            return value
    return None


def later_set_off(text: str, other: Callable[[str], bool] = lambda clause: False) -> bool:
    """Does a folded note set something off on a later order (下单再扣, 下个订单里扣, "deduct from
    the next order"; :data:`LATER_SET_OFF`): no earlier lot nor an earlier agreement before it in
    its clause (:data:`_AGREED_BEFORE`), nothing taken now in it or the clause after it
    (:data:`_TAKEN_NOW`), its clause not of a thing `other` says is another's (下单再扣佣金)?"""
    for found in _LATER_SET_OFF.finditer(text):
        start = max((stop.end() for stop in CLAUSE.finditer(text, 0, found.start())), default=0)
        stops = list(CLAUSE.finditer(text, found.end()))
        after = text[found.end():stops[1].start() if len(stops) > 1 else len(text)]
        clause = text[start:stops[0].start() if stops else len(text)]
        if not (_AGREED_BEFORE.search(text, start, found.start()) or other(clause) or (
                _TAKEN_NOW.search(after) and not _NOT_TAKEN.search(after))):
            return True
    return False
# a grant so soon after the figure that it speaks of it (客户少付2000，老板同意了)
_NEAR = 16
_EN_WORD = re.compile(r"[a-z]+|[0-9]+")


# a later sentence turning the story of it (后来, 之后, 最后, 现在, 但): its grant or refusal is
# the note's last word of it (客户少付2000，老板同意了。后来老板不同意: read granted, 2,000 owed
# read paid; …不同意。后来老板同意了: the opposite, rv63c s2); not a new request refused there
# (后来客户又要求优惠，老板不同意: of that request)
_TURN = re.compile(r"\s*(?:后来|之后|然后|最后|最终|现在?|目前|但是?|不过|可是)")


def granted(text: str, at: int, short: float) -> float | None:
    """The sum of the short payment of `short` ending at `at` the firm granted, None: none. The
    words after it, to its sentence's end and in later sentences turning its story
    (:data:`_TURN`), say so: the last word of it a grant (:func:`_grants`) soon after the
    figure or the turn, not asked (同意吗？) nor a refusal's object (不给优惠), no refusal or
    withdrawal of it after (:func:`_refuses`), and no clause after the figure making it up or
    setting it off later (:data:`_MADE_UP`). A grant of a figure (同意让1000) grants that much
    of it, no more than `short` (让3000 of 2,000 short: the 2,000)."""
    # a thousands comma (让2,000) no stop between clauses, a comma between figures one (让1500，
    # 500下周付: 1,500 let go, 500 to pay): noted_figures.plain_figures, fix66e, fix66k, fix67b
    words = plain_figures(text[at:])
    sentences = re.split("[。;；]", words)
    stances = [(0, *stance) for stance in _stances(sentences[0], short)]
    for n, said in enumerate(sentences[1:], 1):
        if _TURN.match(said) and not _ASKED_FOR.search(said) and not names_other(said):
            stances += [(n, *stance) for stance in _stances(said, short)]
        elif said.strip():
            break  # another matter: what follows is not of it
    last = max(stances, key=lambda stance: stance[:2])[2] if stances else None
    if last is None or later_set_off(words, names_other) or any(
            (_MADE_UP.search(clause) or _PAID_LATER.search(clause)) and not names_other(clause)
            for clause in CLAUSE.split(words)):
        return None
    let_go = min(last, short - _given_later(words))
    return let_go if let_go > 0.005 else None


def _given_later(words: str) -> float:
    """The figures a note's clauses say the buyer gives the firm later (下周给我们2000: 2,000),
    none of another thing: not let go with the grant."""
    return sum(value for clause in CLAUSE.split(words)
               if (found := _TO_US_FIGURE.search(clause)) is not None and not names_other(clause)
               and (value := parse_amount(found["figure"])[0] if found["figure"] else
                    spoken_amount(found["spoken"])) is not None)


def _stances(said: str, short: float) -> list[tuple[int, float | None]]:
    """Where a sentence grants (the sum) or refuses (None) the short payment: a grant soon after
    its start, not asked nor a refusal's object in the refusal's clause (不给优惠; 不同意，后来同意
    了 refuses, then grants)."""
    asked = [found.span() for found in QUESTION.finditer(said)]
    refusals = list(_REFUSED.finditer(said))
    stances: list[tuple[int, float | None]] = [
        (found.start(), None) for found in refusals if _refuses(said, found)]
    stances += [(grant.start(), value) for grant in _GRANTED.finditer(said)
                if _near(said, grant) and not any(a <= grant.start() < b for a, b in asked)
                and not any(no.start() <= grant.start() <= no.end() + 3 and not CLAUSE.search(
                    said, no.end(), grant.start()) for no in refusals)
                and not _unsure(said, grant)
                and (value := _grants(said, grant, short)) is not None]
    return stances


_HEDGE = re.compile(HEDGE)


def _unsure(said: str, grant: re.Match[str]) -> bool:
    """Is a grant guessed at or not confirmed: a hedge before it in its clause (老板可能同意,
    好像同意, 应该会同意: unsure_words.HEDGE), a doubt after it in its clause or a bare one next
    (同意让2000（待确认）, 同意让2000，待确认: UNSURE), none settled after (后来已确认)? No grant
    read as one left the short unowed, 72 days, black → nothing (rv68d A4)."""
    start = max((stop.end() for stop in CLAUSE.finditer(said, 0, grant.start())), default=0)
    stops = list(CLAUSE.finditer(said, grant.end()))
    end = stops[0].start() if stops else len(said)
    after = [part.strip() for part in CLAUSE.split(said[end:]) if part.strip()]
    return (_HEDGE.search(said, start, grant.start()) is not None or (UNSURE.search(
        said, grant.end(), end) is not None or bool(after) and BARE_UNSURE.fullmatch(after[0])
        is not None) and not any(BARE_SETTLED.fullmatch(part) for part in after))  # 后来已确认


def _near(said: str, grant: re.Match[str]) -> bool:
    """Does a grant speak of the short payment: soon after its sentence's start, or opening a
    clause that turns its story, naming nothing else (…不同意，最后还是同意了: the last word,
    read past :data:`_NEAR` as none, a granted 2,000 owed, 72 days, black, rv64c)? English
    counted in words, as many as the Chinese characters' half (short 2000, quality issue, boss
    agreed: read past it by its letters, a granted 2,000 owed, 72 days, black, rv67a s5)."""
    if grant.start() <= _NEAR or grant.group().isascii() and len(
            _EN_WORD.findall(said, 0, grant.start())) <= _NEAR // 2:
        return True
    before = _clause(said, grant.start(), grant.end())[0]
    return _TURN.match(before) is not None and not names_other(before)


def _clause(said: str, at: int, end: int) -> tuple[str, str]:
    """The words of the clause around `at`..`end` before and after them."""
    start = max((stop.end() for stop in CLAUSE.finditer(said, 0, at)), default=0)
    stop = CLAUSE.search(said, end)
    return said[start:at], said[end:stop.start() if stop else len(said)]


def _refuses(said: str, found: re.Match[str]) -> bool:
    """Is the refusal `found` of the short payment: nothing but it after in its clause, no other
    time nor the buyer before (:data:`_OF_IT`, :data:`_ELSE_TIME`)?"""
    before, after = _clause(said, found.start(), found.end())
    return _ELSE_TIME.search(before) is None and _OF_IT.match(after) is not None and not (
        names_other(before)) and not (  # 运费取消了, 样品不给: another thing's
        _WITHDRAWN.fullmatch(found.group()) and not _GRANTED.search(before)
        and not _NOTHING_NAMED.fullmatch(before))  # 订单取消了: the order's


def _grants(said: str, grant: re.Match[str], short: float) -> float | None:
    """The sum the grant word `grant` grants where it is the firm's, made: not undecided after
    it, not waited for or asked for before it in its clause unless said done; a consent the
    firm's, of the grant alone (:data:`_CONSENT_OF_IT`: `short`) or of a figure
    (:data:`_CONSENT_FIGURE`); a grant word of the figure after it (优惠1000) or `short`."""
    before, after = _clause(said, grant.start(), grant.end())
    before = _AS_ASKED.sub("", before)
    if another_named(before) or another_named(before, EARLIER_ORDER):
        return None  # 另一单老板同意让1000, 上单老板同意了: read as this one's, 1,000 let go
    if goods_before(said, grant.start()) or grant.group().isascii() and (
            not _EN_FIRM.search(before) or _EN_THEIR_SIDE.search(before)):
        return None  # 样品已批准, 运费减免了; sample approved, freight waived: another thing's
    if grant["consent"]:
        value = _consents(before, after, short)
        named = [found for found in _FIGURE_GRANTED.finditer(said, 0, grant.start())
                 if not names_other(_clause(said, found.start(), found.end())[1])]
        if value == short and named:  # 减1000运费，老板同意了: freight's, not the grant's figure
            value = parse_amount(named[-1]["figure"])[0]
    else:
        figure = _GRANT_FIGURE.match(after)
        value = short if figure is None else parse_amount(figure["figure"])[0]
    if value is None or _UNDECIDED.search(after):
        return None
    if _DONE_BEFORE.search(before):
        return value
    if _WAIT.search(before):
        return None
    return value if _ASKED_FOR.search(before) is None or _DONE_AFTER.match(
        said, grant.end()) is not None else None


def _consents(before: str, after: str, short: float) -> float | None:
    """The sum a consent (同意, 接受, 批准, agreed) with these words before and after it in its
    clause grants as the firm's: none the buyer's (:data:`_BUYERS_CONSENT`, :data:`_BUYERS_WORD`);
    `short` where of nothing but the grant, a figure's sum where of a figure (同意让1000: 1,000;
    read as none, the 2,000 stayed owed where the firm let 1,000 go, fix66e)."""
    if _BUYERS_CONSENT.search(before) or _BUYERS_WORD.search(before):
        return None
    if _CONSENT_OF_IT.match(after):
        return short
    figure = _CONSENT_FIGURE.match(after)
    return parse_amount(figure["figure"])[0] if figure else None
