"""ref40: money rows of their own (金额 0 or blank, a sum in 实收金额) counted whatever the order
of import.

MT-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days (due 04-04), on a 台账 tab or file.
Hand count at 06-30:
- a 尾款 row (MT-1 Sofa, 金额 0, 实收 5,000 on 04-20) on a 收款 tab or file: 10,000 open,
  revenue 15,000, nothing on account. Before, its first row took the sale's line: the 台账 tab
  first, the sale was shown paid in full and 5,000 on account; the sale's file imported
  before the 尾款's, the sale was replaced (revenue 0, 5,000 on account);
- the sale's own wire (15,000 on 04-10) restated on a 收款 row: paid, nothing open (before:
  金额 blank on a tab of its own, the wire was taken off both rows, 15,000 open; 金额 0, as the
  尾款 row);
- a refund of the paid sale (实收 -3,000 noted 退款) naming no order, or with no date received:
  3,000 open, revenue 15,000, 金额 0 or blank alike. Before, blank 金额 without an order number
  was skipped (0 open) where 金额 0 counted; without a date received the refund was kept out of
  the account (0 open) or, blank 金额, skipped ("no amount, only -3,000.00 received"). Now it
  is counted on its row's date (03-01), and the report names it;
- a refund file (CNY, or no currency) imported before the sale's file: the order stays a USD
  15,000 sale (a guard: held already by fix39a F5's rule).
The app's import and the reference import agree after every file (test_fast_import).
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
AMOUNTS = [0, None]


def _sale(received: float | None = None, on: str | None = None) -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 15_000, "USD", "OA 30 days",
            d("2025-03-05"), received, d(on) if on else None, None]


def _money(amount: float | None, received: float, on: str | None, note: str,
           number: str | None = "MT-1", currency: str | None = "USD") -> list[object]:
    return [number, "Mumbai Mart", d("2025-03-01"), "Sofa", amount, currency, "OA 30 days",
            None, received, d(on) if on else None, note]


def _figures(folder: Path) -> tuple[float, float, float]:
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _every_layout(tmp_path: Path, sale: list[object], money: list[object], tab: str,
                  files: bool = True) -> dict[str, tuple[float, float, float]]:
    """Mumbai's figures with the money row below the sale on one tab, on a tab of its own
    after the 台账 or before it, and (`files`) in a file of its own (A then B, B then A, A,
    B, A: every --json figure alike, test_import_order36._every_order)."""
    found = {}
    for name, sheets in {"one tab": {"台账": [HEADER, sale, money]},
                         "台账 first": {"台账": [HEADER, sale], tab: [HEADER, money]},
                         f"{tab} first": {tab: [HEADER, money], "台账": [HEADER, sale]}}.items():
        folder = tmp_path / name
        folder.mkdir()
        _same_import(folder, [write_xlsx(folder / "台账 2025-04.xlsx", sheets)])
        found[name] = _figures(folder)
    if not files:
        return found
    (tmp_path / "files").mkdir()
    open_, _, _, credit, _, revenue = _every_order(tmp_path / "files", {"台账": [HEADER, sale]},
                                                   {tab: [HEADER, money]})
    found["files"] = (open_, credit, revenue)
    return found


def test_a_balance_row_on_a_tab_or_file_of_its_own(tmp_path: Path):
    """金额 0, 实收 5,000 (尾款): 10,000 open, revenue 15,000, in every layout and order.
    Before: 台账 tab first (0, 5,000 on account, 15,000); sale's file first (0, 5,000, 0)."""
    found = _every_layout(tmp_path, _sale(), _money(0, 5_000, "2025-04-20", "尾款"), "收款")
    assert found == dict.fromkeys(found, (10_000, 0, 15_000)), found


@pytest.mark.parametrize("amount", AMOUNTS)
def test_a_wire_restated_on_a_tab_or_file_of_its_own(tmp_path: Path, amount):
    """The sale's row says 15,000 received on 04-10; a 收款 row, 金额 0 or blank, says the same
    wire: paid, nothing open or on account, in every layout and order. Before: 金额 blank, on a
    tab of its own, the wire was taken off both rows (15,000 open, "confirm"); 金额 0, the
    台账 tab first 15,000 on account, the sale's file first revenue 0 and 15,000 on account.
    (金额 blank in a file of its own before the sale's is refused, naming an order not
    imported yet: a sale whose amount was forgotten, as ever.)"""
    found = _every_layout(tmp_path, _sale(15_000, "2025-04-10"),
                          _money(amount, 15_000, "2025-04-10", None), "收款", amount == 0)
    assert found == dict.fromkeys(found, (0, 0, 15_000)), found


@pytest.mark.parametrize("amount", AMOUNTS)
def test_a_refund_naming_no_order(tmp_path: Path, amount):
    """-3,000 noted 退款 with no order number: 3,000 open, 金额 0 or blank. Before, blank:
    skipped, nothing open."""
    found = _every_layout(tmp_path, _sale(15_000, "2025-04-10"),
                          _money(amount, -3_000, "2025-04-20", "退款", number=None), "退货")
    assert found == dict.fromkeys(found, (3_000, 0, 15_000)), found


@pytest.mark.parametrize("amount", AMOUNTS)
def test_a_refund_without_its_date_received(tmp_path: Path, amount):
    """-3,000 noted 退款, 收款日期 blank: counted on its row's date, 3,000 open, and named.
    Before: 0 open (金额 0: kept out of the account; blank: skipped)."""
    found = _every_layout(tmp_path, _sale(15_000, "2025-04-10"),
                          _money(amount, -3_000, None, "退款"), "退货")
    assert found == dict.fromkeys(found, (3_000, 0, 15_000)), found
    folder = tmp_path / "report"
    folder.mkdir()
    [result] = _same_import(folder, [write_xlsx(folder / "退货 2025-04.xlsx", {
        "退货": [HEADER, _money(amount, -3_000, None, "退款")]})])
    assert ("Sheet “退货”: 1 refund has no date received (row 2): counted as sent back on "
            "its row's date.") in import_report(result)


@pytest.mark.parametrize("currency", ["CNY", None])
@pytest.mark.parametrize("amount", AMOUNTS)
def test_a_refund_file_before_the_sale_keeps_the_sale_currency(tmp_path: Path, amount,
                                                               currency):
    """A refund file in CNY, or naming no currency, imported before the USD sale's file: the
    order is the USD 15,000 sale in every order."""
    figures = _every_order(tmp_path, {"台账": [HEADER, _sale(15_000, "2025-04-10")]},
                           {"退货": [HEADER, _money(amount, -3_000, "2025-04-20", "退款",
                                                    currency=currency)]})
    folder = tmp_path / "BA"
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert [(r.currency, r.amount) for r in who.receivables] == [("USD", 15_000)]
    assert figures[5] == 15_000
