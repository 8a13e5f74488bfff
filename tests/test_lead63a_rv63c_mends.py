"""lead63a (rv63c on fix63e, fix63b): the buyer's own factory, warehouse or talks, a deduction
beside talks of another thing, and a sheet of typed payment rows read as they were meant.

The ledgers of test_fix63e_buyer_grant_lot_debt: a balance note on the 尾款70% row (7,000
received 04-20) of a 10,000 order due 04-19 whose 3,000 deposit came — nothing open, or 2,000
(the goods' money short) or 7,000 (the whole balance, his plan) 72 days late at 06-30, black;
a sale row FS-1 of 10,000 paid 9,500 on 04-15 whose note names a 500 claim — taken, nothing
open; not taken, 500 owed 71 days, black.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct52d_noted_deductions import NORDHAUS, _customer, _months
from test_deduction_words_fix52m import JUNE, _short
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late

from core.ledger import order_payments
from core.ledger.order_payments import OrderPayments

# 老外协商 / 协调 (talks), the buyer's own factory or warehouse: his giving, the 2,000 short or his
# plan of the whole (fix63e: paid, rv63c s1, s8)
_HIS_SHORT = ["少发2000的货，老外协商后下周给", "少发2000的货，老外协调后下周给",
              "少发2000的货，客户在厂里说下周给", "少发2000的货，客户说他们厂下周给",
              "少发2000的货，客户厂里下周给"]
_HIS_WHOLE = ["客户说仓库收货后下周给", "客户说给工厂的款下周付"]
# ... the subcontract factory (外协厂), a maker (厂家), a supplier still give the goods short
_NOT_HIS = ["少发2000的货，老外协厂下周给", "少发2000的货，厂家下周给",
            "少发2000的货，供应商下周给", "少发2000的货，工厂下周给"]


def test_the_buyers_talks_factory_and_warehouse_are_his(tmp_path: Path) -> None:
    """2,000 or 7,000 owed, 72 days, black; a supplier's giving: nothing open."""
    got = _balances(tmp_path, _HIS_SHORT + _HIS_WHOLE + _NOT_HIS)
    assert got == {**dict.fromkeys(_HIS_SHORT, _late(2_000)),
                   **dict.fromkeys(_HIS_WHOLE, _late(7_000)), **dict.fromkeys(_NOT_HIS, PAID)}


@pytest.mark.parametrize(("note", "owed"), [
    ("扣索赔500，新订单还在谈", 0), ("扣索赔500，另一个订单在谈", 0),
    ("客户扣索赔500，下批价格在商量", 0), ("扣索赔500，客户在考虑中追加订单", 0),
    ("扣索赔500，客户已扣，新单审批中", 0), ("客户扣索赔500，还在谈", 500),
    ("扣索赔500，索赔在商量", 500)])
def test_talks_of_another_thing_leave_a_deduction_taken(tmp_path: Path, note: str,
                                                        owed: int) -> None:
    """Talks of a new order, a lot's price or an addition: the claim taken, nothing open (fix63e:
    500 owed, 71 days, black); the claim itself talked over: 500 owed, 71 days, black."""
    _months(tmp_path, _short(note), 6)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.open_amount), nordhaus.max_days_overdue, nordhaus.list) == (
        (owed, 71, "black") if owed else (0, 0, None))


def test_a_sheets_orders_are_found_by_number_once_each() -> None:
    """named() finds the one order writing a number (None where two do or none), from an index
    kept as orders come: a scan per typed payment row made a 10k ledger of them 13 → 46 s."""
    book = OrderPayments()
    for n in range(3):
        book.order(object(), "k", f"PO-{n}", None, None)
    book.order(object(), "k2", "PO-1", None, None)  # PO-1 written by two orders
    book.order(None, None, "PO-9", None, None)  # no first row: not an order of the sheet
    assert book.named("PO-0") is book.orders[0]
    assert book.named(" po-2 ") is book.orders[2]
    assert book.named("PO-1") is None and book.named("PO-9") is None
    assert book.named("") is None


def test_finding_an_order_by_number_folds_each_number_once(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Each order's number folded once as it comes, each asked number once: a scan of the
    sheet's orders per typed row folded 69 M numbers for a 10k ledger of them (rv63c s6)."""
    folded: list[object] = []
    real = order_payments.number_key
    monkeypatch.setattr(order_payments, "number_key",
                        lambda number: folded.append(number) or real(number))
    book = OrderPayments()
    for n in range(200):
        book.order(object(), n, f"PO-{n}", None, None)
    for n in range(200):
        assert book.named(f"PO-{n}") is book.orders[n]
    assert len(folded) <= 400  # 200 orders + 200 asks; a scan per ask would fold 40,000
