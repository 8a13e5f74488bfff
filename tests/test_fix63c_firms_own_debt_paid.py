"""fix63c: good buyers listed by the firm's own words or by a debt said paid (issue 11).

- A 10,000 order's 尾款70% row (7,000 received 04-20, due 04-19) noted a denial of the firm
  settling its own supplier (还差2000的货，工厂还没结; 尾款到了，我司欠工厂的钱还没结; 工厂的钱
  我司还没付) owes nothing: main read the denial as the buyer's, 7,000 owed, 72 days, black.
  Hand: the buyer paid 3,000 + 7,000; the goods short are shipped or never billed (fix61m), and
  the factory's money is the firm's debt. Where the note also says the buyer's money is short
  (…，客户的钱也还差2000) the 2,000 is owed, 72 days, black.
- A 7,000 deposit cell of YW25-0100 (10,000, 30% deposit) beside the last batch's 4,000
  (YW25-0010, due 05-20) noted 定金3000，上批欠款4000已付, …没付，客户答应这次补上, or 本单定金早已
  收到，上批欠款4000这次付: main held the 7,000 whole, the old 4,000 owed 39 days, watch. Hand:
  the cell's 7,000 is the deposit's 3,000 and the debt's 4,000 (said paid, made up this time,
  paid this time; the deposit that came before is the rest of the cell, 7,000 − 4,000 = the
  order's 30%): nothing owed, 3,000 held.
- A 5,975 wire noted 上次欠款还没付，客户答应这次补上 (or 客户说这次会补上) pays X-1's old 5,000
  first: main read the promise as one only (fix62m), X-1 84 days, black. Asked (这次补上？,
  客户答应这次补上？) it pays X-2, X-1 84 days, black (main read 这次补上？ as paying X-1).
- The opposite wordings stay as main: the buyer's denial beside the factory (客户还没付，工厂在
  催), the firm's debt said settled beside the buyer's balance not come, a supplier speaking,
  the buyer's own factory, a receiving, the buyer's company, the debt's payment asked (已付？),
  put off (客户说下次补, 答应下次补上), denied, feared or doubted (不是已付, 怕已付, 可能已付),
  the firm's own (上批欠工厂的4000已付), or paid back (已付，已退回客户).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late
from test_fix61i_came_rows import _read
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62e_rv62a import CREDIT, _repeat
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID, OLD_BLACK, PAID_OLD
from test_lead60g_rv60d import NEW, OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

# the firm settling its own supplier (or paying for itself) denied: the buyer paid
FIRMS_OWN = ["还差2000的货，工厂还没结", "尾款到了，我司欠工厂的钱还没结", "工厂的钱我司还没付",
             "还差2000的货，供应商还没结", "还差2000的货，工厂还没结清", "运费我们还没付"]
# the same words meaning the buyer's money not come: owed, 7,000, 72 days, black
BUYERS = ["客户还没付，工厂在催", "工厂在催，客户还没付", "我司欠工厂的钱已结，客户尾款还没到",
          "工厂说客户还没付", "工厂说还没结", "他们工厂还没付", "工厂还没收到", "我们还没收到尾款",
          "尾款我们还没结", "华美公司还没付", "尾款没付，工厂的钱也没付"]


def test_the_firms_own_debt_unsettled_leaves_the_balance_paid(tmp_path: Path) -> None:
    """Each paid (main: 7,000, 72 days, black); the buyer's money short beside it, 2,000."""
    short = "还差2000的货，工厂还没结，客户的钱也还差2000"
    assert _balances(tmp_path, [*FIRMS_OWN, short]) == {**dict.fromkeys(FIRMS_OWN, PAID),
                                                        short: _late(2_000)}


def test_the_buyers_money_beside_the_firms_words_stays_owed(tmp_path: Path) -> None:
    """Controls (as main): 7,000, 72 days, black."""
    assert _late(7_000) == OWED
    assert _balances(tmp_path, BUYERS) == dict.fromkeys(BUYERS, OWED)


