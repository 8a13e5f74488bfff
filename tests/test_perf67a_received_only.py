"""perf67a: a first import of a book of sales alone asks neither rule of money held for an
order no file sells (core.ledger.placed_receipts, core.ledger.unsold_receipts), nor of a list's
or a return's currency (core.ledger.listed_currency).

Those rules find only lines that sell nothing: a line of no amount (a payment's, a list's) or
a credit note. The import asks the store once whether it holds any
(placed_receipts.lines_apart), then whether it holds money received only
(placed_receipts.received_only); with neither, and no credit note or return
(filed_returns.returns_stored), the rules are not asked: five full scans of the lines fewer
at 100k for one. Each book is imported by the app's import and by
the reference import, which asks both rules always (tests/reference_import), their reports and
tables compared after every file; the account is read as the user sees it (`customers --json`),
as of 2025-06-30, each figure counted by hand below.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from rules_asked import count_asked
from test_fast_import import _same_import
from test_lists_audit28 import d
from test_lists_audit30 import row
from test_yb44_year_books import BOOK, RECEIPTS, _line, _mt, _typed

import core.ledger.importer as importer
import core.ledger.listed_currency as listed_currency

# Kobe's K-2: 3,000 of 06-01, shipped 06-05, paid in full on its own row on 06-30 (a sale with
# its receipt, no line of money received only): the book records receipts to 06-30, so days
# overdue are counted to 06-30 and lists judged
KOBE = [*row("K-2", "Kobe Trading", "2025-06-01", 3_000, "2025-06-05", 3_000, "2025-06-30"),
        None, None]
PO88 = ["PO-88", "Mumbai Mart", d("2025-01-15"), 12_000]  # a 收款 row: an order no tab sells


def _import_asks() -> bool:
    """Is the rule asked by the app's import (core.ledger.importer), not by the reference
    import, which asks in_sold_currency, and it other_currency, from its own module?"""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__") == listed_currency.__name__:
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__") == importer.__name__


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The rules the app's import asks, by name (the reference import asks them always):
    other_currency runs right after the currency of a list's lines is put (_LATER)."""
    return count_asked(monkeypatch, ((importer, "placed_receipts"), (importer, "unsold_receipts"),
                       (listed_currency, "other_currency")),
                       _import_asks)


def _imported(folder: Path, *books: dict[str, list[list[object]]]) -> list[list[str]]:
    """Each book written as 2025年台账.xlsx (one name, month after month) and imported in turn
    by both imports: each import's notes' codes."""
    paths = [write_xlsx(folder / str(n) / BOOK, _typed(tabs)) for n, tabs in enumerate(books)]
    results = _same_import(folder, *[[path] for path in paths])
    assert [r.status for r in results] == ["imported"] * len(books)
    return [sorted({w.code for w in r.warnings}) for r in results]


def _account(folder: Path, name: str) -> tuple[object, ...]:
    """The customer's open, credit on account, most days overdue and list at 06-30."""
    c = customers(folder / "fast.sqlite", d("2025-06-30"))["by_name"][name]
    return c["open_amount"], c["credit_on_account"], c["max_days_overdue"], c["list"]


def test_a_book_of_sales_asks_neither_rule(tmp_path: Path, asked: list[str]):
    """MT-1 (15,000, shipped 03-05, OA 30: due 04-04) unpaid: at 06-30 15,000 open, 87 days
    overdue (26 + 31 + 30), black; Kobe paid, nothing open. No line of no amount, no credit
    note: none of the rules asked (main asked them), the same report and tables as the
    reference import's, which asks them."""
    assert _imported(tmp_path, {"3月": [_mt(None, None), KOBE]}) == [[]]
    assert asked == []
    assert _account(tmp_path, "Mumbai Mart") == (15_000, 0, 87, "black")
    assert _account(tmp_path, "Kobe Trading")[:3] == (0, 0, 0)


def test_the_books_own_receipt_for_an_unsold_order_is_named(tmp_path: Path, asked: list[str]):
    """A 收款 tab's 12,000 of 01-15 naming PO-88, sold nowhere: a line of money received only,
    so both rules are asked; the row named (unsold_receipt), the 12,000 on account, paying no
    part of MT-1 ordered after it came: 15,000 open, 87 days, black."""
    codes = _imported(tmp_path, {"3月": [_mt(None, None), KOBE], "收款": [RECEIPTS, PO88]})
    assert codes == [["payments_sheet", "unsold_receipt"]]
    assert asked == ["placed_receipts", "unsold_receipts", "other_currency"]
    assert _account(tmp_path, "Mumbai Mart") == (15_000, 12_000, 87, "black")


