"""A payment row naming its invoice, across monthly files (paidno30).

A 收款 sheet's row naming invoice N-1 (or a row typed 收款 with its order number) was keyed by
the number and its place among the order's payment rows of its sheet (core.ledger.keys):
`o:n-1||paid#0`. A clerk who keeps one payments file a month starts each month's 收款 sheet
anew: April's payment on N-1 (another day, another sum) took March's key and REPLACED it
(UPDATE): March's money lost, the invoice open, a good buyer on the black list. It is now
known by its day and sum too, as pay30 keys a payment without a number: a cumulative file
re-sent repeats each payment once, and another month's payment is one of its own.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_14, migration_fails
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import HEADER, PAYER, owed, row
from test_payments_by_sum_pay30 import _keys, _payments

from core.store import SCHEMA_VERSION

NUMBERED_HEADER = ["合同号", "客户", "收款日期", "收款金额"]
ORDERS = [HEADER,
          row("N-1", "Nairobi Deco", "2025-03-01", 10_000, "2025-03-10"),
          row("N-2", "Nairobi Deco", "2025-03-02", 3_000, "2025-03-10"),
          PAYER]
MARCH = ["N-1", "Nairobi Deco", d("2025-03-20"), 6_000]
APRIL = ["N-1", "Nairobi Deco", d("2025-04-20"), 4_000]


def _months(folder: Path) -> list[list[Path]]:
    """The orders ledger, then March's and April's payments files (each month's 收款 sheet
    started anew, one payment on N-1 in each)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [[write_xlsx(folder / "台账.xlsx", {"台账": ORDERS})],
            [write_xlsx(folder / "收款 2025-03.xlsx", {"收款": [NUMBERED_HEADER, MARCH]})],
            [write_xlsx(folder / "收款 2025-04.xlsx", {"收款": [NUMBERED_HEADER, APRIL]})]]


def test_next_month_s_payment_on_an_invoice_is_money_of_its_own(tmp_path):
    """Hand count: N-1 10,000 paid 6,000 + 4,000: settled; N-2 3,000 due 04-09, open 82 days.
    Before: April's 4,000 replaced March's 6,000: N-1 6,000 open, 9,000 in all."""
    db = tmp_path / "firm.sqlite"
    reports = [imported(db, path) for [path] in _months(tmp_path / "files")]
    assert "Rows: 1 inserted, 0 updated, 0 unchanged" in reports[2]
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (3_000, 82)}
    assert nairobi.open_amount == 3_000


def test_a_cumulative_payments_file_re_sent_repeats_each_payment_once(tmp_path):
    """April's file holds the whole year's 收款 sheet, newest first: April's 4,000 on N-1, then
    March's 6,000. Hand count: March's payment is repeated (unchanged), April's is new; N-1
    settled. Before: April's 4,000 took March's place (updated) and March's 6,000 the next
    (inserted): what the file says of each payment was misnamed in the report."""
    db = tmp_path / "firm.sqlite"
    [[orders], [march], _] = _months(tmp_path / "files")
    imported(db, orders)
    imported(db, march)
    april = write_xlsx(tmp_path / "收款 2025.xlsx", {"收款": [NUMBERED_HEADER, APRIL, MARCH]})
    assert "Rows: 1 inserted, 0 updated, 1 unchanged" in imported(db, april)
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (3_000, 82)}


def test_the_reference_import_keys_them_alike(tmp_path):
    results = _same_import(tmp_path, *_months(tmp_path / "files"))
    assert [r.status for r in results] == ["imported"] * 3
    assert _payments(tmp_path / "slow.sqlite") == [4_000, 6_000]


def _as_schema_12_stored(db: Path) -> None:
    """The payment lines as schema 12 (reader 8 before this change) keyed them: the order's
    key, product, PAID and their place among the order's payment lines (`o:n-1||paid#0`)."""
    conn = sqlite3.connect(db)
    with conn:
        places: dict[str, int] = {}
        for line_id, key in conn.execute("SELECT id, line_key FROM order_lines WHERE line_key "
                                         "LIKE 'o:%|paid=%' ORDER BY id").fetchall():
            part = re.sub(r"=[^#]*#\d+$", "", key)
            places[part] = places.get(part, -1) + 1
            conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?",
                         (f"{part}#{places[part]}", line_id))
        before_schema_14(conn)
        conn.execute("PRAGMA user_version = 12")
    conn.close()


