"""fix68a: a 收款 tab laid out as a payments register (订单号, 客户, 收款金额, 收款日期, 备注: no
品名, no amount) reads its notes as the same row typed 收款 on a 收款 tab with a 品名 column does
(core.ledger.typed_payments.register_payments, read once the file is written by core.ledger.
typed_apart). Read as money received and nothing else, every note there was lost: 尚欠2000,
等客户付款, 客户已付，下周到账, 尾款至今未付, 不再等客户付款，已报信保 paid (rv67b, fix67c, fix67g,
rv67f, fix67j).

Hand counts: each order 2025-7xx 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02 on the order's tab; the register's row the balance, 7,000 (or
5,000) received 04-20 with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30),
black: the 7,000 not in, 7,000; a rest of 2,000 said owed, 2,000; the money come, nothing.
The same receipt on the order's tab and the register is one: 10,000 − 3,000 − 7,000 = 0, no
credit (main: 7,000 of credit); the deposit typed on both, 7,000 owed, 72 days, black (main
4,000). Every ledger a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED, PAID, _typed
from test_fix65e_typed_apart import CASES as TYPED_CASES
from test_fix65e_typed_apart import _black
from test_fix67c_waits import NOT_WAITING, WAITS
from test_fix67l_review import GIVEN_UP, WAIT_OVER_PAID

from core import recovery
from core.ledger.importer import import_files

REGISTER = ["订单号", "客户", "收款金额", "收款日期", "备注"]
ENGLISH = ["Order No.", "Customer", "Amount received", "Date received", "Remarks"]
Account = tuple[float, int, str | None, float]
REST = _black(2_000)
LATE_JUNE = date(2025, 6, 28)
EARLIER = ["2025-298", "Other Co", LATE_JUNE, 1_000, "USD", "T/T", "LED灯", LATE_JUNE, 1_000,
           LATE_JUNE, "", ""]  # another of LAST's buyer's orders, paid on its row

# the note on the 7,000 (or 5,000) balance row of the register -> the account by hand
NOTES: dict[str, tuple[float, Account]] = {
    "尚欠2000": (7_000, REST), "等客户付款": (7_000, OWED), "客户已付，下周到账": (7_000, OWED),
    "尾款至今未付": (7_000, OWED), "不再等客户付款，已报信保": (7_000, OWED),
    "客户说下周付": (7_000, OWED), "余款2000未付": (7_000, REST), "实收5000": (7_000, REST),
    "还差2000": (5_000, REST),
    # neighbours: the money said come, nothing said, the rest come on its day: nothing owed
    "已收": (7_000, PAID), "尾款付清": (7_000, PAID), "4/20收": (7_000, PAID), "": (7_000, PAID),
    "尚欠2000，5/10到账": (7_000, PAID), "不再等客户付款，已收": (7_000, PAID),
}


def _book(tmp_path: Path, files: list[dict[str, list[list[object]]]], names: list[str]
          ) -> dict[str, Account]:
    """Each file (tab -> its rows, header first) imported in turn by both imports."""
    paths = [write_xlsx(tmp_path / f"出口台账2025-{i}.xlsx", tabs) for i, tabs in enumerate(files)]
    _same_import(tmp_path, *[[path] for path in paths])
    return {name: _account(tmp_path, name) for name in names}


def _account(tmp_path: Path, name: str) -> Account:
    c = customer(tmp_path / "fast.sqlite", name, END)
    return (round(c.open_amount, 2), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account, 2))


def _registered(tmp_path: Path, cases: dict[str, tuple[float, Account]],
                head: list[str] = REGISTER) -> None:
    """Each note on its order's balance, on a register tab of the order's file, in a later
    file that is a register alone, and typed 收款 on a 收款 tab with a 品名 column (the reading
    the register's must be): each the hand's account."""
    orders: list[list[object]] = []
    register: list[list[object]] = []
    typed: list[list[object]] = []
    want: dict[str, Account] = {}
    for i, (note, (received, hand)) in enumerate(cases.items()):
        name, number = f"R{i} buyer", f"2025-7{i:02d}"
        orders += [_order(number, name), DEPOSIT]
        register.append([number, name, received, APRIL, note])
        typed.append(_typed(number, name, "收款", received, APRIL, note))
        want[name] = hand
    book = [HEAD, *orders, EARLIER, LAST]
    # the later register's receipts to 06-30 (the bound of a rest's day, rest_day.received_until),
    # each on its order's row too: counted once
    others = [["2025-298", "Other Co", 1_000, LATE_JUNE, ""], ["2025-299", "Other Co", 1_000,
                                                              END, ""]]
    shapes = {"tab": [{"台账": book, "收款": [head, *register]}],
              "file": [{"台账": book}, {"收款": [head, *register, *others]}],
              "品名": [{"台账": book, "收款": [HEAD, *typed]}]}
    for shape, files in shapes.items():
        (tmp_path / shape).mkdir()
        got = _book(tmp_path / shape, files, [*want, "Other Co"])
        assert got.pop("Other Co") == PAID
        wrong = {name: (cases_note, got[name]) for cases_note, name in zip(cases, want, strict=True)
                 if got[name] != want[name]}
        assert wrong == {}, shape


def test_the_register_s_notes_read_as_typed_on_a_payments_tab(tmp_path: Path) -> None:
    """NOTES by hand (main: every one paid but 还差2000 on 5,000)."""
    _registered(tmp_path, NOTES)


def test_the_wordings_of_the_payments_tab_s_tests_on_a_register(tmp_path: Path) -> None:
    """fix65e's balance wordings (its 尾款70% rows), fix67c's waits and fix67l's given-up
    waits, each by the hand its own test gives it on a 收款 tab."""
    cases: dict[str, tuple[float, Account]] = {
        note: (received, hand) for word, received, day, note, hand, _ in TYPED_CASES.values()
        if word == "尾款70%" and day == APRIL}
    cases.update((note, (7_000, OWED)) for note in WAITS + GIVEN_UP)
    cases.update((note, (7_000, PAID)) for note in NOT_WAITING + WAIT_OVER_PAID)
    _registered(tmp_path, cases)


def test_english_headers(tmp_path: Path) -> None:
    """Order No., Customer, Amount received, Date received, Remarks: as the Chinese register."""
    _registered(tmp_path, {note: NOTES[note] for note in ("尚欠2000", "尾款至今未付", "已收", "")},
                ENGLISH)


def test_a_register_with_a_currency_column(tmp_path: Path) -> None:
    """币种 USD beside each row: as without it (尚欠2000 2,000 black, 等客户付款 7,000 black, 已收
    paid). A row in RMB (49,000 noted 尚欠2000) is no USD of the order: read as before, not
    against the order (7,000, 72 days, black, as main)."""
    head = ["订单号", "客户", "收款金额", "币种", "收款日期", "备注"]
    rows = [["2025-701", "U1 buyer", 7_000, "USD", APRIL, "尚欠2000"],
            ["2025-702", "U2 buyer", 7_000, "USD", APRIL, "等客户付款"],
            ["2025-703", "U3 buyer", 7_000, "USD", APRIL, "已收"]]
    orders = [row for i in (1, 2, 3) for row in (_order(f"2025-70{i}", f"U{i} buyer"), DEPOSIT)]
    got = _book(tmp_path, [{"台账": [HEAD, *orders, LAST], "收款": [head, *rows]}],
                ["U1 buyer", "U2 buyer", "U3 buyer"])
    assert got == {"U1 buyer": REST, "U2 buyer": OWED, "U3 buyer": PAID}


def test_rows_that_keep_their_account(tmp_path: Path) -> None:
    """Left as read (as main): a row naming an order no tab has (2025-799 noted 尚欠2000: X1's
    701 7,000, 72 days, black; the row held for its order); another buyer's order's row (Y2's
    7021 noted 尚欠2000: X2's 702 7,000 black, Y2 2,000 black); a register's row with no note
    (7,000: paid); the deposit on the register only (3,000 of 03-02 noted 定金 and the 7,000 of
    04-20 bare: paid; 定金 alone: 7,000 black). A payer not the buyer paying X6's order (the
    register's wire credited to the order it names, as main) has its note read against it:
    尚欠2000, 2,000, 72 days, black (main: nothing owed)."""
    orders = [_order("2025-701", "X1 buyer"), DEPOSIT, _order("2025-702", "X2 buyer"), DEPOSIT,
              _order("2025-7021", "Y2 buyer"), DEPOSIT, _order("2025-703", "X3 buyer"), DEPOSIT,
              _order("2025-704", "X4 buyer"), _order("2025-705", "X5 buyer"),
              _order("2025-706", "X6 buyer"), DEPOSIT]
    register = [["2025-799", "X1 buyer", 7_000, APRIL, "尚欠2000"],
                ["2025-7021", "Y2 buyer", 7_000, APRIL, "尚欠2000"],
                ["2025-703", "X3 buyer", 7_000, APRIL, ""],
                ["2025-704", "X4 buyer", 3_000, date(2025, 3, 2), "定金"],
                ["2025-704", "X4 buyer", 7_000, APRIL, ""],
                ["2025-705", "X5 buyer", 3_000, date(2025, 3, 2), "定金"],
                ["2025-706", "Payer Co", 7_000, APRIL, "尚欠2000"]]
    want = {"X1 buyer": OWED, "X2 buyer": OWED, "Y2 buyer": REST, "X3 buyer": PAID,
            "X4 buyer": PAID, "X5 buyer": OWED, "X6 buyer": REST}
    got = _book(tmp_path, [{"台账": [HEAD, *orders, LAST], "收款": [REGISTER, *register]}],
                [*want])
    assert got == want


def test_the_same_receipt_on_the_order_s_tab_and_the_register_counts_once(tmp_path: Path
                                                                          ) -> None:
    """The balance 7,000 of 04-20 on the order's tab and on the register (bare, noted 已收 or
    尾款): paid, no credit (main: 7,000 of credit). The deposit 3,000 of 03-02 on both and no
    balance: 7,000, 72 days, black (main: 4,000). The same sum on another day (05-20) is a
    wire of its own: 7,000 of credit, as main."""
    balance = _paid("尾款70%", 7_000, APRIL)
    cases = {"S1 buyer": ([balance], 7_000, APRIL, "", PAID),
             "S2 buyer": ([balance], 7_000, APRIL, "已收", PAID),
             "S3 buyer": ([balance], 7_000, APRIL, "尾款", PAID),
             "S4 buyer": ([], 3_000, date(2025, 3, 2), "", OWED),
             "S5 buyer": ([balance], 7_000, date(2025, 5, 20), "", (0.0, 0, None, 7_000.0))}
    orders: list[list[object]] = []
    register: list[list[object]] = []
    for i, (name, (rows, received, day, note, _)) in enumerate(cases.items()):
        orders += [_order(f"2025-71{i}", name), DEPOSIT, *rows]
        register.append([f"2025-71{i}", name, received, day, note])
    got = _book(tmp_path, [{"台账": [HEAD, *orders, LAST], "收款": [REGISTER, *register]}],
                [*cases])
    assert got == {name: case[-1] for name, case in cases.items()}


def test_undoing_a_later_register_brings_the_account_back(tmp_path: Path) -> None:
    """March's ledger: 7,000 owed, 72 days, black; April's file, a register alone, its 7,000
    noted 尚欠2000: 2,000, 72 days, black, the report naming the row; undone: 7,000 again."""
    x = "Undo buyer"
    db = tmp_path / "fast.sqlite"
    march = write_xlsx(tmp_path / "出口台账2025-3.xlsx", {"3月": [
        HEAD, _order("2025-701", x), DEPOSIT, LAST]})
    import_files(db, [march])
    assert _account(tmp_path, x) == OWED
    april = write_xlsx(tmp_path / "收款登记2025-4.xlsx", {"收款": [
        REGISTER, ["2025-701", x, 7_000, APRIL, "尚欠2000"]]})
    [result] = import_files(db, [april])
    assert _account(tmp_path, x) == REST
    [said] = [w for w in result.warnings if w.code == "typed_apart_part"]
    assert (said.params["sheet"], said.params["row"]) == ("收款", 2)
    recovery.undo_import(db)
    assert _account(tmp_path, x) == OWED
