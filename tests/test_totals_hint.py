"""A totals row is found by its first cells' words: the column's texts are searched joined and
casefolded, and what that finds is what searching each text on its own finds."""

from __future__ import annotations

import re
from datetime import datetime

from core.ledger.totals_words import HINT_WORDS, TOTAL_HINT, hinted, worded_rows

AWKWARD = ["合计", "本月合计：", "Total:", "  TOTAL  ", "Sub total", "GRAND TOTAL", "Summit Co",
           "Consumer Goods", "ſum", "ÄsumÖ", "Straße", "İstanbul Total", "ＴＯＴＡＬ", "累计",
           "共计 12", "tot al", "su m", "ΣUM", "Kelvin K", "", " ", "PI240000001"]


def _one_by_one(values: list[object]) -> set[str]:
    return {v for v in set(values) if type(v) is str and TOTAL_HINT.search(v)}


def test_the_joined_search_finds_what_each_search_finds() -> None:
    column = [f"PI{n:09d}" for n in range(3000)] + AWKWARD + [None, 3.0, datetime(2024, 1, 5)]
    assert hinted(column) == _one_by_one(column)
    assert {"合计", "Total:", "Summit Co", "ſum", "Consumer Goods"} <= hinted(column)
    # a text holding the separator itself: searched one by one, with the same answer
    with_separator = [*column, "x\x00合计"]
    assert hinted(with_separator) == _one_by_one(with_separator)


def test_no_letter_of_a_hint_word_matches_a_character_that_casefolds_otherwise() -> None:
    """The joined search casefolds; the regex matches ignoring case. For every character the
    regex takes for a hint word's letter, casefolding gives that letter, so the joined search
    misses nothing the regex finds."""
    letters = {c for word in HINT_WORDS for c in word if c.isascii()}
    near = [chr(cp) for cp in range(0x2200)] + ["\u212a", "\u017f", "\u0130", "\u0131"]
    for letter in letters:
        for c in near:
            if re.fullmatch(letter, c, re.IGNORECASE):
                assert c.casefold() == letter, (letter, c)


def test_totals_rows_are_found_in_any_of_the_first_columns() -> None:
    numbers = [f"PI{n:06d}" for n in range(10)] + ["合计", None]
    customers = ["ACME"] * 10 + [None, "Total"]
    assert worded_rows([numbers, customers]) == {10, 11}
