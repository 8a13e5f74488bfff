"""fix65e: a payment row typing its order's number and buyer again on another tab of the file or
in a later file (core.ledger.typed_apart) is read as the same row on the order's own tab is
(core.ledger.filled_down.typed_payment, fix63b): the part its note says came, a came row's
repeat. Away from its order only its denials were asked (core.ledger.owed_rows): 还差2000 on a
7,000 balance read paid where 2,000 is owed, 72 days, black (fix64d's task 2, rv63c).

Hand counts: each buyer's order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02 on March's tab; the test row 尾款70% 7,000 on 04-20 (or 到账 3,000 on
03-04). As of 06-30 an unpaid sum is 72 days late, black. Every ledger is imported by both
imports (tests.test_fast_import._same_import), the fast import's account asserted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, _accounts, _typed

from core import recovery
from core.ledger.importer import import_files

APRIL, CAME = date(2025, 4, 20), date(2025, 3, 4)
OTHER = ["2025-300", "Other Co", date(2025, 4, 1), 500, "USD", "T/T", "x", date(2025, 4, 2),
         500, date(2025, 4, 3), "", ""]  # April's file's own sale
Account = tuple[float, int, str | None, float]


def _black(owed: float) -> Account:
    return (owed, 72, "black", 0.0)


# name: (the row's 品名, 收款, day, note, the account by hand; main's on another tab or file)
CASES: dict[str, tuple[str, float, date, str, Account, Account]] = {
    # a part said came (core.ledger.part_said): 3,000 + 5,000 of 10,000, 2,000 owed
    "P 还差2000": ("尾款70%", 7_000, APRIL, "还差2000", _black(2_000), PAID),
    "P 实收5000": ("尾款70%", 7_000, APRIL, "实收5000", _black(2_000), PAID),
    "P 余款2000未付": ("尾款70%", 7_000, APRIL, "余款2000未付", _black(2_000), OWED),
    "P 款已到一半": ("尾款70%", 7_000, APRIL, "款已到一半", _black(3_500), PAID),
    "P 货短款下周付": ("尾款70%", 7_000, APRIL, "还差2000的货，款下周付", _black(2_000), PAID),
    "P 5000 还差2000": ("尾款70%", 5_000, APRIL, "还差2000", _black(2_000), _black(2_000)),
    # the same words meaning the other thing: the money fine, the goods given by the factory,
    # the short payment granted, another order's, freight, the firm's commission: paid; only
    # asked: owed; denied whole: owed (as before)
    "O 货款没问题": ("尾款70%", 7_000, APRIL, "还差2000的货，货款没问题", PAID, PAID),
    "O 工厂说下周给": ("尾款70%", 7_000, APRIL, "还差2000的货，工厂说下周给", PAID, PAID),
    "O 我们同意了": ("尾款70%", 7_000, APRIL, "客户少付2000，我们同意了", PAID, PAID),
    "O 同意吗": ("尾款70%", 7_000, APRIL, "客户少付2000，同意吗？", _black(2_000), PAID),
    "O 同意后撤回": ("尾款70%", 7_000, APRIL, "客户少付2000，老板同意了。后来老板不同意",
                _black(2_000), PAID),
    "O 上单还差2000": ("尾款70%", 7_000, APRIL, "上单还差2000", PAID, PAID),
    "O 运费还差2000": ("尾款70%", 7_000, APRIL, "运费还差2000", PAID, PAID),
    "O 我们的佣金": ("尾款70%", 7_000, APRIL, "佣金还差2000没付给代理", PAID, PAID),
    "O 还没收到": ("尾款70%", 7_000, APRIL, "尾款还没收到", OWED, OWED),
    "O 客户说下周付": ("尾款70%", 7_000, APRIL, "客户说下周付", OWED, OWED),  # his plan (fix65d)
    "O 无备注": ("尾款70%", 7_000, APRIL, "", PAID, PAID),
    # a came row (core.ledger.came_rows): naming a part of the balance it is money (4,000);
    # a bare advice of the deposit's sum within its value days repeats it (7,000); said not
    # come yet, owed (7,000)
    "C 尾款第一笔 3500": ("到账", 3_500, CAME, "尾款第一笔", _black(3_500), _black(3_500)),
    "O 到账 advice": ("到账", 3_000, CAME, "", OWED, OWED),
    "O 尾款第一笔还没到": ("到账", 3_000, CAME, "尾款第一笔还没到", OWED, OWED),
}


def _files(shape: str) -> tuple[list[dict[str, list[list[object]]]], list[str]]:
    """Every case's order on March's tab and its row on the order's tab, on a 收款 tab of the
    same file, or in April's file."""
    march: list[list[object]] = []
    rows: list[list[object]] = []
    for i, (name, (word, received, day, note, *_)) in enumerate(CASES.items()):
        number = f"2025-7{i:02d}"
        row = _typed(number, name, word, received, day, note)
        march += [_order(number, name), DEPOSIT, *([row] if shape == "own tab" else [])]
        rows.append(row)
    if shape == "own tab":
        return [{"3月": [*march, LAST]}], [*CASES]
    if shape == "other tab":
        return [{"3月": [*march, LAST], "收款": rows}], [*CASES]
    return [{"3月": [*march, LAST]}, {"4月": [*rows, OTHER]}], [*CASES]


def test_a_typed_row_away_from_its_order_reads_as_on_the_order_s_tab(tmp_path: Path) -> None:
    """Each case's account by hand (CASES), the row on the order's tab (as fix63b has it, the
    reference), on a 收款 tab and in April's file alike (main read the latter two as the last
    column: 还差2000, 实收5000, 余款2000未付, 款已到一半 paid where owed; the deposit's advice a
    second 3,000 where it repeats it)."""
    want = {name: case[4] for name, case in CASES.items()}
    for shape in ("own tab", "other tab", "later file"):
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        files, names = _files(shape)
        assert _accounts(place, files, names) == want, shape


