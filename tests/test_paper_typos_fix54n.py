"""fix54n (rv54d d1–d3): a shipping paper's date typed wrong is no ship date, and a planned ship
date (预计出货日期) is a plan, never the ship date.

Before: a 提单日期 typed a year late left Beta's 10,000 unpaid "no ship date" (0 open, no list);
one a year early made Alpha's 57 days watch 417 black; a sheet dated by its papers took a B/L
typo as the order date (revenue 15,000 → 5,000, 409 days black); a planned date was read as the
ship date and the actual one as the order date (Beta's unshipped order skipped, gone).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.report import import_report


def _d(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


OWN = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "提单日期",
       "已收金额", "收款日期"]
PAID = ["2025-004", "Other Co", _d("2025-06-01"), 1000, "USD", "T/T", _d("2025-06-10"),
        _d("2025-06-12"), 1000, _d("2025-06-15")]


def _sale(no: str, name: str, bl: str | None, ship: str = "2025-03-20") -> list[object]:
    return [no, name, _d("2025-03-01"), 10000, "USD", "OA 30 days", _d(ship), _d(bl), None, None]


def test_a_bl_typed_a_year_off_is_left_out_and_named(tmp_path: Path):
    """d1: Beta's B/L 2026-03-25: 0 open, no list → 10,000 open 57 days watch; Alpha's B/L
    2024-03-25 (before its order): 417 days black → 57 watch. The true debtor Delta (B/L 03-25)
    and a B/L days before 出货日期 (Gamma, 03-15: customs) stay; the paid buyer stays paid."""
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [OWN, *[
        _sale("2025-001", "Alpha Haushalt GmbH", "2024-03-25"),
        _sale("2025-002", "Beta Homeware Ltd", "2026-03-25"),
        _sale("2025-003", "Gamma Cuisine SAS", "2025-03-15"),
        _sale("2025-005", "Delta Casa SL", "2025-03-25")], PAID]})
    (result,) = _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for name in ("Alpha Haushalt GmbH", "Beta Homeware Ltd"):
        c = found[name]
        assert (round(c.open_amount), c.max_days_overdue, c.list) == (10000, 57, "watch"), name
        assert c.receivables[0].ship_date == date(2025, 3, 20)
    assert found["Delta Casa SL"].receivables[0].ship_date == date(2025, 3, 25)
    assert found["Gamma Cuisine SAS"].receivables[0].ship_date == date(2025, 3, 15)
    assert round(found["Other Co"].open_amount) == 0
    said = import_report(result)
    assert ("Sheet “2025” row 3: “提单日期” 2026-03-25 is far from “出货日期” 2025-03-20 and looks "
            "mistyped: not read as the row's date.") in said
    assert "row 2: “提单日期” 2024-03-25 is far from" in said
    assert "row 4:" not in said and "row 5:" not in said
    chinese = in_chinese(lambda: import_report(result))
    assert ("工作表“2025”第 3 行：“提单日期” 2026-03-25 与“出货日期” 2025-03-20 "
            "相差太远，疑似录入错误，未作为该行日期读取。") in chinese


def test_a_bl_before_its_order_date_without_a_ship_date_is_left_out(tmp_path: Path):
    """A B/L typed before its own order date (no 出货日期 typed) is no ship date either."""
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [OWN, [
        "2025-001", "Alpha Haushalt GmbH", _d("2025-03-01"), 10000, "USD", "OA 30 days", None,
        _d("2024-03-05"), None, None], PAID]})
    (result,) = _same_import(tmp_path, [file])
    alpha = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))["Alpha Haushalt GmbH"]
    assert alpha.max_days_overdue < 400  # 2024-03-05 + 30 days: 452 days black before
    assert "“提单日期” 2024-03-05 is far from “下单日期” 2025-03-01" in import_report(result)


def test_a_january_order_shipped_months_later_keeps_its_bl(tmp_path: Path):
    """The innocent neighbour: a January tab (下单日期, 提单日期, no 出货日期) whose order ships
    in late April keeps its B/L as ship date (due 05-28); a B/L typed a year late is left out."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "提单日期"]
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"1月": [head, [
        "2025-001", "Alpha Haushalt GmbH", _d("2025-01-10"), 10000, "USD", "OA 30 days",
        _d("2025-04-28")], ["2025-002", "Beta Homeware Ltd", _d("2025-01-20"), 10000, "USD",
                            "OA 30 days", _d("2026-01-25")]]})
    (result,) = _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    alpha = found["Alpha Haushalt GmbH"]
    assert alpha.receivables[0].ship_date == date(2025, 4, 28)
    assert (round(alpha.open_amount), alpha.max_days_overdue) == (10000, 33)
    assert found["Beta Homeware Ltd"].receivables[0].ship_date != date(2026, 1, 25)
    said = import_report(result)
    assert "row 2:" not in said
    assert "row 3: “提单日期” 2026-01-25 is far from “下单日期” 2025-01-20" in said


