"""fix61c (rv60c s320 D3b, s328 c5): a deduction said on a payment row whose money is its
share whole (a 定金30% row received its 3,000 in full), or on a product line short by it,
comes off its order once, though the order's whole is not settled by it
(core.ledger.own_row_deductions): the rest of the order stays owed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19); as of 06-30 an unpaid sum is
72 days late, black. Weighed only on the whole order (10,000, 3,000 received) such notes were
read as nothing: 7,000 open where the buyer, having kept a 2,000 commission, owes 5,000 — the
list right, the sum a sales meeting reads wrong. Each ledger is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD

from core.ledger.report import import_report

Got = tuple[float, int, str | None, float]  # open, days late, list, credit on account


def _accounts(tmp_path: Path, rows: list[list[object]], names: list[str]
              ) -> tuple[list[Got], str]:
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                                  {"台账": [HEAD, *rows, LAST]})])
    found = []
    for name in names:
        c = customer(tmp_path / "fast.sqlite", name, END)
        found.append((round(c.open_amount, 2), c.max_days_overdue, c.list,
                      round(c.credit_on_account, 2)))
    return found, import_report(result)


def _payments(tmp_path: Path, cases: list[tuple[float, str, float | None]]
              ) -> tuple[list[Got], str]:
    """Each case (the 定金30% row's money and note, the 尾款70% row's money) a buyer's order."""
    rows: list[list[object]] = []
    names = []
    for i, (deposit, note, balance) in enumerate(cases):
        names.append(f"Buyer {i:02d}")
        rows += [_order(f"2025-7{i:02d}", names[-1]),
                 _paid("定金30%", deposit, date(2025, 3, 2), note=note),
                 _paid("尾款70%", balance, date(2025, 4, 20) if balance else None)]
    return _accounts(tmp_path, rows, names)


def _lines(tmp_path: Path, cases: list[list[tuple[str, float | None, str | None]]]
           ) -> tuple[list[Got], str]:
    """Each case an order of two 5,000 lines (product, money received on 04-20, note)."""
    rows: list[list[object]] = []
    names = []
    for i, lines in enumerate(cases):
        names.append(f"Lines Co {i:02d}")
        for product, got, note in lines:
            r = _order(f"2025-9{i:02d}", names[-1])
            r[3], r[6], r[8], r[11] = 5_000, product, got, note
            r[9] = date(2025, 4, 20) if got else None
            rows.append(r)
    return _accounts(tmp_path, rows, names)


def test_a_deduction_on_a_deposit_paid_whole_comes_off_the_order(tmp_path: Path) -> None:
    """定金 3,000 received whole noted 扣佣金2000, the balance unpaid: 5,000 owed, 72 days,
    black (main: 7,000), the 2,000 named as a deduction. Controls: the deposit short by its
    deduction (1,000, 定金到账1000，扣佣金2000) settles the deposit, 7,000 (fix60n); a note
    writing no sum (扣佣金) or more than is owed (扣佣金8000) reads nothing, 7,000; the balance
    paid whole too (7,000): the note deducts nothing, no credit."""
    got, report = _payments(tmp_path, [(3_000, "扣佣金2000", None),
                                       (1_000, "定金到账1000，扣佣金2000", None),
                                       (3_000, "扣佣金", None),
                                       (3_000, "客户扣佣金8000", None),
                                       (3_000, "扣佣金2000", 7_000)])
    assert got == [(5_000, 72, "black", 0), (7_000, 72, "black", 0), (7_000, 72, "black", 0),
                   (7_000, 72, "black", 0), (0, 0, None, 0)], "was 7,000 open"
    assert report.count("2,000.00 USD deducted by the buyer as a commission") == 2


def test_a_deduction_copied_down_product_lines_comes_off_once(tmp_path: Path) -> None:
    """灯 3,000 received and 灯罩 unpaid, both noted 扣佣金2000: the 灯 line short by its
    commission, 2,000 off the order once, 5,000 owed, 72 days, black (main: 7,000). Controls:
    灯 paid whole and 灯罩 1,000 received, both noted: 4,000 named for the clerk (lead60f); 3,000
    and 5,000 received, 扣佣金2000 on the first: settled, as before; the 灯 line short by more
    than its note (2,000 received): 8,000 open."""
    got, _ = _lines(tmp_path, [[("灯", 3_000, "扣佣金2000"), ("灯罩", None, "扣佣金2000")],
                               [("灯", 5_000, "扣佣金2000"), ("灯罩", 1_000, "扣佣金2000")],
                               [("灯", 3_000, "扣佣金2000"), ("灯罩", 5_000, None)],
                               [("灯", 2_000, "扣佣金2000"), ("灯罩", None, "扣佣金2000")]])
    assert got == [(5_000, 72, "black", 0), (4_000, 72, "black", 0), (0, 0, None, 0),
                   (8_000, 72, "black", 0)], "was 7,000 open"
