"""Readers' faults a reviewer proved in hostile38/gui38: a sheet whose tags bear a namespace
prefix, a stray entry on a tab passed over anyway, LibreOffice row groups, long order numbers
typed again as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ods_files import ods_row, write_ods

from core.ledger.readers.extent import oversized

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet_xml(prefix: str, rows: list[int], far: str) -> bytes:
    """A sheet claiming A1:`far`, holding a number in A and in `far`'s column of each row."""
    p = f"{prefix}:" if prefix else ""
    column = far.rstrip("0123456789")
    body = "".join(
        f'<{p}row r="{r}"><{p}c r="A{r}"><{p}v>{r}</{p}v></{p}c>'
        f'<{p}c r="{column}{r}"><{p}v>1</{p}v></{p}c></{p}row>' for r in rows)
    ns = f'xmlns{":" + prefix if prefix else ""}="{_NS}"'
    return (f'<?xml version="1.0"?><{p}worksheet {ns}><{p}dimension ref="A1:{far}"/>'
            f"<{p}sheetData>{body}</{p}sheetData></{p}worksheet>").encode()


@pytest.mark.parametrize("prefix", ["", "x"])
def test_a_dense_sheet_written_with_prefixed_tags_is_not_a_far_entry(tmp_path, prefix) -> None:
    """<x:c><x:v>, as .NET libraries write a sheet: a dense grid of 100 columns × 100,000 rows
    holding 200,000 values was counted as holding none and refused as one far entry's
    ("Ctrl+End"); read now as the same sheet unprefixed is. The same prefix on a sheet of ten
    rows and one cell at CV100000 is still named, at that cell."""
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dense.xml", _sheet_xml(prefix, list(range(1, 100_001)), "CV100000"))
        archive.writestr("far.xml", _sheet_xml(prefix, [*range(1, 11), 100_000], "CV100000"))
    with zipfile.ZipFile(path) as archive:
        assert oversized(archive, "dense.xml") is None
        assert oversized(archive, "far.xml") == ("CV100000", 100_000, 100)


