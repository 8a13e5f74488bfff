"""order38: the order in which files (and a workbook's tabs) are imported never changes a
customer's account. Each scenario imports small files through the real import (and the
reference import, compared after every file: test_fast_import._same_import) in every order
and checks Mumbai's figures at 06-30 against a hand count."""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B, _every_order
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row


def _paid_sale() -> list[object]:
    """MT-1: 15,000 of 03-01, shipped 03-05, 12,000 received 04-10 (3,000 of its goods
    came back)."""
    return [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", 12_000,
                 "2025-04-10"), None, None]


def _return_row() -> list[object]:
    """MT-1's return written positive: +3,000 of 04-20, not shipped, its status 退货."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", 3_000, None, status="退货"), None, None]


def test_a_positive_return_s_file_imported_before_its_sale(tmp_path: Path):
    """A: MT-1 sold 15,000, 12,000 received. B: only MT-1's +3,000 退货 row (goods not
    shipped). Hand count: nothing open, revenue 12,000, in every order. Before: B first,
    its row was stored as a sale of 3,000 (its 退货 not kept) and A's file, older by its
    name, left that amount: 3,000 open, revenue 3,000."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _paid_sale()]},
                           {"台账": [TYPED, _return_row()]})
    assert figures[0] == 0 and figures[5] == 12_000


def test_the_positive_return_s_file_sent_again_after_its_sale(tmp_path: Path):
    """B (the +3,000 return alone), A (the sale), B's row again from another folder with
    another buyer's order (read again, not known by its bytes). Hand count: nothing open,
    revenue 12,000: the return made a credit note is found again, not a sale again."""
    for folder in ("1", "2", "3"):
        (tmp_path / folder).mkdir()
    payer = [*row("P-1", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "1" / B, {"台账": [TYPED, _return_row()]})],
                 [write_xlsx(tmp_path / "2" / A, {"台账": [TYPED, _paid_sale()]})],
                 [write_xlsx(tmp_path / "3" / B, {"台账": [TYPED, _return_row(), payer]})])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), who.credit_on_account, round(who.revenue_12m, 2)) == (
        0, 0, 12_000)
