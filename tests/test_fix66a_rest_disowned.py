"""fix66a (rv65d s2): a rest said on a balance row (还差2000, 余款2000未付) and then said another
order's, the bank's charge, answered no or withdrawn is no rest of this order — on the order's
tab, typed on a 收款 tab or in a later file alike (core.ledger.deduction_rest.this_rest, the one
reading of a rest beside a deduction, asked by core.ledger.part_said; its 未付 or 尚欠 no plan of
the row's money: deduction_rest.without_disowned).

Hand counts: each buyer's order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02 under it; the test row 尾款70% received 7,000 on 04-20 (5,000 where
said) with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Where
the note leaves the 2,000 this order's own short, 3,000 + 5,000 came: 2,000 open, 72 days,
black; where it says the 2,000 is another order's, the bank's, answered no or wrong, the row's
7,000 stands: 10,000 paid, nothing open. A row of 5,000 typed leaves 2,000 open whatever its
note says of it (10,000 − 3,000 − 5,000). Every ledger is a real .xlsx imported into a real
SQLite file by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct55a_three_payments import LAST, _order, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, _accounts, _typed
from test_fix65e_typed_apart import OTHER, _account, _black

from core import recovery
from core.ledger.importer import import_files

APRIL = date(2025, 4, 20)
Account = tuple[float, int, str | None, float]
OWES = _black(2_000)

# note ({own}: the order's number, {other}: another of its series) -> (收款, hand account)
CASES: dict[str, tuple[float, Account]] = {
    # the 2,000 said another order's, the bank's charge, answered no or withdrawn (main:
    # 2,000, 72 days, black in every shape)
    "还差2000是{other}的": (7_000, PAID),
    "还差2000，是另一单的": (7_000, PAID),
    "还差2000是上一单的": (7_000, PAID),
    "还差2000，属于另一单": (7_000, PAID),
    "余款2000未付是另一单的": (7_000, PAID),
    "客户问还差2000吗？我们说不差": (7_000, PAID),
    "还差2000是银行手续费": (7_000, PAID),
    "余款2000未付的说法不对，已全付": (7_000, PAID),
    "余款2000未付的说法不对": (7_000, PAID),
    "还差2000，搞错了": (7_000, PAID),
    "客户说还差2000？核对后已全收": (7_000, PAID),
    # ... the opposites: this order's short as written, or the buyer's word, asked, answered
    # yes, a fee still to pay, another thing wrong: 2,000 owed (as main)
    "还差2000": (7_000, OWES),
    "还差2000，是本单的": (7_000, OWES),
    "{own}还差2000": (7_000, OWES),
    "还差2000是{own}的": (7_000, OWES),
    "还差2000，客户说是另一单的": (7_000, OWES),  # his claim: the clerk's short stands
    "还差2000，客户说搞错了": (7_000, OWES),
    "客户问还差2000吗？我们说还差": (7_000, OWES),
    "还差2000吗？是的": (7_000, OWES),
    "还差2000是另一单的吗？": (7_000, OWES),
    "还差2000，是另一单的吗？": (7_000, OWES),
    "还差2000，不是另一单的": (7_000, OWES),
    "不是还差2000吗？": (7_000, OWES),  # rhetorical: it is
    "还差2000？": (7_000, OWES),  # a doubt alone: the short as written
    "还差2000手续费另付": (7_000, OWES),  # the fee the buyer pays apart: owed (main typed: 4,000)
    "还差2000是手续费，另付": (7_000, OWES),
    "还差2000是手续费，客户下周补": (7_000, OWES),
    "还差2000，发票有误": (7_000, OWES),
    "余款2000未付": (7_000, OWES),
    # the rest said paid in full after it (rest_came: 已全付), another's before it as beside a
    # deduction (另一单, 没有, 原: fix65i's words), a short payment said another order's: paid
    # (main: 2,000 black) ...
    "还差2000，已全付": (7_000, PAID),
    "实收5000，余款已全付": (7_000, PAID),
    "另一单还差2000": (7_000, PAID),
    "没有尚欠2000": (7_000, PAID),
    "原尚欠2000": (7_000, PAID),
    "客户少付2000，是另一单的": (7_000, PAID),
    # ... not the deposit, the freight or another order paid in full, nor the buyer's word, a
    # rest once owed he drags, a 是否 asking it, a short payment alone: owed
    "还差2000，定金已全付": (7_000, OWES),
    "还差2000，运费已全付": (7_000, OWES),
    "还差2000，另一单已全付": (7_000, OWES),
    "还差2000，客户说已全付": (7_000, OWES),
    "原尚欠2000，客户一直拖": (7_000, OWES),
    "是否还差2000": (7_000, OWES),
    "客户少付2000": (7_000, OWES),
    "客户下批再付尚欠2000": (7_000, OWES),  # paid with the next lot: no other order's
    # 5,000 typed: the order's own short, whatever the note says of the 2,000
    "还差2000是{other}的 (5000)": (5_000, OWES),
}
SHAPES = ("blank row", "own tab", "other tab", "later file")


def _note(case: str, number: str) -> str:
    return case.split(" (")[0].replace("{own}", number).replace("{other}", "2025-799")


def _buyers(cases: dict[str, tuple[float, Account]]) -> list[str]:
    """Each case's buyer, its place first: no two alike names."""
    return [f"K{i:02d} {name}" for i, name in enumerate(cases)]


