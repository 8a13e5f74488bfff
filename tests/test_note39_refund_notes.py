"""A deposit's refund row noted 退定金, and 定金退还客户 read for the money it names (note39).

Roma owes R-1's 8,000 (131 days past due at 06-30), paid a 15,000 deposit on R-2, cancelled,
and R-3's 5,000 in full. The refund of the deposit booked as a -15,000 收款 row takes the
deposit back: 8,000 open, black. Skipped, the deposit stayed Roma's and paid R-1: 7,000 credit,
on no list.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from account_cli import cli, customers, ledger
from ledgers import write_xlsx
from test_fix38a_refunded_deposit import PAID_R3, _refund, _roma
from test_stop38_refunded_deposit import ROMA, ROMA_ROWS

A = date(2026, 6, 30)
_CANCELLED = "客户取消"


def _with_refund(tmp_path: Path, cancel_note: str, refund_note: str) -> dict[str, object]:
    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = cancel_note
    db = ledger(tmp_path, ROMA, [*rows, _refund(-15_000, refund_note), PAID_R3])
    found: dict[str, object] = customers(db, A)["by_name"]["Roma Casa SRL"]
    return found


@pytest.mark.parametrize("refund_note", ["退定金", "已退定金", "退还定金", "退回客户订金",
                                         "R-2 退订金", "定金已退", "预付款已退"])
def test_a_refund_row_noted_as_the_deposit_sent_back_meets_the_deposit(
        tmp_path: Path, refund_note: str) -> None:
    """Before: the -15,000 row was skipped ("no amount, only -15,000.00 received") and the
    deposit paid R-1: 0 open, 7,000 credit, on no list. Now the refund takes the deposit
    back, as one noted 定金退还 does: 8,000 open, black, no credit."""
    roma = _with_refund(tmp_path, _CANCELLED, refund_note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


def test_beside_a_cancel_note_saying_paid_back_it_is_the_paying_back(tmp_path: Path) -> None:
    """定金已退 on R-2 and the 退定金 row. Before: the row skipped (the import's report named
    it), the note alone leaving the deposit out. Now the row is read as a refund, and as that
    paying back (tied): the deposit is not left out besides (else the refund took back R-3's
    5,000 too: 13,000 open)."""
    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = "客户取消，定金已退"
    path = write_xlsx(tmp_path / "ledger.xlsx",
                      {"台账": [ROMA, *rows, _refund(-15_000, "退定金"), PAID_R3]})
    report = json.loads(cli("import", "--db", str(tmp_path / "firm.sqlite"), str(path),
                            "--json"))["files"][0]
    assert (report["skipped"], report["inserted"]) == (0, 5)
    assert "refund_rows" in {w["code"] for w in report["warnings"]}
    roma = customers(tmp_path / "firm.sqlite", A)["by_name"]["Roma Casa SRL"]
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


@pytest.mark.parametrize("refund_note", ["不退定金", "定金未退", "尚未退还定金", "定金不退"])
def test_a_note_saying_the_deposit_was_not_sent_back_is_no_refund(
        tmp_path: Path, refund_note: str) -> None:
    """Not sent back: no refund, the row skipped as before and the deposit Roma's."""
    roma = _with_refund(tmp_path, _CANCELLED, refund_note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        0.0, 7_000.0, None)


@pytest.mark.parametrize("note", ["定金退还客户", "定金退回客户", "客户取消，定金退还给客户"])
def test_the_deposit_sent_back_to_the_buyer_is_paid_back(tmp_path: Path, note: str) -> None:
    """定金退还客户 (no 已) is read for the money it names going to the buyer. Before: read only
    through 退还客户, and 定金退回客户 not at all (0 open, 7,000 credit). Now each: 8,000 open,
    black."""
    roma = _roma(tmp_path, note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


@pytest.mark.parametrize("note", ["客户取消，样品已退还客户", "客户取消，样品退还客户",
                                  "客户取消，货物已退还客户", "客户取消，退还客户"])
def test_goods_sent_back_to_the_buyer_are_no_money_paid_back(tmp_path: Path, note: str
                                                             ) -> None:
    """Samples or goods returned to the buyer (样品已退还客户), or 退还客户 naming nothing sent:
    no money went back. Before: read as the deposit paid back through 退还客户 (8,000 open,
    black). Now the deposit stays Roma's and pays R-1: 0 open, 7,000 credit."""
    roma = _roma(tmp_path, note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        0.0, 7_000.0, None)
