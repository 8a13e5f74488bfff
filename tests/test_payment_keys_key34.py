"""key34: two payments of one sum on one day on one invoice, told apart by their notes.

A payment naming its invoice is stored as a line known by its invoice, sum and day
(core.ledger.keys.paid_part) and its place among such rows of its sheet: the note is no part
of it. The ledger's 收款 tab's "定金 N-1" 5,000 and the bank's list's "余款 N-1" 5,000 of the
same day took one line: the second file's row replaced the first ("1 updated", nothing said)
and the buyer who had paid N-1 in full was shown owing half of it. Each test writes the
firm's files with openpyxl, imports them by both imports (the app's and the reference one)
and checks Nairobi's (open, credit). Nairobi: N-1 10,000 and N-2 3,000 sold (13,000).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_corrected_payments_paydup31 import ORDERS
from test_payments_pay33 import _files, _tab

from core.ledger.report import import_report

SALES = ORDERS[:-1]
DAY = "2025-04-20"
TWO = [("定金 N-1", "余款 N-1"), ("N-1 TT-881", "N-1 TT-882"), ("第一笔 N-1", "第二笔 N-1"),
       ("deposit N-1", "balance N-1")]


@pytest.mark.parametrize("notes", TWO)
def test_two_payments_of_one_sum_and_day_in_two_lists_are_two(tmp_path: Path, notes):
    """The ledger's 收款 tab books "定金 N-1" 5,000 on 04-20; the bank's list "余款 N-1"
    5,000 the same day. Hand count: 13,000 sold, 10,000 received: N-1 paid, N-2's 3,000 open.
    Before: one line, the bank's row "1 updated" over the ledger's: 8,000 open."""
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, DAY, 5_000, notes[0]))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, DAY, 5_000, notes[1]))}))
    assert owed[NAIROBI] == (3_000, 0)


LEDGER = "台账 2025-04.xlsx"
BANK = "银行水单 2025-04.xlsx"


def _ledger(*payments: list[object], name: str = LEDGER, sales: list[list[object]] = SALES
            ) -> tuple[str, dict]:
    return name, {"台账": sales, "收款": _tab(*payments)}


def _bank(*payments: list[object], name: str = BANK) -> tuple[str, dict]:
    return name, {"收款": _tab(*payments)}


def test_next_months_file_with_the_balance_of_the_same_day_adds_it(tmp_path: Path):
    """April's ledger books "定金 N-1" 5,000 on 04-20; May's (its 收款 tab started anew)
    books the balance that came the same day, "余款 N-1" 5,000, entered late. Hand count:
    10,000 received, 3,000 open. Before: May's row updated April's line: 8,000 open."""
    owed, _results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, "定金 N-1")),
                            _ledger(_pay(NAIROBI, DAY, 5_000, "余款 N-1"),
                                    name="台账 2025-05.xlsx"))
    assert owed[NAIROBI] == (3_000, 0)


@pytest.mark.parametrize("notes", TWO)
def test_two_payments_of_one_sum_and_day_in_one_sheet_or_workbook_are_two(tmp_path: Path,
                                                                          notes):
    """The ledger's 收款 tab lists both payments (they were kept apart by their place), or its
    收款 tab one and its 银行 tab (the bank's slips pasted in) the other. Hand count: 3,000
    open. Before, the two tabs: the 银行 tab's row taken for the 收款 tab's shown again (a
    year-to-date workbook's later tab): 8,000 open."""
    owed, _results = _files(tmp_path / "sheet", _ledger(_pay(NAIROBI, DAY, 5_000, notes[0]),
                                                        _pay(NAIROBI, DAY, 5_000, notes[1])))
    assert owed[NAIROBI] == (3_000, 0)
    owed, _results = _files(tmp_path / "tabs", (LEDGER, {
        "台账": SALES, "收款": _tab(_pay(NAIROBI, DAY, 5_000, notes[0])),
        "银行": _tab(_pay(NAIROBI, DAY, 5_000, notes[1]))}))
    assert owed[NAIROBI] == (3_000, 0)


@pytest.mark.parametrize("notes", TWO)
def test_both_lists_re_sent_keep_each_payment_once(tmp_path: Path, notes):
    """After the two lists, May's ledger re-sends April's (its payment, and a sale of May's),
    then the bank's list is sent again with a payment of May: each payment once, 3,000
    open, then 2,000 after May's 1,000 on N-2. And a ledger listing both payments, re-sent
    with its rows in the other order, keeps both once."""
    deposit, balance = _pay(NAIROBI, DAY, 5_000, notes[0]), _pay(NAIROBI, DAY, 5_000, notes[1])
    may = _pay(NAIROBI, "2025-05-06", 1_000, "N-2")
    owed, results = _files(tmp_path / "lists", _ledger(deposit), _bank(balance),
                           _ledger(deposit, name="台账 2025-05.xlsx", sales=ORDERS),
                           _bank(balance, may, name="银行水单 2025-05.xlsx"))
    assert owed[NAIROBI] == (2_000, 0)
    assert [r.counts.inserted for r in results] == [3, 1, 1, 1]
    owed, results = _files(tmp_path / "sorted", _ledger(deposit, balance),
                           _ledger(balance, deposit, name="台账 2025-05.xlsx", sales=ORDERS))
    assert owed[NAIROBI] == (3_000, 0)
    assert results[-1].counts.inserted == 1  # May's sale


@pytest.mark.parametrize("notes", [("定金 N-1", "定金 N-1"), ("N-1 TT-881", "N-1"),
                                   ("N-1 TT-881", "TT881 N-1"), ("余款 N-1", "N-1 尾款"),
                                   ("N-1", "N-1")])
def test_one_payment_in_two_lists_stays_one(tmp_path: Path, notes):
    """Guard: the same payment in both lists, its note the same, or one saying less: one
    payment, 5,000 received, 8,000 open, the second list's row the first's line."""
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, notes[0])),
                           _bank(_pay(NAIROBI, DAY, 5_000, notes[1])))
    assert owed[NAIROBI] == (8_000, 0)
    assert results[-1].counts.inserted == 0


