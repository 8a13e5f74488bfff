"""fix55h: a units row saying `units` or 万元, and an air waybill's date beside a B/L date
(rv55c s55, s55b, s56, s44).

Reader 84 took a leading "unit" off a units row's cell as a label (单位：元 is 元): `units`
under 数量 became "s", the row no units row, and its EUR or RMB under the money columns was
read as dollars. 万元 in a units row named no currency, so the row was no units row either and
10 万元 was 10 USD. A book of sea and air shipments types 提单日期 on its sea rows and 运单日期 on
its air rows: only the B/L column was read, the air orders "not shipped". Each ledger is written
with openpyxl and imported by both imports (tests.test_fast_import._same_import); accounts are
read at 2025-06-30 (the firm's rate: 0.1389 USD a yuan, 1.08 a euro).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

JUNE = date(2025, 6, 30)
HEAD = ["订单号", "客户名称", "下单日期", "数量", "订单金额", "付款方式", "出货日期", "收款",
        "收款日期"]
OTHER = "Other Co"


def _accounts(tmp_path: Path) -> dict[str, tuple[int, int, str | None, int]]:
    """Each customer's (open in USD, days overdue, list, credit on account)."""
    return {name: (round(c.open_amount), c.max_days_overdue, c.list, round(c.credit_on_account))
            for name, c in by_name(at(tmp_path / "fast.sqlite", JUNE)).items()}


def _row(number: str, buyer: str, amount: float, paid: float) -> list[object]:
    """1,000 pieces shipped 03-10 on OA 30 days (due 04-09: 82 days at 06-30), paid 04-05."""
    return [number, buyer, date(2025, 3, 1), 1000, amount, "OA 30 days", date(2025, 3, 10),
            paid, date(2025, 4, 5)]


def _other(amount: float) -> list[object]:
    return ["X9", OTHER, date(2025, 6, 1), 10, amount, "T/T", date(2025, 6, 30), amount,
            date(2025, 6, 30)]


# (the word under 数量, the currency under the money, the buyer half paid, the one paid in full,
# the first's open in USD): Berlin's 10,000 EUR paid 5,000 is 5,000 EUR, 5,400 USD; 华东五金's
# 100,000 RMB paid 95,000 is 5,000 RMB, 694 USD
UNITS_CASES = [("units", "EUR", "Berlin Haushalt GmbH", "Paris Cuisine SARL", 10_000, 5_400),
               ("units", "RMB", "华东五金有限公司", "杭州家居有限公司", 100_000, 694),
               ("unit", "RMB", "华东五金有限公司", "杭州家居有限公司", 100_000, 694),
               ("UNITS", "RMB", "华东五金有限公司", "杭州家居有限公司", 100_000, 694)]


@pytest.mark.parametrize("word, currency, half, paid, amount, open_usd", UNITS_CASES)
def test_a_units_row_saying_units_under_the_quantity_keeps_its_currency(
        tmp_path: Path, word: str, currency: str, half: str, paid: str, amount: int,
        open_usd: int) -> None:
    """units (or a lone unit) / EUR or RMB / the same, no 币种 column: the half-paid buyer's
    open in its currency, 82 days, black; the other paid. Main: `units` read as "s" (`unit` as
    ""), the row no units row, the money dollars: 5,000 USD open (watch for the yuan)."""
    units_case(tmp_path, [None, None, None, word, currency, None, None, currency, None], half,
               paid, amount, open_usd)


