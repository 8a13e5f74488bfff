"""break34a: print34's English terms tried with the punctuation a clerk types around the known
words: brackets, a slash, a semicolon, a plus. The English list printed "In advance
30%(deposit )", "T/T (T/T in advance )", "30% deposit /70% balance", "T/T ;balance" and
"Payment on arrival +deposit": a space on the wrong side of the mark."""

from __future__ import annotations

import pytest

from core.actions.ledger_words import terms_words


@pytest.mark.parametrize(("written", "said"), [
    ("预付30%(定金)", "In advance 30%(deposit)"),
    ("电汇（前TT）", "T/T (T/T in advance)"),
    ("30%定金/70%尾款", "30% deposit/70% balance"),
    ("电汇;余款", "T/T; balance"),
    ("货到付款+定金", "Payment on arrival + deposit"),
    ("月结60天(OA)", "Monthly statement 60 days (OA)"),
    ("30% 定金 + 70% 尾款", "30% deposit + 70% balance"),
    ("30%定金，70%发货前付清", "30% deposit, 70% balance before shipment"),
])
def test_known_terms_are_spaced_as_english_is_written(written, said):
    assert terms_words(written) == said


@pytest.mark.parametrize(("written", "said"), [
    ("信用证即期", "L/C at sight"), ("D/P即期", "D/P at sight"),
    ("30%TT 70%见提单", "30%TT 70% against B/L")])
def test_at_sight_and_against_b_l_are_known_words(written, said):
    """即期 and 见提单 alone (not only in 即期信用证, 见提单复印件): the cell printed as
    written, Chinese on an English list."""
    assert terms_words(written) == said
