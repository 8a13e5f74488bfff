"""What a part a payment row's note names is of: the row's money, or another thing.

A balance row's note may say a share, a figure, a rest or a coming of something that is not
its money: half the goods at port (一半已到港，另一半下月出), a third of the valves (球阀三分之一
已到，余下5月发), half the freight (付了一半运费), goods short (还差2000的货下月补发), the
deposit's wire recalled (3/2已到账3000（定金）), papers, goods or samples come (单据已收到,
货已到齐, 样品已收到, 已付运费), or the means the whole came by (汇了一半美金一半人民币, 收到一半
是电汇，一半是支票). Read as the money, paid buyers were 2,000–4,667 open, 72 days, black, and
the rest owed read come (rv59c s261, s264, s265). One reading, asked by every part rule of
core.ledger.part_said and by core.ledger.owed_said (拒付 not of freight).
"""

from __future__ import annotations

import re

from core.ledger.came_words import SLIP

# goods, not their money (货款, 货钱) nor 货币; 货值 (the goods' worth) is goods, as a declared or
# insured value (还差2000货值的货下月补发, 还差2000的货值报关用): read as money, paid balances were
# 2,000 owed, 72 days, black (rv62b s542). It is the money only where said unpaid (还差2000的货值
# 没付: GOODS_VALUE, core.ledger.part_said; rv61f s502 G4, 2,000 owed)
GOODS = r"货(?![款币钱])"
GOODS_VALUE = "货值"
# what a part may be of other than the row's money (款, 货款, 尾款, 余款, 钱, 美金: the whole):
# goods, a container or the ship (柜子已到: fix60d; 柜子到了一半: rv60a s307), freight, fees,
# papers, samples, a port, or the deposit (a payment of its own)
# a commission by each of its names, one list (owed_said: one paid to an agent; deduction_notes:
# the commission a withdrawal names, 代理费取消了 of 代理费2000已扣, fix63g)
COMMISSION = r"(?:佣金|中介费|代理费|介绍费)"
# the fees beside the goods' money, one list: what a part may be of (:data:`_GOODS`) and what
# the buyer may plan to pay apart from the balance (客户说下周付运费: core.ledger.buyer_word)
FEES = rf"运费|海运费|保险费|{COMMISSION}|手续费|模具[费款]"
# the words joining a fee to the money it goes with, one list: the included (尾款含运费, 连同
# 佣金, 下周付含运费: core.ledger.plan_of, a fee paid with the balance its part) and the joined
# (尾款和运费, 货款跟运费, 还没付运费同尾款: core.ledger.owed_said, a denial of both, the balance
# owed). Not 同时 (at the same time: 没付运费同时尾款已付 speaks of the fee alone)
WITH_WORDS = ("含", "包括", "包含", "连同", "连", "加上", "带")
JOINS = rf"(?:{'|'.join(WITH_WORDS)}|以及|和|及|与|、|加|\+|&|跟|同(?!时))"
# ... and a mould, its money or fee (模具款已付，尾款未付; 模具费未付: read as the balance paid or
# denied, 7,000, 72 days, black read nothing and a paid balance 7,000 black, rv68e F6, F7, fix68l)
_GOODS = (rf"{GOODS}|柜子?|集装箱|船(?!期|公司)|{FEES}|样品|模具"
          r"|单据|提单|发票|港(?!币)")
_OTHER = rf"(?:{_GOODS}|定金|订金|首付|预付)"
# the means a whole came by: two shares each of one (一半美金一半人民币, 一半是电汇，一半是支票)
_MEANS = r"(?:是|用|以|走|通过|为)?(?:电汇|支票|现金|汇票|信用证|美金|美元|人民币|rmb|usd)"
_SPLIT = re.compile(rf"一半{_MEANS}[^。;；]{{0,12}}?一半{_MEANS}")

