"""A received total's earlier steps at earlier as-of dates (hist31).

recv31 keeps a line's earlier received totals (order_lines.received_history) and the analysis
reads each step on its own day. An analysis as of A reads the rows of the orders dated up to
A and the rows of later orders whose money is dated up to A; the window's kept rows cut at A
(fetch.cut), the month-end snapshots and their fingerprints must read the same. Checked here
at dates before, between and after the steps: fresh, through kept rows, from a stored
snapshot and by the reference analysis; and a later file's step leaves an earlier month end's
fingerprint as it was.

Hand counts with the defaults: OA 30 (due = ship + 30).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_analysis import _reference
from test_lists_audit28 import imported
from test_lists_audit30 import HEADER, PAYER, row

from core.analysis import snapshots
from core.analysis.fingerprints import fingerprints
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis
from core.analysis.run import analyse
from core.store import connect

DATES = [date(2025, 3, 31), date(2025, 4, 15), date(2025, 4, 30), date(2025, 6, 30)]
ENDS = [date(2025, 3, 31), date(2025, 4, 30)]
# C-1 (recv31): 4,000 by 03-25 in March's file, 9,000 by 04-28 in May's.
# A-1 (recv30): 3,000 on 03-20 in March's file, April's month's receipt 2,000 on 04-18.
# P-2: an order dated 04-05 whose 3,000 came before it, 03-28 (March's file), 8,000 by 04-28
# in May's; Porto's P-1 10,000 shipped 02-05 (due 03-07) is unpaid.
MARCH = [HEADER,
         row("C-1", "Cairo Trade", "2025-03-01", 12_000, "2025-03-20", 4_000, "2025-03-25"),
         row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18", 3_000, "2025-03-20"),
         row("P-1", "Porto Lar", "2025-02-01", 10_000, "2025-02-05"),
         row("P-2", "Porto Lar", "2025-04-05", 10_000, "2025-04-10", 3_000, "2025-03-28"),
         PAYER]
APRIL = [HEADER, row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18", 2_000,
                     "2025-04-18"), PAYER]
MAY = [HEADER,
       row("C-1", "Cairo Trade", "2025-03-01", 12_000, "2025-03-20", 9_000, "2025-04-28"),
       row("P-2", "Porto Lar", "2025-04-05", 10_000, "2025-04-10", 8_000, "2025-04-28"),
       PAYER]
NAMES = ("Cairo Trade", "Athens Casa", "Porto Lar")


def _seen(analysis: Analysis) -> dict[str, tuple[float, int, str | None]]:
    return {c.customer: (round(c.open_amount, 2), c.max_days_overdue, c.list)
            for c in analysis.customers if c.customer in NAMES}


def _ledger(tmp_path: Path) -> Path:
    folder = tmp_path / "ledgers"
    folder.mkdir()
    db = tmp_path / "firm.sqlite"
    for name, sheet in (("台账 2025-03.xlsx", MARCH), ("台账 2025-04.xlsx", APRIL),
                        ("台账 2025-05.xlsx", MAY)):
        imported(db, write_xlsx(folder / name, {"台账": sheet}))
    return db


def test_porto_s_money_before_its_order_stays_read_after_a_later_step(tmp_path):
    """Hand count at 03-31 (the ledger books receipts past it, to 04-28: overdue days run to
    03-31, fix68f; March's file alone, its receipts to 03-28, counts to 03-28: 21 days): Porto
    owes P-1 10,000 due 03-07 and paid 3,000 ahead on P-2 (dated 04-05): 7,000 open, 24 days.
    Before: May's 8,000 by 04-28 dated the line's total after 03-31, and neither the fetch nor
    the kept rows read its row at 03-31 any more: 10,000 open, as if
    the 3,000 of 03-28 had never come. Cairo (due 04-19) at 03-31: 8,000 open, not overdue; at
    04-30: 3,000. Athens (due 03-20) at 03-31: 2,000 open; at 04-30: paid."""
    db = _ledger(tmp_path)
    with connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM order_lines "
                            "WHERE received_history IS NOT NULL").fetchone()[0] == 3
        march, april = _seen(analyse(conn, date(2025, 3, 31))), _seen(
            analyse(conn, date(2025, 4, 30)))
    assert march["Porto Lar"][:2] == (7_000, 24)
    assert march["Cairo Trade"][:2] == (8_000, 0)
    assert march["Athens Casa"][0] == 2_000
    assert april["Cairo Trade"][0] == 3_000
    assert april["Athens Casa"][0] == 0


def test_kept_rows_snapshots_and_the_reference_read_what_a_fresh_analysis_reads(
        tmp_path, monkeypatch):
    db = _ledger(tmp_path)
    conn = connect(db)
    fresh = {day: analyse(conn, day) for day in DATES}
    kept = KeptRows(db)
    for day in DATES:
        assert _seen(analyse(conn, day, kept=kept)) == _seen(fresh[day]), day
    assert kept.kept
    snapshots.store_missing(conn, DATES[:1] + ENDS[1:] + DATES[3:])
    stored = snapshots.read(conn, [DATES[0], *ENDS[1:], DATES[3]])
    for end, snapshot in stored.items():
        assert snapshot == snapshots.of_analysis(fresh[end]), end
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        for day in DATES:
            assert _seen(analyse(conn, day)) == _seen(fresh[day]), day
    assert gathered
    conn.close()


@pytest.mark.parametrize("later", ["may", "april"])
def test_a_later_step_leaves_earlier_month_ends_fingerprints(tmp_path, later):
    """May's step of 04-28 (C-1's 9,000, P-2's 8,000) and April's receipt of 04-18 (A-1) leave
    the 03-31 snapshot's fingerprint as it was, and change 04-30's. Before: the line's history
    joined on its order's day and its total's part moved to 04-28, so 03-31's changed too (and
    P-2's row left 03-31 altogether)."""
    folder = tmp_path / "ledgers"
    folder.mkdir()
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(folder / "台账 2025-03.xlsx", {"台账": MARCH}))
    with connect(db) as conn:
        before = fingerprints(conn, ENDS)
    sheet = MAY if later == "may" else APRIL
    imported(db, write_xlsx(folder / f"台账 2025-0{5 if later == 'may' else 4}.xlsx",
                            {"台账": sheet}))
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM order_lines "
                           "WHERE received_history IS NOT NULL").fetchone()[0] >= 1
    raw.close()
    with connect(db) as conn:
        after = fingerprints(conn, ENDS)
        assert snapshots.of_analysis(analyse(conn, ENDS[0])) is not None
    assert after[ENDS[0]] == before[ENDS[0]]
    assert after[ENDS[1]] != before[ENDS[1]]