def test_a_paper_far_from_the_rows_other_papers_does_not_date_its_order(tmp_path: Path):
    """d2: no order-date column. Alpha's B/L typed 2024-04-02 beside its invoice of 2025-03-25:
    revenue 5,000 → 15,000, 409 days black → 49 watch; Beta's 出货日期 typed 2024-03-28: its
    10,000 back in the 12 months' revenue (was 0)."""
    head = ["发票号", "客户", "发票日期", "金额", "币种", "付款方式", "出货日期", "提单日期",
            "已收金额", "收款日期"]
    rows = [["INV-1", "Alpha Haushalt GmbH", _d("2025-03-25"), 10000, "USD", "OA 30 days",
             _d("2025-03-28"), _d("2024-04-02"), None, None],
            ["INV-2", "Beta Homeware Ltd", _d("2025-03-25"), 10000, "USD", "OA 30 days",
             _d("2024-03-28"), _d("2025-04-02"), None, None],
            ["INV-3", "Alpha Haushalt GmbH", _d("2025-05-25"), 5000, "USD", "T/T",
             _d("2025-05-28"), _d("2025-06-02"), 5000, _d("2025-06-15")]]
    (result,) = _same_import(tmp_path, [write_xlsx(tmp_path / "出货明细2025.xlsx",
                                                   {"2025": [head, *rows]})])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    alpha, beta = found["Alpha Haushalt GmbH"], found["Beta Homeware Ltd"]
    assert (round(alpha.revenue_12m), round(alpha.open_amount)) == (15000, 10000)
    assert (alpha.max_days_overdue, alpha.list) == (49, "watch")
    assert (round(beta.revenue_12m), round(beta.open_amount), beta.list) == (10000, 10000, "watch")
    said = import_report(result)
    assert "row 2: “提单日期” 2024-04-02 is far from “发票日期” 2025-03-25" in said
    assert "row 3: “出货日期” 2024-03-28 is far from “发票日期” 2025-03-25" in said
    assert "row 4:" not in said


def test_a_planned_ship_date_is_no_ship_date(tmp_path: Path):
    """d3: 预计出货日期, 实际出货日期, 提单日期, no order date. Beta's delayed order (planned 04-01,
    not shipped) was skipped "no order date": now 10,000 revenue, nothing due. Gamma's open runs
    from its actual 05-05, not its plan of 05-01 (15 → 11 days); Alpha from its B/L."""
    head = ["订单号", "客户", "金额", "币种", "付款方式", "预计出货日期", "实际出货日期",
            "提单日期", "已收金额", "收款日期"]
    rows = [["2025-001", "Alpha Haushalt GmbH", 10000, "USD", "OA 30 days", _d("2025-03-10"),
             _d("2025-03-20"), _d("2025-03-22"), None, None],
            ["2025-002", "Beta Homeware Ltd", 10000, "USD", "OA 30 days", _d("2025-04-01"), None,
             None, None, None],
            ["2025-003", "Gamma Cuisine SAS", 10000, "USD", "OA 30 days", _d("2025-05-01"),
             _d("2025-05-05"), None, None, None]]
    (result,) = _same_import(tmp_path, [write_xlsx(tmp_path / "出货明细2025.xlsx",
                                                   {"2025": [head, *rows]})])
    assert not result.skipped
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    beta = found["Beta Homeware Ltd"]
    assert (round(beta.revenue_12m), round(beta.open_amount), beta.list) == (10000, 0, None)
    assert found["Gamma Cuisine SAS"].receivables[0].ship_date == date(2025, 5, 5)
    assert found["Alpha Haushalt GmbH"].receivables[0].ship_date == date(2025, 3, 22)
    said = import_report(result)
    assert ("each row's order date is the earliest of “实际出货日期”, “提单日期” typed on it, "
            "else its planned “预计出货日期” (an order not shipped yet)") in said
    chinese = in_chinese(lambda: import_report(result))
    assert "均未填时取计划的“预计出货日期”（尚未出货的订单）" in chinese
    assert "；“预计出货日期”从不作为出货日期" in chinese


def test_the_planned_column_beside_an_order_date_and_etd_as_read_before():
    """Beside 下单日期 the actual 实际出货日期 is the ship date, the plan unmapped; a plan alone,
    and ETD beside 出货日期 (dated_elsewhere: a shipment), are read as before."""
    beside = auto_map(["订单号", "客户", "下单日期", "金额", "预计出货日期", "实际出货日期",
                       "提单日期"])
    assert (beside["order_date"], beside["ship_date"], beside["bl_date"]) == (2, 5, 6)
    assert 4 not in beside.values()
    assert auto_map(["订单号", "客户", "下单日期", "金额", "预计出货日期"])["ship_date"] == 4
    assert auto_map(["订单号", "客户", "下单日期", "金额", "ETD", "出货日期"])["ship_date"] == 5