def xls_far(path: Path, far_tab: str, hidden: bool = False) -> Path:
    """Five orders on 3月 and a tab `far_tab` (`hidden` or not) holding 填表说明 in A1 and
    "end" in IV65536."""
    from datetime import date

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("3月")
    for column, header in enumerate(["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]):
        sheet.write(0, column, header)
    shown = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for n in range(1, 6):
        for column, value in enumerate([f"PI-{n}", f"Buyer {n}", None, 1000 * n, "USD",
                                        1000 * n]):
            if value is not None:
                sheet.write(n, column, value)
        sheet.write(n, 2, date(2025, 3, n), shown)
    notes = book.add_sheet(far_tab)
    notes.write(0, 0, "填表说明")
    notes.write(65535, 255, "end")
    notes.visibility = int(hidden)
    book.save(str(path))
    return path


def test_a_far_entry_on_an_xls_notes_tab_passes_the_tab_over_as_an_xlsx_does(tmp_path) -> None:
    """说明 with "end" in IV65536 beside 3月's five orders: the .xls was refused whole ("more
    than can be read") while the same workbook as .xlsx imported its five orders, 说明
    passed over. Now the .xls imports them too, 说明 named as left unread; the same entry
    on a tab that may hold orders (备用) still refuses the file, without "can be read"."""
    from core.ledger.importer import import_files

    good, bad = xls_far(tmp_path / "notes.xls", "说明"), xls_far(tmp_path / "spare.xls", "备用")
    [result] = import_files(tmp_path / "db.sqlite", [good])
    assert result.status == "imported" and result.counts.inserted == 5
    [passed] = result.passed
    assert passed.name == "说明" and "IV65536" in passed.reason.text
    [refused] = import_files(tmp_path / "db2.sqlite", [bad])
    assert refused.refused and refused.message.code == "sheet_too_large"
    assert "“备用”" in refused.message.text and "IV65536" in refused.message.text
    assert "can be read" not in refused.message.text


def _ods_row(n: int, attributes: str = "") -> str:
    return ods_row([f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD"], attributes)


def test_a_libreoffice_row_group_is_no_row_of_its_own(tmp_path) -> None:
    """Rows 3-4 grouped (an outline), row 4 (PI-3) folded: each <table:table-row-group> was
    counted as a row, so the note said "1 row hidden … (row 5)", naming PI-4's shown row.
    Now row 4, the folded one."""
    from core.ledger.importer import import_files

    folded = ' table:visibility="collapse"'
    header = ods_row(["合同号", "客户名称", "下单日期", "金额", "币种"])
    body = (f"{header}{_ods_row(1)}<table:table-row-group>"
            f"{_ods_row(2)}{_ods_row(3, folded)}"
            f"</table:table-row-group>{_ods_row(4)}{_ods_row(5)}")
    path = write_ods(tmp_path / "grouped.ods", {"3月": body})
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported" and result.counts.inserted == 5
    [note] = [w for w in result.warnings if w.code == "hidden_rows_read"]
    assert "1 row hidden in the workbook was read as any other (row 4)" in note.text


def test_a_long_order_number_is_quoted_as_excel_shows_it_and_left_be(tmp_path) -> None:
    """123456789012345678 typed into a General cell is saved by Excel as 1.23456789012345E+17:
    the note quoted "123456789012344992" (the float's digits, neither typed nor shown; Excel
    shows 123456789012345000) and said to format the column as Text and type the number
    again, which made April's text "123456789012345678" a second order beside March's stored
    one (Buyer 1: revenue 2,000 over 2 orders, 1,000 open, where the truth is 1,000, 1 order,
    0 open). Now it quotes Excel's figure; the number typed in full later joins the order
    (long38)."""
    from datetime import date

    from openpyxl import Workbook

    from core import i18n
    from core.ledger.importer import import_files

    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(["合同号", "客户名称", "下单日期", "金额", "币种"])
    sheet.append([float("1.23456789012345E+17"), "Buyer 1", date(2025, 3, 1), 1000, "USD"])
    sheet.append(["PI-2", "Buyer 2", date(2025, 3, 2), 500, "USD"])
    path = tmp_path / "3月.xlsx"
    book.save(path)
    for language, shown, cure in (
            ("en", "“123456789012345000”",
             "typed in full as Text in a later file, it is taken as the same customer's order"),
            ("zh_CN", "“123456789012345000”",
             "以后的文件中以“文本”格式输入完整号码的，会计入同一客户的同一订单")):
        i18n.set_language(language)
        try:
            [result] = import_files(tmp_path / f"{language}.sqlite", [path])
            [note] = [w for w in result.warnings if w.code == "long_number"]
            text = note.text
        finally:
            i18n.set_language("en")
        assert shown in text and "123456789012344992" not in text and cure in text
        assert "type the number again" not in text and "重新输入号码后再导入" not in text


def test_an_xls_whose_list_of_sectors_loops_is_said_to_be_damaged(tmp_path) -> None:
    """A DIF sector naming itself as the next, the header claiming 2^31 of them: the walk of
    the .xls grew its list of sectors until MemoryError (the window gone, nothing said). Now
    the file is refused as damaged, named, the database left unmade."""
    import io
    import struct

    import xlwt

    from core.ledger.importer import import_files

    book = xlwt.Workbook()
    book.add_sheet("3月").write(0, 0, "x")
    buffer = io.BytesIO()
    book.save(buffer)
    data = bytearray(buffer.getvalue())
    struct.pack_into("<I", data, 0x44, 0)  # the DIF starts at sector 0
    struct.pack_into("<I", data, 0x48, 0x7FFFFFFF)  # and claims 2^31 sectors
    struct.pack_into("<I", data, 2 * 512 - 4, 0)  # sector 0's next DIF sector: itself
    path = tmp_path / "looped.xls"
    path.write_bytes(bytes(data))
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.refused and result.message.code == "workbook_damaged"
    assert "looped.xls" in result.message.text and "damaged" in result.message.text