def units_case(tmp_path: Path, units: list[str | None], half: str, paid: str, amount: int,
               open_usd: int) -> None:
    """A units row over the half-paid buyer (10,000 EUR paid 5,000, or 100,000 RMB paid 95,000)
    and the one paid in full: the first's open in USD, 82 days, black; the other paid."""
    rows = [HEAD, units, _row("E1", half, amount, amount * 0.95 if amount > 10_000 else 5_000),
            _row("E2", paid, amount // 5, amount // 5), _other(1_000)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "客户台账2025.xlsx", {"台账": rows})])
    accounts = _accounts(tmp_path)
    assert accounts[half] == (open_usd, 82, "black", 0), accounts
    assert accounts[paid] == (0, 0, None, 0), accounts


@pytest.mark.parametrize("typed", ["units row", "header"])
def test_figures_in_wan_yuan_are_ten_thousands_of_yuan(tmp_path: Path, typed: str) -> None:
    """件 / 万元 / 万元 under the header (or 订单金额(万元), 收款(万元) typed in it): 华东五金's 10
    (100,000 RMB) paid 5 (50,000 RMB) is 50,000 RMB open, 6,945 USD, 82 days, black; 杭州家居's 2
    paid 2 is paid, no credit. Main: the units row no units row (10 USD, paid 5: 5 on account,
    0 open); typed in the header, 收款(万元) was read as nothing (13,890 open)."""
    if typed == "header":
        head = [*HEAD[:4], "订单金额(万元)", *HEAD[5:7], "收款(万元)", HEAD[8]]
        top = [head]
    else:
        top = [HEAD, [None, None, None, "件", "万元", None, None, "万元", None]]
    rows = [*top, _row("D1", "华东五金有限公司", 10, 5), _row("D2", "杭州家居有限公司", 2, 2),
            _other(1)]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "内销汇总2025.xlsx", {"内销": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["华东五金有限公司"] == (6_945, 82, "black", 0), accounts
    assert accounts["杭州家居有限公司"] == (0, 0, None, 0), accounts
    assert "“收款(万元)” gives its unit: its figures are read ×10,000" in import_report(
        results[0])


AIR_HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "运单日期",
            "提单日期", "收款", "收款日期"]


def _air(number: str, buyer: str, awb: date | None, bl: date | None) -> list[object]:
    return [number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30 days", awb, bl, None, None]


def test_an_air_waybill_column_beside_a_bl_column_ships_the_air_rows(tmp_path: Path) -> None:
    """运单日期 typed on air rows, 提单日期 on sea rows. Alpha (sea: B/L 03-20, its 运单日期 03-05
    the truck to port): due 04-19 by the B/L, 72 days; Beta (air, AWB 03-05, no B/L): due
    04-04, 87 days; both 10,000 black. The report names both columns. Main: 运单日期 unread,
    Beta not shipped, 0 open."""
    rows = [AIR_HEAD, _air("A1", "Alpha Trading LLC", date(2025, 3, 5), date(2025, 3, 20)),
            _air("A2", "Beta Imports Ltd", date(2025, 3, 5), None),
            ["A7", OTHER, date(2025, 6, 1), 1000, "USD", "T/T", date(2025, 6, 28),
             date(2025, 6, 30), 1000, date(2025, 6, 30)]]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["Alpha Trading LLC"] == (10_000, 72, "black", 0), accounts
    assert accounts["Beta Imports Ltd"] == (10_000, 87, "black", 0), accounts
    said = import_report(results[0])
    assert "ship papers read from “提单日期”, else “运单日期” where no B/L date is typed" in said
    zh = in_chinese(lambda: import_report(results[0]))
    assert "出货单据日期按“提单日期”读取，该列未填的行按“运单日期”读取" in zh, zh


def test_an_air_waybill_beside_a_ship_date_is_the_paper_and_its_typo_is_not(
        tmp_path: Path) -> None:
    """出货日期 on every row, 提单日期 on sea rows, AWB date on air rows. Beta (air): 出货 03-03,
    AWB 03-05: due 04-04 from its AWB, 87 days (main: 89, from 出货日期). Gamma (air): its AWB
    typed 2024-03-05, before its order: a typo (paper_typos), its 出货日期 03-03 stands, due
    04-02, 89 days, and the report names the row and both columns (the B/L's and the AWB's)."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期",
            "AWB date", "提单日期", "收款", "收款日期"]

    def row(number: str, buyer: str, awb: date | None, bl: date | None) -> list[object]:
        return [number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30 days",
                date(2025, 3, 3), awb, bl, None, None]

    rows = [head, row("A1", "Alpha Trading LLC", None, date(2025, 3, 20)),
            row("A2", "Beta Imports Ltd", date(2025, 3, 5), None),
            row("A3", "Gamma Cuisine SAS", date(2024, 3, 5), None),
            ["A7", OTHER, date(2025, 6, 1), 1000, "USD", "T/T", date(2025, 6, 28), None,
             date(2025, 6, 30), 1000, date(2025, 6, 30)]]
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["Alpha Trading LLC"] == (10_000, 72, "black", 0), accounts
    assert accounts["Beta Imports Ltd"] == (10_000, 87, "black", 0), accounts
    assert accounts["Gamma Cuisine SAS"] == (10_000, 89, "black", 0), accounts
    said = import_report(results[0])
    assert "row 4: “提单日期 / AWB date” 2024-03-05 is far from “出货日期” 2025-03-03" in said, said
