"""fix68b: a grant or a deduction noted on a balance row typed on a 收款 tab or in a later file
is read as under its order on the order's tab (core.ledger.typed_deductions).

Hand counts: order 2025-701 (one per buyer), 10,000 USD ordered 03-01, shipped 03-20, OA 30天
(due 04-19), 定金30% 3,000 received 03-02; the balance row 尾款70% received 5,000 (7,000 where
said) on 04-20 with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black.
5,000 noted 客户少付2000，老板同意了 (the boss let the 2,000 go) or 质量扣款2000 / 扣佣金2000 /
扣运费2000 (the buyer kept it): 10,000 − 3,000 − 5,000 − 2,000 = nothing owed; main, the row on
a 收款 tab or in April's file: 2,000, 72 days, black. A grant of less
(客户少付2000，老板同意让1000): 1,000 off, 1,000 owed, black (main: 2,000). Each neighbour
keeps the order's tab's account:
a consent denied, awaited or only the buyer's (老板不同意, 待老板同意, 客户说老板同意了, "their
boss agreed"), a bare 老板同意让1000 with no short said, a grant paid later (月底结), a set-off
on a later order (下单再扣，这次先不扣), a deduction larger or smaller than the short, a doubt:
2,000 black. Every ledger a real .xlsx imported into a real SQLite file by both imports
(tests.test_fast_import._same_import), the row under its order (the reference), typed on the
order's tab, on a 收款 tab with a 品名 column and in April's file alike.
The deposit row typed away, the balance unpaid, likewise (DEPOSITS).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct55a_three_payments import LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, _accounts, _typed
from test_fix65e_typed_apart import OTHER, _account, _black
from test_fix66a_rest_disowned import SHAPES, Account, _read

from core import recovery
from core.ledger.importer import import_files

APRIL = date(2025, 4, 20)
OWES = _black(2_000)

# note (a " (7000)" suffix: that much typed) -> (收款, hand account)
CASES: dict[str, tuple[float, Account]] = {
    # read now away from the order: main 2,000, 72 days, black there
    "客户少付2000，老板同意了": (5_000, PAID),
    "老板同意让2000": (5_000, PAID),
    "质量扣款2000": (5_000, PAID),
    "扣佣金2000": (5_000, PAID),
    "扣运费2000": (5_000, PAID),
    "short 2000, boss agreed": (5_000, PAID),
    "客户少付2000，老板同意了，下周给客户发PI": (5_000, PAID),
    "实收5000，质量扣款2000 (7000)": (7_000, PAID),
    "X99-1扣佣金2000": (5_000, PAID),  # no X99-1 sold: this order's, as on its tab
    "客户少付2000，老板同意让1000": (5_000, _black(1_000)),
    "老板同意让2000，另1000下周付 (4000)": (4_000, _black(1_000)),
    # the neighbours, as on the order's tab (main alike): 2,000 black
    "客户少付2000，老板不同意": (5_000, OWES),
    "客户少付2000，待老板同意": (5_000, OWES),
    "客户少付2000，客户说老板同意了": (5_000, OWES),
    "short 2000, their boss agreed": (5_000, OWES),
    "老板同意让1000": (5_000, OWES),
    "客户少付2000，老板同意了，月底结": (5_000, OWES),
    "下单再扣，这次先不扣": (5_000, OWES),
    "扣佣金2000，下单再扣": (5_000, OWES),
    "客户少付2000，下单再扣": (5_000, OWES),
    "质量扣款3000": (5_000, OWES),
    "质量扣款1000": (5_000, OWES),
    "质量扣款2000，待确认": (5_000, OWES),
    "质量扣款2000？": (5_000, OWES),
    "客户要求质量扣款2000，我们不认": (5_000, OWES),
    "客户少付2000": (5_000, OWES),
    # the deduction and the rest said owed make the 3,000 short: 1,000 owed (fix68d; 3,000 before)
    "扣佣金2000，尚欠1000 (4000)": (4_000, _black(1_000)),
    # the whole balance typed: paid, no credit left (main alike)
    "质量扣款2000 (7000)": (7_000, PAID),
    "客户少付2000，老板同意了 (7000)": (7_000, PAID),
}


def test_a_grant_or_deduction_typed_away_reads_as_on_the_order_s_tab(tmp_path: Path) -> None:
    """Each case by hand (CASES) in every shape: under the order, typed on its tab, on a 收款
    tab, in April's file."""
    want = {name: hand for name, (_, hand) in CASES.items()}
    for shape in SHAPES:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        got = _read(place, shape, CASES)
        assert {n: got[n] for n in got if got[n] != want[n]} == {}, shape


