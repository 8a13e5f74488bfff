"""mem36: whether another list shares a line with this file (core.ledger.invoiced_payments.
_apart) is asked of the store a chunk of this file's keys at a time (core.ledger.
written_keys.CHUNK), not all at once: a list one of whose lines is among the file's last
keys shares it, whatever the chunk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_payment_keys_key34 import LEDGER, _ledger

from core.ledger import written_keys
from core.ledger.importer import import_files
from core.ledger.invoiced_payments import _apart


@pytest.mark.parametrize("chunk", [1, 2, 3, 5_000])
def test_a_list_sharing_a_line_past_the_first_chunk_is_no_other_list(tmp_path: Path,
                                                                    monkeypatch, chunk):
    """April's ledger (two sales, a payment) imported; a file whose rows write seven new
    keys, then one of April's lines: April's ledger shares a line with it, the bank's list
    (no line of it written) does not: only the bank's is another list."""
    name, sheets = _ledger(_pay(NAIROBI, "2025-04-20", 5_000, "N-1"))
    db = tmp_path / "db.sqlite"
    assert import_files(db, [write_xlsx(tmp_path / name, sheets)])[0].status == "imported"
    conn = sqlite3.connect(db)
    [april] = conn.execute("SELECT line_key FROM order_lines WHERE source_file = ? "
                           "ORDER BY id DESC LIMIT 1", (LEDGER,)).fetchone()
    rows = [("收款", n, f"new-{n}") for n in range(2, 9)] + [("收款", 9, april)]
    monkeypatch.setattr(written_keys, "CHUNK", chunk)
    assert _apart(conn, lambda: iter(rows), {LEDGER, "银行水单 2025-04.xlsx", None}) == {
        "银行水单 2025-04.xlsx", None}
    conn.close()
