"""What the import report tells a clerk, in English and Chinese (words30):

1. A payments sheet (收款: 客户, 收款日期, 收款金额; core.ledger.layout.receipts_sheet) names its
   columns as money received: its columns line read "Amount ← 收款金额, Order date ← 收款日期"
   and a bad row "amount “一万二” is not a number", the order's words for a payment.
2. A date typed without its year (3月5日) where neither the tab's name nor the file's gives one
   says it has no year and how to give one; it read "is not a date", and the clerk looked
   for a typing error that was not there.
3. A two-digit year before 年 in a tab's or file's name (25年3月) is that year: the row of
   "3月5日" on it was skipped; "25日", "第25周" still name no year.
"""

from __future__ import annotations

from datetime import date

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_fast_import import _same_import
from test_import_dialog import _dialog

from core import i18n
from core.ledger.report import import_report
from core.store import connect
from ui.importing.dialog import MAPPING
from ui.importing.summary import skipped_kinds

ORDERS = [["合同号", "客户", "下单日期", "金额", "币种"],
          ["A-1", "Kyiv Home", date(2025, 3, 1), 12_000, "USD"]]
PAYMENTS = [["客户", "收款日期", "收款金额"],
            ["Kyiv Home", date(2025, 3, 20), "一万二"],
            ["Kyiv Home", "2025-13-45", 5_000],
            ["Kyiv Home", date(2025, 3, 21), 1_000]]
WORDS = {  # the columns line, the two rows' reasons, the order's words that must be gone
    "en": ("Columns: Customer ← 客户, Amount received ← 收款金额, Date received ← 收款日期",
           "amount received “一万二” is not a number", "date received “2025-13-45” is not a date",
           ("Amount ← 收款金额", "Order date ← 收款日期", "amount “一万二”", "order date “2025")),
    "zh_CN": ("列：客户 ← 客户、已收金额 ← 收款金额、收款日期 ← 收款日期",
              "已收金额“一万二”不是数字", "收款日期“2025-13-45”不是日期",
              ("、金额 ← 收款金额", "下单日期 ← 收款日期", "下单日期“2025")),
}


@pytest.fixture
def language(request):
    yield i18n.set_language(request.param)
    i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_payments_sheet_names_its_columns_and_bad_rows_as_money_received(tmp_path, language):
    """Both imports agree; the order sheet beside it keeps the order's words."""
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"订单": ORDERS, "收款": PAYMENTS})
    [result] = _same_import(tmp_path, [ledger])
    report = import_report(result)
    columns, amount, day, gone = WORDS[language]
    assert columns in report
    assert f"{amount}\n" in report and f"{day}\n" in report
    assert not [word for word in gone if word in report]
    assert ("Amount ← 金额" if language == "en" else "金额 ← 金额") in report  # the order sheet
    said = "\n".join(skipped_kinds(result))  # the dialog's summary page
    assert amount in said and day in said


def test_a_payments_sheet_with_its_invoices_order_date_keeps_that_column_s_words(tmp_path):
    """客户, 订单日期, 收款日期, 收款金额: the order date is the invoice's, the date received its
    own column; only the figure is read as the row's amount, and named as received."""
    ledger = write_xlsx(tmp_path / "收款.xlsx", {"收款": [
        ["客户", "订单日期", "收款日期", "收款金额"],
        ["Kyiv Home", date(2025, 3, 1), date(2025, 3, 20), "一万二"],
        ["Kyiv Home", "2025-13-45", date(2025, 3, 21), 5_000]]})
    report = import_report(_same_import(tmp_path, [ledger])[0])
    assert ("Columns: Customer ← 客户, Order date ← 订单日期, Date received ← 收款日期, "
            "Amount received ← 收款金额") in report
    assert "amount received “一万二” is not a number" in report
    # a payment whose order date cannot be read is dated by its date received (payrow32)
    assert ("Sheet “收款”, column “订单日期”: “2025-13-45” is not a date, so that payment was "
            "dated by its date received (row 3).") in report


def test_the_preview_names_a_payments_sheet_s_columns_as_money_received(qtbot, db_path,
                                                                         tmp_path):
    """The mapping page's table heads each column with the field it feeds: "收款金额 → Amount"
    before, of a payment."""
    dialog = _dialog(qtbot, db_path, [write_xlsx(tmp_path / "收款.xlsx", {"收款": PAYMENTS})])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    model = dialog.editor.model
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert heads == ["客户\n→ Customer", "收款日期\n→ Date received", "收款金额\n→ Amount received"]


def _no_year_ledger(tmp_path, dated: bool, tab: str = "3月", name: str = "ledger.xlsx"):
    rows = [["合同号", "客户", "下单日期", "金额", "币种"],
            ["U-1", "Unnamed Year", "3月5日", 4_000, "USD"],
            ["U-2", "Unnamed Year", "3/7", 2_000, "USD"]]
    if dated:
        rows.append(["P-1", "Payer", date(2025, 3, 1), 1_000, "USD"])
    return write_xlsx(tmp_path / name, {tab: rows})


