"""XML Spreadsheet 2003 read the same however its generator spells it.

The reader resolves namespace prefixes itself on its quick path and leaves anything unusual to
expat's own namespace processing, so one workbook is written here in every spelling met in the
field (a default namespace, ss: on everything, another prefix, no namespace at all, Excel's own
pretty-printed form with styles, rich text and comments, spellings mixed within one sheet, a
name only expat may judge) and each reading is compared with the cells the workbook was
generated from: ss:Index gaps on rows and cells, cells merged across and down, every ss:Type,
empty Data and empty cells, several worksheets, a hidden one and one without a name.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from core.ledger.readers import read_workbook
from core.messages import Refusal

SS = "urn:schemas-microsoft-com:office:spreadsheet"
EXCEL = "urn:schemas-microsoft-com:office:excel"
HTML = "http://www.w3.org/TR/REC-html40"
EMPTY = object()  # a Data element with no text: a cell with nothing in it
VALUES: list[object] = [
    "ACME Trading Co.", "宁波远帆进出口有限公司", "00123", "R&D <draft>", " spaced ", "#N/A",
    12346.0, 1.5, -0.25, 1000.0, 0.1, True, False, dt.date(2025, 10, 3),
    dt.datetime(2025, 10, 9, 14, 5), dt.time(13, 30), EMPTY, None]


@dataclass
class Sheet:
    name: str | None
    hidden: bool = False
    cells: dict[tuple[int, int], object] = field(default_factory=dict)  # None: <Cell/>
    merges: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # across, down
    spans: dict[int, int] = field(default_factory=dict)  # an empty row standing for more

    def expected_rows(self) -> list[list[object]]:
        last = max([r for r, _ in self.cells] + list(self.spans))
        rows: list[list[object]] = [[] for _ in range(last + 1)]
        for (r, c), value in self.cells.items():
            if value is not None and value is not EMPTY:
                rows[r].extend([None] * (c + 1 - len(rows[r])))
                rows[r][c] = value
        return rows

    def expected_merged(self) -> list[tuple[int, int, int, int]]:
        return sorted((r, c, r + down, c + across)
                      for (r, c), (across, down) in self.merges.items())


def generated_book(seed: int = 2025) -> list[Sheet]:
    """Three sheets of sparse rows: gaps between rows and cells, merges, every kind of value."""
    rng = random.Random(seed)
    book = [Sheet("订单"), Sheet("隐藏", hidden=True), Sheet(None)]
    for sheet in book:
        r = 0
        for _ in range(40):
            r += rng.choice([1, 1, 1, 2, 4])
            c = rng.choice([0, 0, 1, 3])
            for _ in range(rng.randint(1, 9)):
                sheet.cells[r, c] = rng.choice(VALUES)
                across = rng.choice([0] * 8 + [1, 2])
                down = rng.choice([0] * 9 + [1])
                if across or down:
                    sheet.merges[r, c] = across, down
                c += across + rng.choice([1, 1, 1, 2, 5])
        sheet.spans[r + 1] = 2  # <Row ss:Span="2"/>: three empty rows in one element
    return book


@dataclass(frozen=True)
class Spelling:
    """How a generator writes the names: its root's declarations, the prefix written before
    element and attribute names, and Excel's own extras."""

    declarations: str
    element: str
    attribute: str
    excel_extras: bool = False
    mixed: bool = False


SPELLINGS = {
    "default namespace": Spelling(f'xmlns="{SS}" xmlns:ss="{SS}"', "", "ss:"),
    "ss: on everything": Spelling(f'xmlns:ss="{SS}"', "ss:", "ss:"),
    "another prefix": Spelling(f'xmlns:s="{SS}" xmlns:x="{EXCEL}"', "s:", "s:"),
    "no namespace": Spelling("", "", ""),
    "Excel's own": Spelling(f'xmlns="{SS}" xmlns:o="urn:schemas-microsoft-com:office:office" '
                            f'xmlns:x="{EXCEL}" xmlns:ss="{SS}" xmlns:html="{HTML}"', "", "ss:",
                            excel_extras=True),
    "mixed in one sheet": Spelling(f'xmlns="{SS}" xmlns:ss="{SS}" xmlns:t="{SS}"', "", "ss:",
                                   mixed=True),
}


def _data(value: object, attribute: str, rich: bool) -> str:
    if value is EMPTY:
        return f'<Data {attribute}Type="String"></Data>'
    if isinstance(value, bool):
        kind, text = "Boolean", str(int(value))
    elif isinstance(value, float):
        kind, text = "Number", repr(value)
    elif isinstance(value, dt.datetime):
        kind, text = "DateTime", value.isoformat(timespec="milliseconds")
    elif isinstance(value, dt.date):
        kind, text = "DateTime", f"{value.isoformat()}T00:00:00.000"
    elif isinstance(value, dt.time):
        kind, text = "DateTime", f"1899-12-31T{value.isoformat(timespec='milliseconds')}"
    elif value == "#N/A":
        kind, text = "Error", str(value)
    else:
        kind, text = "String", escape(str(value))
        if rich and len(str(value)) > 3:  # Excel's rich text: runs in HTML under the Data
            return (f'<ss:Data ss:Type="String" xmlns="{HTML}"><B>{escape(str(value)[:2])}</B>'
                    f'<Font html:Color="#FF0000">{escape(str(value)[2:])}</Font></ss:Data>')
    return f'<Data {attribute}Type="{kind}">{text}</Data>'


