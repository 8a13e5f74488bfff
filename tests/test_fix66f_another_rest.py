"""fix66f (2): a rest or a plan naming another order by a number the sheet sells outside the
row's series (X99-1尚欠2000, 客户说X99-1下周付 under 2025-5NNN), and
another order's rest on a balance received whole (另一单尚欠2000, 2025-4999尚欠2000), are that
order's: no rest of this one. fix65i read only another of the row's series as another order's
(noted_orders.others_number); now also a number the sheet sells (its `known`: the order rows'
numbers, asked only where a note writes one), and part_said's rest reads another order's as
deduction_rest's does. A number of no order known (X88-1, the buyer's PO45210, a contract's
HT-0315) stays this order's, as fix62n and lead65c ruled.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received 04-20 with the note — typing the number and buyer (T), the number only
(N) or neither (B); another buyer's order X99-1 of 1,000 paid on the same sheet. Hand count
as of 06-30: received 7,000, a rest of this order is 2,000 open since 04-19, 72 days, black,
and another order's rest leaves 10,000 − 3,000 − 7,000 = 0; a plan of this balance leaves all
7,000 open, black. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
(Beside a deduction, 佣金已扣，X99-1尚欠2000 is still read by the series alone: the numbers sold
do not reach deduction_notes' readers, the fast and the reference import's alike.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED, PAID, _accounts, _typed

REST = (2_000.0, 72, "black", 0.0)
# another buyer's order the sheet sells, outside the rows' series
X99 = ["X99-1", "Other Buyer Co", date(2025, 3, 1), 1_000, "USD", "T/T", "LED灯",
       date(2025, 3, 20), 1_000, date(2025, 3, 25), "", ""]

# at 7,000 received: another order's rest or plan — nothing open (main: 2,000 or 7,000 black)
ANOTHERS = ["X99-1尚欠2000", "X99-1还差2000", "2025-4999尚欠2000", "另一单尚欠2000",
            "新订单尚欠2000", "客户说X99-1下周付"]
# the opposites: this order's rest — its own number in any spelling, a number of no order known
# (another series sold nowhere, the buyer's PO, a contract's), this order named after another's
# or the other denied: 2,000, 72 days, black (as main)
OWN_RESTS = ["尚欠2000", "本单尚欠2000", "{own}尚欠2000", "PI{own}尚欠2000", "X88-1尚欠2000",
             "PO45210尚欠2000", "HT-0315尚欠2000", "另一单已付清本单尚欠2000",
             "X99-1已付清，本单尚欠2000", "不是X99-1，是本单尚欠2000", "客户下批再付尚欠2000"]
# ... and his plan of this money naming a number no order has: 7,000, 72 days, black (as main)
OWN_PLANS = ["客户说X88-1下周付", "客户说PO45210下周付"]


def _rows(cases: dict[str, str], received: float, shapes: str = "TNB"
          ) -> tuple[list[list[object]], dict[str, str]]:
    """Each note on a balance row of `received` of an order of its own, in each of `shapes`;
    {own} in a note is the row's own order number. By buyer: the note."""
    rows: list[list[object]] = []
    names: dict[str, str] = {}
    for i, (key, note) in enumerate(cases.items()):
        for shape in shapes:
            number = f"2025-5{i:02d}{'TNB'.index(shape)}"
            name = f"{shape}{key} buyer"
            said = note.replace("{own}", number)
            rows += [_order(number, name), DEPOSIT,
                     _paid("尾款70%", received, APRIL, note=said) if shape == "B" else
                     _typed(number, name if shape == "T" else None, "尾款70%", received, APRIL,
                            said)]
            names[name] = said
    return rows, names


def test_another_orders_rest_or_plan_on_a_balance_received_whole(tmp_path: Path) -> None:
    """7,000 received: another order's rest or plan, X99-1 sold on the sheet, leaves nothing
    open (main: 2,000, 72 days, black; 客户说X99-1下周付 7,000 black); this order's rest stays
    2,000, 72 days, black, his plan naming no order known 7,000, black."""
    want = {**{f"A{i}": PAID for i in range(len(ANOTHERS))},
            **{f"R{i}": REST for i in range(len(OWN_RESTS))},
            **{f"P{i}": OWED for i in range(len(OWN_PLANS))}}
    notes = [*ANOTHERS, *OWN_RESTS, *OWN_PLANS]
    rows, names = _rows(dict(zip(want, notes, strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


def test_a_later_lot_is_the_rests_time_not_its_owner(tmp_path: Path) -> None:
    """5,000 received beside 佣金已扣 (no sum): the rest paid with the next lot (客户下批再付尚欠
    2000) is this order's, 2,000 open, 72 days, black (main: nothing, 下批 read as its owner); a
    new or another order's rest (新订单尚欠2000, 另一单尚欠2000) makes the 2,000 the commission's:
    nothing open (as main)."""
    want = {"R0": REST, "A0": PAID, "A1": PAID}
    notes = ["佣金已扣，客户下批再付尚欠2000", "佣金已扣，新订单尚欠2000",
             "佣金已扣，另一单尚欠2000"]
    rows, names = _rows(dict(zip(want, notes, strict=True)), 5_000, "B")
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], list(names))
    assert {name: got[name] for name in names} == {
        name: want[name[1:].split()[0]] for name in names}