NO_YEAR = {
    "en": "order date “3月5日” has no year (type the date with its year, 2025年3月5日, or name "
          "the tab or the file with its year and month, like “2025年3月”)",
    "zh_CN": "下单日期“3月5日”没有年份（请把年份写进日期，如2025年3月5日；或把标签名或文件名写成"
             "带年份和月份的，如“2025年3月”）",
}


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_date_without_its_year_says_so_and_how_to_give_it(tmp_path, language):
    """The example year is the sheet's own (its dated row's 2025); "3/7" keeps its form."""
    [result] = _same_import(tmp_path, [_no_year_ledger(tmp_path, dated=True)])
    report = import_report(result)
    assert NO_YEAR[language] in report
    assert ("its year, 3/7/2025, or" if language == "en" else "如3/7/2025；") in report
    assert "is not a date" not in report and "不是日期" not in report


def test_with_no_dated_row_the_example_names_no_year_and_the_advice_works(tmp_path):
    """No row gives a year: the example gives none either (a year guessed would mislead).
    Named as the report says, the tab's rows are read in its year."""
    [result] = _same_import(tmp_path / "a", [_no_year_ledger(tmp_path, dated=False)])
    report = import_report(result)
    assert ("order date “3月5日” has no year (type the date with its year, or name the tab or "
            "the file with its year and month, like “yyyy年3月” with the ledger's year)") in report
    assert "20" not in report.split("has no year", 1)[1].split("\n", 1)[0]
    [renamed] = _same_import(tmp_path / "b", [_no_year_ledger(tmp_path, False, tab="2026年3月")])
    assert renamed.skipped == [] and renamed.counts.inserted == 2


@pytest.mark.parametrize(("tab", "name"), [("25年3月", "ledger.xlsx"),
                                           ("Sheet1", "25年3月台账.xlsx"),
                                           ("3月", "25年台账.xlsx")])
def test_a_two_digit_year_before_nian_in_a_name_is_that_year(tmp_path, tab, name):
    """Before: no year, both rows skipped as no date; now 2025-03-05 and 2025-03-07, by both
    imports alike."""
    [result] = _same_import(tmp_path, [_no_year_ledger(tmp_path, False, tab=tab, name=name)])
    assert result.skipped == [] and result.counts.inserted == 2
    assert "3月5日" not in import_report(result)


@pytest.mark.parametrize(("tab", "name"), [("12月25日", "ledger.xlsx"),
                                           ("Sheet1", "第25周.xlsx"),
                                           ("25.03", "ledger.xlsx")])
def test_other_two_digit_numbers_in_a_name_are_no_year(tmp_path, tab, name):
    """A day, a week, "25.03" (25 March as often as March 2025) give no year: the rows stay
    skipped, saying they have none (before: "is not a date")."""
    [result] = _same_import(tmp_path, [_no_year_ledger(tmp_path, False, tab=tab, name=name)])
    assert [s.row for s in result.skipped] == [2, 3]
    assert [s.message.code for s in result.skipped] == ["no_year_order_date"] * 2


def test_a_row_dated_before_a_two_digit_year_tab_s_month_is_carried_forward(tmp_path):
    """Tab 25年3月 holds February's order F-1 copied forward with what is still owed, 4,000 of
    9,000: a balance brought forward, 5,000 received, the order still 9,000. Before, the tab
    named no month: "Amount changed: order F-1: 9,000.00 → 4,000.00", nothing received."""
    header = ["合同号", "客户", "下单日期", "金额", "币种"]
    feb = write_xlsx(tmp_path / "2月.xlsx", {"25年2月": [
        header, ["F-1", "Carried", date(2025, 2, 10), 9_000, "USD"]]})
    mar = write_xlsx(tmp_path / "3月.xlsx", {"25年3月": [
        header, ["F-1", "Carried", date(2025, 2, 10), 4_000, "USD"],
        ["M-1", "Other", date(2025, 3, 3), 1_000, "USD"]]})
    _, march = _same_import(tmp_path, [feb], [mar])
    assert "Amount changed" not in import_report(march)
    with connect(tmp_path / "fast.sqlite") as conn:
        lines = conn.execute("SELECT amount, received_amount FROM order_lines WHERE line_key "
                             "LIKE 'o:f-1%'").fetchall()
    assert [tuple(line) for line in lines] == [(9_000, 5_000)]


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_ship_date_without_its_year_on_a_taken_row_says_it_has_no_year(tmp_path, language):
    """The order is dated, its ship date "3月10日" is not: read as empty (the order unshipped),
    the note said "is not a date … Correct the ledger", and the clerk found no typo."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"3月": [
        ["合同号", "客户", "下单日期", "金额", "币种", "出货日期"],
        ["S-1", "Shipped", date(2025, 3, 1), 4_000, "USD", "3月10日"]]})
    report = import_report(_same_import(tmp_path, [ledger])[0])
    assert {"en": "Sheet “3月”, column “出货日期”: “3月10日” has no year, so it was read as empty "
                  "(row 2). Type the date with its year, or name the tab or the file with its "
                  "year and month (yyyy年m月), and import it again.",
            "zh_CN": "工作表“3月”的“出货日期”列：“3月10日”没有年份，已按空白读取"
                     "（共 1 格；第 2 行）。请把年份写进日期，或把标签名或文件名写成带年份"
                     "和月份的（××××年×月），然后重新导入。"
            }[language] in report