def write_workbook(path: Path, book: list[Sheet], spelling: Spelling) -> Path:
    rng = random.Random(7)
    e, a = spelling.element, spelling.attribute
    nl = "\n   " if spelling.excel_extras else ""
    parts = [f'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
             f'<{e}Workbook {spelling.declarations}>']
    if spelling.excel_extras:
        parts.append('<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">'
                     '<Author>ERP</Author></DocumentProperties>')
    for sheet in book:
        name = "" if sheet.name is None else f' {a}Name="{sheet.name}"'
        columns: dict[int, list[int]] = {r: [] for r in sheet.spans}
        for r, c in sorted(sheet.cells):
            columns.setdefault(r, []).append(c)
        parts.append(f"<{e}Worksheet{name}><{e}Table>")
        next_row = 0
        for r in sorted(columns):
            row_e = e
            row_attrs = f' {a}Index="{r + 1}"' if r != next_row or rng.random() < 0.2 else ""
            if sheet.spans.get(r):
                row_attrs += f' {a}Span="{sheet.spans[r]}"'
            if spelling.mixed and r % 3 == 0:  # a row declaring its own prefix for the cells
                row_attrs += f' xmlns:r{r}="{SS}"'
                row_e = f"r{r}:"
            parts.append(f"{nl}<{e}Row{row_attrs}>")
            next_col = 0
            for c in columns[r]:
                cell_e, cell_a = row_e, a
                if spelling.mixed and c % 2:
                    cell_e, cell_a = ("t:" if cell_e == "" else ""), ("" if c % 4 == 1 else "t:")
                attrs = f' {cell_a}Index="{c + 1}"' if c != next_col or rng.random() < 0.2 else ""
                across, down = sheet.merges.get((r, c), (0, 0))
                attrs += f' {cell_a}MergeAcross="{across}"' if across else ""
                attrs += f' {cell_a}MergeDown="{down}"' if down else ""
                if spelling.excel_extras:
                    attrs += f' {a}StyleID="s{c % 3}"'
                next_col = c + across + 1
                value = sheet.cells[r, c]
                if value is None:
                    parts.append(f"<{cell_e}Cell{attrs}/>")
                    continue
                data = _data(value, cell_a, spelling.excel_extras)
                if spelling.mixed and value == "00123":  # no Type: text, whatever else it has
                    data = '<Data t:Hint="Number">00123</Data>'
                elif spelling.mixed and c % 4 == 3 and cell_e:  # HTML around, none inside
                    attrs += f' xmlns="{HTML}"'
                    data = data.replace("<Data", '<Data xmlns=""', 1)
                if spelling.excel_extras:  # comments hold Data too, never the cell's value
                    note = (f'<Comment ss:Author="ERP"><ss:Data xmlns="{HTML}">注</ss:Data>'
                            "</Comment>")
                    data = note + data if c % 2 else data + note
                parts.append(f"{nl} <{cell_e}Cell{attrs}>{data}</{cell_e}Cell>")
            parts.append(f"</{e}Row>")
        parts.append(f"</{e}Table>")
        if sheet.hidden or spelling.excel_extras:
            visible = "<Visible>SheetHidden</Visible>" if sheet.hidden else "<Selected/>"
            parts.append(f'<WorksheetOptions xmlns="{EXCEL}">{visible}</WorksheetOptions>')
        parts.append(f"</{e}Worksheet>")
    parts.append(f"</{e}Workbook>")
    path.write_text("".join(parts), encoding="utf-8")
    return path


def _cells_as_read(path: Path) -> list[tuple[str, bool, list[list[object]], list[object]]]:
    """Each sheet's cells, an Excel error (#N/A, read as empty and kept in `errors`: the
    import names it) put back at its place."""
    sheets = read_workbook(path).sheets
    for raw in sheets:
        for (row, column), error in raw.errors.items():
            assert raw.rows[row - raw.first_row_number][column - raw.first_col] is None
            raw.rows[row - raw.first_row_number][column - raw.first_col] = error
    return [(raw.name, raw.hidden, raw.rows, raw.merged) for raw in sheets]


def _expected(book: list[Sheet]) -> list[tuple[str, bool, list[list[object]], list[object]]]:
    return [(sheet.name or f"Sheet{n}", sheet.hidden, sheet.expected_rows(),
             sheet.expected_merged()) for n, sheet in enumerate(book, 1)]


@pytest.mark.parametrize("spelling", SPELLINGS, ids=str)
def test_every_spelling_reads_the_generated_cells(tmp_path: Path, spelling: str) -> None:
    book = generated_book()
    path = write_workbook(tmp_path / "erp.xls", book, SPELLINGS[spelling])
    assert _cells_as_read(path) == _expected(book)


