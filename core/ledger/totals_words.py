"""Totals rows by their words (合计, 小计, Total…): a sheet's first cells searched for them.

A totals row is a check, not data (core.ledger.rows): its cells are searched a column at a
time, each column's distinct texts once, joined and casefolded, for a hint of the words; only
what the hint finds is read by the words' own pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import compress, repeat

from core.ledger.normalise import fold

TOTAL_WORDS = re.compile(r"^(合计|小计|总计|总合计|本月合计|本页合计|累计|共计|total|subtotal|"
                          r"grandtotal|sum|totals|sub total|grand total)\b|(合计|小计|总计)$")
# What a cell saying only "total" may hold beside the word: a month or page, a currency,
# "amount", punctuation ("3月合计", "Total (USD):"). Anything else is a name: "Total Co".
_BESIDE_TOTAL = re.compile(r"[\W\d_]|本月|本页|本年|季度|月|年|页|usd|rmb|cny|eur|美元|人民币|欧元|"
                           r"金额|amount")
HINT_WORDS = ("合计", "小计", "总计", "累计", "共计", "total", "sum")  # casefolded
TOTAL_HINT = re.compile("|".join(HINT_WORDS), re.IGNORECASE)
_APART = "\x00"  # between texts searched joined (no hint holds it)
TOTALS_COLUMNS = 8  # a totals row says so in one of its first cells


def worded_rows(columns: list[Sequence[object]], hints: Hints | None = None,
                distinct: Sequence[set[object]] | None = None) -> set[int]:
    """The rows whose first cells hold a totals word (合计, Total…), each text judged once
    (`distinct`: each column's values as a set, when the caller has them)."""
    found: set[int] = set()
    for values, each in zip(columns, distinct or repeat(None), strict=False):
        words = {v for v in hinted(values, hints, each)
                 if TOTAL_WORDS.search(fold(v).replace(":", ""))}
        if words:
            found.update(compress(range(len(values)), map(words.__contains__, values)))
    return found


def says_total(value: object) -> bool:
    """Does a cell hold a totals word (合计, Total…)?"""
    return type(value) is str and bool(TOTAL_WORDS.search(fold(value).replace(":", "")))


def only_totals(value: object) -> bool:
    """Does a cell say nothing but "total"? A row naming a customer, dated and with an amount
    is an order unless one of its first cells does: a customer may be called "Total Co"."""
    if type(value) is not str:
        return False
    key = fold(value).replace(":", "")
    rest = TOTAL_WORDS.sub("", key, count=1)
    return rest != key and not _BESIDE_TOTAL.sub("", rest)


Hints = dict[int, set[str]]  # a sheet's columns' hints, by the column (its list's id)


def hinted(values: Sequence[object], hints: Hints | None = None,
           distinct: set[object] | None = None) -> set[str]:
    """The distinct texts holding a totals hint. The column's texts are searched joined and
    casefolded, a word at a time (a column of order numbers holds a hundred thousand texts and
    no hint); what is found there is confirmed as before. `hints`: the columns of the sheet
    found so far (its customer column is one of its first and a naming one: once, perf54a);
    `distinct`: the column's values as a set, when the caller has it."""
    if hints is not None:
        if id(values) not in hints:
            hints[id(values)] = hinted(values, None, distinct)
        return hints[id(values)]
    texts = [v for v in (set(values) if distinct is None else distinct) if type(v) is str]
    folded = _APART.join(texts).casefold()
    if folded.count(_APART) != len(texts) - 1:  # a text holds the separator itself
        return {t for t in texts if TOTAL_HINT.search(t)}
    found = sorted(at for word in HINT_WORDS for at in _places(folded, word))
    candidates, number, last = set(), 0, 0
    for at in found:
        number += folded.count(_APART, last, at)  # the texts before it
        last = at
        candidates.add(texts[number])
    return {t for t in candidates if TOTAL_HINT.search(t)}


def _places(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
