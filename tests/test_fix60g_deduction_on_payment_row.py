"""fix60g (rv60a s305): a deduction noted on a payment's own row of an order (尾款, 定金).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, a 定金30%
row of 3,000 paid 03-02 and a 尾款70% row of 7,000 received 04-20; as of 06-30 an unpaid sum
is 72 days late, black. The balance row noted 到账5000，佣金2000已扣: 5,000 came and the buyer
kept 2,000 commission, 7,000 in all: the order is settled, a credit note of 2,000 on it, as a
sale row's note of the same deduction is (core.ledger.noted_deductions). Main: the fast import
left 2,000 open, black, the reference import read it settled as goods come back. Each ledger
is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD

from core.ledger.report import import_report

OWED_2000 = (2_000, 72, "black")
PAID = (0, 0, None)


def _import(tmp_path: Path, cases: list[tuple[str, str]]
            ) -> tuple[dict[str, tuple[float, int, str | None]], str]:
    """Each case (its 定金30% row's note and received figure written in it, its 尾款70% row's
    note) an order of its own; each buyer's (open, days, list) and the import report."""
    rows: list[list[object]] = []
    names = []
    for i, (deposit_note, balance_note) in enumerate(cases):
        names.append(f"Buyer {i:02d}")
        deposit = 2_000 if deposit_note else 3_000
        rows += [_order(f"2025-7{i:02d}", names[-1]),
                 _paid("定金30%", deposit, date(2025, 3, 2), note=deposit_note or "已收"),
                 _paid("尾款70%", 7_000, date(2025, 4, 20), note=balance_note)]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                                  {"台账": [HEAD, *rows, LAST]})])
    found = {}
    for name in names:
        c = customer(tmp_path / "fast.sqlite", name, END)
        found[name] = (round(c.open_amount, 2), c.max_days_overdue, c.list)
    return found, import_report(result)


def test_a_commission_kept_off_the_balance_settles_it(tmp_path: Path) -> None:
    """到账5000，佣金2000已扣 and 到账5000，扣佣金2000 on the 尾款 row: nothing open (main: 2,000,
    72 days, black; the two imports apart), a credit note of 2,000 on the order, named in the
    report as a deduction (not as goods come back)."""
    got, report = _import(tmp_path, [("", "到账5000，佣金2000已扣"), ("", "到账5000，扣佣金2000")])
    assert list(got.values()) == [PAID, PAID]
    assert report.count("2,000.00 USD deducted by the buyer as a commission") == 2
    assert "goods came back" not in report
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        credits = conn.execute("SELECT amount FROM order_lines WHERE credit_note").fetchall()
    assert credits == [(-2_000,), (-2_000,)]


def test_a_commission_kept_off_the_deposit_settles_it(tmp_path: Path) -> None:
    """定金到账2000，扣佣金1000 on the 3,000 deposit row, the 尾款 7,000 paid: nothing open (main:
    1,000, 72 days, black), named as a deduction of 1,000."""
    got, report = _import(tmp_path, [("定金到账2000，扣佣金1000", "")])
    assert list(got.values()) == [PAID]
    assert "1,000.00 USD deducted by the buyer as a commission" in report


def test_a_deduction_not_making_the_balance_stays_open(tmp_path: Path) -> None:
    """到账5000，扣佣金1000 (5,000 + 1,000 short of 7,000): 2,000 open, black, as main, and the
    row named for the clerk (main: not named); the commission still to be paid or only asked
    (佣金2000待扣, 客户要扣佣金2000？): 2,000 open, as main, not named."""
    got, report = _import(tmp_path, [("", "到账5000，扣佣金1000"), ("", "到账5000，佣金2000待扣"),
                                     ("", "到账5000，客户要扣佣金2000？")])
    assert list(got.values()) == [OWED_2000] * 3
    assert report.count("deducted by the buyer") == 0
    assert "paid 2,000.00 USD short, its note names a commission of 1,000.00 USD" in report
    assert report.count("paid 2,000.00 USD short") == 1


def test_one_deduction_written_on_the_sale_and_its_balance_row_counts_once(tmp_path: Path
                                                                          ) -> None:
    """扣佣金2000 on the order's row and 到账5000，扣佣金2000 on its 尾款 row;
    定金到账2000，扣佣金1000 on the deposit row and 扣佣金1000 on the 尾款 row: one credit note
    each (2,000; 1,000), named once, nothing open (main: the reference import read two of
    each, the imports apart)."""
    sale = _order("2025-801", "Twice Co")
    sale[11] = "扣佣金2000"
    rows = [sale, _paid("定金30%", 3_000, date(2025, 3, 2)),
            _paid("尾款70%", 5_000, date(2025, 4, 20), note="到账5000，扣佣金2000"),
            _order("2025-802", "Both Co"),
            _paid("定金30%", 2_000, date(2025, 3, 2), note="定金到账2000，扣佣金1000"),
            _paid("尾款70%", 7_000, date(2025, 4, 20), note="扣佣金1000")]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                                  {"台账": [HEAD, *rows, LAST]})])
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        credits = conn.execute("SELECT source_row, amount FROM order_lines WHERE credit_note"
                               " ORDER BY source_row").fetchall()
    assert credits == [(2, -2_000), (6, -1_000)]
    assert import_report(result).count("deducted by the buyer") == 2
    for name in ("Twice Co", "Both Co"):
        assert customer(tmp_path / "fast.sqlite", name, END).open_amount == 0
