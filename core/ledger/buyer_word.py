"""The buyer's word of a payment in a payment row's note: a plan (客户说下周付), or not.

What the buyer says he will pay is money not received yet, however the clerk typed the row's
收款 (core.ledger.payment_row_money.planned reads a row so noted as what is asked). Read here:
his word (客户说, 客户表示, 据客户说, "customer says"), the clauses it runs over until our side
speaks, whether a clause speaks of paying (付, 汇, 给 of money) and whether of a payment he says
made, or of another order, a fee or what we pay; and 给 of money at a time to come written
without his word (下周给美金, 月底给钱: the clerk's shorthand for his plan, fix57c).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.ledger.balance_words import DEFERS
from core.ledger.bank_charges import names_charge
from core.ledger.came_words import (
    ARRIVED,
    CLAUSE,
    STOPS,
)
from core.ledger.noted_orders import Known, wire_references
from core.ledger.part_of import FIRM, names_money, names_other
from core.ledger.plan_of import ELSE_REST, OWN_REST, fee_named, plans_else

# the buyer, as a note names him (客户, 买家, 客人, 对方; 老外, the clerk's word for the foreign
# buyer: 老外说下周给 read as no payer, 2,000 owed read 0, rv62i s680); not another buyer (另一个
# 客户, 其他老外) nor 老外 inside another word (老外协厂: an old 外协厂; 老外贸公司, 老外滩): each
# read as this buyer's word or paying, 0 → 2,000 or 7,000 owed, 72 days, black (rv63a s1, s1c)
_NAMES = r"(?:客户|买家|买方|客人|对方|老外(?!协厂|贸|滩))"
_OTHER_ONE = ("另一", "另一个", "另一位", "另一家", "其他", "其它", "别的", "别家")
BUYER = "".join(f"(?<!{word})" for word in _OTHER_ONE) + _NAMES
# ... and his side: who receives, imports or sells on his goods (收货人, 进口商, 经销商). One list
# for whose supplier is his (supplier_bill: 收货人的货代他说, 进口商工厂) and whose finance
# reports his payment (paid_said: 收货人财务说已付)
# ... not an agent bare (代理): in a small export firm's notes most often the firm's own export
# agent, his only where named his (客户的代理, 收货人代理, 他的代理: supplier_bill). Read as his
# side (fix65g), 代理工厂还没付 on a received balance row stood 7,000, 72 days, black where paid,
# and 代理财务说上批欠款4000已付 left a deposit cell's paid 4,000 owed, 39 days, watch (fix66d)
# ... but an import or customs agent works for him at his port (进口代理, 清关代理), and a dealer
# by the agent's name is one selling on his goods (代理商, as 经销商): his side. Read as the
# firm's agent, 进口代理工厂还没付 cleared an unpaid balance, 7,000, 72 days, black → 0, and
# 进口代理财务说上批欠款4000已付 a deposit cell's debt, 4,000, 39 days, watch → 0 (rv66a s2, s5,
# fix66g); 出口代理 and bare 代理 stay the firm's
HIS_SIDE = r"收货人|进口商|经销商|进口代理|清关代理|代理商"
# ... he gives only where the firm neither speaks to him nor promises him (跟老外说好了下周给, 答应
# 客户下周给: the firm gives, the goods short; read as his giving, 0 or 7,000 → 2,000 owed, 72
# days, black, rv63a s1c): part_said's paying
_TO_HIM = ("跟", "向", "答应", "承诺", "许诺")
# ... unless he is named again after it as the one who gives (跟客户说好了他下周给, 答应老外他月底
# 给, 跟客户确认了客户下周给: his plan, the firm only spoke to him; read as the firm's promise, a
# balance owed 7,000, 72 days, black read paid, rv63c s1): 他, 他们, or the buyer's name; not 其他
# (其他下周给: other things), 他人, nor his things (跟客户说好了他的货下周给: the firm gives them)
_HE = rf"(?:(?<![其吉])他们?|{_NAMES})(?!人|的)"
_SPOKE_TO_HIM = rf"(?:{'|'.join(_TO_HIM)}){_NAMES}"
GIVING_BUYER = (rf"(?:{''.join(f'(?<!{word})' for word in _TO_HIM)}{BUYER}"
                rf"|{_SPOKE_TO_HIM}[^,，;；。]*?{_HE})")
# ... and what the firm promises him is its own to give: a bare 给 closing the clause (答应客户下周
# 给, 承诺老外月底给, 跟老外说好了下周给; 少发2000的货 beside it: the goods), read as a plan of his
# money, 7,000 owed, 72 days, black where paid (rv63a s1c); not his paying (答应客户下月付, 跟客户
# 说好下周付款: his plan), nor his giving named after it (:data:`_HE`)
_PROMISED_HIM = re.compile(rf"{_SPOKE_TO_HIM}(?:(?!{_HE})[^,，;；。])*?给"
                           r"(?=\s*(?:[,，;；。]|$))")
# a time to come, soon (下周, 下个月, 月底, 明天, 尽快): one list for money given then
# (:func:`given_later`) and money said in then (payment_row_money._SOON_BEFORE)
SOON_TIME = r"下个?[周月]|月[底初中]|明天|后天|尽快|马上"
# ... and some days on (过几天, 过两天, 过段时间): with it the times a promise is put off to, one
# list (owed_said: 过几天补上 pays nothing now) and his bare time (:data:`_WHEN_ONLY`)
LATER_TIME = rf"过(?:几|两|一两|段|些)(?:天|日子|时间)|过一阵子?|{SOON_TIME}"
# his saying (客户说, 客户表示, 客户反馈): his word below (:data:`_TOLD`), and no grant of the
# firm's (客户说老板同意了: core.ledger.short_granted)
SAYS = r"说|称|表示|讲|告知|反馈"
# the buyer's word (客户说, 据客户说, 客户表示, 客户会, "customer says / will / promised"): what
# he says he will pay is a plan, its day the one promised (客户说下月付款 7月10日到账; 据客户说已
# 安排付款: rv54e, read as paid, 7,000 hidden); not 说明, nor the firm's own 客户已付款，7月10日
# 到账. Only a clause of his word speaking of paying (:data:`TOLD_PAYS`) is a plan: his word of
# anything else (客户表示满意, 客户会继续下单, 客户说要开发票, "customer says thanks", a bank's
# charge: 客户会承担手续费, "buyer agreed to pay bank charges") is none, and what he says he has
# paid (:data:`TOLD_PAID`) is read as before, paid (rv55b: 23 paid balance rows so noted read
# 7,000 open, 72 days, black; a deposit's 客户表示满意，尽快安排生产 3,000). His asking is his
# word too (客户要求延期付款, 客户申请延期付款: acct56a, owed rows read paid)
# ... and the firm's word with him naming him after it as the giver (跟客户确认了他下周给: his plan,
# read as no word of his, 7,000, 72 days, black read paid; :data:`_HE`)
_TOLD = re.compile(rf"{_SPOKE_TO_HIM}[^,，;；。]*?{_HE}|{BUYER}"
                   rf"(?:{SAYS}|会|将|准备|打算|要求|申请)(?!明)"
                   r"|据[^,，;；。]{0,6}?说(?!明)|(?<![a-z])(?:customer|buyer|client)s?\s+"
                   r"(?:says?|said|will|promised?|promises|agreed to)(?![a-z])")
# paying: 付 (not 付款方式, 应付, 到付), 汇 (not 汇率, 汇总, 汇报: read as paying, 老板同意了，
# 下周汇报 was a grant's 2,000 paid later, 72 days, black, rv67a s5, fix67e). His 汇 is any of
# his (客户说下周购汇, 下周换汇, 外汇下周到, 下周结汇: what an importer does to pay; read as the
# firm's currency, 7,000, 72 days, black was nothing, rv68e F3, fix68l); the firm's own currency
# (结汇, 外汇, 换汇, 购汇, 汇丰) is shut out only of its grant clauses (short_granted,
# :func:`paying`), 打款, 转账, 到账, 结清, "pay", "remit";
# 给 closing its clause or before money named in it is the money (客户说下周给, 月底给, 下周给尾款:
# acct56a; 下周给美金, 给1000美元, 给USD, 给样品和货款: fix56m, rv56f, owed rows read paid), not
# 给样品, nor what was given (客户说给的金额不对). A fee is money (客户说下周给样品费, 运费, 模具费,
# 佣金: rv56f s164, 7,000 owed read paid, fix57c); 样品 alone is a thing
_GIVEN_MONEY = re.compile(r"款|钱|美金|美元|人民币|金额|(?:样品|模具|运)费|佣金"
                          r"|(?<![a-z])(?:usd|rmb)(?![a-z])")
HIS_WIRE = r"汇(?![率总报])"


def paying(wire: str) -> str:
    """The words of paying, `wire` the 汇 read as paying: the buyer's (:data:`HIS_WIRE`), or the
    firm's grant's, which shuts out its own currency work."""
    return (r"(?<![应到])付(?!款方式|款条件)|" + wire + r"|打款|转账"
                        r"|到账|结清|结款|回款"
                        rf"|给钱|已经?给|给(?=[清齐]?(?:[,，;；。]|$)|(?!的)[^,，;；。]*?(?:{_GIVEN_MONEY.pattern}))"
                        r"|打钱|打过来|转(?![告发达运口单船港交换下财生介])|[钱款][^,，;；。]{0,4}?到(?![港货])"
                        r"|安排(?=[^,，;；。]{0,2}?(?:付|汇|打款|转账|结)|[,，;；。]|$)"
                        r"|(?<![a-z])(?:pa(?:y|id|ying|yment)|remit(?:ted)?|wired?|transfer(?:red)?"
                        r"|settled?)(?![a-z])")


TOLD_PAYS = re.compile(paying(HIS_WIRE))
# ... but a bare 给 (:data:`TOLD_PAYS`) after a thing named in its clause gives that thing, not
# money, unless the clause names money too (客户说新订单月底给, 唛头下周给, 样品下周给, 反馈下周给:
# rv56c s138, five paid balances read 7,000 owed, black; 客户说尾款月底给, 钱下周给 stay owed)
# A thing after the money his 给 names is what he gives, the money only its kind (客户说下周给新的
# 美金账户, 月底给人民币报价, 下周给金额确认, 下周给美金发票: rv57a s201 N27-N30, four paid
# balances read 7,000 owed, black); money last, or a thing joined to it, stays money (给样品和
# 货款, 给PI上的款, 给货款和样品)
_GIVEN_THING = re.compile(r"订单|下单|样品|样板|唛头|反馈|回复|答复|发票|水单|好评|合同|资料|图纸"
                          r"|文件|报价|确认|箱单|提单|单据|报关单|账户|账号|户头"
                          r"|(?<![a-z])pi(?![a-z])")
# ... paid: 已 and a payment's verb (已付, 钱已经打了, 款已汇出; 客户说4月20日已付, as 客户说已付),
# 已安排 only where the money is then said in (已安排付款 4月20日收到; 据客户说已安排付款 a plan),
# a verb done (一起付了), a slip (水单)
# 到了 before 再付 / 付款 in its clause is his condition, not money come (客户说到了港口再付,
# 船到了再付款, 单据到了付款: rv56a s125, six owed balances read paid, 7,000 → 0); the money's
# 到了 is money come whatever follows (钱到了再发货, 款到了再发下一批: rv56e s150, 7,000 black)
TOLD_PAID = re.compile(r"已经?(?:付|汇|打|转|支付|结|到|收|给)|已经?安排[^,，;；。]*?(?:收到|到账)"
                        rf"|(?:付|打|汇|转|给)[^,，;；。]{{0,2}}?了|水单|{ARRIVED}"
                        r"|到[^,，;；。]{0,3}?账上")
# ... and once his word says this money is paid, his later clauses of another order, the goods
# or a fee make no plan of it (客户说尾款已付，下单定金下周付; 这批已付清，下批款月底付;
# 已付清，样品费下周付: rv55i s107, paid rows read 7,000 owed, black), nor those of what we pay
# (工厂货款下周付, 货代运费下周付, 下周付工厂, 下周给工厂: rv56a s124, four paid rows 7,000 black;
# not 他们工厂)
_ORDER_ELSE = re.compile(r"下[一个]?订?[单批]|新的?订?单|下单"
                         r"|(?<![a-z])(?:next|new) (?:order|batch)(?![a-z])")
# ... and a commission (佣金下周付: ours to an agent, or his; rv58c s232 E20, fix59j), a mould
# or a refund (模具款客户说下周, 退款客户说下周: read as the balance's time, 7,000, 72 days,
# black where nothing is owed, rv67h, fix68c)
_TOLD_ELSE = re.compile(_ORDER_ELSE.pattern + "|样品|配件|定金|订金|提货|清关|验厂|生产|佣金"
                        "|模具|退款")
# ... nor an agent's (付给代理: his commission, the firm's debt; owed_said reads a denial of
# paying one of these as of ours: 佣金还差一半没付给代理 on a paid balance row was 7,000 black,
# rv61b s421b)
# (the agents, one list: deduction_notes reads a commission paid to one as the firm's, owed_said
# a balance not yet paid to one as the buyer's)
AGENT = "代理"
AGENTS = rf"{AGENT}|中间人|介绍人"
# ... and the firm's suppliers, whose money is the firm's own debt (owed_said: 工厂还没结): those
# it buys the goods of and those carrying them (whose bill is freight, not goods money: owed_said
# reads 货代通知我们运费还没付 as the firm's, 货代通知我们货款还没付 as the buyer's not paid)
MAKERS = r"工厂|供应商"
CARRIERS = r"货代|船公司"
SUPPLIERS = rf"{MAKERS}|{CARRIERS}"
OUR_PAYEES = rf"{SUPPLIERS}|{AGENTS}"
# paying a supplier is no plan in his word (客户说下周付工厂, 已跟老外说好，下周付工厂: read as his
# plan, paid balances were 7,000 owed, 72 days, black, rv63a s1c); not an agent, who passes his
# money on (客户说下周付给代理: his); nor the supplier's money named as his to pay (客户说给工厂的
# 款下周付: his, read as the firm's, 7,000 owed, 72 days, black read paid, fix57c)
# ... nor in his own clause the supplier's money paid (客户说下周付工厂的货款: his plan, rv64b
# s2). After another clause of his (客户说质量没问题，下周付工厂的钱; 下周付给工厂的尾款; 月底付给
# 货代的运费), or paid off (等我们下周付完工厂再发货), the supplier is paid and the clause is the
# firm's: read as his plan, paid balances were 7,000 owed, 72 days, black (rv64b s8, s9). A
# clause paying more than the supplier is his plan still (客户说等我们付完工厂后再付: what is left
# of it read)
_PAYS_SUPPLIER = re.compile(rf"(?P<pays>付[完清]?给?|给)(?:{SUPPLIERS})(?P<its>的)?")


def _supplier_unpaid(clause: str, his: bool) -> str:
    """A clause of the buyer's word without its paying of a supplier (:data:`_PAYS_SUPPLIER`),
    unless the supplier's money is named after a bare 给 or in `his` own clause (给工厂的款)."""
    return _PAYS_SUPPLIER.sub(lambda paid: paid.group() if paid["its"] and (
        his or paid["pays"] == "给") else "", clause)
