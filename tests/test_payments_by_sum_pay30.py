"""A payment's own row without an order number across files (pay30).

A payment row (a 收款 sheet's, or a row typed 收款) names no order: it was keyed by customer,
day and product (core.ledger.keys), never by its sum. A second file holding a payment of the
same customer on the same day (the orders workbook's 收款 tab and the bank's list of slips;
next month's file) took its place: with another sum it replaced the first (UPDATE: money lost),
with the same sum it was "unchanged". The first payment's invoice stayed open, a good buyer on
the black list. A payment's own line is now known by its sum too (keys.paid_part): a ledger
re-sent with its payments (the clerk's cumulative file) still repeats each once, and two
payments of other sums on one day are two. One sum on one day in a file that does not repeat
the file it was stored from stays ambiguous: counted once and named in the report.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from databases import before_schema_11
from ledgers import older_customer_key, write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import HEADER, PAYER, RECEIPTS_HEADER, owed, row

from core.ledger.keys import described_order_key, row_identity
from core.store import connect

ORDERS = [HEADER,
          row("N-1", "Nairobi Deco", "2025-03-01", 5_000, "2025-03-10"),
          row("N-2", "Nairobi Deco", "2025-03-02", 3_000, "2025-03-10"),
          row("N-3", "Nairobi Deco", "2025-03-03", 5_000, "2025-03-10"),
          PAYER]
FIVE = ["Nairobi Deco", d("2025-04-20"), 5_000, None]
THREE = ["Nairobi Deco", d("2025-04-20"), 3_000, None]


def test_a_payment_of_another_sum_on_the_same_day_in_another_file_is_money_of_its_own(
        tmp_path):
    """Orders file: N-1 5,000, N-2 3,000, N-3 5,000 (due 04-09) and its 收款 tab's 5,000 of
    04-20. The bank's file of slips: a 3,000 wire of 04-20. Hand count: 8,000 paid N-1 and
    N-2; N-3 5,000 open 82 days. Before: the 3,000 replaced the 5,000 (one payment of 3,000):
    N-1 2,000 open, N-2 and N-3 open, 10,000 in all."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders 2025.xlsx", {
        "台账": ORDERS, "收款": [RECEIPTS_HEADER, FIVE]}))
    report = imported(db, write_xlsx(tmp_path / "bank slips.xlsx", {
        "收款": [RECEIPTS_HEADER, THREE]}))
    assert "stored from another file" not in report
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (5_000, 82)}
    assert (nairobi.open_amount, nairobi.credit_on_account) == (5_000, 0)


def _three_files(folder: Path) -> list[list[Path]]:
    """March's orders workbook with its 收款 tab (5,000 of 04-20), the bank's slips (a 3,000
    wire the same day), and April's workbook re-sent whole with its 收款 tab grown (the 5,000
    again, a 2,000 of 04-25)."""
    folder.mkdir(parents=True, exist_ok=True)
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"台账": ORDERS,
                                                      "收款": [RECEIPTS_HEADER, FIVE]})
    slips = write_xlsx(folder / "bank slips.xlsx", {"收款": [RECEIPTS_HEADER, THREE]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": [
        RECEIPTS_HEADER, FIVE, ["Nairobi Deco", d("2025-04-25"), 2_000, None]]})
    return [[march], [slips], [april]]


def test_a_ledger_re_sent_with_its_payments_repeats_them_and_the_bank_s_wire_stays(tmp_path):
    """Hand count: 5,000 + 3,000 + 2,000 = 10,000 paid N-1, N-2 and 2,000 of N-3: 3,000 open
    82 days. The re-sent 5,000 is the March one (unchanged, nothing said). Before: the 3,000
    replaced the 5,000, April's file put the 5,000 back in its place: 7,000 in all, N-2 and
    N-3 open (8,000)."""
    db = tmp_path / "firm.sqlite"
    reports = [imported(db, path) for [path] in _three_files(tmp_path / "files")]
    assert "Rows: 1 inserted, 0 updated, 5 unchanged" in reports[2]
    assert not any("stored from another file" in report for report in reports)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (3_000, 82)}


