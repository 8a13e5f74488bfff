"""win42: the month's moves (core.analysis.movements.this_month, the restructuring list's
"Moved this month" sheet) of a payer kept without orders (pay40).

`history` leaves such a payer out of its moves (win41): its first month has no month end
before it, so the payer, a prospect in every month's counts, read "(new) → prospect". This
month's moves always compare with a snapshot of the month end before the as-of date, computed
even before the data's first month, and the payer is a prospect there as in every analysis:
it never moves, so this_month's own `never_ordered` filter changed nothing and is gone. Here
at the data's first month (the one place history needed it) and at a later one."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from account_cli import cli
from test_stop38_paid_for_stored import PAYER
from test_win41_kept_payer_moves import _db

from core.analysis import snapshots
from core.store import connect


def _moved(db: Path, out: Path, as_of: str) -> list[str]:
    cli("export", "restructuring", "--db", str(db), "--as-of", as_of, "-o", str(out))
    [sheet] = [s for s in openpyxl.load_workbook(out) if s.title == "Moved this month"]
    return [str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize(("as_of", "movers"), [("2026-03-31", ["Oslo Living"]),
                                               ("2026-05-31", ["Orbit Tech LLC"])])
def test_the_kept_payer_is_no_move_this_month(tmp_path: Path, as_of: str, movers) -> None:
    db = _db(tmp_path)
    assert _moved(db, tmp_path / "r.xlsx", as_of) == movers  # the payer not among them
    before = snapshots.previous_month_end(date.fromisoformat(as_of))
    with closing(connect(db)) as conn:
        [payer] = conn.execute("SELECT id FROM customers WHERE name = ?", (PAYER,)).fetchone()
        held = snapshots.read(conn, [before])[before].customers
    assert held[payer].tier == "prospect"  # why: a prospect the month end before, too
