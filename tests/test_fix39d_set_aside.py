"""fix39d: a real wire dropped as "listed twice" when the bank's list comes before the ledger
(core.ledger.set_aside, core.ledger.listed_twice).

The ledger sells S-1 5,000 and S-2 4,900 to Lima and K-7 2,000 to Tokyo; the bank's list (a
收款 tab of its own file) holds Lima's two real wires of 04-20, 5,000 and 4,900, both noted
"K-7" (a clerk's note naming Tokyo's order). Hand count: 9,900 sold to Lima, 9,900 received:
nothing open. Ledger first: K-7 is an order's number, no wire's reference, both counted.
Before, the bank's list first: nothing stored said K-7 was an order, the two rows were taken
for one wire less a 100 charge and the 5,000 deleted: Lima 4,900 open however the ledger came
after. Now the 5,000 is set aside and the ledger's import counts it again, saying so.
Each import is run by the app's import and the reference one (test_payments_pay33._files).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from databases import before_schema_21
from ledgers import write_xlsx
from test_lists_audit28 import at
from test_pay39_wire_refs import SALES
from test_payments_fix35e import LIMA, TOKYO
from test_payments_pay33 import _files
from test_payments_pay35a import NOTE_HEADER, _money
from test_wire38_listed_twice import _said

from core import recovery
from core.ledger.importer import import_files
from core.store import SCHEMA_VERSION, connect

LEDGER, BANK = "台账.xlsx", "银行水单.xlsx"
LIMA_SALES = {"台账": SALES}  # S-1 5,000 and S-2 4,900 to Lima, K-7 2,000 to Tokyo
TOKYO_PAID = _money(TOKYO, "2025-05-01", 2_000, "USD", "K-7")
BACK = "counted again"
BACK_ZH = "重新计入"


def wires(*more: list[object]) -> dict[str, list[list[object]]]:
    """The bank's list: Lima's 5,000 and 4,900 of 04-20, both noted "K-7", then `more`."""
    return {"收款": [NOTE_HEADER, _money(LIMA, "2025-04-20", 5_000, "USD", "K-7"),
                   _money(LIMA, "2025-04-20", 4_900, "USD", "K-7"), *more]}


def _aside(db: Path) -> list[tuple[str, str, int, list[str], float]]:
    """The rows set aside: file, sheet, row, references and the sum received."""
    conn = sqlite3.connect(db)
    try:
        return [(file, sheet, row, json.loads(refs), json.loads(line)["received_amount"])
                for file, sheet, row, refs, line in conn.execute(
                    "SELECT file, sheet, row, refs, line_row FROM set_aside_lines")]
    finally:
        conn.close()


def _received(db: Path) -> list[float]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT l.received_amount FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "JOIN customers c ON c.id = o.customer_id WHERE c.name = ? AND "
            "l.received_amount IS NOT NULL", (LIMA,)))
    finally:
        conn.close()


def test_ledger_first_counts_both_wires_and_sets_nothing_aside(tmp_path: Path):
    """Ledger, then the bank's list: 0 open, nothing listed twice, nothing set aside.
    Unchanged."""
    owed, results = _files(tmp_path, (LEDGER, LIMA_SALES), (BANK, wires()))
    assert owed[LIMA] == (0, 0)
    assert "listed twice" not in _said(results)
    assert _aside(tmp_path / "fast.sqlite") == []


def test_bank_list_first_sets_the_dropped_wire_aside_and_the_ledger_counts_it(tmp_path: Path):
    """The bank's list alone: one wire listed twice as before, the 5,000 (row 2) kept aside on
    K-7. Then the ledger: 0 open (was 4,900, the 5,000 deleted), both wires stored, nothing
    left aside, and its report names the file, sheet, row and sum in both languages."""
    owed, results = _files(tmp_path, (BANK, wires()))
    assert owed[LIMA] == (0, 4_900)
    assert _aside(tmp_path / "fast.sqlite") == [(BANK, "收款", 2, ["k7"], 5_000)]
    owed, results = _files(tmp_path, (LEDGER, LIMA_SALES))
    assert owed[LIMA] == (0, 0), "was (4,900, 0): a real wire deleted"
    assert _received(tmp_path / "fast.sqlite") == [4_900, 5_000]
    assert _aside(tmp_path / "fast.sqlite") == []
    said = _said(results)
    assert BACK in said and BACK_ZH in said
    assert f"{BANK}, sheet “收款”: 1 payment" in said and "(row 2: 5,000.00 2025-04-20)" in said
    assert "现重新计入（第 2 行：5,000.00 2025-04-20）：" in said  # place40: was 行号 2（…）


def test_a_re_sent_bank_list_updates_the_wire_put_back(tmp_path: Path):
    """Bank's list, ledger, then the list re-sent with Tokyo's 2,000 of 05-01 added: Lima
    still 0 open, her two wires stored once each (not 5,000 twice), Tokyo 0 open, nothing
    listed twice or set aside."""
    _files(tmp_path, (BANK, wires()))
    _files(tmp_path, (LEDGER, LIMA_SALES))
    owed, results = _files(tmp_path, (BANK, wires(TOKYO_PAID)))
    assert owed[LIMA] == (0, 0) and owed[TOKYO] == (0, 0)
    assert _received(tmp_path / "fast.sqlite") == [4_900, 5_000]
    assert "listed twice" not in _said(results)
    assert _aside(tmp_path / "fast.sqlite") == []


def test_a_bank_list_re_sent_before_the_ledger_keeps_one_row_aside(tmp_path: Path):
    """The list, the list re-sent (Tokyo's 2,000 added), then the ledger: one row aside, not
    two, and 0 open after the ledger."""
    _files(tmp_path, (BANK, wires()))
    _files(tmp_path, (BANK, wires(TOKYO_PAID)))
    assert _aside(tmp_path / "fast.sqlite") == [(BANK, "收款", 2, ["k7"], 5_000)]
    owed, _ = _files(tmp_path, (LEDGER, LIMA_SALES))
    assert owed[LIMA] == (0, 0)
    assert _received(tmp_path / "fast.sqlite") == [4_900, 5_000]


def test_undoing_the_ledger_s_import_sets_the_wire_aside_again(tmp_path: Path):
    """Bank's list, ledger, undo the ledger's import: the 5,000 is aside again (the database
    as the list left it), and the ledger imported again counts it: 0 open."""
    folder, db = tmp_path / "files", tmp_path / "undo.sqlite"
    bank, ledger = write_xlsx(folder / BANK, wires()), write_xlsx(folder / LEDGER, LIMA_SALES)
    import_files(db, [bank])
    import_files(db, [ledger])
    assert _aside(db) == [] and _received(db) == [4_900, 5_000]
    recovery.undo_import(db)
    assert _aside(db) == [(BANK, "收款", 2, ["k7"], 5_000)] and _received(db) == [4_900]
    import_files(db, [ledger])
    assert _received(db) == [4_900, 5_000]
    assert {c.customer: c.open_amount for c in at(db).customers}[LIMA] == 0


def test_a_schema_20_database_opens_with_an_empty_table_and_sets_aside(tmp_path: Path):
    """A database schema 20 left (no set_aside_lines) opens at schema 21 with the table
    empty, and the bank's list then the ledger imported into it leave Lima 0 open."""
    folder, db = tmp_path / "files", tmp_path / "old.sqlite"
    connect(db).close()
    old = sqlite3.connect(db)
    before_schema_21(old)
    old.execute("PRAGMA user_version = 20")
    old.commit()
    old.close()
    conn = connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT COUNT(*) FROM set_aside_lines").fetchone()[0] == 0
    finally:
        conn.close()
    import_files(db, [write_xlsx(folder / BANK, wires())])
    assert len(_aside(db)) == 1
    import_files(db, [write_xlsx(folder / LEDGER, LIMA_SALES)])
    assert {c.customer: c.open_amount for c in at(db).customers}[LIMA] == 0
