"""acct51a: an order deleted from next month's copy of the ledger (core.ledger.deleted_orders).

rv51a finding 1: Nordic Living AB's July order (N-2, 15,000 USD on OA 60, shipped 07-25) is in
July's file; the buyer cancelled and the clerk deleted its row from August's copy, which repeats
every other July row. The stored order stayed owed (a missing row erases nothing): Nordic black
in November with 15,000 overdue, no import naming it, and every later import named July's
payments "sent again" (July's file no longer re-sent whole). Each test imports the files month
by month through both imports (tests.test_fast_import._same_import) and reads the account.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core import recovery
from core.ledger.report import import_report

HEAD = ["合同号", "客户名称", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
        "实收金额", "收款日期", "状态"]
NORDIC = "Nordic Living AB"
AUG = date(2025, 8, 31)  # the last file's month end: N-2 62 days overdue


def _row(no: str, customer: str, ordered: str, amount: float, shipped: str,
         paid: float | None = None, on: str | None = None, terms: str = "OA 60 days") -> list:
    return [no, customer, date.fromisoformat(ordered), "收纳盒", amount, "USD", terms,
            date.fromisoformat(shipped), paid, date.fromisoformat(on) if on else None, "正常"]


N2 = _row("N-2", NORDIC, "2025-05-20", 15_000, "2025-05-31", terms="OA 30 days")  # due 06-30
F1 = _row("F-1", "Foxtrot SA", "2025-02-01", 9_000, "2025-02-05", terms="OA 30 days")
JULY = [_row("A-1", "Alpha Ltd", "2025-01-10", 5_000, "2025-01-25", 5_000, "2025-02-01"),
        _row("A-2", "Alpha Ltd", "2025-03-05", 6_000, "2025-03-10", 6_000, "2025-03-30"),
        _row("B-1", "Beta GmbH", "2025-02-10", 8_000, "2025-02-20", 8_000, "2025-03-25"),
        _row("B-2", "Beta GmbH", "2025-05-12", 4_000, "2025-05-20"),
        _row("C-1", "Gamma Srl", "2025-04-01", 3_000, "2025-04-05", 3_000, "2025-04-30"),
        _row("C-2", "Gamma Srl", "2025-06-15", 7_000, "2025-06-30"),
        _row("N-1", NORDIC, "2025-03-01", 7_500, "2025-03-10", 7_500, "2025-05-12"), N2,
        _row("D-1", "Delta BV", "2025-07-02", 2_000, "2025-07-05", 2_000, "2025-07-20")]
B2_PAID = _row("B-2", "Beta GmbH", "2025-05-12", 4_000, "2025-05-20", 4_000, "2025-08-10")
S1 = _row("S-1", "Sierra AS", "2025-09-03", 1_500, "2025-09-10", 1_500, "2025-09-25")
E1 = _row("E-1", "Echo Oy", "2025-08-05", 1_000, "2025-08-10", 1_000, "2025-08-20")


def _august(july: list[list]) -> list[list]:
    """July's rows re-sent, B-2 paid on 08-10, August's order added."""
    return [B2_PAID if r[0] == "B-2" else r for r in july] + [E1]


def _months(tmp_path: Path, *months: dict[str, list[list]], start: int = 7) -> list[str]:
    """Each month's file (its tabs' rows), imported in turn by both imports: their reports."""
    folder = tmp_path / "files"
    folder.mkdir(parents=True)
    files = [[write_xlsx(folder / f"2025年{start + i:02d}月订单台账.xlsx",
                         {tab: [HEAD, *rows] for tab, rows in tabs.items()})]
             for i, tabs in enumerate(months)]
    results = _same_import(tmp_path, *files)
    assert [r.status for r in results] == ["imported"] * len(months)
    return [import_report(r) for r in results]


def _nordic(tmp_path: Path, as_of: date = AUG) -> tuple[float, float, str | None, float]:
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[NORDIC]
    return c.open_amount, c.overdue_amount, c.list, c.revenue_12m


def test_an_order_deleted_from_next_months_copy_is_cancelled_and_named(tmp_path: Path) -> None:
    """August re-sends July's eight other rows (B-2 now paid) without N-2. Hand count at 08-31:
    Nordic sold N-1 (7,500, paid) only: 0 open, on no list, revenue 7,500. Before: N-2 stayed
    owed, 15,000 overdue 62 days, on the watch list; August's report named nothing of it."""
    _, august = _months(tmp_path, {"2025年07月": JULY},
                           {"2025年08月": [r for r in _august(JULY) if r is not N2]})
    assert _nordic(tmp_path) == (0, 0, None, 7_500)
    assert ("Order N-2 of Nordic Living AB (15,000.00 USD, sheet “2025年07月” row 9 of "
            "2025年07月订单台账.xlsx) is not in this file, which lists every other line of that "
            "file again: it is taken as deleted (cancelled)." in august), august
    assert "stored from another file" not in august  # no "sent again" noise for July's rows
    zh = in_chinese(lambda: import_report(_same_import(
        tmp_path / "zh", [_write(tmp_path, "2025年07月订单台账.xlsx", JULY)],
        [_write(tmp_path, "2025年08月订单台账.xlsx", [r for r in _august(JULY) if r is not N2])]
    )[-1]))
    assert ("Nordic Living AB 的订单 N-2（15,000.00 USD，2025年07月订单台账.xlsx 工作表“订单台账”"
            "第 9 行）不在本文件中" in zh), zh
    # September's copy, still without N-2: nothing said again, nothing counted again
    without = [r for r in _august(JULY) if r is not N2]
    *_, september = _months(tmp_path / "again", {"t": JULY}, {"t": without}, {"t": [*without, S1]})
    assert "taken as deleted" not in september and "stored from another file" not in september