def test_one_sum_on_one_day_in_a_file_that_re_sends_nothing_is_counted_once_and_named(
        tmp_path):
    """The bank's list holds a 5,000 wire of 04-20, as the orders workbook's 收款 tab does:
    one wire booked in both, or two wires, cannot be told. Counted once (N-3 and N-2 open),
    and the report names the row and the file, with the way to count it twice."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders 2025.xlsx", {
        "台账": ORDERS, "收款": [RECEIPTS_HEADER, FIVE]}))
    report = imported(db, write_xlsx(tmp_path / "bank slips.xlsx", {
        "收款": [RECEIPTS_HEADER, THREE, FIVE]}))
    assert ("Sheet “收款”: 1 payment without an order number has the customer, day and sum of "
            "a payment stored from another file (row 3: orders 2025.xlsx): taken as that "
            "payment sent again and counted once.") in report
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (5_000, 82)}


def test_the_reference_import_keys_payments_alike(tmp_path):
    results = _same_import(tmp_path, *_three_files(tmp_path / "files"))
    assert [r.status for r in results] == ["imported"] * 3
    assert _payments(tmp_path / "slow.sqlite") == [2_000, 3_000, 5_000]


def _payments(db: Path) -> list[float]:
    with connect(db) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT received_amount FROM order_lines WHERE amount = 0"))


def _as_reader_7_stored(db: Path) -> None:
    """The payments as reader 7 (schema 10) keyed them: each its own order, customer, day,
    product and its place among the identical rows of its sheet (checked with that release,
    d137c1f, on this file)."""
    conn = sqlite3.connect(db)
    with conn:
        lines = conn.execute(
            "SELECT l.id, l.order_id, c.key FROM order_lines l JOIN orders o ON o.id = "
            "l.order_id JOIN customers c ON c.id = o.customer_id WHERE l.line_key LIKE "
            "'%|paid=%' ORDER BY l.id").fetchall()
        for place, (line_id, order_id, customer) in enumerate(lines):
            key = described_order_key(row_identity(customer, "2025-04-20", None), place)
            if place:
                order_id = conn.execute(
                    "INSERT INTO orders(order_key, order_no, customer_id, order_date, currency,"
                    " trial, first_import_id, last_import_id) SELECT ?, order_no, customer_id,"
                    " order_date, currency, trial, first_import_id, last_import_id FROM orders"
                    " WHERE id = ?", (key, order_id)).lastrowid
            conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (key, order_id))
            conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                         (order_id, f"{key}||paid#0", line_id))
        conn.execute("UPDATE imports SET content_hash = substr(content_hash, 1, "
                     "instr(content_hash, ':')) || 'reader=7'")
        before_schema_11(conn)
        conn.execute("PRAGMA user_version = 10")
    conn.close()


def _keys(db: Path, migrated: bool = True) -> list[tuple[object, ...]]:
    """Each line's order key, key and figure; opened as the app opens it (which migrates it)
    or as it is."""
    conn = connect(db) if migrated else sqlite3.connect(db)
    try:
        return sorted(tuple(row) for row in conn.execute(
            "SELECT o.order_key, l.line_key, l.received_amount FROM order_lines l JOIN orders o"
            " ON o.id = l.order_id"))
    finally:
        conn.close()


def test_payments_stored_by_an_earlier_version_are_keyed_by_their_sum(tmp_path):
    """March's 收款 tab (5,000 and 3,000 on 04-20) stored by reader 7; the upgrade keys them as
    today's import does, so April's file re-sending them adds only its 2,000. Left under the
    old keys, April stored both again: 8,000 counted twice, N-3 paid and a late payer off
    the lists."""
    files = tmp_path / "files"
    files.mkdir()
    march = write_xlsx(files / "台账 2025-03.xlsx", {"台账": ORDERS,
                                                     "收款": [RECEIPTS_HEADER, FIVE, THREE]})
    april = write_xlsx(files / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": [
        RECEIPTS_HEADER, FIVE, THREE, ["Nairobi Deco", d("2025-04-25"), 2_000, None]]})
    today, upgraded = tmp_path / "today.sqlite", tmp_path / "upgraded.sqlite"
    imported(today, march)
    imported(upgraded, march)
    _as_reader_7_stored(upgraded)
    assert _keys(upgraded, migrated=False) != _keys(today)
    assert _keys(upgraded) == _keys(today)  # opening it migrated it
    assert "Rows: 1 inserted, 0 updated, 6 unchanged" in imported(upgraded, april)
    nairobi = by_name(at(upgraded))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (3_000, 82)}


def test_a_payment_its_own_file_judged_is_matched_with_another_file_s_sale_row(tmp_path):
    """The orders workbook: N-1 5,000 with 5,000 received 04-20 on its row, N-3 5,000; its
    收款 tab two 5,000 wires of 04-20 (the import: one is N-1's figure, the other a wire of its
    own). A second salesperson's file: N-2 5,000 with 5,000 received 04-20 on its row, the
    wire the 收款 tab's second row wrote. Hand count: two wires, 10,000: N-1 and N-2 paid, N-3
    5,000 open 82 days. Before: the second wire was matched with N-1's row (same file, passed
    over, N-1's row used up) and never with N-2's: 15,000, N-3 paid too, off the lists."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "orders 2025.xlsx", {"台账": [
        HEADER, row("N-1", "Nairobi Deco", "2025-03-01", 5_000, "2025-03-10", 5_000,
                    "2025-04-20"),
        row("N-3", "Nairobi Deco", "2025-03-03", 5_000, "2025-03-10"), PAYER],
        "收款": [RECEIPTS_HEADER, FIVE, FIVE]}))
    imported(db, write_xlsx(tmp_path / "orders Li.xlsx", {"台账": [
        HEADER, row("N-2", "Nairobi Deco", "2025-03-02", 5_000, "2025-03-10", 5_000,
                    "2025-04-20")]}))
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (0, 0),
                             "N-3@2025-04-09": (5_000, 82)}
    assert nairobi.credit_on_account == 0


