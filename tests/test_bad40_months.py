"""Dates shown as a month alone, read as their file means them (bad40).

An .ods whose month style is a named one kept in styles.xml was read as the 1st without a word;
Excel's built-in ids 27/36/50/52/57 show a month in Chinese Excel but a day in Japanese,
Korean or Taiwanese Excel (ECMA-376 Part 1, 18.8.30): a file writing such an id's code is
read by that code, one that does not as Chinese Excel shows it, said once (fix40b); and a
ship or deposit date shown as a month is named as a received one is."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from ods_files import ods_row, write_ods

from core import i18n
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report

H = ["合同号", "客户名称", "下单日期", "出运日期", "定金日期", "定金", "金额", "币种", "收款日期",
     "已收金额"]
# PI-1's ship, deposit and received dates on a month's 1st; PI-2's on another day
ROWS = [["PI-1", "Alpha", date(2025, 3, 3), date(2025, 4, 1), date(2025, 3, 1), 100, 1000, "USD",
         date(2025, 5, 1), 500],
        ["PI-2", "Beta", date(2025, 3, 3), date(2025, 4, 15), date(2025, 3, 5), 100, 1000, "USD",
         date(2025, 5, 6), 500]]
SHOWN = (3, 4, 8)  # the columns shown in the month's format
MONTH_ENDS = {"PI-1": ("2025-04-30", "2025-05-31"), "PI-2": ("2025-04-15", "2025-05-06")}
AS_STORED = {"PI-1": ("2025-04-01", "2025-05-01"), "PI-2": ("2025-04-15", "2025-05-06")}


def _stored(db: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return {n: (s, r) for n, s, r in con.execute(
            "SELECT o.order_no, l.ship_date, l.received_date FROM orders o "
            "JOIN order_lines l ON l.order_id = o.id")}


def _said(path: Path, db: Path) -> str:
    [result] = import_files(db, [path])
    assert result.status == "imported" and result.counts.inserted == 2, result.message
    return import_report(result)


def _in_chinese(result: FileResult) -> str:
    i18n.set_language("zh_CN")
    try:
        return import_report(result)
    finally:
        i18n.set_language("en")


def _ods(path: Path, shared: bool) -> Path:
    """The month's date style and the named cell style 月份 in styles.xml (as LibreOffice keeps
    a named style), PI-1's ship date in 月份 itself, its deposit and received dates in an
    automatic style whose parent is 月份 (no date style of its own)."""
    date_style = ('<number:date-style style:name="N_month"><number:year number:style="long"/>'
                  "<number:text>年</number:text><number:month/><number:text>月</number:text>"
                  "</number:date-style>")
    named = ('<style:style style:name="月份" style:family="table-cell" '
             'style:data-style-name="N_month"/>')
    child = '<style:style style:name="ce9" style:family="table-cell" ' \
            'style:parent-style-name="月份"/>'

    def cell(column: int, value: object) -> str:
        if not isinstance(value, date):
            return ods_row([value])[len("<table:table-row>"):-len("</table:table-row>")]
        style = ("月份" if column == 3 else "ce9") if column in SHOWN else "Default"
        return (f'<table:table-cell table:style-name="{style}" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"><text:p>x</text:p>'
                "</table:table-cell>")

    rows = ods_row(H) + "".join("<table:table-row>" + "".join(
        cell(c, v) for c, v in enumerate(r)) + "</table:table-row>" for r in ROWS)
    write_ods(path, {"3月": rows}, styles=child if shared else date_style + named + child)
    if shared:
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("styles.xml", (
                '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office='
                '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:'
                'names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:'
                'opendocument:xmlns:datastyle:1.0" office:version="1.2"><office:styles>'
                f"{date_style}{named}</office:styles></office:document-styles>"))
    return path


def test_an_ods_month_style_kept_in_styles_xml_is_seen(tmp_path) -> None:
    """A month style kept in styles.xml (a named style, as LibreOffice keeps one), or an
    automatic style taking its date style from its parent: PI-1's dates were read as the 1st
    without a word (ship 04-01, received 05-01). Now as a content.xml style's: the months'
    last days, each column named, in English and Chinese; PI-2's 04-15 and 05-06 keep their
    days."""
    for shared in (False, True):
        db = tmp_path / f"{shared}.sqlite"
        said = _said(_ods(tmp_path / f"{shared}.ods", shared), db)
        for column in ("出运日期", "定金日期", "收款日期"):
            assert (f"column “{column}”: 1 date gives a month without its day (row 2): read as "
                    "the month's last day") in said, (shared, said)
        assert _stored(db) == MONTH_ENDS and "built-in format" not in said, shared
    [result] = import_files(tmp_path / "zh.sqlite", [tmp_path / "True.ods"])
    said = _in_chinese(result)
    assert "“出运日期”列：有 1 个日期只写了月份，没有写日（第 2 行）：按该月最后一天读取" \
        in said, said


def _custom(path: Path) -> Path:
    """The dates of SHOWN in the month's format of the file's own (numFmt 164 or above)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "3月"
    for row in [H, *ROWS]:
        sheet.append(row)
    for r in (2, 3):
        for c in SHOWN:
            sheet.cell(r, c + 1).number_format = 'yyyy"年"m"月"'
    book.save(path)
    return path


