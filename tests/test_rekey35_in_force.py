"""fix35c: the re-key an older database gets on opening keeps what was in force.

Rereading 5 reads every bracket kind as round, so "Lima Trading [Peru]" and "Lima Trading
(Peru)", stored apart by an older version, are one customer when the database is next opened.
The clerk had merged the square spelling into the round one, pinned the round one black and,
later, the merged name white: the analysis kept the customer's own pin, black with 27,000
overdue. After the re-key: white-listed, and the notice said white was "set later". Unnumbered
rows of both spellings on one day and product were numbered kept customer first, not in the
file's row order: the same file imported again put the 17,000 received on the 10,000 owed.
Undo-import said the re-key again; the log line of the re-key reached a Chinese clerk in
English; a loop the re-key itself closed was told as one that had left the buyer off the lists.
"""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_customer_keys_audit22 import HEADER, older_import
from test_ident35_bracket_kinds import ROUND, SQUARE, _old_key

from core import credit_terms, database_notices, override_changes
from core.cli.main import run
from core.ledger.importer import import_files
from core.override_changes import merge, pin
from core.overrides import load_overrides
from core.store import connect

DAYS = ("2025-05-01T09:00:00", "2025-05-02T09:00:00", "2025-05-03T09:00:00")


def _sales() -> list[list[object]]:
    """Both spellings owe on open account, 27,000 overdue at the end of June."""
    return [HEADER, *([name, date(2025, month, 5), "pump", amount, "USD", "OA 30 days",
                       date(2025, month, 10), None, None]
                      for name, month, amount in ((ROUND, 1, 10_000), (SQUARE, 2, 17_000),
                                                  ("Quito Flores", 3, 5_000)))]


def _by_id(conn: sqlite3.Connection, name: str) -> str:
    found, = conn.execute("SELECT id FROM customers WHERE key = ?", (_old_key(name),)).fetchone()
    return f"#{found}"


def _customers(db: Path, *extra: str) -> tuple[list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    assert run(["customers", "--db", str(db), "--json", "--as-of", "2025-06-30", *extra],
               out, err) == 0
    return json.loads(out.getvalue())["customers"], err.getvalue()


def _merged_then_pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, set_value,
                        kept: str = ROUND) -> Path:  # noqa: ANN001
    """Round pinned first, square (merged into round) pinned later: round's own in force."""
    other = SQUARE if kept == ROUND else ROUND

    def by_hand(conn: sqlite3.Connection) -> None:
        for (name, value), day in zip(((kept, 0), (other, 1)), DAYS, strict=False):
            monkeypatch.setattr(override_changes, "now_text", lambda day=day: day)
            set_value(conn, _by_id(conn, name), value)
        monkeypatch.setattr(override_changes, "now_text", lambda: DAYS[2])
        merge(conn, _by_id(conn, kept), _by_id(conn, other))

    return older_import(tmp_path, monkeypatch, _sales(), _old_key, by_hand)


@pytest.mark.parametrize("kept", [ROUND, SQUARE])
def test_the_customers_own_pin_stays_in_force(tmp_path: Path, monkeypatch, kept) -> None:
    """Before: white-listed (the merged name's pin, set later, never in force), and told
    "replaced by the pin to the white list, set later". Now black, 27,000 overdue, as before;
    whichever spelling the clerk merged into (the renamed one or the one keeping its key)."""
    db = _merged_then_pinned(tmp_path, monkeypatch, lambda conn, who, i: pin(
        conn, who, ("black", "white")[i]), kept)
    rows, err = _customers(db)
    lima = next(c for c in rows if c["customer"] != "Quito Flores")
    assert (lima["list"], lima["pinned_list"], lima["overdue_amount"]) == (
        "black", "black", 27_000.0)
    said = err.splitlines()
    assert len(said) == 2 and "are now one customer" in said[0]
    assert said[1] == (f"“{lima['customer']}”: the pin to the white list set on 2025-05-02 on "
                       "another spelling of its name was dropped; the pin to the black list, "
                       "the one in force, stays.")
    with connect(db) as conn:
        assert [tuple(r) for r in conn.execute("SELECT kind, target FROM overrides")] == [
            ("pin_list", "black")]


@pytest.mark.parametrize(("kind", "set_value", "values"), [
    ("credit_limits", lambda conn, who, i: credit_terms.set_limit(conn, who, (5_000, 90_000)[i]),
     ((5_000.0, "USD"), (90_000.0, "USD"))),
    ("groups", lambda conn, who, i: credit_terms.group(conn, [who], ("Andes", "Pacific")[i]),
     ("Andes", "Pacific"))])
