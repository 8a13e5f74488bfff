"""acct51b (rv51a finding 2): a received figure typed on the wrong sale row in one month's
file and moved to the right row in the next (core.ledger.moved_receipts).

June's file writes Casa Bella's 9,600 of 06-18 on Castello's row (Castello's order 8,800, OA 30,
shipped 05-10); July's, a copy of June's with more rows, empties Castello's cells and writes the
9,600 on Casa Bella's row. Each test writes the firm's files with openpyxl and imports them
month by month by both imports (the app's and the reference one). Before: the blank kept
Castello's 9,600, so it counted for both buyers: Castello 800 in credit where it owed 8,800,
off the black list at 08-31 (82 days), July's import silent; Castello's own 8,800 of 10-20 was
then read as the 9,600 lowered and dated 06-18 (9 days late where it was 133). The guards at
the end must not change.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core import recovery
from core.analysis.model import CustomerMetrics
from core.ledger import held_sheets as held
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report

HEAD = ["合同号", "客户名称", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
        "实收金额", "收款日期", "状态"]
CASTELLO, BELLA, OTHER = "Castello Home SRL", "Casa Bella SRL", "Other Buyer Ltd"
C1 = ["C-1", CASTELLO, "2025-04-08", "马克杯", 8800, "USD", "OA 30天", "2025-05-10"]
B1 = ["B-1", BELLA, "2025-03-25", "厨具", 9600, "USD", "OA 30天", "2025-04-20"]
Row = list[object]


def _day(value: object) -> object:
    return datetime.strptime(value, "%Y-%m-%d") if isinstance(value, str) and len(
        value) == 10 and value[4] == "-" else value


def _paid(*days: str) -> list[Row]:
    """Other Buyer's small orders, each paid on its day: the ledger lists them all so far."""
    return [[f"P-{i}", OTHER, day[:8] + "01", "杯子", 1000, "USD", "T/T in advance", day, 1000,
             day, "正常"] for i, day in enumerate(days, 1)]


def _row(sale: Row, received: float | None = None, on: str | None = None) -> Row:
    return [*sale, received, on, "正常"]


def _file(tmp_path: Path, month: int, rows: list[Row], tabs: dict[str, list[Row]] | None = None
          ) -> list[Path]:
    sheets = {"订单台账": rows, **(tabs or {})}
    return [write_xlsx(tmp_path / "files" / f"2025年{month:02d}月订单台账.xlsx", {
        name: [["宁波甬义进出口有限公司 订单台账"], HEAD, *([_day(v) for v in r] for r in found)]
        for name, found in sheets.items()})]


def _june(tmp_path: Path) -> list[Path]:
    return _file(tmp_path, 6, [_row(C1, 9600, "2025-06-18"), _row(B1), *_paid("2025-06-28")])


