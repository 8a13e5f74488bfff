"""A join of two spellings says what their corrections of different kinds make of the one
customer (key50b, from rv50k).

key50 re-keys a database written before it once: "Echo Trading." and "Echo Trading" become one
customer. rv50k's database had "Echo Trading." pinned to the black list (4,000 USD open since
January, 136 days overdue at 2025-06-30) and "Echo Trading" (30,000 paid in advance) left out of
the analysis: the one customer is left out, off the black list, and the only word was "now one
customer". Likewise "Northwind Retail Inc." merged by hand into "NW Retail Group": its other
spelling's orders silently counted under NW Retail Group too. The analysis's rule stays (an
exclusion leaves the customer out whatever it is pinned to; a merge takes every spelling's
orders and corrections to the customer merged into); the join's note now says it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from test_customer_keys_audit22 import older_import
from test_key50_trailing_stop import NUMBERED, _main_key

from core import database_notices
from core.analysis.run import analyse
from core.ledger.customer_rekey import rekey_customers
from core.notes_kept import Joined
from core.override_changes import exclude, include, merge, pin
from core.store import connect, transaction

A = date(2025, 6, 30)


def _row(number: str, day: date, name: str, amount: int, paid: bool) -> list[object]:
    return [number, day, name, amount, "USD", "T/T in advance" if paid else "OA 30 days",
            day, amount if paid else None, day if paid else None]


ROWS = [NUMBERED,
        _row("EC-1", date(2025, 1, 5), "Echo Trading.", 4_000, False),
        _row("EC-2", date(2025, 5, 5), "Echo Trading", 30_000, True),
        _row("NW-1", date(2025, 2, 15), "Northwind Retail Inc.", 15_000, False),
        _row("NW-2", date(2025, 4, 15), "Northwind Retail Inc", 6_000, False),
        _row("NW-3", date(2025, 5, 15), "NW Retail Group", 4_000, True),
        _row("CL-1", date(2025, 6, 1), "Clock Co", 5_000, True)]


def _by_id(conn: sqlite3.Connection, name: str) -> str:
    """The older key's customer, as the clerk picked it then ("#12")."""
    [(found,)] = conn.execute("SELECT id FROM customers WHERE key = ?", (_main_key(name),))
    return f"#{found}"


def _older(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def by_hand(conn: sqlite3.Connection) -> None:
        pin(conn, _by_id(conn, "Echo Trading."), "black")
        exclude(conn, _by_id(conn, "Echo Trading"))
        merge(conn, _by_id(conn, "NW Retail Group"), _by_id(conn, "Northwind Retail Inc."))
        pin(conn, _by_id(conn, "Northwind Retail Inc"), "watch")
        pin(conn, _by_id(conn, "Northwind Retail Inc"), "core")

    return older_import(tmp_path, monkeypatch, ROWS, _main_key, by_hand)


def _said(db: Path, name: str) -> tuple[str, str]:
    """The note, in English and in Chinese, of the join that kept the name `name`."""
    with connect(db) as conn:
        said = [m for m in database_notices.take(conn) if m.params.get("name") == name]
    [note] = said
    return str(note), in_chinese(lambda: str(note))


# on main each said only "2 customers whose names differ … are now one customer, “X”: …"
SAID = {
    "Echo Trading": (
        "are now one customer, “Echo Trading”: “Echo Trading”, “Echo Trading.”. "
        "“Echo Trading” was left out of the analysis and still is: the orders of "
        "“Echo Trading.” are left out with it. What was set on “Echo Trading.” (the pin to "
        "the black list) holds only once “Echo Trading” is in the analysis again.",
        "现已合并为一个客户“Echo Trading”：“Echo Trading”、“Echo Trading.”。“Echo Trading”此前"
        "已被排除，现在仍不参与分析：“Echo Trading.”的订单也随之不参与分析。在“Echo Trading.”"
        "上设定的内容（固定到黑名单）要等“Echo Trading”重新参与分析后才生效。"),
    "Northwind Retail Inc": (
        "“Northwind Retail Inc”, “Northwind Retail Inc.”. The orders of “Northwind Retail "
        "Inc” now count under “NW Retail Group” too, which “Northwind Retail Inc.” was merged "
        "into. What was set on “Northwind Retail Inc” now holds for “NW Retail Group”: the pin "
        "to the watch list, the pin to the core tier.",
        "“Northwind Retail Inc”的订单现在也计入“NW Retail Group”（“Northwind Retail Inc.”此前"
        "已并入该客户）。在“Northwind Retail Inc”上设定的内容现在对“NW Retail Group”生效："
        "固定到观察名单、固定到核心客户层。")}


@pytest.mark.parametrize("name", SAID)
def test_the_join_says_what_the_spellings_corrections_make_of_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    english, chinese = _said(_older(tmp_path, monkeypatch), name)
    assert english.endswith(SAID[name][0])
    assert chinese.endswith(SAID[name][1])


def test_what_the_notes_say_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis's rules stay: the exclusion holds, the black pin kept for when the buyer
    is included again; the merge takes both spellings and their pins."""
    db = _older(tmp_path, monkeypatch)
    with connect(db) as conn:
        shown = {c.customer: c for c in analyse(conn, as_of=A).customers}
        include(conn, "Echo Trading")
        echo = {c.customer: c for c in analyse(conn, as_of=A).customers}["Echo Trading"]
    assert "Echo Trading" not in shown and "Northwind Retail Inc" not in shown
    assert (echo.open_amount, echo.list) == (4_000, "black")
    group = shown["NW Retail Group"]
    assert (group.open_amount, group.pinned_list, group.tier) == (21_000, "watch", "core")


def test_a_plain_join_says_only_that(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Corrections that do not cross (a pin on one spelling, nothing on the other) say nothing
    more; the note kept reads back as made."""
    def by_hand(conn: sqlite3.Connection) -> None:
        pin(conn, _by_id(conn, "Echo Trading."), "black")

    db = older_import(tmp_path, monkeypatch, ROWS, _main_key, by_hand)
    conn = sqlite3.connect(db, isolation_level=None)
    with transaction(conn):
        notes = rekey_customers(conn).notes
    conn.close()
    assert Joined("Echo Trading", ("Echo Trading", "Echo Trading.")) in notes
