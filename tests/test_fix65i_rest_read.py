"""fix65i (rv65b on fix65c): a rest beside a deduction, or on a whole balance, cleared only by
words saying this order's rest came — not a day alone after it, another order's or the
deposit's money come, this order named after another's, its own number in another spelling, a
question why, a rest once owed still dragged, a place name or the goods' own rest; and talks of
this order's deduction beside another's words leave it undecided.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and a
尾款70% row received on 04-20 with the note; as of 06-30 an unpaid sum is 72 days late, black.
Each ledger is a real .xlsx imported into a real SQLite file by both imports
(tests.test_fast_import._same_import). Order N of a ledger is numbered 2025-6NN.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late

# 1. a day alone after a rest, 佣金已扣 beside it, 5,000 of 7,000 received (fix65c: nothing
# open; hand: the 2,000 rest still owed, 72 days, black — no reader knows the day the note was
# written, and each of these cleared a buyer owing it)
# (the rest's own day right after it, after the row's 04-20 and not after the sheet's 06-30, is
# its receipt on that day since fix67a: COME_ON_ITS_DAY)
DAY_ALONE = ["佣金已扣，尚欠2000，7/10到账", "佣金已扣，尚欠2000，12/10到账",   # past the file
             "佣金已扣，尚欠2000，约5/10到账", "佣金已扣，尚欠2000，争取5/10到账",
             "佣金已扣，尚欠2000，希望5/10到账",                               # hopes
             "佣金已扣，尚欠2000，5/10收到对账单", "佣金已扣，尚欠2000，5/10收到投诉",
             "佣金已扣，尚欠2000，5/10收到客户邮件", "佣金已扣，尚欠2000，5/10收到信用证",
             "佣金已扣，尚欠2000，5/10收到退货",                               # other things
             "佣金已扣，尚欠2000，5/10到账，待核实", "佣金已扣，尚欠2000，5/10到账，退回了",
             "佣金已扣，尚欠2000，5/10收到，待查",                             # doubted
             "佣金已扣，尚欠2000，5/10收到一部分", "佣金已扣，尚欠2000，5/10到账一半"]
# 2. 收讫 / 已收到 of another or an earlier order's money, or the deposit's (hand: owed)
ELSE_CAME = ["佣金已扣，尚欠2000，另一单收讫", "佣金已扣，尚欠2000，上批货款已收讫",
             "佣金已扣，尚欠2000，另一单已收到", "佣金已扣，尚欠2000，定金货款收讫",
             "佣金已扣，尚欠2000，5/10收到上批货款", "佣金已扣，尚欠2000，5/10收到另一单的钱",
             "佣金已扣，尚欠2000，5/10到账的是定金"]
# 3.–6. this order named after another's; asked why; once owed and dragged or unanswered; 原
# ending a place; the goods' own rest (hand: owed)
THIS_REST = ["佣金已扣，新单下了本单尚欠2000", "佣金已扣，另一单已付清本单尚欠2000",
             "佣金已扣，不是另一单是本单尚欠2000", "佣金已扣，上批已付清，这批尚欠2000",
             "佣金已扣，客户问为何尚欠2000？", "佣金已扣，为什么尚欠2000？已催",
             "佣金已扣，原尚欠2000，客户一直拖", "佣金已扣，原尚欠2000，客户至今没回复",
             "佣金已扣，太原尚欠2000", "佣金已扣，货尚欠2000"]
# ... the opposites: the rest truly come (收讫, 已付清, this order's money with another's, the
# balance with the deposit), another order's rest (this order named only
# before it), asked whether, once owed alone, dragged then paid, a fee's rest: the 2,000 is the
# commission's sum, nothing open (as fix65c)
CAME_OR_ELSE = ["佣金已扣，尚欠2000于5月收讫", "佣金已扣，尚欠2000，已付清",
                "佣金已扣，尚欠2000，另一单和本单都已收讫", "佣金已扣，尚欠2000，定金和尾款已收齐",
                "佣金已扣，另一单尚欠2000", "佣金已扣，本单已付清，另一单尚欠2000",
                "佣金已扣，尚欠2000？", "佣金已扣，尚欠2000吗",
                "佣金已扣，原尚欠2000", "佣金已扣，原尚欠2000，客户一直拖，后已付清",
                "佣金已扣，客户问为何尚欠2000？已付了", "佣金已扣，样品费尚欠2000"]
# ... the rest's own day of arrival right after it (fix67a): its receipt of 05-10, nothing open
COME_ON_ITS_DAY = ["佣金已扣，尚欠2000，5/10到账", "佣金已扣，尚欠2000（5/10收）",
                   "佣金已扣，尚欠2000，5月10日到账"]


def test_a_rest_said_come_only_by_its_words(tmp_path: Path) -> None:
    """Hand count: 5,000 came of the 7,000 balance and the commission names no sum. Where the
    note leaves this order's 2,000 rest unpaid — a day alone after it, money of another order
    or the deposit come, this order named after another's, a why, a dragged rest once owed, a
    place's 原, the goods' rest — 2,000 is open since 04-19: 72 days, black (fix65c: nothing
    open for each but 5/10到账一半, 3,500). The opposites stay nothing open."""
    owed = [*DAY_ALONE, *ELSE_CAME, *THIS_REST]
    came = [*CAME_OR_ELSE, *COME_ON_ITS_DAY]
    got = _balances(tmp_path, [*owed, *came], 5_000)
    assert got == {**dict.fromkeys(owed, _late(2_000)), **dict.fromkeys(came, PAID)}


def test_the_order_s_own_number_in_another_spelling(tmp_path: Path) -> None:
    """Under its own order 2025-6NN, PI2025-6NN / SC2025-6NN / 25-6NN尚欠2000 is this order's
    rest: 2,000, 72 days, black (fix65c: another's, nothing open). Another of its series,
    plain or with a paper's letters (2025-699, PI2025-699), stays another's: nothing open."""
    own = ["佣金已扣，PI2025-600尚欠2000", "佣金已扣，SC2025-601尚欠2000",
           "佣金已扣，25-602尚欠2000", "佣金已扣，pi-2025-603尚欠2000"]
    other = ["佣金已扣，2025-699尚欠2000", "佣金已扣，PI2025-698尚欠2000"]
    assert _balances(tmp_path, [*own, *other], 5_000) == {
        **dict.fromkeys(own, _late(2_000)), **dict.fromkeys(other, PAID)}


def test_a_day_alone_on_a_whole_balance(tmp_path: Path) -> None:
    """All 7,000 received on the balance row: a rest then a day alone (尚欠2000，5/10到账,
    7/10到账, 希望5/10到账, 5/10收到投诉), another order's money come (另一单收讫) or the rest's
    coming hoped or guessed (余款约5/10到, 争取5/10付清) is the rest owed as 尚欠2000 alone is:
    2,000, 72 days, black (fix65c or main: nothing). The rest received by its words (于5月收讫,
    已付清, 按合约已付清, 余款5/10已到) or a fee's rest (样品费尚欠2000) stays nothing open."""
    owed = ["尚欠2000，7/10到账", "尚欠2000，希望5/10到账",
            "尚欠2000，5/10收到投诉", "尚欠2000，另一单收讫", "尚欠2000，5/10收到另一单的钱",
            "尚欠2000", "货尚欠2000",
            # hoped or guessed (main: nothing open, 余款…到 read as come)
            "尚欠2000，余款约5/10到", "尚欠2000，争取5/10付清", "到账5000，尚欠2000，希望已付清",
            "到账约5000，尚欠2000"]
    came = ["尚欠2000于5月收讫", "尚欠2000，已付清", "样品费尚欠2000", "尚欠2000，按合约已付清",
            "到账5000，尚欠2000，余款5/10已到",
            "尚欠2000，5/10到账"]  # its own day of arrival: its receipt of 05-10 (fix67a)
    assert _balances(tmp_path, [*owed, *came], 7_000) == {
        **dict.fromkeys(owed, _late(2_000)), **dict.fromkeys(came, PAID)}


# talks beside a deduction of this order's own with another's words in the part (hand: the
# deduction still talked of, 500 owed)
OWN_TALKS = ["扣款500，另一单和这单的差价都在谈", "扣款500，其他产品没问题这批差价还在谈",
             "扣款500，差价连同另一批一起协商中", "扣款500，另一单已谈妥本单还在谈",
             "扣款500，差价在谈明年前定下来", "扣款500，差价跟下一单一起在谈",
             "扣款500，新款的质量问题还在谈", "扣款500，新产品质量扣款还在谈",
             "扣款500，客户不认，另一单差价在谈"]
# ... another order's, product's or season's talks alone, this order named only before them, the
# season's deadline another order's, 不认识 / 不认为 no dispute: the deduction taken, nothing open
ELSEWHERE = ["扣款500，另一单差价在谈", "扣款500，新款降价在谈", "扣款500，明年降价在谈",
             "扣款500，本单已谈妥，另一单差价在谈", "扣款500，另一单差价明年前谈",
             "扣款500，客户不认识新款，另一单差价在谈", "扣款500，客户不认为有问题，另一单差价在谈"]


def test_this_order_s_talks_beside_another_s_words(tmp_path: Path) -> None:
    """The 尾款70% row received 6,500 of 7,000 with the note. Hand count: talks of this order's
    deduction joined with another's, this order named after another's, a season's deadline, a
    deduction's own words in the talks or the buyer not owning it leave the 500 owed since
    04-19: 72 days, black (fix65c: nothing open); another order's talks alone leave the
    deduction taken: nothing open."""
    cases = {**{f"T{i} {note}": _late(500) for i, note in enumerate(OWN_TALKS)},
             **{f"E{i} {note}": PAID for i, note in enumerate(ELSEWHERE)}}
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 6_500, date(2025, 4, 20), note=name.split(" ", 1)[1])]
    assert _accounts(tmp_path, rows, list(cases)) == cases


