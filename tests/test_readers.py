"""Reading real ledger files of every kind into raw sheets, and refusing the ones that are not.

Every file is written by the test itself, the way the program that produces it in the field
writes it (openpyxl for Excel, xlwt for legacy .xls, hand-written XML/HTML/CSV as ERPs do).
"""

from __future__ import annotations

import datetime as dt
import random
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from ods_files import write_ods

from core.ledger.readers import RawSheet, Workbook, is_owner_file, read_workbook
from core.messages import Cancelled, Refusal
from core.progress import Steps

# --- writers ---------------------------------------------------------------------------------


def write_ledger_xlsx(path: Path) -> Path:
    """A hand-kept ledger: title row merged across, header on row 3, a customer merged down
    over its two orders, and two tabs the clerk hid."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2025-10"
    sheet["A1"] = "2025年10月订单台账"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet["A3"], sheet["B3"], sheet["C3"], sheet["D3"], sheet["E3"] = (
        "客户", "订单日期", "金额", "订单号", "出货时间")
    sheet["A4"] = "ACME Ltd"
    sheet["B4"] = dt.date(2025, 10, 3)
    sheet["B4"].number_format = "yyyy-mm-dd"
    sheet["C4"] = 12346
    sheet["D4"] = "00123"
    sheet["E4"] = dt.time(13, 30)
    sheet["B5"] = dt.datetime(2025, 10, 9, 14, 5)
    sheet["B5"].number_format = "yyyy-mm-dd hh:mm"
    sheet["C5"] = 980.5
    sheet["D5"] = "00124"
    sheet.merge_cells("A4:A5")
    hidden = book.create_sheet("old")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "hidden tab"
    very = book.create_sheet("lists")
    very.sheet_state = "veryHidden"
    very["B2"] = 7
    book.save(path)
    return path


def write_xls(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("订单")
    sheet.write_merge(0, 0, 0, 2, "台账")
    for col, text in enumerate(["客户", "日期", "金额"]):
        sheet.write(1, col, text)
    sheet.write_merge(2, 3, 0, 0, "宁波贸易")
    sheet.write(2, 1, dt.date(2025, 10, 3), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    sheet.write(2, 2, 12346)
    sheet.write(3, 1, dt.datetime(2025, 10, 9, 8, 30),
                xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm"))
    sheet.write(3, 2, 99.5)
    sheet.write(4, 0, "00123")
    sheet.write(4, 1, True)
    back = book.add_sheet("备用")
    back.visibility = 1
    back.write(0, 0, "x")
    book.save(str(path))
    return path


XML_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="订单">
  <Table>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">十月台账</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">客户</Data></Cell>
    <Cell><Data ss:Type="String">日期</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="String">金额</Data></Cell>
   </Row>
   <Row>
    <Cell ss:MergeDown="1"><Data ss:Type="String">ACME</Data></Cell>
    <Cell><Data ss:Type="DateTime">2025-10-03T00:00:00.000</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="Number">12346</Data></Cell>
    <Cell><Data ss:Type="String">00123</Data></Cell>
    <Cell><Data ss:Type="Boolean">1</Data></Cell>
   </Row>
   <Row>
    <Cell ss:Index="2"><Data ss:Type="DateTime">2025-10-09T14:05:00.000</Data></Cell>
    <Cell><Data ss:Type="DateTime">1899-12-31T13:30:00.000</Data></Cell>
    <Cell><Data ss:Type="Number">1.5</Data><Comment><Data>note</Data></Comment></Cell>
    <Cell><Data ss:Type="String"><html:B>粗</html:B>体</Data></Cell>
    <Cell><Data ss:Type="Error">#N/A</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="隐藏">
  <Table><Row><Cell><Data ss:Type="String">secret</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Visible>SheetHidden</Visible>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
"""

HTML_TABLE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td {{ mso-number-format:"\\@"; }}</style></head>
<body>
<table border=1>
<tr><th colspan=3>宁波某某进出口有限公司 订单明细</th></tr>
<tr><th>客户</th><th>订单日期</th><th>金额</th></tr>
<tr><td rowspan=2>  张三
 贸易&nbsp;公司 </td><td>2025/10/03<td>{amount}</td></tr>
