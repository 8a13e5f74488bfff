"""fix60i: an order weighed whole where its money or its note is written on more than one row
(core.ledger.noted_deductions, core.ledger.order_payments; reader 179). Each ledger is imported
by both imports (tests.test_fast_import._same_import).

- Two Lines Co's order 2025-901: 灯 and 灯罩 rows of 5,000 each, each received 4,000 on 04-20
  and each noted 扣佣金2000 (the clerk copied the note down): one commission of 2,000, the order
  settled (main: two credit notes of 2,000, 2,000 shown open). Each row received 3,000 and
  noted 扣佣金2000: the order's 4,000 short is both, two credit notes, settled (main: 4,000
  open). Control: the note on two rows of two orders, each short 2,000: two deductions.
- Tbilisi's YW25-0242 of 12,255 received whole on 11-20 and a 定金30% line of 3,676.50 under
  it, undated: part of the whole (main: 3,676.50 of credit).
- The row's 6,112.50 on 12-20 and a 定金50% line of 6,112.50 on 09-10: both halves, 30 short of
  12,255 a bank charge (main: one half, 6,142.50 owed 42 days, watch). Control: a 定金50% line
  after the row's deposit still repeats it (the lead's 157).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix59g_rest_on_own_line import _account, _line, _sale
from test_fix59g_rest_on_own_line import _import as _import_tbilisi

from core.ledger.report import import_report


def _row(number: str, buyer: str, product: str, received: float, note: str) -> list[object]:
    row = _order(number, buyer)
    row[3], row[6], row[8], row[9], row[11] = 5_000, product, received, date(2025, 4, 20), note
    return row


def _import(tmp_path: Path, rows: list[list[object]], buyer: str
            ) -> tuple[float, list[tuple[float]], str]:
    """The buyer's open sum, the credit notes written and the import report."""
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                                  {"台账": [HEAD, *rows, LAST]})])
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        credits = conn.execute(
            "SELECT amount FROM order_lines WHERE credit_note ORDER BY source_row").fetchall()
    return (round(customer(tmp_path / "fast.sqlite", buyer, END).open_amount, 2), credits,
            import_report(result))


@pytest.mark.parametrize("note", ["扣佣金2000", "客户扣佣金USD2000"])
def test_a_note_copied_down_an_orders_rows_is_one_deduction(tmp_path: Path, note: str) -> None:
    rows = [_row("2025-901", "Two Lines Co", "灯", 4_000, note),
            _row("2025-901", "Two Lines Co", "灯罩", 4_000, note)]
    open_sum, credits, report = _import(tmp_path, rows, "Two Lines Co")
    assert (open_sum, credits) == (0, [(-2_000,)])
    assert report.count("2,000.00 USD deducted by the buyer as a commission") == 1


def test_each_rows_own_shortfall_is_its_own_deduction(tmp_path: Path) -> None:
    rows = [_row("2025-901", "Two Lines Co", "灯", 3_000, "扣佣金2000"),
            _row("2025-901", "Two Lines Co", "灯罩", 3_000, "扣佣金2000")]
    open_sum, credits, report = _import(tmp_path, rows, "Two Lines Co")
    assert (open_sum, credits) == (0, [(-2_000,), (-2_000,)])
    assert report.count("2,000.00 USD deducted by the buyer as a commission") == 2


def test_two_deductions_short_of_the_order_stay_open(tmp_path: Path) -> None:
    """Control: 3,000 and 3,000 received, each noted 扣佣金1000: 2,000 still open."""
    rows = [_row("2025-901", "Two Lines Co", "灯", 3_000, "扣佣金1000"),
            _row("2025-901", "Two Lines Co", "灯罩", 3_000, "扣佣金1000")]
    open_sum, credits, _report = _import(tmp_path, rows, "Two Lines Co")
    assert (open_sum, credits) == (4_000, [])


def test_the_note_on_two_orders_is_two_deductions(tmp_path: Path) -> None:
    """Control: 2025-901 and 2025-902 of 5,000, each received 3,000 and noted 扣佣金2000."""
    rows = [_row("2025-901", "Two Lines Co", "灯", 3_000, "扣佣金2000"),
            _row("2025-902", "Two Lines Co", "灯罩", 3_000, "扣佣金2000")]
    open_sum, credits, _report = _import(tmp_path, rows, "Two Lines Co")
    assert (open_sum, credits) == (0, [(-2_000,), (-2_000,)])


@pytest.mark.parametrize(("word", "paid"), [("定金30%", 3676.5), ("尾款70%", 8578.5)])
def test_an_undated_line_under_a_row_received_whole_is_part_of_it(
        tmp_path: Path, word: str, paid: float) -> None:
    _import_tbilisi(tmp_path, [_sale(12255, date(2025, 11, 20)), _line(word, paid, None)])
    assert _account(tmp_path) == (0, 0, None, 0)


def test_halves_short_by_a_bank_charge_are_both_paid(tmp_path: Path) -> None:
    _import_tbilisi(tmp_path, [_sale(6112.5, date(2025, 12, 20)),
                               _line("定金50%", 6112.5, date(2025, 9, 10))])
    assert _account(tmp_path) == (0, 0, None, 0)


def test_a_deposit_line_after_the_rows_deposit_short_still_repeats_it(tmp_path: Path) -> None:
    """Control (157): the row's 6,112.50 on 09-06, a 定金50% line of it on 09-10: once."""
    _import_tbilisi(tmp_path, [_sale(6112.5, date(2025, 9, 6)),
                               _line("定金50%", 6112.5, date(2025, 9, 10))])
    assert _account(tmp_path)[0] == 6142.5
