"""Two buyers writing the same PO number in one ledger: an order of each (core.ledger.order_buyers).

An earlier audit's ledger: the firm types the buyer's PO number in the order-number column, and
POs 1001 and 1002 were used by both "ABC Trading (HK)", which prepays, and "Metro AG Poland",
which had 17,000 unpaid. Every row of a number was one order of the first-named buyer: ABC
ended on the watch list owing Metro's invoices 155 days overdue, and Metro's orders vanished
from every list; the import only warned. Reader 5 keys an unalike buyer's rows apart; names
alike (case, a company form, 同上 for the customer above) stay one order.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import older_customer_key, write_xlsx
from test_fast_import import _same_import

from core import i18n
from core.analysis.run import analyse
from core.ledger import order_buyers
from core.ledger.importer import READER_VERSION, content_hash, import_files
from core.store import connect

HEADER = ["PO No.", "Customer", "Order Date", "Product", "Amount", "Currency", "Payment Terms",
          "Ship Date", "Received", "Received Date"]
AS_OF = date(2025, 7, 24)
ABC, METRO = "ABC Trading (HK)", "Metro AG Poland"
PREPAID = "T/T in advance"


def _rows() -> list[list[object]]:
    """ABC's rows paid before shipping; Metro's 12,000 + 5,000 on OA 30, never paid (due 19
    and 20 February: 155 and 154 days past due on 24 July). ABC's own rows under the same
    numbers are spelled otherwise (case, a company form, 同上) and stay ABC's orders."""
    return [HEADER,
            ["1001", ABC, date(2025, 1, 6), "Pump", 8000, "USD", PREPAID, date(2025, 1, 15),
             8000, date(2025, 1, 8)],
            ["1001", METRO, date(2025, 1, 10), "Valve", 12000, "USD", "OA 30 days",
             date(2025, 1, 20), None, None],
            ["1001", "abc trading (hk)", date(2025, 1, 6), "Hose", 1000, "USD", PREPAID,
             date(2025, 1, 15), 1000, date(2025, 1, 8)],
            ["1002", ABC, date(2025, 1, 12), "Pump", 6000, "USD", PREPAID, date(2025, 1, 20),
             6000, date(2025, 1, 14)],
            ["1002", "同上", date(2025, 1, 12), "Hose", 500, "USD", PREPAID, date(2025, 1, 20),
             500, date(2025, 1, 14)],
            ["1002", METRO, date(2025, 1, 11), "Valve", 5000, "USD", "OA 30 days",
             date(2025, 1, 21), None, None],
            ["1002", "ABC Trading (HK) Co., Ltd", date(2025, 1, 12), "Seal", 300, "USD", PREPAID,
             date(2025, 1, 20), 300, date(2025, 1, 14)],
            ["1003", ABC, date(2025, 7, 18), "Pump", 4000, "USD", PREPAID, date(2025, 7, 24),
             4000, date(2025, 7, 24)]]  # receipts are booked up to 24 July


def _ledger(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return write_xlsx(folder / "2025台账.xlsx", {"台账": _rows()})


def _orders(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(
            "SELECT c.key, o.order_no, o.order_date, COUNT(*), SUM(l.amount), "
            "SUM(COALESCE(l.received_amount, 0)) FROM orders o JOIN customers c ON c.id = "
            "o.customer_id JOIN order_lines l ON l.order_id = o.id GROUP BY o.id"))
    finally:
        conn.close()


EXPECTED = [("abc trading (hk)", "1001", "2025-01-06", 2, 9000.0, 9000.0),
            ("abc trading (hk)", "1002", "2025-01-12", 3, 6800.0, 6800.0),
            ("abc trading (hk)", "1003", "2025-07-18", 1, 4000.0, 4000.0),
            ("metro ag poland", "1001", "2025-01-10", 1, 12000.0, 0.0),
            ("metro ag poland", "1002", "2025-01-11", 1, 5000.0, 0.0)]


def _lists(db: Path) -> dict[str, tuple[str | None, float, int]]:
    with connect(db) as conn:
        return {c.customer: (c.list, round(c.open_amount), c.max_days_overdue)
                for c in analyse(conn, as_of=AS_OF).customers}


def test_two_buyers_sharing_po_numbers_each_keep_their_orders_and_lists(tmp_path):
    """Each buyer has its own 1001 and 1002 with its own amounts; ABC's rows spelled otherwise
    (case, a company form, 同上) stay in ABC's orders, one order per number as before; the
    prepaying ABC is on no stop-loss or watch list and owes nothing (before: black-listed,
    "1001: 1,200 USD open, 185 days past due"), Metro owes its 17,000, 155 days past due;
    the fast import and the reference agree."""
    [result] = _same_import(tmp_path, [_ledger(tmp_path)])
    assert result.status == "imported"
    assert _orders(tmp_path / "fast.sqlite") == EXPECTED
    lists = _lists(tmp_path / "fast.sqlite")
    abc = next(v for k, v in lists.items() if k.lower().startswith("abc"))
    assert abc[0] not in ("black", "watch", "confirm") and abc[1] == 0 and abc[2] == 0
    # average order 8,500 < 20,000 USD, 155 > 60 days past due: the stop-loss black list
    assert lists[METRO] == ("black", 17000, 155)
    # as before, one order of customers spelled alike but keyed apart is said, merge or not
    [alike] = [w for w in result.warnings if w.code == "order_number_shared"]
    assert alike.params["orders"] == "1002 (ABC Trading (HK), ABC Trading (HK) Co., Ltd)"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_report_names_file_sheet_rows_and_both_buyers(tmp_path, language):
    i18n.set_language(language)
    [result] = import_files(tmp_path / "firm.sqlite", [_ledger(tmp_path)])
    notes = [w for w in result.warnings if w.code == "order_number_buyers"]
    assert [(w.params["order"], w.params["rows"], w.params["count"]) for w in notes] == [
        ("1001", "3", 1), ("1002", "7", 1)]
    text = notes[0].text
    for said in ("2025台账.xlsx", "“台账”", "1001", ABC, METRO):
        assert said in text
    if language == "zh_CN":
        assert "第 3 行" in text and "订单号 1001" in text and f"{ABC}、{METRO}" in text
    else:
        assert "row 3 is kept apart" in text and f"{ABC}, {METRO}" in text


def test_importing_again_after_the_upgrade_replaces_reader_4_s_merged_order(
        tmp_path, monkeypatch):
    """Reader 4 (checked against main's 8036bfe on this ledger: the same lines) stored each
    number as one order of ABC holding Metro's rows. Importing the very file again, as the
    user guides say after an upgrade, leaves the split orders alone, as a fresh import
    does: no merged order beside them, nothing owed twice."""
    assert READER_VERSION >= 5  # reader 5 kept the buyers apart; later ones still do
    db, path = tmp_path / "firm.sqlite", _ledger(tmp_path)
    with monkeypatch.context() as patched:  # reader 4: every name alike
        patched.setattr(order_buyers, "alike", lambda a, b: True)
        [then] = import_files(db, [path])
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE imports SET content_hash = ? WHERE id = ?",
                     (content_hash(path) + ":reader=4", then.import_id))
    conn.close()
    merged = _orders(db)
    assert [(o[0], o[1], o[4]) for o in merged] == [
        ("abc trading (hk)", "1001", 21000.0), ("abc trading (hk)", "1002", 11800.0),
        ("abc trading (hk)", "1003", 4000.0)]
    [again] = import_files(db, [path])
    assert again.status == "imported"
    assert _orders(db) == EXPECTED
    [note] = [w for w in again.warnings if w.code == "reread_rows_replaced"]
    assert "Metro AG Poland" in note.text
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    import_files(fresh / "firm.sqlite", [path])
    assert _lists(db) == _lists(fresh / "firm.sqlite")