<tr><td>2025-10-9</td><td>00123</td></tr>
<tr><td></td><td>合计</td><td>64,000</td></tr>
</table>
<table><tr><td>附表</td></tr></table>
</body></html>
"""

END, FREE, FAT_SECTOR, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def ole_file(stream: str, payload: bytes) -> bytes:
    """A minimal OLE2 compound file holding one stream, to stand for a Word document or an
    encrypted xlsx (whose single meaningful stream is EncryptedPackage)."""
    payload = payload.ljust(max(4096, -(-len(payload) // 512) * 512), b"\0")
    sectors = len(payload) // 512
    header = (OLE_SIGNATURE + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<9I", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    fat = [FAT_SECTOR, END] + [n + 1 for n in range(2, 1 + sectors)] + [END]
    fat += [FREE] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<3I", NO_STREAM, NO_STREAM, child) + bytes(36)
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, END, 0) + entry(stream, 2, NO_STREAM, 2, len(payload)))
    return header + struct.pack("<128I", *fat) + directory.ljust(512, b"\0") + payload


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refused(path: Path, **kwargs: object) -> Refusal:
    with pytest.raises(Refusal) as caught:
        read_workbook(path, **kwargs)
    assert caught.value.message.params["file"] == path.name
    assert path.name in caught.value.text
    return caught.value


def only(book: Workbook) -> RawSheet:
    assert len(book.sheets) == 1
    return book.sheets[0]


# --- xlsx ------------------------------------------------------------------------------------


def test_xlsx_values_dates_merges_and_hidden_sheets(tmp_path: Path) -> None:
    book = read_workbook(write_ledger_xlsx(tmp_path / "十月.xlsx"))
    assert book.format == "xlsx"
    assert book.encoding is None
    assert [(s.name, s.hidden) for s in book.sheets] == [
        ("2025-10", False), ("old", True), ("lists", True)]
    sheet = book.sheets[0]
    assert sheet.rows == [
        ["2025年10月订单台账", None, None, None, None],
        [None, None, None, None, None],
        ["客户", "订单日期", "金额", "订单号", "出货时间"],
        ["ACME Ltd", dt.date(2025, 10, 3), 12346.0, "00123", dt.time(13, 30)],
        [None, dt.datetime(2025, 10, 9, 14, 5), 980.5, "00124", None],
    ]
    assert sheet.merged == [(0, 0, 0, 4), (3, 0, 4, 0)]
    assert (sheet.first_row_number, sheet.first_col) == (1, 0)
    assert book.sheets[2].rows == [[None, None], [None, 7.0]]


def test_row_numbers_match_excel_when_data_starts_lower(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["C3"] = "客户"
    book.active["D3"] = "金额"
    book.active["C4"] = "ACME"
    book.active["D4"] = 5
    book.active.merge_cells("C4:C5")
    book.save(tmp_path / "low.xlsx")
    sheet = only(read_workbook(tmp_path / "low.xlsx"))
    header = next(i for i, row in enumerate(sheet.rows) if "客户" in row)
    assert header + sheet.first_row_number == 3
    column = sheet.rows[header].index("客户") + sheet.first_col
    assert column == 2  # column C
    r1, c1, r2, c2 = sheet.merged[0]
    assert (r1 + sheet.first_row_number, c1 + sheet.first_col) == (4, 2)
    assert (r2 + sheet.first_row_number, c2 + sheet.first_col) == (4, 2)  # clipped to the data
    assert sheet.rows[r1][c1] == "ACME"


def test_sheet_filter_reads_only_that_sheet(tmp_path: Path) -> None:
    path = write_ledger_xlsx(tmp_path / "book.xlsx")
    book = read_workbook(path, sheet="old")
    assert [(s.name, s.hidden, s.rows) for s in book.sheets] == [("old", True, [["hidden tab"]])]


def test_missing_sheet_is_refused_with_the_names_present(tmp_path: Path) -> None:
    path = write_ledger_xlsx(tmp_path / "book.xlsx")
    refusal = refused(path, sheet="2025-11")
    assert refusal.code == "sheet_not_found"
    assert refusal.message.params["sheet"] == "2025-11"
    assert refusal.message.params["sheets"] == "2025-10, old, lists"


def test_progress_is_reported_per_sheet_and_cancel_stops(tmp_path: Path) -> None:
    path = write_ledger_xlsx(tmp_path / "book.xlsx")
    seen: list[tuple[float, str]] = []
    read_workbook(path, Steps(lambda f, m: seen.append((round(f, 3), m)), None))
    assert seen == [(0.0, "book.xlsx"), (0.0, "2025-10"), (0.333, "old"), (0.667, "lists"),
                    (1.0, "book.xlsx")]
    with pytest.raises(Cancelled):
        read_workbook(path, Steps(None, lambda: True))


def test_thousand_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("data")
    sheet.append(["客户", "金额", "备注"])
    for n in range(1000):
        sheet.append([f"C{n % 37}", n * 2.5, "" if n % 2 else "ok"])
    book.save(tmp_path / "big.xlsx")
    rows = only(read_workbook(tmp_path / "big.xlsx")).rows
    assert len(rows) == 1001
    assert rows[0] == ["客户", "金额", "备注"]
    assert rows[1] == ["C0", 0.0, "ok"]
    assert rows[1000] == ["C0", 2497.5, None]
    assert rows[37] == ["C36", 90.0, "ok"]
    assert sum(1 for row in rows[1:] if row[2] is None) == 500


def test_macro_workbook_is_xlsm(tmp_path: Path) -> None:
    path = write_ledger_xlsx(tmp_path / "book.xlsx")
    macro = tmp_path / "book.xlsm"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            target.writestr(item, data)
    assert read_workbook(macro).format == "xlsm"


# --- legacy xls, WPS et ----------------------------------------------------------------------


def test_legacy_xls(tmp_path: Path) -> None:
    book = read_workbook(write_xls(tmp_path / "erp.xls"))
    assert book.format == "xls"
    assert [(s.name, s.hidden) for s in book.sheets] == [("订单", False), ("备用", True)]
    sheet = book.sheets[0]
    assert sheet.rows == [
        ["台账", None, None],
        ["客户", "日期", "金额"],
        ["宁波贸易", dt.date(2025, 10, 3), 12346],
        [None, dt.datetime(2025, 10, 9, 8, 30), 99.5],
        ["00123", True, None],
    ]
    assert sheet.merged == [(0, 0, 0, 2), (2, 0, 3, 0)]


def test_xlsx_named_xls_is_read_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(write_ledger_xlsx(tmp_path / "real.xlsx").read_bytes())
    book = read_workbook(path)
    assert book.format == "xlsx"
    assert book.sheets[0].rows[3][0] == "ACME Ltd"


def test_et_that_is_really_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "WPS台账.et"
    path.write_bytes(write_ledger_xlsx(tmp_path / "real.xlsx").read_bytes())
    book = read_workbook(path)
    assert book.format == "et"
    assert book.sheets[0].rows[2] == ["客户", "订单日期", "金额", "订单号", "出货时间"]


def test_et_with_its_own_format_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "WPS台账.et"
    path.write_bytes(random.Random(1).randbytes(4000))
    refusal = refused(path)
    assert refusal.code == "wps_et_unreadable"
    assert "Save As" in refusal.text


def test_et_holding_a_word_document_is_refused_as_et(tmp_path: Path) -> None:
    path = tmp_path / "x.et"
    path.write_bytes(ole_file("WordDocument", b"w" * 5000))
    assert refused(path).code == "wps_et_unreadable"


# --- XML Spreadsheet 2003 --------------------------------------------------------------------


def test_xml_spreadsheet_2003_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "oa.xls"
    path.write_text(XML_2003, encoding="utf-8")
    book = read_workbook(path)
    assert book.format == "xml2003"
    assert [(s.name, s.hidden) for s in book.sheets] == [("订单", False), ("隐藏", True)]
    sheet = book.sheets[0]
    assert sheet.rows == [
        ["十月台账"],
        [],
        ["客户", "日期", None, "金额"],
        ["ACME", dt.date(2025, 10, 3), None, 12346.0, "00123", True],
        [None, dt.datetime(2025, 10, 9, 14, 5), dt.time(13, 30), 1.5, "粗体", None],
    ]
    assert sheet.errors == {(5, 5): "#N/A"}  # read as empty, and named by the import
    assert sheet.merged == [(0, 0, 0, 2), (3, 0, 4, 0)]
    assert book.sheets[1].rows == [["secret"]]


def test_xml_2003_in_gb2312(tmp_path: Path) -> None:
    path = tmp_path / "gb.xls"
    text = XML_2003.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="gb2312"?>')
    path.write_bytes(text.encode("gb2312"))
    assert read_workbook(path, sheet="订单").sheets[0].rows[2] == ["客户", "日期", None, "金额"]


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    path = tmp_path / "bomb.xls"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY lol0 "lol">{entities}]>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet>'
        '<Table><Row><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row></Table>'
        '</Worksheet></Workbook>', encoding="utf-8")
    refusal = refused(path)
    assert refusal.code == "xml_dtd"
    assert "DTD" in refusal.text


def test_broken_xml_2003_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cut.xls"
    path.write_text(XML_2003[: len(XML_2003) // 2], encoding="utf-8")
    assert refused(path).code == "workbook_damaged"


# --- HTML ------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["gb2312", "gbk"])
def test_html_table_saved_as_xls(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "明细.xls"
    amount = "12,346" if codec == "gb2312" else "12,346（镕）"  # 镕 is in GBK, not GB2312
    path.write_bytes(HTML_TABLE.format(amount=amount).encode(codec))
    book = read_workbook(path)
    assert (book.format, book.encoding) == ("html", "gb18030")
    assert [s.name for s in book.sheets] == ["明细", "Table 2"]
    sheet = book.sheets[0]
    assert sheet.rows == [
        ["宁波某某进出口有限公司 订单明细"],
        ["客户", "订单日期", "金额"],
        ["张三 贸易 公司", "2025/10/03", amount],
        [None, "2025-10-9", "00123"],
        [None, "合计", "64,000"],
    ]
    assert sheet.merged == [(0, 0, 0, 2), (2, 0, 3, 0)]
    assert book.sheets[1].rows == [["附表"]]


def test_utf8_html_without_declaration(tmp_path: Path) -> None:
    path = tmp_path / "t.xls"
    path.write_bytes("\ufeff  <table><tr><td>客户<td>金额<tr><td>A<td>1</table>".encode())
    book = read_workbook(path)
    assert (book.format, book.encoding) == ("html", "utf-8-sig")
    assert only(book).rows == [["客户", "金额"], ["A", "1"]]


# --- CSV / text ------------------------------------------------------------------------------


def test_gb18030_csv(tmp_path: Path) -> None:
    path = tmp_path / "导出.csv"
    path.write_bytes('客户,订单日期,金额\r\n"宁波,贸易",2025/10/03,"$125,400.00"\r\n,,\r\n'
                     .encode("gb18030"))
    book = read_workbook(path)
    assert (book.format, book.encoding) == ("csv", "gb18030")
    sheet = only(book)
    assert sheet.name == "导出"
    assert sheet.rows == [["客户", "订单日期", "金额"],
                          ["宁波,贸易", "2025/10/03", "$125,400.00"]]  # the ",," after: nothing


def test_utf8_bom_csv(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffCustomer,Amount\nACME,00123\n".encode())
    book = read_workbook(path)
    assert book.encoding == "utf-8-sig"
    assert only(book).rows == [["Customer", "Amount"], ["ACME", "00123"]]


def test_tab_separated_txt_with_commas_in_amounts(tmp_path: Path) -> None:
    path = tmp_path / "ledger.txt"
    path.write_text("订单台账\n客户\t金额\t币种\nACME\t125,400.00\tUSD\nBeta\t64,000\tEUR\n",
                    encoding="utf-8")
    book = read_workbook(path)
    assert (book.format, book.encoding) == ("csv", "utf-8")
    assert only(book).rows == [["订单台账"], ["客户", "金额", "币种"],
                               ["ACME", "125,400.00", "USD"], ["Beta", "64,000", "EUR"]]


def test_semicolon_csv_with_excel_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "eu.csv"
    path.write_text("sep=;\nCustomer;Amount\nACME;1,5\n", encoding="utf-8")
    assert only(read_workbook(path)).rows == [["Customer", "Amount"], ["ACME", "1,5"]]


def test_excel_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("客户\t金额\r\n张三\t5\r\n".encode("utf-16"))
    book = read_workbook(path)
    assert book.encoding == "utf-16"
    assert only(book).rows == [["客户", "金额"], ["张三", "5"]]


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"name,amount\n\x80\xff,1\n")
    assert refused(path).code == "encoding_unknown"


# --- refusals --------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert refused(tmp_path / "gone.xlsx").code == "file_not_found"


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert refused(path).code == "file_empty"


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(random.Random(7).randbytes(3000))
    assert refused(path).code == "not_a_workbook"


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = write_ledger_xlsx(tmp_path / "full.xlsx").read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refusal = refused(path)
    assert refusal.code == "workbook_damaged"
    assert "damaged" in refusal.text


def test_xlsx_with_one_corrupt_sheet_reads_the_rest(tmp_path: Path) -> None:
    source = write_ledger_xlsx(tmp_path / "full.xlsx")
    path = tmp_path / "part.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            new.writestr(item, data)
    book = read_workbook(path)
    assert [s.name for s in book.sheets] == ["old", "lists"]
    assert book.skipped == ["2025-10"]
    assert refused(path, sheet="2025-10").code == "workbook_damaged"


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(path).code == "not_a_workbook"


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "invoice.xls"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    refusal = refused(path)
    assert refusal.code == "not_a_workbook"
    assert "PDF" in refusal.text


def test_word_document_in_ole(tmp_path: Path) -> None:
    path = tmp_path / "letter.xls"
    path.write_bytes(ole_file("WordDocument", b"Dear customer " * 400))
    assert refused(path).code == "not_a_workbook"


def test_encrypted_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(ole_file("EncryptedPackage", bytes(range(256)) * 20))
    assert refused(path).code == "password_protected"


def test_encrypted_xls(tmp_path: Path) -> None:
    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    stream = (record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x1234, 1997, 0, 6))
              + record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48)) + record(0x000A, b""))
    path = tmp_path / "locked.xls"
    path.write_bytes(ole_file("Workbook", stream))
    assert refused(path).code == "password_protected"


def test_an_encrypted_xls_is_no_far_entry(tmp_path: Path) -> None:
    """Its records' contents are encrypted (what follows FILEPASS), so a sheet's DIMENSIONS
    read as far as IV65536 are noise: the file is said to be locked, not to hold a far entry
    (core.ledger.readers.biff walks no encrypted workbook)."""
    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    bof = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x1234, 1997, 0, 6))
    name = "1月".encode("utf-16-le")
    globals_ = bof + record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
    sheet_at = len(globals_) + 4 + 8 + len(name) + 4
    globals_ += record(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, 2, 1) + name)
    globals_ += record(0x000A, b"")
    sheet = (bof + record(0x0200, struct.pack("<IIHHH", 0, 65536, 0, 256, 0))
             + record(0x00FD, struct.pack("<HHHI", 65535, 255, 15, 0)) + record(0x000A, b""))
    path = tmp_path / "locked far.xls"
    path.write_bytes(ole_file("Workbook", globals_ + sheet))
    assert refused(path).code == "password_protected"


def test_truncated_xls(tmp_path: Path) -> None:
    data = write_xls(tmp_path / "full.xls").read_bytes()
    path = tmp_path / "half.xls"
    path.write_bytes(data[: len(data) // 2])
    assert refused(path).code == "workbook_damaged"


def test_workbook_with_only_a_chart_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    book.create_chartsheet("图表")
    book.save(tmp_path / "chart.xlsx")
    assert refused(tmp_path / "chart.xlsx").code == "no_sheets"


def test_html_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "page.xls"
    path.write_text("<html><body><p>导出失败</p></body></html>", encoding="utf-8")
    assert refused(path).code == "no_sheets"


def test_owner_files() -> None:
    assert is_owner_file(Path("~$book.xlsx"))
    assert is_owner_file(Path("/x/.~lock.book.xlsx#"))
    assert not is_owner_file(Path("book.xlsx"))
    assert not is_owner_file(Path("a~$b.xlsx"))


def test_locked_file_is_refused_with_advice(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_ledger_xlsx(tmp_path / "open.xlsx")
    real_open = Path.open

    def locked(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    refusal = refused(path)
    assert refusal.code == "file_locked"
    assert "(Excel, WPS) has it open" in refusal.text and "may not read it" in refusal.text


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "ledgers.xlsx"
    folder.mkdir()
    assert refused(folder).code == "file_not_found"


def test_csv_sheet_filter_uses_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "十月.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert only(read_workbook(path, sheet="十月")).rows == [["a", "b"], ["1", "2"]]
    refusal = refused(path, sheet="Sheet1")
    assert (refusal.code, refusal.message.params["sheets"]) == ("sheet_not_found", "十月")


def test_html_spans_unclosed_tags_and_nested_tables(tmp_path: Path) -> None:
    path = tmp_path / "span.xls"
    path.write_text(
        "<table><tr><td rowspan=9>A<td colspan=0>B<td colspan=2 rowspan=2>C<td>D"
        "<tr><td>E<td>F<br>G"
        "<tr><td><table><tr><td>inner</table>outer<td>H</table>", encoding="utf-8")
    book = read_workbook(path)
    assert [s.name for s in book.sheets] == ["span", "Table 2"]
    assert book.sheets[0].rows == [
        ["A", "B", "C", None, "D"],
        [None, "E", None, None, "F G"],
        [None, "outer", "H"],
    ]
    assert book.sheets[0].merged == [(0, 0, 2, 0), (0, 2, 1, 3)]
    assert book.sheets[1].rows == [["inner"]]


def test_utf16_xml_2003(tmp_path: Path) -> None:
    path = tmp_path / "u16.xls"
    path.write_bytes(XML_2003.replace('<?xml version="1.0"?>',
                                      '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"))
    book = read_workbook(path)
    assert book.format == "xml2003"
    assert book.sheets[0].rows[3][:2] == ["ACME", dt.date(2025, 10, 3)]


def test_every_template_has_a_chinese_translation() -> None:
    import ast
    import re

    from core.pofile import parse_po

    root = Path(__file__).resolve().parents[1]
    catalog = {key: value for name in ("readers.po", "reliability.po") for key, value in parse_po(
        (root / "resources/locale/zh_CN" / name).read_text(encoding="utf-8")).items()}
    templates = {node.args[0].value
                 for module in sorted((root / "core/ledger/readers").glob("*.py"))
                 for node in ast.walk(ast.parse(module.read_text("utf-8")))
                 if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_"}
    assert len(templates) >= 15
    for template in templates:
        chinese = catalog[template]
        assert chinese and chinese != template
        assert sorted(re.findall(r"{\w+}", chinese)) == sorted(re.findall(r"{\w+}", template))


def test_libreoffice_ods_under_an_xls_name(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "lo.xls", {"订单": (
        '<table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>客户</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="12346"><text:p>12346'
        '</text:p></table:table-cell><table:table-cell office:value-type="date" '
        'office:date-value="2025-10-03"><text:p>2025-10-03</text:p></table:table-cell>'
        '</table:table-row>')})
    book = read_workbook(path)
    assert book.format == "ods"
    assert only(book).rows == [["客户", 12346.0, dt.date(2025, 10, 3)]]


def test_duration_cells_come_back_as_days(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = 1.25
    book.active["A1"].number_format = "[h]:mm"
    book.active["B1"] = ""
    book.save(tmp_path / "hours.xlsx")
    assert only(read_workbook(tmp_path / "hours.xlsx")).rows == [[1.25]]
