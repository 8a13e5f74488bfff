"""break34a: print34's bracket keys tried on an older database where the clerk had pinned each
spelling of one buyer, "ABC Trading (HK)" and "ABC Trading（HK）", to a different list, and
then asked to undo. Opening the database makes them one customer: the user's latest word about
the buyer stands, and the change offered for undo can still be undone."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from test_customer_keys_audit22 import older_import
from test_print34_bracket_keys import OTHER, SPACED, WIDE, _old_key, _rows

from core.analysis.run import analyse
from core.override_changes import last_change, merge, pin, undo
from core.overrides import list_overrides
from core.store import connect

MERGED = "ABC Trading ( HK )"  # the one customer's name: its latest row's spelling


def _by_id(conn: sqlite3.Connection, name: str) -> str:
    """The older key's customer, as the clerk picked it then ("#12")."""
    found, = conn.execute("SELECT id FROM customers WHERE key = ?", (_old_key(name),)).fetchone()
    return f"#{found}"


def _pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: tuple[str, str],
            then: tuple[str, str]) -> Path:
    """The older database, one spelling pinned first, the other then."""

    def by_hand(conn: sqlite3.Connection) -> None:
        for name, target in (first, then):
            pin(conn, _by_id(conn, name), target)

    return older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)


def _lists(db: Path) -> dict[str, tuple[str | None, float]]:
    with connect(db) as conn:
        return {c.customer: (c.list, c.overdue_amount)
                for c in analyse(conn, as_of=date(2025, 6, 30)).customers}


@pytest.mark.parametrize(("first", "then"), [((SPACED, "white"), (WIDE, "black")),
                                             ((WIDE, "white"), (SPACED, "black"))])
def test_two_spellings_pinned_apart_keep_the_latest_pin(tmp_path: Path, monkeypatch, first,
                                                      then):
    """The prepaying spelling was pinned white months ago; lately the clerk saw the other
    spelling 17,000 overdue (8,000 + 9,000 open-account invoices) and pinned it black. One
    customer now: black, the user's latest word. Before: where the white pin was on the
    spelling the new key already had, it won and the black pin was dropped unsaid: a buyer
    17,000 overdue white-listed."""
    db = _pinned(tmp_path, monkeypatch, first, then)
    assert _lists(db)[MERGED] == ("black", 17_000)
    with connect(db) as conn:
        assert [tuple(r) for r in conn.execute("SELECT kind, customer_key, target FROM "
                                               "overrides")] == [
            ("pin_list", "abc trading (hk)", "black")]


def test_the_last_pin_before_the_re_key_is_offered_and_undone_by_its_name(tmp_path: Path,
                                                                         monkeypatch):
    """The last change made before the new release: "ABC Trading（HK）" pinned black. Opened,
    the undo offer names the one customer and takes the pin back (to the white pin it replaced:
    tests/test_rekey34_told.py). Before: it named the older
    key ("abc trading(hk)" is pinned …) and undo was refused: "The overrides were changed
    outside TradeTier since the last change"."""
    db = _pinned(tmp_path, monkeypatch, (SPACED, "white"), (WIDE, "black"))
    with connect(db) as conn:
        offered = last_change(conn)
        assert offered is not None
        assert offered.change.params["customer"] == MERGED
        done = undo(conn, offered.entry)
        assert done is not None and done.code == "undone"
        left = [tuple(r) for r in conn.execute("SELECT kind, customer_key, target FROM "
                                               "overrides")]
    # rekey34: the state before the black pin, the white one on the other spelling
    assert left == [("pin_list", "abc trading (hk)", "white")]
    assert _lists(db)[MERGED] == ("white", 17_000)


@pytest.mark.parametrize("chain", [(WIDE, OTHER, SPACED), (OTHER, WIDE, SPACED)])
def test_three_spellings_merged_in_a_chain_stay_one_customer(tmp_path: Path, monkeypatch,
                                                             chain):
    """The clerk merged the buyer's three spellings as a chain, "ABC Hongkong" into "ABC
    Trading（HK）" and "ABC Trading (HK)" into "ABC Hongkong" (or the first two the other way):
    one buyer. The bracket spellings are one customer now, merged into and out of "ABC
    Hongkong" (or merged into "ABC Hongkong", and into themselves). Hand count at 06-30: one
    customer, 87,000 sold (30,000 + 8,000 + 9,000 + 40,000), 17,000 overdue, watched, named as
    the clerk's latest merge kept it (ident35: the loop's merge set first goes, as the notice
    step breaks a loop, undoably; it was the renamed customer's, set last). Before: each merged
    into the other, the buyer left out of the analysis altogether, its 17,000 overdue on no
    list; or the merge into "ABC Hongkong" dropped with the one into itself: two customers,
    47,000 and 40,000."""
    first, second, third = chain

    def by_hand(conn: sqlite3.Connection) -> None:
        named = {name: _by_id(conn, name) if name != OTHER else OTHER for name in chain}
        merge(conn, named[first], named[second])
        merge(conn, named[second], named[third])

    db = older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)
    with connect(db) as conn:
        found = {c.customer: (c.list, c.overdue_amount, round(c.revenue_12m))
                 for c in analyse(conn, as_of=date(2025, 6, 30)).customers}
        merges = [(r.customer, r.target) for r in list_overrides(conn) if r.kind == "merge"]
    kept, gone = (OTHER, MERGED)
    assert found == {kept: ("watch", 17_000, 87_000), "Other Co": (None, 0, 40_000)}
    assert merges == [(gone, kept)]
