"""fix65k (rv65c s1, s6, s9): a payment row's plan where the money came after it, or where the
plan is of other money, read alike on the blank-buyer, number-only and typed balance rows.

Since fix65d the typed balance row reads the buyer's plan as the blank-buyer row does, so both
read 客户说下周付运费 or 客户说下周付，实际4月20日到了 as the 7,000 not received: paid buyers
7,000 owed, 72 days, black. Now:
- the money said come after the plan with 到了 and no 已 (实际4月20日到了, 钱到了, 结果当天就到了:
  came_words.ARRIVED) is the money come;
- a fee planned (运费, 样品费, 佣金, 差价, "the freight") naming none of the order's money, or
  another order's money (另一单的货款, 上一单的, 2025-4999 beside the rows' 2025-5000…), is no
  plan of this balance (plan_of.plans_else), in the buyer's word or under a plan word
  (客户答应, 预计).
Opposites stay 7,000, 72 days, black: his plan of this money (下周付, 下周付尾款 / 货款, a fee
with the balance, the row's own number, 本单), the money denied (还没到, 钱还没到), about to come
(钱快到了), the goods or a port come (货到了, 到了港口再付).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row 7,000 received 04-20 with the note; as of 06-30 anything open is 72 days late, black
(hand count: 10,000 − 3,000 − 7,000 = 0 where the 7,000 came; 7,000 where it did not). Each
ledger is imported by both imports (tests.test_fast_import._same_import), a real .xlsx into a
real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED, PAID, _accounts, _typed

# the money come after the plan, a fee planned, another order's money planned: nothing owed
CAME_AFTER = ["客户说下周付，实际4月20日到了", "客户说下周付，4月20日到了", "客户说下周付，钱到了",
              "客户说下周付，结果当天就到了"]
FEES = ["客户说下周付运费", "客户说下周付样品费", "客户说下周付佣金", "客户说下周付差价",
        "customer will pay the freight next week", "4/20收，客户说下周付运费", "客户答应下周付运费",
        "客户说下周给样品费", "客户说样品费下周给", "客户说下周给模具费"]
OTHER_ORDERS = ["客户说下周付另一单的货款", "客户说2025-4999的货款下周付", "客户说下周付2025-4999",
                "客户说下周付上一单的", "客户说上一单的下周付", "客户说下周付上一单的尾款",
                "customer will pay next week for another order", "预计下周付另一单的货款"]
# the paid lines rv65c held: nothing owed, as main
HELD_PAID = ["已到账", "水单已收", "客户说下周付，已到账", "客户说下周付，后来4/20收到",
             "客户说下周付，20号到账", "已收，客户说下周付运费"]
# 到了 asked of the ship, or asked and answered: nothing owed, as main (到了 asked is no money
# asked after: payment_row_money._MONEY_COME keeps its words)
ASKED = ["船到了吗？", "到了吗？到了"]
# his plan of this money, denied, about to come, goods or a port come, a fee with the balance,
# this order named: 7,000, 72 days, black (as main)
OPPOSITES = ["客户说下周付", "客户说下周付尾款", "客户说下周付，还没到", "客户说下周付货款",
             "客户说下周付，钱还没到", "客户说下周付，钱快到了", "客户说下周付，货到了",
             "客户说下周付，到了港口再付", "客户说下周付，到了月底再说", "客户说下周付运费和货款",
             "客户说下周付货款和佣金", "客户说下周付上一单和本单的", "客户答应下周付",
             "预计下周到账", "客户说下周付运费，尾款月底付",
             "customer will pay the balance and freight next week", "{own}客户说下周付",
             "客户说{own}下周付", "客户说{own}的货款下周付", "客户说下周付含运费",
             "客户说下周付包括样品费", "customer will pay next week including freight",
             "客户说下批一起付", "客户说和另一单一起付", "客户说下批付", "客户说新订单下周付",
             "客户说下个季度付", "customer will pay with the next order",
             # a day written as a number no other order's (the lead, on fix65k)
             "客户计划付款 2025-07-15到账", "预计7-15到账", "客户说2025-7-15付",
             # the buyer's PO, no number of the firm's series (noted_orders.others_number: the
             # lead's review; read as another order's, 7,000 black read paid)
             "客户说PO45210下周付", "客户说下周付，PO#45210", "客户说下周付，L/C 90天"]
# the money about to come in his word, read as come before (TOLD_PAID): 0 → 7,000 black
ABOUT_TO_COME = ["客户说钱快到了", "客户说款就要到了"]


def _shapes(notes: list[str], want: tuple[float, int, str | None, float], start: int = 0
            ) -> tuple[list[list[object]], dict[str, tuple[float, int, str | None, float]]]:
    """Each note on three balance rows of orders of their own: typing the number and buyer
    (T), the number only (N), neither (B); {own} in a note is the row's own order number."""
    rows: list[list[object]] = []
    want_of: dict[str, tuple[float, int, str | None, float]] = {}
    for i, note in enumerate(notes, start):
        for shape in "TNB":
            number = f"2025-5{i:02d}{'TNB'.index(shape)}"
            name = f"{shape}{i:02d} buyer"
            said = note.replace("{own}", number)
            rows += [_order(number, name), DEPOSIT,
                     _paid("尾款70%", 7_000, APRIL, note=said) if shape == "B" else
                     _typed(number, name if shape == "T" else None, "尾款70%", 7_000, APRIL,
                            said)]
            want_of[name] = want
    return rows, want_of