# a deposit cell's 7,000: the old 4,000 paid by it (DEBT_PAID) or still owed (DEBT_OWED)
CELL_PAID = ["定金3000，上批欠款4000已付", "定金3000，上批欠款4000上月已付",
             "定金3000，上批欠款4000已付清", "定金3000，上批欠款4000没付，客户答应这次补上",
             "定金3000，上批欠款4000没付，客户说这次会补上", "本单定金早已收到，上批欠款4000这次付",
             "定金，上批欠款4000这次付"]
CELL_OWED = ["定金3000，上批欠款4000已付？", "定金3000，上批欠款4000没付，客户说下次补",
             "定金3000，上批欠款4000没付，客户答应下次补上",
             "定金3000，上批欠款4000没付，客户说会补上",
             "定金3000，上批欠款4000没付，客户答应这次补上？",
             "本单定金早已收到，上批欠款4000这次付？",
             "本单定金早已收到，上批欠款4000下次付", "本单定金下周付，上批欠款4000这次付",
             "定金3000，上批欠款4000不是已付", "定金3000，上批欠款4000怕已付",
             "定金3000，上批欠款4000可能已付", "定金3000，上批欠工厂的4000已付",
             "定金3000，上批欠款4000已付，已退回客户", "定金，加上批欠款4000"]


@pytest.mark.parametrize("note", CELL_PAID)
def test_a_debt_said_paid_or_paid_this_time_is_the_cells(tmp_path: Path, note: str) -> None:
    """Nothing owed, 3,000 held (main: the old 4,000 owed, 39 days, watch, 7,000 held)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_PAID


@pytest.mark.parametrize("note", CELL_OWED)
def test_a_debt_asked_put_off_denied_ours_or_paid_back_stays_owed(tmp_path: Path,
                                                                  note: str) -> None:
    """Controls (as main): the old 4,000 owed, 39 days, watch, 7,000 held."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_OWED


def test_both_imports_read_the_debt_said_paid_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows."""
    db = _book(tmp_path / "book", 7000, CELL_PAID[0])
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_PAID


def test_the_firms_words_one_list_reach_a_repeat_and_his_word(tmp_path: Path) -> None:
    """part_of.FIRM serves rest_rows and buyer_word too: 我公司 (as 我司) paying twice is no
    credit of the buyer's (我公司重复付款, 我公司又重复付了: main 7,000 credit → 0), and ends
    his word (客户说货已收到，我公司下周付工厂: main 7,000, 72 days, black → paid, as 我司);
    the buyer's repeat stays credit, his plan owed."""
    cases = {"N 我公司重复付款": _repeat("我公司重复付款"),
             "N 我公司又重复付了": _repeat("我公司又重复付了"),
             "N 我司重复付款": _repeat("我司重复付款"),
             "C 客户重复付款": _repeat("客户重复付款")}
    assert _read(tmp_path / "repeat", cases) == {
        name: CREDIT if name.startswith("C ") else (0.0, 0, None, 0.0) for name in cases}
    told = ["客户说货已收到，我公司下周付工厂", "客户说货已收到，我司下周付工厂", "客户说下周付款"]
    assert _balances(tmp_path / "told", told) == {told[0]: PAID, told[1]: PAID, told[2]: OWED}


# a 5,975 wire's note: X-1 paid first (PAID_OLD) or X-2 (OLD_BLACK: X-1 5,000, 84 days, black)
WIRES = {"上次欠款还没付，客户答应这次补上": PAID_OLD, "上次欠款还没付，客户说这次会补上": PAID_OLD,
         "上次欠款还没付，客户答应这次补上？": OLD_BLACK, "上次欠款还没付，这次补上？": OLD_BLACK,
         "上次欠款还没付，客户答应下次补上": OLD_BLACK, "上次欠款还没付，客户说会补上": OLD_BLACK}


@pytest.mark.parametrize("note", list(WIRES))
def test_a_wire_promised_this_time_pays_the_old_debt(tmp_path: Path, note: str) -> None:
    """X-1 5,000 (03-01) unpaid, X-2 6,000 (05-25), a 5,975 wire 06-25: promised this time, it
    pays X-1 first, 5,025 open, 0 days (main: X-2, X-1 84 days, black); asked (main read
    这次补上？ paid too), promised later or only promised: X-2, X-1 84 days, black."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    assert _account(tmp_path, *sales, _wire(note)) == WIRES[note]