# ... and those who give the firm or the buyer goods, not money: a supplier (any 厂: 外协厂, 加工
# 厂, 厂家) or the warehouse. Named before a bare 给 in the buyer's clause (客户说工厂下周给, 老外说
# 工厂下周给: the goods short), or as the one who gives or settles in a shortfall's clause (老外的外
# 协厂下周给, 仓库说月底给: part_said), the 给 is theirs: read as his money, paid balances were
# 7,000 or 2,000 owed, 72 days, black (rv63a s1, s1c). Not an agent, who gives the buyer's money
# on (客户说代理下周给: his plan), nor the buyer's own (客户厂里下周给, 客户说他们厂下周给,
# 客户在厂里说, 客户说仓库收货后下周给: read as a supplier's, 2,000 or 7,000 owed, 72 days,
# black read paid, rv63c s1, s8)
GIVERS = (r"(?<!他们)(?<!他们的)(?<!客户)(?<!客户的)(?<!对方)(?<!在)"
          rf"(?:{SUPPLIERS}|厂(?!里)|仓库(?!收))")
_GIVERS = re.compile(GIVERS)
_OURS = re.compile(rf"(?:付给?|给)(?:{OUR_PAYEES})|(?<!他们)工厂的?(?:[货尾余]?款|定金)"
                   r"|运费|货代")
