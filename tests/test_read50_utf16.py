"""UTF-16 text without a BOM (Excel's "Unicode text" passed through an ERP) is read and its
orders imported; a binary file, whose zero bytes fall on both sides alike, is still refused as
not a spreadsheet (rv50b: 23_utf16le_nobom.csv was refused)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from databases import contents

from core.ledger.importer import import_files
from core.ledger.readers import read_workbook
from core.ledger.readers.text import utf16_order
from core.messages import Refusal
from core.store import connect

ROWS = [["订单号", "客户名称", "国家", "下单日期", "金额", "币种"],
        ["PO-7001", "Zeta Imports Ltd", "USA", "2025-11-03", "12500", "USD"],
        ["PO-7002", "宁波鑫达贸易有限公司", "中国", "2025-11-15", "66000", "CNY"]]


def _ledger(path: Path, codec: str, delimiter: str) -> Path:
    path.write_bytes("\r\n".join(delimiter.join(row) for row in ROWS).encode(codec))
    return path


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_utf16_without_a_bom_is_read_and_its_orders_imported(tmp_path, codec, delimiter):
    path = _ledger(tmp_path / "ledger.csv", codec, delimiter)
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    book = read_workbook(path)
    assert book.encoding == codec
    assert book.sheets[0].rows == ROWS
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported"
    conn = connect(db)
    orders = sorted(tuple(row) for row in conn.execute(
        "SELECT c.name, o.order_no, l.amount, l.currency FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id"))
    conn.close()
    assert orders == [("Zeta Imports Ltd", "PO-7001", 12500.0, "USD"),
                      ("宁波鑫达贸易有限公司", "PO-7002", 66000.0, "CNY")]


def test_a_chinese_header_alone_is_still_seen_as_utf16(tmp_path):
    """Only the commas are ASCII: 8 of 38 characters."""
    data = ",".join(ROWS[0]).encode("utf-16-le")
    assert utf16_order(data) == "utf-16-le"
    assert utf16_order(",".join(ROWS[0]).encode("utf-16-be")) == "utf-16-be"


@pytest.mark.parametrize("seed", range(5))
def test_random_binary_is_still_refused_as_not_a_spreadsheet(tmp_path, seed):
    generator = random.Random(seed)
    path = tmp_path / "ledger.csv"
    path.write_bytes(bytes(generator.randrange(256) for _ in range(6000)))
    db = tmp_path / "firm.sqlite"
    import_files(db, [_ledger(tmp_path / "good.csv", "utf-16-le", ",")])
    before = contents(db)
    with pytest.raises(Refusal) as refused:
        read_workbook(path)
    assert refused.value.code == "not_a_workbook"
    [result] = import_files(db, [path])
    assert result.status != "imported"
    assert contents(db) == before


def test_binary_with_zeros_on_one_side_but_no_text_is_refused(tmp_path):
    """Zeros after every byte, but the bytes before them are control codes, no delimiter."""
    path = tmp_path / "ledger.csv"
    path.write_bytes(bytes(byte for n in range(3000) for byte in (n % 8 + 1, 0)))
    assert utf16_order(path.read_bytes()) is None
    with pytest.raises(Refusal) as refused:
        read_workbook(path)
    assert refused.value.code == "not_a_workbook"
