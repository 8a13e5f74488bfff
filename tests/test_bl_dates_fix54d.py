"""fix54d (rv54b f1–f4): the bill of lading's date (提单日期) is the ship date terms run from,
never the order date.

A Yiwu trader's 出货明细 has 出货日期 and 提单日期 and no order-date column. Before, a "contains
日期" match made 提单日期 the order date: every row whose B/L was not typed yet was skipped "no
order date" (Lagos Star's 9,000 shipment absent, Kano's write-off skipped: black 10,000), and
due dates ran from 出货日期 (Amman's D/P due 05-22, black 19 days where the B/L of 05-09 makes
it 05-30, 11 days, no list). Mapping the order date to 出货日期 dropped the B/L as the ship
date: estimated +30 days (B/L 01-12 → shipped 02-04, due 05-05 where 04-12).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.importer import import_files
from core.ledger.report import import_report

HEAD = ["发票号", "合同号", "客户", "金额", "币种", "出货日期", "提单日期", "付款方式", "备注"]
OTHER = ["INV2501-99", "HT25-099", "Gulf Star Hardware LLC", 5000, "USD", datetime(2025, 1, 3),
         datetime(2025, 1, 6), "100% T/T before shipment", None]


def _book(tmp_path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    return write_xlsx(tmp_path / "2025外贸台账.xlsx", {"出货明细": [head, OTHER, *rows]})


def test_a_row_whose_bl_is_not_typed_yet_is_a_shipment_dated_by_its_ship_date(tmp_path: Path):
    """f1: before, Lagos Star absent (skipped "no order date"); now 9,000 open, 24 days."""
    file = _book(tmp_path, [["INV2502-01", "HT25-101", "Lagos Star Ventures Ltd", 9000, "USD",
                             datetime(2025, 2, 3), None, "D/P at sight", None]])
    (result,) = _same_import(tmp_path, [file])
    lagos = by_name(at(tmp_path / "fast.sqlite", date(2025, 3, 20)))["Lagos Star Ventures Ltd"]
    assert (round(lagos.open_amount), round(lagos.revenue_12m)) == (9000, 9000)
    assert lagos.max_days_overdue == 24  # D/P from 02-03: presented by 02-24
    assert lagos.receivables[0].ship_date == date(2025, 2, 3)
    assert not result.skipped
    said = import_report(result)
    assert ("has no order-date column: each row's order date is the earliest of “出货日期”, "
            "“提单日期” typed on it") in said
    assert "due dates from “提单日期” where typed, else “出货日期”" in said
    chinese = in_chinese(lambda: import_report(result))
    assert "没有下单日期列：每行的下单日期取该行已填的“出货日期”、“提单日期”中最早的一个" in chinese
    assert "到期日按“提单日期”计算；该列未填的行按“出货日期”计算" in chinese


def test_a_write_off_row_without_a_bl_date_is_read(tmp_path: Path):
    """f2: Kano's 坏账核销 row, no B/L date: before skipped, Kano black 10,000; now 0, no list."""
    file = _book(tmp_path, [
        ["INV2503-01", "HT25-102", "Kano Brothers Enterprises", 10000, "USD", datetime(2025, 3, 1),
         datetime(2025, 3, 5), "D/P at sight", None],
        ["INV2503-01", "HT25-102", "Kano Brothers Enterprises", -10000, "USD",
         datetime(2025, 12, 20), None, "D/P at sight", "客户失联，经批准坏账核销"]])
    (result,) = _same_import(tmp_path, [file])
    kano = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))["Kano Brothers Enterprises"]
    assert (round(kano.open_amount), kano.max_days_overdue, kano.list) == (0, 0, None)
    assert not result.skipped