# ... or paid in full, sent (付清, 汇出, 付款完成, paid, "payment made"), unless a day to come is
# said before it (下月付清, 月底前付清, "will be paid")
_TOLD_DONE = re.compile(
    r"付清|结清|汇出|付完|完成|(?<![a-z])(?:paid|remitted|sent|wired|transferred|settled|made"
    r"|done|completed|received)(?![a-z])")
TOLD_SOON = re.compile(
    r"会|将|要|准备|打算|下[月周个]|[这本]个?[周月]|月[底初中]|尽快|马上|明天|后天|\d+[日号]?前"
    r"|(?:提货|发货|出货|装船|开船|清关|到港|验货|收货)(?:之|以)?[前后]"
    r"|(?<![a-z])(?:will|shall|going to|be|next|by)(?![a-z])")
# ... his word runs on over the clauses after it until our side speaks (我司, 我方, 本公司, 我们,
# 业务员说, "we"): 客户说已收到货，下周付款 is his plan (rv55f s71: 15 owed balances so noted read
# paid, 7,000 → 0). His finance, bank or factory are his (客户说财务下周付,
# 客户说等银行放款后下周付, 客户说工厂验货后付尾款: rv55i s107, six owed balances read paid,
# 7,000 → 0), and so is our paper in his sentence (客户表示我们的发票有误，下周付; "our invoice")
# and the firm inside his clause: only a clause the firm begins is ours (客户说我公司发错货了，下周
# 付, 客户表示我公司的发票有误: read as the firm speaking since fix63c listed 我公司, 7,000, 72
# days, black → 0, rv63b s10); in English after but, then, so or and too ("customer said paid,
# so we will pay the factory next week", "…, and we will pay supplier next week": read as his
# plan, 7,000 owed, 72 days, black where paid, rv64b s8)
_SPEAKER = re.compile(rf"(?<=[{STOPS}\s])\s*(?:但是?|不过|后来|然后)?{FIRM}(?!的)"
                      r"|(?:业务员?|跟单员?)(?:说|称|表示|讲|告知|反馈)"
                      r"|(?<=[,;.!?])\s*(?:(?:but|then|so|and)\s+)?we(?![a-z])")