def _with(text: Callable[[str], str], tmp_path: Path, name: str) -> Path:
    """The default-namespace workbook, changed."""
    path = write_workbook(tmp_path / name, generated_book(), SPELLINGS["default namespace"])
    path.write_text(text(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _odd_name(xml: str) -> str:
    """A name only expat may judge: "x:été" (a local name starting beyond ASCII)."""
    return xml.replace("<Table>", f'<x:été xmlns:x="{EXCEL}"/><Table>', 1)


def test_a_name_left_to_namespace_processing_is_read_all_the_same(tmp_path: Path) -> None:
    """"x:été" (a local name starting with a letter outside ASCII) is left to expat."""
    path = _with(_odd_name, tmp_path, "odd.xls")
    assert _cells_as_read(path) == _expected(generated_book())


@pytest.mark.parametrize(("change", "detail"), [
    (lambda xml: xml.replace("<Table>", f'<Table><Row xmlns:r="{SS}"><r:Cell/></Row>'
                             "<Row><r:Cell/></Row>", 1), "unbound prefix"),
    (lambda xml: xml.replace("<Table>", '<Table a:b:c="1" x="1" x="2">', 1), "not well-formed"),
    (lambda xml: xml.replace("<Table>", "<p:Table>", 1).replace("</Table>", "</p:Table>", 1),
     "unbound prefix"),
    (lambda xml: xml.replace("<Table>", '<Table xmlns:p="">', 1), "must not undeclare prefix"),
    (lambda xml: xml.replace("<Table>", '<Table ss:Index="1" Index="2" ss:x="1" x:x="2" '
                             f'xmlns:x="{SS}">', 1), "duplicate attribute"),
    (lambda xml: xml.replace("<Table>", "<a:b:c/><Table>", 1), "not well-formed"),
])
def test_what_namespace_rules_forbid_is_damaged_as_expat_says(
        tmp_path: Path, change: Callable[[str], str], detail: str) -> None:
    path = _with(change, tmp_path, "bad.xls")
    with pytest.raises(Refusal) as refused:
        read_workbook(path)
    assert refused.value.code == "workbook_damaged"
    assert str(refused.value.message.params["detail"]).startswith(detail)
    assert ": line " in str(refused.value.message.params["detail"])


def test_progress_inside_one_big_sheet_never_goes_back(tmp_path: Path) -> None:
    from core.ledger.readers import xml2003

    big = Sheet("大表", cells={(r, c): float(r * c) for r in range(3000) for c in range(12)})
    path = write_workbook(tmp_path / "big.xls", [big], SPELLINGS["default namespace"])
    text = path.read_text(encoding="utf-8")
    odd = tmp_path / "odd.xls"  # read twice: the first reading stops at the odd name at the end
    odd.write_text(text.replace("</Table>", f'</Table><x:été xmlns:x="{EXCEL}"/>'), "utf-8")
    for file in (path, odd):
        seen: list[float] = []
        sheets = xml2003.read(file, file.read_bytes(), seen.append)
        assert sheets[0].rows == big.expected_rows()
        assert len(seen) >= 2 and seen[-1] == 1.0
        assert all(before < after for before, after in zip(seen, seen[1:], strict=False))


def test_the_usual_spellings_are_read_in_one_pass(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what the reader cannot resolve itself is read again by expat's namespace
    processing (as slow as reading was before); the spellings of the field are not."""
    from core.ledger.readers import xml2003

    passes: list[bool] = []
    parse = xml2003._parse

    def counted(*args: object) -> object:
        passes.append(args[-1] is None)
        return parse(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(xml2003, "_parse", counted)
    for spelling in SPELLINGS.values():
        write_workbook(tmp_path / "erp.xls", generated_book(), spelling)
        read_workbook(tmp_path / "erp.xls")
    assert passes == [False] * len(SPELLINGS)
    read_workbook(_with(_odd_name, tmp_path, "odd.xls"))
    assert passes[len(SPELLINGS):] == [False, True]


def test_a_row_inside_a_data_and_data_without_a_type(tmp_path: Path) -> None:
    """A row inside a cell's Data is a row of its own, its text no part of that Data's (as
    walking the element tree as it is built reads it); a Data without ss:Type is text,
    whatever other attribute it has."""
    path = tmp_path / "nested.xls"
    path.write_text(
        f'<Workbook xmlns="{SS}" xmlns:ss="{SS}" xmlns:t="{SS}"><Worksheet ss:Name="A"><Table>'
        '<Row><Cell><Data ss:Type="String">a<Row><Cell><Data ss:Type="Number">7</Data></Cell>'
        '</Row>b</Data></Cell><Cell><Data t:Hint="Number">007</Data></Cell>'
        '<Cell><Data t:Hint="Number">008</Data></Cell></Row></Table></Worksheet></Workbook>',
        encoding="utf-8")
    assert _cells_as_read(path) == [("A", False, [[7.0], ["ab", "007", "008"]], [])]
