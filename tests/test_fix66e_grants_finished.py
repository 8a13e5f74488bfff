"""fix66e: a short payment the firm granted, finished (what fix65j left).

fix65d/fix65j read a short payment the firm granted as a discount off its order
(part_said.granted_short, read by deduction_notes.deduction). Left: a grant of less than the
short (客户少付2000，老板同意让1000) read as none, 2,000 owed where 1,000; a thousands comma
(老板同意让2,000) split the clause at its comma, the grant of 2, none; English (short 2000, boss
agreed; boss agreed to waive 2000) not read; a grant of a figure with no short said
(老板同意让2000) not read; and a grant set off on a later order (老板同意让2000，下单再扣: the
money still owed on this one) read as this order's discount, 0 where 2,000.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
balance row 5,000 received 04-20 (of its 7,000) with the note, or the row typing the whole
7,000, or the balance row typing its order's number and buyer, or a sale row of 10,000 received
8,000; as of 06-30 anything open is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID, _accounts, _typed
from test_fix65d_grant_and_typed_plan import SHORT, _rows, _sales

HALF = (1_000.0, 72, "black", 0.0)

# a grant of less: that much let go (a 1,000 discount), the rest 1,000 owed (main: 2,000, or 0
# where the grant word named its figure, 优惠1000, 让利1000)
PART = ["客户少付2000，老板同意让1000", "客户少付2000，给客户优惠1000",
        "客户少付2000，优惠1000已批准", "客户少付2000，让利1000，老板同意了",
        "客户少付2000，老板同意让1,000",
        "short 2000, boss agreed to waive 1000"]
# a thousands comma, English, a grant of a figure with no short said: nothing owed (main: 2,000)
GRANTED = ["客户少付2000，老板同意让2,000", "客户少付2,000，老板同意让2,000",
           "客户少付2000，老板同意让3,000", "short 2000, boss agreed",
           "short paid 2000, we accepted",
           "underpaid by 2000, boss approved", "paid 2000 short, boss agreed to waive it",
           "short 2000, waived", "boss agreed to waive 2000", "老板同意让2000", "老板同意免2000",
           "we waived 2000"]
# kept: a grant of more is of the short alone (0, no credit), the grant of it all (0), a figure
# of another thing before it (减1000运费) not the grant's
KEPT = ["客户少付2000，老板同意让3000", "客户少付2000，老板同意了",
        "客户少付2000，老板同意了，下单再扣佣金", "客户少付2000，减1000运费，老板同意了"]
# the opposites, 2,000 owed, 72 days, black: the grant of less withdrawn, asked, the buyer's,
# asked for, refused, another order's; the English buyer's consent, refusals, another thing
# agreed, asked, withdrawn, a waiver asked, to come or denied (please waive, will waive,
# waived?, not waived); a figure's grant refused, asked, the buyer's, another order's or
# thing's, or less than the short with none said; a grant set off on a later order; a grant
# after another or an earlier order named (main: 另一单…让1000 2,000; 上单…让2000 0)
OWED = ["客户少付2000，老板同意让1000，后来又撤回了", "客户少付2000，老板同意让1000吗？",
        "客户少付2000，客户要求让1000", "客户少付2000，客户同意让1000",
        "上单少付2000，老板同意让1000",
        "客户少付2000，老板不同意让1000", "客户少付2,000，老板不同意",
        "short 2000, customer agreed", "short 2000, boss did not agree",
        "short 2000, boss agreed to ship", "short 2000, boss agreed to pay next month",
        "short 2000, boss agreed?", "short 2000, boss refused", "short 2000, not agreed",
        "boss did not agree to waive 2000", "customer asked to waive 2000",
        "short 2000, boss agreed, later withdrawn",
        "老板不同意让2000", "客户要求让2000", "老板同意让2000吗？", "上单老板同意让2000",
        "另一单老板同意让2000", "客户同意让2000", "运费老板同意让2000", "老板同意让1000",
        "客户少付2000，老板同意让2000，下单再扣", "客户少付2000，老板同意了，下批抵",
        "客户少付2000，老板同意了，下个订单里扣", "客户少付2000，老板同意让1000，下单再扣",
        "please waive 2000", "short 2000, will waive", "short 2000, can we waive it",
        "short 2000, waived?", "short 2000, not waived",
        "客户少付2000，另一单老板同意让1000", "客户少付2000，上单老板同意让2000"]


def _want(part: list[str], paid: list[str], owed: list[str]
          ) -> dict[str, tuple[float, int, str | None, float]]:
    return {**dict.fromkeys(part, HALF), **dict.fromkeys(paid, PAID), **dict.fromkeys(owed, SHORT)}


def test_a_balance_typing_what_came(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came of 10,000. The firm let 1,000 of the 2,000 go: 1,000
    owed, 72 days, black (main: 2,000, or 0 where the grant word wrote its figure); the whole
    2,000 let go, in any of these words: nothing owed (main: 2,000, 72 days, black); the
    opposites: 2,000 owed, 72 days, black (main the same, but the grants set off on a later
    order, 下单再扣, 下批抵, 下个订单里扣: 0)."""
    names = PART + GRANTED + KEPT + OWED
    got = _accounts(tmp_path, [{"台账": [*_rows(names, 5_000), LAST]}], names)
    assert got == _want(PART, GRANTED + KEPT, OWED)


