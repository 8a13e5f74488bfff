"""perf47i: the import's look-ups after the write, read the cheaper way round, find the same.

A stored credit note naming no order is looked for either through the file's customers (a small
file in a big store) or by reading every line in turn (the file's customers a good share of
the store's: core.ledger.noted_credits.SHARE_READ_WHOLE); both ways find the same lines, and
April's CN-2504 noted "PO-1 SF-200退货3台" credits PO-1 (fx42a) whichever is taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_ref42_returns import MARCH, _april, _receivables

from core.ledger import noted_credits
from core.store import connect

NOTE = "PO-1 SF-200退货3台"
WAYS = {"through its customers": 0, "every line in turn": 1_000_000}


@pytest.mark.parametrize("way", WAYS)
def test_a_credit_note_naming_its_stored_sale_either_way(tmp_path: Path, monkeypatch, way):
    monkeypatch.setattr(noted_credits, "SHARE_READ_WHOLE", WAYS[way])
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", _april(NOTE))],
                 [write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH)])
    assert _receivables(tmp_path, "Metro Home") == [("PO-0", 0, 0, 10_000),
                                                     ("PO-1", 0, 3_000, 12_000)]


def test_both_ways_find_the_same_pooled_notes(tmp_path: Path, monkeypatch) -> None:
    """April alone: CN-2504 is pooled (no sale of its customer stored yet): found both ways,
    and by neither for a customer that has none."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", _april(NOTE))])
    conn = connect(tmp_path / "fast.sqlite")
    try:
        (key,) = [k for (k,) in conn.execute("SELECT key FROM customers")]
        found = {}
        for way, share in WAYS.items():
            monkeypatch.setattr(noted_credits, "SHARE_READ_WHOLE", share)
            found[way] = noted_credits.pooled_lines(conn, {key})
            assert noted_credits.pooled_lines(conn, {"nobody"}) == []
        [(_, _, note, file, sheet, row)] = found["every line in turn"]
        assert (note, file, sheet, row) == (NOTE, "台账 2025-04.xlsx", "台账", 2)
        assert [tuple(r) for r in found["through its customers"]] == [
            tuple(r) for r in found["every line in turn"]]
    finally:
        conn.close()