# ... but not the firm opening the words he says (客户说，我们发错货了，下周付; 客户反馈，
# 我司发错货，下周付; 客户说 我公司发错货了: his sentence, read as the firm speaking, 7,000
# owed, 72 days, black read paid, rv64b s2)
_OPENING = re.compile(rf"[{STOPS}\s:：]*")
# his asking (要求, 申请) is of his paying to come only with paying late or a time named
# (客户要求延期付款, 申请推迟付款, 要求月底付款): not how he asks to pay (客户要求T/T付款,
# 要求人民币付款, 要求扣除佣金后付款, 申请用信用证付款: rv56c s138/s139, seven paid balances read
# 7,000 owed, black)
_ASKS = ("要求", "申请")
_ASKED_LATE = re.compile(rf"{DEFERS}|晚付|缓付|迟付|\d{{1,2}}月|\d{{1,2}}[日号]|\d{{4}}[-/.]\d"
                         r"|\d+天后|月[底初中]|[上下本这]个?[周月旬]|周[一二三四五六日末]|[月年]内|明天|后天"
                         r"|尽快|马上|近期"
                         r"|(?<![a-z])(?:later|next|by|delay(?:ed)?|postpone(?:d)?)(?![a-z])")


# ... and his word only a time to come, the clause saying no more (客户说过几天, 客户说月底, 客户说
# 下周吧): when he pays. Read as no word of paying, 客户说过几天 left a received balance paid, and
# beside it the supplier's word (客户说过几天，工厂说我们货款还没付) stood for nothing where
# 7,000, 72 days, black is owed (rv66a s3, s5, fix66g)
_WHEN_ONLY = re.compile(rf"\s*(?:再|要|等)?(?:{LATER_TIME}|\d{{1,2}}[日号])(?:前|左右)?"
                        r"(?:吧|再说)?\s*")
