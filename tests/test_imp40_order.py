"""imp40: results that hung on the order months are imported. Each scenario is two small files
(March's and April's), imported one at a time in every order (test_import_order36.ORDERS) and
together in both orders, the app's import and the reference import compared after every file;
the customers' figures at 06-30 counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import ORDERS, RECEIPTS, A, B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger.report import import_report

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


# --- 2. a received total re-dated without a note -------------------------------------------

def _received(on: str, note: str | None = None) -> Sheets:
    """MT-1 15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04): 4,500 received by `on`."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05",
                                 4_500, on), None, note]]}


def _late(db: Path) -> tuple[float, list[tuple[str, float, int]], str | None]:
    who = by_name(at(db, d("2025-06-30")))["Mumbai Mart"]
    return (round(who.open_amount, 2),
            [(r.order_no, round(r.open, 2), r.days_overdue) for r in who.receivables],
            min(str(r.paid_on) for r in who.receivables))


@pytest.mark.parametrize("note", [None, "未开票", "余款未收"])
@pytest.mark.parametrize("order", ROUNDS)
def test_the_same_total_re_dated_keeps_its_first_day(tmp_path: Path, order: str, note):
    """March's book: MT-1's 4,500 deposit received 03-10. April's book re-sends it, the same
    4,500 dated 04-15, noted `note`: the total did not grow, no money came on 04-15. Hand
    count: 10,500 open; the latest receipt, the day overdue days are counted to, is 03-10,
    before MT-1 falls due (04-04): 0 days past due, in every order. Before, without a note or
    noted 未开票: March first took 04-15 (11 days past due), April first 03-10 (0)."""
    db = _rounds(tmp_path, _received("2025-03-10"), _received("2025-04-15", note), order)
    assert _late(db) == (10_500, [("MT-1", 10_500, 0)], "2025-03-10")


@pytest.mark.parametrize("name", ["台账 2025-03 修订.xlsx", "台账 2025-03 更新版.xlsx",
                                  "台账 2025-03 corrected.xlsx"])
@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_revision_s_day_is_the_correction(tmp_path: Path, order: str, name: str):
    """March's book said 4,500 received 03-10; its revision (`name`; a later copy's name
    alone is none: tests/test_fix40d_days.py) says the
    same 4,500 came 04-15: the clerk corrected the day. Hand count: 10,500 open, 11 days past
    due (due 04-04, paid to 04-15), whichever is imported first. Before: the original
    imported after it put 03-10 back (0 days)."""
    folder = tmp_path / order
    folder.mkdir()
    paths = {"A": write_xlsx(folder / A, _received("2025-03-10")),
             "B": write_xlsx(folder / name, _received("2025-04-15"))}
    _same_import(folder, *[[paths[k]] for k in order])
    assert _late(folder / "fast.sqlite") == (10_500, [("MT-1", 10_500, 11)], "2025-04-15")


def test_the_day_kept_is_said(tmp_path: Path):
    """March first, then April's 4,500 re-dated 04-15: the report names MT-1, its stored
    4,500 of 03-10 and the day kept out, in English and Chinese."""
    results = _same_import(tmp_path, [write_xlsx(tmp_path / A, _received("2025-03-10"))],
                           [write_xlsx(tmp_path / B, _received("2025-04-15"))])
    rows = "MT-1 (“台账” row 2: 4,500.00 2025-03-10 / 2025-04-15)"
    assert ("1 order line's received total in this file is the one already stored, dated "
            "later") in import_report(results[1]) and rows in import_report(results[1])
    chinese = in_chinese(lambda: import_report(results[1]))
    assert "本文件中有 1 条订单明细的已收金额与已导入的相同、但日期更晚" in chinese
    assert "MT-1（“台账”第 2 行：4,500.00 2025-03-10 / 2025-04-15）" in chinese
