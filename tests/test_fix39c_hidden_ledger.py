"""A hidden tab whose header is a ledger's, stretched by one far entry (rv39c F1, F6): it was
passed over as a spare, its orders gone without a word; now the file is refused, the tab
named as hidden, in every format, while a hidden spare tab is still passed over."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
from ods_files import ods_row, write_ods
from xlsb_files import write_xlsb

from core import i18n
from core.ledger.importer import import_files

H = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]
MARCH = ["PI-1", "Alpha", date(2025, 3, 3), 1000, "USD", 0]
BRAVO = [[f"PI-9{n}", "Bravo", date(2025, 2, n), 5000, "USD", 0] for n in (1, 2, 3)]


def _xls(path: Path, header: list[str], march: bool = True) -> Path:
    import xlwt

    book, dated = xlwt.Workbook(encoding="utf-8"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    if march:
        shown = book.add_sheet("3月")
        for i, row in enumerate([H, MARCH]):
            for c, v in enumerate(row):
                shown.write(i, c, v, dated if isinstance(v, date) else xlwt.Style.default_style)
    tab = book.add_sheet("出口台账")
    tab.visibility = 1
    for i, row in enumerate([header, *BRAVO]):
        for c, v in enumerate(row):
            tab.write(i, c, v, dated if isinstance(v, date) else xlwt.Style.default_style)
    tab.write(65535, 255, "end")
    book.save(str(path))
    return path


def _xlsx(path: Path, header: list[str], shown: list[str] = H) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "3月"
    book.active.append(shown)
    book.active.append(MARCH)
    tab = book.create_sheet("出口台账")
    for row in [header, *BRAVO]:
        tab.append(row)
    tab.cell(65536, 256, "end")
    tab.sheet_state = "hidden"
    book.save(path)
    return path


def _xlsb(path: Path, header: list[str]) -> Path:
    far = {1: header, **{i: r for i, r in enumerate(BRAVO, 2)}, 100000: [None] * 200 + ["end"]}
    return write_xlsb(path, {"3月": {1: H, 2: MARCH}, "出口台账": far}, hidden_tabs=("出口台账",))


def _ods(path: Path, header: list[str]) -> Path:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in BRAVO]
    far = ("".join(map(ods_row, [header, *rows]))
           + '<table:table-row table:number-rows-repeated="80990"><table:table-cell/>'
           '</table:table-row><table:table-row><table:table-cell table:number-columns-repeated='
           '"99"/><table:table-cell office:value-type="string"><text:p>end</text:p>'
           "</table:table-cell></table:table-row>")
    march = "".join(map(ods_row, [H, [*MARCH[:2], "2025-03-03", *MARCH[3:]]]))
    return write_ods(path, {"3月": march, "出口台账": far}, ("出口台账",))


def _orders(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("select count(*) from order_lines").fetchone()[0]


def test_a_hidden_ledger_tab_with_a_far_entry_refuses_the_file_naming_it_hidden(
        tmp_path) -> None:
    """Bravo's three orders of 5,000 on a hidden 出口台账 with "end" far below: the file was
    imported with Alpha's one order only, 出口台账 "passed over" (15,000 gone). Now it is
    refused, the tab named and said to be hidden, in English and Chinese; nothing stored."""
    for write in (_xls, _xlsx, _xlsb, _ods):
        name = write.__name__[1:]
        db = tmp_path / f"{name}.sqlite"
        [result] = import_files(db, [write(tmp_path / f"f.{name}", H)])
        assert result.refused and result.message.code == "sheet_too_large", (name, result)
        text = result.message.text
        assert "“出口台账” (hidden in the workbook: right-click a tab › Unhide)" in text, text
        i18n.set_language("zh_CN")
        assert "被隐藏" in result.message.text and "取消隐藏" in result.message.text, name
        i18n.set_language("en")
        assert not db.exists() or _orders(db) == 0


def test_a_hidden_tab_without_a_ledger_header_is_still_passed_over(tmp_path) -> None:
    """The same hidden tab headed 备用 / 说明 (no customer, date and amount): passed over, the
    shown 3月's order imported, as before."""
    spare = ["备用", "说明"]
    for write in (_xls, _xlsx, _xlsb, _ods):
        name = write.__name__[1:]
        [result] = import_files(tmp_path / f"{name}.sqlite", [write(tmp_path / f"s.{name}",
                                                                     spare)])
        assert result.status == "imported" and result.counts.inserted == 1, (name, result)
        assert [p.name for p in result.passed] == ["出口台账"]


def test_the_only_order_tab_hidden_is_named_not_no_ledger(tmp_path) -> None:
    """Only the hidden 出口台账 holds orders: "no sheet holds an order ledger" was said."""
    [result] = import_files(tmp_path / "c.sqlite", [_xls(tmp_path / "c.xls", H, march=False)])
    assert result.refused and result.message.code == "sheet_too_large"
    assert "出口台账" in result.message.text and "Unhide" in result.message.text


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


def test_a_hidden_tab_read_by_the_clerk_s_column_choice_is_no_spare(tmp_path) -> None:
    """A header the app knows only by the clerk's --map (甲方 for the customer), remembered from
    February's import: March's hidden 出口台账 with that header and a far entry was passed over
    as a spare, Bravo's 15,000 gone (rvx2 F1). Now refused as the standard header is; the
    database as it was."""
    head = ["单号", "甲方", "日期", "金额", "币种", "已收金额"]
    db, feb = tmp_path / "m.sqlite", tmp_path / "2月.xlsx"
    book = openpyxl.Workbook()
    book.active.append(head)
    book.active.append(["PI-0", "Alpha", date(2025, 2, 3), 1000, "USD", 0])
    book.save(feb)
    [first] = import_files(db, [feb], overrides={"customer": "甲方"})
    assert first.status == "imported"
    before = _dump(db)
    [result] = import_files(db, [_xlsx(tmp_path / "3月.xlsx", head, head)])
    assert result.refused and result.message.code == "sheet_too_large", result
    assert "出口台账" in result.message.text and "Unhide" in result.message.text
    assert _dump(db) == before


def test_a_damaged_hidden_tab_whose_head_cannot_be_read_refuses_the_file(tmp_path) -> None:
    """A hidden 出口台账 of Bravo's orders whose part in the file is cut in half: imported with
    Alpha's one order, the tab "passed over" as damaged (rvx2 F2: 995,000 gone). A hidden tab
    is a spare only when its first rows were read and hold no ledger: now refused as damaged,
    nothing stored."""
    import zipfile

    whole = tmp_path / "whole.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "3月"
    for row in (H, MARCH):
        book.active.append(row)
    tab = book.create_sheet("出口台账")
    for n in range(1, 200):
        tab.append([f"PI-9{n}", "Bravo", date(2025, 2, 1), 5000, "USD", 0])
    tab.insert_rows(1)
    for c, v in enumerate(H, 1):
        tab.cell(1, c, v)
    tab.sheet_state = "hidden"
    book.save(whole)
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(whole) as zin, zipfile.ZipFile(cut, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[:len(data) // 2] if item.filename.endswith("sheet2.xml")
                          else data)
    db = tmp_path / "d.sqlite"
    [result] = import_files(db, [cut])
    assert result.refused and result.message.code == "sheet_damaged", result
    assert "出口台账" in result.message.text
    assert not db.exists() or _orders(db) == 0
