"""Tabs stretched by a far entry, judged by one rule in every format (fix40b, from rv40b).

bad40 refused an .xls/.ods before calamine opened it for any hidden far tab headed as a
ledger: a hidden 全年汇总 (its name says it holds no orders) refused the file while its
xlsx imported (F1); `--sheet 3月` refused for a tab the clerk did not choose (F2); the far tabs
were named one refusal at a time, as the tab order found them (F3); and a hidden 模板 of the
header alone with a stray far cell refused the file too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from languages import in_chinese
from ods_files import ods_row, write_ods

from core.ledger.importer import import_files

H = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]
MAR = ["PI-1", "Alpha", date(2025, 3, 3), 1000, "USD", 0]
FEB = [[f"PI-9{n}", "Bravo", date(2025, 2, n), 5000, "USD", 0] for n in (1, 2, 3)]
Tabs = list[tuple[str, list[list[object]], bool, bool]]  # title, rows, hidden, far entry


def _xls(path: Path, tabs: Tabs) -> Path:
    import xlwt

    book, dated = xlwt.Workbook(encoding="utf-8"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, rows, hidden, far in tabs:
        sheet = book.add_sheet(title)
        sheet.visibility = int(hidden)
        for i, row in enumerate(rows):
            for c, v in enumerate(row):
                sheet.write(i, c, v, dated if isinstance(v, date) else xlwt.Style.default_style)
        if far:
            sheet.write(65535, 255, "end")
    book.save(str(path))
    return path


def _xlsx(path: Path, tabs: Tabs) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, hidden, far in tabs:
        sheet = book.create_sheet(title)
        sheet.sheet_state = "hidden" if hidden else "visible"
        for row in rows:
            sheet.append(row)
        if far:
            sheet.cell(65536, 256, "end")
    book.save(path)
    return path


def _ods(path: Path, tabs: Tabs) -> Path:
    def text(row: list[object]) -> list[object]:
        return [v.isoformat() if isinstance(v, date) else v for v in row]

    far = ('<table:table-row table:number-rows-repeated="80990"><table:table-cell/>'
           '</table:table-row><table:table-row><table:table-cell table:number-columns-'
           'repeated="99"/><table:table-cell office:value-type="string"><text:p>end</text:p>'
           "</table:table-cell></table:table-row>")
    return write_ods(path, {title: "".join(ods_row(text(r)) for r in rows) + (far if stray
                                                                             else "")
                            for title, rows, _, stray in tabs},
                     tuple(title for title, _, hidden, _ in tabs if hidden))


def _database(tmp_path: Path) -> tuple[Path, bytes]:
    """A database holding February's one order for Zulu, and its bytes."""
    db = tmp_path / "firm.sqlite"
    [first] = import_files(db, [_xlsx(tmp_path / "2月.xlsx",
                                      [("2月", [H, ["PI-0", "Zulu", date(2025, 2, 3), 700,
                                                   "USD", 0]], False, False)])])
    assert first.status == "imported"
    return db, db.read_bytes()


SHOWN = ("3月", [H, MAR], False, False)


def test_a_hidden_summary_tab_headed_as_a_ledger_with_a_far_cell_is_passed_over(tmp_path) -> None:
    """A hidden 全年汇总 (a copy of the year's orders under the ledger's header: Bravo's
    3 × 5,000 and Alpha's order) with "end" far away: the .xls and .ods were refused whole,
    the xlsx imported. Now every format imports Alpha's 1,000 and names 全年汇总 as passed
    over for its name."""
    tabs: Tabs = [SHOWN, ("全年汇总", [H, *FEB, MAR], True, True)]
    for write, suffix in ((_xls, "xls"), (_ods, "ods"), (_xlsx, "xlsx")):
        [result] = import_files(tmp_path / f"{suffix}.sqlite",
                                [write(tmp_path / f"f1.{suffix}", tabs)])
        assert result.status == "imported", (suffix, result.message)
        assert result.counts.inserted == 1, suffix
        [passed] = result.passed
        assert passed.name == "全年汇总", suffix
        assert "its name says it holds no orders" in passed.reason.text, passed.reason.text
        chinese = in_chinese(passed.reason.__str__)
        assert "从名称看不是订单表" in chinese, chinese


