"""What the window says, for a clerk who never opens a command line (ux27), read off the real
window's dialogs in both languages.

- A message the window and the command line share named both ways out: "(File → Restore a
  copy…, or tradetier restore)", "(File → Open database…; from the command line, --db
  NEW.sqlite)". The window now names its menu command only, the command line its command.
- The error box over another program's database was titled "Something went wrong"; it says
  "Not a TradeTier database" now, and every refusal's box says what happened.
- Undo the last import over a year of ledgers listed every file name in its question (24 made
  a box taller than a 1280×800 screen); it says how many and names three.
- Settings said "Repeat buyers needed to fit BG/NBD" and "mdy (month first…) or dmy"; now the
  expected purchases model and month/day/year (US), the statistician's names in a tooltip.
"""

from __future__ import annotations

import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import databases
import pytest
from ledgers import write_xlsx
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QScrollArea
from test_main_window import open_window
from test_ux19_unopened import _own_qsettings, _settled  # noqa: F401 - a fixture

from core import i18n, recovery
from core.cli.main import run
from core.i18n import tr
from core.ledger.importer import import_files
from core.unusable import unusable
from ui.app import start_window
from ui.settings.dialog import SettingsDialog

LANGUAGES = ["en", "zh_CN"]
OPEN = {"en": "File → Open database…", "zh_CN": "文件 → 打开数据库…"}
RESTORE = {"en": "File → Restore a copy…", "zh_CN": "文件 → 从副本恢复…"}
COMMANDS = ("--db", "tradetier ", "main.py")


class Boxes:
    """Every message box the window opens: (title, text), the static ones answered No."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.said: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: self.said.append(
            (box.windowTitle(), box.text())))
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._static))

    def _static(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.said.append((title, text))
        return QMessageBox.StandardButton.No


def _settings(qtbot, tmp_path: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings… from the menu, over a database with two months in."""
    db, _, _ = databases.two_months(tmp_path)
    window = open_window(qtbot, db)
    window.commands.actions["settings"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, SettingsDialog), timeout=30000)
    return window.commands.dialog


def _erp(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as erp, erp:
        erp.executescript("CREATE TABLE partners (code TEXT PRIMARY KEY, name TEXT);"
                          "INSERT INTO partners VALUES ('C1', 'Acme GmbH');")
    return path


@pytest.mark.parametrize("language", LANGUAGES)
def test_another_programs_file_is_titled_so_and_says_the_menu_not_the_option(
        qtbot, tmp_path, monkeypatch, language):
    """File → Open database… answered with an ERP's file: the page's title says what it is,
    and its text the menu command, no command-line option; no box over it says it again
    (gui36b: the box said the page's words, one more click to read them)."""
    i18n.set_language(language)
    boxes = Boxes(monkeypatch)
    window = start_window(tmp_path / "firm" / "firm.sqlite")
    qtbot.addWidget(window)
    _settled(qtbot, window)
    erp = _erp(tmp_path / "erp.db")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(erp), "")))
    window.commands.actions["open_db"].trigger()
    _settled(qtbot, window)
    assert boxes.said == []
    page = window.unopened.page
    assert page.title.text() == tr("This file is not a TradeTier database")
    text = page.text.text().replace("\u2060", "")
    assert str(erp) in text and OPEN[language] in text and "--db" not in text
    assert not any(command in text for command in COMMANDS), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_damaged_database_names_the_menu_in_the_window_and_the_command_on_the_command_line(
        qtbot, tmp_path, monkeypatch, language):
    """One message, two readers: the window's page says File → Restore a copy…, the command
    line's error `tradetier restore` and --db, each only its own."""
    i18n.set_language(language)
    Boxes(monkeypatch)
    damaged = tmp_path / "firm.sqlite"
    damaged.write_bytes(os.urandom(64 * 1024))
    window = start_window(damaged)
    qtbot.addWidget(window)
    _settled(qtbot, window)
    page = window.unopened.page.text.text().replace("\u2060", "")
    assert RESTORE[language] in page and OPEN[language] in page
    assert not any(command in page for command in COMMANDS), page
    err = io.StringIO()
    assert run(["customers", "--db", str(damaged), "--lang", language], io.StringIO(), err) == 1
    assert "tradetier restore" in err.getvalue() and "--db" in err.getvalue()
    assert "File →" not in err.getvalue() and "文件 →" not in err.getvalue()
    # the command over, messages read in the window's way again
    assert RESTORE[language] in unusable(damaged, "file is not a database").text


