"""A deposit the firm kept on a cancelled order is not the buyer's money for its other invoices.

Madrid's MD-1 is 8,000 EUR on T/T 30 days after B/L, shipped 2026-02-05 and due 2026-03-07,
not paid: 97 days past due on 2026-06-12 (receipts are booked to
Oslo's payment of that day), an average order of 8,000 EUR (8,640 USD), under
20,000 USD: black-listed. Its big order MD-2 (80,000 EUR, 30 % deposit) was cancelled after
the 24,000 EUR deposit came in, and the clerk wrote 定金不退（没收）: the firm kept the deposit
for the cancellation. The account put that 24,000 in Madrid's pool: it paid MD-1 ("paid
2026-02-09", grade A, on no list) and left 16,000 EUR of "credit on account", so a buyer 97
days late was spared the stop-loss list by money that is no longer its own. A deposit on a
cancelled order without such words stays the buyer's (owed back, or for its next order).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 6, 15)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
          "收款日期", "状态", "备注"]
PAID = ["OS-1", "Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 30_000, "EUR",
        "T/T in advance", 30_000, date(2026, 6, 12), None, None]
LATE = ["MD-1", "Madrid Deco", date(2026, 1, 10), date(2026, 2, 5), 8_000, "EUR",
        "T/T 30 days after B/L", None, None, None, None]


def _madrid(tmp_path: Path, note: str):  # type: ignore[no-untyped-def]
    cancelled = ["MD-2", "Madrid Deco", date(2026, 2, 3), None, 80_000, "EUR",
                 "T/T 30% deposit, balance before shipment", 24_000, date(2026, 2, 9), "取消",
                 note]
    book = write_xlsx(tmp_path / "订单台账 2026.xlsx", {"2026": [HEADER, PAID, LATE, cancelled]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    return {c.customer: c for c in analysis.customers}["Madrid Deco"]


@pytest.mark.parametrize("note", ["客户取消，定金不退（没收）", "定金没收", "订金不予退还",
                                  "cancelled by buyer, deposit forfeited",
                                  "deposit non-refundable, kept"])
def test_a_forfeited_deposit_pays_no_other_invoice(tmp_path: Path, note: str) -> None:
    madrid = _madrid(tmp_path, note)
    [late] = [r for r in madrid.receivables if r.order_no == "MD-1"]
    assert (late.open, late.days_overdue, late.paid_on) == (8_000, 97, None)
    assert madrid.credit_on_account == 0
    assert madrid.list == "black"
    assert "MD-1: 8,000 EUR open, 97 days past due" in str(madrid.list_reason)


# 定金已退 (paid back, no refund row) is no longer the buyer's either: test_stop38_refunded_deposit
@pytest.mark.parametrize("note", ["客户取消", "取消，定金转下单", "定金未退",
                                  "不退税产品，客户取消"])
def test_a_deposit_not_said_kept_stays_the_buyers(tmp_path: Path, note: str) -> None:
    madrid = _madrid(tmp_path, note)
    [late] = [r for r in madrid.receivables if r.order_no == "MD-1"]
    assert late.open == 0
    assert madrid.credit_on_account > 0


def test_a_deposit_not_refunded_for_now_or_kept_for_the_next_order_is_still_the_buyers() -> None:
    """暂不退, "not refunded yet", 抵下次货款: the clerk may yet refund or apply it, so it pays the
    buyer's invoices as before; 货不退换 speaks of goods, not of the deposit."""
    from core.ledger.forfeits import forfeited

    assert [forfeited(note) for note in (
        "取消，定金暂不退，抵下次货款", "cancelled, deposit not refunded yet", "取消，货不退换",
        "定金转下单", "定金不退（没收）", "deposit forfeited")] == [
        False, False, False, False, True, True]
