"""fix68i: rv68b's review of fix67k (reader 273) and fix67l (274) — good buyers listed, bad
payers cleared by the rows below a noted balance row, a rest's day words, a withdrawal by the
firm's own people and a later file's figure under another file's rest line.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row received 04-20 with the note. As of 06-30 an unpaid sum is
72 days late (11 + 31 + 30), black. Every ledger a real .xlsx imported into a real SQLite file by
both imports (tests.test_fast_import._same_import: they must agree).

1. The balance row typed 7,000 noted 尚欠2000 / 还差2000 / 实收5000，还差2000 is 5,000 come; the
   rest's own 2,000 below on 05-10 (plain or 尾款付清) pays it: 3,000 + 5,000 + 2,000, nothing
   owed (main: the bound took the typed 7,000 as come, the 2,000 dropped, the line 3,000: 2,000,
   72 days, black); 1,000 below: 1,000, 72 days, black (main 2,000). 5,000 noted 还差2000 and
   2,500 below (plain, 含下单样品费500): the rest paid, 500 credit (main 2,000 black). 3,500 noted
   还差3500 and 3,500 below the same day plain / 余款 / 第二笔: nothing owed (main 3,500 black);
   重复录入 / 作废 / 同上: 3,500 black. 2,000 below noted 已收，单据已退回客户: nothing owed (main
   2,000 black); another order's by its number or other words, 别的订单的 / 是2025-799的 /
   another order's: 2,000 black (main nothing). The rest's own 2,000 typed below dated 04-18:
   nothing owed (main 2,000, 72 days, black).
2. 5,000 noted 尚欠2000，5/10到账 and 2,000 below on 05-12 noted 2025-7011的 / 另一单的, the buyer's
   other 2,000 order unpaid: 3,000 + 5,000 + 2,000 on 05-10 pay the order, the 2,000 row his other
   one: nothing owed (main 2,000 / 4,000, 72 days, black).
3. 尚欠2000，5/10到了 / 5/10到帐 / 5/10入账, "balance 2000 was paid on 5/10" / "came in 5/10"
   (5,000 typed for the English): nothing owed as of 06-30, 2,000 owed as of 05-01 (main 2,000,
   72 days, black) under the order, typed on its tab and on a 收款 tab; a bare 5/10到, 5/10到了吗,
   5/10到期, "paid 5/10": 2,000, 72 days, black.
4. 还差2000，是另一单的，财务说不是 / 老板说不是 / 经理说不是 on the 7,000 row: 2,000, 72 days,
   black (main nothing) in all four places; 财务说是, 发票号不是: nothing.
3b. 尚欠2000，5/10到账1000 (5,000 or 7,000 typed): 1,000, 72 days, black (main 6,000: the part read
   as the row's money); 5/10到账2000: nothing owed (main 5,000 black).
5. a.xlsx: 7,000 noted 尚欠2000，5/10到账 (the line 7,000 on 05-10). b.xlsx, its rows to 06-30:
   5,000 noted 尚欠2000 and the rest's own 2,000 of 05-10, the buyer's other 2,000 order unpaid:
   2,000, 72 days, black (main nothing: 12,000 on the order, the surplus paying the other);
   b.xlsx 7,000 noted 尚欠2000 alone: 4,000 (2,000 without the other order), 72 days, black (main
   2,000 / nothing). April's file (to 04-20) after May's: nothing owed; b with the same note:
   nothing owed, one line.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct55a_three_payments import LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account
from test_fix67f_rest_reviewed import _check
from test_fix67k_rest_line import NOTE, _account, _book

MAY = date(2025, 5, 1)
MAY10 = date(2025, 5, 10)
OWES = _black(2_000)

# (1) the balance row (收款, note), the rows below it (品名, 收款, day, note) -> hand
BELOW: list[tuple[tuple[float, str], list[tuple[str, float, date, str]], Account]] = [
    ((7_000, "尚欠2000"), [("尾款", 2_000, MAY10, "")], PAID),
    ((7_000, "还差2000"), [("尾款", 2_000, MAY10, "")], PAID),
    ((7_000, "还差2000"), [("尾款", 2_000, MAY10, "尾款付清")], PAID),
    ((7_000, "实收5000，还差2000"), [("尾款", 2_000, MAY10, "")], PAID),
    ((7_000, "还差2000"), [("尾款", 1_000, MAY10, "")], _black(1_000)),
    ((7_000, "还差2000"), [], OWES),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY10, "")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, date(2025, 4, 18), "")], PAID),  # typed below
    # the rest paid with more: its surplus credit, as before fix67l
    ((5_000, "还差2000"), [("尾款", 2_500, MAY, "")], (0.0, 0, None, 500.0)),
    ((5_000, "还差2000"), [("尾款", 2_500, MAY, "含下单样品费500")], (0.0, 0, None, 500.0)),
    # ... not the row again or corrected (fix67l's, kept)
    ((5_000, "还差2000"), [("尾款", 5_000, APRIL, "")], OWES),
    ((5_000, "还差2000"), [("尾款", 5_000, date(2025, 4, 21), "重复录入")], OWES),
    ((5_000, "还差2000"), [("尾款", 4_800, APRIL, "更正：上行实收4800")], OWES),
    # the rest itself the same day: a further payment unless its note says a repeat
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "余款")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "第二笔")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, date(2025, 4, 21), "")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "重复录入")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "作废")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "同上")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "与上一行同一笔")], _black(3_500)),
    # papers sent back are no refund of the money; the money sent back is
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "已收，单据已退回客户")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "尾款已收，样品已退回客户")], PAID),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "已退回客户")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "已退款给客户")], OWES),
    # another order's by its number or in other words; this order's own stays paying
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "别的订单的")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "是2025-799的")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "2025-799的货款")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "another order's")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "for another order")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "另一单的")], OWES),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "是{own}的")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "PI{own}的")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "PO4521的")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "不是另一单的，是本单尾款")], PAID),
]


def _ledger(tmp_path: Path, rows: list[list[object]]) -> Path:
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows, LAST]})
    _same_import(tmp_path, [path])
    return tmp_path / "fast.sqlite"


def test_a_row_below_pays_the_rest_the_note_leaves(tmp_path: Path) -> None:
    """BELOW by hand, each under its own order on one 台账 tab."""
    rows: list[list[object]] = []
    for i, ((got, note), below, _) in enumerate(BELOW):
        number = f"2025-8{i:02d}"
        rows += [_order(number, f"B{i} buyer"), DEPOSIT, _paid("尾款", got, APRIL, note=note),
                 *[_paid(word, money, day, note=said.replace("{own}", number))
                   for word, money, day, said in below]]
    db = _ledger(tmp_path, rows)
    wrong = {i: (BELOW[i][0], BELOW[i][1], got) for i in range(len(BELOW))
             if (got := _account(db, f"B{i} buyer")) != BELOW[i][2]}
    assert wrong == {}


def test_a_corrected_copy_typing_the_rest_s_row(tmp_path: Path) -> None:
    """The file imported again with the day cut from its note and the rest's own row typed
    below (plain, 尾款付清): nothing owed, no credit (main: 2,000, 72 days, black)."""
    for i, said in enumerate(["", "尾款付清"]):
        folder = tmp_path / str(i)
        path = write_xlsx(folder / "a.xlsx", _book(NOTE))
        _same_import(folder, [path])
        write_xlsx(path, _book("尚欠2000", _paid("尾款70%", 2_000, MAY10, note=said)))
        _same_import(folder, [path])
        assert _account(folder / "fast.sqlite", "Alder Co") == PAID, said


def _unpaid(number: str, buyer: str) -> list[object]:
    return [number, buyer, date(2025, 3, 1), 2_000, "USD", "OA 30天", "LED灯",
            date(2025, 3, 20), None, None, "", ""]


def test_another_order_s_row_below_leaves_the_rest_s_room(tmp_path: Path) -> None:
    """2,000 below of 05-12 noted 2025-7011的 / 另一单的 pays the buyer's other order, the rest
    come on 05-10 this one: nothing owed. The rest's own row typed (plain): counted once, his
    other order owed, 2,000, 72 days, black (fix67k, kept)."""
    rows: list[list[object]] = []
    for i, said in enumerate(["2025-7011的", "另一单的", ""]):
        buyer = f"R{i} Co"
        rows += [_order(f"2025-70{i}", buyer), DEPOSIT, _paid("尾款70%", 5_000, APRIL, note=NOTE),
                 _paid("货款", 2_000, date(2025, 5, 12), note=said),
                 _unpaid(f"2025-701{i + 1}", buyer)]
    db = _ledger(tmp_path, rows)
    assert [_account(db, f"R{i} Co") for i in range(3)] == [PAID, PAID, OWES]


# (3) a rest's own day of arrival in other words -> (收款, hand as of 06-30)
CAME: dict[str, tuple[float, Account]] = {
    "尚欠2000，5/10到了": (7_000, PAID),
    "尚欠2000，5/10到帐": (7_000, PAID),
    "尚欠2000，5/10入账": (7_000, PAID),
    "balance 2000 was paid on 5/10": (5_000, PAID),
    "balance 2000 came in 5/10": (5_000, PAID),
    # a deadline or a question, not an arrival
    "尚欠2000，5/10到": (7_000, OWES),
    "尚欠2000，5/10到了吗": (7_000, OWES),
    "尚欠2000，5/10到期": (7_000, OWES),
    "balance 2000 paid 5/10": (5_000, OWES),
}


def test_a_rest_s_arrival_in_other_words(tmp_path: Path) -> None:
    """CAME by hand under the order, typed on its tab and on a 收款 tab; as of 05-01 the rest
    come later is owed still (under the order)."""
    _check(tmp_path, CAME, ("blank row", "own tab", "other tab"))
    rows: list[list[object]] = []
    for i, (note, (got, _)) in enumerate(CAME.items()):
        rows += [_order(f"2025-6{i:02d}", f"W{i} Co"), DEPOSIT,
                 _paid("尾款70%", got, APRIL, note=note)]
    db = _ledger(tmp_path / "may", rows)
    assert {note: _account(db, f"W{i} Co", MAY)[0] for i, note in enumerate(CAME)} == dict.fromkeys(
        CAME, 2_000.0)


# (3b) part of the rest come on its day, 5,000 or 7,000 typed -> hand as of 06-30
PART: dict[str, tuple[float, Account]] = {
    "尚欠2000，5/10到账1000": (5_000, _black(1_000)),
    "尚欠2000，5/10到账2000": (5_000, PAID),
    "尚欠2000，5/10到账1000 ": (7_000, _black(1_000)),
    "尚欠2000，5/10收到usd1000": (5_000, _black(1_000)),
    # the rest whole, or no day: as before
    "尚欠2000，5/10到账": (5_000, PAID),
    "到账5000，尚欠2000": (5_000, OWES),
    "尚欠2000，实收5000": (7_000, OWES),
}


def test_a_part_of_the_rest_come_on_its_day(tmp_path: Path) -> None:
    """PART by hand under the order (main: the part read as the row's money, 5,000 → 1,000:
    6,000, 72 days, black; 5/10到账2000: 5,000 black); as of 05-01 the rest owed whole."""
    rows: list[list[object]] = []
    for i, (note, (got, _)) in enumerate(PART.items()):
        rows += [_order(f"2025-5{i:02d}", f"P{i} Co"), DEPOSIT,
                 _paid("尾款70%", got, APRIL, note=note)]
    db = _ledger(tmp_path, rows)
    assert {note: _account(db, f"P{i} Co") for i, note in enumerate(PART)} == {
        note: hand for note, (_, hand) in PART.items()}
    assert _account(db, "P0 Co", MAY)[0] == 2_000.0


# (4) a disowning withdrawn by the firm's own people (7,000 typed) -> hand
WITHDRAWN: dict[str, tuple[float, Account]] = {
    "还差2000，是另一单的，财务说不是": (7_000, OWES),
    "还差2000，是另一单的，老板说不是": (7_000, OWES),
    "还差2000，是另一单的，经理说不是": (7_000, OWES),
    "还差2000，是另一单的，财务说是": (7_000, PAID),
    "还差2000，是另一单的，发票号不是": (7_000, PAID),
}


def test_the_firm_s_own_people_withdraw_a_disowning(tmp_path: Path) -> None:
    """WITHDRAWN by hand under the order, on its tab, on a 收款 tab and in April's file."""
    _check(tmp_path, WITHDRAWN)


