"""Broken and hostile ledger files, as they reach a small firm's PC.

The small ones are committed beside this script (``python tests/data/broken/make_corpus.py``
writes them again); the large ones (zip bombs, an archive of thousands of parts) are written by
:func:`write_large` into a temporary folder when the tests or bench/bench_hostile.py need them.
``CORPUS`` says, for each file, the refusal code the import must answer and a word its message
must contain.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent.parent
HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种"]
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
BOMB = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{n} "{("&lol%s;" % (n - 1 if n > 1 else "")) * 10}">'
    for n in range(1, 10)) + "]>"


def month_rows(month: int) -> list[list[object]]:
    return [HEADER, *[[f"PI-{month:02d}{n:02d}", f"Customer {n}", date(2025, month, n + 1),
                       1000.0 + n, "USD"] for n in range(10)]]


def ledger_xlsx(months: tuple[int, ...] = (1, 2)) -> bytes:
    """A genuine two-month ledger, one tab per month, as the base of the damaged ones."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for month in months:
        sheet = book.create_sheet(f"{month}月")
        for row in month_rows(month):
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The same workbook with some parts changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, change(item.filename, old.read(item.filename)))
    return out.getvalue()


def with_dtd(part: str) -> Callable[[str, bytes], bytes]:
    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        data = data.replace(b"Customer 1<", b"&lol9;<")
        if data.startswith(b"<?xml"):  # the DTD goes between the declaration and the root
            declaration, _, rest = data.partition(b"?>")
            return declaration + b"?>" + BOMB.encode() + rest
        return BOMB.encode() + data
    return change


def damaged_second_month(name: str, data: bytes) -> bytes:
    return data[: len(data) // 2] if name == "xl/worksheets/sheet2.xml" else data


def shared_strings_xlsx() -> bytes:
    """openpyxl writes inline strings; Excel writes sharedStrings.xml, the part a bomb uses."""
    strings = ["客户名称", "lol"]
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{BOMB}<sst xmlns="'
              f'{MAIN_NS}" count="2" uniqueCount="2">'
              + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v>'
             "</c></row></sheetData></worksheet>")
    return minimal_xlsx({"xl/worksheets/sheet1.xml": sheet.encode(),
                         "xl/sharedStrings.xml": shared.encode()})


def minimal_xlsx(parts: dict[str, bytes]) -> bytes:
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
            '://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
            '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformat'
            's.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
                 '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="'
                'http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="1月" sheetId="1" r:id="rId1"/></sheets></workbook>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
             '.org/package/2006/content-types"><Default Extension="rels" ContentType="applicatio'
             'n/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Content'
             'Type="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="applica'
             'tion/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def password_xlsx() -> bytes:
    """What Excel writes for a workbook with an opening password: an OLE file holding an
    EncryptedPackage stream."""
    sys.path[:0] = [str(TESTS), str(TESTS.parent)]
    from test_readers import ole_file

    return ole_file("EncryptedPackage", bytes(range(256)) * 20)


XML_2003_BOMB = ('<?xml version="1.0"?>' + BOMB.replace("lolz", "Workbook")
                 + '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:'
                 'schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="1月"><Table><Row>'
                 '<Cell><Data ss:Type="String">&lol9;</Data></Cell></Row></Table></Worksheet>'
                 "</Workbook>")
HTML_BOMB = ('<?xml version="1.0"?>' + BOMB.replace("lolz", "html") + "<html><body><table>"
             "<tr><td>客户名称</td><td>&lol9;</td></tr></table></body></html>")

def far_entry_xlsx() -> bytes:
    """A month's ledger with an "x" in its sheet's last cell, XFD1048576: calamine's grid of
    it asked for 550 GB and the process was aborted."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(ledger_xlsx((1,))))
    book["1月"]["XFD1048576"] = "x"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def stray_entry_xls() -> bytes:
    """A month's legacy .xls with an "x" in its last cell, IV65536: calamine built a grid of
    16.8 million cells as it opened the file (4.3 s and 1.2 GB for ten orders)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("1月")
    for row, values in enumerate(month_rows(1)):
        for column, value in enumerate(values):
            sheet.write(row, column, str(value))
    sheet.write(65535, 255, "x")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def far_entry_ods() -> bytes:
    """A month's .ods as LibreOffice writes it, an "x" at BH1000000 after a million rows
    "repeated": 46.8 s and 4.3 GB as calamine opened it."""
    def cell(value: object) -> str:
        return (f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>'
                "</table:table-cell>")

    rows = "".join(f"<table:table-row>{''.join(map(cell, row))}</table:table-row>"
                   for row in month_rows(1))
    far = ('<table:table-row table:number-rows-repeated="999988"><table:table-cell/>'
           '</table:table-row><table:table-row><table:table-cell table:number-columns-'
           f'repeated="59"/>{cell("x")}</table:table-row>')
    return minimal_zip({
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
            b'oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:'
            b'full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
        ),
        "content.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
            'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
            'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
            'text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table '
            f'table:name="1月">{rows}{far}</table:table></office:spreadsheet></office:body>'
            "</office:document-content>").encode()})


