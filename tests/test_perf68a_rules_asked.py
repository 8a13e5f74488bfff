"""perf68a: three rules after the write are asked only where the store can hold what they name.

- core.ledger.lump_wires (a bank's row that is a list's rows of its day) and the payment
  another file stored (payments_seen._seen) weigh this file's rows against ANOTHER file's:
  a first import (no order stored before it) holds this file's lines alone, so neither is
  asked; `_seen` not either where the file wrote no payment keyed by its sum.
- core.ledger.sale_rows (a row naming an earlier order but no product, counted as a sale)
  looks only at this file's rows of no product: a file writing none (no line key holding
  sale_rows.NO_PRODUCT, asked of the held sheets' keys, a packed one's unread) does not ask it.
- A loose sheet's keys are asked once a mark (held_sheets.HeldSheet.holds), again once a key
  changes.

Each book is imported by the app's import and by the reference import, which asks every rule
always (tests/reference_import): their reports and tables are compared after every file, so
a rule skipped where it had something to say fails here. The accounts are read as the user
sees them (`customers --json`, as of 2025-06-30) or as test_payments_pay33 reads them (open,
credit), each counted by hand:

- MT-1 15,000 of 03-01, shipped 03-05, OA 30 (due 04-04) unpaid: 15,000 open, 87 days late at
  06-30 (26 + 31 + 30), black; Kobe's K-2 paid on its row: nothing open.
- The same book with a 收款 tab's 5,000 of 04-20 on MT-1, and a bank's list re-sending that
  5,000 (another file): counted once, 10,000 open, 87 days, black; the row named
  (payment_stored_before).
- Lima's INV-1 10,000 and INV-2 5,000 received 04-20 by TT-5, INV-3 3,000 by TT-9; the bank's
  slip of TT-5 (14,965, its 35 charge off) under INV-1 in another file, before or after: one
  wire, nothing open, nothing on account (fix39b).
- April's B-1 of no product, dated April, after March's B-1 (40,000): a sale of the order,
  named (earlier_order_sale_rows); with a product, not named, not asked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from rules_asked import count_asked
from test_carried_balance_rows import HEADER as CARRIED_HEADER
from test_carried_balance_rows import MARCH
from test_carried_balance_rows import row as carried_row
from test_fast_import import _same_import
from test_fix39b_wires import SLIP, _three_invoices
from test_lists_audit28 import d
from test_payments_fix35e import LIMA
from test_payments_pay33 import _files
from test_payments_pay35a import BANK, NOTE_HEADER, TAB
from test_perf40b_packed_reads import _sheet
from test_perf67a_received_only import KOBE
from test_yb44_year_books import BOOK, RECEIPTS, _mt, _typed

import core.ledger.importer as importer
import core.ledger.payments_seen as payments_seen
from core.ledger.held_sheets import HeldSheets
from core.ledger.sale_rows import NO_PRODUCT


def _app_asks() -> bool:
    """Is the rule asked by the app's import (core.ledger.importer), not the reference one?"""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__") == importer.__name__:
            return True
        frame = frame.f_back
    return False


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The rules the app's import asks, by name (the reference import asks them always)."""
    return count_asked(monkeypatch, ((payments_seen, "lump_wires"), (payments_seen, "_seen"),
                       (importer, "sale_rows_message")),
                       _app_asks)


def _book(folder: Path, *books: dict[str, list[list[object]]]) -> list[list[str]]:
    """Each book written under its own name (2025年台账.xlsx, then 银行 n.xlsx) and imported in
    turn by both imports: each import's notes' codes."""
    paths = [write_xlsx(folder / "files" / (BOOK if not n else f"银行 {n}.xlsx"), _typed(tabs))
             for n, tabs in enumerate(books)]
    results = _same_import(folder, *[[path] for path in paths])
    assert [r.status for r in results] == ["imported"] * len(books)
    return [sorted({w.code for w in r.warnings}) for r in results]


def _account(folder: Path, name: str) -> tuple[object, ...]:
    """The customer's open, credit on account, most days overdue and list at 06-30."""
    c = customers(folder / "fast.sqlite", d("2025-06-30"))["by_name"][name]
    return c["open_amount"], c["credit_on_account"], c["max_days_overdue"], c["list"]


PAID = [RECEIPTS, ["MT-1", "Mumbai Mart", d("2025-04-20"), 5_000]]  # 5,000 on MT-1, 04-20


def test_a_first_book_of_sales_asks_none(tmp_path: Path, asked: list[str]):
    """March's book naming every product (Xeno's B-1 Sofa 25,000 and Chair 15,000 of 03-05,
    shipped 03-10, T/T 30 (due 04-09), unpaid; Payer's P-1 paid on 07-31), a first import:
    none of the three asked (main asked all three); Xeno 40,000 open, 82 days late at 06-30
    (21 + 31 + 30), on the confirm list, not black: the book holds no receipt by 06-30, so no
    one is judged late (docs/analysis.md, "No receipts, no verdict"); Payer's 1,000, due
    04-09 as well and paid after 06-30: 1,000 open, 82 days, confirm."""
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH})
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported"
    assert asked == []
    assert _account(tmp_path, "Xeno Trading") == (40_000, 0, 82, "confirm")
    assert _account(tmp_path, "Payer") == (1_000, 0, 82, "confirm")


def _wires(asked: list[str]) -> list[str]:
    """The wire rules asked (the books below name no product: the sale rows' note is asked
    of their rows, keyed with NO_PRODUCT, and finds no earlier order's)."""
    return [name for name in asked if name != "sale_rows_message"]