# ... unless what he was asked or told of is another matter: named before his word in its clause
# or in a question before it (发货时间客户说月底, 交期客户说月底, 船期：客户说下周, 问客户何时验货，
# 客户说下周吧): the goods, a fee, papers (part_of.names_other), another order, samples (:data:
# `_TOLD_ELSE`) or a date of the goods' own. Read as his plan, a paid balance stood 7,000, 72
# days, black (rv66e s2, s3). Not where the balance is named beside it (尾款连运费客户说月底, 尾款和
# 运费：客户说月底, 问客户货款和样品费何时付: part_of.names_money, as named_papers._of_else), nor a
# question's time before its 问 (发货后问客户，客户说月底: asked after shipping, of the money): read
# as another matter, an unpaid balance was nothing owed where 7,000, 72 days, black (rv67a s1,
# s5, s7, fix67e)
_GOODS_DATES = re.compile(r"交期|货期|船期")
# 问 of asking, not of 问题 (样品质量问题已解决，客户说下周, 货没问题，客户说下周: a problem
# settled; read as asking of 样品, 货, his time was another matter's, 7,000, 72 days, black →
# nothing, rv68e F1, fix68l)
_ASKING = re.compile(r"问(?!题)")  # 询问 asks too (rv68l #3)
_ASKED_HIM = re.compile(rf"{_ASKING.pattern}|何时|什么时候|几时|[?？]\s*$")
# ... the words before 问 its time where a time ends in them (发货后, 样品确认后, 开船时, 开船那天);
# the time and what went before it cut off, the words after it kept (发货后又问了, 发货后业务员问了,
# 样品问题解决后问了: the time read as the matter asked about, 7,000, 72 days, black was nothing,
# rv68e F1b, fix68l); else they name what was asked about (运费问了客户，客户说下周, 样品费的事问
# 了客户，客户说月底: the fee's plan; cut off as a time, 7,000, 72 days, black where nothing is
# owed, rv67h, fix68c)
_ASKED_WHEN = re.compile(r"(?:后|前|(?<![何几])时(?!间)|那天|当天|那时)(?![面边])")
# ... and his own words before him a thing's state told (模具已做好客户说下周, 样品已寄出客户说
# 月底: a report, not what he speaks of; read as the mould's time, 7,000, 72 days, black was
# nothing, rv68e F12, fix68l)
_STATE_TOLD = re.compile(r"已经?|没问题|问题")


