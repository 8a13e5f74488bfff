"""A customer's subtotal written as a row of its own: "Acme 小计", dated, with the sum.

Clerks who keep a ledger grouped by customer close each group with a row naming it beside
小计, 合计 or "subtotal", and often copy the date and currency down with it. Such a row names a
customer, a date and an amount like an order, so it was imported as one and the customer's
revenue counted twice. A row saying only "合计" is found by core.ledger.rows; this module reads
the cells that say a name *and* a totals word.

小计, 合计 beside a name, and "subtotal" after one, say a subtotal whatever the name: no firm
is called "Acme 小计". "Total" and "sum" are words of names ("Total Co", "Acme Total Care"), and
so is an English word leading one ("Grand Total Trading"): beside them the name must be a
customer the sheet has already named, or the row's own customer (an order number cell "Acme
total" beside the customer Acme).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from core.ledger.normalise import cell_text, customer_key, fold

_SURE_ZH = r"小计|合计|总计|共计|累计"
_SURE_EN = r"sub ?-?totals?|grand ?totals?"
_MAYBE = r"totals?|sum"
_LEADING = re.compile(rf"[\W_]*(?:(?P<sure>{_SURE_ZH})|(?P<maybe>{_SURE_EN}|{_MAYBE}))"
                      r"[\W_]+(?P<name>.*?)[\W_]*")
_TRAILING = re.compile(rf"[\W_]*(?P<name>.*?)(?:[\W_]*(?P<sure>{_SURE_ZH})|[\W_]+"
                       rf"(?:(?P<sure_en>{_SURE_EN})|(?P<maybe>{_MAYBE})))[\W_]*")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
# The cells a subtotal names its customer (or product) in (a first cell saying only "合计" is
# rows.py's). "Pump 小计" under an order's product lines doubled the order.
NAMING_FIELDS = ("customer", "order_no", "invoice_no", "product")


class Subtotal(NamedTuple):
    name: str  # the customer it names, as name_key keys it
    sure: bool  # said by a word no name holds (小计, subtotal), not "total" or "sum"


def bare(key: str) -> str:
    """A folded name without the punctuation around it: "acme corp." and "acme corp" meet."""
    return _EDGES.sub("", key)


def name_key(text: str) -> str:
    """A name as a subtotal and its rows meet: the customer's own key
    (core.ledger.normalise.customer_key), bare. "深圳市 华美贸易 total" or a name pasted with a
    right-to-left mark is the subtotal of 深圳市华美贸易 only if it keys as the customer does;
    keyed otherwise, it was read as an order and the customer's revenue doubled."""
    return bare(customer_key(text))


def subtotal_of(value: object) -> Subtotal | None:
    """The subtotal a cell writes, if it writes a name beside a totals word."""
    if type(value) is not str:
        return None
    key = fold(value)
    found = _LEADING.fullmatch(key) or _TRAILING.fullmatch(key)
    if found is None or not re.search(r"[^\W\d_]", found["name"]):
        return None
    sure = found["maybe"] is None
    return Subtotal(name_key(found["name"]), sure)


def names_customer(found: Subtotal, own: str | None, above: set[str]) -> bool:
    """Does the subtotal a row's cell writes make the row one? `own`: the row's customer key;
    `above`: the bare keys of the customers named in the rows above it."""
    return found.sure or found.name in above or (own is not None and found.name == bare(own))


Entry = tuple[int, float | None, bool]  # (row number, amount, imported), as core.ledger.rows


def naming_key(value: object) -> str | None:
    """An order number's or product's cell as a subtotal names it (name_key): "C-1" and
    "C-1 合计" meet as "c-1"."""
    text = cell_text(value)
    return name_key(text) if text else None


class CustomerRows:
    """Each customer's (order's, product's) rows since its last subtotal: what a subtotal is
    checked against when the sheet is not grouped by it (a block of subtotals under the
    month's orders, "Valve 小计" under one order's lines among others'). `keys_of(field)`: the
    sheet's keys in that naming field, bare or None. The rows read so far are sorted by a
    field only when a subtotal in it asks, so a sheet without subtotals pays nothing."""

    def __init__(self, keys_of: Callable[[str], Sequence[str | None]], first_number: int
                 ) -> None:
        self.keys_of, self.first = keys_of, first_number
        self.rows: dict[str, dict[str, list[Entry]]] = {}
        self.indexed: dict[str, int] = {}  # field -> how many of the sheet's rows are sorted

    def take(self, field: str, name: str, read: list[Entry]) -> list[Entry]:
        """The rows among `read` whose `field` names `name` (bare), since its last subtotal."""
        keys, rows = self.keys_of(field), self.rows.setdefault(field, {})
        for entry in read[self.indexed.get(field, 0):]:
            key = keys[entry[0] - self.first]
            if key is not None:
                rows.setdefault(key, []).append(entry)
        self.indexed[field] = len(read)
        return rows.pop(name, [])


def agrees_as_rounded(stated: float, rows_sum: float) -> bool:
    """Does a total agree with its rows to its own rounding? A total typed to whole units
    (Acme 小计 3,581 over 1,234.56 and 2,346.42) is read right and was named 0.02 off
    (acct54a): a difference under half its last unit (0.5 for a whole figure, 0.05 for one
    decimal, else the cent) is no disagreement. Rows of whole figures never differ by less
    than 1 from a whole total: only a total rounded over rows with cents is eased."""
    half = 0.5 if float(stated).is_integer() else 0.05 if round(stated, 1) == stated else 0.005
    return abs(stated - rows_sum) <= half + 1e-9
