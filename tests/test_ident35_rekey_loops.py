"""What the re-key and the notice step do to the clerk's merges can be taken back (ident35).

The clerk merged one buyer's spellings as a chain, "ABC Trading（HK）" into "ABC Hongkong" and
"ABC Hongkong" into "ABC Trading (HK)". Opening the database under today's key makes the two
bracket spellings one customer, merged into and out of "ABC Hongkong": a loop, which counted the
buyer on no list. Before, the re-key broke it by dropping the bracket customer's hand merge (the
clerk's latest), said so, and undo was refused from then on ("changed outside TradeTier"): the
merge could not be had back, nor any earlier change undone. Now the loop is broken by the notice
step's rule (core.override_log.unloop): the merge set first goes, the renamed customer's, set
last, stays, and undoing it brings the dropped one back.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from test_break34a_rekey import MERGED, _by_id
from test_customer_keys_audit22 import older_import
from test_print34_bracket_keys import OTHER, SPACED, WIDE, _old_key, _rows

from core import database_notices, override_changes
from core.analysis.run import analyse
from core.override_changes import last_change, merge, undo
from core.overrides import list_overrides
from core.store import connect

# fix35c: the loop the re-key closed is said as such (before: "the merges led round in a
# circle, which left the customers out of every list", which they had not, before the re-key)
CLOSED = ("with the names now one customer it led back round in a circle, so it would have "
          "left the customers out of every list.")


def _chained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def by_hand(conn: sqlite3.Connection) -> None:
        monkeypatch.setattr(override_changes, "now_text", lambda: "2025-04-02T10:00:00")
        merge(conn, _by_id(conn, WIDE), OTHER)
        merge(conn, OTHER, _by_id(conn, SPACED))

    return older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)


def _state(conn: sqlite3.Connection) -> tuple[list[tuple[str, str]], dict[str, float]]:
    merges = sorted((r.customer, r.target) for r in list_overrides(conn) if r.kind == "merge")
    sold = {c.customer: round(c.revenue_12m)
            for c in analyse(conn, as_of=date(2025, 6, 30)).customers}
    return merges, sold


def test_the_merge_the_re_key_dropped_comes_back_on_undo(tmp_path: Path, monkeypatch) -> None:
    """Opened: the loop broken (said once), the bracket customer's merge into ABC Hongkong
    kept: one buyer of 87,000 under "ABC Hongkong". Undoing that merge gives back the state
    before it: ABC Hongkong merged into the bracket customer, one buyer of 87,000 under "ABC
    Trading ( HK )". Undoing again takes that merge back too: 47,000 and 40,000. Before: the
    first undo was refused, "The overrides were changed outside TradeTier"."""
    db = _chained(tmp_path, monkeypatch)
    with connect(db) as conn:
        said = [str(m) for m in database_notices.take(conn)]
        assert _state(conn) == ([(MERGED, OTHER)], {OTHER: 87_000, "Other Co": 40_000})
        for merges, sold in (([(OTHER, MERGED)], {MERGED: 87_000, "Other Co": 40_000}),
                             ([], {MERGED: 47_000, OTHER: 40_000, "Other Co": 40_000})):
            offered = last_change(conn)
            assert offered is not None
            done = undo(conn, offered.entry)
            assert done is not None and done.code == "undone"
            assert _state(conn) == (merges, sold)
    assert said[1:] == [
        f"The merge of “{OTHER}” into “{MERGED}”, set on 2025-04-02, was dropped: {CLOSED}"]


def test_the_renamed_customers_merge_set_first_goes_undoably(tmp_path: Path,
                                                             monkeypatch) -> None:
    """The other way round: "ABC Trading（HK）" merged into "ABC Hongkong" first, then "ABC
    Hongkong" into "ABC Trading (HK)". The renamed customer's merge, set first, goes (said);
    undoing the later merge brings it back, one buyer of 87,000 under "ABC Hongkong". Before:
    that undo left no merge at all, the buyer two customers, 47,000 and 40,000."""

    def by_hand(conn: sqlite3.Connection) -> None:
        monkeypatch.setattr(override_changes, "now_text", lambda: "2025-04-02T10:00:00")
        merge(conn, OTHER, _by_id(conn, WIDE))
        merge(conn, _by_id(conn, SPACED), OTHER)

    db = older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)
    with connect(db) as conn:
        said = [str(m) for m in database_notices.take(conn)]
        assert _state(conn) == ([(OTHER, MERGED)], {MERGED: 87_000, "Other Co": 40_000})
        offered = last_change(conn)
        assert offered is not None and undo(conn, offered.entry) is not None
        assert _state(conn) == ([(MERGED, OTHER)], {OTHER: 87_000, "Other Co": 40_000})
    assert said[1:] == [
        f"The merge of “{MERGED}” into “{OTHER}”, set on 2025-04-02, was dropped: {CLOSED}"]
