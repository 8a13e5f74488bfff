"""fix64b: rv63b's findings left at the fiftieth pass's end (issue 11).

- A 10,000 order's 尾款70% row (7,000 received 04-20, due 04-19) noted a commission by another
  of its names unpaid (代理费未付, 中介费还没付, 未付介绍费): the firm's debt to its agent, not the
  buyer's balance. Hand: 3,000 + 7,000 received, nothing owed (main: 7,000, 72 days, black, as
  佣金未付 never was). Joined to the money (未付介绍费和货款) or beside its own denial (代理费已
  付，尾款未付) the balance stays owed, 7,000, 72 days, black.
- The buyer's paid word beside the money on its way with no day (客户已付，钱已在路上; 款还在
  路上; 客户已付，银行说下周到): not in. Hand: 7,000 owed since 04-19, 72 days on 06-30, black
  (main: nothing owed). Goods or papers on the way (货已在路上, 提单在路上), the bank saying it came
  (银行说已到账) or the money said come after (…，4月20日已到账) stay paid.
- A 5,975 wire (06-25) beside X-1's old 5,000 (84 days) and X-2's 6,000 noted 上次欠款 and then
  是否已付 / 客户说已付 (asked, reported) / 我们催了还没付 / 我们还没收到 / 他们的工厂还没付 /
  没收到货款: the old debt not paid by this wire, which pays X-2 (6,000 less a 25 charge).
  Hand: X-1 5,000 owed, 84 days, black (main: X-1 paid, 5,025 open, 0 days). The firm's own
  (我们还没付工厂, 钱还没付给工厂, 我司还没结), a clause paying the debt now (补上次欠款，客户说
  已付), papers only (发票和合同都还没收到) or the debt named by its denial (上次未付货款) pay
  X-1 (as main).
- A deposit cell of 7,000 (YW25-0100, 10,000 at 30%) beside the last batch's unpaid 4,000
  (due 05-20) noted 上批欠款4000 and then 发票和钱都还没收到 / 没收到货款 / 还没付货款 / 我们催了
  还没付 / 我们还没收到 / 他们的工厂还没付 / 是否已付 / 客户说已付: the debt not paid by the cell.
  Hand: 4,000 owed, 39 days, watch, 7,000 held for the new order (main: nothing owed, 3,000
  held). 上批欠工厂的4000已收到 / 已到账 (the money the firm received for that batch, owed on to
  its factory): the cell's 4,000 pays it, nothing owed, 3,000 held (main: 4,000 watch);
  上批欠工厂的4000已付 (the firm paid its factory) stays the firm's, 4,000 watch.
- A debt owed to 他们的工厂 (the buyer's side, fix63f) beside a deposit is the buyer's: 上批欠他们
  工厂的4000已付 on the 7,000 cell pays it, nothing owed, 3,000 held (the test fix63f lacked).
- A blank 尾款70% row (3,000 deposit received on a 10,000 order) noted 佣金2000已扣 and then
  another order's news (2025-799的运费取消了, 2025-799取消了, 2025-799的佣金取消了, 2025-799
  的货已发): the commission taken off this order. Hand: 10,000 − 3,000 − 2,000 = 5,000 owed,
  due 04-19, 72 days, black (main: 7,000, the deduction read withdrawn or another order's).
  Withdrawn in a clause naming no number, a day or this order's own number (后来取消了,
  6/30取消了, 2025-7xx的佣金取消了 under 2025-7xx), or the deduction's own clause naming another
  order (2025-799的佣金2000已扣, 佣金2000已扣（2025-799）): 7,000 (as main).
- 我司欠货代的运费还没付 on a received balance: 货代's 代 is no 代付; the fast import named
  «的运费还没» a payer no customer has, the reference import said nothing: now neither does,
  and the account is paid (the firm's own freight).
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import _paid
from test_fast_import import _same_import
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix61i_came_rows import DEPOSIT, _read
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID, OLD_BLACK, PAID_OLD
from test_lead60g_rv60d import NEW, OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

COMMISSION_UNPAID = ["代理费未付", "中介费未付", "介绍费未付", "代理费还没付", "中介费尚未付",
                     "未付代理费", "没付介绍费", "尾款已收，代理费还没付"]
BALANCE_UNPAID = ["尾款未付，代理费已付", "未付介绍费和货款", "代理费已付，尾款未付",
                  "中介费未付，尾款也没付", "代理费和尾款未付"]


def test_a_commission_unpaid_by_any_name_is_the_firms(tmp_path: Path) -> None:
    """Paid (main: 7,000, 72 days, black); the balance's own denial stays owed (as main)."""
    assert _balances(tmp_path, [*COMMISSION_UNPAID, *BALANCE_UNPAID]) == {
        **dict.fromkeys(COMMISSION_UNPAID, PAID), **dict.fromkeys(BALANCE_UNPAID, OWED)}


ON_ITS_WAY = ["客户已付，钱已在路上", "客户已付，款还在路上", "客户已付，银行说下周到",
              "客户已付，银行说钱明天到", "客户没付，钱不在路上"]
COME = ["客户已付，货已在路上", "客户已付，提单在路上", "客户已付，银行说已到账",
        "客户已付，钱在路上，4月20日已到账", "客户已付，样品费在路上"]


