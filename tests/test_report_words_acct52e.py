"""The report's words a clerk could not follow, each now saying which case applies (acct52e,
rv52a: one workbook for the year, a tab a month, imported again each month under its name).

- A received figure of the same date as a stored one: the zh said "与另一文件为同一天导入的不同"
  (imported the same day) where the English means the date received, and "another file" where
  the stored figure came from an earlier import of this same workbook.
- An order moved to a later tab, its date later: "correct it in the file that first listed the
  order" sent the clerk to this same workbook's earlier copy.
- A figure emptied on one row and written on another, both counted: "as that file is not
  re-sent whole, the match is not the only one or the file gives each month's receipts" gave
  three reasons; the code knows which, and says that one.
Every ledger goes through both imports (test_fast_import).
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_moved_receipts_acct51b import B1, C1, _file, _june, _paid, _row
from test_ord41_order import _same_day

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

NAME = "2025年订单台账.xlsx"


def _said(result: FileResult) -> tuple[str, str]:
    return import_report(result), in_chinese(lambda: import_report(result))


def _moved(path: Path) -> Path:
    """A file moved into a folder of its own, its name kept (a month's copy of the workbook)."""
    to = path.parent / path.stem / NAME
    to.parent.mkdir(parents=True)
    return path.rename(to)


def test_a_same_date_figure_of_this_workbooks_earlier_import_says_so(tmp_path: Path) -> None:
    """March's copy of the workbook says 4,500 received 03-10, April's copy (same name, its own
    folder) 45,000 received 03-10: the figure named with who stored it and the date received."""
    march = write_xlsx(tmp_path / "03" / NAME, _same_day(4_500))
    april = write_xlsx(tmp_path / "04" / NAME, _same_day(45_000))
    results = _same_import(tmp_path, [march], [april])
    en, zh = _said(results[1])
    assert ("differs from the one an earlier import of a file of this same name stored for the "
            "same date received") in en
    assert "与此前导入的同名文件（本工作簿的较早版本）记的同一收款日期的金额不同" in zh
    assert "同一天导入" not in zh and "另一文件" not in zh


def test_a_same_date_figure_of_another_file_says_another_file(tmp_path: Path) -> None:
    march = write_xlsx(tmp_path / "2025-03台账.xlsx", _same_day(4_500))
    april = write_xlsx(tmp_path / "2025-04台账.xlsx", _same_day(45_000))
    results = _same_import(tmp_path, [march], [april])
    en, zh = _said(results[1])
    assert "differs from the one another file stored for the same date received" in en
    assert "与另一文件记的同一收款日期的金额不同" in zh and "同一天导入" not in zh


def _moved_order(tmp_path: Path, names: tuple[str, str]) -> tuple[str, str]:
    head = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式"]
    row = ["FS-1", "Maple Leaf Furnishings", "2025/3/20", "实木餐桌", 50_000, "USD", "T/T"]
    first = write_xlsx(tmp_path / "03" / names[0], {"3月": [head, row]})
    then = write_xlsx(tmp_path / "04" / names[1], {"3月": [head], "4月": [
        head, [*row[:2], "2025/4/8", *row[3:]]]})
    return _said(_same_import(tmp_path, [first], [then])[1])


def test_an_order_moved_in_this_workbook_names_its_earlier_import(tmp_path: Path) -> None:
    en, zh = _moved_order(tmp_path, (NAME, NAME))
    assert ("its first date, read by an earlier import of a workbook of this same name, is "
            "kept") in en
    assert "file that first listed the order" not in en
    assert "已保留此前导入同名工作簿时读到的最初下单日期" in zh
    assert "最早列出该订单的文件" not in zh


def test_an_order_dated_later_by_another_file_sends_to_that_file(tmp_path: Path) -> None:
    en, zh = _moved_order(tmp_path, ("2025年3月台账.xlsx", "2025年4月台账.xlsx"))
    assert "correct it in the file that first listed the order" in en
    assert "请在最早列出该订单的文件中改正" in zh


def test_a_figure_on_two_rows_says_the_one_reason(tmp_path: Path) -> None:
    """July's file leaves out June's P-1: June's is not re-sent whole, both counted."""
    july = _file(tmp_path, 7, [_row(C1), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28")[1:]])
    en, zh = _said(_same_import(tmp_path, _june(tmp_path), july)[1])
    assert ("both are counted (a blank cell keeps what was stored), because the earlier file is "
            "not listed again whole in this file, receipts and all.") in en
    assert "因为本文件没有完整地重新列出此前那个文件的全部明细和收款。" in zh
    assert " or the file gives each month's receipts" not in en and "、相同的不止一处" not in zh


def test_a_copy_of_this_workbook_says_so(tmp_path: Path) -> None:
    june = [_moved(p) for p in _june(tmp_path)]
    july = [_moved(p) for p in _file(tmp_path, 7, [_row(C1), _row(B1, 9600, "2025-06-18"),
                                                   *_paid("2025-06-28")[1:]])]
    en, zh = _said(_same_import(tmp_path, june, july)[1])
    assert ("because this workbook's earlier import (the same file name) is not listed again "
            "whole in this copy, receipts and all.") in en
    assert "因为本次导入的是同名工作簿的新版本，它没有完整地重新列出上次导入的全部明细和收款。" \
        in zh


def test_two_rows_of_one_day_and_sum_say_so(tmp_path: Path) -> None:
    d1 = ["D-1", "Dolce Casa SRL", "2025-04-02", "马克杯", 9600, "USD", "OA 30天", "2025-05-02"]
    june = _file(tmp_path, 6, [_row(C1, 9600, "2025-06-18"), _row(d1, 9600, "2025-06-18"),
                               _row(B1), *_paid("2025-06-28")])
    july = _file(tmp_path, 7, [_row(C1), _row(d1), _row(B1, 9600, "2025-06-18"),
                               *_paid("2025-06-28", "2025-07-30")])
    en, zh = _said(_same_import(tmp_path, june, july)[1])
    assert ("because the same day and sum stand on more than one row, so which row it moved "
            "from is not sure") in en
    assert "因为同一日期、同一金额出现在不止一行，无法确定是从哪一行移过来的" in zh
