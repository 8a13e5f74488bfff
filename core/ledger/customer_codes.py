"""A customer code written beside two names: most often one buyer renamed.

A clerk keeps a customer code (客户编号 C-018) beside the name; when the buyer renames itself
mid-year (Sunrise Trading LLC → Sunrise Home LLC) the code stays and the name changes. The
import keys customers by name, so the two names are two customers: the new name's wire,
which pays the old name's invoice too, leaves the old name owing it, dormant and
black-listed, beside a new name holding credit. The report names such codes, with their names,
so the clerk merges them. The store keeps each code with the names written beside it
(core.ledger.stored_codes): a later month's file writing the code beside another name is named
too (rv52b f5), and a name written beside a second code is a second buyer (core.ledger.code_split).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from core.i18n import N_
from core.ledger.ditto import DITTO
from core.ledger.fields import SYNONYMS
from core.ledger.layout import SheetLayout
from core.ledger.normalise import cell_text, customer_key, fold_header
from core.ledger.noted_orders import reference
from core.messages import Listed, Message

# The customer column's words that name a code, not a name: beside a name column, the code.
_CODE_WORDS = frozenset({"客户编号", "客户代码", "客户编码", "客户id", "customerid",
                         "customercode", "customerno"})
CODE_HEADERS = frozenset(fold_header(w) for w in SYNONYMS["customer"] if w in _CODE_WORDS)

# code -> {customer key: the name as first written}, in the order met
Codes = dict[str, dict[str, str]]


class SheetCodes(NamedTuple):
    """A sheet's customer codes by row (core.ledger.code_split): each name's first code on
    the sheet, and the rows written under another code than their name's first (few: a
    million-row sheet is not held a code a row)."""

    first: dict[str, str]  # customer key -> the first code written beside it on the sheet
    rows: dict[int, str]  # row number -> its code, where not its name's first


def code_key(text: str) -> str:
    """A code as compared: case, spacing, a run of digits' leading zeros and a hyphen between
    letters and digits are typing, not another code, as in any reference (noted_orders.
    reference: C0012, C12, c-0012 and C 0012 are one; 12, 0012 and Excel's number 12 too).
    rv52d c8: "C0010" and "c0010" split one buyer in two once a second code meant a second
    buyer (code_split); c3: an ERP upgrade wrote C0012 as C12. Shown as first written
    (`written_as`)."""
    return reference("".join(text.split()))


def written_as(codes: Codes) -> dict[str, str]:
    """Each code's key (`code_key`) -> the code as `codes` first wrote it."""
    shown: dict[str, str] = {}
    for code in codes:
        shown.setdefault(code_key(code), code)
    return shown


def adopt(codes: Codes, theirs: Codes, rows: SheetCodes) -> SheetCodes:
    """A sheet's codes read apart (core.ledger.tabs_apart, from no codes: each as the sheet
    first wrote it) added to `codes` as `add_codes` would have: each code as `codes` first
    wrote it; and the sheet's codes by row so written."""
    shown = written_as(codes)
    here = {code: shown.setdefault(code_key(code), code) for code in theirs}
    for code, names in theirs.items():
        kept = codes.setdefault(here[code], {})
        for key, written in names.items():
            kept.setdefault(key, written)
    return SheetCodes({key: here.get(code, code) for key, code in rows.first.items()},
                      {number: here.get(code, code) for number, code in rows.rows.items()})


def add_codes(codes: Codes, layout: SheetLayout) -> SheetCodes:
    """The names written beside each customer code on a sheet whose customer column is a
    name and that has a code column too; and the sheet's codes by row (a row whose name and
    code are both blank or 同上 is its order's line under the row above: that row's)."""
    found = SheetCodes({}, {})
    customer = layout.mapping.get("customer")
    if customer is None or fold_header(layout.headers[customer] or "") in CODE_HEADERS:
        return found
    column = next((i for i, h in enumerate(layout.headers)
                   if h and i != customer and fold_header(h) in CODE_HEADERS), None)
    if column is None:
        return found
    above: tuple[str, str] | None = None  # the code and key of the row above
    shown = written_as(codes)
    seen: dict[str, str] = {}  # a cell's text -> its code as shown
    first = layout.sheet.first_row_number + layout.header_index + 1
    for number, row in enumerate(layout.sheet.rows[layout.header_index + 1:], first):
        if len(row) <= max(column, customer):
            continue
        code, name = cell_text(row[column]), cell_text(row[customer])
        if code and code not in DITTO:
            code = seen.get(code) or seen.setdefault(code, shown.setdefault(code_key(code), code))
        if code and name and code not in DITTO and name not in DITTO:  # 同上: the row above's
            key = customer_key(name)
            codes.setdefault(code, {}).setdefault(key, name)
            above = (code, key)
        elif above is None or (code and code not in DITTO) or (name and name not in DITTO):
            above = None
            continue
        if found.first.setdefault(above[1], above[0]) != above[0]:
            found.rows[number] = above[0]
    return found


# the sets of names (customer keys) a code was said to be written beside: each said once, not
# again by every later import of a book still holding both names until the clerk merges (msg39)
SAID = "code_names_said"


def to_say(codes: Codes, counts_as: Callable[[str], str],
           said: set[frozenset[str]]) -> Codes:
    """Each code written beside names the import keeps as two customers or more, unless the
    same names were said of before (`said`, core.ledger.said_once); `counts_as`: a customer
    key to the one it counts as after the clerk's merges (names merged already are one
    customer: the note again on every month's file read as not done)."""
    return {code: names for code, names in codes.items()
            if len({counts_as(key) for key in names}) > 1 and frozenset(names) not in said}


def renamed_messages(codes: Codes) -> list[Message]:
    """Each code `to_say` kept, with its names."""
    return [Message("code_two_names", N_(
        "Customer code “{code}” is written beside {count} names: {names}. Counted apart, one "
        "buyer's payments do not pay its invoices under the other name: if it is one buyer "
        "renamed, merge the names (Customers, or `customer merge`)."),
        {"code": code, "count": len(names), "names": Listed(list(names.values()))})
        for code, names in codes.items()]