def test_terms_run_from_the_bl_date_where_typed(tmp_path: Path):
    """f3: Amman's D/P runs from its B/L of 05-09: due 05-30, 11 days, on no list (before: due
    05-22 from 出货日期, 19 days, black). The innocent neighbour: a paid buyer stays paid."""
    file = _book(tmp_path, [["INV2505-01", "HT25-103", "Amman Stationery House", 3900, "USD",
                             datetime(2025, 5, 1), datetime(2025, 5, 9), "D/P at sight", None]])
    _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 10)))
    amman = found["Amman Stationery House"]
    assert amman.receivables[0].due_date == date(2025, 5, 30)
    assert amman.max_days_overdue == 11 and amman.list not in ("black", "watch")
    assert found["Gulf Star Hardware LLC"].receivables[0].ship_date == date(2025, 1, 6)


def test_an_order_date_column_stays_the_order_date_beside_both_papers(tmp_path: Path):
    """With 订单日期, 出货日期 and 提单日期 the order date is 订单日期's; the ship date the
    B/L where typed, else 出货日期; no note on papers."""
    head = ["订单日期", *HEAD]
    rows = [[datetime(2025, 4, 1), "INV-1", "C-1", "Acme", 1000, "USD", datetime(2025, 5, 1),
             datetime(2025, 5, 9), "OA 30 days from B/L date", None],
            [datetime(2025, 4, 2), "INV-2", "C-2", "Acme", 2000, "USD", datetime(2025, 5, 3),
             None, "OA 30 days from B/L date", None]]
    file = write_xlsx(tmp_path / "2025台账.xlsx", {"出货明细": [head, ["2025-01-01", *OTHER],
                                                             *rows]})
    (result,) = _same_import(tmp_path, [file])
    acme = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))["Acme"]
    dates = sorted((r.order.order_date, r.ship_date, r.due_date) for r in acme.receivables)
    assert dates == [(date(2025, 4, 1), date(2025, 5, 9), date(2025, 6, 8)),
                     (date(2025, 4, 2), date(2025, 5, 3), date(2025, 6, 2))]
    assert "no order-date column" not in import_report(result)


def test_the_order_date_mapped_to_the_ship_date_keeps_the_bl_as_ship_date(tmp_path: Path):
    """f4: order_date=出货日期 by hand: shipped 01-12 (the B/L), due 04-12; before estimated
    +30 days: shipped 02-04, due 05-05."""
    file = _book(tmp_path, [["INV2501-01", "HT25-104", "Johannesburg Tools Pty", 12000, "USD",
                             datetime(2025, 1, 5), datetime(2025, 1, 12),
                             "OA 90 days from B/L date", None]])
    (result,) = import_files(tmp_path / "t.sqlite", [file], overrides={"order_date": "出货日期"})
    jo = by_name(at(tmp_path / "t.sqlite", date(2025, 5, 31)))["Johannesburg Tools Pty"]
    r = jo.receivables[0]
    assert (r.ship_date, r.ship_date_estimated, r.due_date) == (
        date(2025, 1, 12), False, date(2025, 4, 12))
    assert "no ship-date column" not in import_report(result)


def test_a_row_with_no_paper_dated_is_skipped_naming_the_columns(tmp_path: Path):
    file = _book(tmp_path, [["INV-3", "C-3", "Cee", 3000, "USD", None, None, "D/P at sight",
                             None]])
    (result,) = _same_import(tmp_path, [file])
    assert "row 3: no date: none of “出货日期”, “提单日期” is typed" in import_report(result)
    assert "第 3 行被跳过：没有日期：“出货日期”、“提单日期”均未填写" in in_chinese(
        lambda: import_report(result))


def test_a_sheet_dated_by_its_bl_alone_imports():
    """Its only date 提单日期 (refused before: no order date): the order date read from it."""
    assert auto_map(["客户", "金额", "提单日期"]) == {"customer": 0, "amount": 1, "order_date": 2}
    assert auto_map(["Customer", "Amount", "Ship date", "B/L date"]) == {
        "customer": 0, "amount": 1, "order_date": 2, "bl_date": 3}
    assert auto_map(["客户", "金额", "发票日期", "出货日期"])["order_date"] == 2  # as before
