"""The final read-through (cr44z): an order's two lines re-sorted in May's file, matched by
likeness (key43), then sent again in June's with a -500 credit note of the same order and
product. The credit note, keyed apart by its own rule, sent the whole order back to sheet
order: the two amounts swapped ("Amount changed 6,000 -> 4,000") and May's 10,000 wire
stood on both lines — 10,500 on account where 500 is. Month order, and in reverse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "数量", "单价", "金额",
          "币种", "付款方式", "出货日期", "已收金额", "收款日期", "状态"]


def _row(quantity: int, received: float | None = None, on: date | None = None,
         status: str | None = None, ordered: date = date(2025, 4, 2)) -> list[object]:
    return ["PO-6", "Echo", "美国", "王芳", ordered, "LED灯", quantity, 10, quantity * 10, "USD",
            "T/T 30 days", date(2025, 4, 15), received, on, status]


@pytest.mark.parametrize("reverse", [False, True])
def test_a_credit_note_beside_re_sorted_lines(tmp_path: Path, reverse: bool) -> None:
    """April: 6,000 and 4,000; May: 4,000, then 6,000 with the 10,000 wire; June: May's rows
    and a -500 credit note. Hand count: revenue 9,500, nothing open, 500 on account."""
    may = [_row(400), _row(600, 10_000, date(2025, 5, 12))]
    files = [write_xlsx(tmp_path / f"台账 2025-{month}.xlsx", {"台账": [HEADER, *rows]})
             for month, rows in (("04", [_row(600), _row(400)]), ("05", may),
                                 ("06", [*may, _row(-50, status="贷项通知单",
                                                    ordered=date(2025, 6, 2))]))]
    _same_import(tmp_path, *[[f] for f in (files[::-1] if reverse else files)])
    echo = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Echo"]
    assert (round(echo.open_amount, 2), round(echo.credit_on_account, 2),
            round(echo.revenue_12m, 2)) == (0, 500, 9_500)
