"""An audit of the customer tiering (docs/analysis.md, "RFMT" and "The pyramid"): the cases
that would put a customer in the wrong tier, each on a ledger written here with openpyxl,
imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test: W = the 12 calendar months
ending at A (start exclusive); a valid order is neither cancelled nor a trial and above zero;
F needs 2 valid orders in W; M an average valid order of at least 2 × the benchmark; T at least
half of the orders with Incoterms on FOB/CIP, DDP counting neither way; places round(n × 20 %)
and round(n × 50 %) half up, strategic needing 3 criteria and core 2.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledgers import write_xlsx

from core import override_changes, settings_store
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import TIERS
from core.analysis.pyramid import assign, caps, rank_key
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Refusal
from core.rates import DEFAULT_RATES
from core.rules import Rules
from core.store import connect

A = date(2025, 6, 30)  # W = 2024-07-01 … 2025-06-30
HEADER = ["订单号", "发票号", "客户", "产品", "下单日期", "金额", "币种", "成本", "贸易条款",
          "试单", "状态"]


def row(no: str | None, customer: str, day: str, amount: float, *, invoice: str | None = None,
        product: str | None = None, currency: str = "USD", cost: float | None = None,
        incoterm: str | None = "FOB", trial: str | None = None, status: str | None = None
        ) -> list[object]:
    return [no, invoice, customer, product, date.fromisoformat(day), amount, currency, cost,
            incoterm, trial, status]


def firm(tmp_path: Path, rows: list[list[object]], **rules: object) -> Path:
    """The rows imported into tmp_path/firm.sqlite, with these settings."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        for key, value in rules.items():
            settings_store.put(conn, key, value)
    return db


def at(db: Path, as_of: date = A) -> Analysis:
    with connect(db) as conn:
        return analyse(conn, as_of=as_of)


def customer(analysis: Analysis, name: str) -> CustomerMetrics:
    [found] = [c for c in analysis.customers if c.customer == name]
    return found


def verdicts(c: CustomerMetrics) -> dict[str, bool | None]:
    return {code: criterion.passed for code, criterion in c.rfmt.items()}


# --- T: the accepted and service Incoterms as the owner types them ---------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("FOB, CIP, C&F", ["FOB", "CIP", "CFR"]),
    ("fob，cip，CNF", ["FOB", "CIP", "CFR"]),
    ("F.O.B., CIP Hamburg, 离岸价", ["FOB", "CIP"]),
])
def test_accepted_incoterms_are_stored_as_the_codes_the_ledger_is_read_as(typed, stored):
    """The ledger's "C&F Hamburg" is read as CFR, "F.O.B." and 离岸价 as FOB; the setting was
    stored as typed ("C&F", "F.O.B.", "离岸价"), which no order's Incoterm ever equals."""
    assert settings_store.validate("t_accepted_incoterms", typed) == stored


def test_a_word_that_is_no_incoterm_is_refused_not_stored():
    with pytest.raises(Refusal) as refused:
        settings_store.validate("t_neutral_incoterms", "DDP, door to door")
    assert refused.value.code == "bad_incoterm"
    assert "door to door" in refused.value.text


def test_a_customer_on_c_and_f_passes_t_when_the_owner_accepts_c_and_f(tmp_path):
    """The owner accepts C&F (CFR) besides FOB and CIP. CF Buyer's two orders are on
    "C&F Hamburg" and "CFR": 2 of 2 on accepted terms, T passed. It failed (0 %): the setting
    held "C&F", the orders CFR."""
    db = firm(tmp_path, [row("a1", "CF Buyer", "2025-03-01", 1_000, incoterm="C&F Hamburg"),
                         row("a2", "CF Buyer", "2025-04-01", 1_000, incoterm="CFR")],
              t_accepted_incoterms="FOB, CIP, C&F")
    t = customer(at(db), "CF Buyer").rfmt["t"]
    assert (t.passed, t.value) == (True, 1.0)


