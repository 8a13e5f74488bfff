"""A folder dropped on the import dialog adds every ledger in it, .ods and .xlsb too, and the
file picker's ledger filter offers them: the readers took both, the dialog passed them over
(rv50d). A clerk's folder also holds photos and letters: those stay out."""

from __future__ import annotations

from pathlib import Path

from ledgers import APRIL_HEADER, APRIL_ROWS, write_xlsx
from ods_files import ods_row, write_ods
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from xlsb_files import write_xlsb

from core.ledger.readers import LEDGER_SUFFIXES
from ui.importing.dialog import ImportDialog
from ui.tasks import Runner

ROWS = [["合同号", "客户名称", "下单日期", "金额", "币种"],
        *([f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD"] for n in range(1, 4))]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "三月 台账"
    folder.mkdir()
    write_xlsx(folder / "a 台账.xlsx", {"4月": [APRIL_HEADER, *APRIL_ROWS]})
    write_ods(folder / "b 台账.ods", {"3月": "".join(map(ods_row, ROWS))})
    write_xlsb(folder / "c 台账.xlsb", {"3月": dict(enumerate(ROWS, start=1))})
    (folder / "d 照片.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "e 说明.docx").write_bytes(b"PK\x03\x04")
    return folder


def _dialog(qtbot, db_path: Path) -> ImportDialog:
    dialog = ImportDialog(db_path, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_dropped_folder_adds_its_ods_and_xlsb_ledgers(qtbot, db_path, tmp_path) -> None:
    dialog = _dialog(qtbot, db_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_folder(tmp_path)))])
    event = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    assert [s.path.name for s in dialog.states] == ["a 台账.xlsx", "b 台账.ods", "c 台账.xlsb"]
    shown = [dialog.files_list.topLevelItem(i).text(1) for i in range(3)]
    assert shown[1].startswith("ods, ledger in “3月”"), shown
    assert shown[2].startswith("xlsb, ledger in “3月”"), shown
    assert dialog.import_button.isEnabled()


def test_the_file_pickers_ledger_filter_offers_every_format_read(qtbot, db_path, tmp_path,
                                                                  monkeypatch) -> None:
    asked: list[str] = []

    def pick(_parent, _title, _start, filters):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return [str(tmp_path / "三月 台账" / "b 台账.ods")], ""

    _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    dialog = _dialog(qtbot, db_path)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    ledgers = asked[0].split(";;")[0]
    assert "*.ods" in ledgers and "*.xlsb" in ledgers and "*.jpg" not in ledgers
    assert all(f"*{suffix}" in ledgers for suffix in LEDGER_SUFFIXES)
    assert [s.path.name for s in dialog.states] == ["b 台账.ods"]
