"""A sum of money written in a note, in a row's currency: the figure and its currency words.

Read by a sale's note naming a return (core.ledger.noted_returns) and one naming a deduction
the buyer took off its payment (core.ledger.noted_deductions): a leaf both import.
"""

from __future__ import annotations

import re

from core.ledger.amounts import parse_amount

# a currency written before or after the figure; 元 alone after it is the row's own money
_BEFORE = r"usd|us\$|\$|rmb|cny|eur|€|¥|美元|美金|人民币|欧元"
_AFTER = r"usd|rmb|cny|eur|美元|美金|人民币|欧元|元"
# what a figure counts when it is no money: pieces, cartons, days, a share
_UNITS = (r"[件个只套箱台双条打卷包张块把米吨克斤月日号年天周%千万票次批]"
          r"|(?:pcs?|pieces?|sets?|ctns?|cartons?|units?|kgs?|tons?|pairs?|rolls?|bags?"
          r"|box(?:es)?|dozens?|days?|m|k|st|nd|rd|th)(?![a-z])")
# a figure in a note, the one reading of its commas (fix67b, fix67h): a thousands comma only
# within a figure grouped so, one to three digits before its first comma and three in each group
# after, each group's comma of one kind (2,000; 12,500.50; 3,000,500; 3，500 as a clerk's IME
# types it); 3000,500 two figures, 3,000 and 500; 6,500，500 two, the comma changing kind
# (core.ledger.noted_figures.plain_figures takes the thousands commas out of a note's figures,
# this reads them as they stand)


def grouped(comma: str = ",") -> str:
    """The pattern of a figure whose thousands are grouped by `comma` (, or ，)."""
    return rf"\d{{1,3}}(?:{comma}\d{{3}})+"


GROUPED = grouped()
NOTE_FIGURE = rf"(?:{GROUPED}|\d+)(?:\.\d+)?"
# the figure: its currency written before it, or nothing that makes it part of a date, a
# number or a code before it; no more digits, date or unit after it
MONEY = (rf"(?:(?P<before>{_BEFORE})\s?|(?<![a-z0-9./#_\-$¥€月年])(?<!\d[,:]))"
         rf"(?P<figure>{NOTE_FIGURE})"
         rf"(?!\d|[.,:]\d|\s?[-/]\s?\d)(?!\s?(?:{_UNITS}))\s?(?P<after>{_AFTER})?")
_DATE_LIKE = re.compile(r"\d{1,2}\.\d{1,2}")  # 3.15: a day, not a sum


def money_figure(match: re.Match[str], currency: str) -> float | None:
    """A match's figure, where it is money of the row's `currency` (a -1 where it is not: two
    figures found, none read)."""
    before, after = match["before"] or "", match["after"] or ""
    if not before and not after and _DATE_LIKE.fullmatch(match["figure"]):
        return None
    figure, named = parse_amount(before + match["figure"] + ("" if after == "元" else after))
    if figure is None:
        return None
    return -1.0 if named is not None and named != currency else figure