def _read(place: Path, shape: str, cases: dict[str, tuple[float, Account]]
          ) -> dict[str, Account]:
    """Each case's account (by case) once its shape's files are imported."""
    got = _accounts(place, _files(shape, cases), _buyers(cases))
    return {name: got[buyer] for name, buyer in zip(cases, _buyers(cases), strict=True)}


def _files(shape: str, cases: dict[str, tuple[float, Account]]
           ) -> list[dict[str, list[list[object]]]]:
    """Every case's order on March's tab and its balance row under the order (blank), typed on
    the order's tab, on a 收款 tab of the same file or in April's file."""
    march: list[list[object]] = []
    rows: list[list[object]] = []
    for i, (name, (received, _)) in enumerate(zip(_buyers(cases), cases.values(), strict=True)):
        number = f"2025-7{i:02d}"
        note = _note(name.split(" ", 1)[1], number)
        march += [_order(number, name), DEPOSIT]
        if shape == "blank row":
            march.append(_paid("尾款70%", received, APRIL, note=note))
        elif shape == "own tab":
            march.append(_typed(number, name, "尾款70%", received, APRIL, note))
        else:
            rows.append(_typed(number, name, "尾款70%", received, APRIL, note))
    if shape in ("blank row", "own tab"):
        return [{"3月": [*march, LAST]}]
    if shape == "other tab":
        return [{"3月": [*march, LAST], "收款": rows}]
    return [{"3月": [*march, LAST]}, {"4月": [*rows, OTHER]}]


def test_a_rest_said_another_s_or_withdrawn_in_every_shape(tmp_path: Path) -> None:
    """Each case's account by hand (CASES), the row under its order, typed on the order's tab,
    on a 收款 tab and in April's file alike."""
    want = {name: hand for name, (_, hand) in CASES.items()}
    for shape in SHAPES:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        assert _read(place, shape, CASES) == want, shape


# beside a deduction of no sum (佣金已扣) on 5,000 received: a rest answered yes is the buyer's
# 2,000 owed (main: asked, the commission's sum, nothing open); answered no, said another
# order's, it is no rest of this order's and the 2,000 the commission's, as 佣金已扣，另一单尚欠
# 2000 is (fix65i): nothing open; said this order's, 2,000 owed
BESIDE = {"佣金已扣，尚欠2000吗？我们说还差": OWES, "佣金已扣，尚欠2000吗？我们说不差": PAID,
          "佣金已扣，尚欠2000是另一单的": PAID, "佣金已扣，尚欠2000，是本单的": OWES,
          "佣金已扣，不是尚欠2000": PAID,
          # the rest paid with the next lot is owed now (main: another order's, nothing open)
          "佣金已扣，客户下批再付尚欠2000": OWES}


def test_a_rest_beside_a_deduction_read_alike(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came, the commission writes no sum: the rest owed leaves 2,000
    open, 72 days, black; a rest not this order's is the commission's 2,000: nothing open."""
    cases = {name: (5_000.0, hand) for name, hand in BESIDE.items()}
    assert _read(tmp_path, "blank row", cases) == dict(BESIDE)


def test_a_later_file_s_rest_of_another_order_undone(tmp_path: Path) -> None:
    """March's ledger: 7,000 owed, 72 days, black for X (2025-701) and Y (2025-702). April's
    file types each balance 7,000: X's noted 还差2000是2025-702的 (Y's order), Y's 还差2000.
    Hand: X paid in full, nothing open; Y 2,000 open, black (main: X 2,000 black too). Undoing
    April's import: both 7,000 again."""
    y = "Yarrow Home Imports GmbH"
    march = {"3月": [_order("2025-701", X), DEPOSIT, _order("2025-702", y), DEPOSIT, LAST]}
    assert _accounts(tmp_path, [march], [X, y]) == {X: OWED, y: OWED}
    april = {"4月": [_typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000是2025-702的"),
                    _typed("2025-702", y, "尾款70%", 7_000, APRIL, "还差2000"), OTHER]}
    path = write_xlsx(tmp_path / "出口台账2025-4.xlsx", {t: [HEAD, *r] for t, r in april.items()})
    import_files(tmp_path / "fast.sqlite", [path])
    assert (_account(tmp_path, X), _account(tmp_path, y)) == (PAID, OWES)
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert (_account(tmp_path, X), _account(tmp_path, y)) == (OWED, OWED)
