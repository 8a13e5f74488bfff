"""credit35: a credit note for an order an earlier file stored (a file a month) is a line of its
own, never the stored sale replaced; a 退货 row apart from its sale is read against the whole
file and the store. Each test's docstring gives the hand count; the app's import and the
reference import are compared after every file (test_fast_import._same_import)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import TYPED, _rio
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

MARCH = "台账 2025-03.xlsx"
APRIL = "台账 2025-04.xlsx"
# R-1 10,000 of 03-01 shipped 03-05 and R-2 5,000 of 04-10 shipped 04-12, as PAID has them,
# each unpaid
UNPAID = [[*r[:7], None, None, *r[9:]] for r in PAID]


def _other(n: int) -> list[object]:
    """Another buyer's order, added to a file sent again so that it is read again."""
    return [*row(f"P-{n + 2}", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]


def _typed_return(day: str = "2025-04-20") -> list[object]:
    """2,000 of R-1's goods sent back: a row typed 退货, written negative."""
    return [*row("R-1", "Rio Rugs", day, -2_000, None), "退货", None]


def _status_return() -> list[object]:
    """2,000 of R-1's goods sent back: a row of 03-20, +2,000, not shipped, status 退货."""
    return [*row("R-1", "Rio Rugs", "2025-03-20", 2_000, None, status="退货"), None, None]


def _files(tmp_path: Path, march: list[list[object]], april: list[list[object]],
           *again: str) -> tuple[list[FileResult], tuple[object, ...]]:
    """March's file, then April's, then April's again under each name of `again` (the same
    name: the file imported again from another folder; with another buyer's order added, so
    it is read again, not known by its bytes: _other), one import each; Rio at 06-30."""
    folders = [tmp_path / f"f{i}" for i in range(2 + len(again))]
    for folder in folders:
        folder.mkdir()
    files = [write_xlsx(folders[0] / MARCH, {"台账": march}),
             write_xlsx(folders[1] / APRIL, {"台账": april}),
             *(write_xlsx(folder / name, {"台账": [*april, _other(i)]})
               for i, (folder, name) in enumerate(zip(folders[2:], again, strict=True)))]
    results = _same_import(tmp_path, *[[f] for f in files])
    assert [r.status for r in results] == ["imported"] * len(files)
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    return results, (*_owed(rio), rio.credit_on_account, round(rio.revenue_12m, 2))


def _one_file(tmp_path: Path, rows: list[list[object]]) -> tuple[object, ...]:
    """The same rows in one file: the figures the two files must give."""
    (tmp_path / "one").mkdir()
    _same_import(tmp_path / "one", [write_xlsx(tmp_path / "one" / APRIL, {"台账": rows})])
    rio = by_name(at(tmp_path / "one" / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    return (*_owed(rio), rio.credit_on_account, round(rio.revenue_12m, 2))


def test_april_s_credit_note_for_march_s_paid_sale_is_a_line_of_its_own(tmp_path: Path):
    """March: R-1 10,000 paid in full, R-2 5,000 paid. April's file: a row typed 退货,
    -2,000, for R-1, dated 04-20. Hand count at 06-30: 13,000 sold, 15,000 paid: nothing
    open, 2,000 credit on account, revenue 13,000, as one file holding both gives. Before:
    "Amount changed 10,000 → -2,000": Rio shown 12,000 credit and revenue 3,000."""
    results, figures = _files(tmp_path, [TYPED, *PAID], [TYPED, _typed_return()])
    assert figures == (0, None, {}, 2_000, 13_000)
    assert figures == _one_file(tmp_path, [TYPED, *PAID, _typed_return()])
    report = import_report(results[1])
    assert "Amount changed" not in report
    assert "1 inserted, 0 updated" in report
    assert "later order date" not in report  # a credit note dates no order


def test_april_s_credit_note_for_march_s_open_sale_lowers_what_is_open(tmp_path: Path):
    """As above, nothing paid. Hand count at 06-30: R-1 10,000 less 2,000 credited, R-2
    5,000: 13,000 open, R-1's 8,000 of it; revenue 13,000, as one file gives. Before: R-1
    stood at -2,000, 5,000 open and revenue 3,000."""
    figures = _files(tmp_path, [TYPED, *UNPAID[:2]], [TYPED, _typed_return()])[1]
    assert figures[0] == 13_000 and figures[2]["R-1"][0] == 8_000
    assert figures[4] == 13_000
    assert figures == _one_file(tmp_path, [TYPED, *UNPAID[:2], _typed_return()])


@pytest.mark.parametrize("again", [[APRIL], ["台账 2025-04 (2).xlsx"],
                                   ["台账 2025-04 副本.xlsx", APRIL]])
def test_april_s_credit_note_imported_again_adds_nothing(tmp_path: Path, again):
    """April's file imported again from another folder, or a renamed copy of it: the credit
    note is its own line again. Hand count as above: 2,000 credit, revenue 13,000."""
    results, figures = _files(tmp_path, [TYPED, *PAID], [TYPED, _typed_return()], *again)
    assert (figures[0], *figures[2:]) == (0, {}, 2_000, 13_000)  # the list: Payer's orders
    assert all("1 inserted, 0 updated" in import_report(r) for r in results[2:])  # P-2


def test_a_year_to_date_workbook_s_later_tab_credit_note_keeps_the_earlier_tab_s_sale(
        tmp_path: Path):
    """One workbook, a tab a month: 3月 lists R-1 and R-2 paid; 4月 lists only R-1's 退货
    row of 04-20, -2,000. Hand count: 2,000 credit on account, revenue 13,000."""
    path = write_xlsx(tmp_path / "台账 2025.xlsx", {"3月": [TYPED, *PAID],
                                                   "4月": [TYPED, _typed_return()]})
    _same_import(tmp_path, [path])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account, round(rio.revenue_12m, 2)) == (
        0, None, {}, 2_000, 13_000)


def test_may_s_file_re_sending_march_s_sale_and_april_s_credit_note_adds_nothing(
        tmp_path: Path):
    """March: R-1 and R-2 paid; April: R-1's 退货 row; May's file re-sends all three (the
    credit note below its sale, in the place one file gives it). Hand count: 2,000 credit,
    revenue 13,000."""
    may = write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": [TYPED, *PAID, _typed_return()]})
    figures = _files(tmp_path, [TYPED, *PAID], [TYPED, _typed_return()])[1]
    assert figures == (0, None, {}, 2_000, 13_000)
    _same_import(tmp_path, [may])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.credit_on_account, round(rio.revenue_12m, 2)) == (2_000, 13_000)


def test_a_file_turning_its_own_sale_into_a_credit_note_corrects_it(tmp_path: Path):
    """March's file lists R-3 (Rio) 1,000; sent again with that row typed 退货 (the clerk's
    correction of the very row): the line corrected, not a second one. Hand count: R-1 and
    R-2 paid, 1,000 credit on account, revenue 14,000."""
    sale = [*row("R-3", "Rio Rugs", "2025-04-20", 1_000, None), None, None]
    credit = [*row("R-3", "Rio Rugs", "2025-04-20", -1_000, None), "退货", None]
    (tmp_path / "in").mkdir()
    _same_import(tmp_path, [write_xlsx(tmp_path / "in" / MARCH, {"台账": [TYPED, *PAID, sale]})])
    _same_import(tmp_path, [write_xlsx(tmp_path / "in" / MARCH, {"台账": [TYPED, *PAID, credit]})])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.credit_on_account, round(rio.revenue_12m, 2)) == (1_000, 14_000)


