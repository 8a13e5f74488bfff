"""An audit of the words the import reads from free-text cells that change what a row means:
cancelled, disputed, trial, credit note, carried forward. Each ledger is written here with
openpyxl, imported by the app's import and by the reference import (both must leave the same
database: test_fast_import._same_import), and analysed as the app does.

The customer of every case is a late payer: one order of 8,000 USD shipped 2025-03-01 on OA 30
(due 03-31), nothing received, 91 days past due at A with an average order under 20,000: the
black list. A word that wrongly cancels the order drops the 8,000 and the customer with it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.store import connect

A = date(2025, 6, 30)
AMOUNT, RETURNED = 8_000, 2_000
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "状态", "备注", "类型"]
# a customer paid on A: the ledger's receipts run to A
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, A, None, None, None]
LATE = "Late Co"


def row(order_no: str, amount: float = AMOUNT, *, status: str | None = None,
        notes: str | None = None, kind: str | None = None) -> list[object]:
    return [order_no, LATE, date(2025, 2, 20), amount, "USD", "OA 30 days", date(2025, 3, 1),
            None, None, status, notes, kind]


def imported(tmp_path: Path, *rounds: list[list[object]]) -> Path:
    """Each round of rows a file of its own, imported by both imports (which must agree)."""
    files = [[write_xlsx(tmp_path / f"ledger-{n}.xlsx", {"台账": [HEADER, *rows, PAYER]})]
             for n, rows in enumerate(rounds)]
    results = _same_import(tmp_path, *files)
    assert all(r.status == "imported" for r in results)
    return tmp_path / "fast.sqlite"


def late_payer(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        analysis: Analysis = analyse(conn, as_of=A)
    [found] = [c for c in analysis.customers if c.customer == LATE]
    return found


def stored(db: Path, column: str, table: str = "orders") -> list[object]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute(f"SELECT {column} FROM {table} ORDER BY id")]
    finally:
        conn.close()


# --- cancelled -------------------------------------------------------------------------------

STANDS = [
    "no cancellation",  # "no " before the word
    "没有取消", "无取消",  # not cancelled
    "won't cancel",
    "部分取消", "partly cancelled",  # part of it is still owed (取消了一半, the rest: fix58e)
    "客户要求取消但已出货",  # the customer asked to cancel, but it shipped
    "已恢复(原取消)", "Cancelled → reinstated",  # cancelled, then restored
    "作废发票重开",  # the invoice voided and reissued: the order stands
    "cancellation refused",
    "Void cheque received",  # the payment failed, not the order
]


@pytest.mark.parametrize("status", STANDS)
def test_a_status_naming_a_cancellation_only_to_say_the_order_stands_keeps_it_owed(
        tmp_path: Path, status: str) -> None:
    """Each cell holds a cancellation word (取消, 作废, cancel, void) and says the order, or
    part of it, is owed all the same. Read as cancelled, the 8,000 left the account and the
    late payer left the black list."""
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert stored(db, "status") == [None, None]
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (AMOUNT, (A - date(2025, 3, 31)).days,
                                                           "black")


@pytest.mark.parametrize("status", ["已取消", "作废", "取消订单", "Void", "全部取消",
                                    "order cancelled by buyer", "已取消，部分定金退回",
                                    "cancelled, deposit refunded"])
def test_a_cancelled_order_still_leaves_the_account(tmp_path: Path, status: str) -> None:
    """The other side: these say the order was cancelled ("部分定金退回" names part of the
    deposit, not part of the order)."""
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert stored(db, "status", "order_lines") == ["cancelled", None]
    c = late_payer(db)
    assert (c.open_amount, c.list) == (0, None)


# --- disputed and trial -----------------------------------------------------------------------

@pytest.mark.parametrize(("status", "disputed"), [("non-disputed", 0), ("non disputed", 0),
                                                  ("disputed", AMOUNT)])
def test_non_disputed_is_not_a_dispute(tmp_path: Path, status: str, disputed: float) -> None:
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert late_payer(db).disputed_amount == disputed


@pytest.mark.parametrize(("status", "trial"), [("非试单", 0), ("不是试单", 0), ("not trial", 0),
                                               ("non-trial", 0), ("试单", 1), ("trial order", 1),
                                               ("样品单", 1)])
def test_a_status_denying_a_trial_is_a_regular_order(tmp_path: Path, status: str,
                                                     trial: int) -> None:
    """"非试单" (not a trial) in a status column made the order a trial: a customer whose only
    orders are trials is a prospect, out of the pyramid's figures."""
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert stored(db, "trial") == [trial, 0]
    assert (late_payer(db).tier == "prospect") == bool(trial)


# --- credit notes -----------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "owed"), [("退货", AMOUNT - RETURNED),
                                            ("Return", AMOUNT - RETURNED),
                                            ("红字发票", AMOUNT - RETURNED),
                                            ("Debit note", AMOUNT + RETURNED),
                                            ("credit terms 30 days", AMOUNT + RETURNED)])
def test_a_return_typed_row_lowers_the_account(tmp_path: Path, kind: str, owed: float) -> None:
    """A row typed 退货 (goods returned) written positive was a sale: the customer owed the
    returned goods on top of the order. A debit note is a sale, whatever "note" it says."""
    db = imported(tmp_path, [row("PO-1"), row("RT-1", RETURNED, kind=kind)])
    c = late_payer(db)
    assert c.open_amount - c.credit_on_account == pytest.approx(owed)


# --- carried forward ----------------------------------------------------------------------------

NOT_CARRIED = ["C/F Hamburg", "上年度客户", "上年老客户", "ref ab/fx"]


@pytest.mark.parametrize("notes", NOT_CARRIED)
def test_notes_that_only_look_like_a_carry_do_not_carry_a_new_order(tmp_path: Path,
                                                                   notes: str) -> None:
    """"C/F Hamburg" is the Incoterm C&F and its port, "上年老客户" a customer since last
    year, "ab/fx" a reference: none says the row was carried forward."""
    db = imported(tmp_path, [row("PO-1", notes=notes)])
    assert stored(db, "carried_forward", "order_lines") == [0, 0]


@pytest.mark.parametrize("notes", NOT_CARRIED)
def test_a_stored_order_cancelled_later_beside_such_notes_is_cancelled(tmp_path: Path,
                                                                       notes: str) -> None:
    """A carried-forward row only moves money received: read as one, the cancellation the
    later file writes was dropped and the order stayed owed."""
    db = imported(tmp_path, [row("PO-1")], [row("PO-1", status="已取消", notes=notes)])
    assert stored(db, "status") == ["cancelled", None]
    assert (late_payer(db).open_amount, late_payer(db).list) == (0, None)


@pytest.mark.parametrize("notes", ["上期结转", "b/f", "bal c/f", "c/f from 2024", "上年欠款"])
def test_a_carry_forward_still_reads_as_one(tmp_path: Path, notes: str) -> None:
    db = imported(tmp_path, [row("PO-1", notes=notes)])
    assert stored(db, "carried_forward", "order_lines") == [1, 0]
