"""What the import report tells a clerk, in English and Chinese (words30):

1. A payments sheet (收款: 客户, 收款日期, 收款金额; core.ledger.layout.receipts_sheet) names its
   columns as money received: its columns line read "Amount ← 收款金额, Order date ← 收款日期"
   and a bad row "amount “一万二” is not a number", the order's words for a payment.
2. A date typed without its year (3月5日) where neither the tab's name nor the file's gives one
   says it has no year and how to give one; it read "is not a date", and the clerk looked
   for a typing error that was not there.
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
    "en": "order date “3月5日” has no year: type the date with its year (2025年3月5日), or name "
          "the tab or the file with its year and month, like “2025年3月”",
    "zh_CN": "下单日期“3月5日”没有年份：请把年份写进日期（2025年3月5日），或把标签名或文件名写成"
             "带年份和月份的，如“2025年3月”",
}


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_date_without_its_year_says_so_and_how_to_give_it(tmp_path, language):
    """The example year is the sheet's own (its dated row's 2025); "3/7" keeps its form."""
    [result] = _same_import(tmp_path, [_no_year_ledger(tmp_path, dated=True)])
    report = import_report(result)
    assert NO_YEAR[language] in report
    assert ("(3/7/2025)" if language == "en" else "（3/7/2025）") in report
    assert "is not a date" not in report and "不是日期" not in report


def test_with_no_dated_row_the_example_names_no_year_and_the_advice_works(tmp_path):
    """No row gives a year: the example gives none either (a year guessed would mislead).
    Named as the report says, the tab's rows are read in its year."""
    [result] = _same_import(tmp_path / "a", [_no_year_ledger(tmp_path, dated=False)])
    report = import_report(result)
    assert ("order date “3月5日” has no year: type the date with its year, or name the tab or "
            "the file with its year and month, like “yyyy年3月” with the ledger's year") in report
    assert "20" not in report.split("has no year", 1)[1].split("\n", 1)[0]
    [renamed] = _same_import(tmp_path / "b", [_no_year_ledger(tmp_path, False, tab="2026年3月")])
    assert renamed.skipped == [] and renamed.counts.inserted == 2
