"""fix67f (rv67c's review of fix66i and fix66l): a rest said owed on a balance row (还差2000)
is cleared only by the firm's sure word of the rest itself, and a typed row in a later file is
read against the receipts booked before it, whatever their dates.

Hand counts (as tests.test_fix66a_rest_disowned): each order 10,000 USD ordered 03-01, shipped
03-20, OA 30天 (due 04-19), 定金30% 3,000 received 03-02; the balance row 尾款70% received 7,000
(5,000 where said) on 04-20 with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31
+ 30), black. A rest of this order owed leaves 2,000 open (3,000 + 5,000 of 7,000 came), 72
days, black; one the firm surely says is another order's leaves the 7,000 paid: nothing open.
Main (fix66i, reader 263) read every wording of OWED_NOW as nothing open. Every ledger a real
.xlsx imported into a real SQLite file, the row under its order, typed on the order's tab, on
a 收款 tab and in a later file alike.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST
from test_fix62f_repeated_cells import DEPOSIT, PAID, _typed
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import SHAPES, Account, _read
from test_fix66b_typed_again import APRIL, OTHER, Books, X, _order

OWES = _black(2_000)

# note -> (收款, hand account); main: nothing open for each
OWED_NOW: dict[str, tuple[float, Account]] = {
    # 1. an answer no to a question of something else than the rest itself
    "还差2000要今天付吗？不是，下周付": (7_000, OWES),
    "还差2000是这个月付吗？不是": (7_000, OWES),
    "还差2000是现金付吗？不是": (7_000, OWES),
    "还差2000是美金吗？不是，是人民币": (7_000, OWES),
    "还差2000客户回复了吗？没有": (7_000, OWES),
    "还差2000客户同意了吗？没有": (7_000, OWES),
    "还差2000催了吗？没有": (7_000, OWES),
    "还差2000以外还欠吗？我们说不欠": (7_000, OWES),
    # 2. the buyer named the speaker, before the finding or after the saying
    "还差2000，是另一单的，客户说的": (7_000, OWES),
    "还差2000，是另一单的（客户说）": (7_000, OWES),
    "还差2000，是另一单的，客户的说法": (7_000, OWES),
    "还差2000客户说，经核对是另一单的": (7_000, OWES),
    "还差2000客户回复，财务核实是另一单的": (7_000, OWES),
    # 3. the disowning withdrawn later in the note
    "还差2000，经核对是另一单的，后来发现不是": (7_000, OWES),
    "还差2000，经核对是另一单的，又查了不是": (7_000, OWES),
    "还差2000，财务核实是另一单的，已撤回": (7_000, OWES),
    # 4. the other money come, 其余 / 除此之外 not at the clause's start
    "还差2000，客户其余已全付": (7_000, OWES),
    "还差2000，除此之外已全付": (7_000, OWES),
    "还差2000，5/10其余已付清": (7_000, OWES),
}

# the opposites: the firm's no to the rest itself, the firm's finding in the shapes it writes
# (main: 2,000 black for these four), a finding after the buyer only asked, another thing
# wrong after the saying, the rest itself come
CLEARED: dict[str, tuple[float, Account]] = {
    "还差2000吗？不是": (7_000, PAID),
    "是否还差2000？没有": (7_000, PAID),
    "还差2000是不是真的？不是": (7_000, PAID),
    "还差2000吗？财务说不差": (7_000, PAID),
    "还差2000，经核对，是另一单的": (7_000, PAID),
    "还差2000，财务核实：是另一单的": (7_000, PAID),
    "还差2000，财务核实后说是另一单的": (7_000, PAID),
    "还差2000，双方核对后是另一单的": (7_000, PAID),
    "还差2000客户问，财务核实是另一单的": (7_000, PAID),
    "还差2000，是另一单的，发票写错了": (7_000, PAID),
    "还差2000，经核对是另一单的，不是本单的": (7_000, PAID),
    "还差2000，剩下的已全付": (7_000, PAID),
    "到账5000，其余已付清": (7_000, PAID),
}
# ... and those still owed as before: the buyer's finding, a question asked alone, 其余 with
# the rest itself come not said
STILL_OWED: dict[str, tuple[float, Account]] = {
    "还差2000，客户说经核对是另一单的": (7_000, OWES),
    "还差2000吗？": (7_000, OWES),
    "还差2000吗？客户说不是": (7_000, OWES),
    "还差2000，其余的也已全付": (7_000, OWES),
    "还差2000，客户核对后，是另一单的": (7_000, OWES),
}


def _check(tmp_path: Path, cases: dict[str, tuple[float, Account]],
           shapes: tuple[str, ...] = SHAPES) -> None:
    want = {name: hand for name, (_, hand) in cases.items()}
    for shape in shapes:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        assert _read(place, shape, cases) == want, shape


def test_a_rest_stays_owed_unless_the_firm_surely_disowns_it(tmp_path: Path) -> None:
    """OWED_NOW by hand, under the order, typed on its tab, on a 收款 tab, in April's file."""
    _check(tmp_path, OWED_NOW)


