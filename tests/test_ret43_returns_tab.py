"""ret43: a 退货 tab's plain rows are returns, not the order listed again.

March's file sells PO-1 "Sofa" 15,000 USD of 03-01, paid 15,000 on 04-10 (hdr40's sale).
April's file has a tab named 退货 (退货单, 退货明细, Returns, RMA) whose row for PO-1 is written
with a plain positive 3,000 in 金额, dated 04-20, no 类型/状态 column saying 退货. Read as a
sale row of PO-1 it replaced the stored line ("Amount changed: order PO-1 … 15,000.00 →
3,000.00 USD"): revenue 3,000. It is PO-1's return of 3,000, a credit note (no refund
column: the money stays with the buyer, 3,000 credit on account), revenue 12,000, in either
import order, in one import, and on a tab of March's own file, before or after the sale's.
Figures: (open, credit on account, revenue) at 06-30.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import d

from core.ledger.report import import_report

RETURN_HEADER = ["合同号", "客户", "日期", "产品", "金额", "币种"]
RETURN = ["PO-1", "Mumbai Mart", d("2025-04-20"), "Sofa", 3_000, "USD"]
RIGHT = (0, 3_000, 12_000)  # 15,000 paid for 12,000 kept: 3,000 the buyer's


def _files(tmp_path: Path, tab: str = "退货") -> dict[str, Path]:
    return {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
            "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: [RETURN_HEADER, RETURN]})}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B", "B+A"])
def test_a_returns_tab_in_next_months_file(tmp_path: Path, order: str) -> None:
    paths = _files(tmp_path)
    rounds = ([[paths[k] for k in order.split("+")]] if "+" in order
              else [[paths[k]] for k in order])
    results = _same_import(tmp_path, *rounds)
    assert _figures(tmp_path) == RIGHT
    assert not any("3,000.00 USD" in import_report(r) and "15,000.00" in import_report(r)
                   for r in results)


@pytest.mark.parametrize("tab", ["退货单", "退货明细", "退货记录", "Returns", "RMA",
                                 "Returns April", "April returns", "退货登记", "客户退货"])
def test_every_returns_tab_name(tmp_path: Path, tab: str) -> None:
    paths = _files(tmp_path, tab)
    _same_import(tmp_path, [paths["A"]], [paths["B"]])
    assert _figures(tmp_path) == RIGHT


@pytest.mark.parametrize("first", ["台账", "退货"])
def test_a_returns_tab_in_the_sales_own_file(tmp_path: Path, first: str) -> None:
    tabs = {"台账": [SALE_HEADER, SALE], "退货": [RETURN_HEADER, RETURN]}
    book = write_xlsx(tmp_path / "台账 2025-03.xlsx",
                      {name: tabs[name] for name in sorted(tabs, key=lambda n: n != first)})
    _same_import(tmp_path, [book])
    assert _figures(tmp_path) == RIGHT


@pytest.mark.parametrize("tab", ["4月(含退货)", "销售及退货", "Sales & Returns"])
def test_a_sales_tab_that_also_names_returns_keeps_its_sales(tmp_path: Path, tab: str) -> None:
    """A month tab whose name says it holds returns BESIDE sales: its plain rows are sales
    (the lead narrowed ret43's rule to tabs naming no sales, fx43h). April's tab lists PO-1's
    Sofa again and a Table 2,000 added to PO-1, not shipped: a sale, 2,000 open, revenue
    17,000. Read by its name's 退货 alone (the wide rule) the Table was a return: 2,000
    credit on account, revenue 13,000."""
    table = ["PO-1", "Mumbai Mart", d("2025-04-20"), "Table", 2_000, "USD", "OA 30 days",
             None, None, None]
    march = write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]})
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: [SALE_HEADER, SALE, table]})
    _same_import(tmp_path, [march], [april])
    assert _figures(tmp_path) == (2_000, 0, 17_000)


@pytest.mark.parametrize("tab", ["4月退货", "退货 (2025-04)", "RMA list"])
def test_a_returns_tab_named_with_its_month(tmp_path: Path, tab: str) -> None:
    paths = _files(tmp_path, tab)
    _same_import(tmp_path, [paths["A"]], [paths["B"]])
    assert _figures(tmp_path) == RIGHT
