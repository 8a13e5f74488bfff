"""A cancelled order's deposit the clerk noted as paid back (定金已退) is not credit (stop38)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, ledger
from test_fast_analysis import _compare

ROMA = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "状态", "定金",
        "定金日期", "实收金额", "收款日期", "备注"]
ROMA_ROWS: list[list[object]] = [
    ["R-1", "Roma Casa SRL", date(2026, 1, 5), date(2026, 1, 10), 8_000, "USD", "OA 30 days",
     None, None, None, None, None, None],
    ["R-2", "Roma Casa SRL", date(2026, 2, 1), None, 50_000, "USD",
     "30% deposit, balance before shipment", "取消", 15_000, date(2026, 2, 5), None, None,
     "客户取消，定金已退"],
    ["B-1", "Bern AG", date(2026, 6, 15), date(2026, 6, 20), 3_000, "USD", "T/T in advance",
     None, None, None, 3_000, date(2026, 6, 20), None]]


def test_a_deposit_noted_as_refunded_is_not_credit(tmp_path: Path) -> None:
    """Roma cancelled R-2 and the clerk wrote 定金已退 beside its 15,000 deposit, booking no
    refund row. Before: the deposit paid R-1's 8,000 and left 7,000 credit on account, Roma on
    no list. Now: R-1 8,000 open 131 days past due, black; no credit."""
    db = ledger(tmp_path, ROMA, ROMA_ROWS)
    roma = customers(db, date(2026, 6, 30))["by_name"]["Roma Casa SRL"]
    assert (roma["open_amount"], roma["credit_on_account"]) == (8_000.0, 0.0)
    assert (roma["max_days_overdue"], roma["list"]) == (131, "black")


def test_a_booked_refund_still_meets_the_deposit(tmp_path: Path) -> None:
    """The refund also booked as a negative 收款 row: deposit and refund meet, as before (not
    the refund counted against R-1 a second time: 23,000 open)."""
    refund: list[object] = ["", "Roma Casa SRL", date(2026, 3, 1), None, None, "USD", None,
                            "收款", None, None, -15_000, date(2026, 3, 1), "定金退还客户"]
    db = ledger(tmp_path, ROMA, [*ROMA_ROWS, refund])
    roma = customers(db, date(2026, 6, 30))["by_name"]["Roma Casa SRL"]
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


def test_a_deposit_not_refunded_yet_stays_the_buyers(tmp_path: Path) -> None:
    """定金未退 (not refunded yet): the buyer's money still, paying R-1 as before."""
    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = "客户取消，定金未退"
    db = ledger(tmp_path, ROMA, rows)
    roma = customers(db, date(2026, 6, 30))["by_name"]["Roma Casa SRL"]
    assert (roma["open_amount"], roma["credit_on_account"]) == (0.0, 7_000.0)


def test_the_reference_analysis_agrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The straightforward analysis (tests/reference_analysis.py) reads the note alike, with
    the refund row and without."""
    refund: list[object] = ["", "Roma Casa SRL", date(2026, 3, 1), None, None, "USD", None,
                            "收款", None, None, -15_000, date(2026, 3, 1), "定金退还客户"]
    for name, rows in (("alone", ROMA_ROWS), ("refunded", [*ROMA_ROWS, refund])):
        (tmp_path / name).mkdir()
        db = ledger(tmp_path / name, ROMA, rows)
        _compare(db, tmp_path / name, monkeypatch, [date(2026, 6, 30)])