def test_a_return_row_of_its_own_in_april_s_file_is_read_against_march_s_sale(tmp_path: Path):
    """March: R-1 10,000 and R-2 5,000 paid. April's file: R-1's row of 03-20, +2,000, not
    shipped, status 退货. Hand count at 06-30: 2,000 credit on account, revenue 13,000, as one
    file holding both gives. Before: read as a sale replacing March's 10,000 line: 8,000
    credit and revenue 7,000."""
    results, figures = _files(tmp_path, [TYPED, *PAID], [TYPED, _status_return()])
    assert figures == (0, None, {}, 2_000, 13_000)
    assert figures == _one_file(tmp_path, [TYPED, *PAID, _status_return()])
    assert "Amount changed" not in import_report(results[1])


def test_a_return_row_of_its_own_imported_again_adds_nothing(tmp_path: Path):
    """As above, April's file then imported again under a copy's name: 2,000 credit."""
    figures = _files(tmp_path, [TYPED, *PAID], [TYPED, _status_return()],
                     "台账 2025-04(1).xlsx")[1]
    assert (figures[0], *figures[2:]) == (0, {}, 2_000, 13_000)


def test_a_return_row_of_its_own_on_a_later_tab_is_read_against_the_earlier_tab(
        tmp_path: Path):
    """One workbook: 3月 sells R-1 and R-2 (paid); 4月 lists only R-1's 退货 row of 03-20,
    +2,000, not shipped. Hand count: 2,000 credit, revenue 13,000."""
    path = write_xlsx(tmp_path / "台账 2025.xlsx", {"3月": [TYPED, *PAID],
                                                   "4月": [TYPED, _status_return()]})
    _same_import(tmp_path, [path])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (rio.credit_on_account, round(rio.revenue_12m, 2)) == (2_000, 13_000)


