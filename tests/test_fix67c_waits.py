"""fix67c (rv66d, after fix66j): waits, a deposit's wait and another order's things not caught.

1. The firm's wait for the buyer's money in other words (等客户安排付款, 等到账, 待客户付款,
   客户付款中, 等客户转账, "waiting on payment", "waiting for the customer to pay") is that
   money not in, as 等客户付款 is (plan_said.PLAN's wait; 等到账's 到账 no coming:
   plan_said.waited).
2. A bare wait on the deposit's row received (等客户付款 under 定金30% 3,000 of 03-02) is of the
   balance to come after it, not the deposit's money.
3. A rest said owed after a deduction taken (扣除运费后尚欠2000, 样品费已扣尚欠2000) is the
   buyer's rest, not the deduction's sum (deduction_rest.before_rest).
4. His plan conditional on a sample, or another order's sample, coming (客户说收到样品后付) is
   his plan of this money, not a fee paid (plan_of._UPON).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row 7,000 received 04-20 with the note, on three shapes of balance row (typed number
and buyer, number only, neither: test_fix65k_plan_of_other_money._shapes; numbers 2025-5000…,
whose series 2025-4999 is another order of). Hand count as of 06-30: the 7,000 not in is open
since 04-19, 72 days, black; where it came, 10,000 − 3,000 − 7,000 = 0; a rest of 2,000 owed:
5,000 of the row came, 2,000 open, 72 days, black. Each ledger is a real .xlsx imported into a
real SQLite file by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, OWED, PAID, _accounts
from test_fix65k_plan_of_other_money import _later, _read, _shapes

# (1) the wait in its other words: 7,000, 72 days, black (main: nothing owed)
WAITS = ["等客户安排付款", "等到账", "尾款等到账", "待客户付款", "客户付款中", "客户正在转账中",
         "等客户转账", "等客户结款", "等客户电汇", "等客户财务付款", "等客户那边付款", "等收款",
         "waiting on payment", "waiting for the customer to pay", "还在等客户安排付款",
         "客户说已付，等到账"]
# ... and waited for, not come (还没等到账: the denial of its coming, not of the wait): 7,000,
# 72 days, black, as main
NOT_COME = ["还没等到账", "一直没等到客户付款", "还没等到客户安排付款"]
# ... its opposites: denied, feared, over (ended, the money come after it), the firm's way of
# selling, someone else waiting or the firm paying, another order's or a fee's wait, 等 as "and
# so on", English denied: nothing owed (as main)
NOT_WAITING = ["没有等客户安排付款就放单了", "不需要等到账", "没等客户转账就发货",
               "担心要等客户安排付款",
               "等客户转账等了一个月", "终于等到账", "等到账了", "等客户电汇，4/20到账",
               "等客户安排付款，已收", "等到账后发货", "等客户安排付款后放单", "工厂等收款",
               "等收款工厂", "客户等我们转账", "等客户安排付款的是另一单", "等客户转账付运费",
               "运费等已付", "样品、配件等均已付", "运费等到账了", "not waiting on payment",
               "no longer waiting for the customer to pay", "还在等客户安排付款吗？已到账",
               "客户付款中国银行账户已到账", "没等到账就放单了", "没等付款就发货"]


def test_the_waits_other_words_are_the_money_not_in(tmp_path: Path) -> None:
    """Each wait: 7,000 open, 72 days, black on the typed, number-only and blank-buyer rows
    (main: nothing owed, the wait's words read as nothing said, 等到账's 到账 as the money
    come); waited for, not come (还没等到账): the same, as main. The opposites: nothing
    owed, as main (没等到账就放单了, 没等付款就发货: main 7,000 black, the denial read over 等)."""
    _read(tmp_path, WAITS + NOT_COME, NOT_WAITING)


def test_the_wait_typed_on_a_later_tab_or_file(tmp_path: Path) -> None:
    """The balance typed on April's tab or in April's file: 等客户安排付款, 等到账: 7,000, 72
    days, black (main: nothing owed); 没等到账就放单了 (main: 7,000 black, its denial read over
    等 to 到账), 终于等到账: nothing owed."""
    _later(tmp_path, {"arranged": "等客户安排付款", "arrival": "等到账",
                      "denied": "没等到账就放单了", "over": "终于等到账"}, ("arranged", "arrival"))


def test_a_bare_wait_on_the_deposits_row_is_the_balances(tmp_path: Path) -> None:
    """定金30% 3,000 received 03-02 noted 等客户付款 / 等客户安排付款 / 等到账 beside the balance's
    7,000 received 04-20: nothing owed (main: 等客户付款 read the deposit not in, 3,000, 72 days,
    black). With the balance row blank: the 7,000 owed, 72 days, black (main: 10,000). The
    deposit's own wait named (等客户付定金): 3,000, 72 days, black, as main."""
    D = date
    rows: list[list[object]] = []
    want: dict[str, tuple[float, int, str | None, float]] = {}
    cases = [("等客户付款", 7_000, PAID), ("等客户安排付款", 7_000, PAID), ("等到账", 7_000, PAID),
             ("等客户付款", None, OWED), ("等客户付定金", 7_000, (3_000.0, 72, "black", 0.0))]
    for i, (note, balance, hand) in enumerate(cases):
        name = f"Deposit {i} buyer"
        rows += [_order(f"2025-9{i:02d}", name), _paid("定金30%", 3_000, D(2025, 3, 2), note=note),
                 _paid("尾款70%", balance, APRIL if balance else None)]
        want[name] = hand
    assert _accounts(tmp_path, [{"台账": [*rows, LAST]}], [*want]) == want