def test_the_buyers_paid_word_beside_money_on_its_way_is_owed(tmp_path: Path) -> None:
    """7,000, 72 days, black (main: nothing owed); goods, papers, a fee on the way or the money
    said come stay paid (as main)."""
    assert _balances(tmp_path, [*ON_ITS_WAY, *COME]) == {**dict.fromkeys(ON_ITS_WAY, OWED),
                                                         **dict.fromkeys(COME, PAID)}


WIRES = {"上次欠款，是否已付": OLD_BLACK, "上次欠款，客户说已付": OLD_BLACK,
         "上次欠款，我们催了还没付": OLD_BLACK, "上次欠款，我们还没收到": OLD_BLACK,
         "上次欠款，他们的工厂还没付": OLD_BLACK, "上次欠款，没收到货款": OLD_BLACK,
         "上次欠款，我们还没付工厂": PAID_OLD, "上次欠款，钱还没付给工厂": PAID_OLD,
         "上次欠款，我司还没结": PAID_OLD, "补上次欠款，客户说已付": PAID_OLD,
         "上次欠款，客户已付": PAID_OLD, "上次欠款，发票和合同都还没收到": PAID_OLD,
         "上次未付货款": PAID_OLD}


def test_a_wire_reads_the_old_debt_as_a_deposit_cell_does(tmp_path: Path) -> None:
    """Asked, reported, chased, not come, his side's: X-1 5,000, 84 days, black (main: X-1
    paid, 5,025 open, 0 days); the firm's own, paid now, said paid, papers: X-1 paid (as main)."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    got = {note: _account(tmp_path / f"w{at}", *sales, _wire(note))
           for at, note in enumerate(WIRES)}
    assert got == WIRES


CELL_OWED = ["定金3000，上批欠款4000，发票和钱都还没收到", "定金3000，上批欠款4000，没收到货款",
             "定金3000，上批欠款4000没收到货款", "定金3000，上批欠款4000，还没付货款",
             "定金3000，上批欠款4000，我们催了还没付", "定金3000，上批欠款4000，我们还没收到",
             "定金3000，上批欠款4000，他们的工厂还没付", "定金3000，上批欠款4000，是否已付",
             "定金3000，上批欠款4000，客户说已付", "定金3000，上批欠工厂的4000已付"]
CELL_PAID = ["定金3000，上批欠工厂的4000已收到", "定金3000，上批欠工厂的4000已到账",
             "定金3000，上批欠他们工厂的4000已付", "定金3000，上批欠款4000，发票和合同都还没收到",
             "定金3000，上批欠款4000，发票没收到", "定金3000，上批欠款4000，我们还没付工厂",
             "定金3000，上批欠款4000，货款已收到", "定金3000，加上批欠款4000，客户说已付",
             "定金3000和上批欠款4000", "定金3000，上批欠款4000，钱还没付，这次补上",
             "定金3000，上批未付货款4000"]


def test_a_deposit_cell_reads_the_old_debt_by_the_same_rule(tmp_path: Path) -> None:
    """Owed: 4,000, 39 days, watch, 7,000 held (main: nothing owed, 3,000 held, but 欠工厂的…已付
    the firm's, as main); paid: nothing owed, 3,000 held (main: 4,000 watch for 欠工厂的…已收到 /
    已到账; the rest as main)."""
    got = {note: _seen(_santos(_book(tmp_path / f"c{at}", 7000, note)))
           for at, note in enumerate([*CELL_OWED, *CELL_PAID])}
    assert got == {**dict.fromkeys(CELL_OWED, DEBT_OWED), **dict.fromkeys(CELL_PAID, DEBT_PAID)}


def test_both_imports_read_the_cell_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows."""
    db = _book(tmp_path / "book", 7000, CELL_OWED[0])
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_OWED


def test_another_orders_news_after_a_deduction_leaves_it_taken(tmp_path: Path) -> None:
    """T: 5,000, 72 days, black (main: 7,000 for the first four); W: 7,000 (as main). Case i is
    order 2025-7{i:02d}: the sixth (index 5) names its own number, 2025-705."""
    taken = ["佣金2000已扣，2025-799的运费取消了", "佣金2000已扣，2025-799取消了",
             "佣金2000已扣，2025-799的佣金取消了", "佣金2000已扣，2025-799的货已发",
             "佣金2000已扣，运费取消了"]
    kept = ["佣金2000已扣，2025-705的佣金取消了", "佣金2000已扣，6/30取消了",
            "佣金2000已扣，后来取消了", "2025-799的佣金2000已扣", "佣金2000已扣（2025-799）"]
    cases = {f"{'T' if note in taken else 'W'}{i} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note)] for i, note in enumerate(taken + kept)}
    assert _read(tmp_path, cases) == {
        name: (5_000.0, 72, "black", 0.0) if name.startswith("T") else (7_000.0, 72, "black", 0.0)
        for name in cases}


def test_a_forwarders_freight_is_no_payment_for_another(tmp_path: Path) -> None:
    """Paid, as the firm's own freight (tests.test_fast_import: both imports say the same, no
    «的运费还没» named a payer); the buyer's balance not paid stays owed."""
    assert _balances(tmp_path, ["我司欠货代的运费还没付", "货代的运费还没付", "尾款还没付"]) == {
        "我司欠货代的运费还没付": PAID, "货代的运费还没付": PAID, "尾款还没付": OWED}