@pytest.mark.parametrize("notes", [("TT-881", "TT-882"), ("定金", "余款")])
def test_two_payments_naming_no_invoice_in_two_lists_are_two(tmp_path: Path, notes):
    """Payments naming no invoice, one sum, one day, the notes giving two wire references (or
    a deposit and a balance): two payments. Hand count: 10,000 received, 3,000 open. Before:
    the bank's taken for the ledger's sent again ("stored from another file"): 8,000 open."""
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, notes[0])),
                           _bank(_pay(NAIROBI, DAY, 5_000, notes[1])))
    assert owed[NAIROBI] == (3_000, 0)
    assert "stored from another file" not in import_report(results[-1])


@pytest.mark.parametrize("notes", [(None, None), ("TT-881", "TT881")])
def test_one_payment_naming_no_invoice_in_two_lists_stays_one(tmp_path: Path, notes):
    """Guard: one sum, one day, no note or one reference: counted once, as before: 8,000
    open."""
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, notes[0])),
                           _bank(_pay(NAIROBI, DAY, 5_000, notes[1])))
    assert owed[NAIROBI] == (8_000, 0)
    assert results[-1].counts.inserted == 0


NUMBERED = ["合同号", "客户", "收款日期", "收款金额", "备注"]


@pytest.mark.parametrize("notes", TWO)
def test_two_payments_on_an_invoice_column_in_two_lists_are_two(tmp_path: Path, notes):
    """As the first, both lists writing N-1 in their invoice column (合同号): one key of N-1,
    its sum and day. Hand count: 3,000 open. Before: 8,000 open; after both lists re-sent
    next month (the ledger with a sale of May's), still 3,000 open, nothing inserted twice."""
    def tab(note: str) -> list[list[object]]:
        return [NUMBERED, ["N-1", NAIROBI, *_pay(NAIROBI, DAY, 5_000, note)[1:]]]

    owed, results = _files(tmp_path, (LEDGER, {"台账": SALES, "收款": tab(notes[0])}),
                           (BANK, {"收款": tab(notes[1])}),
                           ("台账 2025-05.xlsx", {"台账": ORDERS, "收款": tab(notes[0])}),
                           ("银行水单 2025-05.xlsx", {"收款": tab(notes[1]), "5月": tab(
                               notes[1])}))
    assert owed[NAIROBI] == (3_000, 0)
    assert [r.counts.inserted for r in results] == [3, 1, 1, 0]


