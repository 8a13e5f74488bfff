"""fix68f: what rv67g/fix67k left of a rest's day of arrival — days late as of a date between two
receipts, 5/10未到账, the order's tab's message, a typed row's note day in its file's day order.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received on 04-20 (5,000 typed, or 7,000) with the note; the sheet's last row another
buyer's 1,000 received 06-30. Hand counts:
- days late run to the as-of date where the ledger holds money after it (every receipt up to it
  is known): an invoice due 04-19 is 12 days late as of 05-01 (05-01 − 04-19), 26 as of 05-15,
  72 as of 06-30 (black); not due as of 04-10. The main tree counted to the last receipt before
  the as-of date: 1 as of 05-01 (04-20 − 04-19), 21 as of 05-15 (05-10 − 04-19). A ledger with
  no money after the as-of date still counts to its last receipt (receipts not booked yet), and
  a receipts date set still bounds the count (as of 05-01, set 04-25: 6 days).
- 尚欠2000，5/10到账 on 5,000: 2,000 owed as of 05-01 (12 days, no list), nothing from 05-10;
  尚欠2000，5/10未到账 / 还未到账 / 没到账 / 未收到: 2,000 owed, 72 days, black as of 06-30.
- a later file of day-first dates (20/04/2025): 尚欠2000，5/6到账 is 5 June: as of 05-20 2,000
  owed, 31 days (05-20 − 04-19), watch; 06-30 nothing. 10/5到账 is 10 May: nothing owed
  (main: month first, October, past the file: 2,000, 72 days, black).
Each ledger is a real .xlsx imported into a real SQLite file by both imports (compared).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_cli import cli
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID, _accounts, _typed
from test_fix66f_another_rest import REST, _rows
from test_fix67k_rest_line import _account

from core import settings_store
from core.analysis import snapshots
from core.analysis.run import analyse
from core.i18n import set_language
from core.messages import Message
from core.store import connect

CAME, NOT_COME = "尚欠2000，5/10到账", "尚欠2000，5/10未到账"
NOT_COME_TOO = [NOT_COME, "尚欠2000，5/10还未到账", "尚欠2000，5/10没到账", "尚欠2000，5/10未收到"]


def _book(tmp_path: Path, last: list[object] | None = LAST) -> Path:
    """Alder (the rest come 05-10), Cedar (no receipt), Elm (the rest not come)."""
    rows = [_order("2025-701", "Alder Co"), DEPOSIT, _paid("尾款70%", 5_000, APRIL, note=CAME),
            _order("2025-703", "Cedar Co"),
            _order("2025-705", "Elm Co"), DEPOSIT, _paid("尾款70%", 5_000, APRIL, note=NOT_COME)]
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows, *([last] if last else [])]})
    _same_import(tmp_path, [path])
    return tmp_path / "fast.sqlite"


def test_days_late_run_to_the_as_of_date_between_receipts(tmp_path: Path) -> None:
    """As of 05-01 (between 04-20 and 05-10): 12 days, not 1; 05-15: 26, not 21; 04-10 not due;
    06-30 72, black. R shown is the as-of date."""
    db = _book(tmp_path)
    hand = {date(2025, 4, 10): {"Alder Co": (7_000.0, 0, None), "Cedar Co": (10_000.0, 0, None),
                                "Elm Co": (7_000.0, 0, None)},
            date(2025, 5, 1): {"Alder Co": (2_000.0, 12, None), "Cedar Co": (10_000.0, 12, None),
                               "Elm Co": (2_000.0, 12, None)},
            date(2025, 5, 15): {"Alder Co": (0.0, 0, None), "Cedar Co": (10_000.0, 26, None),
                                "Elm Co": (2_000.0, 26, None)},
            END: {"Alder Co": (0.0, 0, None), "Cedar Co": (10_000.0, 72, "black"),
                  "Elm Co": (2_000.0, 72, "black")}}
    for on, want in hand.items():
        assert {name: _account(db, name, on)[:3] for name in want} == want, on
    with connect(db) as conn:
        assert analyse(conn, date(2025, 5, 1)).receipts_date == date(2025, 5, 1)


def test_the_command_line_counts_so(tmp_path: Path) -> None:
    """`customers --as-of 2025-05-01 --json`: Cedar and Alder 12 days late (main: 1)."""
    db = _book(tmp_path)
    code, out, _ = cli("customers", "--db", str(db), "--json", "--as-of", "2025-05-01")
    assert code == 0
    rows = {c["customer"]: c for c in json.loads(out)["customers"]}
    assert (rows["Cedar Co"]["max_days_overdue"], rows["Alder Co"]["max_days_overdue"]) == (12, 12)


def test_receipts_not_booked_past_the_as_of_date_still_bound_it(tmp_path: Path) -> None:
    """No money after the as-of date (the 06-30 wire left out, an order of 06-30 unpaid instead,
    so the sheet's receipts end 04-20 and 5/10到账 is a forecast): as of 06-30 overdue days run
    to the last receipt, 04-20 (Cedar 1 day, as before: receipts not booked yet). A receipts
    date set (04-25) bounds a date looked back to: as of 05-01 Cedar 6 days."""
    unpaid = ["2025-298", "Late Co", END, 1_000, "USD", "T/T", "LED灯", END, None, None, "", ""]
    db = _book(tmp_path, unpaid)
    assert _account(db, "Cedar Co", END)[:3] == (10_000.0, 1, None)
    with connect(db) as conn:
        settings_store.put(conn, "receipts_date", "2025-04-25")
    assert _account(db, "Cedar Co", date(2025, 5, 1))[:3] == (10_000.0, 6, None)


def test_a_month_end_goes_stale_when_money_is_booked_after_it(tmp_path: Path) -> None:
    """April's file (last receipt 04-20): its 04-30 snapshot counts Cedar to 04-20 (1 day). May's
    file books 05-10: April's month end is stale, and read again counts to 04-30 (11 days), as
    `customers --as-of 2025-04-30` does."""
    april_end = date(2025, 4, 30)
    rows = [_order("2025-701", "Alder Co"), DEPOSIT, _paid("尾款70%", 5_000, APRIL),
            _order("2025-703", "Cedar Co")]
    april = write_xlsx(tmp_path / "出口台账2025-04.xlsx", {"台账": [HEAD, *rows]})
    may = write_xlsx(tmp_path / "出口台账2025-05.xlsx", {"台账": [HEAD, *rows, _paid(
        "尾款70%", 2_000, date(2025, 5, 10))]})
    _same_import(tmp_path, [april])
    db = tmp_path / "fast.sqlite"
    for each in (db, tmp_path / "slow.sqlite"):  # the imports' tables compared: both kept
        with connect(each) as conn:
            snapshots.ensure(conn, [april_end])
            assert snapshots.stale(conn, [april_end]) == []
    assert _account(db, "Cedar Co", april_end)[:2] == (10_000.0, 1)
    _same_import(tmp_path, [may])
    with connect(db) as conn:
        assert snapshots.stale(conn, [april_end]) == [april_end]
        snapshots.ensure(conn, [april_end])
        assert snapshots.read(conn, [april_end])[april_end] == snapshots.of_analysis(
            analyse(conn, april_end))
    assert _account(db, "Cedar Co", april_end)[:2] == (10_000.0, 11)


def test_a_rest_not_come_stays_owed_everywhere(tmp_path: Path) -> None:
    """尚欠2000，5/10未到账 and its kin on 5,000 and 7,000 received, the three row shapes of the
    order's tab, a 收款 tab and a later file: 2,000, 72 days, black; 5/10到账 beside: nothing."""
    notes = {**{f"U{i}": note for i, note in enumerate(NOT_COME_TOO)}, "C0": CAME}
    for got in (5_000, 7_000):
        rows, names = _rows(notes, got, "TNB")
        found = _accounts(tmp_path / f"tab{got}", [{"台账": [*rows, LAST]}], list(names))
        assert found == {name: PAID if "C0" in name else REST for name in names}, got
    orders: list[list[object]] = []
    typed: list[list[object]] = []
    for i, (key, note) in enumerate(notes.items()):
        number, buyer = f"2025-8{i:02d}", f"{key} typed buyer"
        orders += [_order(number, buyer), DEPOSIT]
        typed.append(_typed(number, buyer, "尾款70%", 5_000, APRIL, note))
    want = {f"{key} typed buyer": PAID if key == "C0" else REST for key in notes}
    assert _accounts(tmp_path / "apart", [{"台账": [*orders, LAST], "收款": typed}],
                     list(want)) == want
    assert _accounts(tmp_path / "later", [{"台账": orders}, {"台账": [*typed, LAST]}],
                     list(want)) == want


def _said(message: Message) -> tuple[str, str]:
    set_language("zh_CN")
    try:
        chinese = message.text
    finally:
        set_language("en")
    return message.text, chinese


def test_the_order_s_tab_says_the_rest_s_day(tmp_path: Path) -> None:
    """On the order's tab a row whose note's day was read as its rest's receipt is said, in both
    languages, by both imports (as a typed row away is: typed_apart_rest_came); a rest owed, not
    come or forecast past the sheet (尚欠2000 / 5/10未到账 / 7/10到账) is not."""
    rows = [_order("2025-701", "Alder Co"), DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=CAME)]
    for i, note in enumerate(["尚欠2000", NOT_COME, "尚欠2000，7/10到账"]):
        rows += [_order(f"2025-71{i}", f"Owed{i} Co"), DEPOSIT,
                 _paid("尾款70%", 5_000, APRIL, note=note)]
    path = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, *rows, LAST]})
    [result] = _same_import(tmp_path, [path])
    said = [w for w in result.warnings if w.code == "rest_came"]
    assert [_said(w) for w in said] == [(
        "sheet “台账” row 4 (order 2025-701): its note says the rest, 2,000.00 USD, came on "
        "2025-05-10: 5,000.00 USD counted on the row's day and 2,000.00 USD on 2025-05-10",
        "工作表“台账”第 4 行（订单 2025-701）：备注说余下的 2,000.00 USD 于 2025-05-10 到账："
        "5,000.00 USD 按该行日期计入，2,000.00 USD 按 2025-05-10 计入")]
    assert _account(tmp_path / "fast.sqlite", "Alder Co") == PAID
    assert all(_account(tmp_path / "fast.sqlite", f"Owed{i} Co") == REST for i in range(3))


