"""The stop-loss exposure is what is late net of deposits held, never below 0 (stop38)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import customers, ledger

MILANO = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "定金",
          "定金日期", "实收金额", "收款日期"]


def test_exposure_is_never_below_nothing(tmp_path: Path) -> None:
    """Milano owes 9,000 late and the firm holds a 30,000 deposit on an order not shipped.
    Before: exposure -21,000 in --json (read as money the firm owed it). Now: 0."""
    db = ledger(tmp_path, MILANO, [
        ["M-1", "Milano Casa SRL", date(2026, 1, 5), date(2026, 1, 10), 10_000, "USD",
         "OA 30 days", None, None, 1_000, date(2026, 3, 1)],
        ["M-2", "Milano Casa SRL", date(2026, 6, 1), None, 100_000, "USD",
         "30% deposit, balance before shipment", 30_000, date(2026, 6, 5), None, None]])
    milano = customers(db, date(2026, 6, 30))["by_name"]["Milano Casa SRL"]
    assert (milano["overdue_amount"], milano["deposits_held"]) == (9_000.0, 30_000.0)
    assert (milano["exposure"], milano["uninsured_exposure"]) == (0.0, 0.0)
