"""Square and other brackets are typing too (ident35).

"Lima Trading [Peru]", "Lima Trading (Peru)" and "Lima Trading【Peru】" were three customers,
each judged on a third of the buyer's account, where round brackets of either width were one
(print34). One bracket rule over every kind: the brackets' kind, width and spacing are typing;
the words inside and around them still tell buyers apart. An older database is re-keyed once
when opened (readings 5), and what that joined is said once.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_customer_keys_audit22 import HEADER, _customers, older_import

from core import database_notices
from core.ledger import normalise, rereading
from core.ledger.importer import import_files
from core.override_changes import merge, pin
from core.overrides import load_overrides
from core.store import connect

ROUND = "Lima Trading (Peru)"
SQUARE = "Lima Trading [Peru]"
LENTICULAR = "Lima Trading【Peru】"  # as a Chinese input method types 【 and 】
OTHER = "Lima Peru"
TODAYS_KEY = normalise.customer_key  # the older key below is worked out from it


def _rows() -> list[list[object]]:
    """One buyer under three brackets: prepaid under one, late open-account invoices under
    the others. No order numbers: rows keyed by customer."""
    sales = ((ROUND, 1, "pump", 30_000, True), (SQUARE, 1, "pump", 8_000, False),
             (LENTICULAR, 2, "valve", 9_000, False), ("Lima Trading〔Peru〕", 2, "hose", 1_000,
                                                      False),
             (OTHER, 3, "valve", 40_000, True), ("Other Co", 6, "valve", 40_000, True))
    return [HEADER, *([name, date(2025, month, 5), product, amount, "USD",
                       "T/T in advance" if paid else "OA 30 days", date(2025, month, 10),
                       amount if paid else None, date(2025, month, 8) if paid else None]
                      for name, month, product, amount, paid in sales)]


@pytest.mark.parametrize("typed", [
    SQUARE, LENTICULAR, "Lima Trading［Peru］", "Lima Trading〔Peru〕", "Lima Trading〖Peru〗",
    "lima trading [ peru ]", "Lima Trading[Peru]", "LIMA TRADING （PERU）"])
def test_every_bracket_kind_is_the_round_key(typed: str) -> None:
    assert normalise.customer_key(typed) == normalise.customer_key(ROUND) == "lima trading (peru)"


def test_brackets_still_tell_words_apart() -> None:
    key = normalise.customer_key
    assert key(SQUARE) != key("Lima Trading Peru") != key("Lima Trading [Chile]")
    hong_kong = "华美贸易(香港)有限公司"
    assert key("华美贸易【香港】有限公司") == key("华美贸易〔香港〕有限公司") == hong_kong
    assert key("[KR] Busan Mart") == "(kr) busan mart"
    # names without any bracket keep the key they had (a closing full stop is typing: key50)
    assert key("ABC Trading (HK)") == "abc trading (hk)" and key("Acme Co.") == "acme co"


def test_one_customer_on_import(tmp_path: Path) -> None:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"2025": _rows()})
    [result] = import_files(tmp_path / "db.sqlite", [ledger])
    assert result.status == "imported"
    # before: "lima trading (peru)" 1, "lima trading [peru]" 1, "lima trading【peru】" 1, ...
    assert [(k, count) for k, _, count in _customers(tmp_path / "db.sqlite")] == [
        ("lima peru", 1), ("lima trading (peru)", 4), ("other co", 1)]


def _old_key(name: str) -> str:
    """The key of readings 4: round brackets of either width alike, other kinds as typed."""
    kept = name.translate({ord(c): f"\0{i}" for i, c in enumerate("[]【】〔〕［］")})
    key = TODAYS_KEY(kept)
    for i, c in enumerate("[]【】〔〕[]"):
        key = key.replace(f"\0{i}", c)
    return key


def test_an_older_database_is_rekeyed_once_and_says_so_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rereading.VERSION >= 5  # every bracket kind one key since readings 5 (ident35)

    def by_hand(conn: sqlite3.Connection) -> None:
        assert len(list(conn.execute("SELECT 1 FROM customers"))) == 6
        merge(conn, SQUARE, OTHER)
        pin(conn, LENTICULAR, "black")

    db = older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)
    with connect(db) as conn:
        said = [str(m) for m in database_notices.take(conn)]
        again = database_notices.take(conn)
        ids = dict(conn.execute("SELECT key, id FROM customers"))
        overrides = load_overrides(conn)
        merges = [tuple(r) for r in conn.execute(
            "SELECT customer_key, target FROM overrides WHERE kind = 'merge'")]
    assert [(k, count) for k, _, count in _customers(db)] == [
        ("lima peru", 1), ("lima trading (peru)", 4), ("other co", 1)]
    assert merges == [("lima peru", "lima trading (peru)")]
    assert overrides.pinned_list == {ids["lima trading (peru)"]: "black"}
    assert len(said) == 1 and "4" in said[0] and SQUARE in said[0] and LENTICULAR in said[0]
    assert again == []
    # next month's ledger repeats every row and adds one: none is stored twice
    month = [*_rows(), [SQUARE, date(2025, 7, 2), "pump", 5_000, "USD", "OA 30 days", None,
                        None, None]]
    [result] = import_files(db, [write_xlsx(tmp_path / "july.xlsx", {"2025": month})])
    assert (result.counts.inserted, result.counts.unchanged) == (1, 6)
    assert [count for *_, count in _customers(db)] == [1, 5, 1]
