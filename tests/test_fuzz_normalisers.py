"""Property tests: whatever a cell holds, each normaliser returns a value or None (the row is
then skipped with a reason), never raises, and never hands back NaN or infinity.

Cells come as calamine and the text readers give them: text of any kind, numbers (NaN and
infinity included: a broken export can hold them), booleans, dates and times, None."""

from __future__ import annotations

import math
from datetime import date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.ledger.amounts import parse_amount, parse_currency, parse_number
from core.ledger.dates import infer_date_order, parse_date
from core.ledger.normalise import cell_text, customer_key, parse_flag, parse_status
from core.ledger.terms import PaymentTerms, due_date, parse_incoterm, parse_payment_terms

FAST = settings(max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])
# Text near what ledgers hold, so the parsers' inner branches are reached, not only junk.
LEDGER_WORDS = st.sampled_from([
    "USD", "US$", "RMB", "¥", "€", "$", "美元", "人民币", "T/T", "L/C", "D/P", "D/A", "OA",
    "月结", "天", "days", "at sight", "30%", "deposit", "balance", "B/L", "FOB", "CIF", "C&F",
    "DDP", "EXW", "Ningbo", "年", "月", "日", "/", "-", ".", ",", " ", "(", ")", "1e308", "nan",
    "inf", "-", "0", "9", "12", "31", "2025", "1900", "99999999999", "１２", "，", "。",
])
LEDGER_TEXT = st.lists(st.one_of(LEDGER_WORDS, st.text(max_size=6)), max_size=8).map("".join)
CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(), LEDGER_TEXT, st.dates(), st.datetimes(), st.times(),
)


def finite(value: object) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


@FAST
@given(CELLS, st.sampled_from(["mdy", "dmy"]))
def test_dates_are_a_date_or_none(cell: object, order: str) -> None:
    found = parse_date(cell, order)
    assert found is None or (isinstance(found, date) and not isinstance(found, datetime))


@FAST
@given(st.lists(CELLS, max_size=20))
def test_date_order_is_one_of_the_two(cells: list[object]) -> None:
    assert infer_date_order(cells) in ("mdy", "dmy")


@FAST
@given(CELLS)
def test_amounts_are_finite_or_none(cell: object) -> None:
    amount, currency = parse_amount(cell)
    assert amount is None or (isinstance(amount, float) and math.isfinite(amount))
    assert currency is None or (isinstance(currency, str) and len(currency) == 3)
    number = parse_number(cell)
    assert number is None or (isinstance(number, float) and math.isfinite(number))


@FAST
@given(CELLS)
def test_currencies_are_codes_or_none(cell: object) -> None:
    code = parse_currency(cell)
    assert code is None or (len(code) == 3 and code.isalpha() and code.isupper())


@FAST
@given(CELLS)
def test_incoterms_are_codes_or_none(cell: object) -> None:
    term = parse_incoterm(cell)
    assert term is None or (term.isalpha() and term.isupper())


@FAST
@given(CELLS, st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.dates()))
def test_payment_terms_are_terms_or_none(cell: object, shipped: date | None,
                                         ordered: date | None) -> None:
    terms = parse_payment_terms(cell)
    assert terms is None or isinstance(terms, PaymentTerms)
    if terms is not None:
        assert all(finite(v) for v in vars(terms).values())
        if terms.deposit_pct is not None:
            assert 0 <= terms.deposit_pct <= 100
    due = due_date(terms, shipped, ordered)
    assert due is None or isinstance(due, date)


@FAST
@given(CELLS)
def test_text_flags_and_statuses_never_raise(cell: object) -> None:
    text = cell_text(cell)
    assert text is None or isinstance(text, str)
    assert parse_flag(cell) in (None, True, False)
    assert parse_status(cell) is None or isinstance(parse_status(cell), str)
    if isinstance(cell, str):
        assert isinstance(customer_key(cell), str)


def test_the_strategies_reach_real_values() -> None:
    """The fuzzing is worth something only if the same inputs can parse: a guard against a
    strategy that only ever produces junk."""
    assert parse_amount("US$1,234.50") == (1234.5, "USD")
    assert parse_date("2025年10月3日") == date(2025, 10, 3)
    assert parse_incoterm("FOB Ningbo") == "FOB"
    assert parse_payment_terms("T/T 30% deposit, balance before shipment") is not None
    assert cell_text(time(10, 30)) is not None


def test_found_by_fuzzing_a_reference_number_is_not_credit_days() -> None:
    """"TT3000000" once read as 3,000,000 credit days, and the due date overflowed."""
    terms = parse_payment_terms("TT3000000")
    assert terms is None or terms.credit_days is None
    assert due_date(parse_payment_terms("OA 60 days"), None, date(9999, 12, 1)) is None
    assert parse_payment_terms("OA 60 days").credit_days == 60
