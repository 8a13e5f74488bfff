"""mem36: a return's refund a re-sent file no longer makes is dropped as before when the
file's keys are asked of the store a chunk at a time (core.ledger.written_keys.CHUNK), the
row's two lines of the first file on either side of a chunk's end or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import SHORT, TYPED
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

import core.ledger.held_sheets as held
from core.ledger import written_keys
from core.ledger.report import import_report

# thirty other buyers, each order paid in full, before Rio's rows: Rio's return row is the
# file's 35th, its keys past the first chunks
OTHERS = [[*row(f"F-{n}", f"Buyer {n}", "2025-02-01", 1_000 + n, "2025-02-05", 1_000 + n,
                "2025-02-20"), None, None] for n in range(1, 31)]


@pytest.mark.parametrize(("module", "name", "value"), [
    *[(written_keys, "CHUNK", chunk) for chunk in (1, 2, 3, 4, 7, 34, 35, 5_000)],
    (held, "LOOSE_ROWS", 1)])  # every sheet packed: read from the packed rows' keys (lin36)
def test_a_refund_dropped_by_a_row_past_the_first_chunk(tmp_path: Path, monkeypatch, module,
                                                        name, value):
    """May's file: thirty other buyers paid in full, then Rio's R-1 and R-2 paid (15,000) and
    a return of 2,000 of R-1's goods on 03-20 noted 退货退款 (a credit note and a refund),
    its row 35. May sent again: the row now says 退货退款，抵扣下批货款, R-2 paid 3,000 of
    5,000 accordingly. Hand count at 06-30: 13,000 sold, 13,000 paid: nothing open, no
    credit, Rio on the white list (watched before refund35);
    row 35 named. Each buyer's orders untouched: nothing open."""
    monkeypatch.setattr(module, name, value)
    first = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    then = [*first[:-1], "退货退款，抵扣下批货款"]
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    may = write_xlsx(tmp_path / "1" / "台账 2025-05.xlsx",
                     {"台账": [TYPED, *OTHERS, *PAID, first]})
    again = write_xlsx(tmp_path / "2" / "台账 2025-05.xlsx",
                       {"台账": [TYPED, *OTHERS, *SHORT, then]})
    results = _same_import(tmp_path, [may])
    assert "no longer makes a refund" not in import_report(results[0])
    results = _same_import(tmp_path, [again])
    customers = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))
    rio = customers["Rio Rugs"]
    open_, listed, overdue = _owed(rio)
    assert (open_, overdue, rio.credit_on_account, listed) == (0, {}, 0, "white")
    assert ("1 row of “台账 2025-05.xlsx” no longer makes a refund of its return"
            in import_report(results[0]))
    assert "“台账” row 35" in import_report(results[0])
    assert "退款已删除：“台账”第 35 行。" in in_chinese(lambda: import_report(results[0]))
    assert all(_owed(customers[f"Buyer {n}"])[0] == 0 for n in range(1, 31))
