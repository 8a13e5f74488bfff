"""fix65d (rv64d s6a, s4b, s6d): a short payment the firm granted where the row types what came,
and a typed balance row's plan.

1. 客户少付2000，老板同意了 on a balance row typing the 5,000 that came (of its 7,000) left the
   2,000 the firm let go open: short_granted only kept the 2,000 from being a rest, which
   mattered only where the row typed the whole 7,000. Now a granted short payment is a discount
   off its order (part_said.granted_short, read by deduction_notes.deduction as a sale row's
   deduction is): nothing owed, on the blank-buyer row, the typed row or a sale row paid 8,000.
   A grant only needed (要老板同意, 需老板批准) or one to make the 2,000 up later (最后同意下次补,
   下批补上) was read as granted: 2,000 owed read paid at 7,000.
2. A balance row typing its order's number and buyer again was read by its denials only, the
   blank-buyer row by its plan too (客户说下周付: 0 vs 7,000, 72 days, black). One reading now:
   payment_row_money.planned on either row, on the order's tab, a later tab or a later file.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02; as
of 06-30 anything open on the balance is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED, PAID, _accounts, _typed

SHORT = (2_000.0, 72, "black", 0.0)


def _rows(notes: list[str], received: float, typed: bool = False) -> list[list[object]]:
    """Each note on the 尾款70% row (`received` 04-20) of an order of its own, the buyer named
    by the note; `typed`: the row types its order's number and buyer again."""
    rows: list[list[object]] = []
    for i, note in enumerate(notes):
        number = f"2025-6{i:02d}"
        rows += [_order(number, note), DEPOSIT,
                 _typed(number, note, "尾款70%", received, APRIL, note) if typed
                 else _paid("尾款70%", received, APRIL, note=note)]
    return rows


