"""acct53e: one order number in two salespeople's ledgers for two unlike buyers is two orders
(core.ledger.other_ledgers).

rv53a: 张伟 and 李娜 each keep a yearly workbook and both number their orders 2025-001…; the
boss imports both each month end. Keyed by the number alone, every shared order moved to the
buyer of the file imported last: Alpha Haushalt (张伟's 2025-001, 10,000 USD unpaid on OA 30,
black) vanished from every list and Beta Homeware (李娜's, paid) carried Alpha's money. Each
test imports through both imports (tests.test_fast_import._same_import) and reads the accounts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core import recovery
from core.ledger.importer import import_files
from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期"]
ZW, LN = "张伟-2025出口台账.xlsx", "李娜-2025出口台账.xlsx"
ALPHA, BETA, GAMMA = "Alpha Haushalt GmbH", "Beta Homeware Ltd", "Gamma Cuisine SAS"
MAY = date(2025, 5, 31)


def _row(no: str, customer: str, ordered: str, amount: float, shipped: str,
         paid: float | None = None, on: str | None = None) -> list:
    return [no, customer, date.fromisoformat(ordered), amount, "USD", "OA 30 days",
            date.fromisoformat(shipped), paid, date.fromisoformat(on) if on else None]


def _zw(paid: float | None = None) -> list[list]:
    """张伟's book: Alpha's 2025-001 unpaid (due 02-19), Gamma's 2025-002 paid."""
    return [_row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"),
            _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-15"),
            *([_row("2025-003", ALPHA, "2025-04-02", 2_000, "2025-04-10", paid, "2025-05-20")]
              if paid is not None else [])]


def _ln(paid: float | None = None) -> list[list]:
    """李娜's book: Beta's 2025-001 (5,000, paid in May where `paid`)."""
    return [_row("2025-001", BETA, "2025-01-09", 5_000, "2025-01-25", paid,
                 "2025-05-30" if paid else None)]


def _file(folder: Path, name: str, rows: list[list]) -> Path:
    return write_xlsx(folder / name, {"2025": [HEAD, *rows]})


def _account(tmp_path: Path, name: str) -> tuple[float, int, str | None, float]:
    c = by_name(at(tmp_path / "fast.sqlite", MAY))[name]
    return c.open_amount, c.max_days_overdue, c.list, c.revenue_12m


def test_two_salespeoples_files_in_one_import_keep_two_orders_of_one_number(
        tmp_path: Path) -> None:
    """Both books in one import. Hand count at 05-31: Alpha owes 10,000, due 02-19, 100 days
    late at the books' last receipt (05-30), black (over 60 days, under 20,000); Beta sold
    5,000, paid 05-30. Before: Alpha was on no list and not in the app; the second file's note
    said to undo and renumber."""
    files = [_file(tmp_path / "01", ZW, _zw()), _file(tmp_path / "01", LN, _ln(5_000))]
    zw, ln = _same_import(tmp_path, files)
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 10_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 5_000)
    said = import_report(ln)
    assert "loses it" not in said and "Amount changed" not in said
    assert (f"{LN}: order number 2025-001 ({ALPHA} / {BETA}) is also in {ZW} for a different "
            "buyer. Two ledgers may number their orders alike, so each buyer keeps an order of "
            "its own: two orders, neither moved to the other buyer." in said), said
    assert "also in" not in import_report(zw)
    zh = in_chinese(lambda: import_report(_same_import(tmp_path / "zh", files)[-1]))
    assert (f"{LN}：1 个订单号 2025-001（{ALPHA} / {BETA}）也出现在 {ZW} 中，"
            "属于另一客户。") in zh, zh


def test_month_by_month_both_books_again_with_receipts_move_nothing(tmp_path: Path) -> None:
    """January: both books; May: both again, Beta's 5,000 received 05-30, Alpha's new 2025-003
    paid. Each book's 2025-001 stays its buyer's, whichever book comes first, and nothing is
    said moved or changed; a book imported again unchanged is already imported."""
    jan = [_file(tmp_path / "01", ZW, _zw()), _file(tmp_path / "01", LN, _ln())]
    may = [_file(tmp_path / "05", LN, _ln(5_000)), _file(tmp_path / "05", ZW, _zw(2_000))]
    results = _same_import(tmp_path, jan, may, [may[1]])
    assert [r.status for r in results] == ["imported"] * 4 + ["already_imported"]
    for result in results[2:4]:
        said = import_report(result)
        assert "loses it" not in said and "also in" not in said, said
    assert "Amount changed: order 2025-001" not in import_report(results[2])
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 12_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 5_000)


