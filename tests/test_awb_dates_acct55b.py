"""acct55b (rv54d e-list, case 4): an air waybill's date (空运单日期, AWB date) is a shipping
paper like the bill of lading's (fix54d): the ship date terms run from, never the order date.

A Dongguan trader ships samples and small lots by air; its 出货明细 has 出货日期 (the goods
left the factory) and 空运单日期 (typed when the AWB comes) and no order-date column. Before,
the "contains 日期" match made 空运单日期 the order date: a row whose AWB was not typed yet was
skipped "no order date" (Lagos Star's 9,000 absent), and due dates ran from 出货日期 (Amman's
D/P due 05-22, black 19 days where the AWB of 05-09 makes it 05-30, 11 days, on no list).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.report import import_report

HEAD = ["发票号", "合同号", "客户", "金额", "币种", "出货日期", "空运单日期", "付款方式", "备注"]
OTHER = ["INV2501-99", "HT25-099", "Gulf Star Hardware LLC", 5000, "USD", datetime(2025, 1, 3),
         datetime(2025, 1, 4), "100% T/T before shipment", "空运样品"]


def _book(tmp_path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / "2025空运台账.xlsx", {"出货明细": [HEAD, OTHER, *rows]})


def test_a_row_whose_awb_is_not_typed_yet_is_read(tmp_path: Path):
    """Lagos Star's 9,000 shipped 02-03, its AWB not typed yet: before skipped "no order date"
    (absent); now 9,000 open, 24 days past its D/P at 2025-03-20."""
    file = _book(tmp_path, [["INV2502-01", "HT25-101", "Lagos Star Ventures Ltd", 9000, "USD",
                             datetime(2025, 2, 3), None, "D/P at sight", None]])
    (result,) = _same_import(tmp_path, [file])
    lagos = by_name(at(tmp_path / "fast.sqlite", date(2025, 3, 20)))["Lagos Star Ventures Ltd"]
    assert (round(lagos.open_amount), lagos.max_days_overdue) == (9000, 24)
    assert not result.skipped
    assert ("each row's order date is the earliest of “出货日期”, “空运单日期” typed on it"
            in import_report(result))


def test_terms_run_from_the_awb_date_where_typed(tmp_path: Path):
    """Amman's D/P runs from its AWB of 05-09: due 05-30, 11 days at 06-10, on no list (before:
    due 05-22 from 出货日期, 19 days, black)."""
    file = _book(tmp_path, [["INV2505-01", "HT25-103", "Amman Stationery House", 3900, "USD",
                             datetime(2025, 5, 1), datetime(2025, 5, 9), "D/P at sight", None]])
    _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 10)))
    amman = found["Amman Stationery House"]
    assert (amman.receivables[0].order.order_date, amman.receivables[0].due_date) == (
        date(2025, 5, 1), date(2025, 5, 30))
    assert amman.max_days_overdue == 11 and amman.list not in ("black", "watch")


def test_air_waybill_headers_map_to_the_paper_field():
    for word in ("空运单日期", "空运提单日期", "运单日期", "AWB Date", "Air Waybill Date"):
        assert auto_map(["客户", "金额", "出货日期", word]) == {
            "customer": 0, "amount": 1, "order_date": 2, "bl_date": 3}, word
    # beside an order-date column the AWB is the ship date, 订单日期 stays the order date
    assert auto_map(["订单日期", "客户", "金额", "空运单日期"]) == {
        "order_date": 0, "customer": 1, "amount": 2, "bl_date": 3}
    assert auto_map(["客户", "金额", "空运单日期"]) == {"customer": 0, "amount": 1,
                                                   "order_date": 2}  # its only date, as 提单日期