def test_incoterms_stored_as_typed_by_an_earlier_version_still_judge_t(tmp_path):
    """A database whose setting holds "C&F" and "完税后交货" (DDP) as typed: the analysis reads
    them as the codes CFR and DDP. DDP Mix: FOB, CFR and two DDP orders -> 2 of the 2 orders
    that count on accepted terms. It failed with 1 of 4 (25 %): the two DDP orders counted
    against it, and its CFR order too."""
    db = firm(tmp_path, [row("d1", "DDP Mix", "2025-02-01", 1_000, incoterm="FOB"),
                         row("d2", "DDP Mix", "2025-03-01", 1_000, incoterm="CFR"),
                         row("d3", "DDP Mix", "2025-04-01", 1_000, incoterm="DDP"),
                         row("d4", "DDP Mix", "2025-05-01", 1_000, incoterm="DDP")])
    with connect(db) as conn:
        conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", [
            ("t_accepted_incoterms", json.dumps(["FOB", "CIP", "C&F"])),
            ("t_neutral_incoterms", json.dumps(["完税后交货"]))])
    t = customer(at(db), "DDP Mix").rfmt["t"]
    assert (t.passed, t.value) == (True, 1.0)


# --- T: the figures shown are the ones that decided it ----------------------------------------

def terms_ledger() -> list[list[object]]:
    """Blank FOB: one FOB order and three without Incoterms. All DDP: two DDP orders. Mixed:
    FOB, CIF and two DDP. Plain: FOB, CIP and CIF, all counted."""
    return [row("b1", "Blank FOB", "2025-02-01", 1_000, incoterm="FOB Ningbo"),
            *[row(f"b{n}", "Blank FOB", "2025-03-01", 1_000, incoterm=None) for n in (2, 3, 4)],
            row("a1", "All DDP", "2025-02-01", 1_000, incoterm="DDP"),
            row("a2", "All DDP", "2025-03-01", 1_000, incoterm="DDP"),
            row("m1", "Mixed", "2025-02-01", 1_000, incoterm="FOB"),
            row("m2", "Mixed", "2025-03-01", 1_000, incoterm="CIF Hamburg"),
            row("m3", "Mixed", "2025-04-01", 1_000, incoterm="DDP"),
            row("m4", "Mixed", "2025-05-01", 1_000, incoterm="DDP"),
            row("p1", "Plain", "2025-02-01", 1_000, incoterm="FOB"),
            row("p2", "Plain", "2025-03-01", 1_000, incoterm="CIP"),
            row("p3", "Plain", "2025-04-01", 1_000, incoterm="CIF")]


def test_the_t_text_says_how_many_orders_it_judged_and_how_many_it_left_aside(tmp_path):
    """Blank FOB passed T on 1 of its 4 orders; the panel and the workbook said "100% of
    orders on CIP/FOB". All DDP's orders all have Incoterms; it said "no orders with
    Incoterms". Mixed passed on 1 of 2 (exactly half) with two DDP orders aside. The text
    now gives the orders behind the share."""
    analysis = at(firm(tmp_path, terms_ledger()))
    blank = customer(analysis, "Blank FOB").rfmt["t"]
    assert (blank.passed, blank.value) == (True, 1.0)
    assert blank.detail.params | {"accepted": None} == {
        "share": 1.0, "hits": 1, "counted": 1, "service": 0, "blank": 3, "accepted": None,
        "needed": 0.5, "count": 3}
    assert blank.detail.text == ("100% of the orders with Incoterms on CIP/FOB: 1 of 1 "
                                 "(3 without Incoterms count neither way; needs 50%)")
    ddp = customer(analysis, "All DDP").rfmt["t"]
    assert (ddp.passed, ddp.value) == (None, None)
    assert ddp.detail.text == "unknown: 2 orders on service terms count neither way"
    mixed = customer(analysis, "Mixed").rfmt["t"]
    assert (mixed.passed, mixed.value) == (True, 0.5)
    assert (mixed.detail.params["hits"], mixed.detail.params["counted"],
            mixed.detail.params["service"], mixed.detail.params["blank"]) == (1, 2, 2, 0)
    plain = customer(analysis, "Plain").rfmt["t"]
    assert (plain.passed, plain.value) == (True, 0.6667)
    assert plain.detail.text == "67% of orders on CIP/FOB: 2 of 3 (needs 50%)"


# --- a trial stays a trial when next month's file leaves its flag blank -----------------------

def import_file(db: Path, path: Path) -> None:
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message


TRIAL_ROWS = [row("T-1", "Trialist", "2025-03-01", 4_000, trial="是"),
              row("R-1", "Regular", "2025-03-01", 4_000)]


