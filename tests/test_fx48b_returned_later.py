"""fx48b: a payment read in its 收款币种 is weighed against what its order owed when it came.

Ningbo Supply's DN-3 (the firm's currency USD, the table's 7.2 CNY/USD): April's 台账 sells 100
× 700 = 70,000 人民币; June's 收款 list (合同号 客户 收款日期 收款金额 收款币种) pays DN-3 in USD.
fx47r weighed such a line again after every import against what its order then owed, returns
and corrections included: July's return of 7,000 人民币 on DN-3, paid in full by 9,723 USD,
made the June row "pay more than owed" and put it back in 人民币: 7,400 USD open, black, where
the buyer is owed ≈ 972 USD. Now a return or credit note dated after the payment is left out
of what the order owed when the money came (whether it settles the order is still weighed
against what it owes now, returns and all). A lowered or raised price is weighed as before
(fx48's stored sales were taken back: rv48f, five ledgers worse than main). Each test writes
the files with openpyxl and imports them, in the order given, by the app's import and the
reference one (test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fx47r_received_currency import NINGBO, SALE_HEADER, _april, _june_list, _payment, _results
from test_lists_audit28 import at

from core.ledger.reader_version import READER_VERSION

AS_OF = date(2025, 7, 31)
Sheets = dict[str, list[list[object]]]
File = tuple[str, Sheets]
APRIL = ("台账 2025-04.xlsx", _april())


def _june(amount: float, paid_in: str = "USD") -> File:
    return ("收款 2025-06.xlsx", _june_list(paid_in, amount=amount))


def _july(*rows: list[object]) -> File:
    return ("台账 2025-07.xlsx", {"7月": [[*SALE_HEADER, "备注"], *rows]})


def _return(amount: float = -7_000, status: str | None = None) -> list[object]:
    """July's row of DN-3: goods worth `amount` 人民币 came back (退货), or a credit note of it
    (`status` 贷项)."""
    return ["DN-3", NINGBO, "Valve", date(2025, 7, 5), round(amount / 700), 700, amount,
            "人民币", "OA 30 days", date(2025, 7, 5), None, None, status,
            None if status else "退货"]


def _corrected(price: float) -> list[object]:
    """July's 台账 writes April's row of DN-3 again at `price` (its price corrected)."""
    return ["DN-3", NINGBO, "Valve", date(2025, 1, 10), 100, price, 100 * price, "人民币",
            "OA 30 days", date(2025, 1, 10), None, None, None, None]


def _ningbo(tmp_path: Path, *files: File) -> tuple[float, float, list[list[str]]]:
    """Ningbo's open figure and credit on account (USD), and each import's warning codes."""
    results = _results(tmp_path, *files)
    [ningbo] = [c for c in at(tmp_path / "fast.sqlite", AS_OF).customers
                if c.customer == NINGBO]
    return (ningbo.open_amount, ningbo.credit_on_account,
            [[w.code for w in r.warnings] for r in results])


def test_the_reader_version_says_stored_payments_are_read_again() -> None:
    assert READER_VERSION >= 25


@pytest.mark.parametrize("status", [None, "贷项"], ids=["returned", "credit_note"])
@pytest.mark.parametrize("order", [[0, 1, 2], [1, 0, 2], [0, 2, 1]],
                         ids=["sale_list_return", "list_first", "return_before_list"])
def test_a_payment_in_full_returned_in_part_stays_paid(tmp_path: Path, order, status):
    """DN-3 paid in full by 9,723 USD (收款币种 USD), 7,000 人民币 of it returned in July. Hand
    count: 63,000 CNY = 8,750 USD sold, 9,723 paid: nothing open, ≈ 972 owed to the buyer, as
    when the payment is 70,000 人民币. Before: the June row weighed against 63,000 paid more
    than owed, was put back in 人民币 and named: 7,400 USD open, black."""
    files = [APRIL, _june(9_723), _july(_return(status=status))]
    open_, credit, codes = _ningbo(tmp_path, *(files[i] for i in order))
    same = _ningbo(tmp_path / "人民币", APRIL, _june(70_000, "人民币"),
                   _july(_return(status=status)))
    assert (open_, credit) == (0, pytest.approx(same[1], abs=2)) == (0, pytest.approx(972, abs=2))
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "USD", 9_723.0, None)
    assert not any("received_over" in c for c in codes)


@pytest.mark.parametrize(("paid", "paid_in", "owed"), [
    (70_000, "人民币", 0), (2_000, "人民币", 8_473), (2_000, "USD", 6_751)])
def test_a_return_after_a_payment_that_was_right_is_as_before(tmp_path: Path, paid, paid_in,
                                                              owed):
    """A payment in the order's own 人民币 (70,000: all paid; 2,000: 61,000 CNY ≈ 8,473 USD
    open at the day's rates), or part of it in USD (63,000 − 14,400 CNY ≈ 6,751 USD), then
    July's return of 7,000 人民币: the same as on main."""
    open_, _, codes = _ningbo(tmp_path, APRIL, _june(paid, paid_in), _july(_return()))
    assert round(open_) == owed
    assert not any("received_over" in c for c in codes)


