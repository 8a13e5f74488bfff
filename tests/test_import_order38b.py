"""order38b: order38's MT-1 (15,000 sold of 03-01, 12,000 paid; a +3,000 退货 row of 04-20, not
shipped, in April's file) in a database schema 18 left wrong, and the same return of the
sale's own day. Each through the real import and the reference import (compared after every
file: test_fast_import._same_import); Mumbai's figures at 06-30 against a hand count."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import reference_import
from databases import before_schema_19
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B, _every_order
from test_import_order38 import _noted_sale, _paid_sale, _return_row
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import PAYER, row

from core.ledger import held_sheets as held
from core.ledger import importer
from core.ledger.reader_version import READER_VERSION
from core.store import connect


def _mumbai(folder: Path) -> tuple[float, float, float]:
    """Mumbai's open amount, credit on account and revenue at 06-30."""
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _schema_18(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The database schema 18 (reader 13) left from April's return file imported before
    March's sale: no return marked (no `returned` column), so the return was stored as a sale
    of 3,000 and March's file, older by its name, kept that amount: revenue 3,000, 9,000 on
    account. Both files stay where they were imported from."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / A, {"台账": [TYPED, _paid_sale()]})
    april = write_xlsx(folder / B, {"台账": [TYPED, _return_row()]})
    with monkeypatch.context() as patch:  # schema 18 marked nothing
        patch.setattr(importer, "mark_returns", lambda conn, keys: None)
        patch.setattr(reference_import, "mark_returns", lambda conn, keys: None)
        _same_import(tmp_path, [april], [march])
    for name in ("fast.sqlite", "slow.sqlite"):
        conn = sqlite3.connect(tmp_path / name)
        with conn:
            conn.execute("UPDATE imports SET content_hash = replace(content_hash, ?, ?)",
                         (f":reader={READER_VERSION}", f":reader={READER_VERSION - 1}"))
            before_schema_19(conn)
            conn.execute("PRAGMA user_version = 18")
        conn.close()
        connect(tmp_path / name).close()
    assert _mumbai(tmp_path) == (0, 9_000, 3_000)
    return march, april


@pytest.mark.parametrize("again", ["april", "march", "march, april", "april, march"])
def test_a_schema_18_database_s_return_re_imported(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   again: str) -> None:
    """The schema-18 database (revenue 3,000, 9,000 on account); the app offers both files
    again (reader 14) and the clerk re-imports one, or both in either order. Hand count:
    nothing open, no credit, revenue 12,000 (a 15,000 sale, 12,000 paid, a 3,000 return).
    Before: April's alone made it worse, revenue 0 and 12,000 on account (its return a
    credit note beside the 3,000 "sale"); March's alone 3,000 open, revenue 15,000 (its sale
    written over the line, the return gone)."""
    files = dict(zip(("march", "april"), _schema_18(tmp_path, monkeypatch), strict=True))
    results = _same_import(tmp_path, *[[files[name]] for name in again.split(", ")])
    assert [r.status for r in results] == ["imported"] * len(results)
    assert _mumbai(tmp_path) == (0, 0, 12_000)


@pytest.mark.parametrize("again", ["april", "march"])
def test_the_other_file_gone_leaves_the_line_as_it_was_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, again: str) -> None:
    """Guard: the other file moved away (the line's other row cannot be read again). April's
    re-imported alone: its return is still the credit note it is (12,000 on account, as
    before this change); March's alone: its sale written (3,000 open, revenue 15,000). The
    import goes on; nothing is made up of a file not read."""
    march, april = _schema_18(tmp_path, monkeypatch)
    (march if again == "april" else april).unlink()
    results = _same_import(tmp_path, [april if again == "april" else march])
    assert [r.status for r in results] == ["imported"]
    assert _mumbai(tmp_path) == ((0, 12_000, 0) if again == "april" else (3_000, 0, 15_000))


# --- 2. a return booked the day of its sale ---------------------------------------------------

def _same_day_return(amount: float = 3_000) -> list[object]:
    """MT-1's return booked on its sale's day, 03-01: +`amount`, not shipped, status 退货
    (goods rejected at loading)."""
    return [*row("MT-1", "Mumbai Mart", "2025-03-01", amount, None, status="退货"), None, None]


