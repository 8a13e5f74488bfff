"""A customer's facts a ledger gives on its rows: country, salesperson, credit limit, cover.

A clerk writes them on an order's first product line and leaves the lines below blank, so
each fact is the one the customer's latest row *filling its column* gives (docs/analysis.md),
never whatever its latest row holds: a blank product line a month later must not drop a credit
limit (and the over-limit reason with it) nor leave the customer to nobody. A limit's currency
goes with its amount.

Across imports the store knows one date of a customer, its latest row's (``name_date``), not
when each fact was written. A file imported later whose fact is older than that date may meet
a newer stored one: it fills a fact the store lacks and replaces none. A fact on or after that
date replaces the stored one; a blank never erases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from core.ledger.record import (
    COUNTRY,
    CREDIT_LIMIT,
    CREDIT_LIMIT_CURRENCY,
    INSURED,
    INSURED_PCT,
    INSURER,
    ORDER_DATE,
    SALESPERSON,
    Record,
)

# Each fact: its columns and the record fields they are read from; the first says whether a
# row fills the fact, the others go with it.
FACTS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("country", COUNTRY),),
    (("salesperson", SALESPERSON),),
    (("credit_limit", CREDIT_LIMIT), ("credit_limit_currency", CREDIT_LIMIT_CURRENCY)),
    (("insured", INSURED),),
    (("insurer", INSURER),),
    (("insured_pct", INSURED_PCT),),
)
COLUMNS = tuple(column for fact in FACTS for column, _ in fact)
LEADS = tuple(fact[0][1] for fact in FACTS)  # the field that says a row fills each fact
Place = tuple[str, int, int]  # (order date, order rank, line index): later places win


def _set(fact: tuple[tuple[str, int], ...]) -> list[str]:
    """SET clauses of one fact, taking (newer, older) values per column: a newer value
    replaces; an older one fills a fact the store lacks; a blank keeps what is stored."""
    lead = fact[0][0]
    clauses = [f"{lead} = COALESCE(?, {lead}, ?)"]
    for column, _ in fact[1:]:  # with its lead: the lead's values are passed again
        clauses.append(f"{column} = CASE WHEN ? IS NOT NULL THEN ? WHEN {lead} IS NULL AND ? "
                       f"IS NOT NULL THEN ? ELSE {column} END")
    return clauses


UPDATE = ("UPDATE customers SET name = COALESCE(?, name), name_date = COALESCE(?, name_date), "
          + ", ".join(c for fact in FACTS for c in _set(fact)) + " WHERE id = ?")


Values = tuple[object, ...]  # one fact's values, in its columns' order


def update_params(newer: dict[int, Values], older: dict[int, Values]) -> list[object]:
    """UPDATE's fact parameters from each fact's values (fact number -> values), split into
    those given on or after the stored row's date and those given before it."""
    params: list[object] = []
    for number, fact in enumerate(FACTS):
        new, old = newer.get(number), older.get(number)
        params += [new and new[0], old and old[0]]
        for place in range(1, len(fact)):  # with its lead: the lead's values again
            params += [new and new[0], new and new[place], old and old[0], old and old[place]]
    return params


def inserted(values: dict[int, Values]) -> list[object]:
    """A new customer's COLUMNS from each fact's values."""
    return [found[place] if (found := values.get(number)) else None
            for number, fact in enumerate(FACTS) for place in range(len(fact))]


Leads = tuple[tuple[int, int], ...]  # (fact number, the field saying a row fills it)
ALL_LEADS: Leads = tuple(enumerate(LEADS))


def filled(records: list[Record]) -> Leads:
    """The facts a sheet's rows fill at all: most ledgers keep no insurance columns, and a
    fact no row fills need not be looked at on each row."""
    return tuple((number, lead) for number, lead in ALL_LEADS
                 if list(map(itemgetter(lead), records)).count(None) != len(records))


def settle(facts: dict[int, tuple[Place, Record]], record: Record, place: Place,
           leads: Leads = ALL_LEADS) -> None:
    """A row seen: each fact it fills is its own where it is the latest to fill it."""
    for number, lead in leads:
        if record[lead] is not None:
            known = facts.get(number)
            if known is None or place > known[0]:
                facts[number] = (place, record)


def split(facts: dict[int, tuple[Place, Record]], since: str = ""
          ) -> tuple[dict[int, Values], dict[int, Values]]:
    """Each fact's values: (those given on or after `since`, those given before it)."""
    newer: dict[int, Values] = {}
    older: dict[int, Values] = {}
    for number, (place, record) in facts.items():
        values = tuple(record[field] for _, field in FACTS[number])
        (newer if place[0] >= since else older)[number] = values
    return newer, older


@dataclass
class Customer:
    """A customer's first showing (for the id a new one gets), its latest row (whose name the
    store keeps) and, per fact, the latest row filling it, in the grouped file's order
    (core.ledger.orders.OrderBook)."""

    key: str
    first: tuple[int, int]
    latest: Place  # the last of the latest day wins
    record: Record
    facts: dict[int, tuple[Place, Record]] = field(default_factory=dict)

    def saw(self, record: Record, rank: int, index: int, leads: Leads = ALL_LEADS) -> None:
        if (rank, index) < self.first:
            self.first = (rank, index)
        place = (record[ORDER_DATE], rank, index)
        if place > self.latest:  # later than every fact's too: each fact it fills is its own
            self.latest, self.record = place, record
            for number, lead in leads:
                if record[lead] is not None:
                    self.facts[number] = (place, record)
        else:
            settle(self.facts, record, place, leads)
