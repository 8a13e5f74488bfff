"""fix34c: a later tab's row is another lot of a product only where the clerk says so. A
corrected amount, quantity or ship date on next month's tab is the line corrected: read as
another lot (break34d) it doubled the sale, and a buyer who had paid in full went 10,000
overdue onto the black list. Each workbook is imported by the app's import and the reference
import, which must agree (test_fast_import._same_import, through test_break34d._workbook).

Defaults: OA 30 (due 30 days after shipment); the analysis at 06-30. A lower amount on a later
tab for the same line reads as the balance left (core.ledger.line_values: the line keeps its
first amount, the difference received), as before break34d: the hand counts below are that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break34d import SOFA, _workbook, ordered
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_payment_keys_key34 import DAY, _ledger
from test_payments_pay33 import _files

from core.analysis.model import CustomerMetrics
from core.ledger.lot_words import lot_said
from core.ledger.report import import_report


def _sofa(tmp_path: Path) -> CustomerMetrics:
    return by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))[SOFA]


def _lines(customer: CustomerMetrics) -> list[tuple[float, float, int]]:
    """Sofa Co's lines: (amount, open, days past due)."""
    return [(round(r.amount, 2), round(r.open, 2), r.days_overdue)
            for r in customer.receivables]


def test_a_quantity_corrected_on_next_month_s_tab_is_one_sale(tmp_path: Path) -> None:
    """3月: S-1 100 sofas, 10,000, shipped 03-10. 4月 (year-to-date copy): the clerk corrects
    the line to 95 sofas, 9,500 (the buyer took 95), the same ship date, 9,500 paid 04-09.
    Hand count: one line of 9,500, the clerk's quantity and amount (amend36: its fewer goods
    say why it is lower; before, its 10,000 was kept with 500 read as received, the balance
    left), paid, nothing open. Before fix34c: 19,500 of sales, 10,000 overdue, grade C."""
    report = _workbook(tmp_path, {
        "3月": [ordered("S-1", 10_000, "2025-03-10", 100)],
        "4月": [ordered("S-1", 9_500, "2025-03-10", 95, 9_500, "2025-04-09")]})
    sofa = _sofa(tmp_path)
    assert _lines(sofa) == [(9_500, 0, 0)]
    assert sofa.risk_grade == "A"
    assert "an earlier tab listed" not in report


def test_an_unshipped_order_corrected_when_it_ships_is_one_sale(tmp_path: Path) -> None:
    """3月: S-3 100 sofas, 10,000, no ship date yet. 4月: 95 sofas, 9,500, shipped 04-05 (due
    05-05). Hand count: one line, 9,500 open, 56 days past due at 06-30. Before: 19,500
    open (the unshipped 10,000 kept beside it)."""
    _workbook(tmp_path, {"3月": [ordered("S-3", 10_000, None, 100)],
                         "4月": [ordered("S-3", 9_500, "2025-04-05", 95)]})
    assert _lines(_sofa(tmp_path)) == [(10_000, 9_500, 56)]


def test_a_ship_date_corrected_with_its_amount_is_one_sale(tmp_path: Path) -> None:
    """3月: S-2 100 sofas, 10,000, ETD 03-28. 4月: shipped 04-02 at 9,800 after a discount,
    9,800 paid 04-09. Hand count: one line, paid, nothing open. Before: 19,800 of sales,
    10,000 of them owed."""
    _workbook(tmp_path, {
        "3月": [ordered("S-2", 10_000, "2025-03-28", 100)],
        "4月": [ordered("S-2", 9_800, "2025-04-02", 100, 9_800, "2025-04-09")]})
    assert _lines(_sofa(tmp_path)) == [(10_000, 0, 0)]


def test_a_lot_word_on_both_tabs_is_the_line_again(tmp_path: Path) -> None:
    """Both tabs' rows say 分批出货 (the order ships in lots): 4月 writes the same shipment
    corrected to 5,500, nothing says it is another lot than 3月's: one line, 5,500 open, of
    5,500 (55 sofas: amend36; before, 6,000 with 500 read as received, the balance left)."""
    _workbook(tmp_path, {
        "3月": [ordered("S-1", 6_000, "2025-03-10", 60, note="分批出货")],
        "4月": [ordered("S-1", 5_500, "2025-03-10", 55, note="分批出货")]})
    assert _lines(_sofa(tmp_path)) == [(5_500, 5_500, 82)]