@pytest.mark.parametrize("later", ["blank", "no column"])
def test_next_months_file_leaving_the_trial_flag_blank_keeps_the_trial(tmp_path, later):
    """docs: a later file updates the rows it repeats, "a filled value replaces the stored one,
    a blank never erases it". April's year-to-date ledger marks T-1 a trial (试单 是); May's
    repeats it with the flag blank, or from an export without the column. Trialist stays a
    prospect (trial orders only). It became an active customer with a valid order of 4,000:
    the blank was read as "not a trial"."""
    db = tmp_path / "firm.sqlite"
    import_file(db, write_xlsx(tmp_path / "april.xlsx", {"台账": [HEADER, *TRIAL_ROWS]}))
    assert customer(at(db), "Trialist").tier == "prospect"
    may = [HEADER, *[[*r[:9], None, r[10]] for r in TRIAL_ROWS]]
    if later == "no column":  # the 试单 column left out
        may = [[*r[:9], r[10]] for r in may]
    import_file(db, write_xlsx(tmp_path / "may.xlsx", {"台账": may}))
    c = customer(at(db), "Trialist")
    assert (c.tier, c.orders_12m, c.trial_orders) == ("prospect", 0, 1)


def test_a_trial_flag_written_no_in_a_later_file_makes_it_a_regular_order(tmp_path):
    """The clerk corrects the mark: May's file says 否 on T-1. A filled value replaces the
    stored one: T-1 is a regular valid order of 4,000 and Trialist is active."""
    db = tmp_path / "firm.sqlite"
    import_file(db, write_xlsx(tmp_path / "april.xlsx", {"台账": [HEADER, *TRIAL_ROWS]}))
    may = [[*r[:9], "否" if r[2] == "Trialist" else None, r[10]] for r in TRIAL_ROWS]
    import_file(db, write_xlsx(tmp_path / "may.xlsx", {"台账": [HEADER, *may]}))
    c = customer(at(db), "Trialist")
    assert (c.tier in ("strategic", "core", "long_tail"), c.orders_12m, c.trial_orders) == (
        True, 1, 0)


def test_one_line_of_an_order_marked_trial_makes_the_order_a_trial(tmp_path):
    """The flag written once for an order of two product rows (the clerk writes it on the
    first) marks the whole order, in whichever row it stands."""
    db = firm(tmp_path, [row("T-2", "Trial Two", "2025-03-01", 1_000, product="a"),
                         row("T-2", "Trial Two", "2025-03-01", 2_000, product="b", trial="是"),
                         row("R-2", "Regular", "2025-03-01", 4_000)])
    assert customer(at(db), "Trial Two").tier == "prospect"


def test_the_reference_import_keeps_a_trial_as_the_fast_one_does(tmp_path):
    """April marks T-1 a trial and T-3's second row 否; May leaves T-1 blank and says 否 on
    T-3's first row: both imports store the same orders (T-1 a trial, T-3 not, R-1 not)."""
    from test_fast_import import _same_import

    april = [*TRIAL_ROWS, row("T-3", "Third", "2025-03-01", 500, product="a"),
             row("T-3", "Third", "2025-03-01", 500, product="b", trial="否")]
    may = [[*r[:9], "否" if r[0] == "T-3" and r[3] == "a" else None, r[10]] for r in april]
    _same_import(tmp_path, [write_xlsx(tmp_path / "april.xlsx", {"台账": [HEADER, *april]})],
                 [write_xlsx(tmp_path / "may.xlsx", {"台账": [HEADER, *may]})])
    with connect(tmp_path / "fast.sqlite") as conn:
        assert dict(conn.execute("SELECT order_no, trial FROM orders").fetchall()) == {
            "T-1": 1, "R-1": 0, "T-3": 0}


# --- the ranking figure: gross profit, else revenue for all alike ----------------------------

def test_the_ranking_note_names_the_customers_whose_cost_is_missing(tmp_path):
    """Costs are known for every order but one line of Gap Co's order G-1 (a second product
    row left without a cost): its order's profit is unknown, so everyone is ranked by revenue
    (docs: "gross profit in W if every active customer has cost data"). Big Margin (profit
    6,000 on 10,000) then ranks below Big Revenue (1,000 on 12,000). The note said only "Not
    every customer has cost"; it now names Gap Co, the one to fix."""
    db = firm(tmp_path, [row("B-1", "Big Margin", "2025-03-01", 10_000, cost=4_000),
                         row("B-2", "Big Revenue", "2025-03-01", 12_000, cost=11_000),
                         row("G-1", "Gap Co", "2025-03-01", 500, cost=300, product="a"),
                         row("G-1", "Gap Co", "2025-03-01", 500, product="b"),
                         row("S-1", "Small", "2025-03-01", 100, cost=50)])
    analysis = at(db)
    assert analysis.ranked_by == "revenue"
    assert customer(analysis, "Gap Co").gross_profit_12m is None
    assert customer(analysis, "Big Margin").gross_profit_12m == 6_000
    assert [c.customer for c in analysis.customers if c.rank][:2] == ["Big Revenue",
                                                                       "Big Margin"]
    [note] = [n for n in analysis.notes if n.code == "ranked_by_revenue"]
    assert note.params == {"count": 1, "names": "Gap Co"}
    assert "Gap Co" in note.text


