"""refund36: a refund whose note names another order stays that order's (one_refund.refund_of),
a refund only in progress or awaiting approval is no money sent back (normalise.ASKED). Each
test's docstring gives the hand count; both imports (the app's and tests/reference_import)
must agree (test_break34a_refunds._rio)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED, _rio
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger.one_refund import names_other

# R-1 10,000 paid, R-2 5,000 paid 7,000 (2,000 over), P-1 (the as-of date's other buyer)
OVERPAID = [PAID[0], [*PAID[1][:7], 7_000, *PAID[1][8:]], PAID[2]]


def _return(note: str = "退货退款") -> list[object]:
    """2,000 of R-1's goods sent back on 03-20, typed 退货."""
    return [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", note]


@pytest.mark.parametrize("note", ["退款 R-2", "R-2 多付退款", "退款R2"])
@pytest.mark.parametrize("ledger_first", [True, False])
def test_a_refund_naming_another_order_is_not_the_return_s(tmp_path: Path, note,
                                                            ledger_first):
    """R-1 10,000 paid; R-2 5,000 paid 7,000 (2,000 too much). The 台账 row of 03-20 returns
    2,000 of R-1's goods, 退货退款 (a credit note and its refund); the 收款 tab's -2,000 of
    03-20 says it is R-2's overpayment sent back ("退款 R-2"). Two refunds. Hand count at
    06-30: 13,000 sold, 17,000 paid less 4,000 sent back: nothing open, no credit, revenue
    13,000. Before: the R-2 refund taken for the return's, one refund: 2,000 credit shown."""
    sheets = {"台账": [TYPED, *OVERPAID, _return()],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, note]]}
    if not ledger_first:
        sheets = {"收款": sheets["收款"], "台账": sheets["台账"]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 13_000)


@pytest.mark.parametrize("note", ["退货退款 R-2", "R-2 退货退款"])
@pytest.mark.parametrize("ledger_first", [True, False])
def test_a_payments_tab_return_and_refund_naming_another_order_is_a_return_of_its_own(
        tmp_path: Path, note, ledger_first):
    """R-1 and R-2 paid in full (15,000); the 台账 row of 03-20 returns 2,000 of R-1's goods,
    退货退款; the 收款 tab's -2,000 of 03-20 says R-2's goods came back and were refunded
    ("退货退款 R-2"). Two returns, two refunds. Hand count at 06-30: 11,000 sold, 15,000 paid
    less 4,000 sent back: nothing open, no credit, revenue 11,000. Before: the 收款 row taken
    for R-1's return's refund, its credit note dropped: one return, revenue 13,000."""
    sheets = {"台账": [TYPED, *PAID, _return()],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, note]]}
    if not ledger_first:
        sheets = {"收款": sheets["收款"], "台账": sheets["台账"]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 11_000)


@pytest.mark.parametrize("note", ["退款 R-1", "R-1 退货退款", "退款"])
def test_a_refund_naming_the_return_s_own_order_or_none_is_still_the_return_s(
        tmp_path: Path, note):
    """R-1 and R-2 paid in full (15,000); the return of 03-20 退货退款 and the 收款 tab's -2,000
    of 03-20 naming R-1 or no order: one refund, as before. Hand count: nothing open, no
    credit, revenue 13,000."""
    sheets = {"台账": [TYPED, *PAID, _return()],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, note]]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 13_000)


@pytest.mark.parametrize(("note", "order", "other"), [
    ("退款 PO-778", "PO-771", True), ("退款 PO778", "PO-778", False),
    ("退款 TT-881", "PO-771", False), ("退款", "PO-771", False), ("退款 PO-778", None, False),
    ("PO-771 PO-778 退款", "PO-771", False)])
def test_names_other(note, order, other):
    """A note names another order only where it names one of the return's order's kind
    (PO-…) that is not it; a wire's reference (TT-881), no number, or the order itself among
    others names none."""
    assert names_other(note, order) is other


@pytest.mark.parametrize("note", ["退货退款，退款中", "退货退款 待财务审核", "退货退款（待审批）",
                                  "退货退款 处理中", "return and refund in progress"])
def test_a_return_whose_refund_is_in_progress_leaves_the_buyer_its_credit(tmp_path: Path,
                                                                          note):
    """R-1 and R-2 paid in full (15,000); 2,000 of R-1's goods came back on 03-20, the note
    saying the refund is under way or awaiting approval, not sent. Hand count at 06-30:
    13,000 sold, 15,000 paid: 2,000 credit on account, owed to Rio, revenue 13,000. Before:
    read as sent back: no credit, as if Rio had been paid."""
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, _return(note)]})[1] == (
        0, None, {}, 2_000, 13_000)