def test_the_firm_s_sure_word_of_the_rest_still_clears_it(tmp_path: Path) -> None:
    """CLEARED and STILL_OWED by hand, under the order, on a 收款 tab and in April's file."""
    _check(tmp_path, {**CLEARED, **STILL_OWED}, ("blank row", "other tab", "later file"))


# beside a deduction of no sum (佣金已扣) on 5,000 received: a rest owed leaves 2,000 open
# (3,000 + 5,000 came); said another order's by the firm it is no rest and the 2,000 the
# commission's: nothing open
BESIDE: dict[str, tuple[float, Account]] = {
    "佣金已扣，尚欠2000，是另一单的，客户说的": (5_000, OWES),
    "佣金已扣，尚欠2000，客户其余已全付": (5_000, OWES),
    "佣金已扣，尚欠2000，除此之外已全付": (5_000, OWES),
    "佣金已扣，尚欠2000，经核对是另一单的，后来发现不是": (5_000, OWES),
    "佣金已扣，尚欠2000，经核对，是另一单的": (5_000, PAID),
    "佣金已扣，尚欠2000，经核对是另一单的": (5_000, PAID),
}


def test_a_rest_beside_a_deduction_read_alike(tmp_path: Path) -> None:
    """BESIDE by hand under the order; those owed typed in April's file too."""
    _check(tmp_path, BESIDE, ("blank row",))
    owed = {name: case for name, case in BESIDE.items() if case[1] == OWES}
    (tmp_path / "later").mkdir()
    _check(tmp_path / "later", owed, ("later file",))


# --- a typed row in a later file, read against what was booked before it ---------------------

MAY = date(2025, 5, 20)


def _rest(received: float, day: date, note: str) -> list[object]:
    return [None] * 6 + ["尾款", None, received, day, "", note]