def test_the_customers_own_limit_and_group_stay(tmp_path: Path, monkeypatch, kind, set_value,
                                                values) -> None:
    db = _merged_then_pinned(tmp_path, monkeypatch, set_value)
    with connect(db) as conn:
        ids = dict(conn.execute("SELECT key, id FROM customers"))
        found = getattr(load_overrides(conn), kind)[ids["lima trading (peru)"]]
    assert found == values[0]


def _unnumbered() -> list[list[object]]:
    """Square above round, one day and product, no order numbers: paid, then owed."""
    return [["客户名称", "下单日期", "产品", "金额", "币种", "已收金额", "收款日期"],
            [SQUARE, date(2025, 2, 5), "pump", 17_000, "USD", 17_000, date(2025, 3, 1)],
            [ROUND, date(2025, 2, 5), "pump", 10_000, "USD", None, None]]


def test_the_same_file_again_keeps_the_debt_open(tmp_path: Path, monkeypatch) -> None:
    """Before: 27,000 sold, 10,000 open after the re-key, 0 open after the same file again
    (the 10,000 line took the 17,000 received). Now 10,000 open, the keys a fresh import's."""
    db = older_import(tmp_path, monkeypatch, _unnumbered(), _old_key, lambda conn: None)
    [lima] = _customers(db)[0]
    assert (lima["revenue_12m"], lima["open_amount"]) == (27_000.0, 10_000.0)
    ledger = tmp_path / "ledger.xlsx"  # the file the older version imported
    [again] = import_files(db, [ledger])
    assert (again.counts.inserted, again.counts.updated) == (0, 0)
    [lima] = _customers(db)[0]
    assert (lima["revenue_12m"], lima["open_amount"]) == (27_000.0, 10_000.0)
    import_files(tmp_path / "fresh.sqlite", [ledger])

    def keys(path: Path) -> list[tuple[str, float]]:
        with sqlite3.connect(path) as conn:
            return sorted(conn.execute("SELECT o.order_key, l.amount FROM orders o JOIN "
                                       "order_lines l ON l.order_id = o.id"))

    assert keys(db) == keys(tmp_path / "fresh.sqlite")


def test_undo_import_says_the_re_key_no_more(tmp_path: Path, monkeypatch) -> None:
    """Before: the join said after the import, and again after undo-import."""
    db = older_import(tmp_path, monkeypatch, _sales(), _old_key, lambda conn: None)
    other = write_xlsx(tmp_path / "feb.xlsx", {"2025": [
        HEADER, ["Quito Flores", date(2025, 4, 5), "valve", 500, "USD", "OA 30 days", None,
                 None, None]]})

    def command(*args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        assert run([*args, "--db", str(db)], out, err) == 0
        return err.getvalue()

    assert "are now one customer" in command("import", str(other))
    assert "are now one customer" not in command("undo-import", "--yes")
    assert "are now one customer" not in command("summary")
    with connect(db) as conn:
        assert database_notices.take(conn) == []


def test_the_chinese_clerk_reads_no_english_log(tmp_path: Path, monkeypatch, caplog) -> None:
    """Before: "customer keys read again: {...}" on stderr, a warning the command line's
    logging (none set) printed as it was, in English."""
    db = older_import(tmp_path, monkeypatch, _sales(), _old_key, lambda conn: None)
    caplog.set_level(logging.INFO, logger="tradetier")
    _, err = _customers(db, "--lang", "zh_CN")
    logged = [r for r in caplog.records if "customer keys read again" in r.getMessage()]
    assert logged and all(r.levelno < logging.WARNING for r in logged)
    assert err.splitlines() and all("合并为一个客户" in line for line in err.splitlines())


def test_a_loop_the_re_key_closed_is_told_as_such(tmp_path: Path, monkeypatch) -> None:
    """"Lima Peru" merged into square, round into "Lima Peru": round and square now one, a
    loop. Before: told the merges "left the customers out of every list", which they never
    did before the re-key."""
    rows = [*_sales(), ["Lima Peru", date(2025, 3, 5), "pump", 1_000, "USD", "OA 30 days",
                        None, None, None]]

    def by_hand(conn: sqlite3.Connection) -> None:
        for day, (keep, other) in zip(DAYS, ((SQUARE, "Lima Peru"), ("Lima Peru", ROUND)),
                                      strict=False):
            monkeypatch.setattr(override_changes, "now_text", lambda day=day: day)
            merge(conn, _by_id(conn, keep) if keep != "Lima Peru" else keep,
                  _by_id(conn, other) if other != "Lima Peru" else other)

    db = older_import(tmp_path, monkeypatch, rows, _old_key, by_hand)
    _, err = _customers(db)
    [loop] = [line for line in err.splitlines() if "circle" in line]
    assert "with the names now one customer it led back round in a circle" in loop
    assert "2025-05-01" in loop
    _, err = _customers(db, "--lang", "zh_CN")
    assert err == ""  # said once
