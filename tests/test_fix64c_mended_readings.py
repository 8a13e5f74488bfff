"""fix64c (rv63c's findings left at the fiftieth pass's end): the buyer named as the giver after
the firm spoke to him, a grant withdrawn or a refusal turned, a rest beside a deduction naming
no sum, and a typed payment row above its order or typing the buyer's short name.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row (7,000 received 04-20 unless said) noted; as of 06-30 an
unpaid sum is 72 days late, black. Each ledger is imported by both imports
(tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_acct52d_noted_deductions import NORDHAUS, _customer, _months
from test_acct55a_three_payments import LAST, _order, _paid
from test_deduction_words_fix52m import JUNE, _short
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late
from test_fix62f_repeated_cells import _accounts, _typed

APRIL = date(2025, 4, 20)
DEPOSIT = _paid("定金30%", 3_000, date(2025, 3, 2))


def _notes(tmp_path: Path, cases: dict[str, tuple[float, int, str | None]]) -> None:
    """Each note on its own order's balance row: its account as written by hand."""
    assert _balances(tmp_path, [*cases]) == cases


# 1. the buyer named as the giver after the firm spoke to him: his plan, the money not come
# (main: the firm's promise, 0 owed)
def test_the_buyer_named_giving_after_the_firm_spoke_is_his_plan(tmp_path: Path) -> None:
    """Hand count: his whole balance planned, 7,000 open (the goods short beside it: their
    2,000), 72 days, black (main: 0, fix63e's firm_gives). Opposites: the firm or its supplier
    named as the giver, his things given (他的货), a thing he gives (发票), the firm's bare 给,
    money said come after it, another buyer: nothing open, as main."""
    _notes(tmp_path, {
        "跟客户说好了他下周给": _late(7_000), "答应客户他下周给": _late(7_000),
        "跟客户确认了他下周给": _late(7_000), "跟老外说好了他们月底给": _late(7_000),
        "少发2000的货，跟客户说好了他下周给": _late(2_000),
        "跟客户说好了其他下周给": PAID, "跟客户说好了他的货下周给": PAID,
        "少发2000的货，跟客户说好了他的货下周给": PAID, "跟客户说好了他下周给发票": PAID,
        "跟客户说好了我们下周给": PAID, "少发2000的货，答应客户我们下周给": PAID,
        "跟客户说好了工厂下周给": PAID, "跟客户说好了他下周给，已到账": PAID,
        "跟客户说好了下周给": PAID, "少发2000的货，跟客户说好了下周给他": PAID,
        "跟客户确认了他已经给了": PAID, "另一个客户说他下周给": PAID})


# 2. a grant withdrawn later, a refusal turned into a grant: the note's last word stands
def test_a_grant_withdrawn_or_a_refusal_turned_reads_its_last_word(tmp_path: Path) -> None:
    """Hand count: withdrawn (后来老板不同意, 反悔, 现已撤回, 已取消), the 2,000 short owed, 72
    days, black (main: 0); refused then granted (不同意，后来同意了), nothing (main: 2,000
    black). Opposites: a withdrawal denied (没有反悔, 未取消) or of another thing (运费取消了,
    样品费取消了, 订单取消了), a later sentence of a new request, another time or the buyer
    (后来客户又要求优惠，老板不同意; 下批不同意; 客户反悔了): granted, as main; a grant in a later
    sentence of another thing, of a new request or only asked: still owed, as main."""
    _notes(tmp_path, {
        "客户少付2000，老板同意了。后来老板不同意": _late(2_000),
        "客户少付2000，老板同意了；后来又不同意了": _late(2_000),
        "客户少付2000，老板先同意了，后来反悔了": _late(2_000),
        "客户少付2000，老板同意让利，现已撤回": _late(2_000),
        "客户少付2000，之前同意的优惠已取消": _late(2_000),
        "客户少付2000，老板不同意，后来同意了": PAID,
        "客户少付2000，老板不同意。后来老板同意了": PAID,
        "客户少付2000，老板不同意；最后同意了": PAID,
        "客户少付2000，老板同意了，老板没有反悔": PAID,
        "客户少付2000，老板同意让利，未取消": PAID,
        "客户少付2000，老板同意了，运费取消了": PAID,
        "客户少付2000，老板同意了。样品费取消了": PAID,
        "客户少付2000，老板同意了，订单取消了": PAID,
        "客户少付2000，老板同意了。后来客户又要求优惠，老板不同意": PAID,
        "客户少付2000，老板同意了。下批不同意": PAID,
        "客户少付2000，老板同意了。客户反悔了": PAID,
        "客户少付2000，老板不同意。后来客户要求优惠，老板同意了": _late(2_000),
        "客户少付2000，老板不同意。运费同意了": _late(2_000),
        "客户少付2000，老板不同意，后来同意吗？": _late(2_000)})