def test_a_typed_balance_and_a_sale_row(tmp_path: Path) -> None:
    """Hand count: the typed 尾款 row of 5,000 and a sale row of 10,000 received 8,000, as the
    blank-buyer row: a grant of less 1,000 owed, 72 days, black (main: 2,000); a thousands
    comma, English, a figure's grant alone: nothing (main: 2,000); set off on a later order:
    2,000 (main: 0); the buyer's, refused: 2,000 (as main)."""
    part = PART[:1] + PART[4:]
    paid = [GRANTED[0], GRANTED[3], GRANTED[8], GRANTED[9], KEPT[0]]
    owed = [OWED[3], OWED[7], OWED[8], OWED[17], OWED[25], OWED[27]]
    notes = part + paid + owed
    sales, rows = _sales(notes)
    got = _accounts(tmp_path, [{"台账": [*_rows(notes, 5_000, typed=True), *rows, LAST]}],
                    notes + sales)
    sold = dict(zip(notes, sales, strict=True))
    assert got == {**_want(part, paid, owed), **_want([sold[n] for n in part],
                                                      [sold[n] for n in paid],
                                                      [sold[n] for n in owed])}


def test_the_whole_balance_typed(tmp_path: Path) -> None:
    """Hand count: the row typed the 7,000 asked, its note says 2,000 came short. A grant of
    1,000: 1,000 owed, 72 days, black (main: 2,000; 给客户优惠1000 0); of 2,000 with a comma:
    nothing (main: 2,000); of more: nothing, no credit (as main); set off on a later order:
    2,000 (main: 0); withdrawn: 2,000 (as main). English here is read only as granted (short
    2000, boss agreed: nothing, as main); an English short payment alone is left unread as a
    rest (short 2000: 0, as main; its paid-later, planned and goods' readers are Chinese)."""
    part, paid = PART[:2], [GRANTED[0], GRANTED[3], KEPT[0], KEPT[1], "short 2000"]
    owed = [OWED[0], OWED[25], OWED[27], "客户少付2000"]
    names = part + paid + owed
    got = _accounts(tmp_path, [{"台账": [*_rows(names, 7_000), LAST]}], names)
    assert got == _want(part, paid, owed)


def test_a_grant_on_the_order_s_row_its_money_on_a_later_tab_or_file(tmp_path: Path) -> None:
    """Hand count: the grant of 1,000 noted on the order's own row, 3,000 under it and the 5,000
    balance typed on April's tab or in April's file: 1,000 owed, 72 days, black (main: 2,000);
    the grant set off on a later order: 2,000 (main: 0); a comma's grant of it all: nothing
    (main: 2,000)."""
    names = ["T less", "T next order", "T comma", "F less", "F next order", "F comma"]
    said = ["客户少付2000，老板同意让1000", "客户少付2000，老板同意让2000，下单再扣",
            "客户少付2000，老板同意让2,000"]
    notes = dict(zip(names, said * 2, strict=True))
    march = [row for i, name in enumerate(names)
             for row in ([*_order(f"2025-8{i:02d}", name)[:-1], notes[name]], DEPOSIT)]
    typed = [_typed(f"2025-8{i:02d}", name, "尾款70%", 5_000, APRIL)
             for i, name in enumerate(names)]
    files = [{"3月": march, "4月": [*typed[:3], LAST]}, {"4月": [*typed[3:], LAST]}]
    got = _accounts(tmp_path, files, names)
    assert got == {name: HALF if "less" in name else SHORT if "next" in name else PAID
                   for name in names}


MADE_UP = "客户少付2000，老板同意了，后来客户补了"


def test_a_grant_made_up_after_all(tmp_path: Path) -> None:
    """Hand count: the buyer paid the 2,000 after all (老板同意了，后来客户补了): the grant moot,
    no discount. Its 2,000 typed on a row of its own, on the same tab or in May's file: nothing
    owed and no credit (as main; read as a discount, 2,000 would stand on account). With no row
    of it the 2,000 stays owed, 72 days, black, as every rest said paid later where no row
    types its money (客户少付2000，5月补了; 尚欠2000已于4/25付清): the reader counts the money the
    ledger types, or May's file would count it twice (as main)."""
    names = ["R same tab", "R May file", "R none", "R none plain"]
    notes = [MADE_UP, MADE_UP, MADE_UP, "客户少付2000，5月补了"]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, notes, strict=True)):
        rows += [_order(f"2025-9{i:02d}", name), DEPOSIT, _paid("尾款70%", 5_000, APRIL, note=note)]
        if name == "R same tab":
            rows.append(_paid("补款", 2_000, date(2025, 5, 10)))
    may = [_typed("2025-901", "R May file", "补款", 2_000, date(2025, 5, 10)), LAST]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}, {"5月": may}], names)
    assert got == {"R same tab": PAID, "R May file": PAID, "R none": SHORT, "R none plain": SHORT}


def test_a_deduction_said_taken_on_a_later_order_is_not_taken_yet(tmp_path: Path) -> None:
    """Hand count: a sale row of 10,000 received 8,000 noted that the 2,000 is taken off the
    next order (佣金2000，下个订单里扣: one list with the grant's later set-off) owes it, 72 days,
    black (main: read taken, nothing owed); 下次扣 as main; taken now (佣金2000已扣): nothing."""
    notes = ["佣金2000，下个订单里扣", "佣金2000，下次扣", "佣金2000已扣"]
    sales, rows = _sales(notes)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], sales)
    assert got == {sales[0]: SHORT, sales[1]: SHORT, sales[2]: PAID}