def test_a_first_books_receipt_asks_neither_wire_rule(tmp_path: Path, asked: list[str]):
    """A 收款 tab's 5,000 on MT-1, a payment keyed by its sum, in a first import: no other
    file's row to weigh it against, so neither wire rule is asked: 10,000 open, 87 days,
    black."""
    assert _book(tmp_path, {"3月": [_mt(None, None), KOBE], "收款": PAID}) == [
        ["payments_sheet"]]
    assert _wires(asked) == []
    assert _account(tmp_path, "Mumbai Mart") == (10_000, 0, 87, "black")


def test_a_second_file_asks_the_wire_rules(tmp_path: Path, asked: list[str]):
    """The bank's list (another file) re-sends MT-1's 5,000 of 04-20: the store held orders
    before it, so the lump rule is asked, and `_seen`, the file writing a payment keyed by its
    sum, names the row as the payment stored before; counted once: 10,000 open, 87 days,
    black (the reference import's report the same)."""
    codes = _book(tmp_path, {"3月": [_mt(None, None), KOBE], "收款": PAID}, {"收款": PAID})
    assert "payment_stored_before" in codes[1]
    assert _wires(asked) == ["lump_wires", "_seen"]
    assert _account(tmp_path, "Mumbai Mart") == (10_000, 0, 87, "black")


def test_a_second_file_of_sales_asks_the_lump_rule_alone(tmp_path: Path, asked: list[str]):
    """A second file selling K-3 alone: a bank's row of the first file could be its rows'
    wire, so the lump rule is asked; no payment keyed by its sum written, `_seen` is not.
    MT-1 as before."""
    k3 = [*KOBE]
    k3[0] = "K-3"
    _book(tmp_path, {"3月": [_mt(None, None), KOBE], "收款": PAID}, {"6月": [k3]})
    assert _wires(asked) == ["lump_wires"]
    assert _account(tmp_path, "Mumbai Mart") == (10_000, 0, 87, "black")


@pytest.mark.parametrize("order", ["own_tab", "bank_after", "bank_first"])
def test_a_bank_slip_of_several_invoices_is_still_one_wire(tmp_path: Path, asked: list[str],
                                                          order: str):
    """fix39b's slip of TT-5 (14,965) under INV-1, on the ledger's own 收款 tab (one file: the
    lump rule not asked, the file's own rows told apart by listed_twice) or as the bank's list
    after or before the ledger (asked at the second file, as main did): 18,000 sold, 18,000
    received, nothing open, nothing on account in each."""
    ledger = (TAB, {"台账": _three_invoices()})
    bank = (BANK, {"收款": [NOTE_HEADER, SLIP]})
    files = {"own_tab": [(TAB, {"台账": _three_invoices(), "收款": [NOTE_HEADER, SLIP]})],
             "bank_after": [ledger, bank], "bank_first": [bank, ledger]}[order]
    owed, _ = _files(tmp_path, *files)
    assert owed[LIMA] == (0, 0)
    assert ("lump_wires" in asked) == (order != "own_tab")


def test_a_row_of_no_product_asks_the_sale_rows_note(tmp_path: Path, asked: list[str]):
    """April's B-1, no product, dated April, 40,000 with 20,000 received 04-20: its key holds
    NO_PRODUCT, the note asked and the row named as a sale of March's B-1 (the reference
    import's report the same)."""
    later = carried_row("B-1", None, 40_000, ordered="2025-04-02", received=20_000,
                        received_on="2025-04-20")
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": [CARRIED_HEADER, later]})
    [result] = _same_import(tmp_path, [book])
    assert "earlier_order_sale_rows" in {w.code for w in result.warnings}
    assert "sale_rows_message" in asked


@pytest.mark.parametrize("product", ["Lamp", "  "])
def test_a_row_naming_a_product_does_not(tmp_path: Path, asked: list[str], product: str):
    """The same row naming a product (a line of its own, nothing to name): the note not
    asked; a product of spaces folds to none, its key holds NO_PRODUCT: asked, and named as
    the row of no product is."""
    later = carried_row("B-1", product, 40_000, ordered="2025-04-02", received=20_000,
                        received_on="2025-04-20")
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": [CARRIED_HEADER, later]})
    [result] = _same_import(tmp_path, [book])
    named = "earlier_order_sale_rows" in {w.code for w in result.warnings}
    assert named == ("sale_rows_message" in asked) == (not product.strip())


def test_the_mark_is_what_a_row_of_no_product_is_keyed_by():
    """keys.line_key of a row of no product (or of spaces) holds NO_PRODUCT; a product's does
    not; the held sheets say so of their keys, loose or packed, and again once a key changes."""
    from core.ledger.keys import line_key

    assert NO_PRODUCT in line_key("po-1", None, 0) and NO_PRODUCT in line_key("po-1", " ", 2)
    assert NO_PRODUCT not in line_key("po-1", "Lamp", 0)
    for loose in (0, 10):
        sheets = HeldSheets(loose_rows=loose)
        keys = [line_key("po-1", "Lamp", 0), line_key("po-2", "Sofa", 0)]
        sheets.add("3月", *_sheet("3月", keys))
        assert not sheets.holds(NO_PRODUCT)
        sheets.rework(0, 1, line_key("po-2", "", 0), None)
        assert sheets.holds(NO_PRODUCT), loose