@pytest.mark.parametrize("july", [_return(), _corrected(600)], ids=["return", "lowered"])
def test_a_payment_far_over_its_order_is_still_named_and_put_back(tmp_path: Path, july):
    """14,400 收款币种 USD on DN-3's 70,000 人民币 (103,680 CNY: the bank's 人民币 credit, or a
    wire?) is put back in 人民币 and named at June's import, as fx47r does, and stays so after
    July's return (63,000 − 14,400 CNY ≈ 6,751 USD open) or lowered price (60,000: 6,334)."""
    open_, _, codes = _ningbo(tmp_path, APRIL, _june(14_400), _july(july))
    assert round(open_) == (6_751 if july[-1] == "退货" else 6_334)
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "CNY", 14_400.0, None)
    assert [c.count("received_over") for c in codes] == [0, 1, 0]


def test_a_list_sent_again_after_the_return_keeps_its_reading(tmp_path: Path):
    """June's list sent again in August with one more row (100 USD on DN-9, sold nowhere) after
    July's return: its DN-3 row is read again and weighed against the 70,000 it was weighed
    against before, still in USD: nothing open, 972 + 100 owed to the buyer."""
    _ningbo(tmp_path, APRIL, _june(9_723), _july(_return()))
    name, sheets = _june(9_723)
    sheets["收款"].append(["DN-9", NINGBO, date(2025, 6, 12), 100, "USD"])
    open_, credit, _ = _ningbo(tmp_path, (name, sheets))
    assert (open_, credit) == (0, pytest.approx(1_072, abs=2))
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "USD", 9_723.0, None)


def _returned_usd(amount: float, day: date) -> list[object]:
    """A row of DN-3 on a USD 台账: goods worth `amount` USD came back on `day` (退货)."""
    return ["DN-3", NINGBO, "Valve", day, round(amount / 100), 100, amount, "USD", "OA 30 days",
            day, None, None, None, "退货"]


@pytest.mark.parametrize("returned", [date(2025, 5, 5), date(2025, 7, 5)],
                         ids=["returned_before", "returned_after"])
def test_a_return_before_the_money_came_is_owed_less(tmp_path: Path, returned):
    """DN-3 sold 10,000 USD, 2,000 USD of it returned, paid 8,000 in June with 收款币种 人民币 (a
    column filled in by default): in USD it settles what the order owed when the money came,
    so it is read in USD: nothing open (rv48f: fx48 weighed it against the 10,000 as sold and
    read 8,000 人民币: 6,889 USD open, black). A return dated after the
    payment: at its import the 8,000 settles what is then owed, read in USD and named there,
    as on main. What settles an order is weighed against what it owes now, returns and all."""
    april = ("台账 2025-04.xlsx", _april("USD", price=100))
    files = [april, _june(8_000, "人民币"), _july(_returned_usd(-2_000, returned))]
    if returned.month < 6:
        files[1:] = files[:0:-1]  # the return's file imported before the payment's
    open_, _, codes = _ningbo(tmp_path, *files)
    assert round(open_) == 0
    assert _payment(tmp_path / "fast.sqlite")[1:3] == ("USD", 8_000.0)
    assert [c.count("received_over") for c in codes] == [0, 0, 1]


@pytest.mark.parametrize("return_first", [False, True], ids=["list_first", "return_first"])
def test_a_payment_settling_what_was_owed_before_a_later_return(tmp_path: Path, return_first):
    """DN-3 sold 10,000 USD, paid 10,000 in June with 收款币种 人民币 (a column filled in by
    default), 1,000 USD of it returned in July: in USD the payment settled what was owed when
    it came, so it is read in USD: nothing open, 1,000 owed to the buyer, whichever file comes
    first (rv48f2: the return's file imported before the list, the payment read in 人民币 against
    the 9,000 then owed: 7,611 USD open, black)."""
    april = ("台账 2025-04.xlsx", _april("USD", price=100))
    files = [april, _june(10_000, "人民币"), _july(_returned_usd(-1_000, date(2025, 7, 5)))]
    if return_first:
        files[1:] = files[:0:-1]
    open_, credit, _ = _ningbo(tmp_path, *files)
    assert (open_, round(credit)) == (0, 1_000)
    assert _payment(tmp_path / "fast.sqlite")[1:3] == ("USD", 10_000.0)