# ... named right after a part, as what it is of (一半运费, 2000的货, 3000（定金）, 到港)
# (not where the other thing is said apart: 实收4000（首付款另收）, the deposit received on its
# own, the 4,000 the balance's part: read as the deposit's, 3,000 owed read 0, rv56f s161 S09)
_AFTER = re.compile(rf"\s*(?:元|块)?\s*[（(]?\s*的?\s*{_OTHER}"
                    r"(?!款?\s*(?:已经?|之前|早已|\d[\d,.]*)?\s*(?:另|单独|分开|除外))")
# ... or right before it, as its subject (货已到齐, 运费一半已付; not 发货后付了一半: a time),
# or that thing's money or fee (样品款已付, 样品费已付, 样品钱已付: fix60d, rv60c s323), not a
# paper's (发票款: the invoice's money, the row's); the deposit's (首付款已到 on the 尾款 row,
# rv60a s307)
_THINGS = rf"(?:{_GOODS})(?:(?<!发票)(?<!单据)(?<!提单)[款钱]|(?<!费)费)?"
# ... paid by the firm (代理费我司已付: read as the balance come, an unpaid buyer's 7,000, 72 days,
# black was 0, rv62a s520 A5)
# the firm's words for itself, one list (rest_rows: 我司付工厂付重了; buyer_word: our side speaks;
# owed_said: the firm's own debt); bare 公司 only where a thing's payer is asked (WE), as a buyer's
# company name (华美公司还没付) is the buyer (fix63c)
FIRM = r"(?:我司|我方|我们|我公司|本公司)"
WE = rf"(?:{FIRM}|公司)"
_BEFORE = re.compile(rf"(?:{_THINGS}|(?:定金|订金|首付|预付)款?)\s*的?\s*{WE}?"
                     r"(?:已经?|只|才|仅|也|都)?\s*$")
# the rest of the goods shipped later (另一半下月出, 余下5月发, 剩下的下月补发): the part said is
# of the goods; not of the money (余款下月付, 另一半下月发货前付)
_GOODS_LATER = re.compile(r"(?:另一半|其余|余下|剩下|剩余)的?[^,，;；。款钱付]{0,6}?"
                          r"(?:补?发|出货?|出运)(?![^,，;；。]*?(?:付|给|结|款|钱))")
# the row's money named as the whole (尾款, 货款, 钱): a clause naming it beside another thing
# (已付运费和尾款) speaks of the money too; not a sample's, a fee's or the deposit's money
# (样品款已付，尾款未付 on a balance row read paid: 7,000, 72 days, black, fix60d), a mould's
# (模具款) nor a refund (退款: money back to him); nor 款 in another word, the style, its number
# or the way of paying (款式, 款号, 款型, 付款方式, 付款条件): read as the money, 模具款客户说
# 下周 / 退款客户说下周 stood his plan of the balance, 7,000, 72 days, black where nothing is
# owed, and a wire's earlier debt doubted by 款式待确认 / 付款方式待确认 stayed 5,000, 84 days,
# black where the wire paid it (rv67h, fix68c)
MONEY_WORDS = re.compile(r"尾款|余款|货款|欠款|全款|款项|(?<!样品)(?<!佣金)钱"
                         r"|(?<![运费退])(?<!首付)(?<!预付)(?<!样品)(?<!佣金)(?<!模具)款"
                         r"(?![式号型]|方式|条件)")
# ... or its coming: received, paid, wired (收到一半, 付了一半, 汇了一半, 到账一半)
# (收了一半, 到了一半), not the buyer's receiving (客户已收到一半, 买家/客人/客户那边已收到一半:
# of the goods, rv59g s295, rv60a s307)
_PAID_VERB = re.compile(r"(?<!客户)(?<!客户已)(?<!买家)(?<!买家已)(?<!客人)(?<!客人已)(?<!那边)"
                        r"(?<!那边已)(?:收到|已收|收了)|付了?|汇了?|到账|到了"
                        r"|received|paid")


def other_after(text: str, at: int) -> bool:
    """Do the words right after `at` (a share, a figure, a rest) name another thing than the
    money: 一半运费, 2000的货, 3000（定金）?"""
    return _AFTER.match(text, at) is not None


