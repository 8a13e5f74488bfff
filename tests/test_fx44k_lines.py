"""fx44k: key44's matching of rows without an order number (and key43's of a numbered
order's lines) mended where a reviewer proved it wrong. Hanoi Home's sales of 04-02 on OA 30
days, written by openpyxl and imported one file at a time by the app's import and the
reference import (compared after every file), in both import orders; the account read as
`main.py customers --json` reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_key44_lines import HEADER, _imported, _lines, _open
from test_lists_audit28 import d

INVOICED = [*HEADER, "发票号"]  # 合同号 … 单价, 发票号


def sale(amount: float, quantity: int, paid: float | None = None, on: str | None = None,
         *, number: str | None = None, currency: str = "USD", ship: str = "2025-04-05",
         invoice: str | None = None) -> list[object]:
    return [number, "Hanoi Home", d("2025-04-02"), amount, currency, "OA 30 days", d(ship),
            paid, d(on), quantity, round(amount / quantity, 2), invoice]


A, C = sale(30_000, 300), sale(9_000, 30)
B_PAID = sale(20_000, 100, 20_000, "2025-04-20")


@pytest.mark.parametrize("may_first", [False, True])
def test_a_paid_row_dropped_next_month(tmp_path: Path, may_first: bool) -> None:
    """April: A 30,000, B 20,000 paid 04-20, C 9,000; May's file drops paid B and lists A
    (10,000 received 05-10) and C. Hand count: 29,000 open, 59,000 sold, either order.
    Before, May then April: April's B, alike no stored sale, sent the whole group back to
    sheet order: B's place taken by C, C stored twice with B's 20,000 (18,000 / 48,000)."""
    db = _imported(tmp_path, [A, B_PAID, C], [sale(30_000, 300, 10_000, "2025-05-10"), C],
                   may_first, INVOICED)
    assert _open(db) == (29_000, 59_000)
    assert _lines(db) == [(30_000, "USD", 10_000), (20_000, "USD", 20_000),
                          (9_000, "USD", None)]


@pytest.mark.parametrize("revision_first", [False, True])
def test_a_revision_deleting_a_row(tmp_path: Path, revision_first: bool) -> None:
    """台账 2025-04 修订.xlsx lists April's A and C, B (paid) deleted: whichever file comes
    first, each sale keeps its own figures, as when the original comes first (59,000 sold,
    39,000 open; a line a later file lacks is kept). Before, revision first: C took B's
    place with B's 20,000 received (28,000 / 48,000)."""
    files = [write_xlsx(tmp_path / name, {"4月": [INVOICED, *rows]})
             for name, rows in (("台账 2025-04.xlsx", [A, B_PAID, C]),
                                ("台账 2025-04 修订.xlsx", [A, C]))]
    _same_import(tmp_path, *[[f] for f in (files[::-1] if revision_first else files)])
    assert _open(tmp_path / "fast.sqlite") == (39_000, 59_000)
    assert _lines(tmp_path / "fast.sqlite") == [(30_000, "USD", None), (20_000, "USD", 20_000),
                                                (9_000, "USD", None)]