# 3. a rest said owed beside a deduction writing no sum: the buyer's rest, not its sum
def test_a_rest_beside_a_deduction_without_a_sum_is_owed(tmp_path: Path) -> None:
    """Hand count: 7,000 received of which the note says 2,000 is still owed (5,000 came), the
    commission's sum unwritten: 2,000 open, 72 days, black (main: 0, the rest's 2,000 read as the
    commission deducted); the buyer's row typed (T) as blank (B). Opposites: the commission's
    own rest (佣金还差2000没付给代理) or freight's: nothing open, as main."""
    notes = {"佣金已扣，尚欠2000": _late(2_000), "佣金已扣，还差2000": _late(2_000),
             "佣金已扣，客户尚欠2000": _late(2_000), "佣金还差2000没付给代理": PAID,
             "运费还差2000": PAID}
    (tmp_path / "blank").mkdir()
    (tmp_path / "typed").mkdir()
    _notes(tmp_path / "blank", notes)
    rows: list[list[object]] = []
    for i, note in enumerate(notes):
        rows += [_order(f"2025-8{i:02d}", f"T {note}"), DEPOSIT,
                 _typed(f"2025-8{i:02d}", f"T {note}", "尾款70%", 7_000, APRIL, note)]
    got = _accounts(tmp_path / "typed", [{"台账": [*rows, LAST]}], [f"T {n}" for n in notes])
    assert got == {f"T {note}": (*account, 0.0) for note, account in notes.items()}


def test_a_deduction_s_sum_beside_a_rest_is_still_taken(tmp_path: Path) -> None:
    """Hand count, 5,000 received of the 7,000 balance: the commission's 2,000 written in its
    own part (佣金2000已扣), or the rest named as it (还差2000是佣金), settles it: nothing open,
    as main. A blank 尾款 row (收款 empty) noted 佣金2000已扣 takes 2,000 off (5,000 open, 72
    days, black, as main); noted 佣金已扣，尚欠2000 it takes no sum (7,000, black; main: 5,000,
    the rest read as the commission)."""
    rows = [_order("2025-901", "Fee written"), DEPOSIT,
            _paid("尾款70%", 5_000, APRIL, note="扣佣金2000"),
            _order("2025-902", "Rest named"), DEPOSIT,
            _paid("尾款70%", 5_000, APRIL, note="佣金已扣，还差2000是佣金"),
            _order("2025-903", "Blank fee"), DEPOSIT, _paid("尾款70%", None, None,
                                                             note="佣金2000已扣"),
            _order("2025-904", "Blank rest"), DEPOSIT, _paid("尾款70%", None, None,
                                                              note="佣金已扣，尚欠2000")]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], ["Fee written", "Rest named",
                                                        "Blank fee", "Blank rest"])
    assert got == {"Fee written": (0.0, 0, None, 0.0), "Rest named": (0.0, 0, None, 0.0),
                   "Blank fee": (5_000.0, 72, "black", 0.0),
                   "Blank rest": (7_000.0, 72, "black", 0.0)}