def _books(tmp_path: Path) -> Books:
    """March's order and deposit, then April's typed 5,000 noted 还差2000: 2,000 black."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, LAST]})
    books.take("台账4月.xlsx", {"4月": [_typed("2025-701", X, "尾款", 5_000, APRIL, "还差2000"),
                                       OTHER]})
    assert books.account() == OWES
    return books


def test_a_receipt_booked_later_pays_the_rest_whatever_its_date(tmp_path: Path) -> None:
    """May's file types 2,000 dated 04-20 noted 尾款付清 (T1b), with no note (T1e), dated 04-10
    (T1d): 3,000 + 5,000 + 2,000 is the order, nothing owed (fix66l read April's note against
    the 2,000 of its day or before: 3,000 of the 5,000, 2,000, 72 days, black). Undoing May:
    2,000 black again."""
    for tag, day, note in (("b", APRIL, "尾款付清"), ("e", APRIL, ""),
                           ("d", date(2025, 4, 10), "尾款付清")):
        (tmp_path / tag).mkdir()
        books = _books(tmp_path / tag)
        books.take("台账5月.xlsx", {"5月": [_typed("2025-701", X, "尾款", 2_000, day, note),
                                           OTHER]})
        assert books.account() == PAID, tag
        books.undo()
        assert books.account() == OWES, tag


def test_march_s_copy_adding_the_rest_of_the_same_day(tmp_path: Path) -> None:
    """T1c: March's corrected copy adds 2,000 尾款付清 04-20 under the order: nothing owed
    (fix66l: 2,000 black)."""
    books = _books(tmp_path)
    books.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, _rest(2_000, APRIL, "尾款付清"), LAST]})
    assert books.account() == PAID


def test_opposites_of_booked_later(tmp_path: Path) -> None:
    """A later receipt of less than the rest leaves the rest of it (May's 1,000 dated 04-20:
    1,000, 72 days, black); the same receipt written later under the order (March's copy
    adds 5,000 04-20 to April's typed 5,000 with no note) is counted once: 2,000 black; the
    order corrected to 12,000 after May's 2,000 (3,000 + 5,000 + 2,000 of 12,000): 2,000
    black."""
    (tmp_path / "less").mkdir()
    books = _books(tmp_path / "less")
    books.take("台账5月.xlsx", {"5月": [_typed("2025-701", X, "尾款", 1_000, APRIL, ""), OTHER]})
    assert books.account() == _black(1_000)

    (tmp_path / "same").mkdir()
    same = Books(tmp_path / "same")
    same.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, LAST]})
    same.take("台账4月.xlsx", {"4月": [_typed("2025-701", X, "尾款", 5_000, APRIL, ""), OTHER]})
    assert same.account() == OWES
    same.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, _rest(5_000, APRIL, ""), LAST]})
    assert same.account() == OWES

    (tmp_path / "more").mkdir()
    more = _books(tmp_path / "more")
    more.take("台账5月.xlsx", {"5月": [_typed("2025-701", X, "尾款", 2_000, MAY, "尾款付清"),
                                      OTHER]})
    assert more.account() == PAID
    more.take("台账3月.xlsx", {"3月": [_order(12_000), DEPOSIT, LAST]})
    assert more.account() == OWES


def test_two_typed_rows_of_one_day_in_one_file(tmp_path: Path) -> None:
    """T1: April's file types 5,000 noted 还差2000 then, below it, 2,000 尾款付清, both 04-20:
    the row below came after the note, nothing owed (fix66l: 2,000 black)."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, LAST]})
    books.take("台账4月.xlsx", {"4月": [
        _typed("2025-701", X, "尾款", 5_000, APRIL, "还差2000"),
        _typed("2025-701", X, "尾款", 2_000, APRIL, "尾款付清"), OTHER]})
    assert books.account() == PAID


def test_the_row_below_on_the_order_s_tab(tmp_path: Path) -> None:
    """T1o: under the order 3,000, 5,000 noted 还差2000 and below it 2,000 尾款付清, all but the
    deposit of 04-20: nothing owed (main: the note's rest read of 10,000 − 3,000 − 2,000, 3,000
    of the 5,000 counted, 2,000 black). The opposite: 1,000 below it leaves 1,000 black (main:
    2,000); 2,000 dated before it below (04-10) pays the rest too, the order whole with it
    (rv68b C7, fix68i: read as had before the note, 2,000, 72 days, black for a buyer paid up)."""
    for tag, received, day, want in (("paid", 2_000, APRIL, PAID),
                                     ("less", 1_000, APRIL, _black(1_000)),
                                     ("before", 2_000, date(2025, 4, 10), PAID)):
        (tmp_path / tag).mkdir()
        books = Books(tmp_path / tag)
        books.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, _rest(5_000, APRIL, "还差2000"),
                                           _rest(received, day, "尾款付清"), LAST]})
        assert books.account() == want, tag
