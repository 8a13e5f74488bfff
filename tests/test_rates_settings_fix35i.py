"""fix35i: a firm's own TWD rates beside its NTD ones, and a base currency that is none."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.rates import Rates
from core.store import connect


def _rates(tmp_path: Path, *rows: tuple[str, str, float]) -> Rates:
    db = tmp_path / "rates.sqlite"
    connect(db).close()
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT OR REPLACE INTO currency_rates VALUES (?, ?, ?)", rows)
    with sqlite3.connect(db) as conn:
        return Rates(conn, "USD")


def test_the_firm_s_own_twd_rate_before_its_ntd_one_still_counts(tmp_path: Path):
    """TWD 0.030 from 2024-01-01 (the firm's, over the seeded 0.031 of 2000), NTD 0.033 from
    2024-07-01. Hand count: 100,000 TWD of 2024-03 is 3,000 USD, of 2024-09 3,300. Before: the
    firm's TWD rate gave way to NTD's: 3,300 for March too (Taipei's 6,600 where 6,300 is)."""
    rates = _rates(tmp_path, ("TWD", "2024-01-01", 0.030), ("NTD", "2024-07-01", 0.033))
    assert rates.usd_per_unit("TWD", "2024-03-01") == 0.030
    assert rates.usd_per_unit("TWD", "2024-09-01") == 0.033
    assert rates.usd_per_unit("NTD", "2024-03-01") == 0.030


def test_the_seeded_twd_rate_gives_way_to_the_firm_s_ntd_rate(tmp_path: Path):
    """Guard: with only the seeded TWD of 2000 and the firm's NTD 0.03 of 2024-07-01, the
    firm's rate is the currency's, before its date too (the seeded one is nobody's)."""
    rates = _rates(tmp_path, ("NTD", "2024-07-01", 0.03))
    assert rates.usd_per_unit("TWD", "2024-03-01") == 0.03
    assert rates.usd_per_unit("TWD", "2024-09-01") == 0.03
