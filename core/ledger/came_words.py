"""The words a payment row's note asks or answers by, whether its money came.

Kept apart from core.ledger.payment_row_money (is a row's money planned or come?) and
core.ledger.noted_figures (how much came): both read a note's clauses, its questions and the
answer a clerk writes after one alike, by these words.
"""

from __future__ import annotations

import re
from datetime import date

_STOPS = r",，;；。()（）!！?？\n"
# 帐 (and the traditional 帳, 賬) is 账 in a note's money words (到帐, 入帐, 帐户): the lists are
# written with 账 only; read otherwise, 客户已付，钱还没到帐 and 下周到帐 were the money come,
# 7,000, 72 days, black → nothing (rv67b s3, s7). Only the reading sees it (:func:`one_spelling`);
# the note is kept as typed
_ACCOUNT = str.maketrans("帐帳賬", "账账账")


def one_spelling(text: str) -> str:
    """A folded note with 帐 written 账, as its money words are listed."""
    return text.translate(_ACCOUNT)


CLAUSE = re.compile(f"[{_STOPS}]")
# a remittance slip (收到客户水单): a paper, no money come (core.ledger.payment_row_money), nor its
# day a bill's maturity (core.ledger.money_on_way)
SLIP = "水单"
# the stops as a character class's inside, for a word read at a clause's start
STOPS = _STOPS
_END = rf"(?=[{_STOPS}]|$)"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of a cell holding `start` to `end` starts and ends (:data:`CLAUSE`)."""
    return (max((stop.end() for stop in CLAUSE.finditer(text, 0, start)), default=0),
            stop.start() if (stop := CLAUSE.search(text, end)) else len(text))


# a clause asking (款到了吗？, 收到了吗, 到账了?, 款到了没, 款到了没有, 是否到账) says the money
# came in none of its words, and asked of money come it says none is known in (fix56m, rv56f
# s160; rv57a s201 N37, N38, N40: 7,000 read paid, owed)
QUESTION = re.compile(rf"[^{_STOPS}]*(?:(?:吗|(?:了|到|账)没有?)\s*{_END}|[?？])"
                      rf"|[^{_STOPS}]*是否[^{_STOPS}]*")
# ... but the answer a clerk writes right after it (款到了吗？到了, 到账?已确认, 已到账吗？是的,
# 客户问款到了吗？财务说到了, 钱到了吗？4/20到了) is the money come: rv57a s205, five paid
# balances read 7,000 owed, black; 款到了吗？还没 and a question alone stay owed
ANSWER_BY = (rf"\s*(?:[^{_STOPS}]{{0,4}}?(?:说|答|回复|回答)\s*:?\s*)?"
              r"(?:\d{1,2}[-/.]\d{1,2}[日号]?|\d{1,2}月\d{1,2}[日号]?)?\s*")
# ... of which these say the money came (银行说已到, 财务说到账了), not only yes (是的, 已确认:
# the question's own words true, a question of money on its way answered yes is on its way)
_ANSWER_CAME = (r"已经?确认(?:收到|到账)|确认(?:收到|到账)"
                r"|已经?(?:到账?|收到|入账)了?|(?:到账?|收到|入账)了")
ANSWERED = re.compile(rf"[?？]?{ANSWER_BY}(?:是的?|对的?|嗯|已经?确认|确认了|{_ANSWER_CAME})"
                      rf"\s*(?=[{_STOPS.replace('?？', '')}]|$)")
# ... a clause answering with the money come (a question of money on its way answered: 我问是不是
# 钱在路上，银行说已到: core.ledger.money_on_way.on_its_way)
ANSWERED_CAME = re.compile(rf"{ANSWER_BY}(?:{_ANSWER_CAME})\s*")

# the money arrived, written 到了 without 已 (客户说下周付，实际4月20日到了, 钱到了,
# 结果当天就到了): one list for the buyer's word that it came (core.ledger.buyer_word.
# TOLD_PAID) and a payment row's note that it did (core.ledger.payment_row_money); read as no
# coming, a note telling the buyer's plan and then the money come kept a balance received
# 7,000, 72 days, black (rv65c s1, s9, fix65k). 到了 before 再 or 付 in its clause is a
# condition (客户说到了港口再付, 船到了再付款: rv56a s125), the money's 到了 the money come
# whatever follows (钱到了再发货: rv56e s150); not a time reached (到了月底, 到了下周), the goods
# or a port (货到了, 到了港口), nor the money about to come (钱快到了, 就要到了: fix65k)
ARRIVED = (r"[钱款]到(?:账)?了(?![月下周年这本])"
           r"|(?<![货港快要])到(?:账)?了(?![月下周年这本港货])(?![^,，;；。]*?(?:再|付))")

# 实收 and a figure: what came of the row's 收款 (实收3000, 实收USD5000), one pattern for
# whether it came (payment_row_money) and how much (part_said.part_came): a colon, 金额,
# 金额为, 款 or 实际收到 are the same words (实收：USD 3,000，余款未付 read 7,000 owed where
# 3,000 came; 实收金额为3000, 实收款3000, 实际收到3000 read paid where 4,000 is open;
# 应收7,000，实收：7,000 read owed: rv57a s201). GOT ends where the figure starts
# (FIGURE_START: its currency, then a digit)
GOT = r"(?:实收|实际收到)(?:金额|款)?为?\s*:?\s*"
FIGURE_START = r"(?:[a-z]{1,3}\$?|[$¥])?\s*[1-9]"
# ... and what the bank got (到账5000, 收到5000, 已收5000, 实际到账5000): read as the whole 7,000
# received, three part-paid balances were 0 open where 2,000 was, 72 days, black (rv58a s228);
# how much came, and the rest owed, is core.ledger.part_said's
CAME = r"(?:实际)?(?:到账|收到|已收)(?:金额|款)?为?\s*:?\s*"

# a payment row's 品名 saying its money came (到账, 尾款到账, 收款, 回款, 已收, 已入账) or the
# balance's rest (补尾款, 补款) is its order's payment row as 定金 and 尾款 are
# (order_payments.PAYMENT): read as a totals row, the balance received on it was lost and a
# paid buyer shown 7,000 (or 3,500) owed, 72 days, black (rv61b s427c K2, K5, s427 G2). Only
# words saying it came: 未到账, 待入账, 银行未入账, 尾款未到 are none, their row no payment's
ROW_CAME = r"已?(?:到账|入账|收到)|收款|回款|已收|补款|补(?=尾款|余款|货款|定金|订金)"

# an earlier order's money come (催款中，之前的单已付: rv57a s201 N10, read paid) is not this
# row's, unless the clause names this order too
# (not a price, a paper or a word holding 前 or 上: 之前单价, 加上单证费, 提前单独发货, 目前单价:
# read as an earlier order, a deposit paid a late invoice and hid it, rv60e K1, K3, K7; 加上单证费
# is a paper by its 证, and 加上批欠款, 追加上批尾款 name the earlier batch: rv61a s402 E5, E6 —
# but 加上批次费用, 加上批发折扣 a batch's fee and a wholesale discount, 线上订单 an order online:
# rv61b s425 W8–W10, D5, D6)
EARLIER_ORDER = re.compile(r"(?<![提目当线网])(?:之前|以前|上[一个次]?|前[一两几]?个?|旧)的?订?"
                           r"(?:单(?![据价证独])|批(?![次量价]|发[价折商市]))")
THIS_ORDER = re.compile(r"本单|这单|本批|这批|本订单|这个订单")
# ... and another order, lot or product than this one, or a later season's (另一单, 另一批,
# 其他产品, 其它订单, 新订单, 新单, 新款, 新产品, 下一单, 下批, 下个订单, 明年, 下季度, 本订单之外):
# one list for talks beside a deduction (core.ledger.deduction_notes: 扣款500，另一单差价在谈, 新款
# 降价在谈, 明年降价在谈 read as this deduction's, a buyer who paid all but it stood 500 owed, 71
# days, black, rv64d s3) and a rest beside it (另一单尚欠2000: no rest of this order's, 2,000
# owed, 72 days, black where paid, rv64d s4a); not a paper, a unit price or 单独 (新单价, 另一单据)
_SEASON = r"明年|下一?个?季度|下半年"
# a payment of an order named after it (下一单的定金, 新订单货款, 下单定金): core.ledger.plan_of
# reads a later order's word as the money's owner only so
ITS_MONEY = re.compile(r"\s*的?\s*(?:定金|订金|预付款?|首付款?|货款|尾款|余款|款)")
# ... where a bare 下单 / 下订单 is the verb, an order placed (4/20到账后客户又下单, 客户已下订单),
# and the next order only as its money's owner (下单定金, 下订单的货款): read as another order's,
# a came clause placing one was dropped, a paid balance 7,000, 72 days, black (rv66b s7);
# or placed with a paid word after it in its clause, this money not named between (客户下单已付,
# 下单并已付款, 新下单已付, 又下单已付全款, 下单的那笔已付, 又下了一单已付): the new order's money
# come, read as this money's, 7,000, 72 days, black → nothing (rv67b s2, s7); not 下单时 / 下单后
# / 下单前 (when this order was placed: 客户下单时已付定金), nor 下单 then this money's coming
# (未下单，尾款已收; 下单后尾款已付)
_THIS_NAMED = r"尾款|余款|这笔|此笔|该笔|本单|这单|本批|这批"
_PLACED_PAID = (rf"(?![时后前])(?=(?:(?!{_THIS_NAMED})[^{_STOPS}]){{0,8}}?"
                r"(?:已经?(?:付|收|到账)|付了|收到|到账))")
ANOTHER_ORDER = re.compile(r"另外?一[个张笔]?订?[单批](?![据价证独])"
                           r"|(?:其[他它]|别的|另外的?)的?(?:订单|单子|批次?|产品|货品|款式|型号)"
                           r"|新的?(?:订单|单(?![据价证独])|款(?!项)|产品|品(?!质))"
                           rf"|下(?:[一个]订?[单批]|订?批|订?单(?={ITS_MONEY.pattern}))(?![据价证独])"
                           rf"|下(?:了一?)?订?单{_PLACED_PAID}"
                           rf"|{_SEASON}|(?:订?单|批)[之以]外")
# ... but not where this order is named after it (另一单已付清本单尚欠2000, 其他产品没问题这批差价
# 还在谈, 不是另一单是本单), joined with it (另一单和这单的差价都在谈, 差价连同另一批一起协商中), or
# the season a deadline (差价在谈明年前定下来, 下半年底): read as another's, a rest owed 2,000, 72
# days, black and a deduction still talked of, 500, 71 days, black, were cleared (rv65b s3a, s6)
JOINED = re.compile(r"一起|连同|一并|都")
_DEADLINE = re.compile(rf"(?:{_SEASON})\s*(?:[之以]?前|底)")


def another_named(part: str, words: re.Pattern[str] = ANOTHER_ORDER) -> list[re.Match[str]]:
    """The `words` of another order, lot or season a part of a note names (another order's by
    default, :data:`ANOTHER_ORDER`) that make it another's matter: none where the part joins
    them with this one, each unless this order is named after it or it is a season's deadline."""
    return [] if JOINED.search(part) else named_else(part, words)


