"""Two refusals a clerk met late or in the wrong words (rv50b): a ledger of a header and no
order under it is refused on the import dialog's files page, as the import refuses it (it was
listed as "csv, ledger in …" with Import enabled); an empty workbook is said to be empty, not
to lack "a header row with ledger columns in the first 30 rows", which a title alone keeps."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from databases import contents
from ledgers import HEADER, write_csv

from core import i18n
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect
from ui.importing.dialog import ImportDialog, file_status
from ui.tasks import Runner

GOOD = [HEADER, ["PI-1", "Zeta Imports Ltd", "USA", "Tom", "2025-11-03", "Sofa", 12500, "USD",
                 "FOB", "T/T", None, None, None, None, None]]
HEADER_ONLY = {"en": "its ledger sheets hold a header row and no order under it",
               "zh_CN": "台账工作表只有表头，下面没有订单"}
EMPTY = {"en": "sheet “Sheet” is empty: no cell in it holds anything",
         "zh_CN": "工作表“Sheet”是空的，没有任何单元格有内容"}


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_csv(tmp_path / "good.csv", GOOD)])
    assert result.status == "imported"
    return db


def _header_only(tmp_path: Path, kind: str) -> Path:
    if kind == "csv":
        return write_csv(tmp_path / "header_only.csv", [HEADER], encoding="gb18030")
    book = openpyxl.Workbook()
    book.active.title = "11月"
    book.active.append(HEADER)
    book.save(tmp_path / "header_only.xlsx")
    return tmp_path / "header_only.xlsx"


def _empty(tmp_path: Path, sheets: int = 1) -> Path:
    book = openpyxl.Workbook()
    for number in range(1, sheets):
        book.create_sheet(f"Sheet{number}")
    book.save(tmp_path / "empty.xlsx")
    return tmp_path / "empty.xlsx"


def _title_only(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "11月"
    book.active["A1"] = "宁波某某进出口有限公司 2025年11月 订单台账"
    book.save(tmp_path / "title_only.xlsx")
    return tmp_path / "title_only.xlsx"


def _files_page(qtbot, db: Path, path: Path) -> tuple[str, bool, bool]:
    """The files page's word on the one file, whether it is refused, whether Import is on
    (the word beside the file's name begins with a capital: "Its ledger sheets…")."""
    dialog = ImportDialog(db, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([path])
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    [state] = dialog.states
    said = dialog.files_list.topLevelItem(0).text(1)
    assert said == file_status(state)[0]
    return said, state.refused, dialog.import_button.isEnabled()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_preview_refuses_a_header_alone_as_the_import_does(firm, tmp_path, kind):
    path = _header_only(tmp_path, kind)
    with connect(firm) as conn:
        shown = preview_file(conn, path)
    before = contents(firm)
    [result] = import_files(firm, [path])
    assert result.status == "refused" and contents(firm) == before
    assert shown.sheets == [] and shown.file_format == kind
    assert shown.refusal is not None and shown.refusal.code == "no_rows"
    assert shown.refusal.text == result.message.text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_header_alone_is_refused_on_the_files_page(qtbot, firm, tmp_path, language, kind):
    i18n.set_language(language)
    before = contents(firm)
    said, refused, can_import = _files_page(qtbot, firm, _header_only(tmp_path, kind))
    assert HEADER_ONLY[language] in said.casefold() and refused and not can_import
    assert ("REFUSED" if language == "en" else "已拒绝") in said
    assert contents(firm) == before


def test_a_ledger_with_rows_is_not_refused(qtbot, firm, tmp_path):
    said, refused, can_import = _files_page(qtbot, firm, write_csv(tmp_path / "more.csv", GOOD))
    assert not refused and can_import and said.startswith("csv, ledger in")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_empty_workbook_is_said_to_be_empty(qtbot, firm, tmp_path, language):
    i18n.set_language(language)
    path = _empty(tmp_path)
    before = contents(firm)
    [result] = import_files(firm, [path])
    assert result.status == "refused" and result.message.code == "sheets_empty"
    assert EMPTY[language] in result.message.text and "empty.xlsx" in result.message.text
    assert "30" not in result.message.text
    said, refused, can_import = _files_page(qtbot, firm, path)
    assert EMPTY[language].casefold() in said.casefold() and refused and not can_import
    assert contents(firm) == before


def test_a_workbook_of_empty_sheets_names_them_all(firm, tmp_path):
    [result] = import_files(firm, [_empty(tmp_path, 3)])
    assert result.message.code == "sheets_empty"
    assert "its sheets “Sheet”, “Sheet1”, “Sheet2” are all empty" in result.message.text


@pytest.mark.parametrize(("language", "said"), [
    ("en", "no header row with ledger columns in the first 30 rows"),
    ("zh_CN", "前 30 行里没有台账的表头")])
def test_a_title_alone_keeps_its_message(firm, tmp_path, language, said):
    i18n.set_language(language)
    before = contents(firm)
    [result] = import_files(firm, [_title_only(tmp_path)])
    assert result.message.code == "no_ledger_sheet" and said in result.message.text
    assert contents(firm) == before


def test_an_empty_tab_beside_the_ledger_is_passed_over_as_empty(firm, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "11月"
    for row in GOOD:
        book.active.append(row)
    book.create_sheet("Sheet2")
    book.save(tmp_path / "two.xlsx")
    [result] = import_files(firm, [tmp_path / "two.xlsx"])
    assert result.status == "imported"
    assert [(p.name, p.reason.code) for p in result.passed] == [("Sheet2", "sheet_empty")]
