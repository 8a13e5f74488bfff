"""acct52b: an order deleted from an earlier tab of the year's workbook, imported again under its
name (core.ledger.deleted_orders).

rv52a: a Foshan exporter keeps one workbook for the year, a tab a month (1月 …), saved at each
month end and imported again under the same name. Oakwood's 18,000 USD on OA 60, deleted from
the 2月 tab in May's version, stayed owed and black June to December, nothing said; the same two
versions under two names were weighed (acct51a). Each test imports the versions month by month
through both imports (tests.test_fast_import._same_import) and reads the account.
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

HEAD = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式", "出货日期", "收款金额",
        "收款日期", "备注"]
BOOK = "2025年订单台账.xlsx"
OAK = "Oakwood Interiors Ltd"
JUNE = date(2025, 6, 30)  # O-1 due 04-01 (01-31 + 60): 88 days overdue at the receipts' 06-28


def _row(no: str, customer: str, ordered: str, amount: float, shipped: str,
         paid: float | None = None, on: str | None = None, terms: str = "OA 60 days") -> list:
    return [no, customer, date.fromisoformat(ordered), "实木餐桌", amount, "USD", terms,
            date.fromisoformat(shipped), paid, date.fromisoformat(on) if on else None, None]


O1 = _row("O-1", OAK, "2025-01-15", 18_000, "2025-01-31")
JAN = [_row("A-1", "Alpha Ltd", "2025-01-10", 5_000, "2025-01-25", 5_000, "2025-02-01"), O1,
       _row("B-1", "Beta GmbH", "2025-01-20", 8_000, "2025-01-28", 8_000, "2025-03-25")]
FEB = [_row("A-2", "Alpha Ltd", "2025-02-05", 6_000, "2025-02-10", 6_000, "2025-03-30"),
       _row("O-2", OAK, "2025-02-12", 7_500, "2025-02-20", 7_500, "2025-03-20"),
       _row("C-1", "Gamma Srl", "2025-02-14", 3_000, "2025-02-20", 3_000, "2025-03-28")]
MAR = [_row("B-2", "Beta GmbH", "2025-03-05", 4_000, "2025-03-10", 4_000, "2025-03-31"),
       _row("D-1", "Delta BV", "2025-03-20", 2_000, "2025-03-25", 2_000, "2025-03-30")]
JUN = [_row("E-1", "Echo Oy", "2025-06-08", 1_000, "2025-06-10", 1_000, "2025-06-28")]
MARCH = {"1月": JAN, "2月": FEB, "3月": MAR}


def _versions(tmp_path: Path, *versions: dict[str, list[list]]) -> list[str]:
    """Each month end's version of the one workbook, under the one name, imported in turn by
    both imports: their reports."""
    files = [[write_xlsx(tmp_path / f"v{i}" / BOOK, {tab: [HEAD, *rows]
                                                    for tab, rows in tabs.items()})]
             for i, tabs in enumerate(versions, 1)]
    results = _same_import(tmp_path, *files)
    assert [r.status for r in results] == ["imported"] * len(versions)
    return [import_report(r) for r in results]


def _oak(tmp_path: Path) -> tuple[float, float, int, str | None, float]:
    c = by_name(at(tmp_path / "fast.sqlite", JUNE))[OAK]
    return c.open_amount, c.overdue_amount, c.max_days_overdue, c.list, c.revenue_12m


JUNE_WITHOUT_O1 = {"1月": [r for r in JAN if r is not O1], "2月": FEB, "3月": MAR, "6月": JUN}


def test_an_order_deleted_from_an_earlier_tab_of_the_same_workbook_is_cancelled(
        tmp_path: Path) -> None:
    """June's version deletes O-1 from the 1月 tab and re-sends every other row. Hand count at
    06-30: Oakwood sold O-2 only (7,500, paid): 0 open, on no list. Before: O-1 stayed owed,
    18,000 overdue 88 days, black, and June's import said nothing of it."""
    _, june = _versions(tmp_path, MARCH, JUNE_WITHOUT_O1)
    assert _oak(tmp_path) == (0, 0, 0, None, 7_500)
    assert ("Order O-1 of Oakwood Interiors Ltd (18,000.00 USD, sheet “1月” row 3 of "
            "2025年订单台账.xlsx as imported before) is not in this version of "
            "2025年订单台账.xlsx, which lists every other line of its earlier import again: it "
            "is taken as deleted (cancelled)." in june), june
    assert "stored from another file" not in june and "sent again" not in june
    zh = in_chinese(lambda: _versions(tmp_path / "zh", MARCH, JUNE_WITHOUT_O1)[-1])
    assert ("Oakwood Interiors Ltd 的订单 O-1（18,000.00 USD，上次导入的 2025年订单台账.xlsx "
            "工作表“1月”第 3 行）不在本次导入的 2025年订单台账.xlsx 中" in zh), zh


def test_the_deleted_row_written_back_stands_again_and_undo_gives_the_database_back(
        tmp_path: Path) -> None:
    """July's version has O-1's row again: owed again (18,000, 88 days at 06-30), said. Undo of
    July's import gives back June's database (O-1 cancelled); of June's, March's (owed)."""
    july = {**JUNE_WITHOUT_O1, "1月": JAN}
    *_, said = _versions(tmp_path, MARCH, JUNE_WITHOUT_O1, july)
    assert _oak(tmp_path)[:4] == (18_000, 18_000, 88, "black")
    assert ("Order O-1 of Oakwood Interiors Ltd (18,000.00 USD), taken as deleted (cancelled) "
            "when 2025年订单台账.xlsx left it out, is listed again in this file" in said), said
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _oak(tmp_path)[:4] == (0, 0, 0, None)
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _oak(tmp_path)[:3] == (18_000, 0, 0)  # owed, not yet due at March's receipts