def _book(tmp_path: Path, name: str, tabs: dict[str, list[list[object]]]) -> Path:
    return write_xlsx(tmp_path / name, {tab: [HEAD, *rows] for tab, rows in tabs.items()})


def _credits(tmp_path: Path) -> list[tuple[str, float, str]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return conn.execute("SELECT o.order_no, l.amount, l.source_sheet FROM order_lines l JOIN "
                            "orders o ON o.id = l.order_id WHERE l.credit_note").fetchall()


def _row(note: str) -> list[object]:
    return _typed("2025-701", X, "尾款70%", 5_000, APRIL, note)


def test_imported_again_nothing_doubled_and_a_corrected_note_owes_again(tmp_path: Path) -> None:
    """The 收款 tab's 5,000 noted 质量扣款2000: nothing owed, one credit note of 2,000 on its
    row, the report naming it. The file imported again (another sale added): nothing owed, the
    one credit note. Again with the note corrected to 客户要求质量扣款2000，我们不认: 2,000, 72
    days, black, the credit note withdrawn and said; back to 质量扣款2000: nothing owed."""
    march = [_order("2025-701", X), DEPOSIT, LAST]
    path = _book(tmp_path, "a.xlsx", {"3月": march, "收款": [_row("质量扣款2000")]})
    [first] = _same_import(tmp_path, [path])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (PAID, [("2025-701", -2_000.0, "收款")])
    [said] = [w for w in first.warnings if w.code == "noted_deduction_apart"]
    assert (said.params["sheet"], said.params["row"], said.params["figure"]) == (
        "收款", 2, "2,000.00 USD")
    path = _book(tmp_path, "a.xlsx", {"3月": [*march, OTHER], "收款": [_row("质量扣款2000")]})
    [again] = _same_import(tmp_path, [path])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (PAID, [("2025-701", -2_000.0, "收款")])
    assert not [w for w in again.warnings if "deduct" in w.code]
    denied = _row("客户要求质量扣款2000，我们不认")
    path = _book(tmp_path, "a.xlsx", {"3月": march, "收款": [denied]})
    [corrected] = _same_import(tmp_path, [path])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (OWES, [])
    assert [w.code for w in corrected.warnings if "deduct" in w.code] == [
        "typed_deduction_withdrawn"]
    # the tabs in another order: the second copy's bytes again, written in the same second,
    # would be skipped as already imported (the import key is the content's hash)
    path = _book(tmp_path, "a.xlsx", {"收款": [_row("质量扣款2000")], "3月": [*march, OTHER]})
    _same_import(tmp_path, [path])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (PAID, [("2025-701", -2_000.0, "收款")])


def test_undoing_the_later_file_brings_the_account_back(tmp_path: Path) -> None:
    """March's ledger: 7,000 owed, 72 days, black; April's file's 5,000 noted 客户少付2000，老板
    同意了: nothing owed; undoing April's import: 7,000 black, no credit note."""
    march = _book(tmp_path, "出口台账2025-3.xlsx", {"3月": [_order("2025-701", X), DEPOSIT, LAST]})
    import_files(tmp_path / "fast.sqlite", [march])
    assert _account(tmp_path, X) == OWED
    granted = _row("客户少付2000，老板同意了")
    april = _book(tmp_path, "出口台账2025-4.xlsx", {"4月": [granted, OTHER]})
    import_files(tmp_path / "fast.sqlite", [april])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (PAID, [("2025-701", -2_000.0, "4月")])
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert (_account(tmp_path, X), _credits(tmp_path)) == (OWED, [])


def test_april_s_file_first_is_read_once_the_order_comes(tmp_path: Path) -> None:
    """April's file (5,000 noted 质量扣款2000) imported before March's ledger selling 2025-701:
    once March's comes, nothing owed, one credit note."""
    april = _book(tmp_path, "出口台账2025-4.xlsx", {"4月": [_row("质量扣款2000"), OTHER]})
    march = _book(tmp_path, "出口台账2025-3.xlsx", {"3月": [_order("2025-701", X), DEPOSIT, LAST]})
    _same_import(tmp_path, [april], [march])
    assert (_account(tmp_path, X), _credits(tmp_path)) == (PAID, [("2025-701", -2_000.0, "4月")])


def test_said_on_the_sale_too_or_paid_back_since_is_one_deduction(tmp_path: Path) -> None:
    """The sale row noting 质量扣款2000 as well, the 5,000 noted so on the 收款 tab or in April's
    file: one credit note of 2,000 (the sale's, as on the order's tab), nothing owed. May's file
    typing 2,000 补付质量扣款 (the buyer paid it back): the credit note withdrawn, nothing owed
    and no credit, as on the order's tab."""
    sale = [*_order("2025-701", X)[:-1], "质量扣款2000"]
    own = [_paid("尾款70%", 5_000, APRIL, note="质量扣款2000")]
    back = {"5月": [_typed("2025-701", X, "尾款70%", 2_000, date(2025, 5, 20), "补付质量扣款"),
                   OTHER]}
    shapes = {
        "own": [{"3月": [sale, DEPOSIT, *own, LAST]}],
        "tab": [{"3月": [sale, DEPOSIT, LAST], "收款": [_row("质量扣款2000")]}],
        "file": [{"3月": [sale, DEPOSIT, LAST]}, {"4月": [_row("质量扣款2000"), OTHER]}],
    }
    for name, files in shapes.items():
        place = tmp_path / name
        place.mkdir()
        assert _accounts(place, files, [X]) == {X: PAID}, name
        assert _credits(place) == [("2025-701", -2_000.0, "3月")], name
    for name, files in {**shapes, "own": [{"3月": [_order("2025-701", X), DEPOSIT, *own, LAST]}],
                        "tab": [{"3月": [_order("2025-701", X), DEPOSIT, LAST],
                                 "收款": [_row("质量扣款2000")]}],
                        "file": [{"3月": [_order("2025-701", X), DEPOSIT, LAST]},
                                 {"4月": [_row("质量扣款2000"), OTHER]}]}.items():
        place = tmp_path / f"back_{name}"
        place.mkdir()
        assert _accounts(place, [*files, back], [X]) == {X: PAID}, name
        assert _credits(place) == [], name


def test_another_order_sold_named_keeps_the_order_s_tab_s_reading(tmp_path: Path) -> None:
    """X99-1扣佣金2000 on the 5,000 where the buyer's other order X99-1 (2,000, due 04-19,
    unpaid) is sold on March's tab: the order's tab reads the 2,000 off 2025-701, X99-1's 2,000
    owed, 72 days, black; typed on the 收款 tab or in April's file the same (main: 4,000)."""
    other = ["X99-1", X, date(2025, 3, 1), 2_000, "USD", "OA 30天", "LED灯", date(2025, 3, 20),
             None, None, "", ""]
    note = "X99-1扣佣金2000"
    shapes = {
        "own": [{"3月": [_order("2025-701", X), DEPOSIT, _paid("尾款70%", 5_000, APRIL,
                                                               note=note), other, LAST]}],
        "tab": [{"3月": [_order("2025-701", X), DEPOSIT, other, LAST], "收款": [_row(note)]}],
        "file": [{"3月": [_order("2025-701", X), DEPOSIT, other, LAST]}, {"4月": [_row(note),
                                                                                 OTHER]}],
    }
    for name, files in shapes.items():
        place = tmp_path / name
        place.mkdir()
        assert _accounts(place, files, [X]) == {X: _black(2_000)}, name


# the deposit row (定金30%, received 03-02) noted, the balance unpaid -> hand (the order's tab's)
DEPOSITS: dict[str, tuple[float, Account]] = {
    "定金到账1000，扣佣金2000": (1_000, _black(7_000)),  # the deposit less its 2,000: 7,000 owed
    "扣佣金2000": (3_000, _black(5_000)),  # the deposit whole: 2,000 off the order
    "定金到账2000，扣佣金1000": (2_000, _black(7_000)),
    "佣金2000已扣": (3_000, _black(5_000)),
}


def test_a_deposit_row_typed_away_reads_as_on_the_order_s_tab(tmp_path: Path) -> None:
    """DEPOSITS by hand, the deposit row typed on the order's tab, on a 收款 tab and in April's
    file (main away: 9,000 / 7,000 / 8,000 / 7,000, the deduction unread)."""
    names = [f"D{i} buyer" for i in range(len(DEPOSITS))]
    for shape in ("own tab", "other tab", "later file"):
        march: list[list[object]] = []
        rows: list[list[object]] = []
        for i, (name, (note, (got, _))) in enumerate(zip(names, DEPOSITS.items(), strict=True)):
            row = _typed(f"2025-7{i:02d}", name, "定金30%", got, date(2025, 3, 2), note)
            march += [_order(f"2025-7{i:02d}", name), *([row] if shape == "own tab" else [])]
            rows.append(row)
        files = {"own tab": [{"3月": [*march, LAST]}],
                 "other tab": [{"3月": [*march, LAST], "收款": rows}],
                 "later file": [{"3月": [*march, LAST]}, {"4月": [*rows, OTHER]}]}[shape]
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        got = _accounts(place, files, names)
        assert [got[name] for name in names] == [hand for _, hand in DEPOSITS.values()], shape
