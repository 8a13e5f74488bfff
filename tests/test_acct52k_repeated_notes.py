"""acct52k (rv52a, NOISE): a workbook imported again under its name each month says the notes
its last import gave only by their count (core.ledger.repeated_notes).

A firm keeps one workbook for the year, a tab a month, and imports it again at each month end.
Before, every import named again every note the earlier ones gave for rows nobody changed: by
December ~30 lines, 2–3 of them new. Here: January and February's book gives three notes (a
row with no amount skipped, a total that disagrees, a 收款日期 that is no date); March's book
adds a tab with one new problem row. Its report says that row in full and the other three by
their count, in both languages; the JSON, `--all-notes` and the window's "Show all notes" keep
every one; a book of another name compares with nothing; undo-import takes the record back.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_fast_import import _same_import

from core import i18n
from core.cli.main import run
from core.ledger.report import import_report
from ui.importing.result import ResultPage
from ui.operations import ImportOutcome

NAME = "2025年订单台账.xlsx"
HEADER = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式", "出货日期", "收款金额",
          "收款日期"]


def _row(no: str, customer: str, day: str, amount: float | None, received: float | None = None,
         received_on: str | None = None) -> list[object]:
    return [no, customer, day, "餐椅", amount, "USD", "T/T", day, received, received_on]


JAN = [HEADER, _row("FS-1", "Acme", "2025/1/5", 1000),
       _row("FS-2", "Acme", "2025/1/9", None, 300, "2025/1/20"),  # no amount: skipped
       _row("FS-3", "Bolt", "2025/1/12", 2000, 500, "下周"),  # no date: read as empty
       ["合计", None, None, None, 5000]]  # the rows add up to 3,000
FEB = [HEADER, _row("FS-4", "Bolt", "2025/2/3", 1500)]
MAR = [HEADER, _row("FS-5", "Acme", "2025/3/3", 800),
       _row("FS-6", "Cato", "2025/3/8", None, 200, "2025/3/9")]  # the month's new problem

OLD_NOTES = ("Skipped in “1月”, row 3: no amount", "Total in “1月” row 5: 5,000.00",
             "Note: Sheet “1月”, column “收款日期”: “下周” is not a date")
NEW_NOTE = "Skipped in “3月”, row 3: no amount, only 200.00 received"


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def _book(folder: Path, *, march: bool, name: str = NAME) -> Path:
    tabs = {"1月": JAN, "2月": FEB, **({"3月": MAR} if march else {})}
    return write_xlsx(folder / name, tabs)


def _two_months(folder: Path) -> list[list[Path]]:
    """February's and March's saves of the book, in folders of their own, for _same_import."""
    saves = []
    for month, march in (("02", False), ("03", True)):
        (folder / month).mkdir()
        saves.append([_book(folder / month, march=march)])
    return saves


def _cli(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    run(["--lang", "en", *args], out, err)
    return out.getvalue() + err.getvalue()


def _first_day(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("SELECT MIN(imported_at) FROM imports").fetchone()[0])[:10]


def test_march_says_its_new_row_in_full_and_the_old_notes_by_their_count(tmp_path):
    first, second = _same_import(tmp_path, *_two_months(tmp_path))
    said = import_report(first)
    assert all(note in said for note in OLD_NOTES), said  # the first import: all in full
    assert "not repeated" not in said
    report = import_report(second)
    day = _first_day(tmp_path / "fast.sqlite")
    assert NEW_NOTE in report, report
    assert not any(note in report for note in OLD_NOTES), report  # before: all three again
    assert (f"  3 notes are as at this file's last import ({day}) and are not repeated: "
            "“Show all notes” below lists them.") in report
    zh = in_chinese(lambda: import_report(second))
    assert "“3月”第 3 行被跳过" in zh and "“1月”第 3 行" not in zh and "下周" not in zh, zh
    assert (f"另有 3 条提示与本文件上次导入（{day}）时相同，不再重复：点下方“显示全部提示”可全部"
            "列出。") in zh
    every = import_report(second, all_notes=True)
    assert all(note in every for note in (*OLD_NOTES, NEW_NOTE)) and "not repeated" not in every


def test_the_command_line_folds_lists_all_on_asking_and_its_json_keeps_every_note(tmp_path):
    db = str(tmp_path / "firm.sqlite")
    _cli("import", "--db", db, str(_book(tmp_path, march=False)))
    march = str(_book(tmp_path, march=True))
    for copy in ("all.sqlite", "json.sqlite"):  # February's database, for the same import
        shutil.copy(tmp_path / "firm.sqlite", tmp_path / copy)
    said = _cli("import", "--db", db, march)
    day = _first_day(tmp_path / "firm.sqlite")
    assert NEW_NOTE in said and not any(note in said for note in OLD_NOTES), said
    assert (f"3 notes are as at this file's last import ({day}) and are not repeated: “import "
            "--all-notes” lists them.") in said
    every = _cli("import", "--db", str(tmp_path / "all.sqlite"), "--all-notes", march)
    assert all(note in every for note in (*OLD_NOTES, NEW_NOTE)), every
    assert "not repeated" not in every
    data = json.loads(_cli("import", "--db", str(tmp_path / "json.sqlite"), "--json", march
                           ))["files"][0]
    [warning] = data["warnings"]
    assert "下周" in warning["text"]
    assert warning["repeat"] is True and data["last_import"] == day
    rows = {(s["sheet"], s["row"]): s.get("repeat", False) for s in data["skipped_rows"]}
    assert rows == {("1月", 3): True, ("1月", 5): False, ("3月", 3): False}  # a totals row: no
    [total] = data["totals_checks"]
    assert total["repeat"] is True and total["difference"] == 2000.0


def test_a_book_of_another_name_is_compared_with_nothing(tmp_path):
    db = str(tmp_path / "firm.sqlite")
    _cli("import", "--db", db, str(_book(tmp_path, march=False)))
    said = _cli("import", "--db", db, str(_book(tmp_path, march=True, name="2025年台账副本.xlsx")))
    assert "not repeated" not in said and all(note in said for note in OLD_NOTES), said


def test_undo_and_import_again_gives_the_same_report(tmp_path):
    db = str(tmp_path / "firm.sqlite")
    _cli("import", "--db", db, str(_book(tmp_path, march=False)))
    march = str(_book(tmp_path, march=True))
    said = _cli("import", "--db", db, march)
    assert "Undone" in _cli("undo-import", "--db", db, "--yes")
    assert _cli("import", "--db", db, march) == said
    assert "3 notes are as at" in said


def test_the_windows_show_all_notes_lists_the_folded_notes(qtbot, tmp_path):
    first, second = _same_import(tmp_path, *_two_months(tmp_path))
    page = ResultPage()
    qtbot.addWidget(page)
    page.show()
    page.show_outcome(ImportOutcome([first]))
    assert page.all_notes.isHidden()  # nothing folded: no control
    page.show_outcome(ImportOutcome([second]))
    assert not page.all_notes.isHidden()
    shown = page.files.text()
    assert "3 notes are as at this file" in shown and "下周" not in shown, shown
    assert "“3月” row 3" in shown
    assert "下周" not in page.report_text()
    qtbot.mouseClick(page.all_notes, Qt.MouseButton.LeftButton)
    shown = page.files.text()
    assert "下周" in shown and "5,000.00" in shown and "not repeated" not in shown, shown
    assert all(note in page.report_text() for note in (*OLD_NOTES, NEW_NOTE))
    i18n.set_language("zh_CN")
    page.retranslate()
    assert page.all_notes.text() == "显示全部提示"


def test_one_name_in_each_months_folder_is_another_file(tmp_path):
    """台账.xlsx in 2025-04 and 2025-05 (the guide's month folders) are two months' files, not
    one book saved again: May's row skipped at the row April's was is news, said in full."""
    db = str(tmp_path / "firm.sqlite")
    april, may = tmp_path / "2025-04", tmp_path / "2025-05"
    april.mkdir()
    may.mkdir()
    _cli("import", "--db", db, str(write_xlsx(april / "台账.xlsx", {"订单": JAN})))
    said = _cli("import", "--db", db, str(write_xlsx(may / "台账.xlsx", {"订单": [*JAN, FEB[1]]})))
    assert "Skipped in “订单”, row 3: no amount" in said and "not repeated" not in said, said
