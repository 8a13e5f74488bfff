"""imp40: results that hung on the order months are imported. Each scenario is two small files
(March's and April's), imported one at a time in every order (test_import_order36.ORDERS) and
together in both orders, the app's import and the reference import compared after every file;
the customers' figures at 06-30 counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import ORDERS, RECEIPTS, A, B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

Sheets = dict[str, list[list[object]]]
# one at a time in every order, and both files in one import, either first
ROUNDS = (*ORDERS, "A+B", "B+A")


def _rounds(tmp_path: Path, a: Sheets, b: Sheets, order: str) -> Path:
    """Files A and B imported in `order`; the database the app's import wrote."""
    folder = tmp_path / order.replace("+", "_")
    folder.mkdir()
    paths = {"A": write_xlsx(folder / A, a), "B": write_xlsx(folder / B, b)}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [
        [paths[k]] for k in order]
    results = _same_import(folder, *rounds)
    assert [r.status for r in results][:2] == ["imported"] * 2
    return folder / "fast.sqlite"


# --- 1. two customers, one order number -----------------------------------------------------

def _po(customer: str, amount: float, ordered: str = "2025-03-01", kind: str | None = None,
        note: str | None = None) -> list[object]:
    ship = None if amount < 0 else "2025-03-05"
    return [*row("PO-1", customer, ordered, amount, ship), kind, note]


# March: Mumbai Mart's PO-1 12,000 named before Metro Home's PO-1 15,000 (one number, two
# buyers: two orders), neither paid; OA 30 days from 03-05
MARCH = {"台账": [TYPED, _po("Mumbai Mart", 12_000), _po("Metro Home", 15_000)]}
APRIL = {  # what April's file says of Metro's PO-1
    "return row": {"台账": [TYPED, _po("Metro Home", -3_000, "2025-04-20", "退货", "退货3000")]},
    "sale noted": {"台账": [TYPED, _po("Metro Home", 15_000, note="退货3000")]},
    "payment": {"收款": [RECEIPTS, ["PO-1", "Metro Home", d("2025-04-10"), 3_000, "水单"]]},
}


def _accounts(db: Path) -> dict[str, tuple[float, float, float]]:
    found = by_name(at(db, d("2025-06-30")))
    return {name: (round(c.open_amount, 2), round(c.credit_on_account, 2),
                   round(c.revenue_12m, 2)) for name, c in found.items()}


@pytest.mark.parametrize("april", list(APRIL))
@pytest.mark.parametrize("order", ROUNDS)
def test_the_buyer_a_row_names_is_the_one_it_updates(tmp_path: Path, order: str, april: str):
    """April's row of PO-1 names Metro Home: it updates Metro's PO-1, never Mumbai's, whichever
    file comes first. Hand count: Mumbai 12,000 open, revenue 12,000; Metro 15,000 less 3,000
    (returned or paid): 12,000 open, revenue 12,000 (15,000 where paid). Before: April's file
    first stored PO-1 for Metro, and March's file, naming Mumbai first, gave Mumbai that
    order: Mumbai 9,000 open (Metro's return or payment taken off), Metro 15,000 open."""
    revenue = 15_000 if april == "payment" else 12_000
    assert _accounts(_rounds(tmp_path, MARCH, APRIL[april], order)) == {
        "Mumbai Mart": (12_000, 0, 12_000), "Metro Home": (12_000, 0, revenue)}


def test_a_number_given_to_another_customer_alone_still_moves(tmp_path: Path):
    """A later file writing PO-1 for another customer only (not beside the stored one) is the
    name corrected, as before: the stored order moves to it."""
    db = _rounds(tmp_path, {"台账": [TYPED, _po("Mumbai Mart", 12_000)]},
                 {"台账": [TYPED, _po("Metro Home", 12_000)]}, "AB")
    assert _accounts(db) == {"Metro Home": (12_000, 0, 12_000)}

