"""An order its credit notes take wholly (goods returned, a 折让 of the full invoice) is no
order, as a cancelled one is none: not in F, R or the average order that M and the stop-loss
rule's "small buyer" read. A partly credited one stays an order, at its amount net of the
credit, as revenue counts it.

Before, a returned 40,000 order lifted a small late payer's average to 24,000, over the
stop-loss floor of 20,000, and kept it on the watch list; it also counted as a second order
for F."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import titled, write_xlsx
from test_fast_analysis import _compare, _reference
from test_lists_by_hand import HEADER, OA30, row

from core import i18n, settings_store
from core.analysis.clv_firm import firm_lifetime_values
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.rules import load_rules
from core.store import connect

LATE = {"terms": OA30, "ship": "2025-06-01", "due": "2025-07-01"}  # 183 days late at A
PAID = {"terms": OA30, "ship": "2025-05-01", "due": "2025-05-31"}

ROWS = [
    # a small buyer, 8,000 unpaid since July; its 40,000 order came back in full
    row("SR-1", "Small Returner", "2025-05-10", 8_000, inco="CFR", **LATE),
    row("SR-2", "Small Returner", "2025-04-10", 40_000, inco="CFR", **PAID),
    row("CN-SR", "Small Returner", "2025-06-20", 40_000, terms=None, kind="退货", ref="SR-2"),
    # 25,000 unpaid since July, 6,000 of it credited: an order of 19,000
    row("PC-1", "Part Credited", "2025-05-10", 25_000, **LATE),
    row("CN-PC", "Part Credited", "2025-07-20", 6_000, terms=None, kind="折让", ref="PC-1"),
    # the return written on the order's own number, a row of its own: the order is nothing
    row("IO-1", "Inside Return", "2025-04-10", 30_000, product="沙发", inco="CFR", **PAID),
    row("IO-1", "Inside Return", "2025-04-10", 30_000, product="沙发", inco="CFR", terms=None,
        kind="退货"),
    row("IO-2", "Inside Return", "2025-05-10", 10_000, inco="CFR", **LATE),
    # two 30,000 orders on CFR, one returned: one order, F fails (M and T fail either way)
    row("TW-1", "Twice Sold", "2025-03-01", 30_000, inco="CFR", terms=OA30, ship="2025-03-10",
        due="2025-04-09", got=30_000, got_on="2025-04-08"),
    row("TW-2", "Twice Sold", "2025-04-01", 30_000, inco="CFR", terms=OA30, ship="2025-04-10",
        due="2025-05-10"),
    row("CN-TW", "Twice Sold", "2025-05-01", 30_000, terms=None, kind="退货", ref="TW-2"),
    # the firm's regular buyers, the last paid on the as-of date
    *[row(f"AN-{n}-{m}", f"Anchor {n}", f"2025-0{m}-01", 55_000, terms=OA30,
          ship=f"2025-0{m}-10", due=f"2025-0{m + 1}-09", got=55_000, got_on=f"2025-0{m + 1}-05")
      for n in (1, 2, 3) for m in (2, 5)],
    row("AN-1-11", "Anchor 1", "2025-11-01", 55_000, terms=OA30, ship="2025-11-10",
        due="2025-12-31", got=55_000, got_on="2025-12-31"),
]


def imported(folder: Path) -> Path:
    """The ledger written and imported into folder/firm.sqlite, the industry average set."""
    path = write_xlsx(folder / "2025年台账.xlsx", {"2025": titled([HEADER, *ROWS])})
    [result] = import_files(folder / "firm.sqlite", [path])
    assert result.status == "imported", result.message
    conn = connect(folder / "firm.sqlite")
    try:
        settings_store.put(conn, "m_benchmark_usd", 25_000.0)
    finally:
        conn.close()
    return folder / "firm.sqlite"


def customers(db: Path) -> dict[str, CustomerMetrics]:
    conn = connect(db)
    try:
        analysis: Analysis = analyse(conn)
    finally:
        conn.close()
    assert str(analysis.as_of) == "2025-12-31"
    return {c.customer: c for c in analysis.customers}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CustomerMetrics]:
    return customers(imported(tmp_path_factory.mktemp("credited")))


def test_a_returned_order_keeps_no_small_late_buyer_off_the_black_list(
        found: dict[str, CustomerMetrics]) -> None:
    """Before: average order 24,000, over 20,000: watch, not black."""
    c = found["Small Returner"]
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m) == (1, 8_000, 8_000)
    assert (c.list, c.list_reason and c.list_reason.code) == ("black", "stop_loss_rule")
    i18n.set_language("en")
    assert str(c.list_reason).startswith("SR-1: 8,000 USD open, 183 days past due (limit 60 days) "
                                         "and an average order of 8,000 USD, under 20,000")


def test_a_partly_credited_order_counts_at_its_net_amount(
        found: dict[str, CustomerMetrics]) -> None:
    """Before: an order of 25,000 (the credit note lowered revenue but not the order): watch."""
    c = found["Part Credited"]
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m, c.open_amount) == (
        1, 19_000, 19_000, 19_000)
    assert (c.list, c.list_reason and c.list_reason.code) == ("black", "stop_loss_rule")


def test_a_return_written_on_the_orders_own_number_leaves_no_order(
        found: dict[str, CustomerMetrics]) -> None:
    """Before: two orders averaging 20,000, not under the floor: watch."""
    c = found["Inside Return"]
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m) == (1, 10_000, 10_000)
    assert (c.list, c.list_reason and c.list_reason.code) == ("black", "stop_loss_rule")


def test_a_returned_order_is_no_second_order_for_f(found: dict[str, CustomerMetrics]) -> None:
    """Before: two orders, R and F passed, the core tier's two criteria, and the most revenue
    of the customers with two: core. Now R alone: the long tail."""
    c = found["Twice Sold"]
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m) == (1, 30_000, 30_000)
    assert {k: v.passed for k, v in c.rfmt.items()} == {
        "r": True, "f": False, "m": False, "t": False}
    assert (c.tier, c.list) == ("long_tail", None)  # before: core, on the white list


def test_the_reference_analysis_reads_them_alike(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The straightforward analysis (tests/reference_analysis.py) takes the returned orders
    off as the fast one does: every output the same, and no returned order counted."""
    db = imported(tmp_path)
    _compare(db, tmp_path, monkeypatch, [None])
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        found = customers(db)
        assert gathered, "the reference did not run"
    assert {name: (found[name].orders_12m, found[name].avg_order_12m) for name in (
        "Small Returner", "Part Credited", "Inside Return", "Twice Sold")} == {
        "Small Returner": (1, 8_000), "Part Credited": (1, 19_000),
        "Inside Return": (1, 10_000), "Twice Sold": (1, 30_000)}


def test_a_returned_order_is_no_purchase_in_the_lifetime_value(tmp_path: Path) -> None:
    """Before, Twice Sold had two purchase occasions worth 60,000 (the returned one too), Part
    Credited one of 25,000: a returned order forecast as if it were a habit."""
    conn = connect(imported(tmp_path))
    try:
        values = firm_lifetime_values(conn, None, load_rules(conn))
    finally:
        conn.close()
    got = {values.names[c.customer]: c for c in values.customers}
    assert (got["Twice Sold"].orders, got["Twice Sold"].last_order) == (1, date(2025, 3, 1))
    assert got["Part Credited"].expected_order_value == pytest.approx(19_000)