def test_a_second_lot_shown_again_next_month_is_that_lot(tmp_path: Path) -> None:
    """3月: 6,000 shipped 03-10; 4月: 第二批 4,000 shipped 04-10 below the first shown again;
    5月: both shown again, the second lot still noted 第二批 and 1,000 paid on it on 05-20
    (the oldest line takes it). Hand count: two lines, 10,000 of sales, 9,000 open (not a
    third lot from 5月's row)."""
    first = ordered("S-1", 6_000, "2025-03-10", 60)
    _workbook(tmp_path, {
        "3月": [first],
        "4月": [first, ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")],
        "5月": [first, ordered("S-1", 4_000, "2025-04-10", 40, 1_000, "2025-05-20",
                               note="第二批")]})
    lines = _lines(_sofa(tmp_path))
    assert sorted(amount for amount, _, _ in lines) == [4_000, 6_000]
    assert sum(left for _, left, _ in lines) == 9_000


@pytest.mark.parametrize(("cell", "said"), [
    ("第二批", "lot2"), ("二批已付", "lot2"), ("第2批", "lot2"), ("分批出货", "分批"),
    ("补发配件", "补发"), ("余货", "余货"), ("尾货发出", "尾货"), ("2nd shipment", "lot2"),
    ("Second Shipment", "lot2"), ("second lot", "lot2"),  # a lot's count however written
    ("partial shipment 2", "lot2"), ("balance shipment", "balanceshipment"),
    ("批发价", ""), ("发货", ""), ("sofa", ""), (None, "")])
def test_the_words_that_say_another_lot(cell: str | None, said: str) -> None:
    """The lot words a clerk writes, and words that only look like them (批发 is wholesale)."""
    assert lot_said(cell) == said


# --- payments: a ledger re-sent with a payment's note corrected --------------------------

def test_next_months_ledger_correcting_a_payments_note_keeps_one_payment(tmp_path: Path
                                                                          ) -> None:
    """April's ledger 收款 tab: Nairobi 5,000 on 03-05 "N-1", 5,000 on 04-20 "定金 N-1"
    (mislabelled). May's year-to-date ledger lists both again, the labels fixed: "定金 N-1",
    "余款 N-1". Hand count: 10,000 received of 13,000, N-2's 3,000 open, nothing inserted.
    Before: the 04-20 row "1 inserted" beside April's: 15,000 in, 2,000 of credit."""
    owed, results = _files(
        tmp_path, _ledger(_pay(NAIROBI, "2025-03-05", 5_000, "N-1"),
                          _pay(NAIROBI, DAY, 5_000, "定金 N-1")),
        _ledger(_pay(NAIROBI, "2025-03-05", 5_000, "定金 N-1"),
                _pay(NAIROBI, DAY, 5_000, "余款 N-1"), name="台账 2025-05.xlsx"))
    assert owed[NAIROBI] == (3_000, 0)
    assert results[-1].counts.inserted == 0


def test_a_copy_sent_again_with_a_note_corrected_keeps_one_payment(tmp_path: Path) -> None:
    """April's ledger, then its copy sent again as "台账 2025-04(1).xlsx" (WeChat's download
    name), the 04-20 row's note corrected "定金 N-1" -> "余款 N-1". Hand count: the same
    10,000 received, 3,000 open. Before: 15,000 in, 2,000 of credit."""
    first = _pay(NAIROBI, "2025-03-05", 5_000, "定金 N-1")
    owed, results = _files(
        tmp_path, _ledger(first, _pay(NAIROBI, DAY, 5_000, "定金 N-1")),
        _ledger(first, _pay(NAIROBI, DAY, 5_000, "余款 N-1"), name="台账 2025-04(1).xlsx"))
    assert owed[NAIROBI] == (3_000, 0)
    assert results[-1].counts.inserted == 0


# --- a column chosen for the workbook's tabs ----------------------------------------------

def _map_book(tmp_path: Path, tabs: dict[str, list[list[object]]], field: str, header: str
              ) -> tuple[str, Path]:
    """The workbook imported by both paths with `field` mapped to `header`: its report."""
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", tabs)],
                            overrides={field: header})
    assert result.status == "imported"
    return import_report(result), tmp_path / "fast.sqlite"


def test_a_received_date_chosen_leaves_the_sales_tab_s_order_date(tmp_path: Path) -> None:
    """台账: 日期 is the order date (N-1 10,000, N-2 3,000 shipped 03-10); 收款: 日期 is the day
    the money came (10,000 on N-1 04-20). --map received_date=日期, chosen on the 收款 tab.
    Hand count: both tabs read, Nairobi 3,000 open; the 台账 tab named, the choice not
    applied there. Before: the sales tab passed over ("no column for Order date"), the file
    imported with its payments only."""
    sales = [["合同号", "客户", "日期", "金额", "币种", "付款方式", "出货日期"],
             ["N-1", NAIROBI, d("2025-03-01"), 10_000, "USD", "OA 30 days", d("2025-03-10")],
             ["N-2", NAIROBI, d("2025-03-02"), 3_000, "USD", "OA 30 days", d("2025-03-10")]]
    paid = [["客户", "日期", "收款金额", "备注"], [NAIROBI, d("2025-04-20"), 10_000, "N-1"]]
    report, db = _map_book(tmp_path, {"台账": sales, "收款": paid}, "received_date", "日期")
    assert "Passed over" not in report
    assert ("Sheet “台账”: the column chosen for Date received, “日期”, was not applied here"
            in report)
    assert "Sheet “收款”: the column chosen" not in report
    nairobi = by_name(at(db, d("2025-06-30")))[NAIROBI]
    assert round(sum(r.open for r in nairobi.receivables), 2) == 3_000


def test_a_tab_without_the_chosen_amount_is_named_with_the_column_read(tmp_path: Path
                                                                        ) -> None:
    """--map amount=含税金额: 1月 has 金额 (net) and 含税金额; 2月 only 金额. The 2月 tab is
    read by its 金额, and the report says so, in English and Chinese. Before: nothing said,
    net and gross amounts summed as one."""
    header = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期"]
    jan = [[*header[:4], "含税金额", *header[4:]],
           ["A-1", "Acme", d("2025-01-05"), 10_000, 11_300, "CNY", "OA 30 days", d("2025-01-10")]]
    feb = [header, ["A-2", "Acme", d("2025-02-05"), 10_000, "CNY", "OA 30 days",
                    d("2025-02-10")]]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx",
                                                  {"1月": jan, "2月": feb})],
                            overrides={"amount": "含税金额"})
    report = import_report(result)
    assert ("Sheet “2月”: the column chosen for Amount, “含税金额”, was not applied here "
            "(this sheet has no such column, or it holds another required field); read "
            "“金额” instead.") in report
    assert "Sheet “1月”: the column chosen" not in report
    chinese = in_chinese(lambda: import_report(result))
    assert "工作表“2月”：为金额选定的列“含税金额”未在此表使用" in chinese
    assert "改为读取“金额”" in chinese