def named_else(part: str, words: re.Pattern[str] = ANOTHER_ORDER) -> list[re.Match[str]]:
    """The `words` of another order, lot or season a part names, joined with others or not
    (另一单和新订单都已收: two others, no word of this one's), but none this order is named after
    nor a season's deadline (:func:`another_named` without its joining words)."""
    return [found for found in words.finditer(part)
            if THIS_ORDER.search(part, found.end()) is None
            and _DEADLINE.match(part, found.start()) is None]
# what was once so and is no more (原尚欠2000, 原计划5月付): one list for a first plan whose day
# follows (core.ledger.payment_row_money) and a rest once owed (core.ledger.deduction_notes);
# not a place's or a word's end (太原尚欠2000, 还原, 复原: read as once owed, 2,000 owed, 72 days,
# black was cleared, rv65b s3a)
ONCE = r"(?<![太平中草高还复病九五])原|本来|原本"
# a supposition (如果, 如, 若, 假如): what follows is not said to have happened — a rest called
# off (core.ledger.lots_called_off) or a deduction agreed (core.ledger.deduction_notes), each
# adding its own words (lots_called_off keeps 例如 out)
SUPPOSED = r"如果?|若|假如"
# a plan's day past (预计付款4月20日到账 on a row of 04-22) is the money's day only where no later
# clause says it is still out: 实际未到, 至今未收 (owed_said.still_owed), 催款中 (rv56c s133:
# two owed balances read paid, 7,000, 72 days, black → 0)
#
# chasing still under way (催款中, 请业务员催一下), not chasing done or called off (之前催了好几次,
# 催了三次终于付了, 不用催了, 催款函已撤回: rv56f s169, four paid balances read 7,000 black;
# 不需要催款了, 催款成功, 催款完毕, 停止催款: rv57a s201, the same). 之前 ends it only dating the
# chase itself (之前答应的款还在催款中: a promise before, still chased; rv57a s201 N06 read paid)
CHASED = re.compile(r"(?:催款|催收|在催|催一下|催促)(?!函已?撤回)")
CHASE_OFF = re.compile(r"不用|不必|无需|不需要?|终于|撤回|(?<![未不没])成功|完毕|停止|结束"
                       r"|之前[^,，;；。]{0,3}?催")
# ... of which a chase stopped says nothing of the money by itself (停止催款，转法务: given up),
# and one paused (暂时停止催款) is no chase ended (core.ledger.plan_said._chase_ended)
CHASE_STOPPED = re.compile(r"停止|结束")
CHASE_PAUSED = re.compile(r"暂时?|先")


# a day closing what is before a bare 收 (待客户付款，4/20收): the money's day of coming where it is
# the row's own date received or earlier, a plan where later (待客户付款，5/10收 on 04-20's row)
_DAY_BEFORE = re.compile(r"(?:(?P<year>\d{4})[-/.年])?(?P<month>\d{1,2})(?:月|[-/.])"
                         r"(?P<day>\d{1,2})[日号]?\s*$")


def day_past(before: str, on: date | None) -> bool:
    """Is the day `before` ends with (4/20 of 4/20收) on or before the row's date `on`?"""
    found = _DAY_BEFORE.search(before)
    if found is None or on is None:
        return False
    try:
        return date(int(found["year"] or on.year), int(found["month"]), int(found["day"])) <= on
    except ValueError:
        return False
