"""fix53k: a copied order is the same order, whatever its file is called (core.ledger.same_order).

acct53e kept an order apart where a file of "another book" (its name differing once digits,
month words and punctuation went) named an unlike buyer for a stored number. rv53d: a renamed
copy of the year's file fixing a buyer, a handover copy in the successor's book, one order in an
ERP export and a salesperson's book, and a buyer fixed in a book once its number was kept apart
all left the old buyer an order of its own (black-listed, or revenue doubled). Two salespeople's
2025-001 stay two orders: another day and another sum. Each test imports through both imports
(tests.test_fast_import._same_import) and reads the accounts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report
from core.ledger.same_order import Substance, retyped, same_order

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期"]
ALPHA, BETA, GAMMA = "Alpha Haushalt GmbH", "Beta Homeware Ltd", "Gamma Cuisine SAS"
NORDIC = "Nordic Living AB"
JUNE = date(2025, 6, 30)


def _row(no: str, customer: str, ordered: str, amount: float, shipped: str,
         paid: float | None = None, on: str | None = None) -> list:
    return [no, customer, date.fromisoformat(ordered), amount, "USD", "OA 30 days",
            date.fromisoformat(shipped), paid, date.fromisoformat(on) if on else None]


def _file(path: Path, rows: list[list]) -> Path:
    return write_xlsx(path, {"2025": [HEAD, *rows]})


def _accounts(db: Path, as_of: date = JUNE) -> dict[str, tuple[float, float, int, str | None]]:
    """Each customer's revenue, open money, days overdue and list."""
    return {name: (c.revenue_12m, c.open_amount, c.max_days_overdue, c.list)
            for name, c in by_name(at(db, as_of)).items()}


GAMMA_PAID = _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-06-28")