@pytest.mark.parametrize(("note", "owed"), [("佣金已扣，尚欠500", 500), ("扣佣金500", 0),
                                            ("质量扣款已扣，还差500", 500), ("佣金500已扣", 0)])
def test_a_sale_rows_rest_beside_a_deduction_is_owed(tmp_path: Path, note: str, owed: int) -> None:
    """A sale row of 10,000 paid 9,500: a rest said owed beside a deduction writing no sum
    leaves the 500 owed, 71 days, black (main: settled as the deduction's sum, nothing open);
    the deduction's own sum settles it, as main."""
    _months(tmp_path, _short(note), 6)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.open_amount), nordhaus.max_days_overdue, nordhaus.list) == (
        (owed, 71, "black") if owed else (0, 0, None))


# 4. a typed payment row above its order, or typing the buyer's short name
def test_a_typed_row_above_its_order_reads_as_under_it(tmp_path: Path) -> None:
    """Hand count: the balance row typed (number and buyer) above its order's row, noted 还差
    2000: 2,000 open, 72 days, black (main: 0, read as money whole); without a note: paid, as
    main. Opposites: above an order of another buyer's number (its buyer typed otherwise) it
    is not that order's: 7,000 owed by the order's buyer, as main."""
    rows = [_typed("2025-911", "Above noted", "尾款70%", 7_000, APRIL, "还差2000"),
            _order("2025-911", "Above noted"), DEPOSIT,
            _typed("2025-912", "Above plain", "尾款70%", 7_000, APRIL),
            _order("2025-912", "Above plain"), DEPOSIT,
            _typed("2025-913", "Quite Another Buyer", "尾款70%", 7_000, APRIL),
            _order("2025-913", "Above other"), DEPOSIT]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}],
                    ["Above noted", "Above plain", "Above other"])
    assert got == {"Above noted": (2_000.0, 72, "black", 0.0),
                   "Above plain": (0.0, 0, None, 0.0),
                   "Above other": (7_000.0, 72, "black", 0.0)}


def test_a_typed_short_name_is_its_orders_buyer(tmp_path: Path) -> None:
    """Hand count: the balance row typing its order's number with the buyer's short name (its
    first words, ABC of ABC Trading Co.; 华美 of 华美贸易有限公司; or the full name under the
    short one), noted 还差2000: 2,000 open, 72 days, black; no note: paid (main: the row held
    for an order never to come, 7,000 owed, 72 days, black). Opposites: a name only sharing
    letters (Alderney for Alder Home Trading LLC), one character (华) or another buyer: not
    its order's, 7,000 owed, as main."""
    cases = {  # the order's buyer: (the name typed, the note, the account by hand)
        "ABC Trading Co.": ("ABC", "还差2000", (2_000.0, 72, "black", 0.0)),
        "Alder Home Trading LLC": ("Alder", "", (0.0, 0, None, 0.0)),
        "华美贸易有限公司": ("华美", "还差2000", (2_000.0, 72, "black", 0.0)),
        "Zed Imports": ("Zed Imports Trading LLC", "", (0.0, 0, None, 0.0)),
        "Alder Hill Supply Ltd": ("Alderney", "", (7_000.0, 72, "black", 0.0)),
        "华丰贸易有限公司": ("华", "", (7_000.0, 72, "black", 0.0)),
        "Birch Global SARL": ("Cedar", "还差2000", (7_000.0, 72, "black", 0.0))}
    rows: list[list[object]] = []
    for i, (buyer, (typed, note, _)) in enumerate(cases.items()):
        rows += [_order(f"2025-92{i}", buyer), DEPOSIT,
                 _typed(f"2025-92{i}", typed, "尾款70%", 7_000, APRIL, note)]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], [*cases])
    assert got == {buyer: account for buyer, (_, _, account) in cases.items()}
