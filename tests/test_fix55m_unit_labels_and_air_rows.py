"""fix55m: a units row's label without its colon, and an air date beside a sea row's
(rv55e s65, s65b, s65c, s66).

Reader 84 took "Unit" off a units row's cell only with its colon: "Unit EUR", "Unit (EUR)",
"Unit RMB" were no currency, the row no units row (skipped as a row without its customer) and
the money read as dollars. 千克 under 数量 was no unit either. An air waybill's date stood for
any row's missing B/L: the DHL date of a sea order's originals (寄单) became its ship date, a
sample couriered for an unshipped order shipped it; and a placeholder in 提单日期 ("/", "无")
hid an air row's date. Each ledger is written with openpyxl and imported by both imports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix55h_units_and_air_papers import OTHER, _accounts, units_case

# (the word under 数量, the label under the money, the buyer half paid, the one paid in full,
# the first's amount, its open in USD): Berlin's 10,000 EUR paid 5,000 is 5,400 USD; 华东五金's
# 100,000 RMB paid 95,000 is 5,000 RMB, 694 USD
BERLIN = ("Berlin Haushalt GmbH", "Paris Cuisine SARL", 10_000, 5_400)
HUADONG = ("华东五金有限公司", "杭州家居有限公司", 100_000, 694)
LABEL_CASES = [(word, label, *buyers) for word, label, buyers in (
    ("pcs", "Unit EUR", BERLIN), ("pcs", "UNIT EUR", BERLIN), ("pcs", "Unit (EUR)", BERLIN),
    ("PCS", "Unit RMB", HUADONG), ("千克", "元", HUADONG), ("公斤", "RMB", HUADONG))]


@pytest.mark.parametrize("word, label, half, paid, amount, open_usd", LABEL_CASES)
def test_a_units_label_without_its_colon_keeps_the_currency(
        tmp_path: Path, word: str, label: str, half: str, paid: str, amount: int,
        open_usd: int) -> None:
    """pcs / Unit EUR / Unit EUR under the header, no 币种 column: Berlin's half open in euros
    (5,400 USD), 82 days, black; Paris paid. Main: the row no units row, 5,000 USD (华东五金's
    5,000 RMB shown 5,000 USD, watch)."""
    units_case(tmp_path, [None, None, None, word, label, None, None, label, None], half, paid,
               amount, open_usd)


AIR_HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期",
            "提单日期", "运单日期", "收款", "收款日期"]
ALPHA = ["A1", "Alpha Trading LLC", date(2025, 2, 20), 10_000, "USD", "OA 30 days",
         date(2025, 3, 18), date(2025, 3, 20), None, None, None]  # sea, B/L 03-20: 72 days
OTHER_AIR = ["A9", OTHER, date(2025, 6, 1), 1000, "USD", "T/T", date(2025, 6, 28),
             date(2025, 6, 30), None, 1000, date(2025, 6, 30)]


def _air_book(tmp_path: Path, row: list[object], head: list[str] = AIR_HEAD
              ) -> dict[str, tuple[int, int, str | None, int]]:
    rows = [head, ALPHA, row, OTHER_AIR]
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["Alpha Trading LLC"] == (10_000, 72, "black", 0), accounts
    return accounts


def test_the_courier_date_of_a_sea_rows_papers_is_no_ship_date(tmp_path: Path) -> None:
    """Beta shipped 03-01 (出货日期), B/L blank, OA 60, 运单日期 03-20 the DHL of its originals:
    due 04-30 from 出货日期, 61 days, black. Main: from 03-20, 42 days, watch."""
    beta = ["A2", "Beta Imports Ltd", date(2025, 2, 20), 10_000, "USD", "OA 60 days",
            date(2025, 3, 1), None, date(2025, 3, 20), None, None]
    assert _air_book(tmp_path, beta)["Beta Imports Ltd"] == (10_000, 61, "black", 0)


def test_a_sample_couriered_for_an_unshipped_order_ships_nothing(tmp_path: Path) -> None:
    """Gamma: 出货 and B/L blank, 运单日期 04-20 (a pre-production sample by DHL): not shipped,
    0 open. Main: shipped 04-20, 10,000 open, 41 days, watch."""
    gamma = ["A3", "Gamma Cuisine SAS", date(2025, 2, 20), 10_000, "USD", "OA 30 days", None,
             None, date(2025, 4, 20), None, None]
    assert _air_book(tmp_path, gamma).get("Gamma Cuisine SAS", (0, 0, None, 0)) == (
        0, 0, None, 0)


@pytest.mark.parametrize("mark", ["/", "无", "N/A", "—"])
def test_a_placeholder_bl_leaves_the_air_date(tmp_path: Path, mark: str) -> None:
    """Beta's air row: 出货 blank, 提单日期 "/" (the clerk's n/a), 运单日期 03-05, OA 30: due
    04-04, 87 days, black. Main: the "/" taken for a typed B/L, not shipped, 0 open."""
    beta = ["A2", "Beta Imports Ltd", date(2025, 2, 20), 10_000, "USD", "OA 30 days", None,
            mark, date(2025, 3, 5), None, None]
    assert _air_book(tmp_path, beta)["Beta Imports Ltd"] == (10_000, 87, "black", 0)


def test_a_row_saying_air_ships_by_its_waybill(tmp_path: Path) -> None:
    """A 运输方式 column: Beta's row says 空运, shipped 03-01 from the factory, AWB 03-12
    (the flight): due 04-11, 80 days, black; Delta's says 海运, its 运单日期 03-20 the courier
    of its papers: from 出货日期 03-01, OA 60, 61 days."""
    head = [*AIR_HEAD[:6], "运输方式", *AIR_HEAD[6:]]

    def row(number: str, buyer: str, mode: str, terms: str, awb: date) -> list[object]:
        return [number, buyer, date(2025, 2, 20), 10_000, "USD", terms, mode,
                date(2025, 3, 1), None, awb, None, None]

    rows = [head, [*ALPHA[:6], "海运", *ALPHA[6:]],
            row("A2", "Beta Imports Ltd", "空运", "OA 30 days", date(2025, 3, 12)),
            row("A4", "Delta Home BV", "海运", "OA 60 days", date(2025, 3, 20)),
            [*OTHER_AIR[:6], "海运", *OTHER_AIR[6:]]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["Alpha Trading LLC"] == (10_000, 72, "black", 0), accounts
    assert accounts["Beta Imports Ltd"] == (10_000, 80, "black", 0), accounts
    assert accounts["Delta Home BV"] == (10_000, 61, "black", 0), accounts