# --- the pyramid's places, whatever the customers (a property test) ---------------------------
# For any active customers (criteria passed, gross profit, revenue, first order, some pinned)
# and any caps (shares or counts, minimum criteria per tier): ranked by criteria, then the
# ranking figure, then revenue, the first order and the name; no tier holds more than its
# places; a customer sits in a tier only when it passes the tier's minimum; a better-ranked
# customer sits in a lower tier than a worse one only when it misses that tier's minimum; no
# place is left empty while a customer below it qualifies for it; a tie split is marked.

LEVEL = {tier: number for number, tier in enumerate(TIERS)}

customers = st.lists(st.tuples(
    st.integers(0, 4),  # criteria passed
    st.sampled_from([0.0, 500.0, 1_000.0, 2_500.0]),  # gross profit: ties on purpose
    st.sampled_from([1_000.0, 5_000.0]),  # revenue
    st.integers(0, 3),  # first order: days after 2024-01-01
    st.one_of(st.none(), st.none(), st.none(), st.sampled_from(TIERS)),  # pinned
), min_size=0, max_size=30)
rules = st.builds(
    lambda mode, s, c, sc, cc, smin, cmin: dataclasses.replace(
        Rules.defaults(), tier_caps=mode, strategic_share=s, core_share=c, strategic_count=sc,
        core_count=cc, strategic_min_criteria=smin, core_min_criteria=cmin),
    st.sampled_from(["share", "count"]), st.sampled_from([0.1, 0.2, 0.25]),
    st.sampled_from([0.3, 0.35]), st.integers(0, 5), st.integers(0, 8), st.integers(0, 4),
    st.integers(0, 4))


def made(specs: list[tuple]) -> list[CustomerMetrics]:
    found = []
    for number, (passed, profit, revenue, first, pinned) in enumerate(specs):
        c = CustomerMetrics(number + 1, f"C{number % 7}", None, None, tier="dormant",
                            revenue_12m=revenue, gross_profit_12m=profit,
                            first_order_date=date(2024, 1, 1) + timedelta(days=first))
        c.criteria_passed, c.pinned_tier = passed, pinned
        found.append(c)
    return found


@settings(max_examples=400, deadline=None)
@given(customers, rules, st.booleans())
def test_places_minimums_and_ranking(specs, rules, by_profit):
    active = made(specs)
    assign(active, rules, by_profit)
    places = caps(len(active), rules)
    assert sum(places.values()) == len(active)
    ranked = sorted(active, key=lambda c: c.rank)
    assert [c.rank for c in ranked] == list(range(1, len(active) + 1))
    assert ranked == sorted(active, key=lambda c: rank_key(c, by_profit))
    for c in ranked:
        figure = (c.gross_profit_12m or 0.0) if by_profit else c.revenue_12m
        assert rank_key(c, by_profit)[:2] == (-c.criteria_passed, -round(figure, 2))
    free = dict(places)
    for c in active:
        if c.pinned_tier in TIERS:
            assert c.tier == c.pinned_tier
            free[c.tier] -= 1
    placed = [c for c in ranked if c.pinned_tier not in TIERS]
    for tier in TIERS:
        members = [c for c in placed if c.tier == tier]
        if tier != "long_tail":
            assert len(members) <= max(free[tier], 0)
        assert all(c.criteria_passed >= rules.min_criteria(tier) for c in members)
    for better in placed:  # better-ranked in a lower tier: it missed that tier's minimum
        for worse in placed:
            if better.rank < worse.rank and LEVEL[worse.tier] < LEVEL[better.tier]:
                assert better.criteria_passed < rules.min_criteria(worse.tier)
    for tier in ("strategic", "core"):  # a place left empty: nobody below qualified for it
        left = free[tier] - sum(c.tier == tier for c in placed)
        if left > 0:
            assert not any(LEVEL[c.tier] > LEVEL[tier]
                           and c.criteria_passed >= rules.min_criteria(tier) for c in placed)
    for c in active:
        level = [o for o in active if rank_key(o, by_profit)[:2] == rank_key(c, by_profit)[:2]]
        assert c.tie_broken == (len({o.tier for o in level}) > 1)


