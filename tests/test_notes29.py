"""The import report says what happened, so a clerk is not misled (notes29)."""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core import i18n
from core.ledger.report import import_report
from ui.importing.summary import summary_html

# A total of 18,000: as Excel's SUM reads the rows (the text amount "1万2" is not in it), so it
# agrees, but row 3 (no customer) and row 4 (no amount read) were skipped: 13,000 imported.
SKIPPED_UNDER_TOTAL = {"3月": [["客户名称", "订单号", "下单日期", "金额"],
                               ["Acme", "A-1", "2025-03-01", 10_000],
                               [None, "A-2", "2025-03-02", 5_000],
                               ["Bee", "B-1", "2025-03-03", "1万2"],
                               ["Cee", "C-1", "2025-03-04", 3_000],
                               ["合计", None, None, 18_000]]}


def test_a_total_over_skipped_rows_says_they_were_skipped(tmp_path: Path) -> None:
    """Before, the result page said "Totals row that agrees with the rows above it: “3月”
    row 6" in green, read as everything in; the report "… agrees with the rows above. Rows
    3–4 are in it but were not imported." Now both say how many were skipped and what the
    imported orders add up to."""
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "3月.xlsx", SKIPPED_UNDER_TOTAL)])
    said = ("Total in “3月” row 6: 18,000.00 agrees with the rows above, but 2 of them were "
            "skipped (rows 3–4): the imported orders add up to 13,000.00.")
    assert said in import_report(result)
    page = summary_html([result])
    assert said in page and "Totals row that agrees" not in page
    i18n.set_language("zh_CN")
    chinese = ("工作表“3月”第 6 行的合计 18,000.00 与上方各行相符，但其中 2 行被跳过（第 3–4 行）："
               "已导入的订单合计为 13,000.00。")
    assert chinese in import_report(result)
    assert chinese in summary_html([result])