def _builtin(path: Path, code: str | None) -> Path:
    """The dates of SHOWN in Excel's built-in format 57: undefined in the file (`code` None,
    as Excel writes a built-in id) or defined with `code`, as a Japanese Excel's file does."""
    _custom(path)
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    styles = parts["xl/styles.xml"].decode()
    for number in re.findall(r'<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年', styles):
        styles = re.sub(rf'<numFmt numFmtId="{number}"[^>]*>', "", styles).replace(
            f'numFmtId="{number}"', 'numFmtId="57"')
    defined = "" if code is None else f'<numFmt numFmtId="57" formatCode="{code}"/>'
    styles = styles.replace("</numFmts>", defined + "</numFmts>")
    parts["xl/styles.xml"] = re.sub(r'<numFmts count="\d+"',
                                    f'<numFmts count="{styles.count("<numFmt ")}"',
                                    styles).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _builtin_xls(path: Path, code: str | None) -> Path:
    """As _builtin, an .xls: xlwt's FORMAT 164 and its XF made Excel's 57 (the record's
    code replaced by `code`, the same length), or the FORMAT record dropped (None)."""
    import struct

    import xlwt

    month = 'yyyy"年"m"月";@'  # as long as [$-411]ge.m.d
    book, shown = xlwt.Workbook(encoding="utf-8"), xlwt.easyxf(num_format_str=month)
    sheet, dated = book.add_sheet("3月"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate([H, *ROWS]):
        for c, v in enumerate(row):
            sheet.write(r, c, v, (shown if c in SHOWN else dated) if isinstance(v, date)
                        else xlwt.Style.default_style)
    book.save(str(path))
    data = path.read_bytes()
    body = struct.pack("<HB", len(month), 1) + month.encode("utf-16-le")
    at = data.index(body) - 6  # the FORMAT record: its type, length and the format's id
    record, number = data[at:at + 6] + body, data[at + 4:at + 6]
    if code is None:  # an id Excel knows: its FORMAT record is no FORMAT's any more
        replaced = b"\xff\xff" + record[2:]
    else:
        text = code.ljust(len(month))[:len(month)]
        replaced = record[:4] + struct.pack("<H", 57) + struct.pack("<HB", len(text), 1) \
            + text.encode("utf-16-le")
    data = data.replace(record, replaced)
    xf = b"\xe0\x00\x14\x00"
    at = data.find(xf)
    while at != -1:  # each XF record: its font, then its format's id
        if data[at + 6:at + 8] == number:
            data = data[:at + 6] + b"\x39\x00" + data[at + 8:]
        at = data.find(xf, at + 1)
    path.write_bytes(data)
    return path


def _builtin_xlsb(path: Path, code: str | None) -> Path:
    """As _builtin, an .xlsb: its dates' BrtFmt 164 and XF made Excel's 57, the BrtFmt
    holding `code` or dropped (None: a built-in id Excel does not write)."""
    import struct

    from xlsb_files import write_xlsb

    month = 'yyyy"年"m"月"'
    write_xlsb(path, {"3月": {1: H, 2: ROWS[0], 3: ROWS[1]}}, dates=month)
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    wide = struct.pack("<I", len(month)) + month.encode("utf-16-le")
    styles = parts["xl/styles.bin"]
    at = styles.index(struct.pack("<H", 164) + wide) - 2  # the record's type and length
    fmt = styles[at:at + 4 + len(wide)]
    defined = b"" if code is None else b"\x2c" + bytes([6 + 2 * len(code)]) \
        + struct.pack("<HI", 57, len(code)) + code.encode("utf-16-le")
    counted = b"\xe7\x04\x04" + struct.pack("<I", 1)  # BrtBeginFmts: one format
    parts["xl/styles.bin"] = styles.replace(fmt, defined).replace(
        struct.pack("<HH", 0, 164), struct.pack("<HH", 0, 57)).replace(
        counted, counted[:3] + struct.pack("<I", int(code is not None)))
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_excel_s_built_in_month_ids_are_read_by_the_file_s_own_code(tmp_path) -> None:
    """PI-1's dates on the 1st in Excel's built-in format 57: where the file does not write
    57's code (Chinese Excel writes its typed 2025年4月 so) they are read as the months, as
    before, each said once, as a month without its day: a second note on each said Japanese,
    Korean or Taiwanese Excel would show the day, on every Chinese file (rv40b: six notes for
    three cells, now three). Where an .xls or xlsx writes 57 as [$-411]ge.m.d (Japanese Excel:
    R7.4.1, a real day) the days are stored, 04-01 and 05-01, nothing named; an .xlsb cannot
    define 57 (MS-XLSB 2.4.681). PI-2's days (04-15, 05-06) are never moved."""
    for write, suffix in ((_builtin, "xlsx"), (_builtin_xls, "xls"), (_builtin_xlsb, "xlsb")):
        db = tmp_path / f"cn.{suffix}.sqlite"
        [result] = import_files(db, [write(tmp_path / f"cn.{suffix}", None)])
        said = import_report(result)
        for column in ("出运日期", "定金日期", "收款日期"):
            assert f"column “{column}”: 1 date gives a month without its day (row 2)" in said, \
                (suffix, said)
        assert said.count("without its day") == 3, (suffix, said)
        assert "built-in format" not in said and "Japanese" not in said, (suffix, said)
        said = _in_chinese(result)
        assert "“收款日期”列：有 1 个日期只写了月份，没有写日（第 2 行）" in said, said
        assert said.count("只写了月份") == 3 and "内置格式" not in said, said
        assert _stored(db) == MONTH_ENDS, suffix
        if suffix == "xlsb":
            continue
        db = tmp_path / f"ja.{suffix}.sqlite"
        said = _said(write(tmp_path / f"ja.{suffix}", "[$-411]ge.m.d"), db)
        assert "without its day" not in said and "built-in format" not in said, said
        assert _stored(db) == AS_STORED, suffix


def test_ship_and_deposit_dates_shown_as_a_month_are_named(tmp_path) -> None:
    """A ship or deposit date shown as a month is named with its column and row, as a
    received date is, in every workbook format (xlsx here; the .ods above; the .xls of the
    built-in ids)."""
    said = _said(_custom(tmp_path / "m.xlsx"), tmp_path / "m.sqlite")
    for column in ("出运日期", "定金日期", "收款日期"):
        assert f"column “{column}”: 1 date gives a month without its day (row 2)" in said
    assert "built-in format" not in said  # the file's own format: its meaning is known