def test_the_places_of_the_docs_examples():
    """1 customer -> 1/0/0, 3 -> 1/1/1, 7 -> 1/3/3 (1.4 and 3.5 rounded half up), 10 -> 2/3/5,
    13 -> 3/4/6."""
    rules = Rules.defaults()
    shapes = {n: tuple(caps(n, rules).values()) for n in (1, 3, 7, 10, 13)}
    assert shapes == {1: (1, 0, 0), 3: (1, 1, 1), 7: (1, 3, 3), 10: (2, 3, 5), 13: (3, 4, 6)}


# --- cases checked and found right (kept, so they stay right) ----------------------------------

CHECKED = [
    # R at the window's edges: W = 2024-07-01 … 2025-06-30
    row("E-1", "Edge In", "2024-07-01", 1_000),
    row("E-2", "Edge Out", "2024-06-30", 1_000),  # exactly 12 months before A: outside
    # an order of three product rows, one of two invoices, one partly cancelled: one order each
    *[row("P-1", "Products", "2025-03-01", amount, product=name)
      for amount, name in ((100, "a"), (200, "b"), (300, "c"))],
    row("I-1", "Invoices", "2025-03-01", 100, invoice="X-1"),
    row("I-1", "Invoices", "2025-03-01", 200, invoice="X-2"),
    row("C-1", "Part Cancel", "2025-03-01", 100, product="a"),
    row("C-1", "Part Cancel", "2025-03-01", 900, product="b", status="取消"),
    # never an order: a trial, a cancelled order (作废), an amount of 0
    row("T-9", "Trial Only", "2025-03-01", 1_000, trial="试单"),
    row("V-1", "Voided", "2025-03-01", 1_000, status="作废"),
    row("Z-1", "Zero", "2025-03-01", 0),
    # a valid order outside W and a trial inside: dormant, not a prospect
    row("O-1", "Old Buyer", "2023-03-01", 1_000),
    row("O-2", "Old Buyer", "2025-03-01", 1_000, trial="是"),
    # M per order in its own currency at the order date's rate
    row("EU-1", "Euro Buyer", "2025-03-01", 100_000, currency="EUR"),
    row("EU-2", "Euro Buyer", "2025-04-01", 100_000, currency="EUR", product="x"),
    row("EU-2", "Euro Buyer", "2025-04-01", 100_000, currency="EUR", product="y"),
    row("CN-1", "Yuan Buyer", "2025-03-01", 1_500_000, currency="CNY"),
    # merged names: their orders count for the kept one; an excluded customer takes no place
    row("K-1", "Kept Co", "2025-02-01", 2_000),
    row("K-2", "Kept Co Ltd.", "2025-05-01", 2_000),
    row("X-1", "Own Agent", "2025-02-01", 900_000),
]


def checked_firm(tmp_path: Path) -> Path:
    db = firm(tmp_path, CHECKED, m_benchmark_usd=100_000)
    with connect(db) as conn:
        override_changes.merge(conn, "Kept Co", "Kept Co Ltd.")
        override_changes.exclude(conn, "Own Agent")
    return db