def test_undoing_the_later_file_brings_the_account_back(tmp_path: Path) -> None:
    """March's ledger: 7,000 owed, 72 days, black; April's file's 尾款70% 7,000 noted 还差2000:
    2,000, black, the report naming the row and the 5,000 of its 7,000 counted; undoing
    April's import: 7,000 again."""
    march = {"3月": [_order("2025-701", X), DEPOSIT, LAST]}
    assert _accounts(tmp_path, [march], [X]) == {X: OWED}
    april = {"4月": [_typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000"), OTHER]}
    path = write_xlsx(tmp_path / "出口台账2025-4.xlsx", {t: [HEAD, *r] for t, r in april.items()})
    [result] = import_files(tmp_path / "fast.sqlite", [path])
    assert _account(tmp_path, X) == _black(2_000)
    [said] = [w for w in result.warnings if w.code == "typed_apart_part"]  # the report says it
    shown = tuple(said.params[k] for k in ("sheet", "row", "part", "received"))
    assert shown == ("4月", 2, "5,000.00 USD", "7,000.00 USD")
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _account(tmp_path, X) == OWED


def _account(tmp_path: Path, name: str) -> Account:
    c = customer(tmp_path / "fast.sqlite", name, END)
    return (round(c.open_amount, 2), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account, 2))


BALANCE = _paid("尾款70%", 7_000, APRIL)  # the balance on the order's own rows


def test_the_same_receipt_on_both_tabs_or_files_counts_once(tmp_path: Path) -> None:
    """701's rows hold the 尾款 7,000 of 04-20; the 收款 tab types it again (unnoted, or noted
    还差2000): the same receipt, counted once: paid, no credit (as main). April's file typing it
    again writes the same line (its key: the order, 品名, sum and day) anew: unnoted, paid; noted
    还差2000, its note the later file's word on that receipt, read as on the order's tab: 2,000,
    72 days, black (main: paid). The same sum on another day (05-20) is a payment of its own:
    7,000 credit, as main."""
    again = _typed("2025-701", X, "尾款70%", 7_000, APRIL)
    noted = _typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000")
    later = _typed("2025-701", X, "尾款70%", 7_000, date(2025, 5, 20))
    book = [_order("2025-701", X), DEPOSIT, BALANCE, LAST]
    shapes = {
        "tab": ([{"3月": book, "收款": [again]}], PAID),
        "tab noted": ([{"3月": book, "收款": [noted]}], PAID),
        "file": ([{"3月": book}, {"4月": [again, OTHER]}], PAID),
        "file noted": ([{"3月": book}, {"4月": [noted, OTHER]}], _black(2_000)),
        "another day": ([{"3月": book, "收款": [later]}], (0.0, 0, None, 7_000.0)),
    }
    for i, (name, (files, account)) in enumerate(shapes.items()):
        place = tmp_path / str(i)
        place.mkdir()
        assert _accounts(place, files, [X]) == {X: account}, name


def test_a_later_file_imported_before_the_order_is_read_once_the_order_comes(
        tmp_path: Path) -> None:
    """April's file (the 7,000 noted 还差2000) imported before March's ledger selling 2025-701:
    the row waits for its order (order_not_yet), and March's import reads April's file again:
    2,000, 72 days, black (main: paid)."""
    db = tmp_path / "fast.sqlite"
    april = write_xlsx(tmp_path / "出口台账2025-4.xlsx", {"4月": [
        HEAD, _typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000"), OTHER]})
    [first] = import_files(db, [april])
    assert [(s.sheet, s.row, s.message.code) for s in first.skipped] == [
        ("4月", 2, "order_not_yet")]
    march = write_xlsx(tmp_path / "出口台账2025-3.xlsx", {"3月": [
        HEAD, _order("2025-701", X), DEPOSIT, LAST]})
    import_files(db, [march])
    assert _account(tmp_path, X) == _black(2_000)


def test_a_number_two_buyers_write_or_no_order_has_stays_as_read(tmp_path: Path) -> None:
    """Left as before, nothing saying which order the row means: Yonder's 2025-701 beside X's
    (X's 7,000 row noted 还差2000 paid whole: X paid, Yonder 7,000 black); a number no order
    has (2025-799: X's 701 7,000, black, the row held for its order); a buyer typed that is
    not the order's (Buyer V typing 701: X 7,000, black)."""
    y = "Yonder Imports GmbH"
    for name in ("shared", "none", "other"):
        (tmp_path / name).mkdir()
    row = _typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000")
    shared = [{"3月": [_order("2025-701", X), DEPOSIT, _order("2025-701", y), DEPOSIT, LAST],
               "收款": [row]}]
    assert _accounts(tmp_path / "shared", shared, [X, y]) == {X: PAID, y: OWED}
    none = [{"3月": [_order("2025-701", X), DEPOSIT, LAST],
             "收款": [_typed("2025-799", X, "尾款70%", 7_000, APRIL, "还差2000")]}]
    assert _accounts(tmp_path / "none", none, [X]) == {X: OWED}
    other = [{"3月": [_order("2025-701", X), DEPOSIT, LAST],
              "收款": [_typed("2025-701", "Buyer V", "尾款70%", 7_000, APRIL, "还差2000")]}]
    assert _accounts(tmp_path / "other", other, [X]) == {X: OWED}
