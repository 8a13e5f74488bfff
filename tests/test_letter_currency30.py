"""A letter of credit's money in another currency than its invoice pays that invoice.

Lc Co owes OA-1, 10,000 USD on OA 30 shipped 2025-01-10, nothing received: 141 days past due
at A = 2025-06-30. Its LC-2, 15,000 EUR on "L/C at sight" shipped 05-20, was paid by the bank
on 06-10 in USD: the clerk wrote 16,200 USD (收款币种 USD; 1.08 USD a euro) on LC-2's row.
Money in another currency than its invoice joined the pool and paid OA-1 first, leaving LC-2
open 9,259 EUR for 41 days: the 141-day debtor was watched, not black-listed. The letter's
money is the letter's whatever the currency the bank credited: converted at its date (with
the exchange band), it pays LC-2 first (core.analysis.direct_money.pay_own). The ledger is imported
by both imports and the analysis compared with the reference analysis.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fast_analysis import _compare
from test_letter_of_credit29 import buyer as lc_buyer

from core.analysis.model import CustomerMetrics

A = date(2025, 6, 30)
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
          "收款币种", "收款日期"]
OLD = ["OA-1", "Lc Co", date(2025, 1, 5), 10_000, "USD", "OA 30 days", date(2025, 1, 10),
       None, None, None]
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, "USD", A]


def letter(received: float) -> list[object]:
    return ["LC-2", "Lc Co", date(2025, 4, 1), 15_000, "EUR", "L/C at sight", date(2025, 5, 20),
            received, "USD", date(2025, 6, 10)]


def buyer(tmp_path: Path, *rows: list[object]) -> tuple[Path, CustomerMetrics]:
    return lc_buyer(tmp_path, *rows, around=(HEADER, OLD, PAYER))


def test_the_letters_dollars_pay_its_euro_invoice_and_the_old_one_stays_late(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, c = buyer(tmp_path, letter(16_200))
    assert [(r.order_no, round(r.open, 2)) for r in c.receivables] == [("OA-1", 10_000),
                                                                       ("LC-2", 0)]
    assert (c.open_amount, c.max_days_overdue, c.list) == (10_000, 141, "black")
    _compare(db, tmp_path, monkeypatch, [None, A])


def test_the_banks_rate_a_little_short_is_an_exchange_loss_and_more_joins_the_pool(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """16,000 USD (the bank's rate, 1.2 % short of 16,200): LC-2 paid with an exchange loss,
    OA-1 untouched; 18,360 USD (17,000 EUR): 2,000 EUR's worth (2,160 USD) pays OA-1."""
    db, c = buyer(tmp_path / "short", letter(16_000))
    [old, lc] = c.receivables
    assert (old.open, lc.open, lc.fx_difference < 0) == (10_000, 0, True)
    _compare(db, tmp_path / "short", monkeypatch, [None, A])
    db, c = buyer(tmp_path / "over", letter(18_360))
    assert [(r.order_no, round(r.open, 2)) for r in c.receivables] == [("OA-1", 7_840),
                                                                       ("LC-2", 0)]
    _compare(db, tmp_path / "over", monkeypatch, [None, A])
