"""fix59n (fix59m's x5 m5, m5b): money a row's note moves in from another order is taken off
that order.

A Foshan lighting exporter's clerk keeps a tab a month. March cancels PO-R1 (10,000, OA 30);
April ships PO-R2 (10,000, 04-01) and books its 10,000 on 04-20; May's PO-R1 row takes that
money over (PO-R2的款转入本单，恢复出货, or 货款由PO-R2转来) with 10,000 received on 05-10.
fix59c brought PO-R1 back, paid by it, but left PO-R2 paid too: 0 open where the buyer owes
PO-R2's 10,000, due 05-01, 60 days late at 06-30. The money moved is read as taking PO-R2's
money back (core.analysis.refunds.moved_in), whichever file is imported first; money moved
the other way (PO-R1取消，款转PO-R2) stays as fix59c reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fix57d_deduction_later_file import _said, _state
from test_fix59c_repaid_and_moved_money import CANCELLED_HEAD, _buyers, _imported

d = date.fromisoformat
RIO, LIMA, CALI = "Rio Luces Ltda", "Lima Luz SAC", "Cali Lamparas SAS"
OTHER = ["PO-999", "Other Co", d("2025-06-01"), "灯", 10, 100, 1000, "USD", "T/T",
         d("2025-06-10"), d("2025-06-10"), 1000, d("2025-06-30"), None]


def _r(no: str, note: str | None, paid: float | None = None, on: str | None = None,
       ship: str = "2025-02-25", buyer: str = RIO) -> list[object]:
    return [no, buyer, d("2025-02-10"), "LED灯", 1000, 10, 10000, "USD", "OA 30天", d(ship),
            d(ship), paid, d(on) if on else None, note]


def _r2(paid: float | None, no: str = "PO-R2", buyer: str = RIO) -> list[object]:
    return _r(no, None, paid, "2025-04-20" if paid else None, "2025-04-01", buyer)


def _seen(tmp_path: Path, buyer: str = RIO) -> tuple[object, ...]:
    found = _buyers(tmp_path)[buyer]
    return (*_state(found), round(found.credit_on_account), round(found.revenue_12m))


@pytest.mark.parametrize("note", ["PO-R2的款转入本单，恢复出货", "货款由PO-R2转来",
                                  "从PO-R2转过来的货款"])
def test_money_moved_in_from_a_paid_order_leaves_it_owed(tmp_path: Path, note: str):
    """One book: Rio's PO-R2 10,000 open, 60 days, watch at 06-30, nothing on account, both
    sold (before: 0 open, the buyer's one 10,000 paying both orders). Near misses beside it,
    read as before: Lima's PO-L2 with no money in the book (the moved money is the buyer's,
    paying PO-L1: PO-L2 10,000 open, 60 days); Cali's PO-C1取消，款转PO-C2 (fix59c: the money
    pays PO-C2, PO-C1 stays cancelled). The import report names the rows whose money moved in
    and says it is taken off the order the note names (before: read as paid by the buyer)."""
    lima, cali = note.replace("PO-R2", "PO-L2"), "PO-C1取消，款转PO-C2"
    sheets = {"3月": [CANCELLED_HEAD, _r("PO-R1", "已取消"), _r("PO-L1", "已取消", buyer=LIMA),
                     _r("PO-C1", "已取消", buyer=CALI)],
              "4月": [CANCELLED_HEAD, _r2(10000), _r2(None, "PO-L2", LIMA),
                     _r2(None, "PO-C2", CALI)],
              "5月": [CANCELLED_HEAD, _r("PO-R1", note, 10000, "2025-05-10"),
                     _r("PO-L1", lima, 10000, "2025-05-10", buyer=LIMA),
                     _r("PO-C1", cali, 10000, "2025-05-10", buyer=CALI)],
              "6月": [CANCELLED_HEAD, OTHER]}
    results = _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    assert _seen(tmp_path) == (10000, 60, "watch", 0, 20000)
    [said] = _said(results, "cancelled_moved_in_back")
    assert "2 rows" in said and "PO-R1 (“5月” row 2)" in said and "PO-L1" in said, said
    assert "PO-C1" not in said and "taken off the orders the notes name" in said
    assert _seen(tmp_path, LIMA) == (10000, 60, "watch", 0, 20000)
    assert _seen(tmp_path, CALI) == (0, 0, None, 0, 10000)


def test_money_moved_in_across_files(tmp_path: Path):
    """March-April's file, then May's: PO-R2 10,000 open, 60 days (before: 0 open). (May's
    file first: tests/test_fix60e_moved_in_amount_day_buyer.py.)"""
    books = tmp_path / "books"
    early = write_xlsx(books / "台账-3-4月.xlsx", {
        "3月": [CANCELLED_HEAD, _r("PO-R1", "已取消")], "4月": [CANCELLED_HEAD, _r2(10000)]})
    may = write_xlsx(books / "台账-5月.xlsx", {
        "5月": [CANCELLED_HEAD, _r("PO-R1", "PO-R2的款转入本单，恢复出货", 10000, "2025-05-10")],
        "6月": [CANCELLED_HEAD, OTHER]})
    _imported(tmp_path, [early], [may])
    assert _seen(tmp_path) == (10000, 60, "watch", 0, 20000)
