"""fx43i: a workbook one of whose parts has its packed bytes damaged (docProps/core.xml's
deflate stream garbled) is refused naming the file, in both languages. Before: the check of
the parts' starts let zlib's own error through, "Unexpected error: error: Error -3 while
decompressing data: invalid distance too far back", naming no file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from languages import in_chinese

from core.ledger.importer import import_files


def test_a_part_s_packed_bytes_damaged(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["订单号", "客户名称", "下单日期", "金额"])
    book.active.append(["PO-1", "ABC Trading", "2025-03-01", 1000])
    path = tmp_path / "台账 2025-03.xlsx"
    book.save(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        part = archive.getinfo("docProps/core.xml")
    start = part.header_offset + 30 + len(part.filename.encode()) + len(part.extra)
    for at in range(start, start + min(part.compress_size, 40)):
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.refused and result.message.code == "workbook_damaged"
    assert result.message.text.startswith("台账 2025-03.xlsx is damaged or incomplete")
    said = in_chinese(lambda: result.message.text)
    assert "台账 2025-03.xlsx" in said and "damaged" not in said
