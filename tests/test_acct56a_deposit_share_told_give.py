"""acct56a (rv55i s102, s73): payment words left wrong on both sides.

- A register's deposit naming its own share beside only a balance still to come
  (已收定金30%，尾款见提单副本付) is held for its new PO even at an old invoice's open figure.
- The buyer's 给 (客户说下周给, 下周给尾款) and his asking to pay late (客户要求延期付款)
  are a plan.
- A plan's day before the row's own date received (预计付款 4月20日到账 on a row of 04-22) is past:
  the money came.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row of 7,000 with a 收款日期; as of 06-30 an unpaid balance is
72 days late, black. Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima

# the buyer's word of paying to come: 7,000 open, 72 days, black (main: 0)
OWED = ["客户说下周给", "客户说月底给", "客户说下周给尾款", "客户要求延期付款", "客户申请延期付款"]
# what he gave, or money come after a deferral, or his giving of goods beside money paid: 0
PAID = ["客户说已给", "已给", "延期付款已到账", "客户说下周给样品，货款已付"]


def _balances(tmp_path: Path, notes: list[tuple[str, date]]
              ) -> dict[str, tuple[float, int, str | None]]:
    """Each (note, day) on the 尾款70% row of an order of its own, 7,000 received that day."""
    names = [f"N{i:02d} {note} {day:%m-%d}" for i, (note, day) in enumerate(notes)]
    rows: list[list[object]] = []
    for i, (name, (note, day)) in enumerate(zip(names, notes, strict=True)):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2),
                                                        note="已收"),
                 _paid("尾款70%", 7_000, day, note=note)]
    return _accounts(tmp_path, rows, names)


def test_a_deposit_naming_its_share_and_the_balance_to_come_is_held(tmp_path: Path) -> None:
    """test_fix54m's register: on 04-14 Lima pays 2,776.90, INV2503-08's open figure, naming
    PO-LIMA-77, noted 已收定金30%，尾款见提单副本付 (or 30%定金已收到，尾款发货前付): at 04-30 the
    invoice stays 2,776.90 open, 31 days, watch, the deposit held (main: nothing open, nothing
    held). A note naming no share (定金已收，尾款凭提单副本付) is still that balance (fix55l)."""
    cases = [("已收定金30%，尾款见提单副本付", (2_776.9, 31, "watch", 0, 2_776.9)),
             ("30%定金已收到，尾款发货前付", (2_776.9, 31, "watch", 0, 2_776.9)),
             ("定金已收，尾款凭提单副本付", (0, 0, None, 0, 0))]
    _lima_wires(tmp_path, cases)


def _lima_wires(tmp_path: Path, cases: list[tuple[str, tuple[float, int, str | None, float,
                                                          float]]]) -> None:
    """Each (note, expected): Lima's 2,776.90 wire of 04-14 naming PO-LIMA-77 so noted, read
    mapped and bare, gives Lima's (open, days, list, credit, held) at 04-30."""
    for n, (note, expected) in enumerate(cases):
        for mapped in (True, False):
            where = tmp_path / f"{n}{mapped}"
            _imported(where, [OLD], [OLD_DEPOSIT, ("2025-04-14", LIMA, 2_776.9, None,
                                                   "PO-LIMA-77", note)], mapped)
            assert (note, mapped, _lima(where, date(2025, 4, 30))) == (note, mapped, expected)


def test_the_buyer_s_give_and_his_asking_to_pay_late_are_owed(tmp_path: Path) -> None:
    """Each OWED note on a balance row dated 04-20: 7,000 open, 72 days, black (main: 0); each
    PAID note: nothing open (as main)."""
    day = date(2025, 4, 20)
    accounts = _balances(tmp_path, [(note, day) for note in OWED + PAID])
    owed = {name: got for name, got in accounts.items() if name[4:-6] in OWED}
    assert owed == dict.fromkeys(owed, (7_000, 72, "black")) and len(owed) == len(OWED)
    paid = {name: got for name, got in accounts.items() if name[4:-6] in PAID}
    assert paid == dict.fromkeys(paid, (0, 0, None)) and len(paid) == len(PAID)


def test_a_plan_s_day_before_the_row_s_date_is_past(tmp_path: Path) -> None:
    """预计付款 4月20日到账 on a row dated 04-22: nothing open (main: 7,000, 72 days, black); on a
    row dated 04-20 (a forecast typed into the received columns) and a day after the row's
    (预计付款 7月30日到账 on 04-22) it stays a plan: 7,000 open, 72 days, black."""
    accounts = _balances(tmp_path, [("预计付款 4月20日到账", date(2025, 4, 22)),
                                    ("预计付款 4月20日到账", date(2025, 4, 20)),
                                    ("预计付款 7月30日到账", date(2025, 4, 22))])
    assert list(accounts.values()) == [(0, 0, None), (7_000, 72, "black"), (7_000, 72, "black")]
