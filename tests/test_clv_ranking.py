"""Lifetime value in the analysis (issue 13 part 3, the app's side): computed only when asked,
carried by `customers --clv --json`, and a ranking option for the tiers (rank_by = clv)."""

from __future__ import annotations

import json
from pathlib import Path

from account_cli import cli
from ledgers import A, build, order

from core.analysis.clv_firm import firm_lifetime_values
from core.analysis.run import analyse
from core.rules import load_rules


def rows() -> list[list[object]]:
    """Two customers passing all four criteria: one big order a year apart after years of
    silence (more profit in the window), one steady new buyer (the larger lifetime value)."""
    found = []
    for n, day in enumerate(("2016-01-10", "2025-03-01", "2025-09-01")):
        found.append(order(f"B{n}", "Old Big", day, 100_000, cost=80_000))
    for n, day in enumerate(("2025-01-15", "2025-06-15", "2025-11-15")):
        found.append(order(f"Y{n}", "Young Steady", day, 60_000, cost=48_000))
    return found


def test_lifetime_values_are_computed_only_when_asked(tmp_path: Path):
    conn = build(tmp_path, rows(), m_benchmark_usd=1_000)
    plain = analyse(conn, A)
    assert plain.lifetime is None and all(c.clv is None for c in plain.customers)
    valued = analyse(conn, A, lifetime=True)
    expected = firm_lifetime_values(conn, A, load_rules(conn)).by_customer()
    assert valued.lifetime is not None and valued.lifetime.model == "retention"
    for c in valued.customers:
        assert c.clv == round(expected[c.customer_id].clv, 2)
        assert c.p_alive == expected[c.customer_id].p_alive
    # asking changes no verdict while the tiers are ranked by profit
    assert [(c.customer, c.tier, c.rank) for c in valued.customers] == [
        (c.customer, c.tier, c.rank) for c in plain.customers]


def test_ranking_by_lifetime_value(tmp_path: Path):
    conn = build(tmp_path, rows(), m_benchmark_usd=1_000)
    by_profit = {c.customer: c for c in analyse(conn, A).customers}
    assert by_profit["Old Big"].gross_profit_12m > by_profit["Young Steady"].gross_profit_12m
    assert by_profit["Old Big"].criteria_passed == by_profit["Young Steady"].criteria_passed == 4
    assert (by_profit["Old Big"].tier, by_profit["Young Steady"].tier) == ("strategic",
                                                                         "long_tail")
    conn.execute("INSERT INTO settings(key, value) VALUES ('rank_by', '\"clv\"')")
    analysis = analyse(conn, A)
    by_clv = {c.customer: c for c in analysis.customers}
    values = {name: c.clv for name, c in by_clv.items()}
    best = max(values, key=lambda name: values[name] or 0)
    assert best == "Young Steady" and by_clv[best].tier == "strategic" and by_clv[best].rank == 1
    assert by_clv["Old Big"].tier == "long_tail"
    assert "ranked_by_clv" in [n.code for n in analysis.notes]


def test_customers_json_carries_the_values(tmp_path: Path):
    build(tmp_path, rows(), m_benchmark_usd=1_000).close()
    db = str(tmp_path / "firm.sqlite")
    plain = json.loads(cli("customers", "--db", db, "--json", "--as-of", A.isoformat()))
    assert plain["lifetime_value"] is None and plain["rank_by"] == "profit"
    assert {c["clv"] for c in plain["customers"]} == {None}
    valued = json.loads(cli("customers", "--db", db, "--json", "--clv", "--as-of",
                            A.isoformat()))
    fitted = json.loads(cli("clv", "--db", db, "--json", "--as-of", A.isoformat()))
    assert valued["lifetime_value"]["model"] == fitted["model"]
    expected = {c["customer"]: c for c in fitted["customers"]}
    for c in valued["customers"]:
        assert c["clv"] == expected[c["customer"]]["clv"]
        assert round(c["p_alive"], 6) == expected[c["customer"]]["p_alive"]
        assert round(c["expected_orders_12m"], 6) == expected[c["customer"]][
            "expected_orders_12m"]
    text = cli("customers", "--db", db, "--clv", "--as-of", A.isoformat())
    assert "Lifetime value" in text and "rough guide" in text