def _read(tmp_path: Path, owed: list[str], paid: list[str]) -> None:
    owed_rows, want = _shapes(owed, OWED)
    paid_rows, paid_want = _shapes(paid, PAID, len(owed))
    want.update(paid_want)
    got = _accounts(tmp_path, [{"台账": [*owed_rows, *paid_rows, LAST]}], [*want])
    assert {name: got[name] for name in got if got[name] != want[name]} == {}


def test_the_money_come_after_the_plan_owes_nothing(tmp_path: Path) -> None:
    """…，实际4月20日到了 / 4月20日到了 / 钱到了 / 结果当天就到了 after 客户说下周付: nothing
    owed (main: 7,000, 72 days, black on every row); rv65c's held paid lines nothing, as main;
    the money denied, about to come, the goods or a port come, or said still out after it
    (…，钱到了，催款中; 工厂货款到了，尾款还没付): 7,000 black, as main."""
    denied = ["客户说下周付，还没到", "客户说下周付，钱还没到", "客户说下周付，钱快到了",
              "客户说下周付，货到了", "客户说下周付，到了港口再付", "客户说下周付，到了月底再说",
              "客户说下周付，钱到了，催款中", "工厂货款到了，尾款还没付"]
    _read(tmp_path, denied, CAME_AFTER + HELD_PAID + ASKED)


def test_a_fee_or_another_orders_money_planned_is_no_plan_of_the_balance(tmp_path: Path
                                                                           ) -> None:
    """A fee or another order's money planned: nothing owed (main: 7,000, 72 days, black on
    every row). His plan of this balance, with a fee or another order beside it, or naming the
    row's own number, a fee included (含运费, "including freight"), this money with or at a
    later order (下批一起付, 和另一单一起付, 下批付, 新订单下周付, 下个季度付): 7,000, 72 days,
    black (as main)."""
    _read(tmp_path, OPPOSITES, FEES + OTHER_ORDERS)


def test_the_money_about_to_come_is_his_plan(tmp_path: Path) -> None:
    """客户说钱快到了, 客户说款就要到了: the money not come, 7,000, 72 days, black (main:
    nothing owed, read as 到了)."""
    _read(tmp_path, ABOUT_TO_COME, [])


def test_on_a_later_tab_or_file(tmp_path: Path) -> None:
    """The balance typed on April's tab or in April's file: a fee or another order planned or
    the money come after the plan: nothing owed (main: 7,000 black); 客户说下周付: 7,000 black."""
    _later(tmp_path, {"fee": "客户说下周付运费", "other": "客户说下周付另一单的货款",
                      "came": "客户说下周付，实际4月20日到了", "plan": "客户说下周付"}, ("plan",))


def _later(tmp_path: Path, notes: dict[str, str], owing: tuple[str, ...]) -> None:
    """Four notes (kind -> note) on balances typed on April's tab of March's file (T) and in
    April's file (F): the kinds `owing` 7,000, 72 days, black, the others nothing owed."""
    names = [f"{where} {kind}" for where in "TF" for kind in notes]
    march = [row for i, name in enumerate(names) for row in (_order(f"2025-8{i:02d}", name),
                                                               DEPOSIT)]
    typed = [_typed(f"2025-8{i:02d}", name, "尾款70%", 7_000, APRIL, notes[name[2:]])
             for i, name in enumerate(names)]
    files = [{"3月": march, "4月": [*typed[:4], LAST]}, {"4月": [*typed[4:], LAST]}]
    got = _accounts(tmp_path, files, names)
    assert got == {name: OWED if name.endswith(owing) else PAID for name in names}