def _dm(day: date) -> str:
    return day.strftime("%d/%m/%Y")


DM_CASES = {"June Co": "尚欠2000，5/6到账", "May Co": "尚欠2000，10/5到账",
            "Month Co": "尚欠2000，5月6日到账"}


def _dm_books() -> tuple[list[list[object]], list[list[object]], list[object]]:
    orders: list[list[object]] = []
    typed: list[list[object]] = []
    for i, (buyer, note) in enumerate(DM_CASES.items()):
        number = f"2025-7{i:02d}"
        orders += [[number, buyer, _dm(date(2025, 3, 1)), 10_000, "USD", "OA 30天", "LED灯",
                    _dm(date(2025, 3, 20)), None, None, "", ""],
                   _paid("定金30%", 3_000, _dm(date(2025, 3, 2)))]  # type: ignore[arg-type]
        typed.append([number, buyer, None, None, None, None, "尾款70%", None, 5_000, _dm(APRIL),
                      "", note])
    other = ["2025-299", "Other Co", _dm(date(2025, 6, 13)), 1_000, "USD", "T/T", "LED灯",
             _dm(date(2025, 6, 13)), 1_000, _dm(END), "", ""]
    return orders, typed, other


def _dm_hand(db: Path) -> None:
    may = date(2025, 5, 20)
    assert _account(db, "June Co", may)[:3] == (2_000.0, 31, "watch")
    assert _account(db, "May Co", may) == PAID
    assert _account(db, "Month Co", may) == PAID
    for name in DM_CASES:
        assert _account(db, name) == PAID, name


