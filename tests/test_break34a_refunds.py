"""break34a: refund34's 退货退款 (goods returned and their money refunded) tried with notes a
clerk writes when the money did not go back: set against the next order (抵扣下批货款), or not
yet paid (退款未付). Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_late33 import PAYMENTS, RIO, _analysed_alike
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.ledger.typed_rows import money_kept
from core.override_changes import merge
from core.store import connect

TYPED = [*HEADER, "类型", "备注"]
# Rio's R-1 paid in full; 2,000 of its goods came back; R-2 (due 05-12) paid 2,000 short, the
# buyer taking the returned goods' value off it
SHORT = [[*row("R-1", "Rio Rugs", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10"),
          None, None],
         [*row("R-2", "Rio Rugs", "2025-04-10", 5_000, "2025-04-12", 3_000, "2025-05-10"),
          None, None],
         [*row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30"),
          None, None]]


def _rio(tmp_path: Path, sheets: dict[str, list[list[object]]]) -> tuple[str, tuple[object, ...]]:
    results = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-05.xlsx", sheets)])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    return import_report(results[0]), (*_owed(rio), rio.credit_on_account,
                                       round(rio.revenue_12m, 2))


@pytest.mark.parametrize(("kind", "note"), [
    ("退货", "退货退款，抵扣下批货款"), ("退货", "退货退款 抵下批货款"),
    ("退货退款", "抵扣下批货款"), ("退货退款", "货款在下个订单扣"),
    ("credit note", "return and refund, offset against next order")])
def test_a_return_refunded_by_the_next_order_s_deduction_sends_no_money_back(
        tmp_path: Path, monkeypatch, kind, note):
    """A credit note of 03-20 for 2,000 of R-1's goods sent back, its type or note saying 退货
    退款 and that the sum was set against the next order (抵扣下批货款); Rio paid R-2 3,000
    of 5,000 accordingly. Hand count at 06-30: 13,000 sold (15,000 less 2,000), 13,000 paid,
    no money sent back: nothing open, Rio on no list, revenue 13,000. Before: read as a
    credit note and a refund of 2,000: paid 11,000, R-2 2,000 open 49 days past due, Rio
    watched."""
    ledger = [TYPED, *SHORT, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), kind, note]]
    report, figures = _rio(tmp_path, {"台账": ledger})
    assert figures == (0, None, {}, 0, 13_000)
    assert "read as a refund" not in report
    assert "Credit notes, lowering their customers' accounts: 1 (“台账” row 5)" in report
    _analysed_alike(tmp_path, monkeypatch)


@pytest.mark.parametrize("note", ["退货退款（退款未付）", "退货退款，款未退", "退货退款待退"])
def test_a_return_whose_refund_is_not_yet_paid_leaves_the_buyer_its_credit(tmp_path: Path,
                                                                         note):
    """R-1 and R-2 paid in full (15,000); 2,000 of R-1's goods came back on 03-20, the note
    saying the refund is not paid yet. Hand count at 06-30: 13,000 sold, 15,000 paid: 2,000
    credit on account, owed to Rio. Before: read as sent back too: no credit, as if paid."""
    paid = [SHORT[0], [*SHORT[1][:7], 5_000, *SHORT[1][8:]], SHORT[2]]
    ledger = [TYPED, *paid, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", note]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 2_000, 13_000)


def test_a_payment_sheet_s_return_set_against_the_next_order_is_a_credit_note(tmp_path: Path,
                                                                             monkeypatch):
    """The 收款 sheet books -2,000 of 03-20 noted 退货退款 R-1，抵扣下批货款: goods back, their
    value taken off R-2. Hand count as the first test: nothing open, revenue 13,000. Before:
    a credit note and a refund: R-2 2,000 open, Rio watched."""
    ledger = [HEADER, *(line[:-2] for line in SHORT)]
    report, figures = _rio(tmp_path, {"台账": ledger, "收款": [PAYMENTS, [
        "Rio Rugs", d("2025-03-20"), -2_000, "退货退款 R-1，抵扣下批货款"]]})
    assert figures == (0, None, {}, 0, 13_000)
    assert "read as a refund" not in report
    _analysed_alike(tmp_path, monkeypatch)


def test_a_refund_under_a_merged_name_is_weighed_against_the_whole_customer(tmp_path: Path):
    """Rio paid 15,000 as "Rio Rugs" and 500 as "Rio Rugs Ltd", merged into it by hand; the
    bank's list then books 2,000 sent back to "Rio Rugs Ltd". Hand count: 2,000 of 15,500
    paid, nothing beyond; the account takes it (R-2 2,000 open, Rio watched). Before: the
    import said "1 refund is more than all its customer paid, row 2 (2,000.00 > 500.00 USD)",
    sending the clerk to check a right refund."""
    db = tmp_path / "rio.sqlite"
    ledger = [*RIO, row("L-1", "Rio Rugs Ltd", "2025-02-01", 500, "2025-02-02", 500,
                        "2025-02-03")]
    [first] = import_files(db, [write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": ledger})])
    assert first.status == "imported"
    with connect(db) as conn:
        merge(conn, "Rio Rugs", "Rio Rugs Ltd")
    [bank] = import_files(db, [write_xlsx(tmp_path / "银行水单.xlsx", {"收款": [
        PAYMENTS, ["Rio Rugs Ltd", d("2025-05-20"), -2_000, "退汇"]]})])
    report = import_report(bank)
    assert "read as a refund" in report
    assert "more than all its customer paid" not in report
    rio = by_name(at(db, d("2025-06-30")))["Rio Rugs"]
    assert _owed(rio) == (2_000, "watch", {"R-2": (2_000, 49)})


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_return_refunded_and_the_bank_s_list_of_that_refund_count_it_once(tmp_path: Path,
                                                                           monkeypatch, order):
    """The ledger types R-1's 2,000 of 03-20 退货退款 (goods back, money back); the bank's
    list, imported after or before, books that refund: Rio, 03-20, -2,000, 退汇. Hand count at
    06-30: 13,000 sold, 15,000 paid less the one 2,000 sent back: nothing open, Rio on no list.
    Before: the refund counted twice, R-2 2,000 open 49 days past due, Rio watched. (A row
    typed 退汇 beside the bank's list was matched and counted once already.)"""
    ledger = [[*HEADER, "类型"], *([*line, None] for line in RIO[1:]),
              [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货退款"]]
    files = [write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": ledger}),
             write_xlsx(tmp_path / "银行水单 2025-05.xlsx", {"收款": [
                 PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, "退汇"]]})]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account, round(rio.revenue_12m)) == (
        0, None, {}, 0, 13_000)
    assert "counted once" in import_report(results[1])
    _analysed_alike(tmp_path, monkeypatch)


@pytest.mark.parametrize(("note", "kept"), [
    ("退货退款，抵扣下批货款", True), ("退货退款（未退）", True), ("退货退款，款未退", True),
    ("退货退款（退款未付）", True), ("return and refund, offset against next order", True),
    ("退货退款", False), ("退货退款（运费未退）", False), ("退货退款，余款未付", False),
    ("退货退款 扣手续费50", False), ("退货退款，余款下批再付", False)])
def test_only_a_return_s_own_money_kept_keeps_it(note, kept):
    """Freight not refunded (运费未退), the buyer's balance unpaid (余款未付), a fee deducted
    or the balance paid with the next order say nothing of the returned goods' money."""
    assert money_kept(note) is kept
