"""rv60e's three cases still wrong in the match of a wire by its sum (fix61a, snapshots-47).
A buyer with an old invoice 5,000 (ordered 03-01, due 04-07: 84 days late at 06-30) and a new
one 6,000 wires on 06-25.

- 上月货款 ("last month's goods money") is no earlier debt where the invoice its sum fits
  shipped the month before the wire: 5,975 on 06-25 for May's 6,000 less 25 paid the old 5,000
  instead, 5,025 open 23 days, watch, where the buyer owed the old one 84 days, black (rv60e
  U7). Fitting an invoice shipped two months back, or this month, it still pays the oldest.
- A bank charge the note names (扣手续费25, 手续费25元, bank charge 25) makes the wire its
  invoice's sum: that invoice's, as 5,975 "less 25" is, on the register or on the invoice's
  own row; read as an exact sum, it paid the oldest (rv60e D4).
- A lump on an invoice's row that is its own and another invoice's sum (less a charge) pays
  those two: 9,975 for 6,000 and 4,000 on the 6,000's row paid the late 5,000 first, no list
  (rv60e R1). A lump for the oldest and its own on the oldest's row still pays both (R1b).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, imported, open_invoices
from ledgers import write_xlsx
from test_lead60g_rv60d import HEAD, NEW, OLD, REG, _sale, _seen, _wire

LATE_OLD = (5000, 84, "black", {"X-1": 5000})
MAY, APRIL = date(2025, 5, 1), date(2025, 4, 1)


REGISTER = [(MAY, "上月货款"), (MAY, "上个月货款"), (MAY, "付上月货款"), (NEW, "扣手续费25"),
            (NEW, "手续费25元"), (NEW, "bank charge 25")]


@pytest.mark.parametrize(("ordered", "note"), REGISTER)
def test_a_register_wire_so_noted_pays_the_invoice_it_fits(tmp_path: Path, ordered: date,
                                                           note: str) -> None:
    """Last month's goods, May's invoice's sum less 25 (U7); a wire and its noted charge of
    an invoice's sum (D4)."""
    old, new = _sale("X-1", OLD, 5000), _sale("X-2", ordered, 6000)
    assert _seen(tmp_path, old, new, _wire(note)) == LATE_OLD


def test_last_months_goods_money_on_its_own_row_pays_it(tmp_path: Path) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", MAY, 6000, 5975, "上月货款"),
                 []) == LATE_OLD


@pytest.mark.parametrize("ordered", [APRIL, NEW])
def test_last_months_money_fitting_another_months_invoice_pays_the_oldest(
        tmp_path: Path, ordered: date) -> None:
    """Shipped in April (two months back) or in June (NEW: ordered 05-25, shipped 06-01)."""
    found = _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", ordered, 6000),
                  _wire("上月货款"))
    assert found[3] == {"X-2": 5025}


@pytest.mark.parametrize("note", ["扣手续费25", "bank charge 25"])
def test_its_sum_and_a_noted_charge_on_an_invoices_own_row_pay_it(tmp_path: Path,
                                                                  note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000, 5975, note),
                 []) == LATE_OLD


def test_a_noted_charge_making_no_invoices_sum_pays_the_oldest(tmp_path: Path) -> None:
    """5,800 and its 25: 5,825, no invoice's sum nor one less a charge."""
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire("扣手续费25", 5800)) == (5175, 0, None, {"X-2": 5175})


def _three(tmp_path: Path, rows: list[list[object]]) -> tuple[object, ...]:
    """As test_lead60g_rv60d._seen, with the buyer's rows given (another buyer paid 06-30)."""
    other = ["INV-999", "Other Co", date(2025, 6, 20), "x", 1000, "USD", "T/T",
             date(2025, 6, 27), 1000, date(2025, 6, 30), None, None]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEAD, *rows, other], "收款登记": [REG]})
    c = customers(imported(tmp_path / "firm.sqlite", book), date(2025, 6, 30))["by_name"][
        "Xian Home Ltd"]
    return (round(c["open_amount"] or 0), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None,
            {k: round(v) for k, v in sorted(open_invoices(c).items())})


def test_a_lump_on_a_row_for_it_and_the_next_pays_those_two(tmp_path: Path) -> None:
    assert _three(tmp_path, [_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000, 9975),
                             _sale("X-3", NEW, 4000)]) == LATE_OLD


def test_a_lump_for_the_oldest_and_the_next_on_the_oldests_row_pays_both(
        tmp_path: Path) -> None:
    assert _three(tmp_path, [_sale("X-1", OLD, 5000, 10975), _sale("X-2", NEW, 6000)]) == (
        0, 0, None, {})


def test_a_lump_fitting_no_two_invoices_pays_the_oldest(tmp_path: Path) -> None:
    """9,500 on X-2's row: no sum of X-2's and another's, less a charge."""
    assert _three(tmp_path, [_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000, 9500),
                             _sale("X-3", NEW, 4000)]) == (5500, 0, None,
                                                           {"X-2": 1500, "X-3": 4000})