# ... the goods, papers, fees or a port come as a clause's subject (货已到齐, 单据已收到): not
# the deposit (定金已收 on a deposit's row is its money come: read as another thing, a paid
# deposit row was a plan, 3,000 owed, lead 163's first form)
_GOODS_BEFORE = re.compile(rf"{_THINGS}\s*的?\s*{WE}?(?:已经?|只|才|仅|也|都)?\s*$")


def goods_before(text: str, at: int) -> bool:
    """Do the words right before `at` (a coming) name goods, papers, fees or a port as its
    subject (货已到齐, 单据已收到), not the deposit?"""
    return _GOODS_BEFORE.search(text, 0, at) is not None


# the goods alone right before a rest said owed (货尚欠2000): their money, the order's own rest,
# not goods to ship nor a fee (read as another thing's, 2,000 owed, 72 days, black was cleared,
# rv65b s2); not goods shipped or sent short (发货, 出货, 交货, 补货), nor short (货还差2000: a
# count as likely as money)
_GOODS_OWN = re.compile(rf"(?<![发出交补到收])(?:{GOODS})\s*$")
_OWED = re.compile(r"[尚还仍]欠")


def goods_owed(text: str, at: int) -> bool:
    """Are the words right before a rest owed `at` (尚欠, 还欠, 仍欠) the goods alone
    (:data:`_GOODS_OWN`)?"""
    return _OWED.match(text, at) is not None and _GOODS_OWN.search(text, 0, at) is not None


def other_before(text: str, at: int) -> bool:
    """Do the words right before `at` (a share, a coming) name another thing than the money
    as its subject: 货已到齐, 单据已收到, 运费一半已付?"""
    return _BEFORE.search(text, 0, at) is not None


def means_split(text: str) -> bool:
    """Does a note split the whole by the means it came by (一半美金一半人民币)?"""
    return _SPLIT.search(text) is not None


def goods_later(text: str) -> bool:
    """Does a note say the rest of the goods ships later (另一半下月出, 剩下的货下月补发)?"""
    return _GOODS_LATER.search(text) is not None


def money_clause(clause: str) -> bool:
    """Does a clause speak of the money: naming it (尾款到了一半) or its coming (只收到一半, 付了
    一半), not of goods come (一半已到港)? Beside the goods' rest shipped later, such a clause's
    share is still the money's (尾款到了一半，另一半货下月发: read as goods, 3,500 owed read 0,
    rv59e s282)."""
    return names_money(clause) or _PAID_VERB.search(clause) is not None


_NAMES_OTHER = re.compile(_OTHER)


def names_other(clause: str) -> bool:
    """Does a clause name another thing than the money (goods, freight, papers, the deposit)?"""
    return _NAMES_OTHER.search(clause) is not None


def names_money(clause: str) -> bool:
    """Does a clause name the row's money itself (已付运费和尾款, 货已到，尾款已付)?"""
    return MONEY_WORDS.search(clause) is not None


# the money's proof or its coming (水单, 银行, 到账, 入账, 金额): beside the money's own words
# what a doubt after a debt said paid names to doubt it (水单待确认, 银行待确认, 到账还要查); a
# doubt naming neither is of the order's details (数量待确认, 唛头待确认, 交期待确认: read as a
# doubt of the debt, a wire that paid X-1 left it 5,000, 84 days, black, rv67a s2, s5, fix67e)
# ... and the account (账待核对, 帐待核对, 账目待核, 对账待确认: read as a detail, a wire noting
# 上次欠款，财务说已付，款式待确认，帐待核对 paid X-1, 5,000, 84 days, black, rv68e F11, fix68l;
# not a bank account's number, 账户, 账号)
# 账期 credit terms, no proof (rv68l #2)
_PROOF = re.compile(rf"{SLIP}|银行|到账|入账|金额|汇款|[账帐](?![户号期])")


def names_money_or_proof(clause: str) -> bool:
    """Does a clause name the money (:func:`names_money`) or its proof or coming (水单, 到账)?"""
    return names_money(clause) or _PROOF.search(clause) is not None