@pytest.mark.parametrize("kind", ["退货退款待财务审核", "退货 处理中", "return in progress"])
def test_a_sale_s_own_row_whose_return_is_under_way_stays_a_sale(tmp_path: Path, kind):
    """R-1's own 10,000 row, paid, its type cell saying a return is under way or awaiting
    approval: the sale stands, no credit note. Hand count: nothing open, no credit, revenue
    15,000. Before: a 10,000 credit note, 20,000 credit and revenue -5,000."""
    sale = [*row("R-1", "Rio Rugs", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10"),
            kind, None]
    assert _rio(tmp_path, {"台账": [TYPED, sale, *PAID[1:]]})[1] == (0, None, {}, 0, 15_000)


# --- credit notes sent again re-dated, or of one day in two months' files (credit_lines) ------

SOLD = [PAID[0], PAID[2]]  # R-1 10,000 of 03-01, paid in full; P-1, the as-of date's buyer


def _note(day: str) -> list[object]:
    """A credit note of 2,000 for R-1's goods, typed 退货, written negative, dated `day`."""
    return [*row("R-1", "Rio Rugs", day, -2_000, None), "退货", None]


def _credit(tmp_path: Path, *files: tuple[str, dict[str, list[list[object]]]]
            ) -> tuple[float, float]:
    """Each file (its path under tmp_path, its tabs) imported in turn, by both imports: Rio's
    credit on account and revenue at 06-30."""
    for name, sheets in files:  # each written as it is imported: a file saved over
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        _same_import(tmp_path, [write_xlsx(tmp_path / name, sheets)])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    return rio.credit_on_account, round(rio.revenue_12m, 2)


MARCH_FILE = ("in/台账 2025-03.xlsx", {"3月": [TYPED, *SOLD]})


@pytest.mark.parametrize("again", ["in/台账 2025-04.xlsx", "in/台账 2025-04 - 副本.xlsx",
                                   "in/台账 2025-04 (1).xlsx", "in/台账 2025-04 修订.xlsx",
                                   "again/台账 2025-04.xlsx"])
def test_a_credit_note_sent_again_re_dated_is_that_note(tmp_path: Path, again):
    """March's file sells R-1 10,000, paid. April's file lists only R-1's credit note of 2,000
    dated 04-20; then April's file is sent again (saved over, its copy, its revision, or from
    another folder) with the note dated 04-22. One note re-dated. Hand count at 06-30: 2,000
    credit on account, revenue 8,000. Before: a second note, 4,000 credit, revenue 6,000."""
    april = ("in/台账 2025-04.xlsx", {"4月": [TYPED, _note("2025-04-20")]})
    assert _credit(tmp_path, MARCH_FILE, april,
                   (again, {"4月": [TYPED, _note("2025-04-22")]})) == (2_000, 8_000)


def test_a_year_book_s_month_tab_re_dating_april_s_note_is_that_note(tmp_path: Path):
    """As above, the note re-dated by the year's book (台账 2025.xlsx), whose 4月 tab is April's
    month again: 2,000 credit, revenue 8,000 (was 4,000 and 6,000)."""
    book = ("in/台账 2025.xlsx", {"3月": [TYPED, *SOLD], "4月": [TYPED, _note("2025-04-22")]})
    april = ("in/台账 2025-04.xlsx", {"4月": [TYPED, _note("2025-04-20")]})
    assert _credit(tmp_path, MARCH_FILE, april, book) == (2_000, 8_000)


@pytest.mark.parametrize("names", [("台账 2025-03.xlsx", "台账 2025-04.xlsx"),
                                   ("2025-03/台账.xlsx", "2025-04/台账.xlsx")])
@pytest.mark.parametrize("april_first", [False, True])
def test_two_equal_credit_notes_of_one_day_in_two_months_files_are_two(tmp_path: Path, names,
                                                                        april_first):
    """February's file sells R-1 10,000, paid. March's file (its 3月 tab) lists a credit note
    of 2,000 for R-1 dated 03-31, and April's file (its 4月 tab) another of 2,000 dated 03-31:
    two months' files, each its own month, two notes (month folders' 台账.xlsx alike: two
    months' files, not one file's copies). Hand count at 06-30: 4,000 credit, revenue 6,000.
    Before: one note, 2,000 credit, revenue 8,000."""
    feb = ("feb/台账 2025-02.xlsx", {"2月": [TYPED, *SOLD]})
    march = (f"m/{names[0]}", {"3月": [TYPED, _note("2025-03-31")]})
    april = (f"m/{names[1]}", {"4月": [TYPED, _note("2025-03-31")]})
    files = (feb, april, march) if april_first else (feb, march, april)
    assert _credit(tmp_path, *files) == (4_000, 6_000)
    name, sheets = files[-1]  # the last sent again, another buyer's row added: read again
    tab, rows = next(iter(sheets.items()))
    other = [*row("P-9", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    assert _credit(tmp_path, (name, {tab: [*rows, other]})) == (4_000, 6_000)


def test_month_folders_files_of_one_name_re_dated_are_two_notes(tmp_path: Path):
    """2025-03/台账.xlsx lists R-1's credit note of 2,000 dated 03-25 (R-1 sold in February's
    file); 2025-04/台账.xlsx lists another of 2,000 dated 04-20: two months' files of one name,
    not one file re-dated. Hand count: 4,000 credit, revenue 6,000; April's file sent again,
    or with its note re-dated 04-22, adds nothing."""
    feb = ("feb/台账 2025-02.xlsx", {"2月": [TYPED, *SOLD]})
    march = ("m/2025-03/台账.xlsx", {"台账": [TYPED, _note("2025-03-25")]})
    april = ("m/2025-04/台账.xlsx", {"台账": [TYPED, _note("2025-04-20")]})
    assert _credit(tmp_path, feb, march, april) == (4_000, 6_000)
    other = [*row("P-9", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    again = (april[0], {"台账": [*april[1]["台账"], other]})  # read again, not known by its bytes
    assert _credit(tmp_path, again) == (4_000, 6_000)
    re_dated = (april[0], {"台账": [TYPED, _note("2025-04-22"), other]})  # its own note
    assert _credit(tmp_path, re_dated) == (4_000, 6_000)


def test_a_supplement_s_note_of_the_sum_is_a_note_of_its_own(tmp_path: Path):
    """April's file lists R-1's credit note of 2,000 of 04-20; April's supplement (台账 2025-04
    补充.xlsx, what the month's file missed) another of 2,000 of 04-22: no re-dating, two notes.
    Hand count: 4,000 credit, revenue 6,000."""
    april = ("in/台账 2025-04.xlsx", {"4月": [TYPED, _note("2025-04-20")]})
    extra = ("in/台账 2025-04 补充.xlsx", {"4月": [TYPED, _note("2025-04-22")]})
    assert _credit(tmp_path, MARCH_FILE, april, extra) == (4_000, 6_000)


def test_a_note_of_the_day_in_a_file_naming_no_month_is_that_note(tmp_path: Path):
    """R-1 sold in February's file; 退货记录.xlsx lists R-1's credit note of 2,000 of 03-31,
    then 退货记录 最终.xlsx (the same list saved again, no month named anywhere) lists it again.
    Nothing says another month: one note, as before. Hand count: 2,000 credit, revenue 8,000."""
    feb = ("feb/台账 2025-02.xlsx", {"2月": [TYPED, *SOLD]})
    first = ("x/退货记录.xlsx", {"Sheet1": [TYPED, _note("2025-03-31")]})
    other = [*row("P-9", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    final = ("y/退货记录 最终.xlsx", {"Sheet1": [TYPED, _note("2025-03-31"), other]})
    assert _credit(tmp_path, feb, first, final) == (2_000, 8_000)


def test_a_file_sent_again_with_a_second_note_before_the_first_counts_both(tmp_path: Path):
    """April's file lists R-1's credit note of 2,000 of 04-20; sent again, it lists a new note
    of 2,000 of 04-22 above that one. Two notes: the new one takes no line the old one keeps.
    Hand count: 4,000 credit, revenue 6,000, and so again when sent once more."""
    april = ("in/台账 2025-04.xlsx", {"4月": [TYPED, _note("2025-04-20")]})
    both = ("in/台账 2025-04.xlsx", {"4月": [TYPED, _note("2025-04-22"), _note("2025-04-20")]})
    assert _credit(tmp_path, MARCH_FILE, april, both) == (4_000, 6_000)
    other = [*row("P-9", "Payer", "2025-04-25", 1_000, "2025-04-26"), None, None]
    again = (both[0], {"4月": [*both[1]["4月"], other]})
    assert _credit(tmp_path, again) == (4_000, 6_000)