def test_another_s_money_come_after_a_part_come(tmp_path: Path) -> None:
    """No deduction: the balance row typed all 7,000 received, the note saying 5,000 came and
    the 2,000 rest. Another order's or the deposit's money come after it (另一单已收到, 上批货款
    收讫, 定金货款收讫) or a day alone (5/10到账) is no rest come: the part read, 2,000, 72 days,
    black (main: nothing open for the three, read as the rest come; 5/10到账 2,000 as here). The
    rest said come by its words (余款已付清, 另一单和本单都已收讫) leaves nothing open."""
    owed = ["到账5000，尚欠2000，另一单已收到", "到账5000，尚欠2000，上批货款收讫",
            "到账5000，尚欠2000，定金货款收讫"]
    came = ["到账5000，尚欠2000，余款已付清", "到账5000，尚欠2000，另一单和本单都已收讫",
            "到账5000，尚欠2000，5/10到账"]  # the rest's own day: its receipt (fix67a)
    assert _balances(tmp_path, [*owed, *came], 7_000) == {
        **dict.fromkeys(owed, _late(2_000)), **dict.fromkeys(came, PAID)}


def test_another_s_money_come_on_a_whole_balance(tmp_path: Path) -> None:
    """All 7,000 received: a rest then another order's money come (尚欠2000，另一单已收到,
    上批货款已收) is the rest owed: 2,000, 72 days, black (main: nothing, read as the rest come,
    rv65b s5b); the rest come by its words (尚欠2000，已付清, …，定金和尾款已收齐) nothing open."""
    owed = ["尚欠2000，另一单已收到", "尚欠2000，上批货款已收", "尚欠2000，定金货款收讫"]
    came = ["尚欠2000，已付清", "尚欠2000，定金和尾款已收齐"]
    assert _balances(tmp_path, [*owed, *came], 7_000) == {
        **dict.fromkeys(owed, _late(2_000)), **dict.fromkeys(came, PAID)}
