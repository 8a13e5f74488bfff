"""fix67a: a rest's own day of arrival (尚欠2000，5/10到账) is the rest's received date.

A balance row received 04-20 noted 尚欠2000，5/10到账 says 2,000 was still owed on 04-20 and came
on 05-10. Read as no day (fix66j, fix65i) the 2,000 stayed owed: 2,000, 72 days, black as of
06-30 where nothing is. Read as come whenever the day was not after the sheet's last date
(fix66f), any day did, with no date an as-of before it could see (rv66d). Now the day right after
the rest's own words — after the row's own received date, not after the latest ordinary received
date of its sheet (the file's, for a row typed away from its order), of no other year, no fee's,
hedge's or other order's — is the rest's receipt of that day: a line of its own on the order's tab
(rest_day.noted_rests), the part and the rest as one total with the part its earlier step where
the row is typed on a 收款 tab or in a later file (core.ledger.typed_apart).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received on 04-20 with the note — typing the number and buyer (T), the number only
(N) or neither (B) — and the sheet's last row another buyer's 1,000 received 06-30. Hand count
as of 06-30: the rest come on its day leaves 10,000 − 3,000 − 5,000 − 2,000 = 0; the rest owed
is 2,000 open since 04-19, 72 days, black; another order's or a fee's rest on 7,000 received
leaves 0 (as before). As of 05-01 the rest come on 05-10 is still owed: 2,000 open, as the rest
alone is. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID, _accounts, _typed
from test_fix66f_another_rest import REST, X99, _rows

# the rest's own day right after it, after 04-20 and not after 06-30: nothing open
CAME = ["尚欠2000，5/10到账", "尚欠2000，5/10号到账", "尚欠2000（5/10收）", "尚欠2000，5月10日收到",
        "到账5000，尚欠2000，5/10到账", "还差2000，5.10到账", "尚欠2000，2025年5月10日到账",
        "尚欠2000，05/10到账了"]
# the opposites — 2,000, 72 days, black (as before): a forecast past the sheet, the row's own
# day or an earlier one, a deadline, plan, promise, hope, guess or condition, a doubt, question
# or part after it, something else or another's money that day, another year, hearsay, and a
# figure come with its own day (the figure's, never the rest's)
OWED = ["尚欠2000，7/10到账", "尚欠2000，4/20到账", "尚欠2000（4/20收）",
        "到账5000，尚欠2000，4/20到账", "尚欠2000，4/15到账", "尚欠2000，最晚5/10到账",
        "尚欠2000，要求5/10到账", "尚欠2000，约定5/10到账", "尚欠2000，须于5/10到账",
        "尚欠2000，说好5/10到账", "尚欠2000，客户承诺5/10到账", "尚欠2000，大概5/10到账",
        "尚欠2000，应该5/10到账", "尚欠2000，可能5/10到账", "尚欠2000，计划5/10收",
        "尚欠2000，如5/10到账则免息", "尚欠2000，若5/10到账", "尚欠2000，5/10到账（预计）",
        "尚欠2000，5/10到账(待确认)", "尚欠2000，5/10到账了没", "尚欠2000，5/10到账一半",
        "尚欠2000，5/10到账，待核实", "尚欠2000，5/10到账，退回了", "尚欠2000，5/10收到投诉",
        "尚欠2000，5/10收到上批货款", "尚欠2000，X99-1 5/10到账", "尚欠2000，运费5/10到账",
        "尚欠2000，定金5/10到账", "尚欠2000，上批5/10到账", "尚欠2000，佣金5/10收到",
        "尚欠2000，样品费5/10收", "尚欠2000，明年5/10到账", "尚欠2000，2026年5月10日到账",
        "尚欠2000，2026/5/10到账", "客户说尚欠2000，5/10到账", "尚欠2000，催款后5/10到账",
        "实收5000，4/20到账", "实收5000，4月20日到账", "到账5000，4/20收到", "收到5000，4/20到账",
        "实收5000（4/20到账）", "实收5000，3/25到账", "实收5000，运费5/10到账",
        "实收5000，样品费5/10收", "实收5000，4/20到账，余款未付", "尚欠2000"]
# ... and a rest no rest of this order's, its day or not: 7,000 this order's whole (as before)
NOT_THIS = ["X99-1尚欠2000，5/10到账", "另一单尚欠2000，5/10到账", "运费尚欠2000，5/10到账",
            "样品费尚欠2000，5/10到账"]


def test_the_rest_s_own_day_on_the_order_s_tab(tmp_path: Path) -> None:
    """7,000 received on the balance row, the three row shapes: the rest's own day nothing open
    (main: 2,000, 72 days, black); each opposite 2,000, 72 days, black; another order's or a
    fee's rest nothing open (as main)."""
    want = {**{f"C{i}": PAID for i in range(len(CAME))},
            **{f"O{i}": REST for i in range(len(OWED))},
            **{f"A{i}": PAID for i in range(len(NOT_THIS))}}
    rows, names = _rows(dict(zip(want, [*CAME, *OWED, *NOT_THIS], strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


def test_the_rest_s_own_day_on_5000_received(tmp_path: Path) -> None:
    """5,000 received, the 2,000 short the note's rest: its own day (余款2000于5/10到账, "balance
    2000 received 5/10") nothing open (main: 2,000, 72 days, black); a forecast, the row's own
    day, a guess, a fee's or another year's day, a figure's own day: 2,000, 72 days, black."""
    came = ["尚欠2000，5/10到账", "余款2000于5/10到账", "balance 2000 received 5/10",
            "尚欠2000，5月10日收到", "余款2000（5/10收）"]
    owed = ["尚欠2000，7/10到账", "尚欠2000，4/20到账", "尚欠2000，大概5/10到账",
            "余款2000于7/10到账", "尚欠2000，运费5/10到账", "实收5000，4/20到账",
            "尚欠2000，2026/5/10到账", "balance 2000 received 7/10"]
    want = {**{f"C{i}": PAID for i in range(len(came))},
            **{f"O{i}": REST for i in range(len(owed))}}
    rows, names = _rows(dict(zip(want, [*came, *owed], strict=True)), 5_000, "TB")
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


# another buyer's plan row dated 07-10 (no money received: a plan) and another buyer's receipt
# typed 2025-09-16 for 06-16, alone months past the sheet's other dates
PLAN_ROW = ["2025-298", "Forecast Co", date(2025, 6, 1), 1_000, "USD", "T/T", "LED灯",
            date(2025, 6, 10), 1_000, date(2025, 7, 10), "", "预计7/10到账"]
TYPO_ROW = ["2025-297", "Typo Co", date(2025, 6, 1), 1_000, "USD", "T/T", "LED灯",
            date(2025, 6, 10), 1_000, date(2025, 9, 16), "", ""]


def test_the_sheet_s_latest_date_bounds_the_day(tmp_path: Path) -> None:
    """The bound is the latest ordinary received date: a plan row dated 07-10 and a lone typo of
    09-16 do not push it (7/5到账, 8/1到账: 2,000, 72 days, black; fix66f read them come), 6/20到账
    within 06-30 is the rest's receipt (nothing open)."""
    want = {"L0": REST, "L1": REST, "L2": PAID}
    notes = ["尚欠2000，7/5到账", "尚欠2000，8/1到账", "尚欠2000，6/20到账"]
    for tail, folder in ((PLAN_ROW, "plan"), (TYPO_ROW, "typo")):
        rows, names = _rows(dict(zip(want, notes, strict=True)), 7_000, "B")
        got = _accounts(tmp_path / folder, [{"台账": [*rows, LAST, tail]}], list(names))
        assert got == {name: want[name[1:].split()[0]] for name in names}, folder


def _apart(number: str, buyer: str, note: str, received: float = 7_000) -> list[object]:
    return _typed(number, buyer, "尾款70%", received, APRIL, note)


def test_a_typed_row_on_a_receipts_tab_and_in_a_later_file(tmp_path: Path) -> None:
    """The balance row typed with its order's number and buyer on a 收款 tab, and in April's
    file after March's: the rest's own day nothing open (main: 2,000, 72 days, black); its
    opposites 2,000, 72 days, black. April's file imported twice reads the same."""
    notes = {"C0": "尚欠2000，5/10到账", "C1": "尚欠2000（5/10收）", "O0": "尚欠2000，7/10到账",
             "O1": "尚欠2000，4/20到账", "O2": "尚欠2000，运费5/10到账",
             "O3": "尚欠2000，大概5/10到账",
             "O4": "尚欠2000，2026/5/10到账", "O5": "实收5000，4/20到账", "O6": "尚欠2000"}
    orders: list[list[object]] = []
    typed: list[list[object]] = []
    for i, (key, note) in enumerate(notes.items()):
        number, buyer = f"2025-8{i:02d}", f"{key} typed buyer"
        orders += [_order(number, buyer), DEPOSIT]
        typed.append(_apart(number, buyer, note))
    want = {f"{key} typed buyer": PAID if key[0] == "C" else REST for key in notes}
    got = _accounts(tmp_path / "tab", [{"台账": [*orders, LAST], "收款": typed}], list(want))
    assert got == want
    march = write_xlsx(tmp_path / "出口台账2025-03.xlsx", {"台账": [HEAD, *orders]})
    april = write_xlsx(tmp_path / "出口台账2025-04.xlsx", {"台账": [HEAD, *typed, LAST]})
    _same_import(tmp_path, [march], [april], [april])
    for name, hand in want.items():
        c = customer(tmp_path / "fast.sqlite", name, END)
        assert (round(c.open_amount, 2), c.max_days_overdue, c.list) == hand[:3], name


def test_a_later_file_holding_the_rest_s_own_row_counts_it_once(tmp_path: Path) -> None:
    """April's typed 7,000 noted 尚欠2000，5/10到账 and May's file typing the rest's own row
    (尾款 2,000 on 05-10): 3,000 + 5,000 + 2,000 = 10,000, nothing open and no credit (the rest
    read come on its day beside May's row would be 2,000 on account)."""
    march = write_xlsx(tmp_path / "m.xlsx", {"台账": [HEAD, _order("2025-900", "Once Co"),
                                                       DEPOSIT]})
    april = write_xlsx(tmp_path / "a.xlsx", {"台账": [
        HEAD, _apart("2025-900", "Once Co", "尚欠2000，5/10到账"), LAST]})
    may = write_xlsx(tmp_path / "y.xlsx", {"台账": [
        HEAD, _typed("2025-900", "Once Co", "尾款70%", 2_000, date(2025, 5, 10), "尾款付清"),
        LAST]})
    _same_import(tmp_path, [march], [april], [may])
    c = customer(tmp_path / "fast.sqlite", "Once Co", END)
    assert (round(c.open_amount, 2), c.max_days_overdue, c.list,
            round(c.credit_on_account, 2)) == PAID


def test_as_of_before_the_rest_s_day(tmp_path: Path) -> None:
    """As of 05-01 the rest come on 05-10 is still owed: 2,000 open, as the rest alone is (fix66f:
    nothing open before the day); as of 06-30 nothing. On the order's tab (blank and typed
    rows) and typed on a 收款 tab."""
    rows, names = _rows({"E0": "尚欠2000，5/10到账", "R0": "尚欠2000"}, 7_000, "TB")
    typed_row = _apart("2025-870", "E0 typed buyer", "尚欠2000，5/10到账")
    orders = [_order("2025-870", "E0 typed buyer"), DEPOSIT]
    names["E0 typed buyer"] = "尚欠2000，5/10到账"
    _accounts(tmp_path, [{"台账": [*rows, *orders, LAST], "收款": [typed_row]}], list(names))
    db = tmp_path / "fast.sqlite"
    early = {name: customer(db, name, date(2025, 5, 1)) for name in names}
    alone = early["BR0 buyer"]
    assert round(alone.open_amount, 2) == 2_000.0 and alone.list is None
    for name, c in early.items():  # each as the rest alone: owed, not yet black
        assert (round(c.open_amount, 2), c.max_days_overdue, c.list) == (
            2_000.0, alone.max_days_overdue, None), name
    late = {name: customer(db, name, END) for name in names}
    assert {name: round(c.open_amount, 2) for name, c in late.items()} == {
        name: 2_000.0 if "R0" in name else 0.0 for name in names}


def test_a_deposit_row_is_not_reached(tmp_path: Path) -> None:
    """The day after a rest on the deposit's row (定金30% 3,000 noted 尚欠2000，5/10到账, no balance
    row): whose rest it is the note does not say — read as before, 7,000 open, 72 days, black."""
    rows = [_order("2025-880", "Deposit Co"),
            _paid("定金30%", 3_000, date(2025, 3, 2), note="尚欠2000，5/10到账")]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], ["Deposit Co"])
    assert got["Deposit Co"] == (7_000.0, 72, "black", 0.0)
