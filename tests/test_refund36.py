"""refund36: a refund whose note names another order stays that order's (one_refund.refund_of),
a refund only in progress or awaiting approval is no money sent back (normalise.ASKED). Each
test's docstring gives the hand count; both imports (the app's and tests/reference_import)
must agree (test_break34a_refunds._rio)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED, _rio
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import d
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
