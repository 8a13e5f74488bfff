"""break33c: late33's refund and invoice-note rules tried on what a clerk writes. A good
customer who paid must show nothing open and stand on no list; each test imports by the app's
path and the reference's (both orders where two files meet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_late33 import PAYMENTS, _lists, _rounds, _slip
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.report import import_report

# --- 1. a receipt's note that speaks of a fee, a tax or a wire sent again is no refund -----

LIMA = [HEADER, row("L-1", "Lima Linen", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10"),
        row("L-2", "Lima Linen", "2025-04-10", 5_000, "2025-04-12"),
        row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30")]


def _lima(tmp_path: Path, note: str, files: str) -> tuple[str, tuple[object, ...]]:
    """Lima's ledger and its 收款 sheet's 5,000 of 05-10 with `note` (one file, or the bank's
    imported after): the last import's report and Lima's figures at 06-30."""
    tab = [PAYMENTS, ["Lima Linen", d("2025-05-10"), 5_000, note]]
    results = _same_import(tmp_path, *_rounds(tmp_path, "2025-05", LIMA, tab, files))
    lima = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Lima Linen"]
    return import_report(results[-1]), (*_owed(lima), lima.credit_on_account)


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", [
    "L-2 货款 扣退汇手续费", "退汇手续费已扣", "已退汇重发", "退汇后重新发送 L-2", "未退汇",
    "refund of bank charges", "L-2 balance + bank charges refunded", "出口退税", "退货",
    "L-2 退税款", "退还增值税款"])
def test_a_payment_whose_note_only_mentions_a_refund_is_money_in(tmp_path: Path, note, files):
    """Lima paid L-1 on its row and L-2's 5,000 on 05-10, booked on the 收款 sheet with a note
    that speaks of a returned wire's bank fee, a wire sent again, a customer's refund of bank
    charges (money to us), an export tax rebate or goods returned. Hand count at 06-30: 15,000
    sold, 15,000 received: nothing open, Lima on no list."""
    report, figures = _lima(tmp_path, note, files)
    assert figures == (0, None, {}, 0)
    assert "refund" not in report
