"""fix58d: a balance not paid read as paid, and a bank's charge counted twice.

- 尾款还没有 (款至今没有, 钱还没): the money named before a denial closing its clause is not in.
- 下周付款, 月底付尾款, 下个月付 without the buyer's word, on a payment row with no date received,
  is a plan: owed. Dated, the note was written before the money came: paid, as before.
- 实收6,985（手续费15） on a balance row of 7,000: the bank kept 15 of the buyer's 7,000, the
  order is paid in full, no credit.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 and a 尾款70% row of 7,000; as of 06-30 an unpaid balance is 72 days late, black. Each
ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def test_a_balance_denied_after_its_name_is_owed(tmp_path: Path) -> None:
    """尾款还没有, 余款还没, 货款至今没有, 钱还没有: 7,000 open, 72 days, black (main: 0). A
    denial of something else, a refund, the deposit, or not closing its clause stays paid; a
    verb after the denial was owed already."""
    owed = ["尾款还没有", "余款还没", "货款至今没有", "钱还没有", "尾款还没有。",
            "尾款还没有，客户说已安排", "尾款还没到"]
    paid = ["尾款没有问题", "发票还没有", "退款还没有", "定金还没有", "尾款已付，发票还没有",
            "尾款已收，没有扣费"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def _undated(tmp_path: Path, notes: list[str]) -> dict[str, tuple[float, int, str | None]]:
    """Each note on the 尾款70% row (7,000, no date received) of an order whose 定金 row (3,000
    noted 已收) has no date either: undated, every payment row reads as money received."""
    names = [f"U{i:02d} {note}" for i, note in enumerate(notes)]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, notes, strict=True)):
        rows += [_order(f"2025-7{i:02d}", name), _paid("定金30%", 3_000, None, note="已收"),
                 _paid("尾款70%", 7_000, None, note=note)]
    return {name[4:]: got for name, got in _accounts(tmp_path, rows, names).items()}


def test_paying_put_off_on_an_undated_row_is_owed(tmp_path: Path) -> None:
    """No date received, a time to come before 付: 7,000 open, 72 days, black (main: 0). Money
    said come (实收4000，余款下周付: 3,000 open, as main), another's money (代K付款，
    INV-H1款下月付, 下周付工厂, 下个月付新订单的定金, a bank's charge) or no plan: paid, as main.
    Received 04-20 and noted 下周付款 or 月底付尾款, the note was written before the money came:
    nothing open, as main; the buyer's word dated stays owed (fix57c, as main)."""
    owed = ["下周付款", "月底付尾款", "下个月付", "尾款下周付", "月底前付清", "下周汇款"]
    paid = ["代K付款，INV-H1款下月付", "下周付工厂", "下个月付新订单的定金", "已付，下周付手续费",
            "款已到，下周付运费", "已付清", "已收", "下周付款已到"]
    got = _undated(tmp_path, [*owed, *paid, "实收4000，余款下周付"])
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID),
                   "实收4000，余款下周付": (3_000, 72, "black")}
    (tmp_path / "dated").mkdir()
    dated = _balances(tmp_path / "dated", ["下周付款", "月底付尾款", "客户说下周付"])
    assert list(dated.values()) == [PAID, PAID, OWED]


def test_a_charge_beside_what_came_is_in_the_figure(tmp_path: Path) -> None:
    """收款 7,000 noted 实收6,985（手续费15） (or 实收6985(银行手续费15)): nothing open, no credit
    (main: 15 credit). 收款 6,985 so noted: the charge counted, 7,000 paid, no credit (as main)."""
    notes = {"Gross Co": (7_000, "实收6,985（手续费15）"),
             "Gross Bank Co": (7_000, "实收6985(银行手续费15)"),
             "Net Co": (6_985, "实收6,985（手续费15）")}
    rows: list[list[object]] = []
    for i, (name, (received, note)) in enumerate(notes.items()):
        rows += [_order(f"2025-8{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", received, date(2025, 4, 20), note=note)]
    assert _accounts(tmp_path, rows, list(notes)) == dict.fromkeys(notes, PAID)
    for name in notes:
        assert customer(tmp_path / "fast.sqlite", name, END).credit_on_account == 0, name