def _lines(db: Path) -> list[tuple[float, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT received_amount, received_date FROM order_lines WHERE "
                            "product = '尾款70%' ORDER BY received_date").fetchall()


def _two(folder: Path, first: dict[str, list[list[object]]],
         then: dict[str, list[list[object]]], names: tuple[str, str] = ("a.xlsx", "b.xlsx")
         ) -> Path:
    _same_import(folder, [write_xlsx(folder / names[0], first)])
    _same_import(folder, [write_xlsx(folder / names[1], then)])
    return folder / "fast.sqlite"


def test_a_later_file_s_figure_under_another_file_s_rest(tmp_path: Path) -> None:
    """(5) by hand: b.xlsx writing the row without the rest's day (and typing the rest's own
    row, or not) owes what it says; an older file imported after keeps the line; b.xlsx with the
    same note one line, nothing owed."""
    other = _unpaid("2025-7011", "Alder Co")
    rest_row = _paid("尾款70%", 2_000, MAY10)
    db = _two(tmp_path / "k", _book(NOTE, other), {"台账": [
        HEAD, _order("2025-701", "Alder Co"), DEPOSIT,
        _paid("尾款70%", 5_000, APRIL, note="尚欠2000"), rest_row, other, LAST]})
    assert _account(db, "Alder Co") == OWES
    assert _lines(db) == [(5_000.0, "2025-04-20"), (2_000.0, "2025-05-10")]
    db = _two(tmp_path / "h", _book(NOTE, other), _book("尚欠2000", other))
    assert _account(db, "Alder Co") == _black(4_000)
    db = _two(tmp_path / "h1", _book(NOTE), _book("尚欠2000"))
    assert _account(db, "Alder Co") == OWES
    april = {"台账": [HEAD, _order("2025-701", "Alder Co"), DEPOSIT,
                      _paid("尾款70%", 7_000, APRIL, note="尚欠2000")]}
    db = _two(tmp_path / "old", _book(NOTE), april, ("may.xlsx", "april.xlsx"))
    assert _account(db, "Alder Co") == PAID
    db = _two(tmp_path / "same", _book(NOTE), _book(NOTE))
    assert _account(db, "Alder Co") == PAID
    assert _lines(db) == [(7_000.0, "2025-05-10")]
    assert _account(db, "Alder Co", date(2025, 5, 1))[0] == 2_000.0