def _july(tmp_path: Path) -> list[Path]:
    return _file(tmp_path, 7, [_row(C1), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28", "2025-07-30")])


def _august(tmp_path: Path) -> list[Path]:
    return _file(tmp_path, 8, [_row(C1), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28", "2025-07-30", "2025-08-30")])


def _october(tmp_path: Path) -> list[Path]:
    return _file(tmp_path, 10, [_row(C1, 8800, "2025-10-20"), _row(B1, 9600, "2025-06-18"),
                                *_paid("2025-06-28", "2025-07-30", "2025-08-30", "2025-10-30")])


def _customers(tmp_path: Path, as_of: date) -> dict[str, CustomerMetrics]:
    return by_name(at(tmp_path / "fast.sqlite", as_of))


def _open(tmp_path: Path, as_of: date) -> dict[str, tuple[float, float]]:
    return {name: (c.open_amount, c.credit_on_account)
            for name, c in _customers(tmp_path, as_of).items()}


def _notes(result: FileResult, code: str) -> list[str]:
    return [w.text for w in result.warnings if w.code == code]


def test_a_receipt_moved_to_the_right_row_next_month_counts_once(tmp_path: Path):
    """Hand count at 08-31: Castello owes 8,800, due 06-09, 83 days on; black (overdue past 60
    days, orders under 20,000). Casa Bella paid. Before: Castello 0 open, 800 in credit,
    on no list; July's import said nothing."""
    results = _same_import(tmp_path, _june(tmp_path), _july(tmp_path), _august(tmp_path))
    july = results[1]
    [said] = _notes(july, "receipt_moved")
    assert ("1 received figure is written on this row with the day and sum an earlier file, "
            "re-sent whole, had on another customer's or order's row, whose received cells "
            "this file leaves blank, row 4 (2025年06月订单台账.xlsx “订单台账” row 3: Castello "
            "Home SRL C-1 → Casa Bella SRL B-1, 9,600.00 USD 2025-06-18): taken as moved"
            in said), said
    assert "2025年06月订单台账.xlsx 的“订单台账”表第 3 行" in in_chinese(
        lambda: import_report(july)), "said in Chinese too"
    owed = _open(tmp_path, date(2025, 8, 31))
    assert owed[CASTELLO] == (8_800, 0) and owed[BELLA] == (0, 0)
    castello = _customers(tmp_path, date(2025, 8, 31))[CASTELLO]
    assert castello.max_days_overdue == 82 and castello.list == "black"
    assert not _notes(results[2], "receipt_moved"), "August re-sends July: nothing moves again"


def test_a_packed_file_s_emptied_row_is_found_too(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    """The same with every tab packed (a big file): its blank rows are read from the small
    packs (LedgerFile.blank_receipts), no record unpacked for them."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    results = _same_import(tmp_path, _june(tmp_path), _july(tmp_path))
    assert len(_notes(results[1], "receipt_moved")) == 1
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (8_800, 0)


def test_the_next_receipt_on_the_emptied_row_is_dated_its_own_day(tmp_path: Path):
    """October: Castello pays its 8,800 on 10-20, due 06-09: 133 days late. Before: the
    "lower total" rule read it as the moved 9,600 corrected, received by 06-18 (9 days)."""
    _same_import(tmp_path, _june(tmp_path), _july(tmp_path), _august(tmp_path),
                 _october(tmp_path))
    castello = _customers(tmp_path, date(2025, 10, 31))[CASTELLO]
    assert (castello.open_amount, castello.avg_days_late) == (0, 133)


def test_the_earlier_file_imported_late_moves_nothing_back(tmp_path: Path):
    """July's file first, then June's (the earlier list, late): Castello owes 8,800, Casa
    Bella paid. Before: June's 9,600 on Castello's row counted beside July's on Casa Bella's."""
    results = _same_import(tmp_path, _july(tmp_path), _june(tmp_path))
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (8_800, 0)
    assert _open(tmp_path, date(2025, 7, 31))[BELLA] == (0, 0)
    [said] = _notes(results[1], "receipt_moved_in_later_file")
    assert "row 3 (2025年07月订单台账.xlsx “订单台账” row 4: Castello Home SRL C-1 → Casa " \
           "Bella SRL B-1, 9,600.00 USD 2025-06-18): the later file's place is kept" in said


def test_undo_puts_the_emptied_row_back(tmp_path: Path):
    """Undoing July's import restores the store as June left it (Castello shown paid)."""
    import_files(tmp_path / "fast.sqlite", _june(tmp_path))
    import_files(tmp_path / "fast.sqlite", _july(tmp_path))
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (8_800, 0)
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (0, 800)


# --- guards: weak evidence counts both, as before, and names the pair; the rest unchanged ---

def test_a_file_not_re_sending_the_earlier_one_whole_names_the_pair(tmp_path: Path):
    """July's file leaves out June's P-1 (not June's copy): both counted, as before, and the
    pair named for the clerk to check."""
    results = _same_import(tmp_path, _june(tmp_path), _file(
        tmp_path, 7, [_row(C1), _row(B1, 9600, "2025-06-18"), *_paid("2025-06-28")[1:]]))
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (0, 800)
    [said] = _notes(results[1], "receipt_maybe_moved")
    assert "row 4 (2025年06月订单台账.xlsx “订单台账” row 3: Castello Home SRL C-1 → Casa " \
           "Bella SRL B-1, 9,600.00 USD 2025-06-18): both are counted" in said


def test_two_emptied_rows_of_one_day_and_sum_are_named_not_moved(tmp_path: Path):
    """Two rows emptied of 9,600 of 06-18 and one row given it: which moved cannot be told;
    all counted, each pair named."""
    d1 = ["D-1", "Dolce Casa SRL", "2025-04-02", "马克杯", 9600, "USD", "OA 30天", "2025-05-02"]
    june = _file(tmp_path, 6, [_row(C1, 9600, "2025-06-18"), _row(d1, 9600, "2025-06-18"),
                               _row(B1), *_paid("2025-06-28")])
    july = _file(tmp_path, 7, [_row(C1), _row(d1), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28", "2025-07-30")])
    results = _same_import(tmp_path, june, july)
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (0, 800)
    assert not _notes(results[1], "receipt_moved")
    assert len(_notes(results[1], "receipt_maybe_moved")) == 1


def test_later_file_of_recent_months_only_changes_nothing(tmp_path: Path):
    """July's file holds only the orders still moving (Castello's row left out): nothing is
    emptied, both figures counted as before, nothing named."""
    results = _same_import(tmp_path, _june(tmp_path), _file(
        tmp_path, 7, [_row(B1, 9600, "2025-06-18"), *_paid("2025-06-28", "2025-07-30")[1:]]))
    assert _open(tmp_path, date(2025, 7, 31))[CASTELLO] == (0, 800)
    assert not [w for w in results[1].warnings if w.code.startswith("receipt_")
                and "moved" in w.code]


def test_a_file_re_sent_whole_and_a_row_moved_to_another_tab_change_nothing(tmp_path: Path):
    """Two buyers really paid 9,600 on 06-18 (Castello's order 9,600 here). July's file moves
    Castello's row, figure and all, to a tab of its own, and Casa Bella's row repeats its
    own 9,600: nothing was emptied. June's file sent again with a row more: the same."""
    c1 = [*C1[:4], 9600, *C1[5:]]
    june = _file(tmp_path, 6, [_row(c1, 9600, "2025-06-18"), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28")])
    again = _file(tmp_path / "again", 6, [_row(c1, 9600, "2025-06-18"),
                                          _row(B1, 9600, "2025-06-18"),
                                          *_paid("2025-06-28", "2025-06-29")])
    july = _file(tmp_path, 7, [_row(B1, 9600, "2025-06-18"), *_paid("2025-06-28", "2025-07-30")],
                 {"Castello": [_row(c1, 9600, "2025-06-18")]})
    results = _same_import(tmp_path, june, again, july)
    owed = _open(tmp_path, date(2025, 7, 31))
    assert owed[CASTELLO] == (0, 0) and owed[BELLA] == (0, 0)
    assert not [w for r in results for w in r.warnings if "receipt_moved" in w.code
                or "receipt_maybe" in w.code]


def test_a_month_deleting_an_order_and_moving_a_receipt_does_both(tmp_path: Path):
    """July's copy both leaves out Delta's D-1 (cancelled, deleted from the copy) and moves
    the 9,600 from Castello's row to Casa Bella's. Before: the deletion was taken, but its gap
    made June's file "not re-sent whole" for the move: both figures counted, Castello 0 open
    (paid with Casa Bella's money) and off the lists, only named."""
    d1 = ["D-1", "Delta Home", "2025-05-02", "杯子", 7000, "USD", "OA 30天", "2025-05-15"]
    paid = ("2025-06-20", "2025-06-24", "2025-06-28")  # June's lines listed again unchanged
    june = _file(tmp_path, 6, [_row(C1, 9600, "2025-06-18"), _row(B1), _row(d1), *_paid(*paid)])
    july = _file(tmp_path, 7, [_row(C1), _row(B1, 9600, "2025-06-18"),
                               *_paid(*paid, "2025-07-30")])
    results = _same_import(tmp_path, june, july)
    assert [w.code for w in results[1].warnings if w.code.startswith("receipt_")] == [
        "receipt_moved"], "the move taken, not only named"
    assert any("D-1" in w.text and "deleted" in w.text for w in results[1].warnings)
    owed = _open(tmp_path, date(2025, 7, 31))
    assert owed[CASTELLO] == (8_800, 0) and owed[BELLA] == (0, 0)
    assert "Delta Home" not in owed or owed["Delta Home"] == (0, 0)