@pytest.mark.parametrize("packed", [False, True])
@pytest.mark.parametrize("tabs", [("台账",), ("台账", "退货"), ("退货", "台账")])
def test_a_return_of_the_sale_s_own_day_in_one_workbook(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        tabs: tuple[str, ...], packed: bool):
    """One workbook: MT-1 15,000 of 03-01 (12,000 paid) and its +3,000 退货 row of the same
    day, below it on one tab or on a 退货 tab before or after (its sheets packed as a big
    file's are, or not). Hand count: nothing open, revenue 12,000. Before: one tab, the return
    a second sale (6,000 open, revenue 18,000); two tabs, the sale's line raised (3,000 open,
    revenue 15,000)."""
    if packed:
        monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    rows = {"台账": [TYPED, _paid_sale()], "退货": [TYPED, _same_day_return()]}
    sheets = ({"台账": [TYPED, _paid_sale(), _same_day_return()]} if len(tabs) == 1
              else {tab: rows[tab] for tab in tabs})
    _same_import(tmp_path, [write_xlsx(tmp_path / A, sheets)])
    assert _mumbai(tmp_path) == (0, 0, 12_000)


@pytest.mark.parametrize("packed", [False, True])
def test_a_return_of_the_sale_s_own_day_in_another_file(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        packed: bool):
    """A: MT-1 15,000 of 03-01, 12,000 paid. B: its +3,000 退货 row of 03-01, not shipped.
    Hand count: nothing open, revenue 12,000, in every order (A's sheet packed or not: its
    sale's amount kept in the pack). Before: revenue 3,000 and 9,000 on account (B's row a
    sale of 3,000 whose amount, B being the later file, replaced the 15,000)."""
    if packed:
        monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    figures = _every_order(tmp_path, {"台账": [TYPED, _paid_sale()]},
                           {"台账": [TYPED, _same_day_return()]})
    assert figures[0] == 0 and figures[3] == 0 and figures[5] == 12_000


def test_the_sale_restated_on_its_day_is_still_no_return(tmp_path: Path):
    """Guard (fix34b): MT-1 15,000 of 03-01 and a row of the same day and sum, not shipped,
    saying 退货, in the next file: the sale restated, no credit note of 15,000 (which would
    leave 15,000 on account). The order as one line of 15,000, 12,000 paid: 3,000 open."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _paid_sale()]},
                           {"台账": [TYPED, _same_day_return(15_000)]})
    assert figures[3] == 0


# --- 3. another file's note naming the return beside the return's own row ---------------------

@pytest.mark.parametrize("returned", [_return_row, _same_day_return])
@pytest.mark.parametrize("names", [(A, B), ("2025-03/台账.xlsx", "2025-04/台账.xlsx"),
                                   (A, "台账 2025-03 修订.xlsx")])
def test_a_noted_return_meets_the_return_s_own_row(tmp_path: Path, names: tuple[str, str],
                                                   returned):
    """A: MT-1's sale noted 退货3000. B: the return's own +3,000 row (not shipped, 退货; of
    04-20, or of the sale's day), named as the next month's file, as the same name in the
    next month's folder, or as A's revision. The return row, a sale of no noted return as
    the file is grouped (ledger_file.bare_sales), must not remove A's noted return as a note
    taken out: counted once, nothing open, no credit, revenue 12,000 in every order."""
    for order in ("AB", "BA", "ABA"):
        folder = tmp_path / order
        paths = {"A": write_xlsx(folder / names[0], {"台账": [TYPED, _noted_sale()]}),
                 "B": write_xlsx(folder / names[1], {"台账": [TYPED, returned()]})}
        again = write_xlsx(folder / "again" / names[0], {"台账": [TYPED, _noted_sale(), PAYER]})
        sent = [paths[k] for k in order[:2]] + ([again] if order == "ABA" else [])
        _same_import(folder, *[[p] for p in sent])
        assert _mumbai(folder) == (0, 0, 12_000), order