def test_later_files_keep_each_buyer_s_order_whoever_is_named_first(tmp_path):
    """Once kept apart, a number stays each buyer's: a later file naming Metro first gives
    no order to the other buyer, and August's file with only Metro's payment row on PO 1001
    pays Metro's order; before the store was asked, Metro's row took the number's own order,
    ABC's, moving it to Metro with Metro's 12,000 counted twice."""
    first = _ledger(tmp_path / "jan")
    metro_first = [HEADER, *[r for r in _rows()[1:] if r[1] == METRO],
                   *[r for r in _rows()[1:] if r[1] != METRO]]
    later = write_xlsx(tmp_path / "feb.xlsx", {"台账": metro_first})
    paid = write_xlsx(tmp_path / "aug.xlsx", {"8月": [
        HEADER, ["1001", METRO, date(2025, 1, 10), "Valve", 12000, "USD", "OA 30 days",
                 date(2025, 1, 20), 12000, date(2025, 8, 5)]]})
    results = _same_import(tmp_path, [first], [later], [paid])
    assert not [w for r in results for w in r.warnings if w.code.startswith("order_moved")]
    assert [w.params["first"] for w in results[1].warnings
            if w.code == "order_number_buyers"] == [METRO, METRO]
    assert not [w for w in results[2].warnings if w.code == "order_number_buyers"]
    metro_paid = [o[:5] + (12000.0,) if o[:2] == ("metro ag poland", "1001") else o
                  for o in EXPECTED]
    assert _orders(tmp_path / "fast.sqlite") == metro_paid


def test_a_buyer_s_order_follows_its_customer_key_when_the_key_is_read_anew(
        tmp_path, monkeypatch):
    """A buyer's order kept apart is keyed by the buyer's customer key. When the key learns
    to read a name otherwise (core.ledger.customer_rekey: "Metro AG Poland" pasted with a
    right-to-left mark), its order follows, so the same rows in a later file update it and
    add no second order beside it."""
    from core.ledger import customer_rekey, normalise, rereading
    from core.store import READINGS_KEY

    assert customer_rekey.customer_key is normalise.customer_key  # bound before the patch

    marked = METRO + "\u200f"
    rows = [[marked if cell == METRO else cell for cell in r] for r in _rows()]
    db = tmp_path / "firm.sqlite"
    older = write_xlsx(tmp_path / "jan.xlsx", {"台账": rows})
    with monkeypatch.context() as patched:  # the key before the fourteenth pass: marks kept
        older_customer_key(patched, normalise.fold)
        import_files(db, [older])
        with connect(db) as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                         (str(rereading.VERSION - 1), READINGS_KEY))
            conn.commit()
    later = write_xlsx(tmp_path / "feb.xlsx", {"台账": rows})
    [again] = import_files(db, [later])  # opening reads the keys again
    assert (again.counts.inserted, again.counts.orders_inserted) == (0, 0)
    assert _orders(db) == EXPECTED
    fresh = tmp_path / "fresh.sqlite"
    import_files(fresh, [later])
    keys = ("SELECT o.order_key, l.line_key, c.key FROM order_lines l JOIN orders o ON o.id = "
            "l.order_id JOIN customers c ON c.id = o.customer_id ORDER BY l.line_key")
    with sqlite3.connect(db) as old, sqlite3.connect(fresh) as new:
        assert list(old.execute(keys)) == list(new.execute(keys))
