"""rv68h's review of fix68a (a 收款 register's notes) mended.

Hand counts, the standard case: order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due
04-19), 定金 3,000 of 03-02 on the order's tab; the balance 7,000 received 04-20 on a register
tab, in a later register file, or typed 收款 on a 品名 收款 tab, carrying the note. As of 06-30 an
unpaid sum is 72 days late (11+31+30), black.

- A rest of nothing (尚欠0, 尚欠0元, 尚欠：0, 尚欠 0.00, 尚欠USD0, 未付0, 尚欠为零, 尚欠无,
  outstanding: 0) says nothing is owed: the 7,000 came, paid (main: 7,000, 72 days, black, the
  note read as a denial of the row). Neighbours keep their account: 欠款0, 余款0, balance 0,
  尚欠0，已结清 paid; 尚欠2000, 尚欠 2000.00, 尚欠USD2000, 尚欠0，另尚欠2000 → 2,000
  black; 等客户付款, 尚欠为零？等客户付款, 尚欠0，尾款至今未付 → 7,000 black (a wait beside a
  rest of nothing stays owed).
- A rest the firm owes the buyer (我司尚欠客户2000, 尚欠客户2000件货, 我方尚欠客户2000): the 7,000
  came, paid (main: 7,000, 72 days, black). Kept: 我们还欠客户2000, 尚欠客户佣金2000, we owe
  customer 2000, 还差2000件货未发 paid; 客户尚欠2000, 尚欠2000，客户说下周付 → 2,000 black;
  尚欠2000？ → 2,000 black as on a 品名 tab.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID
from test_fix65e_typed_apart import _black
from test_fix68a_register_notes import EARLIER, REGISTER, Account, _book, _registered

REST = _black(2_000)

NOTHING_LEFT: dict[str, tuple[float, Account]] = {
    note: (7_000, PAID) for note in (
        "尚欠0", "尚欠0元", "尚欠：0", "尚欠 0.00", "尚欠USD0", "未付0", "尚欠为零", "尚欠无",
        "outstanding: 0", "尚欠０", "还欠0美元", "尚欠款为0", "balance outstanding: 0",
        # neighbours already paid
        "欠款0", "余款0", "balance 0", "尚欠0，已结清", "已付清，尚欠0")}
# neighbours with a figure or a wait: they keep their account
NOTHING_LEFT.update({
    "尚欠2000": (7_000, REST), "尚欠 2000.00": (7_000, REST), "尚欠USD2000": (7_000, REST),
    "尚欠0，另尚欠2000": (7_000, REST), "尚欠为零？等客户付款": (7_000, OWED),
    "等客户付款": (7_000, OWED), "尚欠0，尾款至今未付": (7_000, OWED)})


def test_a_rest_of_nothing_is_no_denial_of_the_row(tmp_path: Path) -> None:
    """A rest of nothing: paid in the three places, both imports (main: 7,000, 72, black)."""
    _registered(tmp_path, NOTHING_LEFT)


FIRMS_DEBT: dict[str, tuple[float, Account]] = {
    note: (7_000, PAID) for note in (
        "我司尚欠客户2000", "尚欠客户2000件货", "我方尚欠客户2000", "我们还欠客户2000",
        "尚欠客户佣金2000", "we owe customer 2000", "还差2000件货未发")}
FIRMS_DEBT.update({"客户尚欠2000": (7_000, REST), "尚欠2000，客户说下周付": (7_000, REST),
                   "尚欠2000？": (7_000, REST), "尚欠2000": (7_000, REST)})


def test_a_rest_the_firm_owes_the_buyer_is_no_denial(tmp_path: Path) -> None:
    """The firm's debt or goods owed him: paid in the three places (main: 7,000, 72, black)."""
    _registered(tmp_path, FIRMS_DEBT)


def test_a_day_first_register_s_note_day_read_day_first_by_both_imports(tmp_path: Path) -> None:
    """A later register file whose dates are typed 20/04/2025: 尚欠2000，10/5到账 (10 May, before
    its last receipt of 30/06) paid; 尚欠2000，10/7到账 (10 July, past it) and 尚欠2000 → 2,000,
    72 days, black; 4/20收 paid. The reference import read the note's day month first (10
    October): 2,000 black where the fast import had it paid, the two disagreeing (rv68h #7)."""
    notes = {"尚欠2000，10/5到账": PAID, "尚欠2000，10/7到账": REST, "尚欠2000": REST,
             "4/20收": PAID}
    names = [f"D{i} buyer" for i in range(len(notes))]
    orders = [row for i, name in enumerate(names) for row in (_order(f"2025-99{i}", name),
                                                               DEPOSIT)]
    register = [[f"2025-99{i}", name, 7_000, "20/04/2025", note]
                for i, (name, note) in enumerate(zip(names, notes, strict=True))]
    register += [["2025-298", "Other Co", 1_000, "28/06/2025", ""],
                 ["2025-299", "Other Co", 1_000, "30/06/2025", ""]]
    got = _book(tmp_path, [{"台账": [HEAD, *orders, EARLIER, LAST]},
                           {"收款": [REGISTER, *register]}], names)
    assert got == dict(zip(names, notes.values(), strict=True))