def test_an_earlier_files_receipt_still_asks_both(tmp_path: Path, asked: list[str]):
    """January's file holds PO-88's 12,000 (money received only); March's, under the same file
    name, sells MT-1 alone: the store holds a line of money received only, so both rules are
    asked at March's import too, which names the row the name's earlier reading stored (as
    main did); the account as above: 15,000 open, 12,000 on account, 87 days, black."""
    codes = _imported(tmp_path, {"收款": [RECEIPTS, PO88], "6月": [KOBE]},
                      {"3月": [_mt(None, None), KOBE]})
    assert codes == [["payments_sheet", "unsold_receipt"], ["unsold_receipt"]]
    assert asked == ["placed_receipts", "unsold_receipts", "other_currency"] * 2
    assert _account(tmp_path, "Mumbai Mart") == (15_000, 12_000, 87, "black")


def test_a_credit_note_with_a_receipt_still_asks_for_unsold_money(tmp_path: Path,
                                                                 asked: list[str]):
    """CN-5, a credit note of -2,000 for an order no tab sells, its row writing 2,000
    received on 03-12: no line of money received only, but a credit note is stored, so the
    rule naming unsold money is asked and names the row (unsold_receipt), as main did;
    nothing is held to be placed (placed_receipts not asked). The account is main's, the two
    imports' tables the same."""
    cn5 = _line("CN-5", "2025-03-10", -2_000, 2_000, "2025-03-12")
    codes = _imported(tmp_path, {"3月": [_mt(None, None), cn5, KOBE]})
    assert codes == [["credit_notes", "unsold_receipt"]]
    assert asked == ["unsold_receipts", "other_currency"]


def test_a_deposit_for_an_unsold_contract_is_still_said_held(tmp_path: Path, asked: list[str]):
    """收款 lists 6,000 of 04-01 for PI-77, its note 30%定金, a contract no tab sells: money
    received only, so both rules are asked and the row is named as a deposit held for PI-77
    (held_deposit), not as unsold money. Held 90 days (the setting's default) from 04-01, to
    06-30, it then pays MT-1 as other money does: 15,000 - 6,000 = 9,000 open, MT-1 87 days
    overdue, black."""
    deposit = [[*RECEIPTS, "备注"], ["PI-77", "Mumbai Mart", d("2025-04-01"), 6_000, "30%定金"]]
    codes = _imported(tmp_path, {"3月": [_mt(None, None), KOBE], "收款": deposit})
    assert "held_deposit" in codes[0] and "unsold_receipt" not in codes[0]
    assert asked == ["placed_receipts", "unsold_receipts", "other_currency"]
    assert _account(tmp_path, "Mumbai Mart") == (9_000, 0, 87, "black")


def test_a_return_in_another_currency_is_still_named(tmp_path: Path, asked: list[str]):
    """A credit note on MT-1 (15,000 USD) of -1,000 EUR: a line apart, so the return's
    currency is weighed and named (return_currency); credited at the rate, 1,000 x 1.08 =
    1,080 USD: 13,920 open, 87 days, black."""
    credit = _line("MT-1", "2025-03-20", -1_000, None, None)
    credit[4] = "EUR"
    codes = _imported(tmp_path, {"3月": [_mt(None, None), credit, KOBE]})
    assert codes == [["credit_notes", "return_currency"]]
    assert asked == ["unsold_receipts", "other_currency"]
    assert _account(tmp_path, "Mumbai Mart") == (13_920, 0, 87, "black")


def test_a_lists_receipt_is_still_read_in_its_orders_currency(tmp_path: Path, asked: list[str]):
    """Euro Haus's ER-1: 10,000 EUR of 03-01, shipped 03-05 (due 04-04); a 收款 list with no
    currency column gives 4,500 on 04-10: a line of no amount, so it is put in its sale's
    currency, EUR: 5,500 EUR open, 5,940 USD at 1.08, 87 days, black. Left in the firm's USD
    it would have been 4,500 USD (4,166.67 EUR), 6,300 USD open."""
    sale = _line("ER-1", "2025-03-01", 10_000, None, None, who="Euro Haus")
    sale[4] = "EUR"
    wire = ["ER-1", "Euro Haus", d("2025-04-10"), 4_500]
    codes = _imported(tmp_path, {"3月": [sale, KOBE], "收款": [RECEIPTS, wire]})
    assert codes == [["payments_sheet"]]
    assert asked == ["placed_receipts", "unsold_receipts", "other_currency"]
    assert _account(tmp_path, "Euro Haus") == (5_940, 0, 87, "black")
