"""ref39: a refund's own row on a 退货 tab (or in a 退货 file) beside the 台账 selling its order.

MT-1 "Sofa" 15,000 of 03-01, shipped 03-05, paid in full (15,000 on 04-10); the refund's row:
MT-1 Sofa, 金额 0 or blank, 实收金额 -3,000 on 04-20, its note 退款 (money sent back) or 退货退款
(goods back and their money sent back). Each tab numbers its lines from its first row, so the
refund's row took the sale's line key: the 台账 tab first, the sale was shown 30,000 paid (15,000
on account); the 退货 tab first, the refund was lost (nothing open); in two files the sale was
shown 0 (revenue 0) or the refund 15,000 open; a blank 金额's refund file imported before the
sale's was refused. A refund row is now a payment line of its own (its sum and day), taken
whatever file comes first.

Hand count at 06-30, as one tab holding both rows reads it: 退款, 3,000 open (due 04-04),
revenue 15,000; 退货退款, nothing open, revenue 12,000 (the return lowers the sale). Every tab
order and file order gives it, the import and the reference import alike
(test_fast_import._same_import, comparing their databases and reports after every file), and a
workbook sent again is not counted twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_import_order36 import _every_order
from test_lists_audit28 import at, by_name, d

from core.ledger.report import import_report

HEADER = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
          "实收金额", "收款日期", "备注"]
BOOK = "台账 2025-04.xlsx"
# the note: (open, credit on account, revenue) one tab holding both rows gives
HAND = {"退款": (3_000, 0, 15_000), "退货退款": (0, 0, 12_000)}
AMOUNTS = [0, None]


def _sale() -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 15_000, "USD", "OA 30 days",
            d("2025-03-05"), 15_000, d("2025-04-10"), None]


def _refund(amount: float | None, note: str) -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", amount, "USD", "OA 30 days", None,
            -3_000, d("2025-04-20"), note]


def _figures(folder: Path) -> tuple[float, float, float]:
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _owed(folder: Path) -> list[tuple[str | None, float, int]]:
    """Mumbai's open invoices: number, open, days past due."""
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return [(r.order_no, round(r.open, 2), r.days_overdue) for r in who.receivables if r.open]


def _book(folder: Path, sheets: dict[str, list[list[object]]], name: str = BOOK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_xlsx(folder / name, sheets)


@pytest.mark.parametrize("amount", AMOUNTS)
@pytest.mark.parametrize("note", list(HAND))
def test_one_tab_holding_the_sale_and_its_refund(tmp_path: Path, note, amount):
    """The hand count, the sale's row above the refund's or below it."""
    for first in (True, False):
        _one_tab(tmp_path / str(first), note, amount, first)
        assert _figures(tmp_path / str(first)) == HAND[note]


def _one_tab(folder: Path, note: str, amount: float | None, first: bool = True) -> Path:
    rows = [_sale(), _refund(amount, note)]
    _same_import(folder, [_book(folder, {"台账": [HEADER, *(rows if first else rows[::-1])]})])
    return folder


@pytest.mark.parametrize("amount", AMOUNTS)
@pytest.mark.parametrize("note", list(HAND))
@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_the_refund_on_a_tab_of_its_own(tmp_path: Path, tabs, note, amount):
    """One workbook, the sale on its 台账 tab and the refund on a 退货 tab, in either tab
    order: the hand count. Before (金额 0, 退款): the 台账 tab first, the refund's -3,000 was
    added to the sale's 15,000 received (30,000 paid: 15,000 on account); the 退货 tab first,
    the sale overwrote the refund (nothing open). Sent again (a copy with another buyer's
    order added, read again: not known by its bytes), and the very file again: nothing
    doubles."""
    rows = {"台账": [HEADER, _sale()], "退货": [HEADER, _refund(amount, note)]}
    sheets = {tab: rows[tab] for tab in tabs}
    payer = ["P-1", "Payer", d("2025-04-25"), "Lamp", 1_000, "USD", "OA 30 days",
             d("2025-04-26"), None, None, None]
    again = {tab: [*rows[tab], payer] if tab == "台账" else rows[tab] for tab in tabs}
    results = _same_import(tmp_path, [_book(tmp_path / "1", sheets)],
                           [_book(tmp_path / "2", again, "台账 2025-04 (1).xlsx")],
                           [_book(tmp_path / "1", sheets)])
    assert [r.status for r in results] == ["imported", "imported", "already_imported"]
    assert _figures(tmp_path) == HAND[note]
    assert _owed(tmp_path) == _owed(_one_tab(tmp_path / "one", note, amount))
    assert "money was sent back to the customer (row 2)" in import_report(results[0])


@pytest.mark.parametrize("amount", AMOUNTS)
@pytest.mark.parametrize("note", list(HAND))
def test_the_refund_in_a_file_of_its_own(tmp_path: Path, note, amount):
    """A: the 台账 file selling MT-1. B: a 退货 file holding the refund's row alone. A then B,
    B then A, and A, B, A again: the hand count, every --json figure alike
    (test_import_order36._every_order). Before (金额 0, 退款): A first, the refund replaced
    the sale (revenue 0); B first, the sale kept the refund's -3,000 as its money received
    (15,000 open, black-listed). 金额 blank, B first: refused ("no amount, only -3,000.00
    received"), its refund lost until the file was imported again."""
    figures = _every_order(tmp_path, {"台账": [HEADER, _sale()]},
                           {"退货": [HEADER, _refund(amount, note)]})
    open_, _, owed, credit, _, revenue = figures
    assert (open_, credit, revenue) == HAND[note]
    assert owed == sorted(_owed(_one_tab(tmp_path / "one", note, amount)))