def _time_of_else(before: str) -> bool:
    """Does the text `before` his word (客户说) name another matter than the money, in his
    clause or in a question just before it (:data:`_ASKED_HIM`)?"""
    clauses = CLAUSE.split(before)
    spoken = clauses[-1]
    asked = before[:len(before) - len(spoken)]  # the clauses before his, to its stop
    spoken = "" if _STATE_TOLD.search(spoken) and not _ASKING.search(spoken) else spoken
    if len(clauses) > 1 and _ASKED_HIM.search(asked[-len(clauses[-2]) - 1:]):
        question = clauses[-2]
        asking = _ASKING.search(question)
        when = list(_ASKED_WHEN.finditer(question, 0, asking.start())) if asking else []
        spoken = question[when[-1].end():] + spoken if when else question + spoken
    return not names_money(spoken) and bool(
        names_other(spoken) or _TOLD_ELSE.search(spoken) or _GOODS_DATES.search(spoken))


def told(text: str, number: object = None, known: Known = frozenset,
         bill: Callable[[str], bool] = lambda clause: False) -> bool:
    """Does a folded cell give the buyer's word of a payment to come: in his clause or one after
    it, until our side speaks (:data:`_SPEAKER`)? After a clause saying he paid, a clause of
    another order, the goods or a fee (:data:`_TOLD_ELSE`) is none; nor one of other money than
    the row's, its order's `number` known (plan_of.plans_else; `known`: the numbers sold); nor a
    clause after his own that `bill` says denies only the firm's own supplier bill (客户说，工厂说
    我们货款还没付: the supplier's word of the firm's bill, owed_said.firms_bill; read as his plan,
    a paid balance stood 7,000, 72 days, black, fix66d)."""
    for told in _TOLD.finditer(text):
        if firm_gives(text, told.start()):
            continue  # 跟老外说好了下周给: the firm gives
        words = text[told.end():]
        speaker = next((found for found in _SPEAKER.finditer(words)
                        if _OPENING.fullmatch(words, 0, found.start()) is None), None)
        words = words[:speaker.start()] if speaker is not None else words
        soon = TOLD_SOON.search(told.group()) is not None  # 客户会/将/准备: all he says is to come
        asks = told.group().endswith(_ASKS)
        paid = False
        # a fee named right before his word, in his clause (运费客户说下周付, 佣金客户说收到货后
        # 付): what his word is of; read as this money's, 7,000, 72 days, black where paid (rv67f)
        topic = CLAUSE.split(text[:told.start()])[-1]
        topic = topic if fee_named(topic) else ""
        for n, clause in enumerate(CLAUSE.split(words)):
            if n == 0 and _WHEN_ONLY.fullmatch(clause) and not _time_of_else(
                    text[:told.start()]):
                return True  # 客户说过几天: his time of paying
            if n and bill(clause):
                continue  # 客户说，工厂说我们货款还没付: the firm's bill, none of his word
            said = _supplier_unpaid(clause, n == 0)  # the supplier paid is the firm's
            if not (paid and other_money(clause) or plans_else(
                    topic + clause if n == 0 else clause, number, known)) and _to_come(
                    said, soon and n == 0) and (
                    not asks or _ASKED_LATE.search(clause)):
                return True
            paid = paid or bool(TOLD_PAYS.search(clause) and TOLD_PAID.search(clause))
    return False