def _write(tmp_path: Path, name: str, rows: list[list]) -> Path:
    (tmp_path / "zh_files").mkdir(exist_ok=True)
    return write_xlsx(tmp_path / "zh_files" / name, {"订单台账": [HEAD, *rows]})


def test_money_received_on_the_deleted_order_stays_the_buyers(tmp_path: Path) -> None:
    """N-2's row had 3,000 received (07-15) when August deleted it: the order is cancelled and
    the 3,000 stays Nordic's money, on account, as a cancelled order's deposit does. Before:
    12,000 open and overdue."""
    paid = _row("N-2", NORDIC, "2025-05-20", 15_000, "2025-05-31", 3_000, "2025-07-15",
                terms="OA 30 days")
    july = [paid if r is N2 else r for r in JULY]
    _, august = _months(tmp_path, {"t": july}, {"t": [r for r in _august(july) if r is not paid]})
    c = by_name(at(tmp_path / "fast.sqlite", AUG))[NORDIC]
    assert (c.open_amount, c.overdue_amount, c.credit_on_account) == (0, 0, 3_000)
    assert "The 3,000.00 USD received on it stays the customer's money" in august, august


def test_a_deleted_order_written_back_stands_again(tmp_path: Path) -> None:
    """August deletes N-2 (cancelled); September's file has its row again: it is owed again
    (15,000 open and overdue at 08-31), and the report says so."""
    without = [r for r in _august(JULY) if r is not N2]
    *_, september = _months(tmp_path, {"t": JULY}, {"t": without}, {"t": [*without, N2, S1]})
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)
    assert ("Order N-2 of Nordic Living AB (15,000.00 USD), taken as deleted (cancelled) when "
            "2025年08月订单台账.xlsx left it out, is listed again in this file: it stands again"
            in september), september


def test_undo_import_brings_the_deleted_order_back(tmp_path: Path) -> None:
    _months(tmp_path, {"t": JULY}, {"t": [r for r in _august(JULY) if r is not N2]})
    assert _nordic(tmp_path)[0] == 0
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)


# --- what is no deletion: stored and counted as before --------------------------------------

def test_a_file_re_sent_whole_changes_nothing(tmp_path: Path) -> None:
    _, august = _months(tmp_path, {"t": JULY}, {"t": _august(JULY)})
    assert _nordic(tmp_path)[:3] == (15_000, 15_000, "watch")
    assert "taken as deleted" not in august


def test_a_row_moved_to_another_tab_is_still_owed(tmp_path: Path) -> None:
    _, august = _months(tmp_path, {"t": JULY}, {
        "t": [r for r in _august(JULY) if r is not N2], "补录": [N2]})
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)
    assert "taken as deleted" not in august


def test_a_file_listing_only_the_recent_months_deletes_nothing(tmp_path: Path) -> None:
    """July lists F-1 (Feb, 9,000 unpaid); August's file starts in March (A-1, F-1 and B-1 of
    January and February left out, A-1 and B-1 paid): F-1 is still owed."""
    july = [*JULY, F1]
    _, august = _months(tmp_path, {"t": july}, {"t": [
        r for r in _august(july) if r[0] not in ("A-1", "B-1", "F-1")]})
    assert by_name(at(tmp_path / "fast.sqlite", AUG))["Foxtrot SA"].open_amount == 9_000
    assert "taken as deleted" not in august


def test_an_unpaid_order_older_than_every_row_listed_is_no_deletion(tmp_path: Path) -> None:
    """August leaves out only F-1, ordered before every row it lists: a list of the months
    since, not a deletion (F-1 still owed)."""
    july = [r for r in [*JULY, F1] if r[0] not in ("A-1",)]
    _, august = _months(tmp_path, {"t": july}, {"t": [r for r in _august(july) if r is not F1]})
    assert by_name(at(tmp_path / "fast.sqlite", AUG))["Foxtrot SA"].open_amount == 9_000
    assert "taken as deleted" not in august


def test_a_tab_left_out_whole_deletes_nothing(tmp_path: Path) -> None:
    """July's file has a 6月 tab (C-2, 7,000 unpaid) and a 7月 tab; August's leaves 6月 out."""
    june = [r for r in JULY if r[0] == "C-2"]
    rest = [r for r in JULY if r[0] != "C-2"]
    _, august = _months(tmp_path, {"6月": june, "7月": rest}, {"7月": _august(rest)})
    assert by_name(at(tmp_path / "fast.sqlite", AUG))["Gamma Srl"].open_amount == 7_000
    assert "taken as deleted" not in august


def test_a_settled_order_dropped_is_no_deletion(tmp_path: Path) -> None:
    """August leaves out D-1, paid in full: a list of open orders drops it; its sale counts."""
    _, august = _months(tmp_path, {"t": JULY}, {"t": [r for r in _august(JULY) if r[0] != "D-1"]})
    assert by_name(at(tmp_path / "fast.sqlite", AUG))["Delta BV"].revenue_12m == 2_000
    assert "taken as deleted" not in august
