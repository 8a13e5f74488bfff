"""One name for each salesperson, however the ledger's cells spell them.

A clerk types 张伟 as "张 伟", pastes it from a chat with a right-to-left mark, or types Li Lei
as "li lei" or "Ｌｉ Ｌｅｉ": the same salesperson (their key is a customer name's,
core.ledger.normalise.customer_key). The analysis gives each customer its salesperson under the
one name the firm's customers most often spell them by, the marks nobody sees and the spaces
beside Chinese characters dropped (plain_name), so the customer table, the detail panel, the
filter, the exports, the per-salesperson copies and the month-end snapshots name them alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from core.analysis.dataset import CustomerRow
from core.ledger.normalise import customer_key, plain_name


def spellings(names: Iterable[str | None]) -> dict[str, str]:
    """Each salesperson's key and the name shown for it: the plain spelling most of the names
    given use (on a tie, the one that sorts first). '' keys nobody."""
    return {key: _most(counted) for key, counted in _counted(names).items()}


def spelt_apart(names: Iterable[str | None]) -> dict[str, str]:
    """:func:`spellings` of the salespeople spelt more ways than one: one spelt one way shows
    as written, as a name the map lacks does (what a month end's fingerprint needs:
    core.analysis.fingerprints)."""
    return {key: _most(counted) for key, counted in _counted(names).items() if len(counted) > 1}


def _counted(names: Iterable[str | None]) -> dict[str, Counter[str]]:
    """Per salesperson's key, how often each plain spelling is given. A firm has a few
    salespeople over hundreds of customers: each distinct cell is keyed once, not once a
    customer (665 customers, 1,330 keys and plain names made: 2 ms of a 20k analysis)."""
    found: dict[str, Counter[str]] = {}
    keyed: dict[str, tuple[str, str]] = {}
    for name in names:
        text = name or ""
        pair = keyed.get(text)
        if pair is None:
            pair = keyed[text] = (customer_key(text), plain_name(text))
        found.setdefault(pair[0], Counter())[pair[1]] += 1
    return found


def _most(counted: Counter[str]) -> str:
    return max(sorted(counted), key=counted.__getitem__)


def shown(name: str | None, names: dict[str, str]) -> str | None:
    """A cell's salesperson as `spellings` names them; None for nobody."""
    if not name:
        return None
    return names.get(customer_key(name)) or plain_name(name) or None


def settle(rows: Iterable[CustomerRow]) -> None:
    """Every customer's salesperson under the one name `spellings` gives them."""
    rows = list(rows)
    names = spellings(row.salesperson for row in rows)
    named: dict[str | None, str | None] = {}  # each distinct cell's name, worked out once
    for row in rows:
        cell = row.salesperson
        if cell in named:
            row.salesperson = named[cell]
        else:
            row.salesperson = named[cell] = shown(cell, names)