def other_money(clause: str, words: re.Pattern[str] = _TOLD_ELSE) -> bool:
    """Is a clause after the buyer's word that he paid (or after a note saying an undated row's
    money came: payment_row_money.came_undated) of other money than this order's: what we pay
    (:data:`_OURS`), or another order, the goods or a fee (`words`) not naming this balance?"""
    return _OURS.search(clause) is not None or (
        words.search(clause) is not None
        and OWN_REST.search(ELSE_REST.sub("", clause)) is None)


def _to_come(said: str, soon: bool) -> bool:
    """Is a clause of the buyer's word a payment to come (`soon`: his verb already says so)?"""
    if names_charge(said) or not _pays(said) or TOLD_PAID.search(said):
        return False  # not of his payment, or of one he says he made
    done = _TOLD_DONE.search(said)
    return done is None or soon or TOLD_SOON.search(said, 0, done.start()) is not None


def _pays(said: str) -> bool:
    """Does a clause of the buyer's word speak of paying (:data:`TOLD_PAYS`): not a bare 给 of
    a thing named before it in a clause naming no money (:data:`_GIVEN_THING`)?"""
    return any(pays.group() != "给" or _gives_money(said, pays.end())
               for pays in TOLD_PAYS.finditer(said))


def _gives_money(said: str, at: int) -> bool:
    """Does a bare 给 (ending at `at` in a clause) give money: the last money named after it
    not the kind of a thing right after it (美金发票; :data:`_GIVEN_THING`), or none named after
    it and the clause naming money or no thing before it? A thing joined to the money (给货款和
    样品) is given with it."""
    named = [money.end() for money in _GIVEN_MONEY.finditer(said, at)]
    if named:
        return _GIVEN_THING.match(said, named[-1] + said.startswith("的", named[-1])) is None
    return _GIVEN_MONEY.search(said) is not None or (
        _GIVEN_THING.search(said, 0, at - 1) is None and _GIVERS.search(said, 0, at) is None)


