"""fix68m (rv68f's review of fix68g): good buyers newly listed, bad payers cleared.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row (7,000, or 5,000 where marked) received 04-20 with the
note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Of 7,000, a rest R said
owed and not come is R open; answered, another's or come, nothing. Of 5,000, 2,000 open, less
the bank's part the firm bears (其中50是银行手续费，不用客户承担: 1,950). Every ledger a real
.xlsx imported into a real SQLite file by the fast and the reference import (compared), the row
under the order, typed on the order's tab, on a 收款 tab and in a later file.

1. The firm's finding agreeing with his no (还差2000吗？客户说不差，已核实), then a short denied
   (没有少付 / 未少付 / 没有少收 / 并非少付; 是的，没有少付), another order's or a fee's rest
   (。下单定金未付, ，不差，是另一单还差2000, ，运费另付，还差的是运费500) or the firm blaming
   itself (不对的是我们, 有误的是我们的台账, 账目不符是因为汇率, 不是客户的问题): 2,000, 72 days,
   black → nothing (rest_answers._OWED_AFTER, _ELSE). Kept 2,000 black: 已核实，还差2000 / 差2000
   / 少付2000 / 客户少付了 / 未付 / 有误, 财务核实，不对，还差, 核实中, 已对账.
2. English rests owed to or by another than him and us: "still owed 2000 to the customer / to
   the factory / by us", "still owes 2000 to the customer", "we still owe 2000 to the customer",
   "Balance USD2000 owed to us by the bank / forwarder", "owed to the company by the agent",
   "owed by him to the bank"; another order's after "owed to us" / "owed by them" ("…owed to us
   for order 2025-799 / on order 2025-799 / for previous order", "owed by them, for previous
   order", "owed by the customer for order 2025-799"); "still owed 2000, of which 2000 for
   previous order": 2,000 black → nothing (noted_figures.NOT_HIS_EN, part_words.RESTS,
   owed_said, deduction_rest._ON_ORDER_EN, rest_restated.rest_sum). Kept 2,000 black: still
   owed 2000 (to us / by the customer), owed to us (by the customer), owed by him / them, owed
   to us for its own order; 1,500 for "…, including 500 for previous order".
3. A "paid" the next clause doubts, gives as his word or only proves ("paid by TT, to be
   confirmed / customer says / not sure / need to check / waiting for bank / bank slip only /
   not yet in bank", "paid last week, maybe", 已付，待确认, 已付，客户说的): nothing (7,000 away
   from the order) → 2,000 black; "paid 2000, not received", "paid by TT, pending bank
   confirmation", 已付，未到账: 7,000 → 2,000 black (rest_came._not_so_next). Kept nothing: paid
   by TT, paid 2000, paid last week, paid by TT, thanks, 已付清, 4/30已补齐.
4. 尚欠2000，其中50是银行手续费 on 5,000 with the bearer asked (客户不承担吗？, 不用客户承担？) or
   a later clause saying he pays it (不用客户承担，客户下次补): 1,950 → 2,000 black. Kept 1,950:
   不用客户承担, 客户不用承担, 我方承担, 不用客户承担，其余下周付.
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account
from test_fix67d_rest_restated import _check

OWES = _black(2_000)
ASKED = "还差2000吗？客户说不差，"
BALANCE = "Balance USD2000 "
UNPAID = "Balance USD2000 unpaid, "
BANK = "尚欠2000，其中50是银行手续费，"

AGREED: dict[str, tuple[float, Account]] = {
    # 1. the firm's finding stands (main: 2,000 black)
    **{ASKED + tail: (7_000, PAID) for tail in (
        "已核实，没有少付", "已核实，未少付", "已核实，没有少收", "已核实，并非少付",
        "我们核对后确实不差，客户没有少付", "是的，没有少付", "已核实。下单定金未付",
        "已核实。下批货的定金还没有付", "已核实，不差，是另一单还差2000",
        "已核实，不差，运费另付，还差的是运费500", "已核实，不是客户的问题",
        "我们核对后确实不差，有误的是我们的台账", "已核实，账目不符是因为汇率",
        "已核实，不对的是我们", "已核实", "已核实，不欠")},
    # kept: the rest said owed after the finding
    **{ASKED + tail: (7_000, OWES) for tail in (
        "已核实，还差2000", "对，还差2000", "财务核实，不对，还差", "已核实，差2000",
        "已核实，少付2000", "已核实，客户少付了", "已核实，未付", "已核实，有误", "核实中",
        "已对账", "已核实，不对，客户确实少付")},
}

OTHERS: dict[str, tuple[float, Account]] = {
    # 2. the firm's or a third party's debt, another order's (main: 2,000 black)
    **{note: (7_000, PAID) for note in (
        "still owed 2000 to the customer", "still owed 2000 to customer",
        "still owed 2000 to the factory", "still owed 2000 by us",
        "still owes 2000 to the customer", "we still owe 2000 to the customer",
        "still owes 2000 to the factory", BALANCE + "owed to us by the bank",
        BALANCE + "owed to us by the forwarder", BALANCE + "owed to the company by the agent",
        BALANCE + "owed by him to the bank", BALANCE + "owed to us for order {other}",
        BALANCE + "owed to us on order {other}", BALANCE + "owed to us for previous order",
        BALANCE + "owed by them, for previous order",
        BALANCE + "owed by the customer for order {other}",
        "still owed 2000, of which 2000 for previous order",
        BALANCE + "owed to us, for order {other}", BALANCE + "owed to the customer",
        "still owed 2000 for order {other}")},
    # kept: his
    **{note: (7_000, OWES) for note in (
        "still owed 2000", "still owes 2000", "still owed 2000 to us",
        "still owed 2000 by the customer", "still owes 2000 to us", BALANCE + "owed to us",
        BALANCE + "owed by him", BALANCE + "owed to us by the customer",
        BALANCE + "owed by them", BALANCE + "owed to us for order {own}",
        "still owed 2000, of which 500 for next order")},
    "still owed 2000, including 500 for previous order": (7_000, _black(1_500)),
}

DOUBTED: dict[str, tuple[float, Account]] = {
    # 3. a "paid" not sure (main: nothing, 7,000 away) or not come (main: 7,000)
    **{note: (7_000, OWES) for note in (
        UNPAID + "paid by TT, to be confirmed", UNPAID + "paid by TT, customer says",
        UNPAID + "paid 2000 by TT, customer says", UNPAID + "paid by TT, need to check",
        UNPAID + "paid by TT, not sure", UNPAID + "paid by TT, waiting for bank",
        UNPAID + "paid by TT, bank slip only", UNPAID + "paid by TT, not yet in bank",
        UNPAID + "paid last week, maybe", UNPAID + "paid yesterday, to be confirmed",
        UNPAID + "paid, to be confirmed", "尚欠2000，已付，待确认", "尚欠2000，5/10已付，待确认",
        "尚欠2000，已付，客户说的", UNPAID + "paid 2000, not received",
        UNPAID + "paid by TT, not received", UNPAID + "paid by TT, pending bank confirmation",
        "尚欠2000，已付，未到账", UNPAID + "paid yesterday per customer",
        UNPAID + "paid last week?")},
    # kept: come
    **{note: (7_000, PAID) for note in (
        UNPAID + "paid by TT", UNPAID + "paid $2000", UNPAID + "paid 2000",
        "尚欠2000，paid by TT", "still owes 2000, paid 2000 last week", UNPAID + "paid last week",
        UNPAID + "paid by TT, thanks", "尚欠2000，已付清", "尚欠2000，4/30已补齐",
        "尚欠2000，已付清，谢谢")},
}

BORNE: dict[str, tuple[float, Account]] = {
    # 4. the charge his still (main: 1,950)
    BANK + "客户不承担吗？": (5_000, OWES),
    BANK + "不用客户承担？": (5_000, OWES),
    BANK + "不用客户承担，客户下次补": (5_000, OWES),
    # kept
    BANK + "不用客户承担": (5_000, _black(1_950)),
    BANK + "客户不用承担": (5_000, _black(1_950)),
    BANK + "我方承担": (5_000, _black(1_950)),
    BANK + "不用客户承担，其余下周付": (5_000, _black(1_950)),
    BANK + "客户承担": (5_000, OWES),
    BANK + "不用我们承担": (5_000, OWES),
}


def test_the_firm_s_finding_weighs_only_this_rest(tmp_path: Path) -> None:
    """AGREED by hand in every shape."""
    _check(tmp_path, AGREED)


def test_a_rest_owed_to_or_by_another_is_not_his(tmp_path: Path) -> None:
    """OTHERS by hand in every shape."""
    _check(tmp_path, OTHERS)


def test_a_paid_doubted_after_it_stays_owed(tmp_path: Path) -> None:
    """DOUBTED by hand in every shape."""
    _check(tmp_path, DOUBTED)


def test_a_charge_asked_or_paid_later_is_his(tmp_path: Path) -> None:
    """BORNE by hand in every shape."""
    _check(tmp_path, BORNE)
