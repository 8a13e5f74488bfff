"""A buyer's name typed with full-width brackets is the same customer (print34).

"ABC Trading（HK）" (the brackets a Chinese keyboard types) and "ABC Trading (HK)" were two
customers: the prepaid orders on one, the late open-account invoices on the other, each judged
on half its account. A bracket's width and the spaces around it are typing, not a name; the
words inside and around still tell buyers apart. A database the older key left is brought under
the new one when opened: its hand merges, pins and month-end snapshots follow.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_customer_keys_audit22 import HEADER, _customers, older_import
from test_fast_import import _same_import

from core.analysis import snapshots
from core.ledger import normalise
from core.ledger.importer import import_files
from core.override_changes import merge, pin
from core.overrides import list_overrides, load_overrides
from core.store import connect

SPACED = "ABC Trading (HK)"
WIDE = "ABC Trading（HK）"  # full-width brackets, as a Chinese input method types them
OTHER = "ABC Hongkong"  # another spelling the clerk merged by hand


def _rows() -> list[list[object]]:
    """The buyer prepays its large orders; the same buyer, typed with full-width brackets,
    is months late on two open-account invoices. No order numbers: rows keyed by customer."""
    sales = ((SPACED, 1, "pump", 30_000, True), (WIDE, 1, "pump", 8_000, False),
             ("ABC Trading ( HK )", 2, "valve", 9_000, False), (OTHER, 3, "valve", 40_000, True),
             ("Other Co", 6, "valve", 40_000, True))
    return [HEADER, *([name, date(2025, month, 5), product, amount, "USD",
                       "T/T in advance" if paid else "OA 30 days", date(2025, month, 10),
                       amount if paid else None, date(2025, month, 8) if paid else None]
                      for name, month, product, amount, paid in sales)]


def test_full_width_brackets_are_the_same_customer(tmp_path: Path) -> None:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"2025": _rows()})
    _same_import(tmp_path / "both", [ledger])  # the reference import reads it alike
    found = _customers(tmp_path / "both" / "fast.sqlite")
    # before: "abc trading (hk)" with 1 order and "abc trading(hk)" with 1, the spaced
    # "( HK )" a third
    assert [(k, count) for k, _, count in found] == [
        ("abc hongkong", 1), ("abc trading (hk)", 3), ("other co", 1)]


def test_keys_fold_bracket_width_and_spacing_only() -> None:
    key = normalise.customer_key
    assert key(WIDE) == key(SPACED) == key("ABC Trading(HK)") == key("abc trading ( hk )")
    assert key("ABC Trading（HK）Ltd") == key("ABC Trading (HK) Ltd")
    # the spacing that was already one key stays the key it was (no stored key moves)
    assert key(SPACED) == "abc trading (hk)"
    assert key("Cape Homeware (Pty) Ltd") == "cape homeware (pty) ltd"
    hong_kong = "华美贸易(香港)有限公司"
    assert key("华美贸易 （香港） 有限公司") == key(hong_kong) == hong_kong
    assert key("ABC （香港）") == key("ABC(香港)") == "abc (香港)"
    # what a reader sees still tells buyers apart
    assert key(SPACED) != key("ABC Trading") != key("ABC Trading (SG)")
    assert key("ABC Trading (HK)") != key("ABC Trading HK")


def _old_key(name: str) -> str:
    """The key before this pass: brackets as typed."""
    if name.isascii():
        return normalise.fold(name)
    return normalise._HAN_SPACE.sub("", normalise.fold(name.translate(normalise._FORMAT_MARKS)))


def _as_the_older_import_left_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database imported by the older key: the three spellings apart, OTHER merged by hand
    into the full-width one, which is pinned to the black list; its month-end snapshots
    stored; then the readings version of that release."""

    def by_hand(conn: sqlite3.Connection) -> None:
        assert len(list(conn.execute("SELECT 1 FROM customers"))) == 5
        merge(conn, WIDE, OTHER)
        pin(conn, WIDE, "black")
        pin(conn, "Other Co", "white")
        stored = snapshots.ensure(conn, [date(2025, 6, 30)])[date(2025, 6, 30)]
        assert len(stored.customers) == 4  # the older key's three ABCs, OTHER merged

    return older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)


def test_an_older_database_holds_the_buyer_once_with_its_merge_pin_and_snapshots(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _as_the_older_import_left_it(tmp_path, monkeypatch)
    with connect(db) as conn:  # opening reads the keys again
        listed = [tuple(r) for r in conn.execute(
            "SELECT kind, customer_key, target FROM overrides")]
        shown = {(r.customer, r.target) for r in list_overrides(conn) if r.kind == "merge"}
        overrides = load_overrides(conn)
        ids = dict(conn.execute("SELECT key, id FROM customers"))
        june = snapshots.ensure(conn, [date(2025, 6, 30)])[date(2025, 6, 30)]
    assert sorted(listed) == [("merge", "abc hongkong", "abc trading (hk)"),
                              ("pin_list", "abc trading (hk)", "black"),
                              ("pin_list", "other co", "white")]
    assert [(k, count) for k, _, count in _customers(db)] == [
        ("abc hongkong", 1), ("abc trading (hk)", 3), ("other co", 1)]
    assert shown == {(OTHER, "ABC Trading ( HK )")}  # merged into the latest row's spelling
    assert overrides.pinned_list == {ids["abc trading (hk)"]: "black", ids["other co"]: "white"}
    # the stored June snapshot was read again: one ABC Trading (its merged name in it), black
    assert len(june.customers) == 2
    abc = june.customers[ids["abc trading (hk)"]]
    assert abc.list == "black" and abc.overdue_amount == 17_000
    # next month's ledger repeats every row and adds one: none is stored twice
    month = [*_rows(), [WIDE, date(2025, 7, 2), "pump", 5_000, "USD", "OA 30 days", None,
                        None, None]]
    later = write_xlsx(tmp_path / "july.xlsx", {"2025": month})
    [again] = import_files(db, [later])
    assert (again.counts.inserted, again.counts.unchanged) == (1, 5)
    assert [count for *_, count in _customers(db)] == [1, 4, 1]