def test_a_later_day_first_file_reads_the_note_s_day_so(tmp_path: Path) -> None:
    """March's file of the orders, April's of the typed rows, both day first: 5/6到账 is 5 June
    (as of 05-20 2,000 owed; main: 6 May, nothing), 10/5到账 10 May (nothing; main: 2,000, 72
    days, black), 5月6日到账 6 May. So on a 收款 tab of a day-first file too."""
    orders, typed, other = _dm_books()
    march = write_xlsx(tmp_path / "later" / "出口台账2025-03.xlsx", {"台账": [HEAD, *orders]})
    april = write_xlsx(tmp_path / "later" / "出口台账2025-04.xlsx", {"台账": [HEAD, *typed,
                                                                            other]})
    _same_import(tmp_path / "later", [march], [april])
    _dm_hand(tmp_path / "later" / "fast.sqlite")
    book = write_xlsx(tmp_path / "tab" / "a.xlsx", {"台账": [HEAD, *orders, other],
                                                    "收款": [HEAD, *typed]})
    _same_import(tmp_path / "tab", [book])
    _dm_hand(tmp_path / "tab" / "fast.sqlite")


def test_a_kept_typed_line_keeps_its_file_s_day_order(tmp_path: Path) -> None:
    """May's file (real date cells) corrects June Co's order to 12,000: April's typed line is
    weighed again from what was kept, still 5 June: as of 05-20 12,000 − 3,000 − 5,000 = 4,000
    owed (read month first, 6 May: 2,000); 06-30 2,000, 72 days, black."""
    orders, typed, other = _dm_books()
    march = write_xlsx(tmp_path / "出口台账2025-03.xlsx", {"台账": [HEAD, *orders]})
    april = write_xlsx(tmp_path / "出口台账2025-04.xlsx", {"台账": [HEAD, *typed, other]})
    may = write_xlsx(tmp_path / "出口台账2025-05.xlsx", {"台账": [HEAD, [
        "2025-700", "June Co", date(2025, 3, 1), 12_000, "USD", "OA 30天", "LED灯",
        date(2025, 3, 20), None, None, "", ""], ["2025-298", "Later Co", END, 1_000, "USD",
                                                 "T/T", "LED灯", END, 1_000, END, "", ""]]})
    _same_import(tmp_path, [march], [april], [may])
    db = tmp_path / "fast.sqlite"
    assert _account(db, "June Co", date(2025, 5, 20))[0] == 4_000.0
    assert _account(db, "June Co") == REST
    assert customer(db, "June Co", END).open_amount == 2_000.0
