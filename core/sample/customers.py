"""The firm's customer book: who buys, from where, on what terms, and how they behave.

The segments mirror the article's diagnosis of a typical small exporter: a few big steady
buyers, a middle band, a long tail, chronic late payers on unsafe terms, and trial-only prospects.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core.sample.catalog import (
    COUNTRIES,
    DOMESTIC_AGENTS,
    DOMESTIC_SALESPERSON,
    EUR_COUNTRIES,
    INCOTERMS,
    STRATEGIC_COUNTRIES,
    TERMS,
    Country,
)

# Segment sizes: 8 + 36 + 82 + 22 = 148 customers (2 of the middle band are domestic agents).
N_MIDDLE_FOREIGN = 34
N_PROSPECTS = 22
N_CONVERTING = 8  # prospects whose trial turns into real orders later in the year
N_LATE_MIDDLE = 3  # the first of them is the big debtor
N_LATE_TAIL = 7
N_DORMANT_MIDDLE = 4
N_DORMANT_TAIL = 6
DDP_STRATEGIC = (0, 2)  # positions in STRATEGIC_COUNTRIES served door to door


@dataclass
class Customer:
    """One buyer and the behaviour the simulation gives it."""

    idx: int
    name: str
    country: str
    salesperson: str
    segment: str  # strategic, middle, tail, prospect
    currency: str = "USD"
    terms_key: str = "tt_advance"
    terms_text: str = ""
    incoterms: tuple[str, str] = ("FOB Ningbo", "FOB Ningbo")  # usual, occasional
    margin: tuple[float, float] = (0.10, 0.20)
    base_usd: float = 10_000.0
    late: bool = False
    big_debtor: bool = False
    dormant: bool = False
    converts: bool = False
    credit_limit: int | None = None


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _company_name(rng: random.Random, country: Country, used: set[str]) -> str:
    first, middle, suffix = country.name_parts
    while True:
        stem = f"{rng.choice(first)} {rng.choice(middle)}"
        name = f"{stem} {rng.choice(suffix)}"
        if stem not in used:  # not even a different legal suffix: that reads as one firm
            used.add(stem)  # membership only: iteration order never matters
            return name


def _set_terms(rng: random.Random, c: Customer, key: str) -> None:
    c.terms_key = key
    c.terms_text = rng.choice(TERMS[key].texts)


def _set_incoterms(rng: random.Random, c: Customer, table: str, country: Country | None) -> None:
    port = rng.choice(country.ports) if country else "Ningbo"
    city = rng.choice(country.cities) if country else "Ningbo"
    picks = [_weighted(rng, INCOTERMS[table]).format(port=port, city=city) for _ in range(2)]
    c.incoterms = (picks[0], picks[1])


_MIDDLE_TERMS = (("dep_bl", 9), ("lc_sight", 4), ("dep_before", 4), ("oa30", 2), ("tt_advance", 1))
_TAIL_TERMS = (("tt_advance", 5), ("dep_bl", 5), ("oa30", 3), ("oa60", 2), ("dp", 3),
               ("month30", 2))
_LATE_MIDDLE_TERMS = ("oa60", "da60", "dp")
_LATE_TAIL_TERMS = ("oa60", "dp", "oa30", "da60", "month30", "oa60", "dp")


def make_customers(rng: random.Random) -> list[Customer]:
    """Build the customer book; the list order is the clerk's master-list order."""
    used: set[str] = set()
    customers: list[Customer] = []
    by_idx: list[Country | None] = []
    for country in COUNTRIES:
        for _ in range(country.count):
            name = _company_name(rng, country, used)
            customers.append(Customer(len(customers), name, country.name, country.salesperson, ""))
            by_idx.append(country)
    for name in DOMESTIC_AGENTS:
        customers.append(Customer(len(customers), name, "中国", DOMESTIC_SALESPERSON, "middle"))
        by_idx.append(None)

    foreign = [c for c in customers if not c.segment]
    rng.shuffle(foreign)
    strategic: list[Customer] = []
    for country_name in STRATEGIC_COUNTRIES:
        pick = next(c for c in foreign if c.country == country_name and not c.segment)
        pick.segment = "strategic"
        strategic.append(pick)
    rest = [c for c in foreign if not c.segment]
    middle, prospects, tail = (rest[:N_MIDDLE_FOREIGN],
                               rest[N_MIDDLE_FOREIGN:N_MIDDLE_FOREIGN + N_PROSPECTS],
                               rest[N_MIDDLE_FOREIGN + N_PROSPECTS:])
    for group, seg in ((middle, "middle"), (prospects, "prospect"), (tail, "tail")):
        for c in group:
            c.segment = seg

    for c in customers:
        if by_idx[c.idx] is None:
            c.currency = "CNY"
        elif c.country in EUR_COUNTRIES and rng.random() < 0.65:
            c.currency = "EUR"
    next(c for c in middle + tail if c.country == "英国").currency = "GBP"  # the one GBP buyer

    for i, c in enumerate(strategic):
        _set_terms(rng, c, "lc_sight" if i % 2 == 0 else "dep_before")
        table = "ddp" if i in DDP_STRATEGIC else "strategic"
        _set_incoterms(rng, c, table, by_idx[c.idx])
        c.margin, c.base_usd = (0.25, 0.40), rng.uniform(90_000, 220_000)
        c.credit_limit = rng.randrange(300, 600, 50) * 1000
    for i, c in enumerate(middle):
        c.late, c.big_debtor = i < N_LATE_MIDDLE, i == 0
        c.dormant = N_LATE_MIDDLE <= i < N_LATE_MIDDLE + N_DORMANT_MIDDLE
        key = _LATE_MIDDLE_TERMS[i] if c.late else _weighted(rng, _MIDDLE_TERMS)
        _set_terms(rng, c, key)
    for c in [c for c in customers if c.segment == "middle"]:
        if c.country == "中国":
            _set_terms(rng, c, "month30")
        _set_incoterms(rng, c, "domestic" if c.country == "中国" else "middle", by_idx[c.idx])
        c.margin, c.base_usd = (0.18, 0.30), rng.uniform(20_000, 55_000)
        c.credit_limit = rng.randrange(50, 160, 10) * 1000
    for i, c in enumerate(tail):
        c.late = i < N_LATE_TAIL
        c.dormant = N_LATE_TAIL <= i < N_LATE_TAIL + N_DORMANT_TAIL
        _set_terms(rng, c, _LATE_TAIL_TERMS[i] if c.late else _weighted(rng, _TAIL_TERMS))
        _set_incoterms(rng, c, "tail", by_idx[c.idx])
        c.margin, c.base_usd = (0.10, 0.20), rng.uniform(3_000, 14_000)
        c.credit_limit = rng.randrange(10, 35, 5) * 1000
    for i, c in enumerate(prospects):
        c.converts = i < N_CONVERTING
        _set_terms(rng, c, "tt_advance")
        _set_incoterms(rng, c, "tail", by_idx[c.idx])
        c.margin, c.base_usd = (0.05, 0.15), rng.uniform(3_000, 12_000)
    return customers
