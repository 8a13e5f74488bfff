"""mem41c: an update month kept the tab of every stored line it met (stored_receipts.Bases.
tab_payment), though only a line the file shows again on a later tab reads it back: 700,000
lines' keys and tabs of the 1M update, +60 MB of its peak. Only the lines shown again now."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_ord41_order import _late, _line

import core.ledger.writer as writer_module
from core.ledger.stored_receipts import Bases


@pytest.mark.parametrize("tabs", [("定金", "尾款"), ("尾款", "定金")])
def test_only_the_lines_shown_again_keep_their_tab(tmp_path: Path, monkeypatch, tabs):
    """A book whose 定金 and 尾款 tabs both show MT-1 (4,500 of 03-02, 10,500 of 04-20) and
    whose first tab alone shows MT-2 (2,000 of 20,000 received 03-15), imported, then again
    with Lagos Ltd's MT-9 5,000 added: the second import meets both stored lines. Hand count:
    MT-1 settled by its two payments (0 open); Lagos Ltd 23,000 open (MT-2's 18,000, MT-9's
    5,000). The app's import kept the tab of MT-1's line only (before: MT-2's too, as every
    stored line's of a 1M update)."""
    made: list[Bases] = []

    class Kept(Bases):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(writer_module, "Bases", Kept)
    other = [*row("MT-2", "Lagos Ltd", "2025-03-01", 20_000, "2025-03-05", 2_000,
                  "2025-03-15"), None, None]
    rows = {"定金": _line(4_500, "2025-03-02", "定金"), "尾款": _line(10_500, "2025-04-20", "尾款")}
    grown = [*row("MT-9", "Lagos Ltd", "2025-03-01", 5_000, "2025-03-05", None, None), None, None]
    book = tmp_path / "ledgers" / B
    for extra in ([], [grown]):
        write_xlsx(book, {tab: [TYPED, rows[tab], *([other, *extra] if tab == tabs[0] else [])]
                          for tab in tabs})
        _same_import(tmp_path, [book])
    db = tmp_path / "fast.sqlite"
    assert _late(db) == (0, [("MT-1", 0, 0)])
    assert round(by_name(at(db, d("2025-06-30")))["Lagos Ltd"].open_amount, 2) == 23_000
    kept = made[-1]._tabs  # the second import's
    assert kept and all("MT-1" in key.upper() for key in kept), sorted(kept)