def test_a_rest_after_a_deduction_taken_is_owed(tmp_path: Path) -> None:
    """扣除运费后尚欠2000, 扣除2025-4999的运费后尚欠2000, 样品费已扣尚欠2000, 2025-4999的样品费已扣
    尚欠2000, 扣运费后还差2000: 2,000 open, 72 days, black (main: nothing owed, the rest's 2,000
    read as the freight's sum making the order whole). The rest said come after it, or another
    order's right before it (扣除运费后尚欠2000已于5/10付清, 扣除运费后2025-4999尚欠2000):
    nothing owed, as main."""
    owed = ["扣除运费后尚欠2000", "扣除2025-4999的运费后尚欠2000", "样品费已扣尚欠2000",
            "2025-4999的样品费已扣尚欠2000", "扣运费后还差2000"]
    paid = ["扣除运费后尚欠2000已于5/10付清", "扣除运费后2025-4999尚欠2000"]
    owed_rows, want = _shapes(owed, (2_000.0, 72, "black", 0.0))
    paid_rows, paid_want = _shapes(paid, PAID, len(owed))
    want.update(paid_want)
    got = _accounts(tmp_path, [{"台账": [*owed_rows, *paid_rows, LAST]}], [*want])
    assert {name: got[name] for name in got if got[name] != want[name]} == {}


def test_his_plan_upon_a_sample_is_his_plan_of_this_money(tmp_path: Path) -> None:
    """客户说收到样品后付, 客户说收到样品后下周付, 客户说收到2025-4999的样品后付: 7,000, 72 days,
    black (main: nothing owed, read as a sample fee planned). A fee or another order planned
    (客户说下周付样品费, 客户说样品费下周付, 客户说收到样品后付样品费, 客户说2025-4999下周付,
    客户说2025-4999到期付): nothing owed, as main."""
    _read(tmp_path, ["客户说收到样品后付", "客户说收到样品后下周付",
                     "客户说收到2025-4999的样品后付"],
          ["客户说下周付样品费", "客户说样品费下周付", "客户说收到样品后付样品费",
           "客户说2025-4999下周付", "客户说2025-4999到期付"])
