"""fix68n: rv68g's review of fix68f — one stray receipt must not move R to a date looked back to.

The ledger (hand counts): Ash 5,000 paid 05-15; Oak 10,000 OA 30天 shipped 03-26 (due 04-25),
unpaid; Birch 10,000 shipped 04-20 (due 05-20), unpaid; Paid Co 10,000 paid 06-10; Late Co's
order of 06-30 (the ledger's last date), unpaid; Typo Co's 10,000 (order 2025-604 of 05-01)
received 05-12 but typed 07-12. The real receipts end 06-10.
- As of 06-30 the 07-12 receipt is the only money after it, beyond every other date of the
  ledger: it does not show the ledger booked past 06-30, so R = 06-10 (as before fix68f): Oak
  46 days (06-10 − 04-25), watch; Birch 21 (06-10 − 05-20), no list. fix68f gave R 06-30: Oak
  66 black, Birch 41 watch. A note names the receipt (07-12, order 2025-604, Typo Co).
- As of 05-31 June's 06-10 and the 07-12 are two days after it: R = 05-31, Oak 36 watch,
  Birch 11 (fix68f's, kept).
- Neighbours that keep R = A: the date right (05-12): as of 05-31 the lone 06-10 lies among the
  ledger's dates (Late Co's order of 06-30): R 05-31, Oak 36 watch; a second stray-looking
  receipt on another order (07-20): as of 06-30 two receipts after it, R 06-30, Oak 66 black,
  Birch 41 watch; the 07-12 row in a file named for July (出口台账2025-07.xlsx): July's money,
  R 06-30 likewise. fix68f's own cases: tests/test_fix68f_rest_day.py.
- A rest's row of an order without a number is named by its customer: "(customer Fir Co)".
Each ledger is a real .xlsx imported by both imports (compared); the analyses fast and
reference are compared (tests/test_fast_analysis._compare).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from openpyxl import load_workbook
from test_acct55a_three_payments import LAST, _paid
from test_cli import cli
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT
from test_fix67k_rest_line import _account
from test_fix68f_rest_day import CAME, _said

from core.analysis import snapshots
from core.analysis.run import analyse
from core.store import connect

D = date
MAY_END, JUNE_END = D(2025, 5, 31), D(2025, 6, 30)
TYPO = D(2025, 7, 12)


def _row(no: str, buyer: str, ordered: date, amount: float, terms: str, shipped: date | None,
         got: float | None = None, on: date | None = None) -> list[object]:
    return [no, buyer, ordered, amount, "USD", terms, "LED灯", shipped, got, on, "", ""]


def _ledger(typo: date | None, extra: list[list[object]] = ()) -> list[list[object]]:
    return [HEAD,
            _row("2025-600", "Ash Co", D(2025, 2, 1), 5_000, "T/T", D(2025, 2, 10), 5_000,
                 D(2025, 5, 15)),
            _row("2025-601", "Oak Co", D(2025, 3, 1), 10_000, "OA 30天", D(2025, 3, 26)),
            _row("2025-602", "Birch Co", D(2025, 3, 20), 10_000, "OA 30天", D(2025, 4, 20)),
            _row("2025-603", "Paid Co", D(2025, 4, 1), 10_000, "OA 30天", D(2025, 4, 10),
                 10_000, D(2025, 6, 10)),
            _row("2025-605", "Late Co", JUNE_END, 1_000, "T/T", JUNE_END),
            *([_row("2025-604", "Typo Co", D(2025, 5, 1), 10_000, "T/T", D(2025, 5, 10),
                    10_000, typo)] if typo else []), *extra]


def _db(folder: Path, books: dict[str, list[list[object]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _same_import(folder, [write_xlsx(folder / name, {"台账": rows})
                          for name, rows in books.items()])
    return folder / "fast.sqlite"


def _seen(db: Path, on: date) -> tuple[date, dict[str, tuple[float, int, str | None]]]:
    with connect(db) as conn:
        receipts = analyse(conn, on).receipts_date
    return receipts, {name: _account(db, name, on)[:3] for name in ("Oak Co", "Birch Co")}


OAK_BIRCH_R_0610 = (D(2025, 6, 10), {"Oak Co": (10_000.0, 46, "watch"),
                                     "Birch Co": (10_000.0, 21, None)})
OAK_BIRCH_R_0630 = (JUNE_END, {"Oak Co": (10_000.0, 66, "black"),
                               "Birch Co": (10_000.0, 41, "watch")})
OAK_BIRCH_R_0531 = (MAY_END, {"Oak Co": (10_000.0, 36, "watch"), "Birch Co": (10_000.0, 11, None)})


@pytest.mark.parametrize("typo", [TYPO, D(2025, 9, 12), D(2025, 12, 5)])
@pytest.mark.parametrize("name", ["出口台账2025.xlsx", "出口台账2025-06.xlsx"])
def test_one_stray_receipt_leaves_r_at_the_last_receipt(tmp_path: Path, typo: date,
                                                        name: str) -> None:
    """As of 06-30: R 06-10, Oak 46 watch, Birch 21 (fix68f: 66 black, 41 watch); the note
    names the receipt in both languages. As of 05-31 (two days after it): R 05-31."""
    db = _db(tmp_path, {name: _ledger(typo)})
    assert _seen(db, JUNE_END) == OAK_BIRCH_R_0610
    assert _seen(db, MAY_END) == OAK_BIRCH_R_0531
    with connect(db) as conn:
        [note] = [n for n in analyse(conn, JUNE_END).notes if n.code == "lone_receipt_after"]
        assert not [n for n in analyse(conn, MAY_END).notes if n.code == "lone_receipt_after"]
    english, chinese = _said(note)
    assert f"{typo.isoformat()}, order 2025-604 (Typo Co)" in english
    assert "counted to the last receipt before it, 2025-06-10" in english
    assert f"{typo.isoformat()}，订单 2025-604（Typo Co）" in chinese and "2025-06-10" in chinese


def test_the_printed_list_and_the_command_line(tmp_path: Path) -> None:
    """`export stop-loss --as-of 2025-06-30`: "Receipts booked to" 2025-06-10 (fix68f:
    2025-06-30, Oak black); `customers` prints the note."""
    db = _db(tmp_path, {"出口台账2025.xlsx": _ledger(TYPO)})
    out = tmp_path / "stop.xlsx"
    code, _, err = cli("--lang", "en", "export", "stop-loss", "--db", str(db), "--as-of",
                       "2025-06-30", "-o", str(out))
    assert code == 0, err
    cells = [str(c) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    label = cells.index("Receipts booked to")
    assert cells[label + 1].startswith("2025-06-10"), cells[:20]
    code, printed, _ = cli("--lang", "en", "customers", "--db", str(db), "--as-of", "2025-06-30")
    assert code == 0 and "Only one receipt is dated after 2025-06-30: 2025-07-12" in printed


def test_neighbours_keep_r_at_the_as_of_date(tmp_path: Path) -> None:
    """The date right: as of 05-31 the lone 06-10 lies among the ledger's dates (Late Co's
    order of 06-30): R 05-31, Oak 36 watch; 06-30: R 06-10. Two receipts after 06-30 on two
    orders (07-12, and Elm's 07-20): R 06-30, Oak 66 black, Birch 41 watch. The 07-12 row in
    July's file: R 06-30 likewise (that file holds July's money)."""
    right = _db(tmp_path / "right", {"出口台账2025.xlsx": _ledger(D(2025, 5, 12))})
    assert _seen(right, MAY_END) == OAK_BIRCH_R_0531
    assert _seen(right, JUNE_END) == OAK_BIRCH_R_0610
    elm = _row("2025-607", "Elm Co", D(2025, 5, 2), 2_000, "T/T", D(2025, 5, 5), 2_000,
               D(2025, 7, 20))
    two = _db(tmp_path / "two", {"出口台账2025.xlsx": _ledger(TYPO, [elm])})
    assert _seen(two, JUNE_END) == OAK_BIRCH_R_0630
    july_row = _row("2025-604", "Typo Co", D(2025, 5, 1), 10_000, "T/T", D(2025, 5, 10),
                    10_000, TYPO)
    july = _db(tmp_path / "july", {"出口台账2025-06.xlsx": _ledger(None),
                                   "出口台账2025-07.xlsx": [HEAD, july_row]})
    assert _seen(july, JUNE_END) == OAK_BIRCH_R_0630


def test_the_fast_and_reference_analyses_agree(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """customers / report --json at the default, 04-30, 05-31 and 06-30, both languages."""
    db = _db(tmp_path / "book", {"出口台账2025.xlsx": _ledger(TYPO)})
    _compare(db, tmp_path, monkeypatch, [None, D(2025, 4, 30), MAY_END, JUNE_END],
             ("en", "zh_CN"))


def test_month_end_snapshots_follow_the_rule(tmp_path: Path) -> None:
    """Kept month ends equal a fresh analysis; 06-30 kept with the stray alone (Oak 46) goes
    stale when a new order's money after it is imported (Elm's order and 2,000 of 07-20, a file
    of its own: nothing up to 06-30 changes), and is read again as booked past it (Oak 66
    black); 04-30 and 05-31, booked past already, stay."""
    db = _db(tmp_path, {"出口台账2025.xlsx": _ledger(TYPO)})
    ends = [D(2025, 4, 30), MAY_END, JUNE_END]
    for each in (db, tmp_path / "slow.sqlite"):  # the imports' tables compared: both kept
        with connect(each) as conn:
            snapshots.ensure(conn, ends)
            kept = snapshots.read(conn, ends)
            for end in ends:
                assert kept[end] == snapshots.of_analysis(analyse(conn, end)), end
    elm = _row("2025-607", "Elm Co", D(2025, 7, 20), 2_000, "T/T", None, 2_000, D(2025, 7, 20))
    later = write_xlsx(tmp_path / "elm.xlsx", {"台账": [HEAD, elm]})
    _same_import(tmp_path, [later])
    with connect(db) as conn:
        assert snapshots.stale(conn, ends) == [JUNE_END]
        snapshots.ensure(conn, ends)
        assert snapshots.read(conn, [JUNE_END])[JUNE_END] == snapshots.of_analysis(
            analyse(conn, JUNE_END))
    assert _seen(db, JUNE_END) == OAK_BIRCH_R_0630


def test_a_rest_s_row_without_an_order_number_names_its_customer(tmp_path: Path) -> None:
    """尚欠2000，5/10到账 on a row of Fir Co's order without a number: "(customer Fir Co)" /
    "（客户 Fir Co）", not "(order Fir Co)"; the account as before: 2,000, 12 days as of 05-01."""
    nameless = write_xlsx(tmp_path / "a.xlsx", {"台账": [HEAD, [
        None, "Fir Co", D(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯", D(2025, 3, 20), None,
        None, "", ""], DEPOSIT, _paid("尾款70%", 5_000, APRIL, note=CAME), LAST]})
    [result] = _same_import(tmp_path, [nameless])
    [said] = [_said(w) for w in result.warnings if w.code == "rest_came"]
    assert "(customer Fir Co)" in said[0] and "（客户 Fir Co）" in said[1], said
    assert "order Fir Co" not in said[0] and "订单 Fir Co" not in said[1]
    assert _account(tmp_path / "fast.sqlite", "Fir Co", D(2025, 5, 1))[:3] == (2_000.0, 12, None)
