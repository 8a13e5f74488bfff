"""fix66k: rv66e's review of fix66e and fix66g mended (issue 11).

Real .xlsx ledgers imported into a real SQLite file, the account read as of 2025-06-30.

1. A wire (X-1 5,000 shipped 03-08, OA 30 days, 84 days late; X-2 6,000 due 07-01; 5,975
   wired 06-25) noting the earlier debt said paid by the firm's finance, then a clause doubting
   or putting off another matter (下批数量, 样品, 提单, 发票原件, 新订单数量, 差额, X-2 after
   X-1 named): the wire pays X-1, 5,025 open, 0 days, no list (main: X-1 5,000, 84 days,
   black). A doubt of the money or its proof (货款待确认, 水单待确认, 到账还要查), bare, or of
   the debt's own number stays one: X-1 5,000, 84 days, black.
2. A balance row of 7,000 received 04-20 (order 10,000, deposit 3,000, due 04-19) noting the
   buyer's bare time about another matter (发货时间客户说月底, 交期客户说月底, 船期：客户说下周,
   验货：客户说过几天, 问客户何时验货，客户说下周吧): nothing owed (main: 7,000, 72 days,
   black). His bare time about the money (客户说过几天, 问客户何时付款，客户说下周吧, 尾款客户说
   月底) stays his plan: 7,000, 72 days, black.
3. A balance row of 5,000 received of 7,000: the English consent or waiver of another thing
   (sample/PI/quality/shipment approved, freight waived), a count short (2000 sets, pieces,
   pairs), a consent set off on the next order (will deduct from next order) and the Chinese
   样品已批准, 运费减免了 grant nothing: 2,000, 72 days, black (main: 0 for the English; 0 in
   both trees for the Chinese). The firm's consent (boss agreed, we have accepted, manager
   approved, 老板已批准, 我们同意减免) still grants: nothing owed.
4. The "next order" this one (客户少付2000，上批质量问题说好下单扣，老板同意了; 是上批说好下单扣
   的; 上批质量问题说好下单扣，这次扣了2000): nothing owed (main: 2,000, 72 days, black); a set-off
   on a later order (老板同意让2000，下单再扣; 老板同意了，说好下单再扣; 老板同意了，下批抵)
   stays 2,000 black.
6. A grant's figure then the rest's after a comma (老板同意让1500，500下周付; 让1200，800月底付)
   are two figures: 1,500 let go, 500 owed, 72 days, black (main: folded 1500,500 read as one
   figure, the grant of the whole, 2,000 owed); a thousands comma (让2,000) one figure.
7. A consent to pay later (客户少付2000，下周付，老板同意了 / 老板同意了，下周付, 月底再付) is no
   grant: 2,000, 72 days, black (main: 0); a rule for later payments (以后付款不能少) leaves the
   grant: nothing; a part granted and the rest paid later (让1000，另1000下周付): 1,000 black.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix62f_repeated_cells import _accounts
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _wires
from test_fix65d_grant_and_typed_plan import SHORT, _rows

HALF = (1_000.0, 72, "black", 0.0)

# 1. another matter doubted or put off after the debt said paid: the wire pays X-1 (main: black)
OTHER_MATTERS = ["上次欠款，财务说已付，还要确认下批数量", "上次欠款，财务说已付，样品待确认",
                 "上次欠款，财务说已付，提单待确认", "上次欠款，财务说已付，没找到发票原件",
                 "上次欠款，财务说已付，新订单数量还要确认", "上次欠款，财务说已付，差额下周付",
                 "客户问：上次欠款已付？财务说已付，发货时间待确认",
                 "上次欠款X-1，财务说已付，客户说下周付X-2", "上次欠款X-1，财务说已付，X-2下周付"]
# ... the money or its proof doubted, bare or the debt's own number: X-1 5,000, 84 days, black
MONEY_DOUBTED = ["上次欠款，财务说已付，货款待确认", "上次欠款，财务说已付，水单待确认",
                 "上次欠款，财务说已付，到账还要查", "上次欠款，财务说已付，待确认",
                 "上次欠款，财务说已付，但没找到水单",
                 "上次欠款X-1，财务说已付，客户说下周再付X-1",
                 "上次欠款，财务说已付，客户说下周再付X-1"]


def test_a_wires_debt_said_paid_beside_another_matter(tmp_path: Path) -> None:
    """Each wire's account (before → after in the module's docstring)."""
    assert _wires(tmp_path, [*OTHER_MATTERS, *MONEY_DOUBTED]) == {
        **dict.fromkeys(OTHER_MATTERS, PAID_OLD), **dict.fromkeys(MONEY_DOUBTED, OLD_BLACK)}


# 2. his bare time of another matter: nothing owed (main: 7,000, 72 days, black)
TIME_OF_ELSE = ["发货时间客户说月底", "交期客户说月底", "船期：客户说下周", "验货：客户说过几天",
                "问客户何时验货，客户说下周吧", "样品客户说下周"]
# ... of the money, or alone: his plan, 7,000, 72 days, black
TIME_OF_MONEY = ["客户说过几天", "问客户何时付款，客户说下周吧", "尾款客户说月底",
                 "催款，客户说下周", "发货了，客户说月底"]


def test_his_bare_time_of_another_matter(tmp_path: Path) -> None:
    """Each balance row's account (before → after in the module's docstring). 发货了，客户说月底:
    the shipping a clause of its own, no question: his time is of the money."""
    assert _balances(tmp_path, [*TIME_OF_ELSE, *TIME_OF_MONEY]) == {
        **dict.fromkeys(TIME_OF_ELSE, PAID), **dict.fromkeys(TIME_OF_MONEY, OWED)}


# 3. another thing approved or waived, a count short, a later set-off in English: 2,000 owed
ELSE_GRANTED = ["short 2000, sample approved", "short 2000, PI approved",
                "short 2000, quality approved", "short 2000, shipment approved",
                "short 2000, freight waived", "short 2000 sets, boss agreed",
                "short 2000 pieces, boss agreed", "short 2000 pairs, boss agreed",
                "short 2000, boss agreed, will deduct from next order",
                "客户少付2000，样品已批准", "客户少付2000，运费减免了"]
# ... the firm's own consent or waiver: nothing owed
FIRMS_GRANT = ["short 2000, boss agreed", "short 2000, we have accepted",
               "short 2000, manager approved", "short 2000, approved", "short 2000, waived",
               "客户少付2000，老板已批准", "客户少付2000，我们同意减免"]
# 4. the next order is this one: nothing owed (main: 2,000, 72 days, black)
THIS_NEXT = ["客户少付2000，上批质量问题说好下单扣，老板同意了",
             "客户少付2000，是上批说好下单扣的，老板同意", "上批质量问题说好下单扣，这次扣了2000"]
# ... set off on a later order: 2,000 owed
LATER_NEXT = ["客户少付2000，老板同意让2000，下单再扣", "客户少付2000，老板同意了，说好下单再扣",
              "客户少付2000，老板同意了，下批抵"]
# 7. a consent to pay later: 2,000 owed (main: 0); a rule for later payments: nothing owed; a
# part let go, the rest paid later: 1,000
PAY_LATER = ["客户少付2000，下周付，老板同意了", "客户少付2000，老板同意了，下周付",
             "客户少付2000，老板同意了，月底再付"]
RULE_LATER = ["客户少付2000，老板同意了，以后付款不能少"]
PART_LATER = ["客户少付2000，老板同意让1000，另1000下周付"]
# 6. a grant's figure, a comma, the rest's figure: two figures (main: joined, 2,000 owed), a
# thousands comma in either still one figure
TWO_FIGURES = {"客户少付2000，老板同意让1500，500下周付": (500.0, 72, "black", 0.0),
               "客户少付2000，老板同意让1200，800月底付": (800.0, 72, "black", 0.0),
               "客户少付2,000，老板同意让2,000，谢谢": NONE_OWED}


def test_grants_of_other_things_this_order_and_later_payments(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came of 10,000 (before → after in the module's docstring)."""
    owed = ELSE_GRANTED + LATER_NEXT + PAY_LATER
    paid = FIRMS_GRANT + THIS_NEXT + RULE_LATER
    names = owed + paid + PART_LATER + list(TWO_FIGURES)
    got = _accounts(tmp_path, [{"台账": [*_rows(names, 5_000), LAST]}], names)
    assert got == {**dict.fromkeys(owed, SHORT), **dict.fromkeys(paid, NONE_OWED),
                   **dict.fromkeys(PART_LATER, HALF), **TWO_FIGURES}