def test_undo_of_two_years_of_ledgers_asks_in_a_box_that_fits_the_screen(
        qtbot, tmp_path, monkeypatch):
    """Two years of monthly ledgers imported at once (the undo goes back to the newest
    safety copy before them, ten files and more): the question names three and says how many,
    and the box it makes is shorter than half an 800-pixel screen."""
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "start.xlsx", {"1月": databases.month_rows(1)})])
    months = [write_xlsx(tmp_path / f"订单台账_{2024 + m // 12}-{m % 12 + 1:02d}.xlsx",
                         {f"{m % 12 + 1}月": databases.month_rows(m % 12 + 1)})
              for m in range(24)]
    import_files(db, months)
    undone = [name for name, _ in recovery.plan_undo_import(db).files]
    assert len(undone) > 5
    window = open_window(qtbot, db)
    boxes = Boxes(monkeypatch)
    window.commands.safety.actions["undo_import"].trigger()
    _settled(qtbot, window)
    [(title, text)] = boxes.said
    assert title == tr("Undo the last import")
    assert [name for name in undone if name in text] == undone[:3]
    assert f"these {len(undone)} files" in text, text
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    assert box.sizeHint().height() < 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_speak_plainly_with_the_model_names_in_a_tooltip(qtbot, tmp_path, monkeypatch,
                                                                  language):
    i18n.set_language(language)
    dialog = _settings(qtbot, tmp_path)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    for jargon in ("BG/NBD", "Gamma", "mdy", "dmy"):
        assert not any(jargon in text for text in shown), jargon
    field = dialog.fields["clv_min_repeat_buyers"]
    assert field.label.text() == tr("Repeat buyers needed for the expected purchases model")
    assert "BG/NBD" in field.label.toolTip() and "Gamma-Gamma" in field.editor.toolTip()
    order = dialog.fields["date_order"].editor
    items = [order.itemText(i) for i in range(order.count())]
    assert items[0].startswith("月/日/年" if language == "zh_CN" else "Month/day/year")
    assert items[1].startswith("日/月/年" if language == "zh_CN" else "Day/month/year")
    dialog.reject()
    QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_tier_movement_says_it_is_working_not_import_a_ledger(qtbot, tmp_path, language):
    """View → Tier movement over a database with orders: while the month ends were worked
    out the chart said "No month ends to show yet: import a ledger." to a firm whose ledgers
    were in, under the status line saying they were being worked out."""
    i18n.set_language(language)
    db, _, _ = databases.two_months(tmp_path)
    window = open_window(qtbot, db)
    window.show()
    window.commands.actions["movements"].trigger()
    chart = window.movements.chart
    assert window.movements.task is not None  # the month ends are being worked out
    assert chart.empty_text() == tr("Working out the month ends…")
    assert tr("No month ends to show yet: import a ledger.") != chart.empty_text()
    _settled(qtbot, window)
    qtbot.waitUntil(lambda: window.movements.task is None, timeout=30000)
    assert chart.columns() and not chart.working


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_settings_page_fits_the_dialog_on_a_small_screen(qtbot, tmp_path, language):
    """At 150 % on a 1280×800 screen the dialog gets about 805×485 of Qt's pixels: the
    General page was wider than that (a choice and its default on one line), so every
    explanation and the "How these rules work" link ran under the right edge."""
    i18n.set_language(language)
    dialog = _settings(qtbot, tmp_path)
    dialog.resize(805, 485)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        QApplication.processEvents()
        if isinstance(page, QScrollArea):
            assert page.widget().minimumSizeHint().width() <= page.viewport().width(), (
                dialog.tabs.tabText(index))
    dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_status_line_is_read_whole_in_a_small_window(qtbot, tmp_path, language):
    """853×533, a 1280×800 laptop at 150 %: the database's whole path beside the status
    took its room, and "…; amounts in USD" read "…; amounts in". The file's name is shown,
    its path in the tooltip."""
    i18n.set_language(language)
    folder = tmp_path / "a folder the firm keeps its books in, deep down" / "TradeTier"
    folder.mkdir(parents=True)
    db, _, _ = databases.two_months(folder)
    window = open_window(qtbot, db)
    window.resize(853, 533)
    window.show()
    qtbot.waitExposed(window)
    line, where = window.status_line.text, window.status_line.db_label
    assert line.text() and line.width() >= line.fontMetrics().horizontalAdvance(line.text())
    assert where.text() == tr("Database: {file}", file="firm.sqlite")
    assert where.toolTip() == str(db)
