"""The import's words in each language's own layout: the details tree counts "1 totals row",
the result page names a customer's subtotal by its own words (“Acme 小计”) with its row, and
lists of sheets — passed over, agreeing, refused — use Chinese brackets and 、 in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_clerks_month import HEADER, MARCH

from core import i18n
from core.ledger.importer import import_files
from core.ledger.report import import_report
from ui.importing.result import ResultPage
from ui.importing.summary import file_lines
from ui.operations import ImportOutcome

NOTES = [["说明"], ["本表为订单台账的填写说明"]]


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def _march(tmp_path: Path, *extra: str) -> Path:
    sheets: dict[str, list[list[object]]] = {"3月": [HEADER, *MARCH]}
    sheets.update({name: NOTES for name in extra})
    return write_xlsx(tmp_path / "2025订单台账.xlsx", sheets)


def _page_text(result) -> str:
    return "\n".join(text for text, _ in file_lines(result)[0])


def test_a_customers_subtotal_is_named_by_its_words_and_row(tmp_path):
    [result] = import_files(tmp_path / "firm.sqlite", [_march(tmp_path)])
    i18n.set_language("en")
    text = _page_text(result)
    assert "1 totals row (合计, 小计, Total) left out: “3月” row 4 (“Acme 小计”). It adds " \
        "up the orders, it is not an order." in text
    assert "Totals row that agrees with the rows above it: “3月” row 4 (“Acme 小计”)." in text
    i18n.set_language("zh_CN")
    text = _page_text(result)
    assert "跳过 1 行合计行（合计、小计、Total）：“3月”第 4 行（“Acme 小计”）。" in text
    assert "与上面各行相符的合计行：“3月”第 4 行（“Acme 小计”）。" in text


def test_sheets_passed_over_are_listed_the_way_each_language_lists(tmp_path):
    [result] = import_files(tmp_path / "firm.sqlite", [_march(tmp_path, "说明", "备注")])
    i18n.set_language("zh_CN")
    report = import_report(result)
    assert report.startswith("2025订单台账.xlsx：已导入（xlsx）\n"), report
    [passed] = [line for line in report.splitlines() if "未读取" in line]
    assert "”（" in passed and "、“备注”（" in passed and ", " not in passed \
        and " (" not in passed and "; " not in passed, passed
    [agree] = [line for line in report.splitlines() if "相符" in line]
    assert agree.strip() == "以下合计行与上面各行相符：“3月”第 4 行（“Acme 小计”）", agree
    i18n.set_language("en")
    report = import_report(result)
    assert "Passed over: “说明” (" in report and ", “备注” (" in report
    assert "Totals row agrees with the rows above it in: “3月” row 4 (“Acme 小计”)" in report


def test_no_ledger_refusal_lists_its_sheets_in_chinese_layout(tmp_path):
    path = write_xlsx(tmp_path / "说明.xlsx", {"说明": NOTES, "备注": NOTES})
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    assert result.message is not None and result.message.code == "no_ledger_sheet"
    i18n.set_language("zh_CN")
    text = result.message.text
    sheets = text.split("工作表：", 1)[1]
    assert sheets.startswith("说明（") and "）、备注（" in sheets and ", " not in sheets, text
    i18n.set_language("en")
    assert "Sheets: 说明 (" in result.message.text and "), 备注 (" in result.message.text


def test_the_details_tree_counts_one_totals_row(qtbot, tmp_path):
    [result] = import_files(tmp_path / "firm.sqlite", [_march(tmp_path)])
    i18n.set_language("en")
    page = ResultPage()
    qtbot.addWidget(page)
    page.show_outcome(ImportOutcome([result]))
    details = page.tree.topLevelItem(0).text(2)
    assert "(1 of them a totals row)" in details, details
