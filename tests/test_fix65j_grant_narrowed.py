"""fix65j (rv65c s2, s10, s11): a short payment is granted only by the firm's consent to the grant.

fix65d made a granted short payment a discount off its order (part_said.granted_short, read by
deduction_notes.deduction), the grant read by short_granted from any 同意/确认/认可/接受 after
the figure, whatever its object or subject: 客户少付2000，客户已确认 (the debt confirmed),
老板同意发货 (shipping agreed), 客户同意了 (the buyer's consent), 老板同意了上单的 (another
order's) each cleared a bad payer: 2,000, 72 days, black → nothing. Now a consent (同意, 接受,
批准, 特批) grants it only as the firm's, with nothing after it in its clause but the grant
(了, 的, 让利, 优惠, 减免, 放弃, 不追, 少付, 客户的要求) or a figure as large as the shortfall
(同意让2000); 确认/认可 grant nothing. A grant of less (老板同意让1000) was none here, the whole
2,000 owed; since fix66e it lets that much go, the 1,000 rest owed, 72 days, black.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02; as
of 06-30 anything open on the balance is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST
from test_fix62f_repeated_cells import PAID, _accounts
from test_fix65d_grant_and_typed_plan import SHORT, _rows, _sales

# the firm's grant, kept (fix65d's and rv65c's held ones): nothing owed at 5,000 received
GRANTS = ["客户少付2000，老板同意了", "客户少付2000，后来老板又不同意，最后还是同意了",
          "少收2000，给客户的优惠", "客户少付2000，老板同意让利",
          "客户少付2000，老板同意给客户优惠",
          "客户少付2000，我们接受了", "客户少付2000，老板同意让2000", "少付2000，老板批准",
          "客户少付2000，应客户要求同意让利", "客户少付2000，客户申请的优惠已批准",
          "客户想少付2000，老板同意了", "客户少付2000，老板接受了客户的要求",
          "客户少付2000，老板同意不追了"]
# the shortfall confirmed or chased; a consent to something else; the buyer's consent or word;
# another order's; and the grant's own words denied, feared, asked, withdrawn:
# 2,000 owed, 72 days, black
CONFIRMED = ["客户少付2000，客户已确认", "客户少付2000，已和客户确认", "客户少付2000，对账已确认",
             "客户少付2000，客户认可欠款", "客户少付2000，老板确认要追回"]
ELSE_AGREED = ["客户少付2000，老板同意发货", "客户少付2000，老板同意下单",
               "客户少付2000，老板同意先放单", "客户少付2000，老板同意下月付",
               "客户少付2000，老板同意后面再付", "客户少付2000，老板同意分期",
               "客户少付2000，老板同意宽限一个月", "客户少付2000，老板同意走法律程序",
               "客户少付2000，经理同意先发货", "客户少付2000，同意月底付清",
               "客户少付2000，老板批准发货", "客户少付2000，老板同意催款"]
THEIRS = ["客户少付2000，客户同意了", "客户少付2000，客户说老板同意了", "客户少付2000，对方同意了",
          "客户少付2000，老板同意了上单的"]
# a grant of less: that much let go, the rest owed (fix66e; fix65j: the whole 2,000)
PART = ["客户少付2000，老板同意让1000", "少付2000，老板同意让1000"]
HALF = (1_000.0, 72, "black", 0.0)
DENIED = ["客户少付2000，老板没同意让利", "客户少付2000，怕老板不同意",
          "客户少付2000，老板同意让利吗？",
          "客户少付2000，老板同意让利，现已撤回", "客户少付2000，老板接受了吗"]
OWED = CONFIRMED + ELSE_AGREED + THEIRS + DENIED


def test_only_the_firm_s_grant_clears_a_balance_typing_what_came(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came; the firm let the 2,000 go: nothing owed (as main);
    every other wording: 2,000 owed, 72 days, black (main: nothing owed, but 老板同意催款 7,000
    and the denied, feared, asked and withdrawn ones 2,000, as main)."""
    rows = _rows(GRANTS + OWED + PART, 5_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], GRANTS + OWED + PART)
    assert got == {**dict.fromkeys(GRANTS, PAID), **dict.fromkeys(OWED, SHORT),
                   **dict.fromkeys(PART, HALF)}


def test_a_typed_balance_and_a_sale_row(tmp_path: Path) -> None:
    """Hand count: the typed 尾款 row of 5,000 and a sale row of 10,000 received 8,000: the
    firm's grant nothing owed; confirmed, shipping agreed, the buyer's consent, another order's,
    2,000 owed, 72 days, black (main: nothing); a grant of less (让1000) 1,000 owed (fix66e)."""
    granted = ["客户少付2000，老板同意了", "客户少付2000，老板同意给客户优惠"]
    owed = ["客户少付2000，客户已确认", "客户少付2000，对账已确认", "客户少付2000，老板同意发货",
            "客户少付2000，客户同意了", "客户少付2000，老板同意了上单的"]
    sales, rows = _sales(granted + owed + PART[:1])
    got = _accounts(tmp_path, [{"台账": [*_rows(granted + owed + PART[:1], 5_000, typed=True),
                                         *rows, LAST]}], granted + owed + PART[:1] + sales)
    assert got == {**dict.fromkeys(granted + sales[:2], PAID),
                   **dict.fromkeys(owed + sales[2:-1], SHORT),
                   **dict.fromkeys([PART[0], sales[-1]], HALF)}


def test_at_the_whole_balance_typed_the_same_reading(tmp_path: Path) -> None:
    """Hand count: the row typed the 7,000 asked and its note says 2,000 came short. The firm's
    grant: nothing owed (as main). Alone (客户少付2000) the 2,000 is owed, 72 days, black (as
    main), so a confirmation or a consent to shipping or the buyer's leaves it owed as well (a
    grant of less, since fix66e, only its rest: 1,000) (main: nothing, the rest not read)."""
    granted = ["客户少付2000，老板同意了", "少收2000，给客户的优惠", "客户少付2000，老板同意让利"]
    owed = ["客户少付2000", "客户少付2000，老板同意发货", "客户少付2000，客户已确认",
            "客户少付2000，客户同意了"]
    rows = _rows(granted + owed + PART[:1], 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], granted + owed + PART[:1])
    assert got == {**dict.fromkeys(granted, PAID), **dict.fromkeys(owed, SHORT), PART[0]: HALF}
