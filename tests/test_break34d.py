"""break34d: the recv34 rules under attack. A second shipment of a product on a later tab is a
line of its own; a month's receipt (本月收款) counted already named once per order; the
"counted already" path without a 本月收款 header keeps its file too; a supplement's file name
read with care. Each test gives the files, the hand count and what the user saw before.

Defaults: OA 30 (due 30 days after shipment); days overdue run to the latest receipt the ledger
records up to the as-of date (a payer's, on the days checked). Every file is imported by the
app's import and the reference import, which must agree (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import test_received_steps_recv32 as deposits
from ledgers import write_xlsx
from test_break33b import DAYS
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

from core.ledger.report import import_report

SOFA = "Sofa Co"
HEADER = [*deposits.HEADER, "产品", "数量"]


def lot(no: str, amount: float, ship: str, quantity: int | None, product: str = "sofa",
        received: float | None = None, on: str | None = None) -> list[object]:
    """One shipment of an order of 02-01 on OA 30: its amount, ship date and quantity."""
    return [*deposits.row(no, SOFA, "2025-02-01", amount, ship, received, on), product,
            quantity]


def _workbook(tmp_path: Path, tabs: dict[str, list[list[object]]]) -> str:
    """The workbook imported by both paths (a payer on the last tab): its report."""
    sheets = {name: [HEADER, *rows] for name, rows in tabs.items()}
    sheets[list(sheets)[-1]].extend([*row, None, None] for row in deposits.payer(*DAYS))
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", sheets)])
    assert result.status == "imported"
    return import_report(result)


def _open(tmp_path: Path, day: str = "2025-06-30") -> list[tuple[float, int]]:
    """Sofa Co's open receivables at `day`: (open, days past due), by due date."""
    customer = by_name(at(tmp_path / "fast.sqlite", d(day)))[SOFA]
    return sorted(((round(r.open, 2), r.days_overdue) for r in customer.receivables
                   if r.open), key=lambda r: -r[1])


# --- 1. a second shipment of the same product on a later tab is a line of its own --------

def test_a_second_lot_of_a_product_on_next_month_s_tab_is_a_second_sale(tmp_path: Path
                                                                         ) -> None:
    """S-1: 60 sofas, 6,000, shipped 03-01 on the 3月 tab; 40 more, 4,000, shipped 04-01 on
    the 4月 tab (a tab a month, each listing its month's shipments). Nothing received: at
    06-30 10,000 open, 6,000 due 03-31 (91 days) and 4,000 due 05-01 (60 days). Before: the
    4月 row was read as the 3月 line shown again with its balance left: one 6,000 line
    shipped 04-01, 2,000 "received", 4,000 open: 6,000 of sales lost."""
    _workbook(tmp_path, {"3月": [lot("S-1", 6_000, "2025-03-01", 60)],
                         "4月": [lot("S-1", 4_000, "2025-04-01", 40)]})
    assert _open(tmp_path) == [(6_000, 91), (4_000, 60)]


def ordered(no: str, amount: float, ship: str | None, quantity: int | None,
            received: float | None = None, on: str | None = None) -> list[object]:
    """One shipment of a sofa order of 03-01 on OA 30 (a 3月 tab's own row, not carried)."""
    return [*deposits.row(no, SOFA, "2025-03-01", amount, ship, received, on), "sofa",
            quantity]


def test_a_second_lot_is_no_balance_left(tmp_path: Path) -> None:
    """S-1 ordered 03-01: 60 sofas, 6,000, shipped 03-10 on the 3月 tab; 40 more, 4,000,
    shipped 04-10 on the 4月 tab. Nothing received: at 06-30 6,000 due 04-09 (82 days) and
    4,000 due 05-10 (51 days), 10,000 open. Before: the 4月 row was the 3月 line's balance
    left: 2,000 "received", one 6,000 line shipped 04-10, 4,000 open."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 4_000, "2025-04-10", 40)]})
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


def test_a_bigger_second_lot_is_no_correction(tmp_path: Path) -> None:
    """The second lot is the bigger: 4,000 shipped 03-10 on 3月, 6,000 shipped 04-10 on 4月:
    10,000 open. Before: read as the line corrected up, one 6,000 line shipped 04-10."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 4_000, "2025-03-10", 40)],
                         "4月": [ordered("S-1", 6_000, "2025-04-10", 60)]})
    assert _open(tmp_path) == [(4_000, 82), (6_000, 51)]


def test_a_second_lot_not_shipped_yet_is_no_balance_left(tmp_path: Path) -> None:
    """40 more sofas, 4,000, on the 4月 tab, its ship date 未出货 (another quantity): a lot not
    shipped, owed nothing yet; the first lot's 6,000 open whole. Before: 2,000 "received" on
    the first lot, 4,000 open."""
    later = ordered("S-1", 4_000, None, 40)
    later[HEADER.index("出货日期")] = "未出货"
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)], "4月": [later]})
    assert _open(tmp_path) == [(6_000, 82)]


def test_the_first_lot_shown_again_below_the_second(tmp_path: Path) -> None:
    """The 4月 tab lists the new lot (4,000 shipped 04-10) above the first lot shown again
    with 1,000 received on 04-15: two lines, the first 5,000 open, the second 4,000."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 4_000, "2025-04-10", 40),
                                 ordered("S-1", 6_000, "2025-03-10", 60, 1_000, "2025-04-15")]})
    assert _open(tmp_path) == [(5_000, 82), (4_000, 51)]


def test_a_balance_left_is_still_the_line(tmp_path: Path) -> None:
    """Guard: the 4月 tab shows the line with its balance, 4,000, the same 60 sofas shipped
    03-10 (or the ship date and quantity left blank): 2,000 received, 4,000 open, one line."""
    for tab in ([ordered("S-1", 4_000, "2025-03-10", 60)], [ordered("S-1", 4_000, None, None)]):
        _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)], "4月": tab})
        assert _open(tmp_path) == [(4_000, 82)]
        for db in tmp_path.glob("*.sqlite"):
            db.unlink()


def test_a_ship_date_corrected_with_its_amount_kept_is_the_line(tmp_path: Path) -> None:
    """Guard: the 4月 tab shows the line with the same 6,000 and another ship date (03-12, the
    day it left): the line's ship date corrected, one 6,000 line, due 04-11."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 6_000, "2025-03-12", 60)]})
    assert _open(tmp_path) == [(6_000, 80)]
