"""A refusal a clerk met late (rv50b): a ledger of a header and no order under it is refused
on the import dialog's files page, as the import refuses it (it was listed as "csv, ledger in
…" with Import enabled)."""

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