def test_the_cases_checked_by_hand(tmp_path):
    """Seven active customers (the merged name is Kept Co's, the agent excluded), none with a
    cost: ranked by revenue. M's bar 2 × 100,000 USD. Criteria: Euro Buyer R F T (average
    (108,000 + 216,000) / 2 = 162,000 USD), Yuan Buyer R M T (1,500,000 CNY = 208,350 USD),
    Kept Co R F T (2 orders of 2,000), the other four R T. Places round(1.4) = 1 strategic and
    round(3.5) = 4 together: Euro Buyer strategic, Yuan Buyer, Kept Co and Edge In (revenue
    1,000) core, Products (600), Invoices (300) and Part Cancel (100) the long tail."""
    analysis = at(checked_firm(tmp_path))
    eur, cny = DEFAULT_RATES["EUR"], DEFAULT_RATES["CNY"]
    found = {c.customer: (c.tier, c.orders_12m, round(c.avg_order_12m, 2), c.criteria_passed)
             for c in analysis.customers}
    assert found == {
        "Euro Buyer": ("strategic", 2, round(300_000 * eur / 2, 2), 3),
        "Yuan Buyer": ("core", 1, round(1_500_000 * cny, 2), 3),
        "Kept Co": ("core", 2, 2_000, 3), "Edge In": ("core", 1, 1_000, 2),
        "Products": ("long_tail", 1, 600, 2), "Invoices": ("long_tail", 1, 300, 2),
        "Part Cancel": ("long_tail", 1, 100, 2), "Trial Only": ("prospect", 0, 0, 0),
        "Edge Out": ("dormant", 0, 0, 0), "Voided": ("dormant", 0, 0, 0),
        # an order of no amount, a free sample, sold nothing yet: a prospect (stop36c)
        "Zero": ("prospect", 0, 0, 0), "Old Buyer": ("dormant", 0, 0, 0)}
    assert [(s.tier, s.count, s.cap) for s in analysis.shape] == [
        ("strategic", 1, 1), ("core", 3, 3), ("long_tail", 3, 3)]
    assert analysis.ranked_by == "revenue"


def test_the_reference_analysis_agrees_on_these_ledgers(tmp_path, monkeypatch):
    """The slow reference (tests/reference_analysis.py) gives the same tiers and figures on
    the checked cases and on the T ledger, at A and at two other dates."""
    from test_fast_analysis import _compare

    for name in ("checked", "terms", "a", "b"):
        (tmp_path / name).mkdir()
    _compare(checked_firm(tmp_path / "checked"), tmp_path / "a", monkeypatch,
             [A, date(2025, 2, 28), None])
    _compare(firm(tmp_path / "terms", terms_ledger()), tmp_path / "b", monkeypatch, [A])


# --- an order number two customers share -------------------------------------------------------

def test_an_order_number_written_for_two_customers_is_reported(tmp_path):
    """Two customers' purchase-order numbers that happen to be equal (Alpha's PO 1001 and
    Beta's PO 1001) were read as one order of Alpha: Beta had no order at all and dropped out
    of the pyramid while Alpha counted both. Since reader 5 each buyer's rows are an order of
    its own (core.ledger.order_buyers), and the import names the number, the buyers and the
    rows kept apart."""
    rows = [row("1001", "Alpha", "2025-03-01", 5_000), row("1002", "Alpha", "2025-04-01", 5_000),
            row("1001", "Beta Ltd", "2025-03-05", 7_000), row("2001", "Beta Ltd", "2025-05-05",
                                                               7_000)]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]})
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    [warning] = [w for w in result.warnings if w.code == "order_number_buyers"]
    assert warning.params == {"file": "ledger.xlsx", "sheet": "台账", "order": "1001",
                              "customers": "Alpha, Beta Ltd", "count": 1, "rows": "4",
                              "first": "Alpha"}
    assert not [w for w in result.warnings if w.code == "order_number_shared"]
    conn = connect(tmp_path / "firm.sqlite")
    assert sorted(tuple(r) for r in conn.execute(
        "SELECT c.name, o.order_no, SUM(l.amount) FROM orders o JOIN customers c ON c.id = "
        "o.customer_id JOIN order_lines l ON l.order_id = o.id GROUP BY o.id")) == [
        ("Alpha", "1001", 5_000), ("Alpha", "1002", 5_000), ("Beta Ltd", "1001", 7_000),
        ("Beta Ltd", "2001", 7_000)]
    conn.close()


def test_the_reference_import_reports_a_shared_order_number_as_the_fast_one_does(tmp_path):
    from test_fast_import import _same_import

    rows = [row(f"{n}", name, "2025-03-01", 1_000, product=product)
            for n in range(1, 8) for name, product in (("Alpha", "a"), ("Beta", "b"),
                                                        ("Alpha", "c"))]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "l.xlsx", {"S": [HEADER, *rows]})])
    notes = [w for w in result.warnings if w.code == "order_number_buyers"]
    assert [(w.params["order"], w.params["rows"]) for w in notes] == [
        (f"{n}", f"{3 * n}") for n in range(1, 6)]
    [rest] = [w for w in result.warnings if w.code == "order_number_buyers_more"]
    assert rest.params["count"] == 2
    assert rest.params["orders"] == "6 (Alpha, Beta), 7 (Alpha, Beta)"
