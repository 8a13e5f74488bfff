"""The look for formulas saved without a value (core.ledger.readers.formulas) finds each form
a formula element takes, and nothing in a sheet of values, quickly enough to run on every
sheet of a workbook without a calculation chain."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from core.ledger.readers.formulas import Formulas, _has_formula


def test_each_form_of_a_formula_element_is_found() -> None:
    for cell in (b'<c r="E2"><f>C2*D2</f></c>', b'<c r="E3"><f t="shared" ref="E3:E9" si="0"/>'
                 b'</c>', b'<c r="E4"><f t="shared" si="0"/></c>', b'<c r="E5"><f/></c>'):
        assert _has_formula(b'<sheetData><row r="2">' + cell + b"</row></sheetData>"), cell


def test_a_sheet_of_values_with_fs_in_its_text_holds_none() -> None:
    xml = (b'<worksheet><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1">'
           b'<c r="A1" t="inlineStr"><is><t>Shenzhen fashion of</t></is></c>'
           b'<c r="F1"><v>3.5</v></c></row></sheetData></worksheet>')
    assert not _has_formula(xml)


def test_a_workbook_written_without_values_names_its_formulas(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "1月"
    sheet.append(["数量", "单价", "金额"])
    sheet.append([10, 2.5, "=A2*B2"])
    sheet.append([4, 3, 12])
    book.save(tmp_path / "ledger.xlsx")
    assert Formulas(tmp_path / "ledger.xlsx").of("1月") == {(2, 2): "=A2*B2"}