def test_a_return_row_dated_before_the_stored_sale_is_no_credit_note(tmp_path: Path):
    """March's file sells R-3 (Rio) on 04-25, 1,000, unpaid; April's lists R-3's row of
    03-20, +1,000, not shipped, 退货: not sold before it, so not a return of its own (the
    order's own row saying it came back, as in one file). As one file gives."""
    sale = [*row("R-3", "Rio Rugs", "2025-04-25", 1_000, "2025-04-26"), None, None]
    back = [*row("R-3", "Rio Rugs", "2025-03-20", 1_000, None, status="退货"), None, None]
    figures = _files(tmp_path, [TYPED, *PAID, sale], [TYPED, back])[1]
    assert figures[3] == 0  # no credit on account: no credit note made of it


@pytest.mark.parametrize("note", ["退货退款", "R-1 退货退款"])
@pytest.mark.parametrize("ledger_first", [True, False])
def test_a_payments_tab_row_saying_return_and_refund_beside_the_return_is_one_return(
        tmp_path: Path, note, ledger_first):
    """R-1 and R-2 paid in full (15,000); the 台账 tab's row of 03-20 returns 2,000 of R-1's
    goods, typed 退货, noted 退货退款; the 收款 tab books that refund, -2,000 of 03-20, its
    note saying 退货退款 too. One return and one refund on two rows. Hand count at 06-30:
    13,000 sold, 15,000 paid less 2,000 sent back: nothing open, no credit, revenue 13,000.
    Before: the 收款 tab's row read as a second return and refund: revenue 11,000."""
    ret = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    sheets = {"台账": [TYPED, *PAID, ret],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, note]]}
    if not ledger_first:
        sheets = {"收款": sheets["收款"], "台账": sheets["台账"]}
    report, figures = _rio(tmp_path, sheets)
    assert figures == (0, None, {}, 0, 13_000)
    assert "Credit notes, lowering their customers' accounts: 1 (“台账” row 5)" in report
    assert "Sheet “收款”: 1 payment row says the money was sent back" in report
    assert "Sheet “台账”: 1 payment row says the money was sent back" not in report


def test_a_payments_tab_row_saying_return_and_refund_alone_is_both(tmp_path: Path):
    """The 收款 tab's -2,000 of 03-20 noted 退货退款, no return row elsewhere: still a credit
    note and a refund. Hand count: 13,000 sold, 13,000 paid: nothing open, revenue 13,000."""
    sheets = {"台账": [TYPED, *PAID],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, "退货退款"]]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 13_000)



def test_two_returns_of_one_sum_in_two_monthly_files_are_two_credit_notes(tmp_path: Path):
    """March's file: R-1 and R-2 paid and a return of 2,000 of R-1's goods on 03-25 (below
    its sale); April's file: only another return of 2,000 of R-1, on 04-20. Hand count: 4,000
    credit on account, revenue 11,000 (15,000 sold less 4,000)."""
    march = [TYPED, *PAID, _typed_return("2025-03-25")]
    figures = _files(tmp_path, march, [TYPED, _typed_return()])[1]
    assert figures[3:] == (4_000, 11_000)
