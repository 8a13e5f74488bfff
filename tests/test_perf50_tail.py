"""perf50: the first import's tail, after the last batch is written.

`LaterFiles.settle` kept what each line's row read (file_receipts) by a statement weighing
what the file's name read before and the figures it kept out; a name read for the first time,
keeping none out, has its lines' figures kept by one plain INSERT … SELECT (0.17 → 0.10 s at
100k lines), the same rows in the same order. Into an empty store it no longer clears
amount_file on every line (none has one; the lines' indexes are still set aside then, the
clearing a pass over every line); a store holding lines still has it cleared. The four rules
asking of credit notes and returns of their own are asked only where the store holds one
(a 100k first import holding none read every line four times for them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_amend38 import APRIL, MARCH, _file, _line
from test_fast_import import _same_import

from core.ledger import importer
from core.ledger.amended_lines import _KEEP_READ
from core.ledger.importer import import_files
from core.ledger.orders import TOLERANCE

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "实收金额", "收款日期"]


def test_a_name_s_first_import_keeps_what_the_weighing_statement_would(tmp_path: Path) -> None:
    """A file's lines, some paid (a figure with and without its day), written in no order of
    their keys: what its first import keeps of each line's figure is what the statement
    weighing an earlier reading keeps where there was none, row for row in its order; one row a
    line, none replaced."""
    ledger = write_xlsx(tmp_path / "台账 2025-05.xlsx", {"5月": [HEADER, *[
        [f"PI-{n}", f"Buyer {n % 3}", "2025-05-03", 1_000 + n,
         "USD", (500 + n) if n % 2 else None, "2025-05-20" if n % 4 == 1 else None]
        for n in (7, 3, 12, 1, 9, 5, 10)]]})
    [result] = import_files(tmp_path / "db.sqlite", [ledger])
    assert result.status == "imported"
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    kept = conn.execute("SELECT * FROM file_receipts ORDER BY rowid").fetchall()
    assert len(kept) == 7 and {row[4] for row in kept} == {None}
    assert {row[2] for row in kept} == {None, 501.0, 503.0, 505.0, 507.0, 509.0}
    assert [row[1] for row in kept] == sorted(row[1] for row in kept)
    conn.execute("DELETE FROM file_receipts")
    conn.execute("CREATE TEMP TABLE file_read (line_key TEXT PRIMARY KEY, received, "
                 "received_date)")
    conn.execute("CREATE TEMP TABLE file_was (line_key, received, received_date, replaced)")
    conn.execute(_KEEP_READ, {"name": "台账 2025-05.xlsx", "tolerance": TOLERANCE})
    assert conn.execute("SELECT * FROM file_receipts ORDER BY rowid").fetchall() == kept


def test_march_sent_again_with_april_s_amount_holds_it_as_its_own(tmp_path: Path) -> None:
    """April's 6,500, March's 6,000 (the line's source, April's amount kept: amount_file
    April's), then March's sent again saying 6,500: the line's amount March's own (amount_file
    cleared), as the reference import has it; the first import, into an empty store, cleared
    nothing."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, APRIL, 6_500, 65)])
    assert _line(tmp_path / "fast.sqlite") == (6_500, 4_000, APRIL, None)
    _same_import(tmp_path, [_file(folder, MARCH, 6_000, 60)])
    assert _line(tmp_path / "fast.sqlite") == (6_500, 4_000, MARCH, APRIL)
    _same_import(tmp_path, [_file(folder, MARCH, 6_500, 65, "客户确认")])
    assert _line(tmp_path / "fast.sqlite") == (6_500, 4_000, MARCH, None)


def test_the_rules_asking_of_returns_are_asked_only_where_one_is_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A month of sales into an empty store holds no credit note nor return: the four rules
    after the write asking of those (each a pass over every line) are not asked; the next
    month's credit note (-300, its note naming PI-1) has them asked, and credits PI-1 as the
    reference import does."""
    asked: list[str] = []
    for name in ("unsold_returns", "name_noted_credits", "drop_kept_refunds",
                 "drop_noted_returns"):
        real = getattr(importer, name)
        monkeypatch.setattr(importer, name, partial(_counted, asked, name, real))
    sales = [HEADER, *[[f"PI-{n}", "Buyer 1", "2025-05-03", 1_000, "USD", None, None]
                       for n in range(1, 4)]]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "5月.xlsx", {"5月": sales})])
    assert result.status == "imported" and asked == []
    credit = [[*HEADER, "备注"], ["CN-1", "Buyer 1", "2025-06-02", -300, "USD", None, None,
                                  "PI-1 退货"]]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "6月.xlsx", {"6月": credit})])
    assert result.status == "imported" and sorted(asked) == [
        "drop_kept_refunds", "drop_noted_returns", "name_noted_credits", "unsold_returns"]
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    assert conn.execute("SELECT credit_ref FROM order_lines WHERE amount < 0").fetchall() == [
        ("PI-1",)]


def _counted(asked: list[str], name: str, real: Callable[..., Any], *args: Any) -> Any:
    asked.append(name)
    return real(*args)