def error_cells_xlsx() -> bytes:
    """A month's ledger whose every amount shows #REF! (the rows its formulas named deleted)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(ledger_xlsx((1,))))
    for row in book["1月"].iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].value = "#REF!"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# name -> (how to make it, the refusal code, a word the message names)
SMALL: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "truncated.xlsx": (lambda: ledger_xlsx()[:1500], "workbook_damaged", "damaged"),
    "damaged_february.xlsx": (lambda: rezip(ledger_xlsx(), damaged_second_month),
                              "sheet_damaged", "2月"),
    "dtd_in_sheet.xlsx": (lambda: rezip(ledger_xlsx((1,)), with_dtd("xl/worksheets/sheet1.xml")),
                          "xml_dtd", "xl/worksheets/sheet1.xml"),
    "dtd_in_shared_strings.xlsx": (shared_strings_xlsx, "xml_dtd", "xl/sharedStrings.xml"),
    "password.xlsx": (password_xlsx, "password_protected", "password"),
    "text_named.xlsx": (lambda: "客户,金额\nACME,100\n".encode(), "not_a_workbook", "Excel"),
    "entities_xml2003.xls": (XML_2003_BOMB.encode, "xml_dtd", "DTD"),
    "entities_html.xls": (HTML_BOMB.encode, "xml_dtd", "DTD"),
    "nul_bytes.csv": (lambda: b"customer,amount\nACME\0\0\0,100\n" * 20, "not_a_workbook",
                      "Excel"),
    "empty.xlsx": (lambda: b"", "file_empty", "empty"),
    "word_document.xlsx": (lambda: minimal_zip({"word/document.xml": b"<w:document/>"}),
                           "not_a_workbook", "Excel"),
    "invoice.pdf.xls": (lambda: b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                        "not_a_workbook", "PDF"),
    "far_entry.xlsx": (far_entry_xlsx, "sheet_too_large", "XFD1048576"),
    "stray_entry.xls": (stray_entry_xls, "sheet_too_large", "IV65536"),
    "far_entry.ods": (far_entry_ods, "sheet_too_large", "BH1000000"),
    "all_ref_errors.xlsx": (error_cells_xlsx, "no_rows_errors", "#REF!"),
    "headers_only.xlsx": (lambda: minimal_xlsx({"xl/worksheets/sheet1.xml": (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'
        + "".join(f'<c r="{col}1" t="inlineStr"><is><t>{name}</t></is></c>'
                  for col, name in zip("ABCDE", HEADER, strict=True))
        + "</row></sheetData></worksheet>").encode()}), "no_rows", "no order"),
}


def minimal_zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- large files: written at test time -----------------------------------------------------

def write_bomb(path: Path, part: str, head: bytes, block: bytes, times: int) -> Path:
    """A real workbook whose `part` unpacks to head + block * times, written member by member
    with the sizes and CRC a zip tool would record (no ZIP64: under 4 GiB)."""
    base = minimal_xlsx({"xl/worksheets/sheet1.xml": (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData/></worksheet>').encode()})
    members: list[tuple[str, Callable[[], Iterator[bytes]], int, int]] = []
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        for name in archive.namelist():
            if name == part:
                continue
            data = archive.read(name)
            members.append((name, lambda d=data: iter([d]), len(data), zlib.crc32(data)))
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)

    def stream() -> Iterator[bytes]:
        yield head
        yield from (block for _ in range(times))
    members.append((part, stream, len(head) + len(block) * times, crc))
    central, offset = [], 0
    with path.open("wb") as out:
        for name, chunks, size, checksum in members:
            raw = name.encode()
            compressed = b"".join(_deflate_stream(chunks()))
            header = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, checksum,
                                 len(compressed), size, len(raw), 0)
            out.write(header + raw + compressed)
            central.append(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0,
                                       checksum, len(compressed), size, len(raw), 0, 0, 0, 0,
                                       0, offset) + raw)
            offset += len(header) + len(raw) + len(compressed)
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(members), len(members),
                              len(directory), offset, 0))
    return path


def _deflate_stream(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Deflate the chunks; a run of identical large chunks is compressed once and repeated."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    previous, packed = None, b""
    for chunk in chunks:
        if chunk is previous:
            yield packed
            continue
        packed = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        previous = chunk
        yield packed
    yield compressor.flush(zlib.Z_FINISH)


def many_parts(path: Path, count: int = 12_000) -> Path:
    base = ledger_xlsx((1,))
    with zipfile.ZipFile(io.BytesIO(base)) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            new.writestr(item, old.read(item.filename))
        for number in range(count):
            new.writestr(f"xl/media/pad{number}.bin", b"")
    return path


ROW = b"<row><c t=\"inlineStr\"><is><t>" + b"A" * 1000 + b"</t></is></c></row>"


# name -> (how to write it into a folder, the refusal code, a word the message names)
LARGE: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    # about 3 GB of sheet XML in a few megabytes: beyond the total limit
    "zip_bomb.xlsx": (lambda folder: write_bomb(
        folder / "zip_bomb.xlsx", "xl/worksheets/sheet1.xml",
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>'.encode(),
        ROW * 1024, 2900), "zip_too_large", "zip bomb"),
    # 200 MB of shared strings packed about 1000:1: within the total, beyond the ratio
    "ratio_bomb.xlsx": (lambda folder: write_bomb(
        folder / "ratio_bomb.xlsx", "xl/sharedStrings.xml",
        f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}">'.encode(),
        b"<si><t>" + b"A" * (1 << 20) + b"</t></si>", 200), "zip_ratio", "xl/sharedStrings.xml"),
    "many_parts.xlsx": (lambda folder: many_parts(folder / "many_parts.xlsx"),
                        "zip_too_many_parts", "12,00"),
}


def write_large(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder) for name, (make, _, _) in LARGE.items()}


def main() -> int:
    for name, (make, _, _) in SMALL.items():
        (HERE / name).write_bytes(make())
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