def _version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _march_stored_twice(folder: Path) -> tuple[Path, Path, Path]:
    """The orders ledger and March's payments file (6,000 on N-1, 1,000 on N-2 twice that
    day) imported into `today` as today's import keys them and into `upgraded` as schema
    12 stored them; and April's file, re-sending March's payments with its own."""
    files = folder / "files"
    [[orders], _, _] = _months(files)
    one = ["N-2", "Nairobi Deco", d("2025-03-20"), 1_000]
    march = write_xlsx(files / "收款 2025-03.xlsx", {"收款": [NUMBERED_HEADER, MARCH, one, one]})
    april = write_xlsx(files / "收款 2025-04.xlsx", {"收款": [NUMBERED_HEADER, MARCH, one, one,
                                                                APRIL]})
    today, upgraded = folder / "today.sqlite", folder / "upgraded.sqlite"
    for db in (today, upgraded):
        imported(db, orders)
        imported(db, march)
    _as_schema_12_stored(upgraded)
    return today, upgraded, april


def test_payments_stored_by_schema_12_are_keyed_by_their_day_and_sum(tmp_path):
    """Opened, a schema 12 file has today's keys, so April's file re-sending March's three
    payments adds only its own 4,000: N-1 settled, N-2 1,000 open 82 days. Left under the old
    keys, they were stored again by their sum and day: 8,000 counted twice (N-2 paid, 7,000
    credit, a late payer off the lists)."""
    today, upgraded, april = _march_stored_twice(tmp_path)
    assert _keys(upgraded, migrated=False) != _keys(today)
    assert _keys(upgraded) == _keys(today)  # opening it migrated it
    assert "Rows: 1 inserted, 0 updated, 3 unchanged" in imported(upgraded, april)
    nairobi = by_name(at(upgraded))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (0, 0), "N-2@2025-04-09": (1_000, 82)}
    assert nairobi.credit_on_account == 0


def test_a_failed_schema_13_migration_leaves_the_file_as_it_was(tmp_path,
                                                                monkeypatch: pytest.MonkeyPatch):
    _, upgraded, _ = _march_stored_twice(tmp_path)
    before = _keys(upgraded, migrated=False)
    assert _version(upgraded) == 12
    migration_fails(upgraded, monkeypatch)
    assert (_keys(upgraded, migrated=False), _version(upgraded)) == (before, 12)
    assert _keys(upgraded) != before and _version(upgraded) == SCHEMA_VERSION


def test_one_sum_on_one_day_on_an_invoice_from_a_file_that_re_sends_nothing_is_named(tmp_path):
    """The bank's list holds March's 6,000 wire on N-1 of 03-20, as March's payments file
    does (with a 1,000 on N-2 the bank's list has not): one wire in both, or two, cannot be
    told. Counted once (7,000 paid, each naming its invoice: N-1 4,000 and N-2 2,000 open,
    fix59e; oldest first, N-1 3,000 and N-2 3,000, the same due day), and the report names the
    row and the file, as pay30 names a payment without a number (before: counted once, nothing
    said)."""
    db = tmp_path / "firm.sqlite"
    [[orders], _, _] = _months(tmp_path / "files")
    imported(db, orders)
    imported(db, write_xlsx(tmp_path / "收款 2025-03.xlsx", {"收款": [
        NUMBERED_HEADER, MARCH, ["N-2", "Nairobi Deco", d("2025-03-25"), 1_000]]}))
    report = imported(db, write_xlsx(tmp_path / "bank slips.xlsx", {"收款": [
        NUMBERED_HEADER, MARCH]}))
    assert ("Sheet “收款”: 1 payment on an invoice has the invoice, day and sum of a payment "
            "stored from another file (row 2: 收款 2025-03.xlsx): taken as that payment sent "
            "again and counted once.") in report
    nairobi = by_name(at(db))["Nairobi Deco"]
    assert owed(nairobi) == {"N-1@2025-04-09": (4_000, 82), "N-2@2025-04-09": (2_000, 82)}
