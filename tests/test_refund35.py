"""refund35: refunds, returns and credit notes in the customer's account: a refund without a
return (未退货退款), a refund or a return asked for on a sale's own row, one refund in two
documents of a file, a re-sent file's offset, a return across two monthly files. Each test's
docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import SHORT, TYPED, _rio
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger.report import import_report
from core.ledger.typed_rows import returned_and_refunded


def _sale(status: str | None = None, kind: str | None = None) -> list[object]:
    """R-1's own row: 10,000 of 03-01, shipped 03-05, paid in full 03-10."""
    return [*row("R-1", "Rio Rugs", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10",
                 status=status), kind, None]


@pytest.mark.parametrize("amount", [-2_000, 2_000])
@pytest.mark.parametrize("cell", ["状态", "类型"])
@pytest.mark.parametrize("said", ["未退货退款", "仅退款", "refund without return"])
def test_a_refund_without_a_return_is_an_allowance_paid_back(tmp_path: Path, amount, cell,
                                                              said):
    """R-1 and R-2 paid in full (15,000); a row of 03-20 for 2,000 of R-1 whose type or status
    says the money was refunded, the goods not returned. Hand count at 06-30: 13,000 sold
    (2,000 allowed), 15,000 paid less 2,000 sent back: nothing open, no credit. Before: read
    as a credit note alone (goods returned): Rio shown 2,000 credit on account."""
    line = row("R-1", "Rio Rugs", "2025-03-20", amount, None,
               status=said if cell == "状态" else None)
    ledger = [TYPED, *PAID, [*line, said if cell == "类型" else None, None]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 0, 13_000)


@pytest.mark.parametrize(("said", "both"), [
    ("未退货退款", True), ("仅退款", True), ("未退货，未退款", False), ("未退货", False),
    ("refund only", True), ("no refund", False)])
def test_a_refund_without_a_return_is_read_as_both(said, both):
    assert returned_and_refunded(said) is both


@pytest.mark.parametrize(("status", "kind"), [
    ("退款", None), ("已退款", None), ("部分退款", None), ("refunded", None),
    (None, "申请退货"), (None, "客户申请退货"), (None, "退货申请中"), ("申请退货", None)])
def test_a_refund_or_a_return_asked_for_on_a_sale_s_own_row_leaves_the_sale(
        tmp_path: Path, status, kind):
    """R-1's own row (10,000, shipped, paid) has 退款 in its status, or its type says a return
    was asked for (申请退货); R-2 paid in full. Hand count at 06-30: 15,000 sold, 15,000 paid:
    nothing open, no credit, revenue 15,000. Before: R-1 read as a credit note of 10,000:
    Rio shown 20,000 credit on account and revenue -5,000."""
    ledger = [TYPED, _sale(status, kind), *PAID[1:]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 0, 15_000)


def test_a_refund_row_of_its_own_is_still_a_credit_note(tmp_path: Path):
    """A later row of R-1 (+2,000, not shipped) whose status says 退款 is no sale's own row:
    a credit note, as before: 2,000 credit on account, revenue 13,000."""
    line = row("R-1", "Rio Rugs", "2025-03-20", 2_000, None, status="退款")
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, [*line, None, None]]})[1] == (
        0, None, {}, 2_000, 13_000)


@pytest.mark.parametrize("ledger_first", [True, False])
def test_a_return_s_refund_also_on_the_payments_tab_is_one_refund(tmp_path: Path,
                                                                   ledger_first):
    """R-1 and R-2 paid in full (15,000); the 台账 tab's row of 03-20 returns 2,000 of R-1's
    goods, typed 退货, noted 退货退款; the file's 收款 tab books that refund, -2,000 of 03-20
    noted 退款. Two documents of one refund. Hand count at 06-30: 13,000 sold, 15,000 paid
    less 2,000 sent back: nothing open, no credit, Rio on no list. Before: the refund counted
    twice (11,000 paid): R-2 2,000 open 49 days past due, Rio watched."""
    ret = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    sheets = {"台账": [TYPED, *PAID, ret],
              "收款": [PAYMENTS, ["Rio Rugs", d("2025-03-20"), -2_000, "退款"]]}
    if not ledger_first:
        sheets = {"收款": sheets["收款"], "台账": sheets["台账"]}
    report, figures = _rio(tmp_path, sheets)
    assert figures == (0, None, {}, 0, 13_000)
    assert "Sheet “收款”: 1 payment row says the money was sent back" in report
    assert "Sheet “台账”: 1 payment row says the money was sent back" not in report


def test_two_refunds_of_one_sum_on_the_payments_tab_beside_one_return_count_one_more(
        tmp_path: Path):
    """As above, with the 收款 tab booking -2,000 twice on 03-20 (two refunds): one is the
    return's, the other a refund of its own. Hand count: 15,000 paid less 4,000 sent back,
    13,000 sold: R-2 2,000 open (49 days), as the tab says."""
    ret = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    refund = ["Rio Rugs", d("2025-03-20"), -2_000, "退款"]
    figures = _rio(tmp_path, {"台账": [TYPED, *PAID, ret], "收款": [PAYMENTS, refund, refund]})[1]
    assert figures[:3] == (2_000, "watch", {"R-2": (2_000, 49)})


@pytest.mark.parametrize("again", ["台账 2025-05.xlsx", "台账 2025-05(1).xlsx"])
def test_a_month_sent_again_with_the_return_s_money_set_off_drops_the_refund(tmp_path: Path,
                                                                             again):
    """May's file: R-1 and R-2 paid in full (15,000) and a return of 2,000 of R-1's goods on
    03-20 noted 退货退款 (read as a credit note and a refund). The clerk sends May again, the
    row now noted 退货退款，抵扣下批货款 and R-2 paid 3,000 of 5,000 accordingly. Hand count
    at 06-30, as the newer file says: 13,000 sold, 13,000 paid, no money sent back: nothing
    open, no credit. Before: the first import's refund stayed (11,000 paid): R-2 2,000 open
    49 days past due, Rio watched."""
    first = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    then = [*first[:-1], "退货退款，抵扣下批货款"]
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    may = write_xlsx(tmp_path / "1" / "台账 2025-05.xlsx", {"台账": [TYPED, *PAID, first]})
    results = _same_import(tmp_path, [may], [write_xlsx(tmp_path / "2" / again, {
        "台账": [TYPED, *SHORT, then]})])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    assert (*_owed(rio), rio.credit_on_account) == (0, None, {}, 0)
    assert (f"1 row of “{again}” no longer makes a refund of its return"
            in import_report(results[-1]))
