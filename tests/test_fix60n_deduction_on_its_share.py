"""fix60n (rv60c s320 D3, D3c, D6): a deduction noted on a payment's own row (定金30%, 尾款70%)
whose shortfall is that payment's own, not its order's, settles that payment: the rest of the
order stays owed (core.ledger.own_row_deductions._own_part).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, a
定金30% row (3,000) and a 尾款70% row (7,000); as of 06-30 an unpaid sum is 72 days late,
black. Weighed against the whole order, a deposit row's 定金到账1000，扣佣金2000 settled
nothing (the order short 9,000): 9,000 open where the buyer owed the 7,000 balance. Each
ledger is imported by both imports (tests.test_fast_import._same_import).
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


def _import(tmp_path: Path, cases: list[tuple[float, str, float | None, str]]
            ) -> tuple[list[tuple[float, int, str | None]], str]:
    """Each case (the 定金30% row's money and note, the 尾款70% row's) an order of its own, a
    buyer of its own; each buyer's (open, days, list) and the import report."""
    rows: list[list[object]] = []
    names = []
    for i, (deposit, deposit_note, balance, balance_note) in enumerate(cases):
        names.append(f"Buyer {i:02d}")
        rows += [_order(f"2025-7{i:02d}", names[-1]),
                 _paid("定金30%", deposit, date(2025, 3, 2), note=deposit_note),
                 _paid("尾款70%", balance, date(2025, 4, 20) if balance else None,
                       note=balance_note)]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                                  {"台账": [HEAD, *rows, LAST]})])
    found = []
    for name in names:
        c = customer(tmp_path / "fast.sqlite", name, END)
        found.append((round(c.open_amount, 2), c.max_days_overdue, c.list))
    return found, import_report(result)


def test_a_deduction_on_the_deposit_settles_the_deposit_the_balance_owed(tmp_path: Path
                                                                         ) -> None:
    """1,000 on the deposit row noted 定金到账1000，扣佣金2000 or 到账1000，佣金2000已扣, the
    balance unpaid: the deposit is paid less the 2,000 commission, the 7,000 balance owed,
    72 days, black (main: 9,000), the 2,000 named as a deduction."""
    got, report = _import(tmp_path, [(1_000, "定金到账1000，扣佣金2000", None, ""),
                                     (1_000, "到账1000，佣金2000已扣", None, "")])
    assert got == [(7_000, 72, "black")] * 2, "was 9,000 open"
    assert report.count("2,000.00 USD deducted by the buyer as a commission") == 2


def test_each_payment_s_own_deduction_settles_the_order(tmp_path: Path) -> None:
    """定金到账2000，扣佣金1000 and 到账6000，扣佣金1000: each payment short by its own 1,000
    commission, the order settled (main: 2,000 open, 72 days, black)."""
    got, _ = _import(tmp_path, [(2_000, "定金到账2000，扣佣金1000", 6_000, "到账6000，扣佣金1000")])
    assert got == [(0, 0, None)], "was 2,000 open"


def test_a_deduction_not_its_payment_s_shortfall_settles_nothing(tmp_path: Path) -> None:
    """Controls: 到账1000，扣佣金500 on the deposit row (short 2,000 of its 3,000): nothing
    settled, 9,000 open as before; the deposit paid in full and its balance row 到账5000，
    扣佣金1000 (short 2,000): 2,000 open as before."""
    got, _ = _import(tmp_path, [(1_000, "到账1000，扣佣金500", None, ""),
                                (3_000, "", 5_000, "到账5000，扣佣金1000")])
    assert got == [(9_000, 72, "black"), (2_000, 72, "black")]