def test_an_order_renumbered_in_the_same_workbook_counts_once(tmp_path: Path) -> None:
    """June's version types O-1 as O-10 (the same customer, date and sum): O-1 goes, O-10 owes
    18,000 (88 days at 06-30), named. Before: both owed, 36,000 open and overdue."""
    renumbered = {**JUNE_WITHOUT_O1, "1月": [JAN[0], ["O-10", *O1[1:]], JAN[2]]}
    _, june = _versions(tmp_path, MARCH, renumbered)
    assert _oak(tmp_path)[:4] == (18_000, 18_000, 88, "black")
    assert ("Order O-1 of Oakwood Interiors Ltd (18,000.00 USD, sheet “1月” row 3 of "
            "2025年订单台账.xlsx as imported before) is not in this version of "
            "2025年订单台账.xlsx, which holds order O-10 of the same customer, date and sum: "
            "read as the order renumbered" in june), june
    zh = in_chinese(lambda: _versions(tmp_path / "zh", MARCH, renumbered)[-1])
    assert "按订单改号处理，不算删除，只按 O-10 计一次" in zh, zh


# --- what is no deletion: stored and counted as before --------------------------------------

def test_a_version_with_rows_edited_and_none_deleted_cancels_nothing(tmp_path: Path) -> None:
    """June's version changes B-2's sum and fills a receipt in, deletes nothing: O-1 owed."""
    march = {**MARCH, "2月": [*FEB[:2], FEB[2][:8] + [None, None, None]]}
    mar = [[*MAR[0][:4], 4_500, *MAR[0][5:]], MAR[1]]
    _, june = _versions(tmp_path, march, {**MARCH, "3月": mar, "6月": JUN})
    assert _oak(tmp_path)[:4] == (18_000, 18_000, 88, "black")
    assert "taken as deleted" not in june, june
    assert by_name(at(tmp_path / "fast.sqlite", JUNE))["Gamma Srl"].open_amount == 0


def test_a_version_listing_only_the_recent_tabs_cancels_nothing(tmp_path: Path) -> None:
    """June's version keeps only 3月 and 4月 (the earlier tabs moved to an archive): O-1 and
    every January/February order stay as stored."""
    _, june = _versions(tmp_path, MARCH, {"3月": MAR, "6月": JUN})
    assert _oak(tmp_path) == (18_000, 18_000, 88, "black", 25_500)
    assert "taken as deleted" not in june, june


def test_an_unchanged_version_imported_again_is_already_imported(tmp_path: Path) -> None:
    _versions(tmp_path, MARCH, JUNE_WITHOUT_O1)
    again = _same_import(tmp_path, [tmp_path / "v2" / BOOK])
    assert [r.status for r in again] == ["already_imported"]
    assert _oak(tmp_path) == (0, 0, 0, None, 7_500)


# --- the knock-on: a receipt moved to its right row the same month ---------------------------

def test_a_receipt_moved_back_with_a_deletion_the_same_month_counts_once(tmp_path: Path) -> None:
    """June's version has May's 24,000 for FS-5 typed on FS-6's row; July's moves it to FS-5's
    row and deletes Oakwood's FS-9 from 1月. The deletion read, June's import is re-sent whole:
    the 24,000 counts once, on FS-5. Hand count at 07-31: Sunrise owes FS-6's 28,000 (due
    08-12). Before: 4,000 (the 24,000 counted on both rows) and FS-9's 5,000 owed."""
    sunrise = "Sunrise Home Decor LLC"
    fs9 = _row("FS-9", OAK, "2025-01-10", 5_000, "2025-01-20")
    jan = [_row("FS-8", OAK, "2025-01-09", 5_000, "2025-01-20", 5_000, "2025-03-20"), fs9]
    fs5 = _row("FS-5", sunrise, "2025-04-10", 24_000, "2025-05-02", terms="OA 45 days")
    fs6 = _row("FS-6", sunrise, "2025-06-05", 28_000, "2025-06-28", 24_000, "2025-06-20",
               terms="OA 45 days")
    june = {"1月": jan, "4月": [fs5], "5月": [], "6月": [fs6]}
    july = {"1月": jan[:1], "4月": [fs5[:8] + [24_000, date(2025, 6, 20), None]], "5月": [],
            "6月": [fs6[:8] + [None, None, None]], "7月": [
                _row("P-1", "Other Buyer Ltd", "2025-07-01", 1_000, "2025-07-01", 1_000,
                     "2025-07-28", terms="T/T in advance")]}
    _, said = _versions(tmp_path, june, july)
    accounts = by_name(at(tmp_path / "fast.sqlite", date(2025, 7, 31)))
    assert (accounts[sunrise].open_amount, accounts[sunrise].credit_on_account) == (28_000, 0)
    assert accounts[OAK].open_amount == 0
    assert "Order FS-9 of Oakwood Interiors Ltd (5,000.00 USD, sheet “1月” row 3" in said, said
    assert "taken as moved" in said, said
