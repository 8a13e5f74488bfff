"""fix58b: three ways the lists erred (rv56f s167/s168, rv56c s136, rv57c s213).

- A balance row received whose note gives the buyer's word or a plan with a day up to the
  row's own date received (客户说4月20日付, 预计4月20日付款), then that the chase is over or the
  money paid (之前催了好几次, 不用催了, 货未到港前就付了), is paid: the note is its history.
- An agent's 代X付款 wire, X having bought and owing nothing, the agent owing the wire himself:
  his own (Hassan's 12,000 was Khartoum's credit, Hassan black).
- A deposit sent back for an order not in these books (退旧单定金, 退PI-50定金, PI-50 nowhere)
  takes back none of the money they hold; one naming PI-50, whose deposit they hold, takes
  that one's, not PI-77's held.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix54p_payer_fits import AS_OF, LATE
from test_fix55g_agent_notes import HASSAN, KHARTOUM, _sale, _whole
from test_fix56b_balance_clause_ours_part import OWED
from test_fix56j_balance_and_deposit import _fze
from test_fix56k_narrow_fix56b import _read
from test_payer_named_fix54e import GULF, GULF_PAID, _account

from core.ledger.payment_row_money import planned

ENDED = ["之前催了好几次", "催了三次终于付了", "不用催了", "已到账，不必再催", "催款函已撤回",
         "货未到港前就付了"]


@pytest.mark.parametrize("said", ["客户说4月20日付，", "预计4月20日付款，"])
def test_a_plan_whose_day_came_then_the_chase_ended_is_paid(tmp_path: Path, said: str) -> None:
    """s167, s168 P00-P05 on the 尾款70% row, 7,000 received 04-20: nothing open (main: 7,000,
    72 days, black, but for 已到账). Still out (实际未到, 催款中), a day after the row's
    (5月20日), or the plan alone (the forecast typed into the received columns): owed, as
    main."""
    later = said.replace("4月20日", "5月20日")
    owed = [said + "实际未到", said + "催款中", later + "之前催了好几次", said.rstrip("，")]
    _read(tmp_path, [said + ending for ending in ENDED], dict.fromkeys(owed, OWED))
    # the same words on a row with no date received: still a plan
    assert planned([said + ENDED[0]], "尾款70%", ["定金30%"], None)


@pytest.mark.parametrize("note", ["代Khartoum Star Trading Co付款", "代Khartoum Star付款"])
def test_an_agents_wire_for_a_buyer_owing_nothing_pays_his_own(tmp_path: Path,
                                                                  note: str) -> None:
    """s136a (full name), s136c (short): Hassan owes INV-H1 12,000; Khartoum's INV-K1 8,000 was
    paid 04-01; Hassan wires 12,000 on 05-01 for Khartoum. Hand: both 0, no credit (main:
    Hassan 12,000, 89 days, black; Khartoum 12,000 on account). The report says so in both
    languages."""
    english, chinese = _whole(tmp_path, [GULF, _sale("INV-H1", HASSAN, 12_000),
                                         _sale("INV-K1", KHARTOUM, 8_000)], [
        GULF_PAID, ("2025-04-01", KHARTOUM, 8_000, None, "INV-K1", "货款"),
        ("2025-05-01", HASSAN, 12_000, None, None, note), LATE])
    hassan, khartoum = _account(tmp_path, HASSAN, AS_OF), _account(tmp_path, KHARTOUM, AS_OF)
    assert hassan is not None and hassan[:4] == (0, 0, 0, 0), hassan
    assert khartoum is not None and khartoum[:4] == (0, 0, 0, 0), khartoum
    assert "while Hassan Ali Mohamed has just that open itself: kept as Hassan Ali " \
        "Mohamed's money" in english
    assert "计为 Hassan Ali Mohamed 自己的货款" in chinese


PI50 = [("2025-02-10", 2000, "PI-50定金"), ("2025-03-01", 0, "PI-50订单取消")]
PI77 = ("2025-04-15", 6000, "PI-77定金")


@pytest.mark.parametrize("before, note", [
    ([], "退旧单定金"), ([], "退还上次取消订单的定金"), ([], "退PI-50定金"), (PI50, "退旧单定金")])
def test_a_deposit_sent_back_of_an_old_order_takes_none_held(tmp_path: Path, before: list,
                                                             note: str) -> None:
    """s213 r2, r3, r4 (an order not in these books) and an old order's deposit sent back
    beside PI-50's, held no more: -2,000 on 05-01. Hand: INV-1 5,000 open, 89 days, PI-77's
    6,000 held (which cover it: watch, lists.deposits_cover), nothing on account. Main: r2, r3
    3,000 open (read as no refund); r4 4,000 held."""
    assert _fze(tmp_path, [*before, PI77, ("2025-05-01", -2000, note)]) == (
        5000, 89, "watch", 0, 6000)


def test_a_deposit_sent_back_by_its_number_takes_that_ones(tmp_path: Path) -> None:
    """The brief's r6: 退PI-50定金, PI-50's 2,000 deposit in the books (its order cancelled),
    PI-77's 6,000 held. Hand: PI-50's goes back, PI-77's stays held (main: 4,000 held, PI-50's
    2,000 on account, black). 退定金 and 退PI-77定金 beside PI-77's alone still take it: 4,000
    held, black, as main."""
    assert _fze(tmp_path / "r6", [*PI50, PI77, ("2025-05-01", -2000, "退PI-50定金")]) == (
        5000, 89, "watch", 0, 6000)
    for note in ("退定金", "退PI-77定金"):
        assert _fze(tmp_path / note, [PI77, ("2025-05-01", -2000, note)]) == (
            5000, 89, "black", 0, 4000)
