"""fix68j: rv68c's review of fix68b — a credit note made from a deduction or grant noted on a
payment row, wherever it is typed.

Hand counts: order 2025-701, 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02; the balance row 尾款70% received 5,000 on 04-20 with the note. As of
06-30 an unpaid sum is 72 days late (11 + 31 + 30), black.

- Doubted, guessed, heard, asked, refused or to be paid back (DOUBTED: 质量扣款2000，未确认 /
  待对账 / 可能是… / 听说老板同意了 / 客户说质量扣款2000 / 客户要求… / 我们没同意 / 客户会补 …):
  10,000 − 3,000 − 5,000 = 2,000, 72 days, black (main: nothing owed), in every shape (under the
  order, typed on its tab, on a 收款 tab, in April's file). Their neighbours (SURE: 质量扣款2000,
  扣佣金2000, 客户少付2000，老板同意了, a request the boss agreed, 老板同意少收2000 — main 2,000
  black for the last, its neighbours 老板不同意少收2000 / …，待财务确认 / 上单… 2,000 black):
  nothing owed, as main. (质量扣款2000，待确认，后来已确认 stays 2,000 black: _NOT_TAKEN.)
- Cancelled: 收款 5,000 noted 质量扣款2000 (a 2,000 credit note), then March sent again with
  2025-701 已取消; his 702 (10,000, due 04-19) unpaid. The 8,000 come on the cancelled order is
  his credit: 10,000 − 8,000 = 2,000, 72 days, black, as the cancelled file imported fresh (main:
  nothing owed, the credit note kept). Un-cancelled again: 10,000 black (701 paid with its 2,000
  credit). The 收款 row itself 已取消 in the copy: 2,000, 72 days, black, no credit note, as
  fresh (its money read as before; main: nothing owed); the same on the order's tab.
- Paid back in part: 质量扣款2000 on 5,000, then 1,000 noted 补付质量扣款 (May's file, or under
  the order); his 702 (1,000) unpaid. The claim settles at 1,000: 701 paid, 702's 1,000 owed, 72
  days, black, a credit note of 1,000 (main: nothing owed, the 2,000 kept). Undoing May's file:
  the 2,000 credit note back. May's 1,000 noted 2025-702的货款 instead: 702's money, 701 keeps
  its 2,000 credit note, paid (as main).
- Two deductions: the sale row 扣佣金2000 and a 收款 row of 3,000 noted 质量扣款2000: 10,000 −
  3,000 − 3,000 − 2,000 − 2,000 = paid, two credit notes (main: 2,000, 72 days, black), on a 收款
  tab or in April's file as on the order's tab; the file sent again the same.
Every ledger a real .xlsx imported into a real SQLite file by both imports (_same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fast_import import _same_import
from test_fix62f_repeated_cells import DEPOSIT, PAID, X, _accounts, _typed
from test_fix65e_typed_apart import OTHER, _account, _black
from test_fix66a_rest_disowned import SHAPES, Account, _read
from test_fix68b_typed_grants import _book, _credits, _row

from core import recovery
from core.ledger.importer import import_files

OWES = _black(2_000)
MAY = date(2025, 5, 20)

DOUBTED = [
    "质量扣款2000，未确认", "质量扣款2000（未确认）", "质量扣款2000，待财务核实",
    "质量扣款2000，待对账", "客户少付2000，老板同意了，待财务确认",
    "客户少付2000，老板口头同意，未确认", "客户说质量扣款2000", "质量扣款2000，客户说的",
    "客户要求质量扣款2000", "客户想扣佣金2000", "客户申请扣款2000",
    "customer asked for 2000 discount", "可能是质量扣款2000", "好像扣了佣金2000",
    "客户可能扣了2000佣金", "客户少付2000，老板可能同意", "客户少付2000，听说老板同意了",
    "客户少付2000，老板应该会同意", "客户少付2000，业务说老板同意了",
    "客户自行扣款2000，我们没同意", "客户说要扣佣金2000，没同意", "扣运费2000，运费应由客户承担",
    "质量扣款2000，客户会补", "客户单方面扣款2000", "质量扣款2000，已投诉",
    "质量扣款2000，报信保",
]
SURE = [
    "质量扣款2000", "扣佣金2000", "客户少付2000，老板同意了", "质量扣款2000，已对账",
    "客户扣佣金2000，客户直接付给代理",
    "客户要求扣佣金2000，老板同意了", "客户说质量有问题，扣款2000", "老板同意少收2000",
    "老板同意客户少付2000",
]
# a grant the consent itself says (老板同意少收2000: main 2,000 black, now nothing owed); its
# neighbours refused, doubted or another order's: 2,000 black
DOUBTED += ["老板不同意少收2000", "老板同意少收2000，待财务确认", "上单老板同意少收2000"]
CASES: dict[str, tuple[float, Account]] = {
    **{note: (5_000, OWES) for note in DOUBTED}, **{note: (5_000, PAID) for note in SURE}}


def test_a_doubted_deduction_or_grant_settles_nothing_wherever_typed(tmp_path: Path) -> None:
    """DOUBTED owe 2,000, 72 days, black; SURE nothing, in every shape (the module's
    docstring)."""
    want = {name: hand for name, (_, hand) in CASES.items()}
    for shape in SHAPES:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        got = _read(place, shape, CASES)
        assert {n: got[n] for n in got if got[n] != want[n]} == {}, shape


def _o(number: str, status: str = "", amount: float = 10_000) -> list[object]:
    row = _order(number, X)
    row[3], row[10] = amount, status
    return row


def test_a_cancelled_order_or_row_withdraws_its_credit_note(tmp_path: Path) -> None:
    """收款 质量扣款2000 made a 2,000 credit note; March sent again with 2025-701 已取消: 2,000
    owed, 72 days, black (his 702's 10,000 less the 8,000 come on 701), no credit note, the
    report saying so; as the cancelled file fresh. Un-cancelled: 10,000 black, the credit
    note back. Undoing that import: 2,000 black again."""
    march = {"收款": [_row("质量扣款2000")]}
    live = _book(tmp_path, "a.xlsx", {"3月": [_o("2025-701"), DEPOSIT, _o("2025-702"), LAST],
                                      **march})
    _same_import(tmp_path, [live])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (
        _black(10_000), [("2025-701", -2_000.0, "收款")])
    cancelled = _book(tmp_path, "a.xlsx", {"3月": [_o("2025-701", "已取消"), DEPOSIT,
                                                   _o("2025-702"), LAST], **march})
    [said] = _same_import(tmp_path, [cancelled])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (OWES, [])
    assert [w.code for w in said.warnings if "deduct" in w.code] == [
        "cancelled_deduction_withdrawn"]
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    _same_import(fresh, [_book(fresh, "a.xlsx", {"3月": [_o("2025-701", "已取消"), DEPOSIT,
                                                        _o("2025-702"), LAST], **march})])
    assert (_account(fresh, X), _credits(fresh)) == (OWES, [])
    again = _book(tmp_path, "a.xlsx", {"3月": [_o("2025-701", "正常"), DEPOSIT, _o("2025-702"),
                                               LAST], **march})
    import_files(tmp_path / "fast.sqlite", [again])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (
        _black(10_000), [("2025-701", -2_000.0, "收款")])
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert (_account(tmp_path, X), _credits(tmp_path)) == (OWES, [])


def test_a_cancelled_payment_row_grants_nothing_as_imported_fresh(tmp_path: Path) -> None:
    """The 5,000 noted 质量扣款2000, on a 收款 tab or under the order; the copy marks the row
    已取消: 2,000, 72 days, black, no credit note (main: nothing owed), as that copy fresh."""
    base = [_o("2025-701"), DEPOSIT]
    shapes = {
        "tab": lambda status: {"3月": [*base, LAST], "收款": [
            [*_row("质量扣款2000")[:10], status, "质量扣款2000"]]},
        "own": lambda status: {"3月": [*base, _paid("尾款70%", 5_000, date(2025, 4, 20),
                                                     status=status, note="质量扣款2000"), LAST]},
    }
    for name, tabs in shapes.items():
        place = tmp_path / name
        place.mkdir()
        _same_import(place, [_book(place, "a.xlsx", tabs(""))])
        assert _account(place, X) == PAID, name
        _same_import(place, [_book(place, "a.xlsx", tabs("已取消"))])
        assert (_account(place, X), _credits(place)) == (OWES, []), name
        fresh = tmp_path / f"fresh_{name}"
        fresh.mkdir()
        _same_import(fresh, [_book(fresh, "a.xlsx", tabs("已取消"))])
        assert (_account(fresh, X), _credits(fresh)) == (OWES, []), name


def test_a_deduction_paid_back_in_part_keeps_only_the_rest(tmp_path: Path) -> None:
    """质量扣款2000 on 5,000, then 1,000 noted 补付质量扣款; his 702 (1,000) unpaid: 1,000, 72
    days, black, a credit note of 1,000, on a 收款 tab, in April's file or under the order.
    Undoing May's file: the 2,000 credit note back, the account alike (701 paid, 702 owed)."""
    small = _o("2025-702", amount=1_000)
    back = _typed("2025-701", X, "尾款70%", 1_000, MAY, "补付质量扣款")
    shapes = {
        "tab": [{"3月": [_o("2025-701"), DEPOSIT, small, LAST], "收款": [_row("质量扣款2000")]},
                {"5月": [back, OTHER]}],
        "file": [{"3月": [_o("2025-701"), DEPOSIT, small, LAST]},
                 {"4月": [_row("质量扣款2000"), OTHER]}, {"5月": [back, OTHER]}],
        "own": [{"3月": [_o("2025-701"), DEPOSIT, _paid("尾款70%", 5_000, date(2025, 4, 20),
                                                        note="质量扣款2000"),
                        _paid("补款", 1_000, MAY, note="补付质量扣款"), small, LAST]}],
    }
    for name, files in shapes.items():
        place = tmp_path / name
        place.mkdir()
        assert _accounts(place, files, [X]) == {X: _black(1_000)}, name
        assert [c[1] for c in _credits(place)] == [-1_000.0], name
    # money noted another order's (2025-702的货款 typed under 2025-701) pays none of it back:
    # 702 paid, 701 paid with its 2,000 credit note
    other = {"5月": [_typed("2025-701", X, "货款", 1_000, MAY, "2025-702的货款"), OTHER]}
    place = tmp_path / "other"
    place.mkdir()
    assert _accounts(place, [shapes["tab"][0], other], [X]) == {X: PAID}
    assert [c[1] for c in _credits(place)] == [-2_000.0]
    recovery.undo_import(tmp_path / "tab" / "fast.sqlite")
    assert (_account(tmp_path / "tab", X), _credits(tmp_path / "tab")) == (
        _black(1_000), [("2025-701", -2_000.0, "收款")])


def test_a_sale_s_deduction_beside_a_typed_one_is_a_second(tmp_path: Path) -> None:
    """The sale row 扣佣金2000, the 3,000 noted 质量扣款2000 on a 收款 tab or in April's file:
    paid, two credit notes of 2,000, as on the order's tab; March sent again: the same."""
    sale = [*_order("2025-701", X)[:-1], "扣佣金2000"]
    row = _typed("2025-701", X, "尾款70%", 3_000, date(2025, 4, 20), "质量扣款2000")
    own = _paid("尾款70%", 3_000, date(2025, 4, 20), note="质量扣款2000")
    shapes = {
        "own": [{"3月": [sale, DEPOSIT, own, LAST]}],
        "tab": [{"3月": [sale, DEPOSIT, LAST], "收款": [row]}],
        "file": [{"3月": [sale, DEPOSIT, LAST]}, {"4月": [row, OTHER]}],
    }
    for name, files in shapes.items():
        place = tmp_path / name
        place.mkdir()
        assert _accounts(place, files, [X]) == {X: PAID}, name
        assert [c[1] for c in _credits(place)] == [-2_000.0, -2_000.0], name
    place = tmp_path / "tab"
    _same_import(place, [_book(place, "出口台账2025-0.xlsx", {"3月": [sale, DEPOSIT, LAST, OTHER],
                                                              "收款": [row]})])
    assert (_account(place, X), [c[1] for c in _credits(place)]) == (PAID, [-2_000.0, -2_000.0])