# 给 at a time to come (下周给美金, 月底给钱, 下周给货款, 钱下周给) without the buyer's word is
# his plan in the clerk's shorthand: read as paid, three owed balances were 0 open (rv56f s160:
# 7,000, 72 days, black). Only money named (a bare 下周给 may be our invoice), not another's
# (:func:`_others_money`)
_SOON = re.compile(SOON_TIME)
# ... and so does 给 written as paying, with no money named: 给付, 给清, 给齐, or will / again
# closing its clause (下周给付, 月底前给清, 下周会给, 下周再给: rv58a s225, four owed balances read
# paid, 7,000, 72 days, black), not after a thing named (发票下周再给, 唛头月底前给齐) nor a bare
# 下周给 (our invoice, maybe)
_GIVES_PAYING = re.compile(r"给(?:付|[清齐])|(?:会|再|要|将)给(?=\s*(?:[,，;；。]|$))")
_TO_OTHERS = re.compile(rf"给(?:{BUYER}|业务员?|跟单员?|{OUR_PAYEES})")


def given_later(text: str) -> bool:
    """Does a clause of a folded cell say money is given at a time to come, before any word of
    the buyer's (his own clauses are :func:`told`'s: 客户说已付清，样品费下周给 is a fee of
    another's after his paid word)?"""
    return any(
        _SOON.search(clause) and (_GIVEN_MONEY.search(clause) and any(
            pays.group().startswith("给") and (pays.group() != "给" or _gives_money(
                clause, pays.end())) for pays in TOLD_PAYS.finditer(clause)) or any(
            _GIVEN_THING.search(clause, 0, pays.start()) is None
            for pays in _GIVES_PAYING.finditer(clause)))
        and not _others_money(clause) for clause in _unsaid(text))


# ... and 付 (汇, 打款, 结清) at a time to come without his word (下周付款, 月底付尾款, 下个月付) is
# his plan too, on a row with no date received (payment_row_money.planned): read as paid, such
# balances were 0 open (fix58d: 7,000, 72 days, black); dated, the note was written before the
# money came. Not 给 (:func:`given_later`'s), nor what :func:`_others_money` says is not his,
# nor a clause naming an invoice (代K付款，INV-H1款下月付: another's, rv56a s123a)


def put_off(text: str) -> bool:
    """Does a clause of a folded cell, before any word of the buyer's, put paying off to a time
    to come (the time before the verb: 下周付款, 钱下周到; not 已付，下周付工厂)?"""
    return any(
        (soon := _SOON.search(clause)) and any(
            not pays.group().startswith("给") for pays in TOLD_PAYS.finditer(clause)
            if pays.end() > soon.end())  # 钱下周到: the money named before the time (fix60d)
        and not _others_money(clause) and not any(
            not key.isdigit() for key in wire_references(clause))  # INV-H1, not a sum
        for clause in _unsaid(text))


def _unsaid(text: str) -> list[str]:
    """The clauses of a folded cell before any word of the buyer's (:data:`_TOLD`)."""
    said = _TOLD.search(text)
    return CLAUSE.split(text[:said.start()] if said else text)


def _others_money(clause: str) -> bool:
    """Is a clause's money at a time to come none of this payment: given already (已给, 给了,
    3/25已给), to the buyer or our people, what we pay or another order (给客户退款, 月底给业务员发
    佣金, 给工厂货款, 下个月给新订单的款: :func:`other_money`), or a bank's charge?"""
    return bool(TOLD_PAID.search(clause) or other_money(clause, _ORDER_ELSE)
                or _TO_OTHERS.search(clause) or names_charge(clause))


def firm_gives(text: str, at: int) -> bool:
    """Is the word at `at` in the firm's promise to the buyer of a bare 给 (答应客户下周给, 向客户
    承诺下周给): the firm's giving, no plan of his money (:data:`_PROMISED_HIM`)?"""
    return any(found.start() <= at < found.end() for found in _PROMISED_HIM.finditer(text))
