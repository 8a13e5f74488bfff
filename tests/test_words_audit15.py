"""Audit 15: cells that changed what a row means without a word. Carry words read in a port
("C/F 汉堡"), a voided or reversed document typed 作废 or 冲红 read as a sale, a country written
"-" that replaced the customer's country. Each ledger goes through both imports
(test_fast_import._same_import) with the late payer of test_words_audit14: one order of 8,000
on OA 30, nothing received, 91 days past due, on the black list.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, PAYER, RETURNED, imported, late_payer, row, stored

from core.store import connect

# --- carried forward ----------------------------------------------------------------------------


@pytest.mark.parametrize("notes", ["C/F 汉堡", "C/F 鹿特丹港", "C/F汉堡", "c/f：汉堡",
                                   "C/F: Hamburg", "C/F 上海"])
def test_c_and_f_with_a_port_written_in_chinese_is_no_carry(tmp_path: Path, notes: str) -> None:
    """A carried-forward row only moves money received: the cancellation a later file writes
    was dropped, and the cancelled order stayed owed."""
    db = imported(tmp_path, [row("PO-1", notes=notes)])
    assert stored(db, "carried_forward", "order_lines") == [0, 0]
    db = imported(tmp_path / "later", [row("PO-1", notes=notes)],
                  [row("PO-1", status="已取消", notes=notes)])
    assert (late_payer(db).open_amount, late_payer(db).list) == (0, None)


@pytest.mark.parametrize("notes", ["c/f 至下月", "c/f 上期", "c/f 余额", "bal c/f: 1,200"])
def test_a_carry_before_chinese_words_still_carries(tmp_path: Path, notes: str) -> None:
    db = imported(tmp_path, [row("PO-1", notes=notes)])
    assert stored(db, "carried_forward", "order_lines") == [1, 0]


@pytest.mark.parametrize("status", ["已退单", "客户退单", "废单", "删单", "CXL", "cxl by buyer"])
def test_words_clerks_write_for_a_cancelled_order_cancel_it(tmp_path: Path, status: str) -> None:
    """A cancelled order written 已退单 or CXL stayed owed: a customer who owes nothing was a
    late payer on the black list."""
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert stored(db, "status", "order_lines") == ["cancelled", None]
    assert (late_payer(db).open_amount, late_payer(db).list) == (0, None)


@pytest.mark.parametrize("status", ["未退单", "没有退单", "not cxl", "excl. tax"])
def test_a_denied_withdrawal_keeps_the_order_owed(tmp_path: Path, status: str) -> None:
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert (late_payer(db).open_amount, late_payer(db).list) == (AMOUNT, "black")


# --- the document type --------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["作废", "已作废", "作废发票", "Void", "voided", "取消"])
def test_a_voided_document_is_no_sale(tmp_path: Path, kind: str) -> None:
    """A second invoice of 8,000 typed 作废 counted as a sale: 16,000 owed."""
    db = imported(tmp_path, [row("PO-1"), row("PO-2", kind=kind)])
    assert stored(db, "status", "order_lines") == [None, "cancelled", None]
    c = late_payer(db)
    assert (c.open_amount, c.list) == (AMOUNT, "black")


def test_a_document_voided_and_reissued_stands(tmp_path: Path) -> None:
    db = imported(tmp_path, [row("PO-1", kind="作废重开")])
    assert stored(db, "status", "order_lines") == [None, None]
    assert late_payer(db).open_amount == AMOUNT


@pytest.mark.parametrize("kind", ["冲红", "红冲", "冲销", "冲账", "Reversal", "reversing entry"])
def test_a_reversal_written_positive_lowers_the_account(tmp_path: Path, kind: str) -> None:
    db = imported(tmp_path, [row("PO-1"), row("RV-1", RETURNED, kind=kind)])
    c = late_payer(db)
    assert c.open_amount - c.credit_on_account == pytest.approx(AMOUNT - RETURNED)


@pytest.mark.parametrize("status", ["已冲销", "冲账"])
def test_a_status_saying_written_off_against_a_payment_is_no_credit(tmp_path: Path,
                                                                     status: str) -> None:
    """In a status column 冲销 may say the invoice was settled: a credit there would hide it."""
    db = imported(tmp_path, [row("PO-1", status=status)])
    assert stored(db, "credit_note", "order_lines") == [0, 0]


# --- the country --------------------------------------------------------------------------------

@pytest.mark.parametrize(("later", "country"), [("-", "Germany"), ("/", "Germany"),
                                                ("无", "Germany"), ("N/A", "Germany"),
                                                ("NO", "NO"), ("Norway", "Norway")])
def test_a_placeholder_names_no_country(tmp_path: Path, later: str, country: str) -> None:
    """The latest row filling a customer's country gives it: a later row's "-" replaced
    Germany with a country called "-" ("NO" is Norway's code, not "no")."""
    rows = [[*HEADER, "国家"], [*row("PO-1"), "Germany"], [*row("PO-2", 1_000), later],
            [*PAYER, None]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledger.xlsx", {"台账": rows})])
    with connect(tmp_path / "fast.sqlite") as conn:
        found = conn.execute("SELECT country FROM customers WHERE name = 'Late Co'").fetchone()
    assert found[0] == country


# --- money received, typed so -------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["收款", "收款单", "银行回款", "收汇", "客户付款", "预付款",
                                  "Receipt", "Payment", "Remittance"])
def test_a_payment_typed_row_pays_the_account(tmp_path: Path, kind: str) -> None:
    """The late payer's 8,000 paid on 2025-04-15, written as a row typed 收款 with the sum in
    the amount column, was a second sale: 16,000 owed and the black list, for a customer
    who owes nothing."""
    paid = row("RC-1")
    paid[2], paid[6] = date(2025, 4, 15), None
    db = imported(tmp_path, [row("PO-1"), [*paid[:11], kind]])
    c = late_payer(db)
    assert (c.open_amount, c.list) == (0, None)
    assert stored(db, "received_amount", "order_lines")[1] == AMOUNT


@pytest.mark.parametrize("kind", ["应收款", "未收款", "退款", "应付款", "未付款",
                                  "Payment terms", "发票"])
def test_a_row_typed_as_owed_or_refunded_is_no_payment(tmp_path: Path, kind: str) -> None:
    db = imported(tmp_path, [row("PO-1"), row("PO-2", RETURNED, kind=kind)])
    assert stored(db, "received_amount", "order_lines") == [None, None, 1_000]
