"""A template tab and a hidden scratch area, told by what their rows under the header hold.

A workbook often keeps the tab each month's is copied from (模板, template, 样板, 示例): its
header, a note (请按此格式填写) and an example row (示例客户 10,000). Read as a ledger, the
example became a customer with 10,000 open (hidden 模板), and a note under the header of one
stretched by a far entry refused the whole month (it "may hold orders"). A hidden tab whose
header sits deep (row 30 of a scratch area) was read, or refused the file, as a ledger's. The
one rule, asked of a tab laid out (core.ledger.workbook_layouts.tab_layout) and of a tab left
unread whose first rows were read as texts (core.ledger.unread_tabs): a tab named as a template
is one where it holds no buyer's row (hidden or not: a hidden 模板 (2), Excel's copy of 模板
filled with March's orders, was passed over on its name and Oslo AS lost, fix41a); a tab whose
only customer is the example (its name exactly) is one; a hidden tab holding no buyer's row
under its header is passed over; each named why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core.i18n import N_
from core.ledger.fields import SAMPLE_CUSTOMERS, TEMPLATE_SHEETS
from core.ledger.normalise import cell_text, fold_header
from core.messages import Message

_TEMPLATE_WORDS = tuple(fold_header(word) for word in TEMPLATE_SHEETS)
# the example's name exactly, perhaps lettered or numbered (示例客户A, Sample Customer 2): a
# buyer named Sample Customer Supplies Ltd is a buyer, its month no template (fix41a)
_SAMPLE = re.compile("^(?:{})(?:[a-z]|[0-9]{{1,2}})?$".format(
    "|".join(re.escape(fold_header(word)) for word in SAMPLE_CUSTOMERS)))


def named_template(name: str) -> bool:
    """Does the tab's name say it is a template (模板, 出口台账模板, Template)?"""
    folded = fold_header(name)
    return any(word in folded for word in _TEMPLATE_WORDS)


@lru_cache(maxsize=8192)  # a file's buyers repeat tab after tab (sample_rows: perf47i)
def sample_customer(name: str) -> bool:
    """Is the customer a template's example (示例客户, 示例客户A, Sample Customer)?"""
    return bool(_SAMPLE.match(fold_header(name)))


def sample_rows(customers: Sequence[str | None]) -> set[int]:
    """The rows of a template's example customer kept above a month's orders (skipped:
    row_problems): each name asked once, as a sheet repeats its buyers row after row."""
    names = {name for name in set(customers) if name and sample_customer(name)}
    return {j for j, name in enumerate(customers) if name in names} if names else set()


def not_ledger_rows(name: str, hidden: bool, rows: Sequence[Sequence[object]],
                    header_index: int, customer: int, first_row: int = 1,
                    texts_only: bool = False) -> Message | None:
    """Why a tab with a ledger's header (on row `header_index` of `rows`, its customers in
    column `customer`) is no ledger, if it is not; None where its rows are a ledger's.
    `texts_only`: an unread tab's first rows alone were read (tab_heads): nothing under its
    header there proves no order below them (a header on row 30, blank rows to 40, Oslo AS's
    4,000 on row 41 was passed over and lost; the file is refused instead, fr41c)."""
    under = rows[header_index + 1:]
    example, buyers = _first_buyer(under, customer)
    if named_template(name) and hidden and not buyers:  # a buyer's row is read (fix41a)
        return Message("sheet_template", N_("a hidden template: its name says so"))
    if named_template(name) and not buyers:
        return Message("sheet_template", N_(
            "a template: its name says so and no customer's order is under its header"))
    if example and not buyers:
        return Message("sheet_template", N_(
            "a template: its only customer is the example “{customer}”"),
            {"customer": example})
    if hidden and not buyers and not texts_only:  # a tab read whole: nothing under its header
        return Message("sheet_no_orders", N_(
            "hidden sheet: no customer's order under its header in row {row}"),
            {"row": first_row + header_index})
    return None


def _first_buyer(rows: Sequence[Sequence[object]], customer: int) -> tuple[str | None, bool]:
    """The first example customer before a buyer's row, and whether there is one: looked
    for row by row, a ledger's first row most often its buyer's (a month of 100,000 rows)."""
    example = None
    for row in rows:
        text = cell_text(row[customer]) if customer < len(row) else None
        if text and not sample_customer(text):
            return example, True
        example = example or text
    return example, False