def test_a_balance_of_another_sum_on_the_deposits_day_corrects_no_deposit(tmp_path: Path):
    """April's ledger books "定金 N-1" 5,000 on 04-20; May's, re-sending April's sales with
    its 收款 tab started anew, "余款 N-1" 3,000 of 04-20 at the same row. Hand count: 8,000
    received, 5,000 open, the pair named for the clerk to check (as a re-dated payment under
    another reference is). Before: taken for the deposit re-sent with its sum corrected, the
    5,000 dropped: 10,000 open."""
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, "定金 N-1")),
                           _ledger(_pay(NAIROBI, DAY, 3_000, "余款 N-1"),
                                   name="台账 2025-05.xlsx"))
    assert owed[NAIROBI] == (5_000, 0)
    report = import_report(results[-1])
    assert "replaces the one stored" not in report and "“收款” row 2: 5,000.00" in report, report


def _as_before_key34(db: Path) -> None:
    """The database the import before key34 wrote from April's two lists: the bank's "余款
    N-1" row took the ledger's "定金 N-1" line (one line, its note and file the bank's; the
    bank's import "1 updated"), as that import left it (compared column by column)."""
    conn = sqlite3.connect(db)
    with conn:
        [(kept, gone)] = conn.execute(
            "SELECT MIN(id), MAX(id) FROM order_lines WHERE received_amount = 5000").fetchall()
        conn.execute("UPDATE order_lines SET notes = '余款 N-1', source_file = ? WHERE id = ?",
                     (BANK, kept))
        conn.execute("DELETE FROM order_lines WHERE id = ?", (gone,))
    conn.close()


def test_a_database_written_before_key34_takes_next_months_lists_without_doubling(
        tmp_path: Path):
    """April's two lists imported before key34 (one line, 5,000 received, 8,000 open), then
    May's ledger re-sending April's (its 定金 N-1 and a sale of May's) and May's bank list
    re-sending April's 余款 N-1 with 1,000 of May on N-2. Hand count: 11,000 received of
    13,000: 2,000 open. The stored line keeps matching the bank's row, the ledger's deposit
    is stored again as its own payment, nothing is counted twice."""
    deposit, balance = _pay(NAIROBI, DAY, 5_000, "定金 N-1"), _pay(NAIROBI, DAY, 5_000, "余款 N-1")
    _files(tmp_path, _ledger(deposit), _bank(balance))
    for name in ("fast.sqlite", "slow.sqlite"):
        _as_before_key34(tmp_path / name)
    owed, results = _files(tmp_path, _ledger(deposit, name="台账 2025-05.xlsx", sales=ORDERS),
                           _bank(balance, _pay(NAIROBI, "2025-05-06", 1_000, "N-2"),
                                 name="银行水单 2025-05.xlsx"))
    assert owed[NAIROBI] == (2_000, 0)
    assert [(r.counts.inserted, r.counts.updated) for r in results] == [(2, 0), (1, 0)]


def test_a_file_imported_again_with_its_note_corrected_keeps_its_one_payment(tmp_path: Path):
    """Guard: April's ledger imported again (a sale added) with its payment's note corrected
    from "定金 N-1" to "余款 N-1": the row's own line, its note the new one: 8,000 open."""
    _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, "定金 N-1")))
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, "余款 N-1"),
                                             sales=ORDERS))
    assert owed[NAIROBI] == (8_000, 0)
    assert (results[-1].counts.inserted, results[-1].counts.updated) == (1, 1)


@pytest.mark.parametrize("notes", [("定金 N-1", "余款"), ("N-1 TT-881", "TT-882")])
def test_a_deposit_without_a_number_and_a_balance_under_its_invoice_are_two(tmp_path: Path,
                                                                            notes):
    """The ledger's tab books "定金 N-1" 5,000 of 04-20 without a number; the bank's list the
    balance, 5,000 that day under N-1 in its invoice column, noted "余款". Hand count: 3,000
    open. Before: taken for one payment, its invoice written in one list only
    (core.ledger.invoiced_payments): the deposit dropped, 8,000 open."""
    owed, results = _files(tmp_path, _ledger(_pay(NAIROBI, DAY, 5_000, notes[0])), (BANK, {
        "收款": [NUMBERED, ["N-1", NAIROBI, *_pay(NAIROBI, DAY, 5_000, notes[1])[1:]]]}))
    assert owed[NAIROBI] == (3_000, 0)
    assert "one naming its invoice and the other not" not in import_report(results[-1])