def test_a_day_s_payments_follow_their_customer_key_when_it_is_read_anew(tmp_path,
                                                                         monkeypatch):
    """A name pasted with a right-to-left mark was a customer of its own before the
    fourteenth pass; when the key is read anew (core.ledger.customer_rekey), its payments of
    04-20 join the order of the same name's payments that day, so the same rows in a later
    file add nothing. Left under the old key, they were stored again: 5,000 counted twice."""
    from core.ledger import normalise, rereading
    from core.store import READINGS_KEY

    marked = ["Nairobi Deco\u200f", d("2025-04-20"), 5_000, None]
    sheets = {"收款": [RECEIPTS_HEADER, THREE, marked]}
    db = tmp_path / "firm.sqlite"
    with monkeypatch.context() as patched:  # the key before the fourteenth pass: marks kept
        older_customer_key(patched, normalise.fold)
        imported(db, write_xlsx(tmp_path / "jan.xlsx", sheets))
        with connect(db) as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                         (str(rereading.VERSION - 1), READINGS_KEY))
            conn.commit()
    later = write_xlsx(tmp_path / "feb.xlsx", {"收款": [
        *sheets["收款"], ["Nairobi Deco", d("2025-04-25"), 2_000, None]]})
    assert "Rows: 1 inserted, 0 updated, 2 unchanged" in imported(db, later)
    fresh = tmp_path / "fresh.sqlite"
    imported(fresh, later)
    assert _keys(db) == _keys(fresh)