@pytest.mark.parametrize("renamed", ["出口台账2025 - 副本.xlsx", "出口台账-2025-最终版.xlsx"])
def test_a_renamed_copy_fixing_the_buyer_moves_the_order(tmp_path: Path, renamed: str) -> None:
    """出口台账2025.xlsx names 2025-001 (01-05, 10,000 unpaid) Alpha; its renamed copy names the
    true buyer, Nordic Living. Hand count at 06-30: Nordic owes 10,000, due 02-19, 129 days
    late at the last receipt (06-28), black; Alpha is no customer. rv53d R1 (on main): Alpha
    10,000 open, 129 days, black beside Nordic's 10,000, one order counted twice."""
    first = _file(tmp_path / "a" / "出口台账2025.xlsx", [
        _row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"), GAMMA_PAID])
    copy = _file(tmp_path / "b" / renamed, [
        _row("2025-001", NORDIC, "2025-01-05", 10_000, "2025-01-20"), GAMMA_PAID])
    _, moved = _same_import(tmp_path, [first], [copy])
    accounts = _accounts(tmp_path / "fast.sqlite")
    assert ALPHA not in accounts
    assert accounts[NORDIC] == (10_000, 10_000, 129, "black")
    said = import_report(moved)
    assert "“Alpha Haushalt GmbH” loses it" in said and "also in" not in said, said


def test_a_handover_copy_with_the_buyer_corrected_and_paid_is_one_order(tmp_path: Path) -> None:
    """陈静 typed 2025-015 (05-02, 12,000) under the agent HK Bright; Kevin copies it into his
    book under the buyer, Sunrise Home, and books its 12,000 received 08-20. At 08-31 no one
    owes anything on it and HK Bright is no customer. rv53d R3 (main): HK Bright 12,000 open,
    80 days, black, for an order paid in full."""
    cj = _file(tmp_path / "07" / "陈静-2025出口台账.xlsx", [
        _row("2025-015", "HK Bright Agency Ltd", "2025-05-02", 12_000, "2025-05-10"),
        _row("2025-016", "Lisbon Casa Lda", "2025-05-05", 6_000, "2025-05-15", 6_000,
             "2025-06-10")])
    oslo = _row("2025-101", "Oslo Interior AS", "2025-07-01", 9_000, "2025-07-10", 9_000,
                "2025-07-30")
    k7 = _file(tmp_path / "07" / "Kevin王-2025出口台账.xlsx", [oslo])
    k8 = _file(tmp_path / "08" / "Kevin王-2025出口台账.xlsx", [oslo, _row(
        "2025-015", "Sunrise Home LLC", "2025-05-02", 12_000, "2025-05-10", 12_000,
        "2025-08-20")])
    _same_import(tmp_path, [k7, cj], [k8, cj])
    accounts = _accounts(tmp_path / "fast.sqlite", date(2025, 8, 31))
    assert "HK Bright Agency Ltd" not in accounts
    assert accounts["Sunrise Home LLC"] == (12_000, 0, 0, None)


def test_one_order_in_an_erp_export_and_a_book_under_two_names_is_counted_once(
        tmp_path: Path) -> None:
    """The ERP export names SO-2025-102 (03-08, 8,000 unpaid) Gamma Cuisine SAS, the
    salesperson's book 法国伽马厨具: one order of 8,000, named by the later file; merging the
    names keeps 8,000. rv53d R2 (main): two orders, 16,000 open once merged as the note told."""
    erp = _file(tmp_path / "ERP出运明细2025.xlsx", [
        _row("SO-2025-101", ALPHA, "2025-02-05", 20_000, "2025-02-20", 20_000, "2025-06-20"),
        _row("SO-2025-102", GAMMA, "2025-03-08", 8_000, "2025-03-22")])
    own = _file(tmp_path / "张伟-2025出口台账.xlsx", [
        _row("SO-2025-101", "德国阿尔法家居", "2025-02-05", 20_000, "2025-02-20", 20_000,
             "2025-06-20"),
        _row("SO-2025-102", "法国伽马厨具", "2025-03-08", 8_000, "2025-03-22")])
    _, book = _same_import(tmp_path, [erp], [own])
    accounts = _accounts(tmp_path / "fast.sqlite")
    assert ALPHA not in accounts and GAMMA not in accounts
    assert accounts["德国阿尔法家居"][:2] == (20_000, 0)
    assert accounts["法国伽马厨具"][:2] == (8_000, 8_000)
    assert sum(a[1] for a in accounts.values()) == 8_000
    said = import_report(book)
    assert "also in" not in said and "“Gamma Cuisine SAS” loses it" in said, said
    assert "也出现在" not in in_chinese(lambda: import_report(book))


def test_a_buyer_fixed_in_a_book_moves_the_order_once_its_number_is_kept_apart(
        tmp_path: Path) -> None:
    """张伟's 2025-001 (Alpha, 01-05, 10,000) and 李娜's 2025-001 (Beta, 01-09, 5,000 paid):
    two orders (rv53a f1 stays mended). February: 张伟 renames his buyer Alpine Haus KG: the
    order moves to Alpine, Beta keeps its own. rv53d R4 (main): Alpha 10,000 open beside
    Alpine's 10,000 (20,000 revenue for one order)."""
    oslo = _row("2025-051", "Oslo Interior AS", "2025-01-12", 4_000, "2025-01-22", 4_000,
                "2025-02-20")
    zw1 = _file(tmp_path / "01" / "张伟-2025出口台账.xlsx", [
        _row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"), oslo])
    ln1 = _file(tmp_path / "01" / "李娜-2025出口台账.xlsx", [
        _row("2025-001", BETA, "2025-01-09", 5_000, "2025-01-25", 5_000, "2025-02-25")])
    zw2 = _file(tmp_path / "02" / "张伟-2025出口台账.xlsx", [
        _row("2025-001", "Alpine Haus KG", "2025-01-05", 10_000, "2025-01-20"), oslo])
    zw, ln, _ = _same_import(tmp_path, [zw1, ln1], [zw2])
    assert "2025-001 (Alpha Haushalt GmbH / Beta Homeware Ltd) is also in" in import_report(ln)
    accounts = _accounts(tmp_path / "fast.sqlite", date(2025, 2, 28))
    assert ALPHA not in accounts
    assert accounts["Alpine Haus KG"][:2] == (10_000, 10_000)
    assert accounts[BETA][:2] == (5_000, 0)


def test_a_number_typed_under_the_wrong_buyer_then_fixed_moves_the_order(
        tmp_path: Path) -> None:
    """张伟 typed 李娜's 2025-050 (01-10, 9,000) under Delta; 李娜's book names Epsilon, paid
    in February; 张伟 fixes it to Epsilon too. One order, Epsilon's, paid: Delta is no
    customer. rv53d R4a (main): Delta 9,000 open."""
    zw = [_row("2025-050", "Delta Import SRL", "2025-01-10", 9_000, "2025-01-20"),
          _row("2025-051", "Oslo Interior AS", "2025-01-12", 4_000, "2025-01-22", 4_000,
               "2025-02-20")]
    ln = _row("2025-050", "Epsilon Retail BV", "2025-01-10", 9_000, "2025-01-20")
    rounds = [[_file(tmp_path / "01" / "张伟-2025出口台账.xlsx", zw),
               _file(tmp_path / "01" / "李娜-2025出口台账.xlsx", [ln])],
              [_file(tmp_path / "02" / "张伟-2025出口台账.xlsx", [
                  ["2025-050", "Epsilon Retail BV", *zw[0][2:]], zw[1]]),
               _file(tmp_path / "02" / "李娜-2025出口台账.xlsx", [
                   [*ln[:7], 9_000, date(2025, 2, 25)]])]]
    _same_import(tmp_path, *rounds)
    accounts = _accounts(tmp_path / "fast.sqlite", date(2025, 2, 28))
    assert "Delta Import SRL" not in accounts
    assert accounts["Epsilon Retail BV"][:2] == (9_000, 0)


def test_same_order_tells_a_copy_from_another_salespersons_order() -> None:
    """The sum kept (the day corrected), or the day kept with the sum re-typed, is the order
    copied; another day and another sum, another sum of the same day (rv53a's 2025-030: 张伟's
    29,110 EUR and 李娜's 10,820 USD, both of 07-02), or other products, is not."""
    alpha = Substance("2025-01-05", 10_000, "USD", {"ceramic mug"})
    assert not same_order(Substance("2025-01-09", 5_000, "USD"), alpha)  # 李娜's 2025-001
    assert same_order(Substance("2025-01-05", 10_600, "USD"), alpha)  # amount re-typed
    assert same_order(Substance("2025-01-05", 1_000, "USD"), alpha) is False
    assert same_order(Substance("2025-01-05", 11_000, "USD"), alpha)  # a digit mistyped
    assert same_order(Substance("2025-01-07", 10_050, "USD"), alpha)  # date corrected
    assert not same_order(Substance("2025-01-07", 10_000, "EUR"), alpha)
    assert not same_order(Substance("2025-07-02", 10_820, "USD"),
                          Substance("2025-07-02", 29_110, "EUR"))
    assert not same_order(Substance("2025-01-05", 7_000, "USD", {"steel pan"}), alpha)
    assert same_order(Substance("2025-01-05", 10_000, "USD", {"陶瓷杯"}), alpha)
    assert retyped(12_000, 21_000) and retyped(12_000, 13_000) and not retyped(12_000, 3_500)


def test_two_books_orders_of_one_day_in_other_sums_stay_two_orders(tmp_path: Path) -> None:
    """rv53a's 2025-030: 张伟's Casa Hogar 29,110 EUR and 李娜's Toronto Appliances 10,820
    USD, both ordered 07-02: two orders, each its buyer's (a day alone is no copy)."""
    zw = _file(tmp_path / "张伟-2025出口台账.xlsx", [
        ["2025-030", "Casa Hogar SL", date(2025, 7, 2), 29_110, "EUR", "L/C at sight",
         date(2025, 7, 31), None, None]])
    ln = _file(tmp_path / "李娜-2025出口台账.xlsx", [
        ["2025-030", "Toronto Appliances Inc", date(2025, 7, 2), 10_820, "USD", "OA 30天",
         date(2025, 7, 20), None, None]])
    _same_import(tmp_path, [zw], [ln])
    analysis = by_name(at(tmp_path / "fast.sqlite", date(2025, 7, 31)))
    assert analysis["Casa Hogar SL"].orders_12m == 1
    assert analysis["Toronto Appliances Inc"].orders_12m == 1
