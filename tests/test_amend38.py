"""amend38: the file whose amount a line holds. March's file (台账 2025-03.xlsx) lists Sofa Co's
order S-1 of 03-01: 60 sofas at 100, 6,000, shipped 03-10 (OA 30, due 04-09), 4,000 received
03-20; April's (台账 2025-04.xlsx) lists it amended: 65 sofas, 6,500, the same 4,000 received.
April's amount is the order's whichever file comes first (core.ledger.amended_lines): 2,500
open at 06-30, 82 days past due. The store kept only the file that last touched the line, so
once March's file imported after April's had become the line's source, March's file read again
(a note added) was taken for the line's own correction: 6,000, 2,000 open. The line now keeps
the file whose amount it holds (order_lines.amount_file, schema 20). Each round is imported by
the app's import and the reference import, which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_20, s1_line
from ledgers import write_xlsx
from test_amend36 import PRICED
from test_break34d import _open, ordered
from test_fast_import import _same_import
from test_lots35 import _payer

from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import SCHEMA_VERSION, connect

MARCH, APRIL = "台账 2025-03.xlsx", "台账 2025-04.xlsx"


def _row(amount: float, quantity: int, note: str | None = None) -> list[object]:
    """S-1's row at 100 a sofa, 4,000 received 03-20, with a note where given."""
    return [*ordered("S-1", amount, "2025-03-10", quantity, 4_000, "2025-03-20", note), 100]


def _file(folder: Path, name: str, amount: float, quantity: int, note: str | None = None
          ) -> Path:
    """A month's file (its month's tab, 3月 or 4月): S-1's row and the payer's."""
    month = int(name.split("-")[1][:2])
    return write_xlsx(folder / name, {f"{month}月": [
        PRICED, _row(amount, quantity, note), *[[*r, None] for r in _payer()]]})


def _line(db: Path) -> tuple[float, float | None, str | None, str | None]:
    """S-1's one line: amount, received, source file, the file whose amount it holds."""
    return s1_line(db, "amount, received_amount, source_file, amount_file")


def _kept(file: str) -> str:
    """The report's note that `file`'s 6,000 gave way to April's 6,500."""
    return (f"1 order line's amount in “{file}” differs from the one a later-dated file "
            "wrote (by the months the files are named after): the later amount is kept: "
            f"S-1 (“3月” row 2: 6,000.00 / 6,500.00 USD: {APRIL})")


@pytest.mark.parametrize("order", ["AB", "BA", "ABA", "BAA", "BAB"])
def test_april_s_amount_stands_in_every_order(tmp_path: Path, order: str) -> None:
    """March (A) and April (B) in every order; a file sent the second time is changed (a
    note added to S-1). 6,500 stands, 2,500 open (82 days) at 06-30, and each import of
    March's after April's says April's amount was kept, naming April's file. Before: BAA
    (April, March, March changed) gave 6,000 and 2,000 open, saying nothing kept."""
    folder = tmp_path / "ledgers"
    seen: set[str] = set()
    reports = []
    for letter in order:
        name, amount, quantity = (MARCH, 6_000, 60) if letter == "A" else (APRIL, 6_500, 65)
        note = "客户确认" if letter in seen else None  # sent again: changed
        seen.add(letter)
        [result] = _same_import(tmp_path, [_file(folder, name, amount, quantity, note)])
        assert result.status == "imported"
        reports.append((letter, import_report(result, all_notes=True)))  # folded or not
    assert _line(tmp_path / "fast.sqlite")[:2] == (6_500, 4_000)
    assert _open(tmp_path) == [(2_500, 82)]
    april_at = order.index("B")
    for number, (letter, report) in enumerate(reports):
        assert (_kept(MARCH) in report) == (letter == "A" and number > april_at), report
        assert "6,500.00 → 6,000.00" not in report


def test_march_read_again_after_a_later_march_file_keeps_april_s_amount(tmp_path: Path
                                                                        ) -> None:
    """March's, April's, then a second file of March (台账 2025-03-15.xlsx: S-1 again, noted
    已催款) becomes the line's source keeping April's 6,500; March's file read again (a note
    added) leaves 6,500, 2,500 open, its report naming April's file as the one kept. Before:
    the second March file being the source, March's re-import was read against it (the same
    month, no later file): 6,000, 2,000 open."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, MARCH, 6_000, 60)], [_file(folder, APRIL, 6_500, 65)])
    [second] = _same_import(tmp_path, [_file(folder, "台账 2025-03-15.xlsx", 6_000, 60,
                                             "已催款")])
    assert _kept("台账 2025-03-15.xlsx") in import_report(second)
    assert _line(tmp_path / "fast.sqlite") == (6_500, 4_000, "台账 2025-03-15.xlsx", APRIL)
    [again] = _same_import(tmp_path, [_file(folder, MARCH, 6_000, 60, "客户确认")])
    assert _kept(MARCH) in import_report(again)
    assert _line(tmp_path / "fast.sqlite")[:2] == (6_500, 4_000)
    assert _open(tmp_path) == [(2_500, 82)]


def test_april_read_again_corrects_its_own_amount_after_march_took_the_line(tmp_path: Path
                                                                          ) -> None:
    """April's, March's (the line's source now, April's 6,500 kept), then April's corrected
    to 6,800 (68 sofas): the file whose amount the line holds, read again, is its correction:
    6,800, 2,800 open, the line's amount April's own again (amount_file NULL)."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, APRIL, 6_500, 65)], [_file(folder, MARCH, 6_000, 60)])
    assert _line(tmp_path / "fast.sqlite") == (6_500, 4_000, MARCH, APRIL)
    _same_import(tmp_path, [_file(folder, APRIL, 6_800, 68)])
    assert _line(tmp_path / "fast.sqlite") == (6_800, 4_000, APRIL, None)
    assert _open(tmp_path) == [(2_800, 82)]


def test_a_database_before_schema_20_opens_its_lines_amounts_their_sources(tmp_path: Path
                                                                          ) -> None:
    """A database schema 19 left (no amount_file) opens: every line's amount read as its
    source file's (NULL), and the next import records the file kept: March's file imported
    after April's names April's as the line's amount's."""
    folder, db = tmp_path / "ledgers", tmp_path / "old.sqlite"
    import_files(db, [_file(folder, APRIL, 6_500, 65)])
    old = sqlite3.connect(db)
    before_schema_20(old)
    old.execute("PRAGMA user_version = 19")
    old.commit()
    old.close()
    with connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT amount_file FROM order_lines WHERE line_key LIKE "
                            "'o:s-1|%'").fetchone()[0] is None
    [result] = import_files(db, [_file(folder, MARCH, 6_000, 60)])
    assert _kept(MARCH) in import_report(result)
    assert _line(db) == (6_500, 4_000, MARCH, APRIL)