def _sales(notes: list[str]) -> tuple[list[str], list[list[object]]]:
    """Each note on a sale row of 10,000 received 8,000 on 04-20, its buyer "售 " + the note:
    the buyers and the rows."""
    sales = [f"售 {note}" for note in notes]
    return sales, [[f"2025-7{i:02d}", name, date(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯",
                    date(2025, 3, 20), 8_000, APRIL, "", note]
                   for i, (name, note) in enumerate(zip(sales, notes, strict=True))]


GRANTED = ["客户少付2000，老板同意了", "客户少付2000，老板同意了。后来的订单不同意",
           "客户少付2000，老板同意了，以后的订单不同意", "客户少付2000，老板同意了，下次订单不同意",
           "客户少付2000，后来老板又不同意，最后还是同意了",
           "客户少付2000，老板同意了，后来老板又不同意，最后还是同意了",
           "客户少付2000，老板同意了。后来订单取消前不同意", "少收2000，给客户的优惠",
           "实收5000，客户少付2000，老板同意了", "客户少付2000，老板同意让利"]
# the grant refused, withdrawn, asked, only needed, to be made up later, of this order refused
# later, or the short payment another order's or a supplier's: the 2,000 owed
NOT_GRANTED = ["客户少付2000，老板同意了。后来不同意", "客户少付2000，老板不同意",
               "客户少付2000，老板同意了吗？", "客户少付2000，要老板同意",
               "客户少付2000，需老板批准", "客户少付2000，只要老板同意就行",
               "客户少付2000，老板不同意，最后同意下次补", "客户少付2000，老板同意了，下批补上",
               "客户少付2000，老板最后同意了，后来又撤回了",
               "客户少付2000，老板同意了，这个订单后来不同意",
               "客户少付2000，老板同意了，最后财务不同意", "上单少付2000，老板同意了",
               "工厂少收2000，老板同意了", "客户少付2000，老板同意了，最后还是没同意",
               "客户少付2000，老板没同意", "客户少付2000，老板同意了。后来老板又不同意了"]


def test_a_grant_on_a_balance_typing_what_came_owes_nothing(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came and the firm let the 2,000 go: nothing owed (main:
    2,000, 72 days, black). Opposites: 2,000 owed, 72 days, black, as main."""
    rows = _rows(GRANTED + NOT_GRANTED, 5_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], GRANTED + NOT_GRANTED)
    assert got == {**dict.fromkeys(GRANTED, PAID), **dict.fromkeys(NOT_GRANTED, SHORT)}


def test_a_grant_on_a_balance_typing_the_whole_stays_as_it_was(tmp_path: Path) -> None:
    """Hand count: the row typed 7,000 and 5,000 came; granted, nothing owed (as main);
    refused, asked (…不同意, 同意了吗？, 老板没同意): 2,000 owed, 72 days, black (as main);
    only needed (要老板同意), made up later (最后同意下次补, 下批补上) or refused last as 没同意
    (…，最后还是没同意): 2,000 owed, 72 days, black (main: 0)."""
    granted = GRANTED[:7]
    owed = NOT_GRANTED[:4] + NOT_GRANTED[6:8] + NOT_GRANTED[13:15]
    rows = _rows(granted + owed, 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], granted + owed)
    assert got == {**dict.fromkeys(granted, PAID), **dict.fromkeys(owed, SHORT)}


def test_a_grant_on_a_typed_balance_and_a_sale_row(tmp_path: Path) -> None:
    """Hand count: the typed 尾款 row of 5,000 granted, and a sale row of 10,000 received 8,000
    granted: nothing owed (main: 2,000, 72 days, black); refused or another order's: 2,000."""
    granted, owed = GRANTED[:2], [NOT_GRANTED[1], NOT_GRANTED[11]]
    sales, rows = _sales(granted + owed)
    got = _accounts(tmp_path, [{"台账": [*_rows(granted + owed, 5_000, typed=True), *rows, LAST]}],
                    granted + owed + sales)
    assert got == {**dict.fromkeys(granted + sales[:2], PAID),
                   **dict.fromkeys(owed + sales[2:], SHORT)}


def test_a_grant_on_the_order_s_row_its_money_on_a_later_tab_or_file(tmp_path: Path) -> None:
    """Hand count: the grant noted on the order's own row, 3,000 under it and the 5,000 balance
    typed on April's tab or in April's file: nothing owed (main: 2,000, 72 days, black);
    refused: 2,000 owed. (A payment row typed on a later tab reads no deduction of its own
    note, 佣金2000已扣 no more than a grant: left as main.)"""
    names = ["T grant", "T refused", "F grant", "F refused"]
    notes = dict(zip(names, [GRANTED[0], NOT_GRANTED[1]] * 2, strict=True))
    march = [row for i, name in enumerate(names)
             for row in ([*_order(f"2025-8{i:02d}", name)[:-1], notes[name]], DEPOSIT)]
    typed = [_typed(f"2025-8{i:02d}", name, "尾款70%", 5_000, APRIL)
             for i, name in enumerate(names)]
    files = [{"3月": march, "4月": [*typed[:2], LAST]}, {"4月": [*typed[2:], LAST]}]
    got = _accounts(tmp_path, files, names)
    assert got == {"T grant": PAID, "T refused": SHORT, "F grant": PAID, "F refused": SHORT}


PLANS = ["客户说下周付", "客户说质量没问题，下周付", "工厂货款还没付，客户说下周付"]
# the firm's supplier money after his word, the firm's own bill, the money come, a plan of
# another order's money
NO_PLANS = ["客户说质量没问题，下周付工厂的钱", "工厂货款还没付", "已收", "客户已付，已到账",
            "尾款已收，新订单定金下周付款", "客户已付，月底付的是下一单"]


def test_a_typed_balance_reads_its_plan_as_the_blank_buyer_row(tmp_path: Path) -> None:
    """Hand count: the buyer's plan for the 7,000 typed in 收款: 7,000 owed, 72 days, black on
    the typed row (main: 0) as on the row typing only its number (as main). Opposites: nothing
    owed on either row, as main."""
    rows: list[list[object]] = []
    names: dict[str, tuple[float, int, str | None, float]] = {}
    for i, note in enumerate(PLANS + NO_PLANS):
        for j, buyer in enumerate(("T", "N")):
            number, name = f"2025-6{i:02d}{j}", f"{buyer} {note}"
            rows += [_order(number, name), DEPOSIT,
                     _typed(number, name if buyer == "T" else None, "尾款70%", 7_000, APRIL, note)]
            names[name] = OWED if note in PLANS else PAID
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], [*names])
    assert got == names


def test_a_typed_plan_on_a_later_tab_or_file_is_owed(tmp_path: Path) -> None:
    """Hand count: the balance typed on April's tab or in April's file noted 客户说下周付: 7,000
    owed, 72 days, black (main: 0); noted 已收 or 客户说质量没问题，下周付工厂的钱: paid."""
    names = ["T plan", "T came", "T factory", "F plan", "F came", "F factory"]
    notes = dict(zip(names, ["客户说下周付", "已收", NO_PLANS[0]] * 2, strict=True))
    march = [row for i, name in enumerate(names) for row in (_order(f"2025-8{i:02d}", name),
                                                               DEPOSIT)]
    typed = [_typed(f"2025-8{i:02d}", name, "尾款70%", 7_000, APRIL, notes[name])
             for i, name in enumerate(names)]
    files = [{"3月": march, "4月": [*typed[:3], LAST]}, {"4月": [*typed[3:], LAST]}]
    got = _accounts(tmp_path, files, names)
    assert got == {name: OWED if "plan" in name else PAID for name in names}