def test_one_book_imported_a_month_late_alone_keeps_two_orders(tmp_path: Path) -> None:
    """张伟's January book, then in May 李娜's January book alone (forgotten in January): two
    orders; undoing the late import takes Beta's away and leaves Alpha's as it was (then
    nothing is received after 02-15, so its 02-19 due date has not passed)."""
    zw, ln = _file(tmp_path / "01", ZW, _zw()), _file(tmp_path / "05", LN, _ln(5_000))
    _same_import(tmp_path, [zw], [ln])
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 10_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 5_000)
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _account(tmp_path, ALPHA) == (10_000, 0, None, 10_000)
    assert BETA not in by_name(at(tmp_path / "fast.sqlite", MAY))


def test_a_later_version_of_the_same_book_giving_another_buyer_still_moves_the_order(
        tmp_path: Path) -> None:
    """台账 2025-01.xlsx names 1001 Alpha, its month copy 台账 2025-02.xlsx names Beta: a
    correction of the one ledger, the order moves to Beta and the move is said, as before;
    so does 张伟's book imported again under its name with the buyer corrected."""
    jan = _file(tmp_path, "台账 2025-01.xlsx", [_row("1001", ALPHA, "2025-01-05", 10_000,
                                                     "2025-01-20")])
    feb = _file(tmp_path, "台账 2025-02.xlsx", [_row("1001", BETA, "2025-01-05", 10_000,
                                                     "2025-01-20")])
    _, moved = _same_import(tmp_path, [jan], [feb])
    assert "“Alpha Haushalt GmbH” loses it" in import_report(moved)
    analysis = by_name(at(tmp_path / "fast.sqlite", MAY))
    assert ALPHA not in analysis and analysis[BETA].open_amount == 10_000
    first = _file(tmp_path / "a", ZW, _zw())
    again = _file(tmp_path / "b", ZW, [_row("2025-001", BETA, "2025-01-05", 10_000,
                                            "2025-01-20"), *_zw()[1:]])
    _, corrected = _same_import(tmp_path / "same", [first], [again])
    assert "“Alpha Haushalt GmbH” loses it" in import_report(corrected)


def test_money_another_book_receives_on_the_number_still_pays_the_stored_order(
        tmp_path: Path) -> None:
    """A 收款登记 naming 张伟's 2025-001 paid by Omega Holding (a parent, unlike Alpha): money
    received, no sale, so it pays Alpha's order as before (0 open, named 代付), no order of
    Omega's is made and nothing is said kept apart. (The reference import names no 代付 by
    number, acct52h: the app's import alone.)"""
    zw = _file(tmp_path, ZW, _zw())
    register = write_xlsx(tmp_path / "2025年3月收款登记.xlsx", {"3月": [
        [*HEAD, "类型"], ["2025-001", "Omega Holding AG", date(2025, 3, 1), None, "USD", None,
                        None, 10_000, date(2025, 3, 1), "收款"]]})
    _, paid = import_files(tmp_path / "fast.sqlite", [zw, register])
    said = import_report(paid)
    assert "paid by Omega Holding AG for 2025-001 of Alpha Haushalt GmbH" in said, said
    assert "also in" not in said
    analysis = by_name(at(tmp_path / "fast.sqlite", MAY))
    assert analysis[ALPHA].open_amount == 0 and "Omega Holding AG" not in analysis


def test_money_on_a_number_no_book_sold_yet_is_the_selling_books_buyers(
        tmp_path: Path) -> None:
    """A 收款登记 receives 3,000 from Omega Holding on 2025-009 before any book sells it; 张伟's
    book then sells 2025-009 to Alpha for 10,000: the money is Alpha's (7,000 open), as before
    (the stored order held money alone, no sale of another book's buyer)."""
    register = write_xlsx(tmp_path / "2025年1月收款登记.xlsx", {"1月": [
        [*HEAD, "类型"], ["2025-009", "Omega Holding AG", date(2025, 1, 3), None, "USD", None,
                        None, 3_000, date(2025, 1, 3), "收款"]]})
    zw = _file(tmp_path, ZW, [_row("2025-009", ALPHA, "2025-01-05", 10_000, "2025-01-20")])
    _, sold = import_files(tmp_path / "fast.sqlite", [register, zw])
    assert "also in" not in import_report(sold)
    analysis = by_name(at(tmp_path / "fast.sqlite", MAY))
    assert analysis[ALPHA].open_amount == 7_000 and "Omega Holding AG" not in analysis