def test_a_tab_not_chosen_with_sheet_never_refuses_the_import(tmp_path) -> None:
    """`--sheet 3月` with a hidden 出口台账 (Bravo's orders, a far cell) beside it: refused
    for 出口台账, which the clerk did not choose. Now 3月 alone is imported: Alpha's 1,000."""
    path = _xls(tmp_path / "f2.xls", [SHOWN, ("出口台账", [H, *FEB], True, True)])
    [result] = import_files(tmp_path / "f2.sqlite", [path], sheet="3月")
    assert result.status == "imported", result.message
    assert result.counts.inserted == 1
    [refused] = import_files(tmp_path / "all.sqlite", [path])  # unchosen, it still refuses
    assert refused.refused and "“出口台账”" in refused.message.text


def _spare(k: int) -> tuple[str, list[list[object]], bool, bool]:
    return f"备用{k}", [["备用"]], True, True


def test_every_far_tab_is_named_in_one_refusal_whatever_the_tab_order(tmp_path) -> None:
    """Four hidden 备用 each with "end" in IV65536 were named two at a time (the cap crossed at
    the second); with 备用1, 备用2 and a hidden 出口台账 the spares were named, then after
    clearing them 出口台账. Now one refusal names all of them, the ledger tab as one that may
    hold orders, in either tab order, in English and Chinese; the database byte for byte as was."""
    db, before = _database(tmp_path)
    [four] = import_files(db, [_xls(tmp_path / "f3a.xls", [SHOWN, *map(_spare, (1, 2, 3, 4))])])
    assert four.refused and four.message.code == "sheet_too_large"
    assert "“备用1” (IV65536), “备用2” (IV65536), “备用3” (IV65536), “备用4” (IV65536)" \
        in four.message.text, four.message.text
    assert db.read_bytes() == before
    ledger = ("出口台账", [H, *FEB], True, True)
    for order in ([SHOWN, _spare(1), _spare(2), ledger], [SHOWN, ledger, _spare(1), _spare(2)]):
        [result] = import_files(db, [_xls(tmp_path / "f3b.xls", order)])
        assert result.refused and result.message.code == "sheet_too_large", result
        text = result.message.text
        assert "“出口台账” (IV65536, hidden) may hold orders" in text, text
        assert "“备用1” (IV65536), “备用2” (IV65536) are passed over" in text, text
        assert "33,554,432" in text and "Ctrl+End" in text
        chinese = in_chinese(result.message.__str__)
        assert "“出口台账”（IV65536，已隐藏）可能记有订单" in chinese, chinese
        assert "“备用1”（IV65536）、“备用2”（IV65536）虽被略过" in chinese, chinese
        assert db.read_bytes() == before


def test_two_hidden_ledger_tabs_far_in_an_xlsx_are_named_together(tmp_path) -> None:
    """Two hidden ledger tabs, each with a far cell, in an xlsx: the first refused the file,
    the second was named only after it was cleared. Now both at once."""
    db, before = _database(tmp_path)
    tabs: Tabs = [SHOWN, ("出口台账", [H, *FEB], True, True),
                  ("内销台账", [H, ["PI-7", "Kilo", date(2025, 2, 9), 900, "USD", 0]], True, True)]
    [result] = import_files(db, [_xlsx(tmp_path / "two.xlsx", tabs)])
    assert result.refused and result.message.code == "sheet_too_large", result
    text = result.message.text
    assert "“出口台账” (IV65536, hidden), “内销台账” (IV65536, hidden) may hold orders" in text, \
        text
    assert db.read_bytes() == before


def test_a_hidden_template_of_the_header_alone_with_a_far_cell_is_passed_over(tmp_path) -> None:
    """A hidden 模板 holding only the ledger's header row and a stray far cell was taken for a
    hidden ledger and refused the file. With no order row under the header it holds no
    orders: passed over and named, 3月 imported, in .xls, .ods and xlsx alike."""
    tabs: Tabs = [SHOWN, ("模板", [H], True, True)]
    for write, suffix in ((_xls, "xls"), (_ods, "ods"), (_xlsx, "xlsx")):
        [result] = import_files(tmp_path / f"{suffix}.sqlite",
                                [write(tmp_path / f"t.{suffix}", tabs)])
        assert result.status == "imported", (suffix, result.message)
        assert result.counts.inserted == 1
        assert [p.name for p in result.passed] == ["模板"], suffix
