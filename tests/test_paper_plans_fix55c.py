"""fix55c (rv55a s07, s09): the B/L date's typo rules against a delayed sailing, long
production and monthly tabs; a planned ship date beside a B/L column, and a note saying the row
shipped.

Before (reader 81): a B/L 74 days after the 出货日期 planned at order (never updated) was called
a typo, Alpha's 10,000 counted from the plan: 108 days black, not 34 watch (s07a); a January
tab's project order with its B/L of 08-05 (7 months' production) was a typo, the debtor gone
(0 open, no list; s07b); an air shipment with no B/L beside 预计出货日期, its note saying
空运，3/20已发, was no sale due: 0 open, not 72 days black (s09).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report


def _d(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


OWN = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "提单日期",
       "已收金额", "收款日期"]


def test_a_sailing_delayed_past_its_planned_ship_date_runs_from_its_bl(tmp_path: Path):
    """s07a: 出货日期 04-15 planned at order, B/L 06-28, OA 30: due 07-28, 34 days watch at
    08-31 (was 108 black from 04-15); the B/L is named as no typo."""
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [OWN, [
        "2025-001", "Alpha Haushalt GmbH", _d("2025-03-01"), 10000, "USD", "OA 30 days",
        _d("2025-04-15"), _d("2025-06-28"), None, None], [
        "2025-002", "Other Co", _d("2025-08-01"), 1000, "USD", "T/T", _d("2025-08-10"),
        _d("2025-08-12"), 1000, _d("2025-08-31")]]})
    (result,) = _same_import(tmp_path, [file])
    alpha = by_name(at(tmp_path / "fast.sqlite", date(2025, 8, 31)))["Alpha Haushalt GmbH"]
    assert alpha.receivables[0].ship_date == date(2025, 6, 28)
    assert (round(alpha.open_amount), alpha.max_days_overdue, alpha.list) == (10000, 34, "watch")
    assert "looks mistyped" not in import_report(result)


def test_a_monthly_tab_is_no_bound_on_a_projects_bl(tmp_path: Path):
    """s07b: tab 1月 (下单日期, 提单日期), ordered 01-10, B/L 2025-08-05, OA 60: due 10-04, 57 days
    watch at 11-30 (was called a typo: 0 open, no list)."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "提单日期",
            "已收金额", "收款日期"]
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {
        "1月": [head, ["2025-001", "Alpha Haushalt GmbH", _d("2025-01-10"), 10000, "USD",
                       "OA 60 days", _d("2025-08-05"), None, None],
                ["2025-002", "Other Co", _d("2025-01-20"), 1000, "USD", "T/T", _d("2025-01-25"),
                 1000, _d("2025-01-26")]],
        "11月": [head, ["2025-101", "Other Co", _d("2025-11-01"), 1000, "USD", "T/T",
                        _d("2025-11-10"), 1000, _d("2025-11-30")]]})
    (result,) = _same_import(tmp_path, [file])
    alpha = by_name(at(tmp_path / "fast.sqlite", date(2025, 11, 30)))["Alpha Haushalt GmbH"]
    assert (round(alpha.open_amount), alpha.max_days_overdue, alpha.list) == (10000, 57, "watch")
    assert "looks mistyped" not in import_report(result)


def test_a_note_saying_it_shipped_ships_a_row_without_its_bl(tmp_path: Path):
    """s09: 下单日期 | 预计出货日期 | 提单日期, the B/L typed for sea freight only. Alpha's air
    shipment noted 空运，3/20已发 (OA 30, due 04-19): 72 days black at 06-30, was 0 open, no
    list; Gamma's 已出货 without a day ships on its plan (04-01: 60 days, watch); Delta
    noted 延迟 and Echo noted 待发 stay unshipped (0 open); Beta runs from its B/L."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "预计出货日期",
            "提单日期", "已收金额", "收款日期", "备注"]

    def sale(no: str, name: str, plan: str, bl: str | None, note: str) -> list[object]:
        return [no, name, _d("2025-03-01"), 10000, "USD", "OA 30 days", _d(plan), _d(bl), None,
                None, note]

    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [head,
        sale("2025-001", "Alpha Haushalt GmbH", "2025-03-15", None, "空运，3/20已发"),
        sale("2025-002", "Beta Homeware Ltd", "2025-03-20", "2025-03-22", "海运"),
        sale("2025-003", "Gamma Cuisine SAS", "2025-04-01", None, "已出货"),
        sale("2025-004", "Delta Casa SL", "2025-04-01", None, "延迟，原定4/1已发"),
        sale("2025-005", "Echo Trade SRL", "2025-04-01", None, "待发"),
        ["2025-006", "Other Co", _d("2025-06-01"), 1000, "USD", "T/T", _d("2025-06-10"),
         _d("2025-06-12"), 1000, _d("2025-06-30"), None]]})
    (result,) = _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    got = {name: (round(c.open_amount), c.max_days_overdue, c.list) for name, c in found.items()}
    assert got["Alpha Haushalt GmbH"] == (10000, 72, "black")
    assert found["Alpha Haushalt GmbH"].receivables[0].ship_date == date(2025, 3, 20)
    assert got["Beta Homeware Ltd"] == (10000, 70, "black")
    assert got["Gamma Cuisine SAS"] == (10000, 60, "watch")
    assert got["Delta Casa SL"][0] == got["Echo Trade SRL"][0] == 0
    said = "Sheet “2025”: due dates from “提单日期” where typed; a row without it has shipped "
    assert said + ("only where its note says so, on the day the note names, else its planned "
                   "“预计出货日期”; other rows are not shipped yet.") in import_report(result)
    assert ("工作表“2025”：到期日按“提单日期”计算；该列未填的行，只有备注写明已发货才算已出货"
            in in_chinese(lambda: import_report(result)))
